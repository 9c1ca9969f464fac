import { describe, expect, it } from "vitest";
import { succeeded, type TestKit } from "../../kit/app.ts";
import { expectConsistent, orderEvents, stockAt, written } from "../../kit/checks.ts";
import { decodeId } from "../../kit/ids.ts";
import type { World } from "../../kit/world.ts";
import {
  purchaseOrderPlace,
  purchaseOrderUpdateLines,
  purchaseOrderVoid,
} from "../../operations/purchasing.ts";
import { purchasingFixtures } from "./fixtures.ts";

/** A purchase order's life: drafted, edited, placed, received in parts, completed or voided. */

const fixtures = purchasingFixtures();
const { ids, product, create, placed, receive } = fixtures;
let kit: TestKit;
let world: World;
fixtures.use((opened) => ({ kit, world } = opened));

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
});
