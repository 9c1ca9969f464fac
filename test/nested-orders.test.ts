import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dec } from "../src/domain/decimal.ts";
import { createProductionOrder } from "../src/domain/orders/production/create.ts";
import {
  authorizeProductionOrder,
  releaseProductionOrder,
  undoProductionOrder,
  voidProductionOrder,
} from "../src/domain/orders/production/transitions.ts";
import { applyReorderSuggestions } from "../src/domain/orders/reorder.ts";
import { authorizeSalesOrder, createSalesOrder } from "../src/domain/orders/sales.ts";
import type { BomKind, QuantityPolicy } from "../src/generated/prisma/enums.ts";
import { graphql } from "./graphql/index.ts";
import { createTestKit, type TestKit } from "./kit/app.ts";
import { globalId } from "./kit/ids.ts";
import { addStock, expectConsistent, refused, written } from "./kit/orders.ts";

/**
 * The worked cases of nested production orders. A finished product A uses sub-assembly B in two lines, C, an
 * assembly F (not auto-assembled) and a phantom P (its component P1 lands in A's components); B uses E, E uses
 * the bought M, C uses the bought L, F the bought G (no supplier). Each test builds its own copy (`tag`) at its
 * own shop floor, so tests do not share stock.
 */

let kit: TestKit;
beforeAll(async () => {
  kit = await createTestKit();
});
afterAll(() => kit.close());

interface Tree {
  floor: number;
  warehouse: number;
  supplier: number;
  ids: Record<"A" | "B" | "C" | "E" | "F" | "P" | "P1" | "L" | "M" | "G", number>;
  bomA: number;
  sku: (id: number) => string;
}

async function buildTree(tag: string): Promise<Tree> {
  const prisma = kit.db.prisma;
  const warehouse = (await prisma.location.create({ data: { name: `${tag} warehouse`, kind: "WAREHOUSE" } }))
    .id;
  const floor = (
    await prisma.location.create({
      data: { name: `${tag} floor`, kind: "SHOP_FLOOR", connectedWarehouseId: warehouse },
    })
  ).id;
  const supplier = (await prisma.supplier.create({ data: { name: `${tag} supplier` } })).id;
  const skus = new Map<number, string>();
  const product = async (sku: string, data: { primarySupplierId?: number } = {}) => {
    const id = (await prisma.product.create({ data: { sku: `${tag}-${sku}`, name: sku, ...data } })).id;
    skus.set(id, sku);
    return id;
  };
  const bom = async (productId: number, kind: BomKind, lines: number[], autoAssemble = false) => {
    const created = await prisma.bom.create({
      data: {
        productId,
        kind,
        name: `${skus.get(productId)} ${kind}`,
        autoAssemble,
        lines: { create: lines.map((componentId, position) => ({ componentId, quantity: 1, position })) },
      },
    });
    await prisma.bomDefault.create({ data: { productId, kind, bomId: created.id } });
    return created.id;
  };
  const ids = {
    L: await product("L", { primarySupplierId: supplier }),
    M: await product("M", { primarySupplierId: supplier }),
    P1: await product("P1", { primarySupplierId: supplier }),
    G: await product("G"),
    A: await product("A"),
    B: await product("B"),
    C: await product("C"),
    E: await product("E"),
    F: await product("F"),
    P: await product("P"),
  };
  await bom(ids.E, "PRODUCTION", [ids.M]);
  await bom(ids.B, "PRODUCTION", [ids.E]);
  await bom(ids.C, "PRODUCTION", [ids.L]);
  await bom(ids.F, "ASSEMBLY", [ids.G]);
  await bom(ids.P, "ASSEMBLY", [ids.P1], true);
  const bomA = await bom(ids.A, "PRODUCTION", [ids.B, ids.B, ids.C, ids.F, ids.P]);
  return { floor, warehouse, supplier, ids, bomA, sku: (id) => skus.get(id) ?? String(id) };
}

async function createA(tree: Tree, quantity = "1", extra: Record<string, unknown> = {}) {
  return kit.db.transaction((tx) =>
    createProductionOrder(tx, null, {
      locationId: tree.floor,
      lines: [{ bomId: tree.bomA, quantity }],
      tags: ["rush"],
      attributes: { customerRef: "X-1" },
      ...extra,
    }),
  );
}

const authorize = (id: number, input?: unknown) =>
  kit.db.transaction((tx) => authorizeProductionOrder(tx, null, id, input));
