import {
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  getNamedType,
  isRequiredArgument,
  parse,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createProduct } from "../../src/domain/catalog/products.ts";
import { createProductionOrder } from "../../src/domain/orders/production/create.ts";
import { schema } from "../../src/schema/index.ts";
import { seedDemo } from "../../src/setup/demo.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import type { LooseDocument } from "./node-reads.ts";

/**
 * Every root list is a connection a client can count: `totalCount` is the number of nodes its filters leave, read
 * by one COUNT statement when it is selected and by none when it is not. Generated from the schema, so a new list
 * is checked without a line here.
 */

/** The root lists: the Query fields that return a connection and need no argument. */
const lists = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
  (field) => getNamedType(field.type).name.endsWith("Connection") && !field.args.some(isRequiredArgument),
);

describe("every root list is counted", () => {
  let kit: TestKit;
  useTestKit((opened) => {
    kit = opened;
  });
  beforeAll(async () => {
    await seedDemo(kit.db);
    await kit.db.transaction(async (tx) => {
      // Ties (two products of one name) and orders without dates, for the orders below.
      await createProduct(tx, null, { sku: "TIE-B", name: "Same name" });
      await createProduct(tx, null, { sku: "TIE-A", name: "Same name" });
      const floor = await tx.location.findFirstOrThrow({ where: { kind: "SHOP_FLOOR" } });
      const bom = await tx.bom.findFirstOrThrow({ where: { kind: "PRODUCTION" } });
      for (let index = 0; index < 3; index++) {
        await createProductionOrder(tx, null, {
          locationId: floor.id,
          lines: [{ bomId: bom.id, quantity: "1" }],
        });
      }
    });
  });
  const run = (document: string) => kit.execute(parse(document) as LooseDocument);

  it("finds the lists", () => {
    expect(lists.map((field) => field.name)).toEqual(
      expect.arrayContaining(["products", "productionOrders"]),
    );
  });

  it.each(lists.map((field) => [field.name]))(
    "%s: totalCount is the number of nodes, one COUNT statement when selected and none when not",
    async (name) => {
      const all = await run(`{ ${name}(first: 100) { edges { cursor } pageInfo { hasNextPage } } }`);
      expect(all.errors).toBeUndefined();
      expect(all.data?.[name].pageInfo.hasNextPage).toBe(false);
      const counted = await run(`{ ${name}(first: 1) { totalCount edges { cursor } } }`);
      expect(counted.data?.[name].totalCount).toBe(all.data?.[name].edges.length);

      const page = `{ ${name}(first: 2) { edges { cursor } } }`;
      const withCount = `{ ${name}(first: 2) { totalCount edges { cursor } } }`;
      const countOnly = `{ ${name}(first: 2) { totalCount } }`;
      const pageStatements = await kit.countStatements(() => run(page));
      expect(await kit.countStatements(() => run(withCount))).toBe(pageStatements + 1);
      // Only the count is read when nothing else is selected.
      expect(await kit.countStatements(() => run(countOnly))).toBe(pageStatements);
    },
  );

  it("counts what the filters leave, whatever the page", async () => {
    const result = await run(`{
      products(search: "wheel", first: 1) { totalCount edges { node { sku } } }
      all: products(first: 1) { totalCount }
    }`);
    const { products, all } = result.data as Record<string, { totalCount: number }>;
    expect(products?.totalCount).toBeGreaterThan(0);
    expect(products?.totalCount).toBeLessThan(all?.totalCount ?? 0);
  });

  /** Every list with an `orderBy`, with every field it sorts by, each way. */
  const sorts = lists.flatMap((field) => {
    const orderBy = field.args.find((arg) => arg.name === "orderBy");
    if (!orderBy) return [];
    const input = getNamedType(orderBy.type) as GraphQLInputObjectType;
    const fields = getNamedType(input.getFields().field?.type) as GraphQLEnumType;
    return fields.getValues().flatMap((value) => [
      [field.name, value.name, "ASC"],
      [field.name, value.name, "DESC"],
    ]);
  });

  it("sorts products and the four kinds of order", () => {
    expect(new Set(sorts.map(([name]) => name))).toEqual(
      new Set(["products", "productionOrders", "salesOrders", "purchaseOrders", "transferOrders"]),
    );
  });

  it.each(sorts)(
    "%s by %s %s: pages of 2 through the cursors give the whole list, none twice",
    async (name, field, direction) => {
      const orderBy = `orderBy: { field: ${field}, direction: ${direction} }`;
      const whole = await run(`{ ${name}(first: 100, ${orderBy}) { totalCount edges { node { id } } } }`);
      expect(whole.errors).toBeUndefined();
      const ids = whole.data?.[name].edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(ids).toHaveLength(whole.data?.[name].totalCount);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const page = await run(
          `{ ${name}(first: 2, ${orderBy}${after ? `, after: "${after}"` : ""}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        );
        expect(page.errors).toBeUndefined();
        paged.push(...(page.data?.[name].edges ?? []).map((edge: { node: { id: string } }) => edge.node.id));
        after = page.data?.[name].pageInfo.hasNextPage ? page.data?.[name].pageInfo.endCursor : null;
      } while (after && paged.length <= ids.length);
      expect(paged).toEqual(ids);
    },
  );

  it("sorts by the field asked for, ties by id, dateless orders last", async () => {
    const bySku = await run(
      `{ products(first: 100, orderBy: { field: SKU, direction: DESC }) { edges { node { sku } } } }`,
    );
    const skus = bySku.data?.products.edges.map((edge: { node: { sku: string } }) => edge.node.sku);
    expect(skus).toEqual([...skus].sort().reverse());
    const byName = await run(
      `{ products(first: 100, orderBy: { field: NAME }) { edges { node { sku name } } } }`,
    );
    const same = byName.data?.products.edges.filter(
      (edge: { node: { name: string } }) => edge.node.name === "Same name",
    );
    // TIE-B was created first: the lower id first.
    expect(same.map((edge: { node: { sku: string } }) => edge.node.sku)).toEqual(["TIE-B", "TIE-A"]);
    const byStart = await run(
      `{ productionOrders(first: 100, orderBy: { field: START_DATE }) { edges { node { number startDate } } } }`,
    );
    const starts = byStart.data?.productionOrders.edges.map(
      (edge: { node: { startDate: string | null } }) => edge.node.startDate,
    );
    const dated = starts.filter((start: string | null) => start !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(starts).toEqual([...dated.sort(), ...starts.filter((start: string | null) => start === null)]);
    const byDefault = await run(`{ productionOrders(first: 100) { edges { node { number } } } }`);
    const numbers = byDefault.data?.productionOrders.edges.map(
      (edge: { node: { number: string } }) => edge.node.number,
    );
    expect(numbers).toEqual([...numbers].sort().reverse());
  });
});
