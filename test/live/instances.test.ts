import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.ts";
import { createApp } from "../../src/http/app.ts";
import { listen } from "../../src/http/server.ts";
import { createLiveFeed } from "../../src/live/index.ts";
import { createLogger } from "../../src/logger.ts";
import { bootstrap } from "../../src/setup/bootstrap.ts";
import { clonePostgresTemplate } from "../kit/database.ts";
import { globalId } from "../kit/ids.ts";
import { connect, subscribe, subscribeSse, waitFor } from "../kit/live.ts";
import { queryServer, startServer, stopServer } from "../kit/server-process.ts";
import { stockAdjustUserErrors } from "../operations/inventory.ts";
import { stockLevelEvents } from "../operations/live.ts";

/** Servers of their own: several over one database, or one in its own process that is stopped. */

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
            query: print(stockAdjustUserErrors),
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
      const sse = await subscribeSse(started.url, key, stockLevelEvents, { after: "0" });
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
      const change = await queryServer(started, key, print(stockAdjustUserErrors), {
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
      });
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