const release = (id: number, input?: unknown) =>
  kit.db.transaction((tx) => releaseProductionOrder(tx, null, id, input));

/** The tree below `rootId` as "SKU quantity (kind) under PARENT-SKU line N", sorted, for comparing with tables. */
async function treeOf(tree: Tree, rootId: number) {
  const orders = await kit.db.prisma.productionOrder.findMany({
    where: { rootId },
    include: { lines: true, parentComponent: true, parent: { include: { lines: true } } },
    orderBy: { id: "asc" },
  });
  return orders.map((order) => {
    const line = order.lines[0];
    const parentLine = order.parent?.lines[0];
    return {
      id: order.id,
      status: order.status,
      row:
        `${tree.sku(line?.productId ?? 0)} ${dec(line?.quantity ?? 0).toFixed()}` +
        `${order.kind === "ASSEMBLY" ? " (assembly)" : ""} under ${tree.sku(parentLine?.productId ?? 0)}` +
        ` component ${order.parentComponent?.position}`,
      order,
    };
  });
}

const rows = (entries: { row: string }[]) => entries.map((entry) => entry.row).sort();

/** The first worked case: 1 A with no stock anywhere, QUANTITY_REQUIRED. */
const NO_STOCK_TREE = [
  "B 1 under A component 0",
  "B 1 under A component 1",
  "C 1 under A component 2",
  "F 1 (assembly) under A component 3",
  "E 1 under B component 0",
  "E 1 under B component 0",
].sort();

