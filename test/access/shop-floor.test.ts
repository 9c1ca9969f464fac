import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/domain/access.ts";
import { succeeded, type TestKit, useTestKit } from "../kit/app.ts";
import { expectConsistent, stockAt, written } from "../kit/checks.ts";
import { globalId } from "../kit/ids.ts";
import { type Fixtures, makeFixtures, seedWorld, type World } from "../kit/world.ts";
import {
  productionOrderAuthorize,
  productionOrderComplete,
  productionOrderStart,
} from "../operations/orders.ts";
import { purchaseOrderCreate, purchaseOrderPlace, purchaseOrderReceive } from "../operations/purchasing.ts";
import { transferOrderComplete, transferOrderMove } from "../operations/transfers.ts";

/** What a key of the built-in `shop-floor` role, a scanner's, may do, and how a refusal says what it lacks. */

let kit: TestKit;
let world: World;
let fixtures: Fixtures;
let scanner: string;
useTestKit((opened) => {
  kit = opened;
});
beforeAll(async () => {
  world = await seedWorld(kit);
  fixtures = makeFixtures(kit, world);
  scanner = await kit.db.transaction(
    async (tx) => (await createApiKey(tx, { name: "scanner 1", role: "shop-floor" }, null)).secret,
  );
});

describe("the shop-floor role", () => {
  it("receives a purchase order line in part, but may not create or place one (FORBIDDEN naming PURCHASING)", async () => {
    const order = await fixtures.purchaseOrder("ORDERED");
    const received = await kit.execute(
      purchaseOrderReceive,
      { id: order.id, lines: [{ lineId: order.lineId, quantity: "4" }] },
      { key: scanner },
    );
    const { purchaseOrder } = succeeded<{
      purchaseOrder: { status: string; lines: { receivedQuantity: string; openQuantity: string }[] };
    }>(received, "purchaseOrderReceive");
    expect(purchaseOrder.status).toBe("ORDERED");
    expect(purchaseOrder.lines[0]).toMatchObject({ receivedQuantity: "4", openQuantity: "6" });
    expect(await stockAt(kit, order.product, world.warehouse)).toEqual({
      onHand: "4",
      allocated: "0",
      onOrder: "6",
    });

    const draft = await fixtures.purchaseOrder("DRAFT");
    const before = await written(kit);
    const place = await kit.execute(purchaseOrderPlace, { id: draft.id }, { key: scanner });
    expect(place.errors?.[0]).toMatchObject({
      message: "Not allowed to use Mutation.purchaseOrderPlace: needs the permission PURCHASING",
      extensions: { code: "FORBIDDEN", permission: "PURCHASING" },
    });
    const create = await kit.execute(
      purchaseOrderCreate,
      {
        input: {
          supplierId: globalId("Supplier", world.supplierA),
          locationId: globalId("Location", world.warehouse),
          lines: [{ productId: globalId("Product", draft.product), quantity: "1" }],
        },
      },
      { key: scanner },
    );
    expect(create.errors?.[0]).toMatchObject({
      message: "Not allowed to use Mutation.purchaseOrderCreate: needs the permission PURCHASING",
      extensions: { code: "FORBIDDEN", permission: "PURCHASING" },
    });
    expect(await written(kit)).toEqual(before);
    await expectConsistent(kit);
  });

  it("moves a transfer line in part, then completes the rest", async () => {
    const transfer = await fixtures.transferOrder("DRAFT");
    const moved = await kit.execute(
      transferOrderMove,
      { id: transfer.id, lines: [{ lineId: transfer.lineId, quantity: "2" }] },
      { key: scanner },
    );
    expect(
      succeeded<{ transferOrder: { status: string; lines: unknown[] } }>(moved, "transferOrderMove")
        .transferOrder,
    ).toMatchObject({ status: "DRAFT", lines: [{ quantity: "5", movedQuantity: "2", openQuantity: "3" }] });
    const completed = await kit.execute(transferOrderComplete, { id: transfer.id }, { key: scanner });
    expect(
      succeeded<{ transferOrder: { status: string } }>(completed, "transferOrderComplete").transferOrder
        .status,
    ).toBe("COMPLETED");
    expect((await stockAt(kit, transfer.product, world.shopFloor)).onHand).toBe("5");
    expect((await stockAt(kit, transfer.product, world.warehouse)).onHand).toBe("15");
    await expectConsistent(kit);
  });

  it("starts and completes a released order, but may not authorize one (FORBIDDEN naming PRODUCTION_FULFILL)", async () => {
    const released = await fixtures.productionOrder("RELEASED");
    const started = await kit.execute(productionOrderStart, { id: released.id }, { key: scanner });
    expect(
      succeeded<{ productionOrder: { status: string } }>(started, "productionOrderStart").productionOrder
        .status,
    ).toBe("IN_PROGRESS");
    const completed = await kit.execute(productionOrderComplete, { id: released.id }, { key: scanner });
    expect(
      succeeded<{ productionOrder: { status: string } }>(completed, "productionOrderComplete").productionOrder
        .status,
    ).toBe("COMPLETED");

    const draft = await fixtures.productionOrder("DRAFT");
    const authorize = await kit.execute(productionOrderAuthorize, { id: draft.id }, { key: scanner });
    expect(authorize.errors?.[0]).toMatchObject({
      message:
        "Not allowed to use Mutation.productionOrderAuthorize: needs the permission PRODUCTION_FULFILL",
      extensions: { code: "FORBIDDEN", permission: "PRODUCTION_FULFILL" },
    });
    await expectConsistent(kit);
  });

  it("a refusal of a step several permissions open names them all", async () => {
    const released = await fixtures.productionOrder("RELEASED");
    const lookOnly = await kit.keyWith("PRODUCTION_VIEW");
    const start = await kit.execute(productionOrderStart, { id: released.id }, { key: lookOnly });
    expect(start.errors?.[0]).toMatchObject({
      message:
        "Not allowed to use Mutation.productionOrderStart: needs the permission PRODUCTION_EXECUTE or " +
        "PRODUCTION_FULFILL",
      extensions: { code: "FORBIDDEN" },
    });
    const complete = await kit.execute(productionOrderComplete, { id: released.id }, { key: lookOnly });
    expect(complete.errors?.[0]?.message).toBe(
      "Not allowed to use Mutation.productionOrderComplete: needs the permission PRODUCTION_EXECUTE or " +
        "PRODUCTION_ADJUST",
    );
    const transfer = await fixtures.transferOrder("DRAFT");
    const move = await kit.execute(
      transferOrderMove,
      { id: transfer.id, lines: [{ lineId: transfer.lineId, quantity: "1" }] },
      { key: lookOnly },
    );
    expect(move.errors?.[0]?.message).toBe(
      "Not allowed to use Mutation.transferOrderMove: needs the permission INVENTORY_ADJUST or INVENTORY_RECEIVE",
    );
    const receive = await kit.execute(
      purchaseOrderReceive,
      { id: (await fixtures.purchaseOrder("ORDERED")).id, lines: [] },
      { key: lookOnly },
    );
    expect(receive.errors?.[0]?.message).toBe(
      "Not allowed to use Mutation.purchaseOrderReceive: needs the permission PURCHASING or INVENTORY_RECEIVE",
    );
    // The planner's way in stays: PRODUCTION_FULFILL starts, PRODUCTION_ADJUST completes.
    const planner = await kit.keyWith("PRODUCTION_VIEW", "PRODUCTION_FULFILL", "PRODUCTION_ADJUST");
    succeeded(
      await kit.execute(productionOrderStart, { id: released.id }, { key: planner }),
      "productionOrderStart",
    );
    succeeded(
      await kit.execute(productionOrderComplete, { id: released.id }, { key: planner }),
      "productionOrderComplete",
    );
  });
});
