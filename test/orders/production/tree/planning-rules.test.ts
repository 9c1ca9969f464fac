import { describe, expect, it } from "vitest";
import { dec } from "../../../../src/domain/decimal.ts";
import { createPurchaseOrder, placePurchaseOrder } from "../../../../src/domain/orders/purchasing.ts";
import type { QuantityPolicy } from "../../../../src/generated/prisma/enums.ts";
import type { TestKit } from "../../../kit/app.ts";
import { expectConsistent, refused } from "../../../kit/checks.ts";
import { addStock } from "../../../kit/world.ts";
import { type TaggedWorld, treeFixtures } from "./fixtures.ts";

/**
 * Rules of nested-order planning that hand-picked trees once got wrong: stock left after a covered line, on order
 * counted once, shortages per order and product, undone orders brought along by a release, other trees' stock
 * counted as they draw it, warehouse stock transferred once, orphans out of the tree, assembly orders' components
 * never bought. Each test builds its own small world (`tag`) at its own shop floor.
 */

const fixtures = treeFixtures();
const { taggedWorld, order, authorize, authorizedOrder, release, undo, voidOrder } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

/** The test's own world, planned under `policy` (a setting of the whole database, so each test sets its own). */
async function world(tag: string, policy: QuantityPolicy = "QUANTITY_REQUIRED") {
  await kit.db.prisma.settings.update({ where: { id: 1 }, data: { quantityPolicy: policy } });
  return taggedWorld(tag);
}

/** The orders below `rootId` as "SKU quantity STATUS", by id. */
async function nested(w: TaggedWorld, rootId: number) {
  const orders = await kit.db.prisma.productionOrder.findMany({
    where: { ancestorIds: { has: rootId } },
    include: { lines: true },
    orderBy: { id: "asc" },
  });
  return orders.map(
    (row) =>
      `${w.sku(row.lines[0]?.productId ?? 0)} ${dec(row.lines[0]?.quantity ?? 0).toFixed()} ${row.status}`,
  );
}

/** Transfer and purchase lines linked to production orders of the world, as "transfer L 2" / "purchase L 1". */
async function supplies(w: TaggedWorld, orderIds: number[]) {
  const transfers = await kit.db.prisma.transferOrder.findMany({
    where: { productionOrderId: { in: orderIds }, status: { not: "VOIDED" } },
    include: { lines: true },
    orderBy: { id: "asc" },
  });
  const purchases = await kit.db.prisma.purchaseOrder.findMany({
    where: { productionOrderId: { in: orderIds }, status: { not: "VOIDED" } },
    include: { lines: true },
    orderBy: { id: "asc" },
  });
  const name = (orderId: number | null) => `#${orderIds.indexOf(orderId ?? 0)}`;
  // By order, transfers before purchases.
  return [
    ...transfers.flatMap((transfer) =>
      transfer.lines.map(
        (line) =>
          `${name(transfer.productionOrderId)} transfer ${w.sku(line.productId)} ${dec(line.quantity)}`,
      ),
    ),
    ...purchases.flatMap((purchase) =>
      purchase.lines.map(
        (line) =>
          `${name(purchase.productionOrderId)} purchase ${w.sku(line.productId)} ${dec(line.quantity)}`,
      ),
    ),
  ].sort((a, b) => a.split(" ")[0]?.localeCompare(b.split(" ")[0] ?? "") ?? 0);
}

/** A release's components nobody was asked to supply, as [order id, SKU, quantity, reason]. */
const unorderedRows = (w: TaggedWorld, unordered: Awaited<ReturnType<typeof release>>["unordered"]) =>
  unordered.map((entry) => [entry.orderId, w.sku(entry.product.id), entry.quantity.toFixed(), entry.reason]);

