import { describe, expect, it } from "vitest";
import { updateSettings } from "../../../src/domain/settings.ts";
import type { TestKit } from "../../kit/app.ts";
import { productionOrderStart, productionOrderVoid } from "../../operations/orders.ts";
import { productionFixtures } from "./fixtures.ts";

/** Concurrent clients on production orders: stock never goes below what is allowed, one transition wins. */

const fixtures = productionFixtures();
const { ids, figures, expectInvariants, createOrder, step, stepOk, complete } = fixtures;
let kit: TestKit;
fixtures.use((opened) => {
  kit = opened;
});

describe("concurrency", () => {
  it("20 concurrent completions competing for a scarce component never go below zero or lose a movement", async () => {
    await kit.db.transaction((tx) => updateSettings(tx, null, { allowNegativeStock: false }));
    const scarce = await figures("SCARCE");
    expect(scarce.onHand).toBe("5");
    const orders = [];
    for (let index = 0; index < 20; index++)
      orders.push(await createOrder([["GADGET", "1"]], { status: "RELEASED" }));
    expect((await figures("SCARCE")).available).toBe("-15");
    const results = await Promise.all(orders.map((order) => complete(order.id)));
    const won = results.filter((result) => result.userErrors.length === 0);
    const lost = results.filter((result) => result.userErrors.length > 0);
    expect(won).toHaveLength(5);
    for (const result of lost) {
      expect(result.userErrors).toEqual([expect.objectContaining({ code: "INSUFFICIENT_STOCK" })]);
    }
    expect(await figures("SCARCE")).toEqual({ onHand: "0", allocated: "15", available: "-15", onOrder: "0" });
    const consumed = await kit.db.prisma.stockMovement.count({
      where: { productId: ids.SCARCE, reason: "PRODUCTION_CONSUMPTION" },
    });
    expect(consumed).toBe(5);
    await expectInvariants();
  });

  it("concurrent transitions of one order serialize: exactly one wins", async () => {
    const order = await createOrder([["BIKE", "1"]], { status: "RELEASED" });
    const results = await Promise.all(Array.from({ length: 5 }, () => step(productionOrderStart, order.id)));
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    await stepOk(productionOrderVoid, order.id);
    await expectInvariants();
  });
});
