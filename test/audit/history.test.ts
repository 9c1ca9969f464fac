import { describe, expect, it } from "vitest";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import { type EventRetention, pruneEvents } from "../../src/live/retention.ts";
import { forTheFile, succeeded, type TestKit } from "../kit/app.ts";
import { stockAt } from "../kit/checks.ts";
import { decodeId } from "../kit/ids.ts";
import { type LiveClient, openLiveKit, subscribe } from "../kit/live.ts";
import { type Fixtures, makeFixtures, type World } from "../kit/world.ts";
import { productionOrderHistory } from "../operations/audit.ts";
import { productionOrderEvents } from "../operations/live.ts";
import { productionOrderComplete, productionOrderUndo, productionOrderVoid } from "../operations/orders.ts";

/**
 * An order's own history outlives replay retention; it goes only by the history retention, after the order
 * closed, and never while replay still serves it (ADR 0026). Time passes here by dating rows back, which no
 * request can do.
 */

let kit: TestKit;
let live: LiveClient;
let world: World;
let fixtures: Fixtures;

forTheFile(openLiveKit, (opened) => {
  ({ kit, live, world } = opened);
  fixtures = makeFixtures(kit, world);
});

const DAY_MS = 24 * 60 * 60 * 1000;
/** The defaults: replay for 30 days, an order's history for as long as the order. */
const REPLAY_ONLY: EventRetention = { replayDays: 30, orderHistoryDays: null };

function daysAgo(days: number) {
  return new Date(Date.now() - days * DAY_MS);
}

/** Every event so far (or those `where` picks) dated `days` back. */
async function eventsMade(days: number, where: Prisma.EventWhereInput = {}) {
  await kit.db.prisma.event.updateMany({ where, data: { createdAt: daysAgo(days) } });
}

/** The order last changed `days` ago. */
async function orderChanged(orderId: string, days: number) {
  await kit.db.prisma.productionOrder.update({
    where: { id: decodeId(orderId) },
    data: { updatedAt: daysAgo(days) },
  });
}

async function history(orderId: string) {
  const result = await kit.execute(productionOrderHistory, { id: orderId });
  expect(result.errors).toBeUndefined();
  const node = result.data?.node;
  if (!node || !("events" in node)) throw new Error("no production order");
  return node.events.map((event) => event.type);
}

/** A completed order, and its component's stock at the shop floor before it was completed. */
async function completed() {
  const order = await fixtures.productionOrder("RELEASED");
  const componentBefore = await stockAt(kit, order.component, world.shopFloor);
  succeeded(await kit.execute(productionOrderComplete, { id: order.id }), "productionOrderComplete");
  return { ...order, componentBefore };
}

describe("an order's history", () => {
  it("older than the replay retention is still read in full, while replay from before the boundary is refused", async () => {
    const order = await completed();
    const whole = await history(order.id);
    expect(whole).toEqual([
      "PRODUCTION_ORDER_CREATED",
      "PRODUCTION_ORDER_PLANNED",
      "PRODUCTION_ORDER_RELEASED",
      "PRODUCTION_ORDER_IN_PROGRESS",
      "PRODUCTION_ORDER_COMPLETED",
    ]);
    await eventsMade(31);
    const pruned = await pruneEvents(kit.db, REPLAY_ONLY);
    // The stock events and the rest went; the order's own history stayed.
    expect(pruned.deleted).toBeGreaterThan(0);
    expect(pruned.historyDeleted).toBe(0);
    expect(await history(order.id)).toEqual(whole);

    const expired = subscribe(live, productionOrderEvents, { after: String(pruned.boundary - 1n) });
    expect(await expired.waitForErrors()).toMatchObject([{ extensions: { code: "EVENTS_EXPIRED" } }]);
  });

  it("goes by the history retention once the order is closed that long, and undoing its completion needs none of it", async () => {
    const closed = await completed();
    const open = await fixtures.productionOrder("RELEASED");
    const voidedLately = await fixtures.productionOrder("RELEASED");
    succeeded(await kit.execute(productionOrderVoid, { id: voidedLately.id }), "productionOrderVoid");
    const openHistory = await history(open.id);
    const voidedHistory = await history(voidedLately.id);
    await eventsMade(400);
    await orderChanged(closed.id, 400);
    await orderChanged(open.id, 400);

    const pruned = await pruneEvents(kit.db, { replayDays: 30, orderHistoryDays: 365 });
    expect(pruned.historyDeleted).toBe(5);
    expect(await history(closed.id)).toEqual([]);
    // Open, or closed within the year: kept whole.
    expect(await history(open.id)).toEqual(openHistory);
    expect(await history(voidedLately.id)).toEqual(voidedHistory);

    // Undo knows where a completion goes back to without its history: IN_PROGRESS, every figure as before.
    const undone = succeeded<{ productionOrder: { status: string } }>(
      await kit.execute(productionOrderUndo, { id: closed.id }),
      "productionOrderUndo",
    );
    expect(undone.productionOrder.status).toBe("IN_PROGRESS");
    expect(await stockAt(kit, closed.component, world.shopFloor)).toEqual(closed.componentBefore);
    expect(await history(closed.id)).toEqual(["PRODUCTION_ORDER_IN_PROGRESS"]);
  });

  it("is never deleted while replay still serves it, however short the history retention", async () => {
    const order = await completed();
    const whole = await history(order.id);
    const mine = { entityType: "ProductionOrder", entityId: String(decodeId(order.id)) };
    await eventsMade(2, mine);
    await orderChanged(order.id, 2);
    const retention: EventRetention = { replayDays: 30, orderHistoryDays: 1 };
    expect((await pruneEvents(kit.db, retention)).historyDeleted).toBe(0);
    expect(await history(order.id)).toEqual(whole);

    await eventsMade(31, mine);
    await pruneEvents(kit.db, retention);
    expect(await history(order.id)).toEqual([]);
  });
});

describe("retention passes of several instances at once", () => {
  it("leave the boundary at the newest old event and every event after it in place", async () => {
    const start = (await kit.db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } }))
      .eventsPrunedThroughId;
    await fixtures.productionOrder("RELEASED");
    const ids = (
      await kit.db.prisma.event.findMany({
        where: { id: { gt: start } },
        select: { id: true },
        orderBy: { id: "asc" },
      })
    ).map((event) => event.id);
    const middle = ids[Math.floor(ids.length / 2)] ?? 0n;
    await eventsMade(31, { id: { gt: start, lte: middle } });
    await eventsMade(0, { id: { gt: middle } });
    const after = await kit.db.prisma.event.count({ where: { id: { gt: middle } } });
    const passes = await Promise.all([
      pruneEvents(kit.db, REPLAY_ONLY),
      pruneEvents(kit.db, REPLAY_ONLY),
      pruneEvents(kit.db, { replayDays: 30, orderHistoryDays: 1 }),
    ]);
    expect(passes.map((pass) => pass.boundary)).toEqual([middle, middle, middle]);
    const settings = await kit.db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } });
    expect(settings.eventsPrunedThroughId).toBe(middle);
    expect(await kit.db.prisma.event.count({ where: { id: { gt: middle } } })).toBe(after);
  });
});
