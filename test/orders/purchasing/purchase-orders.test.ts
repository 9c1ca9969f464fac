import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProductionOrder } from "../../../src/domain/orders/production/create.ts";
import { succeeded, type TestKit } from "../../kit/app.ts";
import { decodeId, globalId } from "../../kit/ids.ts";
import { expectConsistent, orderEvents, stockAt, written } from "../../kit/orders.ts";
import { addStock, createBom, createProduct, type World } from "../../kit/world.ts";
import { settingsUpdate } from "../../operations/inventory.ts";
import { productionOrderCreatePurchaseOrders } from "../../operations/orders.ts";
import {
  purchaseOrderCreate,
  purchaseOrderPlace,
  purchaseOrders,
  purchaseOrderUpdateLines,
  purchaseOrderVoid,
} from "../../operations/purchasing.ts";
import { purchasingFixtures } from "./fixtures.ts";

const fixtures = purchasingFixtures();
const { ids, product, at, create, createOk, placed, receive } = fixtures;
let kit: TestKit;
let world: World;
beforeAll(async () => {
  kit = await fixtures.open();
  world = fixtures.world();
});
afterAll(() => kit.close());

describe("purchase orders", () => {
  it("creates, edits, places, receives in parts and completes, with on order kept exact", async () => {
    const created = await create([
      { sku: "BOLT", quantity: "10" },
      { sku: "NUT", quantity: "4", unitCost: "0.09" },
    ]);
    const order = succeeded<{ purchaseOrder: { id: string } }>(created, "purchaseOrderCreate").purchaseOrder;
    const id = decodeId(order.id);
    expect(created.data?.purchaseOrderCreate.purchaseOrder).toMatchObject({
      number: `PO-${String(id).padStart(5, "0")}`,
      status: "DRAFT",
      version: 1,
      supplier: { name: "Acme" },
      location: { name: "Main warehouse" },
      lines: [
        { quantity: "10", unitCost: "0.25", product: { sku: "BOLT" } },
        { quantity: "4", unitCost: "0.09", product: { sku: "NUT" } },
      ],
    });

    const edited = await kit.execute(purchaseOrderUpdateLines, {
      id: order.id,
      lines: [{ productId: product("BOLT"), quantity: "12.5" }],
      expectedVersion: 1,
    });
    expect(
      succeeded<{ purchaseOrder: { version: number; lines: unknown[] } }>(edited, "purchaseOrderUpdateLines")
        .purchaseOrder,
    ).toMatchObject({ version: 2, lines: [{ quantity: "12.5" }] });

    const placedOrder = succeeded<{
      purchaseOrder: { status: string; version: number; lines: { id: string }[] };
    }>(
      await kit.execute(purchaseOrderPlace, { id: order.id, expectedVersion: 2 }),
      "purchaseOrderPlace",
    ).purchaseOrder;
    expect(placedOrder).toMatchObject({ status: "ORDERED", version: 3 });
    expect(await stockAt(kit, ids.BOLT as number, world.warehouse)).toEqual({
      onHand: "0",
      allocated: "0",
      onOrder: "12.5",
    });
    await expectConsistent(kit);

    const lineId = placedOrder.lines[0]?.id as string;
    const partial = succeeded<{ purchaseOrder: unknown }>(
      await receive(order.id, [[lineId, "5"]], 3),
      "purchaseOrderReceive",
    );
    expect(partial.purchaseOrder).toMatchObject({
      status: "ORDERED",
      version: 4,
      lines: [{ receivedQuantity: "5", openQuantity: "7.5" }],
      movements: [
        {
          quantity: "5",
          reason: "PURCHASE_RECEIPT",
          location: { name: "Main warehouse" },
          purchaseOrder: { number: `PO-${String(id).padStart(5, "0")}` },
        },
      ],
    });
    expect(await stockAt(kit, ids.BOLT as number, world.warehouse)).toEqual({
      onHand: "5",
      allocated: "0",
      onOrder: "7.5",
    });
    await expectConsistent(kit);

    const rest = succeeded<{ purchaseOrder: unknown }>(
      await receive(order.id, [[lineId, "7.5"]]),
      "purchaseOrderReceive",
    );
    expect(rest.purchaseOrder).toMatchObject({
      status: "RECEIVED",
      version: 5,
      lines: [{ receivedQuantity: "12.5", openQuantity: "0" }],
    });
    expect(await stockAt(kit, ids.BOLT as number, world.warehouse)).toEqual({
      onHand: "12.5",
      allocated: "0",
      onOrder: "0",
    });
    await expectConsistent(kit);

    expect(await orderEvents(kit, "PurchaseOrder", id)).toEqual([
      {
        type: "PURCHASE_ORDER_CREATED",
        beforeStatus: null,
        afterStatus: "DRAFT",
        locationId: world.warehouse,
      },
      {
        type: "PURCHASE_ORDER_LINES_UPDATED",
        beforeStatus: "DRAFT",
        afterStatus: "DRAFT",
        locationId: world.warehouse,
      },
      {
        type: "PURCHASE_ORDER_ORDERED",
        beforeStatus: "DRAFT",
        afterStatus: "ORDERED",
        locationId: world.warehouse,
      },
      {
        type: "PURCHASE_ORDER_RECEIVED",
        beforeStatus: "ORDERED",
        afterStatus: "ORDERED",
        locationId: world.warehouse,
      },
      {
        type: "PURCHASE_ORDER_RECEIVED",
        beforeStatus: "ORDERED",
        afterStatus: "RECEIVED",
        locationId: world.warehouse,
      },
    ]);

    // A received order takes no more receipts, edits or voids; the error names its status.
    const before = await written(kit);
    const again = await receive(order.id, [[lineId, "1"]]);
    expect(again.data?.purchaseOrderReceive.userErrors).toEqual([
      { code: "INVALID_STATUS", message: expect.stringContaining("is RECEIVED"), field: ["id"] },
    ]);
    const voided = await kit.execute(purchaseOrderVoid, { id: order.id });
    expect(voided.data?.purchaseOrderVoid.userErrors[0]?.code).toBe("INVALID_STATUS");
    expect(await written(kit)).toEqual(before);
  });

  it("refuses over-receipts unless allowed; an allowed one never takes on order below zero", async () => {
    const order = await placed([{ sku: "NUT", quantity: "3" }]);
    const lineId = order.lines[0]?.id as string;
    const before = await written(kit);
    const over = await receive(order.id, [[lineId, "3.5"]]);
    expect(over.data?.purchaseOrderReceive.userErrors).toEqual([
      {
        code: "INVALID_INPUT",
        message: expect.stringContaining("exceeds the ordered quantity"),
        field: ["lines", "0", "quantity"],
      },
    ]);
    expect(await written(kit)).toEqual(before);

    await kit.execute(settingsUpdate, { input: { allowOverReceipt: true } });
    try {
      const received = succeeded<{ purchaseOrder: unknown }>(
        await receive(order.id, [[lineId, "3.5"]]),
        "purchaseOrderReceive",
      );
      expect(received.purchaseOrder).toMatchObject({
        status: "RECEIVED",
        lines: [{ receivedQuantity: "3.5", openQuantity: "0" }],
      });
      expect(await stockAt(kit, ids.NUT as number, world.warehouse)).toMatchObject({
        onHand: "3.5",
        onOrder: "0",
      });
      await expectConsistent(kit);
    } finally {
      await kit.execute(settingsUpdate, { input: { allowOverReceipt: false } });
    }
  });

  it("voids a partly received order: the rest leaves on order, received stock stays", async () => {
    const order = await placed([
      { sku: "BOLT", quantity: "10" },
      { sku: "NUT", quantity: "2" },
    ]);
    const [bolts, nuts] = order.lines;
    const stockBefore = await stockAt(kit, ids.BOLT as number, world.warehouse);
    succeeded(
      await receive(order.id, [
        [bolts?.id as string, "4"],
        [nuts?.id as string, "2"],
      ]),
      "purchaseOrderReceive",
    );
    const voided = succeeded<{ purchaseOrder: unknown }>(
      await kit.execute(purchaseOrderVoid, { id: order.id }),
      "purchaseOrderVoid",
    );
    expect(voided.purchaseOrder).toMatchObject({
      status: "VOIDED",
      lines: [{ receivedQuantity: "4" }, { receivedQuantity: "2" }],
    });
    expect(await stockAt(kit, ids.BOLT as number, world.warehouse)).toEqual({
      onHand: String(Number(stockBefore.onHand) + 4),
      allocated: "0",
      onOrder: "0",
    });
    await expectConsistent(kit);
  });

  it("refuses bad input with typed errors and writes nothing", async () => {
    const before = await written(kit);
    const zero = await create([
      { sku: "BOLT", quantity: "0" },
      { sku: "NUT", quantity: "-1" },
    ]);
    expect(zero.data?.purchaseOrderCreate.userErrors).toEqual([
      {
        code: "INVALID_INPUT",
        message: "must be greater than zero",
        field: ["input", "lines", "0", "quantity"],
      },
      {
        code: "INVALID_INPUT",
        message: "must be greater than zero",
        field: ["input", "lines", "1", "quantity"],
      },
    ]);
    const archived = await create([{ sku: "OLD", quantity: "1" }]);
    expect(archived.data?.purchaseOrderCreate.userErrors).toEqual([
      { code: "ARCHIVED", message: 'Product "OLD" is archived', field: ["input", "lines", "0", "productId"] },
    ]);
    const unknown = await kit.execute(purchaseOrderCreate, {
      input: {
        supplierId: globalId("Supplier", world.supplierA),
        locationId: at(world.warehouse),
        lines: [{ productId: globalId("Product", 999999), quantity: "1" }],
      },
    });
    expect(unknown.data?.purchaseOrderCreate.userErrors[0]).toMatchObject({
      code: "NOT_FOUND",
      field: ["input", "lines", "0", "productId"],
    });
    const supplier = await create([{ sku: "BOLT", quantity: "1" }], { supplier: world.archivedSupplier });
    expect(supplier.data?.purchaseOrderCreate.userErrors).toEqual([
      { code: "ARCHIVED", message: "The supplier is archived", field: ["input", "supplierId"] },
    ]);
    const location = await create([{ sku: "BOLT", quantity: "1" }], { location: world.archivedLocation });
    expect(location.data?.purchaseOrderCreate.userErrors[0]).toMatchObject({
      code: "ARCHIVED",
      field: ["input", "locationId"],
    });
    const empty = await kit.execute(purchaseOrderCreate, {
      input: {
        supplierId: globalId("Supplier", world.supplierA),
        locationId: at(world.warehouse),
        lines: [],
      },
    });
    expect(empty.data?.purchaseOrderCreate.userErrors[0]).toMatchObject({
      code: "INVALID_INPUT",
      field: ["input", "lines"],
    });
    expect(await written(kit)).toEqual(before);

    // Draft-only and status rules, stale versions, lines of other orders, receipts of drafts.
    const order = await createOk([{ sku: "BOLT", quantity: "2" }]);
    const other = await placed([{ sku: "BOLT", quantity: "1" }]);
    const draftBefore = await written(kit);
    const stale = await kit.execute(purchaseOrderPlace, { id: order.id, expectedVersion: 7 });
    expect(stale.data?.purchaseOrderPlace.userErrors).toEqual([
      {
        code: "VERSION_CONFLICT",
        message: expect.stringContaining("is at version 1, not 7"),
        field: ["expectedVersion"],
      },
    ]);
    const draftReceipt = await receive(order.id, [[other.lines[0]?.id as string, "1"]]);
    expect(draftReceipt.data?.purchaseOrderReceive.userErrors[0]).toMatchObject({
      code: "INVALID_STATUS",
      message: expect.stringContaining("is DRAFT"),
    });
    const foreignLine = await receive(other.id, [[globalId("PurchaseOrderLine", 999999), "1"]]);
    expect(foreignLine.data?.purchaseOrderReceive.userErrors[0]).toMatchObject({
      code: "NOT_FOUND",
      field: ["lines", "0", "lineId"],
    });
    const twice = await receive(other.id, [
      [other.lines[0]?.id as string, "0.5"],
      [other.lines[0]?.id as string, "0.5"],
    ]);
    expect(twice.data?.purchaseOrderReceive.userErrors[0]).toMatchObject({
      code: "INVALID_INPUT",
      field: ["lines"],
    });
    const editOrdered = await kit.execute(purchaseOrderUpdateLines, {
      id: other.id,
      lines: [{ productId: product("BOLT"), quantity: "1" }],
    });
    expect(editOrdered.data?.purchaseOrderUpdateLines.userErrors[0]).toMatchObject({
      code: "INVALID_STATUS",
      message: expect.stringContaining("is ORDERED"),
    });
    expect(await written(kit)).toEqual(draftBefore);
  });

  it("needs PURCHASING", async () => {
    const key = await kit.keyWith("SALES");
    const result = await kit.execute(
      purchaseOrderCreate,
      {
        input: {
          supplierId: globalId("Supplier", world.supplierA),
          locationId: at(world.warehouse),
          lines: [{ productId: product("BOLT"), quantity: "1" }],
        },
      },
      { key },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("serializes concurrent receipts of one order: the stale one gets VERSION_CONFLICT", async () => {
    const order = await placed([{ sku: "BOLT", quantity: "10" }]);
    const lineId = order.lines[0]?.id as string;
    const results = await Promise.all([
      receive(order.id, [[lineId, "6"]], order.version),
      receive(order.id, [[lineId, "6"]], order.version),
    ]);
    const codes = results.map(
      (result) => result.data?.purchaseOrderReceive.userErrors.map((error) => error.code) ?? ["?"],
    );
    expect(codes.sort()).toEqual([[], ["VERSION_CONFLICT"]]);
    await expectConsistent(kit);
  });
});

describe("purchase orders for a production order", () => {
  it("orders the short components from their primary suppliers, one order per supplier, linked back", async () => {
    const frame = await createProduct(kit, "FRAME", { primarySupplierId: world.supplierA, cost: "40" });
    const wheel = await createProduct(kit, "WHEEL", { primarySupplierId: world.supplierB });
    const spoke = await createProduct(kit, "SPOKE", { primarySupplierId: world.supplierA });
    const paint = await createProduct(kit, "PAINT"); // no supplier
    const grip = await createProduct(kit, "GRIP", { primarySupplierId: world.supplierA }); // enough stock
    const bike = await createProduct(kit, "BIKE");
    const bom = await createBom(kit, bike, [
      [frame, "1"],
      [wheel, "2"],
      [spoke, "64"],
      [paint, "0.5"],
      [grip, "2"],
    ]);
    await addStock(kit, wheel, world.shopFloor, "1");
    await addStock(kit, wheel, world.warehouse, "2");
    await addStock(kit, grip, world.warehouse, "10");
    const productionOrder = await kit.db.transaction((tx) =>
      createProductionOrder(tx, null, {
        locationId: world.shopFloor,
        lines: [{ bomId: bom, quantity: "3" }],
      }),
    );
    const productionOrderId = globalId("ProductionOrder", productionOrder.id);

    const result = await kit.execute(productionOrderCreatePurchaseOrders, { productionOrderId });
    const payload = succeeded<NonNullable<typeof result.data>["productionOrderCreatePurchaseOrders"]>(
      result,
      "productionOrderCreatePurchaseOrders",
    );
    expect(payload.componentsWithoutSupplier).toEqual([{ sku: "PAINT" }]);
    expect(payload.purchaseOrders).toMatchObject([
      {
        status: "DRAFT",
        supplier: { name: "Acme" },
        location: { name: "Main warehouse" },
        productionOrder: { id: productionOrderId },
        lines: [
          { product: { sku: "FRAME" }, quantity: "3", unitCost: "40" },
          { product: { sku: "SPOKE" }, quantity: "192" },
        ],
      },
      {
        supplier: { name: "Bolt & Co" },
        productionOrder: { id: productionOrderId },
        lines: [{ product: { sku: "WHEEL" }, quantity: "3" }],
      },
    ]);
    const linked = await kit.execute(purchaseOrders, { productionOrderId });
    expect(linked.data?.purchaseOrders.edges).toHaveLength(2);

    // Chosen components: a short one for its shortage, one in stock for its whole requirement; elsewhere.
    const chosen = await kit.execute(productionOrderCreatePurchaseOrders, {
      productionOrderId,
      components: [globalId("Product", grip)],
      locationId: at(world.shopFloor),
    });
    expect(chosen.data?.productionOrderCreatePurchaseOrders.purchaseOrders).toMatchObject([
      { location: { name: "Shop floor" }, lines: [{ product: { sku: "GRIP" }, quantity: "6" }] },
    ]);

    const before = await written(kit);
    const notAComponent = await kit.execute(productionOrderCreatePurchaseOrders, {
      productionOrderId,
      components: [product("BOLT")],
    });
    expect(notAComponent.data?.productionOrderCreatePurchaseOrders.userErrors).toEqual([
      {
        code: "INVALID_INPUT",
        message: "is not a component of this production order",
        field: ["components", "0"],
      },
    ]);
    expect(await written(kit)).toEqual(before);
    await expectConsistent(kit);
  });
});
