import { mkdtemp, rm } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { openDatabase } from "../../src/db/database.ts";
import { createApp } from "../../src/http/app.ts";
import { listen, type RunningServer } from "../../src/http/server.ts";
import { createLiveFeed, type LiveFeed } from "../../src/live/index.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import { bootstrap } from "../../src/setup/bootstrap.ts";
import { createTestKit, succeeded, type TestKit } from "../kit/app.ts";
import { clonePostgresTemplate } from "../kit/database.ts";
import { globalId } from "../kit/ids.ts";
import { connect, startFakeRedis, subscribe, waitFor } from "../kit/live.ts";
import { queryServer, startServer, stopServer } from "../kit/server-process.ts";
import { createProduct, seedWorld, type World } from "../kit/world.ts";
import { apiKeyRevoke } from "../operations/access.ts";
import { stockAdjustUserErrors } from "../operations/inventory.ts";
import { stockLevelEvents } from "../operations/live.ts";

let kit: TestKit;
let server: RunningServer;
let world: World;
let product: number;

beforeAll(async () => {
  kit = await createTestKit();
  server = await listen(kit.app, { port: 0, host: "127.0.0.1", db: kit.db });
  world = await seedWorld(kit);
  product = await createProduct(kit, "BOLT");
});
afterAll(async () => {
  await server.close();
  await kit.app.live.close();
  await kit.close();
});

function adjustInput(products: number[], quantity = "1") {
  return {
    type: "OTHER" as const,
    lines: products.map((productId) => ({
      productId: globalId("Product", productId),
      locationId: globalId("Location", world.warehouse),
      quantity,
    })),
  };
}

async function adjust(products: number[] = [product]) {
  succeeded(await kit.execute(stockAdjustUserErrors, { input: adjustInput(products) }), "stockAdjust");
}

async function apiKeyIdOf(secret: string): Promise<number> {
  const key = await kit.db.prisma.apiKey.findFirstOrThrow({ where: { prefix: secret.slice(0, 10) } });
  return key.id;
}

async function revoke(secret: string) {
  const result = await kit.execute(apiKeyRevoke, { id: globalId("ApiKey", await apiKeyIdOf(secret)) });
  succeeded(result, "apiKeyRevoke");
}

/** An SSE subscription to `query`, read as it arrives. */
async function subscribeSse(url: string, key: string, query: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      authorization: `Bearer ${key}`,
    },
    body: JSON.stringify({ query }),
  });
  if (!response.body) throw new Error("an SSE response without a body");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  let ended = false;
  const readWhile = async (condition: () => boolean) => {
    while (condition() && !ended) {
      const chunk = await reader.read();
      if (chunk.done) ended = true;
      else text += chunk.value;
    }
  };
  return {
    /** Waits until `part` arrived; fails if the stream ends without it. */
    async received(part: string): Promise<void> {
      await readWhile(() => !text.includes(part));
      if (!text.includes(part)) throw new Error(`the SSE stream ended without ${part}: ${text}`);
    },
    /** Everything the stream sent, once it ended. */
    async ended(): Promise<string> {
      await readWhile(() => true);
      return text;
    },
  };
}

