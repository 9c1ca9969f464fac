import { describe, expect, it } from "vitest";
import { succeeded } from "../kit/app.ts";
import { decodeId, globalId } from "../kit/ids.ts";
import { subscribe } from "../kit/live.ts";
import {
  productionOrderEvents,
  salesOrderEvents,
  stockLevelEvents,
  supplyOrderEvents,
} from "../operations/live.ts";
import {
  productionOrderAuthorize,
  productionOrderComplete,
  productionOrderRelease,
  productionOrderStart,
  productionOrderUndo,
  productionOrderVoid,
} from "../operations/orders.ts";
import { purchaseOrderCreate, purchaseOrderPlace } from "../operations/purchasing.ts";
import {
  salesOrderAuthorize,
  salesOrderCreate,
  salesOrderFulfill,
  salesOrderVoid,
} from "../operations/sales.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use, client, registered, createOrder, adjust } = liveFixtures();
let kit: LiveWorld["kit"];
let world: LiveWorld["world"];
let wheel: LiveWorld["wheel"];
let frame: LiveWorld["frame"];
use((opened) => {
  ({ kit, world, wheel, frame } = opened);
});

describe("production order events", () => {
  it("delivers every status step, undo and void of an order, in commit order", async () => {
    const orderId = await createOrder();
    const live = client();
    const all = subscribe(live, productionOrderEvents, { orderId });
    const completions = subscribe(live, productionOrderEvents, { statuses: ["COMPLETED"] });
    const elsewhere = subscribe(live, productionOrderEvents, {
      locationId: globalId("Location", world.warehouse),
    });
    await registered(3);

    const steps = [
      () => kit.execute(productionOrderAuthorize, { id: orderId }),
      () => kit.execute(productionOrderRelease, { id: orderId }),
      () => kit.execute(productionOrderStart, { id: orderId }),
      () => kit.execute(productionOrderComplete, { id: orderId }),
      () => kit.execute(productionOrderUndo, { id: orderId }),
      () => kit.execute(productionOrderVoid, { id: orderId }),
    ];
    for (const step of steps) {
      const result = await step();
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {})[0]?.userErrors).toEqual([]);
    }

    const events = await all.waitForResults(6);
    expect(events.map(({ productionOrderEvents: event }) => [event.beforeStatus, event.afterStatus])).toEqual(
      [
        ["DRAFT", "PLANNED"],
        ["PLANNED", "RELEASED"],
        ["RELEASED", "IN_PROGRESS"],
        ["IN_PROGRESS", "COMPLETED"],
        ["COMPLETED", "IN_PROGRESS"],
        ["IN_PROGRESS", "VOIDED"],
      ],
    );
    expect(events.map(({ productionOrderEvents: event }) => event.type)).toEqual([
      "PRODUCTION_ORDER_PLANNED",
      "PRODUCTION_ORDER_RELEASED",
      "PRODUCTION_ORDER_IN_PROGRESS",
      "PRODUCTION_ORDER_COMPLETED",
      "PRODUCTION_ORDER_IN_PROGRESS",
      "PRODUCTION_ORDER_VOIDED",
    ]);
    const ids = events.map(({ productionOrderEvents: event }) => BigInt(event.cursor));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    const number = `MO-${String(decodeId(orderId)).padStart(5, "0")}`;
    expect(events[0]?.productionOrderEvents.productionOrder?.number).toBe(number);
    expect(events[0]?.productionOrderEvents.payload).toMatchObject({ number });

    // Into or out of COMPLETED: the completion and its undo; nothing happened at the warehouse.
    const completed = await completions.waitForResults(2);
    expect(completed.map(({ productionOrderEvents: event }) => event.cursor)).toEqual(
      [events[3], events[4]].map((event) => event?.productionOrderEvents.cursor),
    );
    expect(elsewhere.results).toEqual([]);
  });

  it("follows a whole order tree by its root", async () => {
    const rootId = await createOrder();
    const nestedId = await createOrder();
    const [root, nested] = [rootId, nestedId].map(decodeId);
    // Authorizing builds the tree (src/domain/orders/production/tree); here only the tree columns matter.
    await kit.db.prisma.productionOrder.update({
      where: { id: nested },
      data: { parentId: root, rootId: root },
    });
    const unrelated = await createOrder();

    const tree = subscribe(client(), productionOrderEvents, { rootOrderId: rootId });
    await registered(1);
    await kit.execute(productionOrderAuthorize, { id: unrelated });
    await kit.execute(productionOrderAuthorize, { id: nestedId });
    await kit.execute(productionOrderAuthorize, { id: rootId });

    const events = await tree.waitForResults(2);
    expect(events.map(({ productionOrderEvents: event }) => event.productionOrder?.number)).toEqual([
      `MO-${String(nested).padStart(5, "0")}`,
      `MO-${String(root).padStart(5, "0")}`,
    ]);

    const refused = subscribe(client(), productionOrderEvents, { rootOrderId: nestedId });
    expect(await refused.waitForErrors()).toMatchObject([
      {
        message: expect.stringContaining("root order"),
        extensions: { code: "INVALID_INPUT", field: ["rootOrderId"] },
      },
    ]);
  });
});

