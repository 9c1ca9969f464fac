import { beforeAll, describe, expect, it } from "vitest";
import { succeeded, type TestKit, useTestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { addStock, createBom, createProduct, makeFixtures, seedWorld, type World } from "../kit/world.ts";
import { settingsUpdate } from "../operations/inventory.ts";
import { purchaseOrderReceive } from "../operations/purchasing.ts";
import { salesOrderAuthorize, salesOrderCreate } from "../operations/sales.ts";

/**
 * A commit's STOCK_CHANGED events are the stock levels it changed, one each, whatever the action: a receipt moves
 * on hand and on order at one level; a sales order that makes several production orders allocates the same
 * component once per order. (Production order steps: test/orders/production/stock-events.test.ts.)
 */

let kit: TestKit;
let places: World;
useTestKit((opened) => {
  kit = opened;
});
beforeAll(async () => {
  places = await seedWorld(kit);
});

/** The STOCK_CHANGED events of the commit `action` makes, with their payloads. */
async function stockEventsOf(action: () => Promise<unknown>) {
  const newest = await kit.db.prisma.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  await action();
  const events = await kit.db.prisma.event.findMany({
    where: { id: { gt: newest?.id ?? 0n }, type: "STOCK_CHANGED" },
    orderBy: { id: "asc" },
  });
  return events.map((event) => ({ level: `${event.entityId}@${event.locationId}`, payload: event.payload }));
}

describe("stock events of a commit", () => {
  it("a purchase receipt announces on hand and on order of its level in one event", async () => {
    const order = await makeFixtures(kit, places).purchaseOrder("ORDERED");
    const events = await stockEventsOf(async () =>
      succeeded(
        await kit.execute(purchaseOrderReceive, {
          id: order.id,
          lines: [{ lineId: order.lineId, quantity: "4" }],
        }),
        "purchaseOrderReceive",
      ),
    );
    expect(events).toEqual([
      {
        level: `${order.product}@${places.warehouse}`,
        payload: {
          productId: order.product,
          locationId: places.warehouse,
          onHandBefore: "0",
          onHandAfter: "4",
          allocatedBefore: "0",
          allocatedAfter: "0",
          onOrderBefore: "10",
          onOrderAfter: "6",
        },
      },
    ]);
  });

  it("a sales order making two production orders of one component announces the component's level once", async () => {
    const bolt = await createProduct(kit, "SE-BOLT");
    const [red, blue] = [await createProduct(kit, "SE-RED"), await createProduct(kit, "SE-BLUE")];
    await createBom(kit, red, [[bolt, "2"]]);
    await createBom(kit, blue, [[bolt, "3"]]);
    await addStock(kit, bolt, places.shopFloor, "50");
    succeeded(
      await kit.execute(settingsUpdate, { input: { salesOrderProductionStatus: "PLANNED" } }),
      "settingsUpdate",
    );
    const created = succeeded<{ salesOrder: { id: string } }>(
      await kit.execute(salesOrderCreate, {
        input: {
          customerId: globalId("Customer", places.customer),
          locationId: globalId("Location", places.shopFloor),
          lines: [
            { productId: globalId("Product", red), quantity: "1" },
            { productId: globalId("Product", blue), quantity: "1" },
          ],
        },
      }),
      "salesOrderCreate",
    );
    const events = await stockEventsOf(async () =>
      succeeded(await kit.execute(salesOrderAuthorize, { id: created.salesOrder.id }), "salesOrderAuthorize"),
    );
    const levels = events.map((event) => event.level);
    expect(levels.filter((level, index) => levels.indexOf(level) !== index)).toEqual([]);
    expect(events.find((event) => event.level === `${bolt}@${places.shopFloor}`)?.payload).toMatchObject({
      allocatedBefore: "0",
      allocatedAfter: "5",
    });
  });
});
