import { describe, expect, it } from "vitest";
import { createBom } from "../../../../src/domain/bom/boms.ts";
import { updateSettings } from "../../../../src/domain/settings.ts";
import { succeeded } from "../../../kit/app.ts";
import { decodeId, globalId } from "../../../kit/ids.ts";
import { addStock, createProduct } from "../../../kit/world.ts";
import {
  productionOrderAuthorize,
  productionOrderCreateFromBom,
  productionOrderRelease,
  productionOrderUndo,
} from "../../../operations/orders.ts";
import { reorderSuggestionsApply } from "../../../operations/reorder.ts";
import { salesOrderAuthorize, salesOrderCreate } from "../../../operations/sales.ts";
import { operationFixtures, SYSTEM } from "./fixtures.ts";

/** Operations are snapshotted on every path an order is made by, planned from its start, and follow it until release. */

const fixtures = operationFixtures();
const { createOrder, orderWithOperations, ids, boms } = fixtures;
fixtures.use(() => {});

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso).getTime();
const time = (value: unknown) => (value === null ? null : new Date(value as string).getTime());

/** The nested orders of an order (raw read: the tree tests cover how the API shows them). */
async function nestedOf(orderId: string) {
  return fixtures.kit.db.prisma.productionOrder.findMany({
    where: { parentId: decodeId(orderId) },
    orderBy: { id: "asc" },
  });
}

describe("the snapshot at creation", () => {
  it("copies every line's BOM operations in run order, with setup + minutes per unit x the line's quantity", async () => {
    const id = await createOrder(
      [
        ["TABLE", "5"],
        ["STOOL", "2"],
        ["TABLE", "1"],
      ],
      { startDate: "2026-03-02T08:00:00Z" },
    );
    const order = await orderWithOperations(id);
    const [first, , third] = order.lines;
    expect(
      order.operations.map((operation) => [
        operation.position,
        operation.sequence,
        operation.name,
        operation.resource.name,
        operation.plannedMinutes,
        operation.line.id,
        operation.status,
      ]),
    ).toEqual([
      [0, 10, "Cut", "SAW", "60", first?.id, "PENDING"],
      [1, 20, "Paint", "PAINT", "60", first?.id, "PENDING"],
      [2, 10, "Cut", "SAW", "36", third?.id, "PENDING"],
      [3, 20, "Paint", "PAINT", "12", third?.id, "PENDING"],
    ]);
    expect(order.plannedMinutes).toBe("168");
    expect(order.actualMinutes).toBe("0");
  });

  it("lays the operations one after another from the start date, each its minutes over its resource's day", async () => {
    const id = await createOrder(
      [
        ["TABLE", "5"],
        ["TABLE", "1"],
      ],
      { startDate: "2026-03-02T08:00:00Z" },
    );
    const { operations } = await orderWithOperations(id);
    // 60 of 480 minutes a day: 3 hours; 60 of 240: 6 hours; 36 of 480: 1.8 hours; 12 of 240: 1.2 hours.
    const start = at("2026-03-02T08:00:00Z");
    expect(operations.map((operation) => [time(operation.plannedStart), time(operation.plannedEnd)])).toEqual(
      [
        [start, start + 3 * HOUR],
        [start + 3 * HOUR, start + 9 * HOUR],
        [start + 9 * HOUR, start + 10.8 * HOUR],
        [start + 10.8 * HOUR, start + 12 * HOUR],
      ],
    );
  });

  it("leaves the dates empty without a start date, and plans them when planning dates the order", async () => {
    const id = await createOrder([["TABLE", "5"]]);
    const before = await orderWithOperations(id);
    expect(before.operations.map((operation) => [operation.plannedStart, operation.plannedEnd])).toEqual([
      [null, null],
      [null, null],
    ]);
    succeeded(await fixtures.kit.execute(productionOrderAuthorize, { id }), "productionOrderAuthorize");
    const after = await orderWithOperations(id);
    const start = time(after.startDate) as number;
    expect(
      after.operations.map((operation) => [time(operation.plannedStart), time(operation.plannedEnd)]),
    ).toEqual([
      [start, start + 3 * HOUR],
      [start + 3 * HOUR, start + 9 * HOUR],
    ]);
  });

  it("gives a BOM without operations none, and an order from a BOM its BOM's", async () => {
    const stool = await orderWithOperations(await createOrder([["STOOL", "4"]]));
    expect(stool.operations).toEqual([]);
    expect(stool.plannedMinutes).toBe("0");
    const payload = succeeded<{ productionOrder: { id: string } }>(
      await fixtures.kit.execute(productionOrderCreateFromBom, {
        input: {
          locationId: globalId("Location", fixtures.places.shopFloor),
          bomId: globalId("Bom", boms.TABLE as number),
          quantity: "2",
        },
      }),
      "productionOrderCreateFromBom",
    );
    const table = await orderWithOperations(payload.productionOrder.id);
    expect(table.operations.map((operation) => [operation.name, operation.plannedMinutes])).toEqual([
      ["Cut", "42"],
      ["Paint", "24"],
    ]);
  });

  it("snapshots the nested orders of a tree, each ending when its parent starts", async () => {
    const id = await createOrder([["TABLE", "5"]], { startDate: "2026-04-06T08:00:00Z", status: "PLANNED" });
    const [leg] = await nestedOf(id);
    if (!leg) throw new Error("no nested LEG order");
    const nested = await orderWithOperations(globalId("ProductionOrder", leg.id));
    // 20 legs: 10 + 5 x 20 = 110 minutes of the lathe's 600 a day, ending at the table's start.
    expect(
      nested.operations.map((operation) => [
        operation.name,
        operation.resource.name,
        operation.plannedMinutes,
      ]),
    ).toEqual([["Turn", "LATHE", "110"]]);
    const [turn] = nested.operations;
    expect(time(turn?.plannedStart)).toBe(time(nested.startDate));
    expect(time(turn?.plannedEnd)).toBe(at("2026-04-06T08:00:00Z"));
  });

  it("follows a nested order that RECALCULATE resizes before release", async () => {
    const id = await createOrder([["TABLE", "2"]], { startDate: "2026-05-04T08:00:00Z", status: "PLANNED" });
    const [leg] = await nestedOf(id);
    if (!leg) throw new Error("no nested LEG order");
    const legId = globalId("ProductionOrder", leg.id);
    expect(
      (await orderWithOperations(legId)).operations.map((operation) => operation.plannedMinutes),
    ).toEqual(["50"]);
    // 3 legs in stock: the tree now needs 5 made, not 8.
    await addStock(fixtures.kit, ids.LEG as number, fixtures.places.shopFloor, "3");
    succeeded(
      await fixtures.kit.execute(productionOrderRelease, { id, planChoice: "RECALCULATE" }),
      "productionOrderRelease",
    );
    const resized = await orderWithOperations(legId);
    expect(resized.lines.map((line) => line.quantity)).toEqual(["5"]);
    const [turn] = resized.operations;
    expect(turn?.plannedMinutes).toBe("35");
    expect(time(turn?.plannedStart)).toBe(time(resized.startDate));
    expect(time(turn?.plannedEnd)).toBe(at("2026-05-04T08:00:00Z"));
    await addStock(fixtures.kit, ids.LEG as number, fixtures.places.shopFloor, "-3");
  });

  it("snapshots orders made from a sales order and from a reorder suggestion", async () => {
    await fixtures.kit.db.transaction((tx) =>
      updateSettings(tx, SYSTEM, { salesOrderProductionStatus: "DRAFT" }),
    );
    const sale = succeeded<{ salesOrder: { id: string } }>(
      await fixtures.kit.execute(salesOrderCreate, {
        input: {
          customerId: globalId("Customer", fixtures.places.customer),
          locationId: globalId("Location", fixtures.places.warehouse),
          lines: [{ productId: globalId("Product", ids.TABLE as number), quantity: "3" }],
        },
      }),
      "salesOrderCreate",
    );
    const authorized = succeeded<{ salesOrder: { productionOrders: { id: string }[] } }>(
      await fixtures.kit.execute(salesOrderAuthorize, { id: sale.salesOrder.id }),
      "salesOrderAuthorize",
    );
    const [made] = authorized.salesOrder.productionOrders;
    expect(
      (await orderWithOperations(made?.id as string)).operations.map((operation) => operation.plannedMinutes),
    ).toEqual(["48", "36"]);
    await fixtures.kit.db.transaction((tx) =>
      updateSettings(tx, SYSTEM, { salesOrderProductionStatus: null }),
    );

    const bench = await createProduct(fixtures.kit, "BENCH", { minBeforeReorder: "2", reorderQuantity: "3" });
    const saw = await fixtures.kit.db.prisma.resource.findUniqueOrThrow({ where: { name: "SAW" } });
    await fixtures.kit.db.transaction((tx) =>
      createBom(tx, SYSTEM, {
        productId: bench,
        kind: "PRODUCTION",
        name: "BENCH",
        operations: [{ sequence: 5, name: "Saw", resourceId: saw.id, minutesPerUnit: "2" }],
        lines: [{ componentId: ids.WOOD, quantity: "2" }],
      }),
    );
    const applied = succeeded<{ productionOrders: { id: string }[] }>(
      await fixtures.kit.execute(reorderSuggestionsApply, {
        locationId: globalId("Location", fixtures.places.shopFloor),
        productIds: [globalId("Product", bench)],
      }),
      "reorderSuggestionsApply",
    );
    const [drafted] = applied.productionOrders;
    // 2 + 3 - 0: five benches, 2 minutes each.
    expect(
      (await orderWithOperations(drafted?.id as string)).operations.map((operation) => [
        operation.name,
        operation.plannedMinutes,
      ]),
    ).toEqual([["Saw", "10"]]);
  });
});

