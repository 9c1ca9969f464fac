import { describe, expect, it } from "vitest";
import { dec } from "../../../../src/domain/decimal.ts";
import type { QuantityPolicy } from "../../../../src/generated/prisma/enums.ts";
import type { TestKit } from "../../../kit/app.ts";
import { expectConsistent, refused, written } from "../../../kit/checks.ts";
import { addStock } from "../../../kit/world.ts";
import { NO_STOCK_TREE, rows, TOP_ATTRIBUTES, TOP_TAGS, treeFixtures } from "./fixtures.ts";

const fixtures = treeFixtures();
const { buildTree, createA, authorize, authorizedTree, release, treeOf } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

describe("authorizing explodes the order into a tree of nested orders", () => {
  it("with no stock: one order per component line, recursively, and releasing covers the bought parts", async () => {
    const { tree, a } = await authorizedTree("none");

    const nested = await treeOf(tree, a.id);
    expect(rows(nested)).toEqual(NO_STOCK_TREE);
    // The phantom's component sits in A's own component list.
    const components = await kit.db.prisma.productionOrderComponent.findMany({
      where: { orderId: a.id },
      orderBy: { position: "asc" },
    });
    expect(components.map((component) => tree.sku(component.productId))).toEqual(["B", "B", "C", "F", "P1"]);
    // The two E orders hang under different B orders.
    const eParents = nested.filter((entry) => entry.row.startsWith("E")).map((entry) => entry.order.parentId);
    expect(new Set(eParents).size).toBe(2);
    for (const { order } of nested) {
      expect(order).toMatchObject({
        status: "PLANNED",
        rootId: a.id,
        locationId: tree.floor,
        tags: TOP_TAGS,
        attributes: TOP_ATTRIBUTES,
      });
      expect(order.ancestorIds[0]).toBe(a.id);
      expect(order.ancestorIds.at(-1)).toBe(order.parentId);
    }
    await expectConsistent(kit);

    const { unordered } = await release(a.id);
    const released = await treeOf(tree, a.id);
    expect(released.map((entry) => entry.status)).toEqual(released.map(() => "RELEASED"));
    const cOrder = released.find((entry) => entry.row.startsWith("C"))?.order;
    const purchases = await kit.db.prisma.purchaseOrder.findMany({
      where: { supplierId: tree.supplier },
      include: { lines: true },
    });
    const lPurchase = purchases.find((purchase) =>
      purchase.lines.some((line) => line.productId === tree.ids.L),
    );
    expect(lPurchase?.productionOrderId).toBe(cOrder?.id);
    expect(lPurchase?.lines.map((line) => dec(line.quantity).toFixed())).toEqual(["1"]);
    // M for each E order, P1 for A: every bought shortage has its purchase, linked to the order it covers.
    expect(purchases.map((purchase) => purchase.productionOrderId).sort()).toEqual(
      [
        a.id,
        cOrder?.id,
        ...released.filter((entry) => entry.row.startsWith("E")).map((entry) => entry.id),
      ].sort(),
    );
    // G has no supplier: reported, and the release went ahead.
    const fOrder = released.find((entry) => entry.row.startsWith("F"))?.order;
    expect(
      unordered.map((entry) => [entry.orderId, tree.sku(entry.product.id), entry.quantity.toFixed()]),
    ).toEqual([[fOrder?.id, "G", "1"]]);
    await expectConsistent(kit);
  });

  /**
   * One of everything in stock at the shop floor; B keeps at least 2 (min before reorder) and reorders 1.
   * Demands are served level by level, lines in order: A's first B line, its second, C, F; then the B orders' E.
   *
   * QUANTITY_REQUIRED (need - available):       B line 0: 1 - 1 = 0; B line 1: 1 - 0 = 1; C: 0; F: 0;
   *                                             E under the B order: 1 - 1 = 0.
   * SHORTAGE_ONLY (need - max(available, 0)):   the same (nothing is negative).
   * REQUIRED_PLUS_MIN_STOCK (first demand: need + min + reorder - (available + on order); later: shortfall):
   *                                             B line 0: 1 + 2 + 1 - (1 + 0) = 3, leaving 0 for later lines;
   *                                             B line 1: 1 - 0 = 1; C: 1 + 0 - 1 = 0; F: 0;
   *                                             E under B 3: 3 + 0 - (1 + 0) = 2; E under B 1: 1 - 0 = 1.
   */
  const expected: Record<QuantityPolicy, string[]> = {
    QUANTITY_REQUIRED: ["B 1 under A component 1"],
    SHORTAGE_ONLY: ["B 1 under A component 1"],
    REQUIRED_PLUS_MIN_STOCK: [
      "B 3 under A component 0",
      "B 1 under A component 1",
      "E 2 under B component 0",
      "E 1 under B component 0",
    ],
  };
  for (const [policy, table] of Object.entries(expected) as [QuantityPolicy, string[]][]) {
    it(`with one of everything in stock, ${policy} makes the quantities of its formula`, async () => {
      const tree = await buildTree(`one-${policy}`);
      await kit.db.prisma.product.update({
        where: { id: tree.ids.B },
        data: { minBeforeReorder: 2, reorderQuantity: 1 },
      });
      for (const id of Object.values(tree.ids)) await addStock(kit, id, tree.floor, "1");
      await kit.db.prisma.settings.update({ where: { id: 1 }, data: { quantityPolicy: policy } });
      try {
        const a = await createA(tree);
        await authorize(a.id);
        expect(rows(await treeOf(tree, a.id))).toEqual([...table].sort());
        // The E orders of REQUIRED_PLUS_MIN_STOCK: the 2 under the B order of 3, the 1 under the B order of 1.
        for (const { order, row } of await treeOf(tree, a.id)) {
          if (!row.startsWith("E")) continue;
          const parentLine = await kit.db.prisma.productionOrderLine.findFirstOrThrow({
            where: { orderId: order.parentId as number },
          });
          expect(row.startsWith(`E ${dec(parentLine.quantity).eq(3) ? 2 : 1} `)).toBe(true);
        }
        await expectConsistent(kit);
      } finally {
        await kit.db.prisma.settings.update({
          where: { id: 1 },
          data: { quantityPolicy: "QUANTITY_REQUIRED" },
        });
      }
    });
  }

  it("counts stock at the connected warehouse and transfers it to the shop floor on release", async () => {
    const tree = await buildTree("warehouse-b");
    await addStock(kit, tree.ids.B, tree.warehouse, "1");
    const a = await createA(tree);
    await authorize(a.id);
    expect(rows(await treeOf(tree, a.id))).toEqual(
      [
        "B 1 under A component 1",
        "C 1 under A component 2",
        "E 1 under B component 0",
        "F 1 (assembly) under A component 3",
      ].sort(),
    );
    await release(a.id);
    const transfers = await kit.db.prisma.transferOrder.findMany({
      where: { productionOrderId: a.id },
      include: { lines: true },
    });
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({
      fromLocationId: tree.warehouse,
      toLocationId: tree.floor,
      status: "DRAFT",
    });
    expect(
      transfers[0]?.lines.map((line) => [tree.sku(line.productId), dec(line.quantity).toFixed()]),
    ).toEqual([["B", "1"]]);
    await expectConsistent(kit);
  });

  it("splits a nested order by the product's maximum batch size", async () => {
    const tree = await buildTree("batches");
    await kit.db.prisma.product.update({ where: { id: tree.ids.B }, data: { maxBatchSize: 2 } });
    const a = await createA(tree, "5");
    await authorize(a.id);
    const bs = rows(await treeOf(tree, a.id)).filter((row) => row.startsWith("B"));
    expect(bs).toEqual(
      [
        "B 2 under A component 0",
        "B 2 under A component 0",
        "B 1 under A component 0",
        "B 2 under A component 1",
        "B 2 under A component 1",
        "B 1 under A component 1",
      ].sort(),
    );
  });

  it("is all-or-nothing: a failure deep in the tree leaves no order, allocation or event behind", async () => {
    const tree = await buildTree("deep-failure");
    // M (three levels down, under A > B > E) must now be produced, but has no production BOM.
    await kit.db.prisma.product.update({ where: { id: tree.ids.M }, data: { replenishment: "PRODUCE" } });
    const a = await createA(tree);
    const before = await written(kit);
    const errors = await refused(authorize(a.id));
    expect(errors).toEqual([
      expect.objectContaining({
        code: "MISSING_BOM",
        field: ["id"],
        message: expect.stringContaining("deep-failure-M"),
      }),
    ]);
    expect(await written(kit)).toEqual(before);
    expect((await kit.db.prisma.productionOrder.findUniqueOrThrow({ where: { id: a.id } })).status).toBe(
      "DRAFT",
    );
  });

  it("refuses a tree that the BOMs turned into a cycle since the order was made", async () => {
    const tree = await buildTree("cycle");
    const a = await createA(tree);
    // A's snapshot still uses B; A's BOM drops B, which lets B's BOM take A without a cycle in the BOMs.
    await kit.db.prisma.bomLine.deleteMany({ where: { bomId: tree.bomA, componentId: tree.ids.B } });
    const bBom = await kit.db.prisma.bomDefault.findFirstOrThrow({ where: { productId: tree.ids.B } });
    await kit.db.prisma.bomLine.create({
      data: { bomId: bBom.bomId, componentId: tree.ids.A, quantity: 1, position: 5 },
    });
    const before = await written(kit);
    const errors = await refused(authorize(a.id));
    expect(errors[0]).toMatchObject({ code: "CYCLE", field: ["id"] });
    expect(errors[0]?.message).toContain("cycle-A > cycle-B > cycle-A");
    expect(await written(kit)).toEqual(before);
  });
});