describe("stock level and supply order events", () => {
  it("delivers stock changes of one product with its current level", async () => {
    const live = client();
    const wheels = subscribe(live, stockLevelEvents, { productId: globalId("Product", wheel) });
    await registered(1);
    await adjust(frame, "1");
    await adjust(wheel, "5");
    await adjust(wheel, "-2");
    const events = await wheels.waitForResults(2);
    expect(events.map(({ stockLevelEvents: event }) => [event.type, event.payload])).toEqual([
      ["STOCK_CHANGED", expect.objectContaining({ onHandAfter: expect.any(String) })],
      ["STOCK_CHANGED", expect.objectContaining({ onHandAfter: expect.any(String) })],
    ]);
    const [first, second] = events.map(
      ({ stockLevelEvents: event }) => event.payload as { onHandAfter: string },
    );
    expect(Number(second?.onHandAfter) - Number(first?.onHandAfter)).toBe(-2);
    expect(events[0]?.stockLevelEvents).toMatchObject({
      product: { sku: "WHEEL" },
      location: { name: "Shop floor" },
    });
    expect(wheels.results).toHaveLength(2);
  });

  it("delivers purchase order changes, by kind and by order", async () => {
    const live = client();
    const purchases = subscribe(live, supplyOrderEvents, { kind: "PURCHASE" });
    const transfers = subscribe(live, supplyOrderEvents, { kind: "TRANSFER" });
    await registered(2);
    const created = await kit.execute(purchaseOrderCreate, {
      input: {
        supplierId: globalId("Supplier", world.supplierA),
        locationId: globalId("Location", world.warehouse),
        lines: [{ productId: globalId("Product", wheel), quantity: "10" }],
      },
    });
    const orderId = succeeded<{ purchaseOrder: { id: string } }>(created, "purchaseOrderCreate").purchaseOrder
      .id;
    const oneOrder = subscribe(live, supplyOrderEvents, { orderId });
    await registered(3);
    succeeded(await kit.execute(purchaseOrderPlace, { id: orderId }), "purchaseOrderPlace");

    const events = await purchases.waitForResults(2);
    expect(
      events.map(({ supplyOrderEvents: event }) => [event.kind, event.beforeStatus, event.afterStatus]),
    ).toEqual([
      ["PURCHASE", null, "DRAFT"],
      ["PURCHASE", "DRAFT", "ORDERED"],
    ]);
    expect(events[1]?.supplyOrderEvents).toMatchObject({
      purchaseOrder: { number: expect.stringMatching(/^PO-/) },
    });
    expect(await oneOrder.waitForResults(1)).toEqual([events[1]]);
    expect(transfers.results).toEqual([]);
  });
});

describe("sales order events", () => {
  async function createSales(locationId: number) {
    const created = await kit.execute(salesOrderCreate, {
      input: {
        customerId: globalId("Customer", world.customer),
        locationId: globalId("Location", locationId),
        lines: [{ productId: globalId("Product", wheel), quantity: "2" }],
      },
    });
    return succeeded<{ salesOrder: { id: string } }>(created, "salesOrderCreate").salesOrder.id;
  }

  it("delivers every change of sales orders, by order, location and status, with the order", async () => {
    const live = client();
    const all = subscribe(live, salesOrderEvents, {});
    const fromShopFloor = subscribe(live, salesOrderEvents, {
      locationId: globalId("Location", world.shopFloor),
    });
    const voided = subscribe(live, salesOrderEvents, { statuses: ["VOIDED"] });
    await registered(3);
    const shipped = await createSales(world.shopFloor);
    const oneOrder = subscribe(live, salesOrderEvents, { orderId: shipped });
    await registered(4);
    succeeded(await kit.execute(salesOrderAuthorize, { id: shipped }), "salesOrderAuthorize");
    succeeded(await kit.execute(salesOrderFulfill, { id: shipped }), "salesOrderFulfill");
    const dropped = await createSales(world.warehouse);
    succeeded(await kit.execute(salesOrderVoid, { id: dropped }), "salesOrderVoid");

    const events = (await all.waitForResults(5)).map(({ salesOrderEvents: event }) => event);
    expect(events.map((event) => [event.type, event.beforeStatus, event.afterStatus])).toEqual([
      ["SALES_ORDER_CREATED", null, "DRAFT"],
      ["SALES_ORDER_AUTHORIZED", "DRAFT", "AUTHORIZED"],
      ["SALES_ORDER_FULFILLED", "AUTHORIZED", "FULFILLED"],
      ["SALES_ORDER_CREATED", null, "DRAFT"],
      ["SALES_ORDER_VOIDED", "DRAFT", "VOIDED"],
    ]);
    expect(events[2]?.payload).toMatchObject({ shipped: [{ quantity: "2" }] });
    expect(events[4]?.salesOrder).toMatchObject({
      number: expect.stringMatching(/^SO-/),
      status: "VOIDED",
    });
    expect(await fromShopFloor.waitForResults(3)).toEqual(all.results.slice(0, 3));
    expect(await oneOrder.waitForResults(2)).toEqual(all.results.slice(1, 3));
    expect(await voided.waitForResults(1)).toEqual(all.results.slice(4));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([fromShopFloor, oneOrder, voided].map((subscription) => subscription.results.length)).toEqual([
      3, 2, 1,
    ]);
  });

  it("refuses an unknown order before subscribing, and serves any valid key, as the reads do", async () => {
    const live = client(await kit.keyWith("PRODUCTION_VIEW"));
    const unknown = subscribe(live, salesOrderEvents, { orderId: globalId("SalesOrder", 999_999) });
    expect(await unknown.waitForErrors()).toEqual([
      expect.objectContaining({ extensions: { code: "NOT_FOUND", field: ["orderId"] } }),
    ]);
    const allowed = subscribe(live, salesOrderEvents, {});
    await registered(1);
    await createSales(world.warehouse);
    await allowed.waitForResults(1);
  });
});
