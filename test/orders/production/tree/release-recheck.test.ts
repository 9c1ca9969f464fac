import { describe, expect, it } from "vitest";
import { dec } from "../../../../src/domain/decimal.ts";
import type { TestKit } from "../../../kit/app.ts";
import { expectConsistent, refused, written } from "../../../kit/checks.ts";
import { globalId } from "../../../kit/ids.ts";
import { addStock } from "../../../kit/world.ts";
import { productionOrderReleaseWithPlanChanges } from "../../../operations/orders.ts";
import { rows, treeFixtures } from "./fixtures.ts";

const fixtures = treeFixtures();
const { authorizedTree, release, treeOf } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

describe("re-checking the plan at release", () => {
  it("returns the differences as a typed error, and KEEP releases the tree as it was", async () => {
    const { tree, a } = await authorizedTree("keep");
    await addStock(kit, tree.ids.C, tree.floor, "1");
    const id = globalId("ProductionOrder", a.id);
    const cOrder = (await treeOf(tree, a.id)).find((entry) => entry.row.startsWith("C"))?.order;

    const before = await written(kit);
    const refusedRelease = await kit.execute(productionOrderReleaseWithPlanChanges, { id });
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

    const kept = await kit.execute(productionOrderReleaseWithPlanChanges, { id, planChoice: "KEEP" });
    expect(kept.data?.productionOrderRelease?.userErrors).toEqual([]);
    expect((await treeOf(tree, a.id)).map((entry) => entry.status)).toEqual(Array(6).fill("RELEASED"));
    await expectConsistent(kit);
  });

  it("refuses a choice when nothing changed", async () => {
    const { a } = await authorizedTree("no-change");
    const before = await written(kit);
    const errors = await refused(release(a.id, { planChoice: "RECALCULATE" }));
    expect(errors).toEqual([expect.objectContaining({ code: "INVALID_INPUT", field: ["planChoice"] })]);
    expect(await written(kit)).toEqual(before);
  });

  it("RECALCULATE resizes the orders not yet released and marks the unneeded ones surplus", async () => {
    const { tree, a } = await authorizedTree("recalculate", "3");
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
    const { tree, a } = await authorizedTree("surplus-below");
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
