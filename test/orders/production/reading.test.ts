import { describe, expect, it } from "vitest";
import type { TestKit } from "../../kit/app.ts";
import { globalId } from "../../kit/ids.ts";
import { productionOrders, productionOrderVoid } from "../../operations/orders.ts";
import { productionFixtures } from "./fixtures.ts";

const fixtures = productionFixtures();
const { gid, createOrder, stepOk } = fixtures;
let kit: TestKit;
fixtures.use((opened) => {
  kit = opened;
});

describe("reading orders", () => {
  it("filters the list by status, location, start date, customer and tag", async () => {
    const customer = await kit.db.prisma.customer.create({ data: { name: "Filter Co" } });
    const a = await createOrder([["BIKE", "1"]], {
      tags: ["filter-a"],
      startDate: "2027-01-10T00:00:00.000Z",
      customerId: globalId("Customer", customer.id),
    });
    const b = await createOrder([["BIKE", "1"]], { tags: ["filter-a", "filter-b"], status: "PLANNED" });
    const numbers = async (variables: Parameters<typeof kit.execute<unknown, object>>[1]) => {
      const result = await kit.execute(productionOrders, { first: 100, ...(variables as object) });
      expect(result.errors).toBeUndefined();
      return result.data?.productionOrders.edges.map((edge) => edge.node.number) ?? [];
    };
    expect(await numbers({ tag: "filter-a" })).toEqual([b.number, a.number]);
    expect(await numbers({ tag: "filter-a", statuses: ["PLANNED"] })).toEqual([b.number]);
    expect(await numbers({ tag: "filter-b", statuses: ["DRAFT", "VOIDED"] })).toEqual([]);
    expect(await numbers({ customerId: globalId("Customer", customer.id) })).toEqual([a.number]);
    expect(
      await numbers({ startFrom: "2027-01-10T00:00:00.000Z", startBefore: "2027-01-11T00:00:00.000Z" }),
    ).toEqual([a.number]);
    expect(
      await numbers({ tag: "filter-a", locationId: globalId("Location", fixtures.places.warehouse) }),
    ).toEqual([]);
    expect(await numbers({ tag: "filter-a", locationId: gid.shop() })).toEqual([b.number, a.number]);
    await stepOk(productionOrderVoid, a.id);
    await stepOk(productionOrderVoid, b.id);
  });
});
