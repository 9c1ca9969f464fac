import { describe, expect, it } from "vitest";
import type { TestKit } from "../../../kit/app.ts";
import { refused, written } from "../../../kit/checks.ts";
import { treeFixtures } from "./fixtures.ts";

const fixtures = treeFixtures();
const { buildTree, createA, authorize, treeOf } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

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
