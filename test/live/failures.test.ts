import { type AddressInfo, createServer } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createLiveFeed, type LiveFeed } from "../../src/live/index.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import { startFakeRedis, subscribeSse, waitFor } from "../kit/live.ts";
import { stockLevelEvents } from "../operations/live.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use, adjust, productEventsAs } = liveFixtures();
let kit: LiveWorld["kit"];
let server: LiveWorld["server"];
let frame: LiveWorld["frame"];
use((opened) => {
  ({ kit, server, frame } = opened);
});

describe("failures", () => {
  it("ends a replay the database fails with LIVE_UNAVAILABLE, and keeps the cause from the client", async () => {
    vi.spyOn(kit.app.live, "replayPage").mockRejectedValueOnce(
      new Error("Connection terminated: db.internal"),
    );
    const sse = await subscribeSse(server.url, kit.adminKey, stockLevelEvents, { after: "0" });
    const text = await sse.ended();
    expect(text).toContain("LIVE_UNAVAILABLE");
    expect(text).toContain("resubscribe with after");
    expect(text).not.toContain("db.internal");
    expect(kit.app.live.subscriptionCount).toBe(0);
  });

  it("refuses a subscription with LIVE_UNAVAILABLE when the feed cannot start, and starts at the next one", async () => {
    const live = createLiveFeed({ db: kit.db, logger: createLogger("error") });
    const options = await productEventsAs();
    try {
      vi.spyOn(kit.db.prisma.event, "findFirst").mockRejectedValueOnce(new Error("Connection terminated"));
      await expect(live.subscribe(options)).rejects.toMatchObject({
        message: expect.stringContaining("subscribe again"),
        extensions: { code: "LIVE_UNAVAILABLE" },
      });
      const stream = await live.subscribe(options);
      await adjust(frame, "1");
      expect((await stream.next()).value).toMatchObject({ type: "STOCK_CHANGED" });
    } finally {
      await live.close();
    }
  });
});

describe("Redis unreachable", () => {
  /** A logger that keeps what it is told. */
  function recordingLogger() {
    const lines = { info: [] as string[], warn: [] as string[], error: [] as string[] };
    const logger: Logger = {
      debug: () => {},
      info: (...args) => lines.info.push(args.map(String).join(" ")),
      warn: (...args) => lines.warn.push(args.map(String).join(" ")),
      error: (...args) => lines.error.push(args.map(String).join(" ")),
    };
    return { logger, lines };
  }

  /** A redis:// URL where nothing listens. */
  async function nowhere(): Promise<string> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return `redis://127.0.0.1:${port}`;
  }

  async function subscribeTo(live: LiveFeed) {
    return live.subscribe(await productEventsAs());
  }

  it("serves this instance's changes at once and others' by polling, says so once, and /health says degraded", async () => {
    const redisUrl = await nowhere();
    const { logger, lines } = recordingLogger();
    // No polling within the test's time: what arrives came from this instance's own commits.
    const own = createLiveFeed({ db: kit.db, logger, redisUrl, limits: { pollIntervalMs: 600_000 } });
    // Polling every 50 ms: it also gets what other instances commit (a row no commit of this process rang for).
    const polling = createLiveFeed({
      db: kit.db,
      logger: createLogger("error"),
      redisUrl,
      limits: { pollIntervalMs: 50 },
    });
    const app = createApp({ db: kit.db, logger, live: own });
    try {
      const started = Date.now();
      const ownStream = await subscribeTo(own);
      const pollingStream = await subscribeTo(polling);
      expect(Date.now() - started).toBeLessThan(2000);

      await adjust(frame, "1");
      expect((await ownStream.next()).value).toMatchObject({ type: "STOCK_CHANGED" });
      expect((await pollingStream.next()).value).toMatchObject({ type: "STOCK_CHANGED" });
      const other = await kit.db.prisma.event.create({
        data: { type: "STOCK_CHANGED", entityType: "Product", entityId: String(frame), payload: {} },
      });
      expect((await pollingStream.next()).value).toMatchObject({ id: other.id });

      // ioredis tries again every few hundred ms: one warning for the whole outage.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(lines.warn).toEqual([expect.stringContaining("is unreachable")]);
      const health = await app.fetch("http://test/health");
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", database: kit.db.kind, live: "degraded" });
    } finally {
      await own.close();
      await polling.close();
    }
  });

  it("goes back to Redis when it answers again, and says so once", async () => {
    const redis = await startFakeRedis();
    const { logger, lines } = recordingLogger();
    const live = createLiveFeed({
      db: kit.db,
      logger,
      redisUrl: redis.url,
      limits: { pollIntervalMs: 600_000 },
    });
    try {
      // Redis refuses to subscribe (failing over): the subscription is served all the same.
      const stream = await subscribeTo(live);
      await adjust(frame, "1");
      expect((await stream.next()).value).toMatchObject({ type: "STOCK_CHANGED" });
      await waitFor(
        () => lines.warn.length > 0,
        () => "the warning",
      );
      expect(live.connected).toBe(false);

      redis.healthy = true;
      await waitFor(
        () => live.connected,
        () => "Redis to be back",
      );
      expect(lines.warn).toEqual([expect.stringContaining("is unreachable (ERR failing over)")]);
      expect(lines.info).toEqual([expect.stringContaining("is back")]);
      expect(lines.error).toEqual([]);
    } finally {
      await live.close();
      await redis.close();
    }
  });
});
