import { describe, expect, it } from "vitest";
import type { Event } from "../../src/generated/prisma/client.ts";
import { EventBatch } from "../../src/live/batch.ts";
import type { EventFilter } from "../../src/live/filter.ts";
import { EventStream, type StreamHost } from "../../src/live/stream.ts";
import type { Logger } from "../../src/logger.ts";

/** The replay -> live switch of one stream, against a table and a feed simulated in memory. */

function event(id: number): Event {
  return {
    id: BigInt(id),
    type: "STOCK_CHANGED",
    entityType: "Product",
    entityId: "1",
    rootOrderId: null,
    locationId: 1,
    beforeStatus: null,
    afterStatus: null,
    payload: {},
    actorKeyId: null,
    actorEmployeeId: null,
    requestId: null,
    createdAt: new Date(),
  };
}

const filter: EventFilter = { entityTypes: ["Product"] };
const limits = { maxQueuedEvents: 1000, maxBufferedBytes: 1 << 20 };

class FakeFeed implements StreamHost {
  table: Event[] = [];
  cursor = 0n;
  pruned = 0n;
  live = new Set<EventStream>();
  /** Runs while a replay page is being read: the feed may move on meanwhile. */
  duringRead: () => void = () => {};
  /** Runs while the retention boundary is being read. */
  duringPrunedRead: () => void = () => {};
  errors: unknown[][] = [];
  logger: Logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (...args) => this.errors.push(args),
  };

  commit(...ids: number[]) {
    this.table.push(...ids.map(event));
  }
  /** The feed reads the table past its cursor and dispatches, as LiveFeed does. */
  read() {
    const batch = new EventBatch();
    for (const row of this.table.filter((row) => row.id > this.cursor)) {
      const event = batch.add(row);
      for (const stream of this.live) stream.deliver(event);
      this.cursor = row.id;
    }
  }
  goLive(stream: EventStream) {
    this.live.add(stream);
  }
  remove(stream: EventStream) {
    this.live.delete(stream);
  }
  async replayPage(_filter: EventFilter, afterId: bigint, throughId: bigint, take: number) {
    const rows = this.table.filter((row) => row.id > afterId && row.id <= throughId).slice(0, take);
    this.duringRead();
    return rows;
  }
  async prunedThrough() {
    this.duringPrunedRead();
    return this.pruned;
  }
}

async function take(stream: EventStream, count: number): Promise<number[]> {
  const ids: number[] = [];
  while (ids.length < count) {
    const result = await stream.next();
    if (result.done) break;
    ids.push(Number(result.value.id));
  }
  return ids;
}

describe("event stream", () => {
  it("replays up to the feed's cursor and reads again when the feed moved on during the read", async () => {
    const feed = new FakeFeed();
    feed.commit(1, 2, 3, 4, 5);
    feed.read();
    const stream = new EventStream(feed, filter, 1, 1, limits, undefined, { id: 2n, from: "after" });
    let moves = 2;
    feed.duringRead = () => {
      // Two commits land while the replay reads: the feed dispatches them before the stream is live.
      if (moves-- > 0) {
        feed.commit(Number(feed.cursor) + 1);
        feed.read();
      }
    };
    expect(await take(stream, 5)).toEqual([3, 4, 5, 6, 7]);
    expect(feed.live.has(stream)).toBe(true);
    feed.commit(8, 9);
    feed.read();
    expect(await take(stream, 2)).toEqual([8, 9]);
  });

  it("goes live after the last replay page even when the feed moves on while the retention boundary is read", async () => {
    const feed = new FakeFeed();
    feed.commit(1, 2, 3);
    feed.read();
    const stream = new EventStream(feed, filter, 1, 1, limits, undefined, { id: 1n, from: "after" });
    // Writes never stop: the feed moves on during every read of the boundary.
    feed.duringPrunedRead = () => {
      feed.commit(Number(feed.cursor) + 1);
      feed.read();
    };
    expect(await take(stream, 3)).toEqual([2, 3, 4]);
    expect(feed.live.has(stream)).toBe(true);
    feed.commit(5);
    feed.read();
    expect(await take(stream, 1)).toEqual([5]);
  });

  it("ends with LIVE_UNAVAILABLE when the database fails during a replay, and leaves the feed", async () => {
    const feed = new FakeFeed();
    feed.commit(1, 2, 3);
    feed.read();
    const removed: EventStream[] = [];
    feed.remove = (stream) => removed.push(stream);
    feed.replayPage = () => Promise.reject(new Error("Connection terminated: db.internal:5432"));
    const stream = new EventStream(feed, filter, 1, 1, limits, undefined, { id: 1n, from: "after" });
    const failure = await stream.next().catch((error: unknown) => error);
    expect(failure).toMatchObject({
      message: "Reading the events to replay failed: resubscribe with after: <the last event's cursor>",
      extensions: { code: "LIVE_UNAVAILABLE" },
    });
    expect(removed).toEqual([stream]);
    expect(String(feed.errors)).toContain("db.internal:5432");
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it("skips live events a resume point from another instance already covers", async () => {
    const feed = new FakeFeed();
    feed.commit(1, 2);
    feed.read();
    // The client saw event 4 through an instance whose feed is ahead of this one.
    const stream = new EventStream(feed, filter, 1, 1, limits, undefined, { id: 4n, from: "after" });
    const first = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(feed.live.has(stream)).toBe(true);
    feed.commit(3, 4, 5);
    feed.read();
    expect(Number((await first).value?.id)).toBe(5);
  });

  it("ends with EVENTS_EXPIRED when retention deleted part of what it was replaying", async () => {
    const feed = new FakeFeed();
    feed.commit(1, 2, 3);
    feed.read();
    const stream = new EventStream(feed, filter, 1, 1, limits, undefined, { id: 1n, from: "after" });
    feed.duringRead = () => {
      feed.pruned = 2n;
    };
    await expect(stream.next()).rejects.toMatchObject({ extensions: { code: "EVENTS_EXPIRED" } });
    expect(feed.live.has(stream)).toBe(false);
  });

  it("drops a live subscriber whose queue passes the bound, closing its connection with the reason", async () => {
    const feed = new FakeFeed();
    const closes: [number, string][] = [];
    const connection = {
      bufferedAmount: () => 0,
      close: (code: number, reason: string) => closes.push([code, reason]),
    };
    const stream = new EventStream(feed, filter, 1, 1, { ...limits, maxQueuedEvents: 3 }, connection, null);
    feed.goLive(stream);
    feed.commit(1, 2, 3, 4);
    feed.read();
    expect(closes).toEqual([
      [1013, "slow consumer: more than 3 events waiting; resubscribe with after: <the last event's cursor>"],
    ]);
    expect(feed.live.has(stream)).toBe(false);
    await expect(stream.next()).rejects.toMatchObject({ extensions: { code: "SLOW_CONSUMER" } });
  });

  it("drops a live subscriber whose socket holds too many unsent bytes", async () => {
    const feed = new FakeFeed();
    const closes: number[] = [];
    const connection = { bufferedAmount: () => 2 << 20, close: (code: number) => closes.push(code) };
    const stream = new EventStream(feed, filter, 1, 1, limits, connection, null);
    feed.goLive(stream);
    feed.commit(1);
    feed.read();
    expect(closes).toEqual([1013]);
  });
});