describe("stock is counted once, whatever the policy", () => {
  it("SHORTAGE_ONLY keeps the stock a covered line left for the next line", async () => {
    const w = await world("shortage-only-rest", "SHORTAGE_ONLY");
    const c = await w.product("C", { supplier: true });
    const b = await w.made("B", [[c, "1"]]);
    const bomA = await w.bom(await w.product("A"), [
      [b, "1"],
      [b, "1"],
    ]);
    await addStock(kit, b, w.floor, "5");
    const top = await authorizedOrder(w, bomA);
    // 5 B cover both lines (1 + 1): no nested order.
    expect(await nested(w, top.id)).toEqual([]);
    await expectConsistent(kit);
  });

  it("REQUIRED_PLUS_MIN_STOCK counts on order for the first demand only once: later demands make their shortfall", async () => {
    const w = await world("min-stock-on-order", "REQUIRED_PLUS_MIN_STOCK");
    const c = await w.product("C", { supplier: true });
    const b = await w.product("B", { supplier: true });
    await w.bom(b, [[c, "1"]]);
    const bomA = await w.bom(await w.product("A"), [
      [b, "3"],
      [b, "3"],
    ]);
    // 2 B on order (an ORDERED purchase), none available.
    await kit.db.transaction(async (tx) => {
      const purchase = await createPurchaseOrder(tx, null, {
        supplierId: w.supplier,
        locationId: w.floor,
        lines: [{ productId: b, quantity: "2" }],
      });
      await placePurchaseOrder(tx, null, purchase.id);
    });
    const top = await authorizedOrder(w, bomA);
    // First demand: 3 - (0 + 2 on order) = 1; the second: its plain shortfall, 3.
    expect(await nested(w, top.id)).toEqual(["B 1 PLANNED", "B 3 PLANNED"]);
    await expectConsistent(kit);
  });

  it("another tree's allocation counts only what it draws from stock, not what its own nested order makes", async () => {
    const w = await world("rival-nested");
    const c = await w.product("C", { supplier: true });
    const b = await w.made("B", [[c, "1"]]);
    const bomA = await w.bom(await w.product("A"), [[b, "2"]]);
    await addStock(kit, b, w.floor, "3");
    const first = await authorizedOrder(w, bomA);
    expect(await nested(w, first.id)).toEqual([]);
    const second = await authorizedOrder(w, bomA);
    // The last B in stock, and a nested order for the other.
    expect(await nested(w, second.id)).toEqual(["B 1 PLANNED"]);
    // Releasing the first: its plan has not changed (it still has its 2 B), so no PLAN_CHANGED.
    await release(first.id);
    expect(await nested(w, first.id)).toEqual([]);
    // And the second, released after, finds its plan unchanged too.
    await release(second.id);
    expect(await nested(w, second.id)).toEqual(["B 1 RELEASED"]);
    await expectConsistent(kit);
  });
});

describe("releasing supplies each shortage once", () => {
  it("reports a component without a supplier once per order and product, with its whole shortage", async () => {
    const w = await world("unordered-total");
    const u = await w.product("U");
    const bomA = await w.bom(await w.product("A"), [
      [u, "1"],
      [u, "3"],
    ]);
    const top = await authorizedOrder(w, bomA);
    const { unordered } = await release(top.id);
    expect(unorderedRows(w, unordered)).toEqual([[top.id, "U", "4", "NO_SUPPLIER"]]);
  });

  /** Two trees of 1 A (2 L each) planned in turn over 3 L at the warehouse: the second is short 1 L. */
  for (const [name, firstReleased] of [
    [
      "two releases never transfer the same warehouse stock: the second transfers what is left and buys the rest",
      0,
    ],
    ["serves trees in the order they were planned, whichever is released first", 1],
  ] as const) {
    it(name, async () => {
      const w = await world(`warehouse-once-${firstReleased}`);
      const l = await w.product("L", { supplier: true });
      const bomA = await w.bom(await w.product("A"), [[l, "2"]]);
      await addStock(kit, l, w.warehouse, "3");
      const trees = [(await order(w, bomA)).id, (await order(w, bomA)).id];
      for (const id of trees) await authorize(id);
      await release(trees[firstReleased] as number);
      await release(trees[1 - firstReleased] as number);
      expect(await supplies(w, trees)).toEqual(["#0 transfer L 2", "#1 transfer L 1", "#1 purchase L 1"]);
      await expectConsistent(kit);
    });
  }

  it("releasing again after an undo orders nothing twice", async () => {
    const w = await world("release-twice");
    const l = await w.product("L", { supplier: true });
    const bomA = await w.bom(await w.product("A"), [[l, "2"]]);
    await addStock(kit, l, w.warehouse, "1");
    const top = await authorizedOrder(w, bomA);
    await release(top.id);
    await undo(top.id);
    await release(top.id);
    expect(await supplies(w, [top.id])).toEqual(["#0 transfer L 1", "#0 purchase L 1"]);
    await expectConsistent(kit);
  });

  it("buys and transfers nothing for an assembly order's components: their shortage is reported as the assembly order's", async () => {
    const w = await world("assembly-components");
    const g = await w.product("G", { supplier: true });
    const h = await w.product("H", { supplier: true });
    const f = await w.made(
      "F",
      [
        [g, "2"],
        [h, "1"],
      ],
      "ASSEMBLY",
    );
    const bomA = await w.bom(await w.product("A"), [[f, "1"]]);
    await addStock(kit, g, w.floor, "1");
    await addStock(kit, h, w.warehouse, "5");
    const top = await authorizedOrder(w, bomA);
    const [assembly] = await kit.db.prisma.productionOrder.findMany({ where: { parentId: top.id } });
    expect(assembly?.kind).toBe("ASSEMBLY");
    const { unordered } = await release(top.id);
    expect(await supplies(w, [top.id, assembly?.id as number])).toEqual([]);
    // G: 1 of 2 at the floor; H: none at the floor (the warehouse's 5 are not transferred automatically).
    expect(unorderedRows(w, unordered)).toEqual([
      [assembly?.id, "G", "1", "ASSEMBLY_ORDER"],
      [assembly?.id, "H", "1", "ASSEMBLY_ORDER"],
    ]);
    await expectConsistent(kit);
  });
});