describe("authorizing explodes the order into a tree of nested orders", () => {
  it("with no stock: one order per component line, recursively, and releasing covers the bought parts", async () => {
    const tree = await buildTree("none");
    const a = await createA(tree);
    await authorize(a.id);

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
        tags: ["rush"],
        attributes: { customerRef: "X-1" },
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

describe("dates", () => {
  /** B: 60 setup + 30 per unit = 90 minutes of a 480-minute day = 0.1875 days; E 2 days and A 1 day lead time. */
  async function timedTree(tag: string) {
    const tree = await buildTree(tag);
    const resource = await kit.db.prisma.resource.create({
      data: { name: `${tag} press`, capacityMinutesPerDay: 480 },
    });
    const bBom = await kit.db.prisma.bomDefault.findFirstOrThrow({ where: { productId: tree.ids.B } });
    await kit.db.prisma.bomOperation.create({
      data: {
        bomId: bBom.bomId,
        sequence: 1,
        name: "press",
        resourceId: resource.id,
        setupMinutes: 60,
        minutesPerUnit: 30,
      },
    });
    await kit.db.prisma.product.update({ where: { id: tree.ids.E }, data: { leadTimeDays: 2 } });
    await kit.db.prisma.product.update({ where: { id: tree.ids.A }, data: { leadTimeDays: 1 } });
    return tree;
  }

  it("schedules nested orders backwards from the parent's start and flags starts in the past as late", async () => {
    const tree = await timedTree("dates");
    const day = 86_400_000;
    const requiredBy = new Date(Date.UTC(2030, 0, 10));
    const a = await createA(tree, "1", { requiredByDate: requiredBy.toISOString() });
    await authorize(a.id);
    const root = await kit.db.prisma.productionOrder.findUniqueOrThrow({ where: { id: a.id } });
    expect(root.startDate?.getTime()).toBe(requiredBy.getTime() - day);
    expect(root.late).toBe(false);
    const nested = await treeOf(tree, a.id);
    const b = nested.find((entry) => entry.row.startsWith("B"))?.order;
    const e = nested.find((entry) => entry.order.parentId === b?.id)?.order;
    expect(b?.requiredByDate?.getTime()).toBe(requiredBy.getTime() - day);
    expect(b?.startDate?.getTime()).toBe(requiredBy.getTime() - day - 0.1875 * day);
    expect(e?.requiredByDate?.getTime()).toBe(b?.startDate?.getTime());
    expect(e?.startDate?.getTime()).toBe((b?.startDate?.getTime() ?? 0) - 2 * day);
    expect(nested.every((entry) => !entry.order.late)).toBe(true);

    // Required in 30 hours: A starts in 6, B 4.5 hours before it, E 2 days before B: late; nothing is moved.
    const tomorrow = new Date(Date.now() + day + 6 * 3_600_000);
    const soonTree = await timedTree("dates-soon");
    const soon = await createA(soonTree, "1", { requiredByDate: tomorrow.toISOString() });
    await authorize(soon.id);
    const soonOrders = await treeOf(soonTree, soon.id);
    expect(
      soonOrders
        .filter((entry) => entry.order.late)
        .map((entry) => entry.row.split(" ")[0])
        .sort(),
    ).toEqual(["E", "E"]);
    const soonRoot = await kit.db.prisma.productionOrder.findUniqueOrThrow({ where: { id: soon.id } });
    expect(soonRoot.startDate?.getTime()).toBe(tomorrow.getTime() - day);
  });

  it("refuses to schedule on a resource without capacity", async () => {
    const tree = await buildTree("zero-capacity");
    const resource = await kit.db.prisma.resource.create({
      data: { name: "broken press", capacityMinutesPerDay: 0 },
    });
    const bBom = await kit.db.prisma.bomDefault.findFirstOrThrow({ where: { productId: tree.ids.B } });
    await kit.db.prisma.bomOperation.create({
      data: { bomId: bBom.bomId, sequence: 1, name: "press", resourceId: resource.id, minutesPerUnit: 5 },
    });
    const a = await createA(tree);
    const before = await written(kit);
    const errors = await refused(authorize(a.id));
    expect(errors[0]).toMatchObject({ code: "INVALID_INPUT" });
    expect(errors[0]?.message).toContain("broken press");
    expect(await written(kit)).toEqual(before);
  });
});

const ReleaseWithChoice = graphql(`
  mutation NestedRelease($id: ID!, $planChoice: PlanChoice) {
    productionOrderRelease(id: $id, planChoice: $planChoice) {
      productionOrder { status }
      unorderedComponents { product { sku } quantity }
      userErrors {
        code
        field
        planChanges { change order { number } parentOrder { number } product { sku } before after }
      }
    }
  }
`);

describe("re-checking the plan at release", () => {
  it("returns the differences as a typed error, and KEEP releases the tree as it was", async () => {
    const tree = await buildTree("keep");
    const a = await createA(tree);
    await authorize(a.id);
    await addStock(kit, tree.ids.C, tree.floor, "1");
    const id = globalId("ProductionOrder", a.id);
    const cOrder = (await treeOf(tree, a.id)).find((entry) => entry.row.startsWith("C"))?.order;

    const before = await written(kit);
    const refusedRelease = await kit.execute(ReleaseWithChoice, { id });
    expect(refusedRelease.data?.productionOrderRelease).toEqual({
      productionOrder: null,
      unorderedComponents: [],
      userErrors: [
        {
          code: "PLAN_CHANGED",
          field: ["planChoice"],
          planChanges: [
            {
              change: "SURPLUS",
              order: { number: `MO-${String(cOrder?.id).padStart(5, "0")}` },
              parentOrder: { number: `MO-${String(a.id).padStart(5, "0")}` },
              product: { sku: "keep-C" },
              before: "1",
              after: null,
            },
          ],
        },
      ],
    });
    expect(await written(kit)).toEqual(before);

    const kept = await kit.execute(ReleaseWithChoice, { id, planChoice: "KEEP" });
    expect(kept.data?.productionOrderRelease?.userErrors).toEqual([]);
    expect((await treeOf(tree, a.id)).map((entry) => entry.status)).toEqual(Array(6).fill("RELEASED"));
    await expectConsistent(kit);
  });

  it("refuses a choice when nothing changed", async () => {
    const tree = await buildTree("no-change");
    const a = await createA(tree);
    await authorize(a.id);
    const before = await written(kit);
    const errors = await refused(release(a.id, { planChoice: "RECALCULATE" }));
    expect(errors).toEqual([expect.objectContaining({ code: "INVALID_INPUT", field: ["planChoice"] })]);
    expect(await written(kit)).toEqual(before);
  });

  it("RECALCULATE resizes the orders not yet released and marks the unneeded ones surplus", async () => {
    const tree = await buildTree("recalculate");
    const a = await createA(tree, "3");
    await authorize(a.id);
    // 1 B arrives: the first B line now needs 2 more (and its E 2); C arrives in full: C's order is surplus.
    await addStock(kit, tree.ids.B, tree.floor, "1");
    await addStock(kit, tree.ids.C, tree.floor, "3");
    const changes = (await refused(release(a.id)))[0]?.planChanges ?? [];
    expect(
      changes
        .map((change) => `${change.change} ${tree.sku(change.productId)} ${change.before}->${change.after}`)
        .sort(),
    ).toEqual(["QUANTITY B 3->2", "QUANTITY E 3->2", "SURPLUS C 3->null"].sort());

    await release(a.id, { planChoice: "RECALCULATE" });
    const after = await treeOf(tree, a.id);
    expect(rows(after)).toEqual(
      [
        "B 2 under A component 0",
        "B 3 under A component 1",
        "C 3 under A component 2",
        "E 2 under B component 0",
        "E 3 under B component 0",
        "F 3 (assembly) under A component 3",
      ].sort(),
    );
    const c = after.find((entry) => entry.row.startsWith("C"))?.order;
    // Set aside: back to DRAFT, holding nothing.
    expect(c).toMatchObject({ surplus: true, status: "DRAFT" });
    const held = await kit.db.prisma.productionOrderComponent.findMany({ where: { orderId: c?.id } });
    expect(held.map((row) => dec(row.allocatedQuantity).toFixed())).toEqual(held.map(() => "0"));
    expect(
      after.filter((entry) => entry.order.id !== c?.id).every((entry) => entry.status === "RELEASED"),
    ).toBe(true);
    // The resized B holds 2 E now.
    const resized = after.find((entry) => entry.row.startsWith("B 2"))?.order;
    const component = await kit.db.prisma.productionOrderComponent.findFirstOrThrow({
      where: { orderId: resized?.id },
    });
    expect([dec(component.requiredQuantity).toFixed(), dec(component.allocatedQuantity).toFixed()]).toEqual([
      "2",
      "2",
    ]);
    await expectConsistent(kit);
  });

  it("marks the orders below a surplus order surplus too, and releases none of them", async () => {
    const tree = await buildTree("surplus-below");
    const a = await createA(tree);
    await authorize(a.id);
    // Both B arrive: neither B order is needed, nor the E order under each (their demand came from B).
    await addStock(kit, tree.ids.B, tree.floor, "2");
    const changes = (await refused(release(a.id)))[0]?.planChanges ?? [];
    expect(changes.map((change) => `${change.change} ${tree.sku(change.productId)}`).sort()).toEqual(
      ["SURPLUS B", "SURPLUS B", "SURPLUS E", "SURPLUS E"].sort(),
    );

    await release(a.id, { planChoice: "RECALCULATE" });
    const after = await treeOf(tree, a.id);
    expect(
      after.map((entry) => `${entry.row}: ${entry.status}${entry.order.surplus ? " surplus" : ""}`).sort(),
    ).toEqual(
      [
        "B 1 under A component 0: DRAFT surplus",
        "B 1 under A component 1: DRAFT surplus",
        "C 1 under A component 2: RELEASED",
        "F 1 (assembly) under A component 3: RELEASED",
        "E 1 under B component 0: DRAFT surplus",
        "E 1 under B component 0: DRAFT surplus",
      ].sort(),
    );
    // Nothing is bought for the surplus E orders' M.
    const boughtM = await kit.db.prisma.purchaseOrderLine.count({ where: { productId: tree.ids.M } });
    expect(boughtM).toBe(0);
    await expectConsistent(kit);
  });
});

describe("undo and void never cascade", () => {
  it("leaves nested orders as they are when the root is undone or voided", async () => {
    const tree = await buildTree("no-cascade");
    const a = await createA(tree);
    await authorize(a.id);
    await kit.db.transaction((tx) => undoProductionOrder(tx, null, a.id));
    expect((await treeOf(tree, a.id)).every((entry) => entry.status === "PLANNED")).toBe(true);
    await kit.db.transaction((tx) => voidProductionOrder(tx, null, a.id));
    expect((await treeOf(tree, a.id)).every((entry) => entry.status === "PLANNED")).toBe(true);
    await expectConsistent(kit);
  });
});

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

describe("cost", () => {
  /** A catalog whose trees are `depth` levels of sub-assemblies, each using the next one on `width` lines. */
  async function wideTree(tag: string, width: number, depth: number) {
    const prisma = kit.db.prisma;
    const floor = (await prisma.location.create({ data: { name: `${tag} floor`, kind: "SHOP_FLOOR" } })).id;
    let below = (await prisma.product.create({ data: { sku: `${tag}-leaf`, name: "leaf" } })).id;
    let bomId = 0;
    for (let level = depth; level >= 0; level--) {
      const product = (await prisma.product.create({ data: { sku: `${tag}-${level}`, name: `${level}` } }))
        .id;
      const bom = await prisma.bom.create({
        data: {
          productId: product,
          kind: "PRODUCTION",
          name: `${tag} ${level}`,
          lines: {
            create: Array.from({ length: width }, (_, position) => ({
              componentId: below,
              quantity: 1,
              position,
            })),
          },
        },
      });
      await prisma.bomDefault.create({ data: { productId: product, kind: "PRODUCTION", bomId: bom.id } });
      below = product;
      bomId = bom.id;
    }
    return { floor, bomId };
  }

  it("authorizing costs SQL statements per tree level, not per nested order", async () => {
    const counts: Record<string, number> = {};
    for (const width of [2, 4]) {
      const { floor, bomId } = await wideTree(`wide-${width}`, width, 3);
      const order = await kit.db.transaction((tx) =>
        createProductionOrder(tx, null, { locationId: floor, lines: [{ bomId, quantity: "1" }] }),
      );
      counts[`statements-${width}`] = await kit.countStatements(() => authorize(order.id));
      counts[`orders-${width}`] = await kit.db.prisma.productionOrder.count({ where: { rootId: order.id } });
    }
    // width 2: 2 + 4 + 8 = 14 nested orders; width 4: 4 + 16 + 64 = 84; the same statements for both.
    expect(counts["orders-2"]).toBe(14);
    expect(counts["orders-4"]).toBe(84);
    expect(counts["statements-4"]).toBe(counts["statements-2"]);
    console.log(
      `authorize: ${counts["statements-2"]} statements for 14 nested orders, ${counts["statements-4"]} for 84`,
    );
  });

  /**
   * A catalog without repeats: every made product has `width` sub-assemblies of its own, `depth` levels
   * deep, and the last level uses `width` bought leaves each. Returns the top BOM.
   */
  async function distinctTree(tag: string, width: number, depth: number) {
    const prisma = kit.db.prisma;
    const floor = (await prisma.location.create({ data: { name: `${tag} floor`, kind: "SHOP_FLOOR" } })).id;
    const level = (at: number, count: number) =>
      prisma.product.createManyAndReturn({
        data: Array.from({ length: count }, (_, index) => ({ sku: `${tag}-${at}-${index}`, name: `${at}` })),
        select: { id: true },
      });
    let below = await level(depth + 1, width ** (depth + 1));
    let topBom = 0;
    for (let at = depth; at >= 0; at--) {
      const made = await level(at, width ** at);
      const boms = await prisma.bom.createManyAndReturn({
        data: made.map((product) => ({ productId: product.id, kind: "PRODUCTION", name: `${tag} ${at}` })),
        select: { id: true, productId: true },
      });
      await prisma.bomLine.createMany({
        data: boms.flatMap((bom, index) =>
          Array.from({ length: width }, (_, position) => ({
            bomId: bom.id,
            componentId: (below[index * width + position] as { id: number }).id,
            quantity: 1,
            position,
          })),
        ),
      });
      await prisma.bomDefault.createMany({
        data: boms.map((bom) => ({ productId: bom.productId, kind: "PRODUCTION", bomId: bom.id })),
      });
      below = made;
      topBom = (boms[0] as { id: number }).id;
    }
    return { floor, bomId: topBom };
  }

  it("costs the same statements when every nested order is a different product, and allocates all of them", async () => {
    const counts: Record<string, number> = {};
    for (const width of [2, 7]) {
      const { floor, bomId } = await distinctTree(`distinct-${width}`, width, 3);
      const order = await kit.db.transaction((tx) =>
        createProductionOrder(tx, null, { locationId: floor, lines: [{ bomId, quantity: "1" }] }),
      );
      counts[`statements-${width}`] = await kit.countStatements(() => authorize(order.id));
      counts[`orders-${width}`] = await kit.db.prisma.productionOrder.count({ where: { rootId: order.id } });
      // Every component of every order is allocated at the floor: the made ones and the bought leaves.
      counts[`allocated-${width}`] = await kit.db.prisma.stockLevel.count({
        where: { locationId: floor, allocated: 1 },
      });
    }
    // width 2: 2 + 4 + 8 = 14 nested orders over 16 leaves; width 7: 7 + 49 + 343 = 399 over 2,401 leaves.
    expect(counts["orders-2"]).toBe(14);
    expect(counts["orders-7"]).toBe(399);
    expect(counts["allocated-2"]).toBe(14 + 16);
    expect(counts["allocated-7"]).toBe(399 + 2401);
    expect(counts["statements-7"]).toBe(counts["statements-2"]);
    await expectConsistent(kit);
    console.log(
      `authorize, distinct products: ${counts["statements-2"]} statements for 14 orders, ${counts["statements-7"]} for 399`,
    );
  });
});
