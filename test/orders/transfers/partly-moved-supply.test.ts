import { describe, expect, it } from "vitest";
import { dec } from "../../../src/domain/decimal.ts";
import { moveTransferOrderLines } from "../../../src/domain/orders/transfers.ts";
import type { TestKit } from "../../kit/app.ts";
import { expectConsistent } from "../../kit/checks.ts";
import { addStock } from "../../kit/world.ts";
import { treeFixtures } from "../production/tree/fixtures.ts";

/**
 * A production order's release counts the open transfers bringing components to the floor (src/domain/orders/
 * production/tree/shortages.ts). A transfer moved in part has brought that part already: it lies on the floor and
 * has left the warehouse, so only what is still to move counts as coming, and as gone from the warehouse.
 */

const fixtures = treeFixtures();
const { taggedWorld, authorizedOrder, release } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

/** The transfer lines linked to an order, as "SKU quantity moved". */
async function transfersOf(orderId: number, sku: (id: number) => string) {
  const lines = await kit.db.prisma.transferOrderLine.findMany({
    where: { transferOrder: { productionOrderId: orderId } },
    orderBy: { id: "asc" },
  });
  return lines.map((line) => `${sku(line.productId)} ${dec(line.quantity)} moved ${dec(line.movedQuantity)}`);
}

describe("a partly moved transfer as supply", () => {
  it("counts the moved part once: at the floor for the order it came for, no longer at the warehouse", async () => {
    const w = await taggedWorld("partly-moved");
    const l = await w.product("L", { supplier: true });
    const bomA = await w.bom(await w.product("A"), [[l, "2"]]);
    await addStock(kit, l, w.warehouse, "5");

    const first = await authorizedOrder(w, bomA);
    await release(first.id);
    const transfer = await kit.db.prisma.transferOrder.findFirstOrThrow({
      where: { productionOrderId: first.id },
      include: { lines: true },
    });
    // The scanner brings 1 of the 2 L to the floor.
    await kit.db.transaction((tx) =>
      moveTransferOrderLines(tx, null, transfer.id, {
        lines: [{ lineId: transfer.lines[0]?.id, quantity: "1" }],
      }),
    );

    // The warehouse holds 4, of which the first order's transfer still takes 1: 3 are free, and the floor's 1 L
    // is the first order's. The second order's 2 L come from the warehouse; nothing is bought.
    const second = await authorizedOrder(w, bomA);
    const { unordered } = await release(second.id);
    expect(unordered).toEqual([]);
    expect(await transfersOf(first.id, w.sku)).toEqual(["L 2 moved 1"]);
    expect(await transfersOf(second.id, w.sku)).toEqual(["L 2 moved 0"]);
    expect(await kit.db.prisma.purchaseOrder.count({ where: { productionOrderId: second.id } })).toBe(0);
    await expectConsistent(kit);
  });
});