describe("releasedAt", () => {
  const releasedAt = async (orderId: number) =>
    (await fixtures.kit.db.prisma.productionOrder.findUniqueOrThrow({ where: { id: orderId } })).releasedAt;

  it("is set when an order is created RELEASED, on its nested orders too, and cleared by undo back to PLANNED", async () => {
    const before = Date.now();
    const id = await createOrder([["TABLE", "1"]], { startDate: "2026-06-01T08:00:00Z", status: "RELEASED" });
    const [leg] = await nestedOf(id);
    if (!leg) throw new Error("no nested LEG order");
    const order = await orderWithOperations(id);
    expect(time(order.releasedAt)).toBeGreaterThanOrEqual(before);
    expect(time(order.releasedAt)).toBeLessThanOrEqual(Date.now());
    expect((await releasedAt(leg.id))?.getTime()).toBeGreaterThanOrEqual(before);

    succeeded(await fixtures.kit.execute(productionOrderUndo, { id }), "productionOrderUndo");
    expect((await orderWithOperations(id)).releasedAt).toBeNull();
    // Undo never cascades: the nested order stays RELEASED, and keeps its release.
    expect(await releasedAt(leg.id)).not.toBeNull();

    const again = Date.now();
    succeeded(await fixtures.kit.execute(productionOrderRelease, { id }), "productionOrderRelease");
    expect(time((await orderWithOperations(id)).releasedAt)).toBeGreaterThanOrEqual(again);
  });

  it("is empty until the order is released", async () => {
    const id = await createOrder([["TABLE", "1"]], { status: "PLANNED" });
    expect((await orderWithOperations(id)).releasedAt).toBeNull();
  });
});