describe("the tree a release moves", () => {
  it("brings a nested order undone to DRAFT along: planned again, then released with its supplies", async () => {
    const w = await world("undone-draft");
    const m = await w.product("M", { supplier: true });
    const b = await w.made("B", [[m, "1"]]);
    const bomA = await w.bom(await w.product("A"), [[b, "2"]]);
    const top = await authorizedOrder(w, bomA);
    const [child] = await kit.db.prisma.productionOrder.findMany({ where: { parentId: top.id } });
    await undo(child?.id as number);
    expect(await nested(w, top.id)).toEqual(["B 2 DRAFT"]);
    await release(top.id);
    expect(await nested(w, top.id)).toEqual(["B 2 RELEASED"]);
    expect(await supplies(w, [top.id, child?.id as number])).toEqual(["#1 purchase M 2"]);
    const components = await kit.db.prisma.productionOrderComponent.findMany({
      where: { orderId: child?.id },
    });
    expect(components.map((component) => dec(component.allocatedQuantity).toFixed())).toEqual(["2"]);
    await expectConsistent(kit);
  });

  it("leaves the orders below a voided order out: releasing the root makes and buys only what its new plan needs", async () => {
    const w = await world("voided-middle");
    const x = await w.product("X", { supplier: true });
    const e = await w.made("E", [[x, "1"]]);
    const b = await w.made("B", [[e, "1"]]);
    const bomA = await w.bom(await w.product("A"), [[b, "1"]]);
    const top = await authorizedOrder(w, bomA);
    const [bOrder] = await kit.db.prisma.productionOrder.findMany({ where: { parentId: top.id } });
    const [eOrder] = await kit.db.prisma.productionOrder.findMany({ where: { parentId: bOrder?.id } });
    await voidOrder(bOrder?.id as number);

    const errors = await refused(release(top.id));
    expect(errors.map((error) => [error.code, error.planChanges?.map((change) => change.change)])).toEqual([
      ["PLAN_CHANGED", ["NEW"]],
    ]);
    await release(top.id, { planChoice: "RECALCULATE" });
    // The orphaned E keeps its status; the new B' and E' are released; X is bought once, for E'.
    expect(await nested(w, top.id)).toEqual(["B 1 VOIDED", "E 1 PLANNED", "B 1 RELEASED", "E 1 RELEASED"]);
    const fresh = await kit.db.prisma.productionOrder.findMany({
      where: { ancestorIds: { has: top.id }, id: { notIn: [bOrder?.id as number, eOrder?.id as number] } },
      orderBy: { id: "asc" },
    });
    const ids = [top.id, bOrder?.id, eOrder?.id, ...fresh.map((row) => row.id)] as number[];
    expect(await supplies(w, ids)).toEqual(["#4 purchase X 1"]);
    await expectConsistent(kit);
  });
});
