import { describe, expect, it } from "vitest";
import { dec } from "../../../../src/domain/decimal.ts";
import { applyReorderSuggestions } from "../../../../src/domain/orders/reorder.ts";
import { authorizeSalesOrder, createSalesOrder } from "../../../../src/domain/orders/sales.ts";
import type { TestKit } from "../../../kit/app.ts";
import { expectConsistent, refused } from "../../../kit/checks.ts";
import { addStock } from "../../../kit/world.ts";
import { NO_STOCK_TREE, rows, type Tree, treeFixtures } from "./fixtures.ts";

/** Trees made by other actions than authorizing: reorder suggestions draft them, sales orders plan them. */

const fixtures = treeFixtures();
const { buildTree, authorize, treeOf } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

describe("orders from reorder suggestions", () => {
  /** Applies A's reorder suggestion at the tree's shop floor: one DRAFT order for A. */
  async function reorderA(tree: Tree) {
    await kit.db.prisma.product.update({ where: { id: tree.ids.A }, data: { minBeforeReorder: 1 } });
    const applied = await kit.db.transaction((tx) =>
      applyReorderSuggestions(tx, null, () => true, { productIds: [tree.ids.A], locationId: tree.floor }),
    );
    const [order] = applied.productionOrders;
    if (!order) throw new Error("no production order for A");
    return order;
  }

  it("come with their whole tree as DRAFT, holding nothing; authorizing the root plans all of it", async () => {
    const tree = await buildTree("reorder");
    const a = await reorderA(tree);
    expect(a.status).toBe("DRAFT");
    const drafted = await treeOf(tree, a.id);
    // The tree authorizing would make (the first worked case), every order DRAFT.
    expect(rows(drafted)).toEqual(NO_STOCK_TREE);
    expect(new Set(drafted.map((entry) => entry.status))).toEqual(new Set(["DRAFT"]));
    const allocated = () =>
      kit.db.prisma.productionOrderComponent.findMany({
        where: { order: { OR: [{ id: a.id }, { rootId: a.id }] } },
        select: { requiredQuantity: true, allocatedQuantity: true },
      });
    expect((await allocated()).every((component) => dec(component.allocatedQuantity).isZero())).toBe(true);
    await expectConsistent(kit);

    await authorize(a.id);
    const planned = await treeOf(tree, a.id);
    expect(planned.map((entry) => [entry.id, entry.row])).toEqual(
      drafted.map((entry) => [entry.id, entry.row]),
    );
    expect(new Set(planned.map((entry) => entry.status))).toEqual(new Set(["PLANNED"]));
    expect(
      (await allocated()).every((component) =>
        dec(component.allocatedQuantity).eq(component.requiredQuantity),
      ),
    ).toBe(true);
    const events = await kit.db.prisma.event.findMany({
      where: { type: "PRODUCTION_ORDER_PLANNED", rootOrderId: a.id },
    });
    expect(events).toHaveLength(planned.length + 1);
    await expectConsistent(kit);
  });

  it("asks for a choice when stock changed since the draft; RECALCULATE leaves unneeded orders DRAFT, as surplus", async () => {
    const tree = await buildTree("reorder-changed");
    const a = await reorderA(tree);
    await addStock(kit, tree.ids.B, tree.floor, "2");
    const errors = await refused(authorize(a.id));
    expect(errors).toEqual([expect.objectContaining({ code: "PLAN_CHANGED", field: ["planChoice"] })]);

    await authorize(a.id, { planChoice: "RECALCULATE" });
    const orders = await treeOf(tree, a.id);
    const summary = orders.map(
      (entry) => `${entry.row}: ${entry.status}${entry.order.surplus ? " surplus" : ""}`,
    );
    expect(summary.sort()).toEqual(
      [
        "B 1 under A component 0: DRAFT surplus",
        "B 1 under A component 1: DRAFT surplus",
        "C 1 under A component 2: PLANNED",
        "F 1 (assembly) under A component 3: PLANNED",
        "E 1 under B component 0: DRAFT surplus",
        "E 1 under B component 0: DRAFT surplus",
      ].sort(),
    );
    await expectConsistent(kit);
  });
});

describe("orders from sales orders", () => {
  it("make the quantity the policy gives for the sold product, with its whole tree", async () => {
    const tree = await buildTree("sales");
    await addStock(kit, tree.ids.A, tree.warehouse, "1");
    const customer = await kit.db.prisma.customer.create({ data: { name: "sales customer" } });
    await kit.db.prisma.settings.update({
      where: { id: 1 },
      data: { salesOrderProductionStatus: "PLANNED" },
    });
    try {
      const sale = await kit.db.transaction((tx) =>
        createSalesOrder(tx, null, {
          customerId: customer.id,
          locationId: tree.warehouse,
          lines: [{ productId: tree.ids.A, quantity: "3" }],
        }),
      );
      await kit.db.transaction((tx) => authorizeSalesOrder(tx, null, sale.id));
      // QUANTITY_REQUIRED: 3 sold - 1 available at the warehouse = 2 to make, at its connected shop floor.
      const [made] = await kit.db.prisma.productionOrder.findMany({
        where: { salesOrderId: sale.id },
        include: { lines: true },
      });
      expect([made?.status, made?.locationId, dec(made?.lines[0]?.quantity ?? 0).toFixed()]).toEqual([
        "PLANNED",
        tree.floor,
        "2",
      ]);
      expect(rows(await treeOf(tree, made?.id ?? 0)).filter((row) => row.startsWith("B"))).toEqual([
        "B 2 under A component 0",
        "B 2 under A component 1",
      ]);
    } finally {
      await kit.db.prisma.settings.update({ where: { id: 1 }, data: { salesOrderProductionStatus: null } });
    }
  });
});
