import { describe, expect, it } from "vitest";
import type { TestKit } from "../kit/app.ts";
import { expectStockLevelsMatchLedger } from "../kit/invariants.ts";
import { inventoryFixtures } from "./fixtures.ts";

const { use, ids, createProduct, adjust, adjustOk, onHand } = inventoryFixtures();
let kit: TestKit;
use((opened) => {
  kit = opened;
});

describe("concurrency", () => {
  it("applies 20 concurrent adjustments of one product and location exactly", async () => {
    const axle = await createProduct("AXLE-1");
    const location = ids.warehouse;
    const receive = (quantity: string) => adjust("OTHER", [{ product: axle, location, quantity }]);

    // Nothing stocked yet: the writers also race to create the stock level row.
    const first = await Promise.all(
      Array.from({ length: 20 }, (_, index) => receive(index % 2 === 0 ? "0.1" : "2.25")),
    );
    for (const result of first) expect(result.data?.stockAdjust.userErrors).toEqual([]);
    expect(await onHand(axle, location)).toBe("23.5");

    // Mixed increases and decreases on the now existing row.
    const second = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        index % 2 === 0 ? adjust("WASTE", [{ product: axle, location, quantity: "0.15" }]) : receive("0.35"),
      ),
    );
    for (const result of second) expect(result.data?.stockAdjust.userErrors).toEqual([]);
    expect(await onHand(axle, location)).toBe("25.5");
    expect(await kit.db.prisma.stockMovement.count({ where: { productId: axle } })).toBe(40);
    await expectStockLevelsMatchLedger(kit.db);

    // The writers ran one after the other: each saw the on hand the previous one left.
    const events = await kit.db.prisma.event.findMany({
      where: { type: "STOCK_CHANGED", entityId: String(axle) },
      orderBy: { id: "asc" },
    });
    const chain = events.map((event) => event.payload as { onHandBefore: string; onHandAfter: string });
    expect(chain).toHaveLength(40);
    expect(chain[0]?.onHandBefore).toBe("0");
    chain.slice(1).forEach((link, index) => {
      expect(link.onHandBefore).toBe(chain[index]?.onHandAfter);
    });
    expect(chain.at(-1)?.onHandAfter).toBe("25.5");
  });

  it("lets exactly as many concurrent removals succeed as there is stock for", async () => {
    const tube = await createProduct("TUBE-1");
    const location = ids.shopFloor;
    await adjustOk("OTHER", [{ product: tube, location, quantity: "1" }]);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => adjust("WASTE", [{ product: tube, location, quantity: "0.1" }])),
    );
    const codes = results.map((result) => result.data?.stockAdjust.userErrors[0]?.code ?? "OK");
    expect(codes.filter((code) => code === "OK")).toHaveLength(10);
    expect(codes.filter((code) => code === "INSUFFICIENT_STOCK")).toHaveLength(10);
    expect(await onHand(tube, location)).toBe("0");
    await expectStockLevelsMatchLedger(kit.db);
  });
});
