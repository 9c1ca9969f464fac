import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestKit } from "../kit/app.ts";
import { productionOrderRecordWaste, productionOrders } from "../operations/orders.ts";
import { productionFixtures } from "../orders/production/fixtures.ts";

/** What reading and planning orders costs in SQL statements, each figure beside the law it follows. */

/** A page of orders with everything it shows: one statement per relation, whatever the page size. */
const PRODUCTION_ORDER_LIST_STATEMENTS = 16;

describe("production orders", () => {
  const fixtures = productionFixtures();
  const { gid, expectInvariants, createOrder, complete } = fixtures;
  let kit: TestKit;
  beforeAll(async () => {
    kit = await fixtures.open();
  });
  afterAll(() => kit.close());

  it("reads a list with lines, components, movements, waste and events in a bounded number of statements", async () => {
    const seed = async (count: number, tag: string) => {
      for (let index = 0; index < count; index++) {
        const order = await createOrder(
          [
            ["BIKE", "1"],
            ["TRIKE", "3"],
          ],
          { tags: [tag], status: "RELEASED" },
        );
        await kit.execute(productionOrderRecordWaste, {
          id: order.id,
          input: { lines: [{ productId: gid.product("FRAME"), quantity: "0.1" }] },
        });
        expect((await complete(order.id)).userErrors).toEqual([]);
      }
    };
    await seed(3, "count-small");
    await seed(30, "count-large");
    const measure = async (tag: string, expected: number) => {
      let rows = 0;
      const statements = await kit.countStatements(async () => {
        const result = await kit.execute(productionOrders, { tag, first: 100 });
        expect(result.errors).toBeUndefined();
        rows = result.data?.productionOrders.edges.length ?? 0;
        const first = result.data?.productionOrders.edges[0]?.node;
        expect(first?.movements.length).toBeGreaterThan(0);
        expect(first?.waste.length).toBe(1);
        expect(first?.events.length).toBe(5);
      });
      expect(rows).toBe(expected);
      return statements;
    };
    const small = await measure("count-small", 3);
    const large = await measure("count-large", 30);
    console.info(`production order list: ${small} statements for 3 orders, ${large} for 30`);
    expect(large).toBe(small);
    expect(large).toBe(PRODUCTION_ORDER_LIST_STATEMENTS);
    await expectInvariants();
  });
});
