import { complexityFromQuery } from "@pothos/plugin-complexity";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultLimits } from "../../src/config.ts";
import { schema } from "../../src/schema/index.ts";
import { seedDemo } from "../../src/setup/demo.ts";
import { graphql } from "../graphql/index.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { productionOrdersPlanningPage } from "../operations/orders.ts";

/** The cost limit, calibrated on the pages clients read: those pass, pages of pages do not, whatever sends the size. */

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});
beforeAll(async () => {
  await seedDemo(kit.db);
});

/** Each order of a page with every order of its tree, their components and those components' BOM lines. */
const pagesOfTrees = graphql(`
  query limitsPagesOfTrees($first: Int) {
    productionOrders(first: $first) {
      edges { node { number tree { number components { product { sku bom { lines { component { sku name } } } } } } } }
    }
  }
`);

interface Refusal {
  message: string;
  extensions?: { code?: string; cost?: number; maxCost?: number };
}

describe("what a request costs", () => {
  it("passes a planner's page of 50 orders, each with its tree, lines, components and related orders", async () => {
    const cost = complexityFromQuery(productionOrdersPlanningPage, { schema }).complexity;
    // The margin: the same page with twice the fields, or 85 orders, still passes.
    expect(cost).toBeLessThan(defaultLimits.maxCost / 1.7);
    const result = await kit.execute(productionOrdersPlanningPage, {});
    expect(result.errors).toBeUndefined();
    const orders = result.data?.productionOrders.edges.map((edge) => edge?.node);
    const released = orders?.find((order) => order?.number === "MO-00001");
    // The demo's released bicycle order: its wheel and frame orders in its tree, what its release bought.
    expect(released?.tree.length).toBeGreaterThan(1);
    expect(released?.tree.flatMap((order) => order.components).length).toBeGreaterThan(0);
    expect(released?.relatedOrders.length).toBeGreaterThan(0);
  });

  it("counts the page size a variable asks for, as a literal one", async () => {
    const small = await kit.execute(pagesOfTrees, { first: 5 });
    expect(small.errors).toBeUndefined();
    const large = await kit.execute(pagesOfTrees, { first: 100 });
    expect(large.status).toBe(400);
    expect(large.data).toBeUndefined();
    expect(large.errors).toHaveLength(1);
    const refusal = large.errors?.[0] as Refusal;
    const cost = complexityFromQuery(pagesOfTrees, { schema, variables: { first: 100 } }).complexity;
    expect(refusal.extensions).toEqual({
      code: "QUERY_TOO_COSTLY",
      cost,
      maxCost: defaultLimits.maxCost,
    });
    expect(refusal.message).toBe(
      `The query costs ${cost}; the limit is ${defaultLimits.maxCost}. ` +
        "Ask for smaller pages (first/last) or fewer nested lists.",
    );
  });

  it("counts each request's own page size when the same document comes again (the server remembers costs)", async () => {
    for (const first of [100, 5, 100, 5]) {
      const answer = await kit.execute(pagesOfTrees, { first });
      expect(answer.errors?.map((error) => (error as Refusal).extensions?.code)).toEqual(
        first === 5 ? undefined : ["QUERY_TOO_COSTLY"],
      );
    }
    // The same selection paged from the end: `last` is a page size as `first` is.
    const fromTheEnd = graphql(`
      query limitsPagesOfTreesFromTheEnd($last: Int, $customerId: ID) {
        productionOrders(last: $last, customerId: $customerId) {
          edges { node { number tree { number components { product { sku bom { lines { component { sku name } } } } } } } }
        }
      }
    `);
    for (const [last, refused] of [
      [100, true],
      [5, false],
      [100, true],
    ] as const) {
      const answer = await kit.execute(fromTheEnd, { last, customerId: null });
      expect(answer.errors?.map((error) => (error as Refusal).extensions?.code)).toEqual(
        refused ? ["QUERY_TOO_COSTLY"] : undefined,
      );
    }
  });

  it("counts a page at most at the size it can hold, and one without a size at the default", () => {
    const costOf = (first?: number) =>
      complexityFromQuery(pagesOfTrees, { schema, variables: { first } }).complexity;
    expect(costOf(1000)).toBe(costOf(100));
    expect(costOf(undefined)).toBe(costOf(20));
  });
});
