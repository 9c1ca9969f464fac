import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createApp } from "../src/app.ts";
import { bootstrap } from "../src/bootstrap.ts";
import { openDatabase } from "../src/db/database.ts";
import { createLiveFeed } from "../src/live/index.ts";
import { createLogger } from "../src/logger.ts";
import { listen, type RunningServer } from "../src/server.ts";
import { graphql } from "./graphql/index.ts";
import { clonePostgresTemplate } from "./support/database.ts";
import { createTestKit, type TestKit } from "./support/kit.ts";
import { connect, subscribe, waitFor } from "./support/live.ts";
import { createProduct, globalId, seedWorld, succeeded, type World } from "./support/orders.ts";

const StockEvents = graphql(`
  subscription LiveConnStockEvents($productId: ID) {
    stockLevelEvents(productId: $productId) { id payload }
  }
`);

const Adjust = graphql(`
  mutation LiveConnAdjust($input: StockAdjustInput!) {
    stockAdjust(input: $input) { userErrors { code message field } }
  }
`);

const Revoke = graphql(`
  mutation LiveConnRevoke($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code message } } }
`);

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
  succeeded(await kit.execute(Adjust, { input: adjustInput(products) }), "stockAdjust");
}

async function apiKeyIdOf(secret: string): Promise<number> {
  const key = await kit.db.prisma.apiKey.findFirstOrThrow({ where: { prefix: secret.slice(0, 10) } });
  return key.id;
}

async function revoke(secret: string) {
  const result = await kit.execute(Revoke, { id: globalId("ApiKey", await apiKeyIdOf(secret)) });
  succeeded(result, "apiKeyRevoke");
}

describe("authentication", () => {
  it("closes a connection with a bad key with 4403 and says why", async () => {
    const live = connect(server.url, "bgk_not-a-key");
    subscribe(live, StockEvents, {});
    expect(await live.closed).toEqual({
      code: 4403,
      reason: expect.stringContaining("Invalid or revoked API key"),
    });
  });

  it("closes the sockets of a key revoked while subscribed with 4403, and delivers nothing more", async () => {
    const key = await kit.keyWith("PRODUCTION_VIEW");
    const live = connect(server.url, key);
    const events = subscribe(live, StockEvents, { productId: globalId("Product", product) });
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

  it("ends an SSE subscription of a revoked key with an error", async () => {
    const key = await kit.keyWith("PRODUCTION_VIEW");
    const response = await fetch(server.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${key}`,
      },
      body: JSON.stringify({ query: "subscription { stockLevelEvents { id } }" }),
    });
    await waitFor(
      () => kit.app.live.subscriptionCount === 1,
      () => "the SSE subscription",
    );
    await revoke(key);
    // The stream ends (the body completes) after an error naming the revocation.
    const text = await response.text();
    expect(text).toContain("API key revoked");
    expect(text).toContain("UNAUTHENTICATED");
    expect(kit.app.live.subscriptionCount).toBe(0);
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
        const events = subscribe(subscriber, StockEvents, { productId: globalId("Product", bolt.id) });
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