describe("authentication", () => {
  it("closes a connection with a bad key with 4403 and says why", async () => {
    const live = connect(server.url, "bgk_not-a-key");
    subscribe(live, stockLevelEvents, {});
    expect(await live.closed).toEqual({
      code: 4403,
      reason: expect.stringContaining("Invalid or revoked API key"),
    });
  });

  it("closes the sockets of a key revoked while subscribed with 4403, and delivers nothing more", async () => {
    const key = await kit.keyWith("PRODUCTION_VIEW");
    const live = connect(server.url, key);
    const events = subscribe(live, stockLevelEvents, { productId: globalId("Product", product) });
    await waitFor(
      () => kit.app.live.subscriptionCount === 1,
      () => "the subscription",
    );
    await adjust();
    await events.waitForResults(1);

    await revoke(key);
    expect(await live.closed).toEqual({ code: 4403, reason: "API key revoked" });
    await waitFor(
      () => kit.app.live.subscriptionCount === 0,
      () => "the subscription to end",
    );
    await adjust();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.results).toHaveLength(1);

    const again = connect(server.url, key);
    expect((await again.closed).code).toBe(4403);
  });

  it("ends a subscription whose key was revoked while it was being set up", async () => {
    const key = await kit.keyWith("PRODUCTION_VIEW");
    const apiKeyId = await apiKeyIdOf(key);
    // The key was authenticated as the subscription came in; its revocation is read by the feed before the
    // subscription joins it (the feed starts past the revocation event), as when it lands in between.
    await revoke(key);
    const stream = await kit.app.live.subscribe({
      filter: { entityTypes: ["Product"] },
      after: null,
      apiKeyId,
    });
    expect(kit.app.live.subscriptionCount).toBe(0);
    await expect(stream.next()).rejects.toMatchObject({
      message: "API key revoked",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("ends an SSE subscription of a revoked key with an error", async () => {
    const key = await kit.keyWith("PRODUCTION_VIEW");
    const sse = await subscribeSse(server.url, key, "subscription { stockLevelEvents { id } }");
    await waitFor(
      () => kit.app.live.subscriptionCount === 1,
      () => "the SSE subscription",
    );
    await revoke(key);
    // The stream ends (the body completes) after an error naming the revocation.
    const text = await sse.ended();
    expect(text).toContain("API key revoked");
    expect(text).toContain("UNAUTHENTICATED");
    expect(kit.app.live.subscriptionCount).toBe(0);
  });
});

describe("failures", () => {
  it("ends a replay the database fails with LIVE_UNAVAILABLE, and keeps the cause from the client", async () => {
    vi.spyOn(kit.app.live, "replayPage").mockRejectedValueOnce(
      new Error("Connection terminated: db.internal"),
    );
    const sse = await subscribeSse(
      server.url,
      kit.adminKey,
      'subscription { stockLevelEvents(after: "0") { id } }',
    );
    const text = await sse.ended();
    expect(text).toContain("LIVE_UNAVAILABLE");
    expect(text).toContain("resubscribe with after");
    expect(text).not.toContain("db.internal");
    expect(kit.app.live.subscriptionCount).toBe(0);
  });

  it("refuses a subscription with LIVE_UNAVAILABLE when the feed cannot start, and starts at the next one", async () => {
    const live = createLiveFeed({ db: kit.db, logger: createLogger("error") });
    const options = {
      filter: { entityTypes: ["Product"] },
      after: null,
      apiKeyId: await apiKeyIdOf(kit.adminKey),
    };
    try {
      vi.spyOn(kit.db.prisma.event, "findFirst").mockRejectedValueOnce(new Error("Connection terminated"));
      await expect(live.subscribe(options)).rejects.toMatchObject({
        message: expect.stringContaining("subscribe again"),
        extensions: { code: "LIVE_UNAVAILABLE" },
      });
      const stream = await live.subscribe(options);
      await adjust();
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
    return live.subscribe({
      filter: { entityTypes: ["Product"] },
      after: null,
      apiKeyId: await apiKeyIdOf(kit.adminKey),
    });
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

      await adjust();
      expect((await ownStream.next()).value).toMatchObject({ type: "STOCK_CHANGED" });
      expect((await pollingStream.next()).value).toMatchObject({ type: "STOCK_CHANGED" });
      const other = await kit.db.prisma.event.create({
        data: { type: "STOCK_CHANGED", entityType: "Product", entityId: String(product), payload: {} },
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
      await adjust();
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

describe("subscriptions per connection", () => {
  it("refuses one subscription more than the limit on a socket, as that operation's error, and counts per socket", async () => {
    const logger = createLogger("error");
    const live = createLiveFeed({ db: kit.db, logger, limits: { maxSubscriptionsPerSocket: 3 } });
    const app = createApp({ db: kit.db, logger, live });
    const limited = await listen(app, { port: 0, host: "127.0.0.1", db: kit.db });
    const first = connect(limited.url, kit.adminKey);
    const second = connect(limited.url, kit.adminKey);
    try {
      const variables = { productId: globalId("Product", product) };
      const open = Array.from({ length: 3 }, () => subscribe(first, stockLevelEvents, variables));
      await waitFor(
        () => live.subscriptionCount === 3,
        () => "three subscriptions",
      );
      const refused = subscribe(first, stockLevelEvents, variables);
      expect(await refused.waitForErrors()).toEqual([
        expect.objectContaining({
          message: expect.stringContaining("at most 3 subscriptions"),
          extensions: { code: "TOO_MANY_SUBSCRIPTIONS" },
        }),
      ]);
      // Another socket has its own allowance.
      const elsewhere = subscribe(second, stockLevelEvents, variables);
      await waitFor(
        () => live.subscriptionCount === 4,
        () => "the subscription on the other socket",
      );

      await adjust();
      for (const subscription of [...open, elsewhere]) await subscription.waitForResults(1);
      // Ending one makes room for another, on a socket that stayed open throughout.
      open[0]?.unsubscribe();
      await waitFor(
        () => live.subscriptionCount === 3,
        () => "the subscription to end",
      );
      const again = subscribe(first, stockLevelEvents, variables);
      await waitFor(
        () => live.subscriptionCount === 4,
        () => "the subscription in its place",
      );
      await adjust();
      await again.waitForResults(1);
    } finally {
      await first.dispose();
      await second.dispose();
      await limited.close();
      await live.close();
    }
  });
});

describe("slow consumers", () => {
  it("drops a client that stops reading, with 1008 and the reason, and keeps nothing for it", async () => {
    const logger = createLogger("error");
    const maxQueuedEvents = 50;
    const live = createLiveFeed({ db: kit.db, logger, limits: { maxQueuedEvents } });
    const app = createApp({ db: kit.db, logger, live });
    const slowServer = await listen(app, { port: 0, host: "127.0.0.1", db: kit.db });
    try {
      const socket = new WebSocket(slowServer.url.replace(/^http/, "ws"), "graphql-transport-ws");
      const messages: string[] = [];
      socket.on("message", (data) => messages.push(String(data)));
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        socket.on("close", (code, reason) => resolve({ code, reason: String(reason) })),
      );
      await new Promise((resolve) => socket.once("open", resolve));
      socket.send(
        JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${kit.adminKey}` } }),
      );
      await waitFor(
        () => messages.some((message) => message.includes("connection_ack")),
        () => "connection_ack",
      );
      // Big messages (aliases of the payload) fill the kernel's socket buffers sooner.
      const fields = Array.from({ length: 40 }, (_, index) => `p${index}: payload`).join(" ");
      socket.send(
        JSON.stringify({
          id: "1",
          type: "subscribe",
          payload: { query: `subscription { stockLevelEvents { id ${fields} } }` },
        }),
      );
      await waitFor(
        () => live.subscriptionCount === 1,
        () => "the subscription",
      );

      socket.pause();
      const products = await Promise.all(
        Array.from({ length: 200 }, (_, index) => createProduct(kit, `SLOW-${index}`)),
      );
      for (let round = 0; round < 40 && live.subscriptionCount > 0; round++) await adjust(products);
      expect(live.subscriptionCount).toBe(0);

      socket.resume();
      expect(await closed).toEqual({
        code: 1008,
        reason:
          "slow consumer: more than 50 events waiting; resubscribe with after: <the last event id you received>",
      });
    } finally {
      await slowServer.close();
      await live.close();
    }
  });
});

describe("several server instances", () => {
  // Two instances need two connection pools to one database: PGlite is one process's embedded database, so this
  // runs on PostgreSQL, with Redis carrying the doorbell between the instances.
  it.runIf(process.env.DATABASE_URL && process.env.REDIS_URL)(
    "delivers a change made through instance A to a subscriber of instance B, through Redis",
    async () => {
      const url = await clonePostgresTemplate();
      const logger = createLogger("error");
      const redisUrl = process.env.REDIS_URL;
      const instances = await Promise.all(
        ["A", "B"].map(async () => {
          const db = await openDatabase({ kind: "postgres", url, poolSize: 3 });
          // No polling safety net within the test's time: only the Redis doorbell can deliver.
          const live = createLiveFeed({ db, logger, redisUrl, limits: { pollIntervalMs: 600_000 } });
          const app = createApp({ db, logger, live });
          return { db, live, server: await listen(app, { port: 0, host: "127.0.0.1", db }) };
        }),
      );
      const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
      try {
        const { firstAdminKey } = await bootstrap(a.db);
        const key = firstAdminKey ?? "";
        const location = await a.db.prisma.location.create({ data: { name: "Store", kind: "WAREHOUSE" } });
        const bolt = await a.db.prisma.product.create({ data: { sku: "BOLT", name: "Bolt" } });

        const subscriber = connect(b.server.url, key);
        const events = subscribe(subscriber, stockLevelEvents, { productId: globalId("Product", bolt.id) });
        await waitFor(
          () => b.live.subscriptionCount === 1,
          () => "the subscription on B",
        );

        const response = await fetch(a.server.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
          body: JSON.stringify({
            query:
              "mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { code } } }",
            variables: {
              input: {
                type: "OTHER",
                lines: [
                  {
                    productId: globalId("Product", bolt.id),
                    locationId: globalId("Location", location.id),
                    quantity: "7",
                  },
                ],
              },
            },
          }),
        });
        expect(await response.json()).toEqual({ data: { stockAdjust: { userErrors: [] } } });
        const [event] = await events.waitForResults(1, 5000);
        expect(event?.stockLevelEvents.payload).toMatchObject({ onHandAfter: "7" });
        await subscriber.dispose();
      } finally {
        for (const instance of instances) {
          await instance.server.close();
          await instance.live.close();
          await instance.db.close();
        }
      }
    },
  );
});

describe("shutdown", () => {
  it("stops on SIGTERM with subscriptions open: SSE streams end, graphql-ws clients are told to reconnect", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "bomgraph-live-stop-"));
    const started = await startServer({ DATA_DIR: dataDir });
    try {
      const key = started.adminKey;
      // From the first event on: a change committed before a subscription registers still reaches it (replayed),
      // so receiving it proves both are registered, whatever the order.
      const sse = await subscribeSse(
        started.url,
        key,
        'subscription { stockLevelEvents(after: "0") { id } }',
      );
      const ws = connect(started.url, key);
      const events = subscribe(ws, stockLevelEvents, { after: "0" });
      const ids = await queryServer(
        started,
        key,
        '{ productByBarcode(code: "BIKE") { id } locations(first: 1) { edges { node { id } } } }',
      );
      const data = ids.data as {
        productByBarcode: { id: string };
        locations: { edges: { node: { id: string } }[] };
      };
      const change = await queryServer(
        started,
        key,
        "mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { code } } }",
        {
          input: {
            type: "OTHER",
            lines: [
              {
                productId: data.productByBarcode.id,
                locationId: data.locations.edges[0]?.node.id,
                quantity: "1",
              },
            ],
          },
        },
      );
      expect(change).toEqual({ data: { stockAdjust: { userErrors: [] } } });
      await events.waitForResults(1);
      await sse.received("stockLevelEvents");

      const stopped = stopServer(started, "SIGTERM");
      const timeout = new Promise((resolve) => setTimeout(() => resolve("still running after 10 s"), 10_000));
      expect(await Promise.race([stopped, timeout])).toBe(0);
      await sse.ended();
      // A close, not a completed subscription: the client reconnects and resubscribes (with `after`).
      expect((await ws.closed).code).toBe(1001);
      expect(events.completed).toBe(false);
    } finally {
      started.child.kill("SIGKILL");
      await rm(dataDir, { recursive: true, force: true });
    }
    // It starts a server (migrations, demo data): on a loaded machine that outgrows vitest's 60 s.
  }, 180_000);
});
