import { describe, expect, it } from "vitest";
import { type EventRetention, pruneEvents } from "../../src/live/retention.ts";
import { forTheFile, type TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { type LiveClient, openLiveKit, subscribe, subscribeSse, waitFor } from "../kit/live.ts";
import { addStock, createProduct, type World } from "../kit/world.ts";
import { stockLevelEvents } from "../operations/live.ts";

let kit: TestKit;
let live: LiveClient;
let world: World;
let url: string;

forTheFile(openLiveKit, (opened) => {
  ({ kit, live, world, url } = opened);
});

/** The defaults: replay for 30 days, an order's history for as long as the order (test/audit/history.test.ts). */
const REPLAY_ONLY: EventRetention = { replayDays: 30, orderHistoryDays: null };

describe("event retention", () => {
  it("deletes events older than the retention period and refuses resuming from before them", async () => {
    const nut = await createProduct(kit, "NUT");
    for (let change = 0; change < 6; change++) await addStock(kit, nut, world.warehouse, "1");
    const ids = (
      await kit.db.prisma.event.findMany({
        where: { type: "STOCK_CHANGED", entityId: String(nut) },
        orderBy: { id: "asc" },
      })
    ).map((event) => event.id);
    expect(ids).toHaveLength(6);
    const [, , boundary] = ids as [bigint, bigint, bigint];
    // Everything up to the third stock event is 31 days old, the rest is new.
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    await kit.db.prisma.event.updateMany({ where: { id: { lte: boundary } }, data: { createdAt: old } });

    expect(await pruneEvents(kit.db, REPLAY_ONLY)).toMatchObject({ boundary, historyDeleted: 0 });
    expect(await kit.db.prisma.event.count({ where: { id: { lte: boundary } } })).toBe(0);
    expect(
      await kit.db.prisma.event.count({
        where: { type: "STOCK_CHANGED", entityId: String(nut), id: { gt: boundary } },
      }),
    ).toBe(3);
    expect((await kit.db.prisma.settings.findUniqueOrThrow({ where: { id: 1 } })).eventsPrunedThroughId).toBe(
      boundary,
    );
    // Nothing older left: nothing to do, the boundary stays.
    expect(await pruneEvents(kit.db, REPLAY_ONLY)).toEqual({ boundary, deleted: 0, historyDeleted: 0 });

    const expired = subscribe(live, stockLevelEvents, { after: String(boundary - 1n) });
    expect(await expired.waitForErrors()).toMatchObject([
      {
        message: expect.stringContaining("refetch the current state"),
        extensions: { code: "EVENTS_EXPIRED", field: ["after"] },
      },
    ]);
    const expiredOverSse = await subscribeSse(
      url,
      kit.adminKey,
      stockLevelEvents,
      {},
      {
        headers: { "Last-Event-ID": String(boundary - 1n) },
      },
    );
    const [refusal] = await expiredOverSse.events(1);
    expect(refusal?.data).toMatchObject({
      errors: [{ extensions: { code: "EVENTS_EXPIRED", header: "Last-Event-ID" } }],
    });

    // From the boundary itself nothing is missing: the three newer events are replayed.
    const resumed = subscribe(live, stockLevelEvents, {
      productId: globalId("Product", nut),
      after: String(boundary),
    });
    expect((await resumed.waitForResults(3)).map(({ stockLevelEvents }) => stockLevelEvents.cursor)).toEqual(
      ids.slice(3).map(String),
    );
  });

  it("resumes from the boundary when retention deleted every event, and delivers what follows", async () => {
    const washer = await createProduct(kit, "WASHER");
    await addStock(kit, washer, world.warehouse, "1");
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    await kit.db.prisma.event.updateMany({ data: { createdAt: old } });
    const newest = (await kit.db.prisma.event.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    expect((await pruneEvents(kit.db, REPLAY_ONLY)).boundary).toBe(newest);
    expect(await kit.db.prisma.event.count()).toBe(0);

    // The client last received the newest event there was: resuming from it misses nothing.
    const open = kit.app.live.subscriptionCount;
    const resumed = subscribe(live, stockLevelEvents, {
      productId: globalId("Product", washer),
      after: String(newest),
    });
    // Checked while the table is still empty.
    await waitFor(
      () => kit.app.live.subscriptionCount > open || resumed.errors !== null,
      () => "the subscription",
    );
    await addStock(kit, washer, world.warehouse, "1");
    const [event] = await resumed.waitForResults(1);
    expect(BigInt(event?.stockLevelEvents.cursor ?? "0")).toBeGreaterThan(newest);
  });
});
