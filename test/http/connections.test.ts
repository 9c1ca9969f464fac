import { getNamedType, isRequiredArgument, parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
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
});
