import { describe, expect, it } from "vitest";
import { succeeded, type TestKit } from "../../kit/app.ts";
import { expectConsistent, stockAt, written } from "../../kit/checks.ts";
import type { World } from "../../kit/world.ts";
import { settingsUpdate } from "../../operations/inventory.ts";
import { purchasingFixtures } from "./fixtures.ts";

/** Receiving more than ordered, and two receipts of one order at once. */

const fixtures = purchasingFixtures();
const { ids, placed, receive } = fixtures;
let kit: TestKit;
let world: World;
fixtures.use((opened) => ({ kit, world } = opened));

describe("purchase orders", () => {
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
