import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { listen, type RunningServer } from "../../src/http/server.ts";
import { createLiveFeed, type LiveFeed } from "../../src/live/index.ts";
import { createLogger } from "../../src/logger.ts";
import { succeeded, type TestKit, useTestKit } from "../kit/app.ts";
import { eventLockStatements } from "../kit/database.ts";
import { globalId } from "../kit/ids.ts";
import { connect, type LiveClient, subscribe, waitFor } from "../kit/live.ts";
import { queryServer, startServer, stopServer } from "../kit/server-process.ts";
import { seedWorld, type World } from "../kit/world.ts";
import { locationCreate, productCreate } from "../operations/catalog.ts";
import { stockAdjustUserErrors } from "../operations/inventory.ts";
import { stockLevelEvents, stockLevelEventsWithProduct } from "../operations/live.ts";

/** Bursts of events to subscribers whose selection reads relations: batched loads, and what they cost. */

let kit: TestKit;
/**
 * The cost tests' feed: it never polls, so every read it makes is one a commit asked for. The kit's database is its
 * own: on PostgreSQL too the server remembers keys, as on PGlite.
 */
let feed: LiveFeed;
let server: RunningServer;
let world: World;
/** 50 products, each with a barcode. */
let products: number[];
let counts = 0;
const clients: LiveClient[] = [];

useTestKit((opened) => {
  kit = opened;
});
beforeAll(async () => {
  const logger = createLogger("error");
  feed = createLiveFeed({ db: kit.db, logger, soleInstance: true, limits: { pollIntervalMs: 600_000 } });
  server = await listen(createApp({ db: kit.db, logger, live: feed }), {
    port: 0,
    host: "127.0.0.1",
    db: kit.db,
  });
  world = await seedWorld(kit);
  const rows = await kit.db.prisma.product.createManyAndReturn({
    data: Array.from({ length: 50 }, (_, index) => ({ sku: `BURST-${index}`, name: `Burst ${index}` })),
    select: { id: true },
  });
  products = rows.map((row) => row.id);
  await kit.db.prisma.barcode.createMany({
    data: products.map((productId) => ({ code: `400000000${productId}`, productId })),
  });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await waitFor(
    () => feed.subscriptionCount === 0,
    () => "every subscription to end",
  );
});
afterAll(async () => {
  await server.close();
  await feed.close();
});

function client(): LiveClient {
  const live = connect(server.url, kit.adminKey);
  clients.push(live);
  return live;
}

/** A stock count of the first `lines` products at the warehouse: one STOCK_CHANGED event per line. */
async function count(lines = products.length) {
  counts++;
  const input = {
    type: "COUNT" as const,
    lines: products.slice(0, lines).map((productId) => ({
      productId: globalId("Product", productId),
      locationId: globalId("Location", world.warehouse),
      quantity: String(counts),
    })),
  };
  succeeded(await kit.execute(stockAdjustUserErrors, { input }), "stockAdjust");
}

async function newestEventId(): Promise<string> {
  const newest = await kit.db.prisma.event.findFirstOrThrow({ orderBy: { id: "desc" } });
  return newest.id.toString();
}

describe("bursts", () => {
  // The server in its own process, as deployed: here the test's requests and the server's work would share one
  // event loop.
  it("keeps a subscriber that reads as fast as it can through a burst of 1,500 stock events with a relation each", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "bomgraph-burst-"));
    const started = await startServer({ DATA_DIR: dataDir, SEED_DEMO: "0" });
    try {
      const key = started.adminKey;
      const run = async <Variables>(
        document: TypedDocumentNode<unknown, Variables>,
        variables: Variables,
      ) => {
        const result = await queryServer(started, key, print(document), variables as Record<string, unknown>);
        return succeeded<Record<string, { id: string }>>(result, Object.keys(result.data ?? {})[0] ?? "");
      };
      const store = await run(locationCreate, { input: { name: "Store", kind: "WAREHOUSE" } });
      const locationId = store.location?.id ?? "";
      const productIds = await Promise.all(
        Array.from({ length: 50 }, async (_, index) => {
          const created = await run(productCreate, {
            input: { sku: `BURST-${index}`, name: `Burst ${index}`, barcodes: [`40000000${index}`] },
          });
          return created.product?.id ?? "";
        }),
      );
      // From the first event: whether the subscription registers before the burst or during it, it gets it all.
      const live = connect(started.url, key);
      const board = subscribe(live, stockLevelEventsWithProduct, { locationId, after: "0" });
      // A stock count of 1,500 lines, sent as 30 requests of 50.
      for (let request = 1; request <= 30; request++) {
        const lines = productIds.map((productId) => ({ productId, locationId, quantity: String(request) }));
        await run(stockAdjustUserErrors, { input: { type: "COUNT", lines } });
      }

      const events = await board.waitForResults(1500, 120_000);
      expect(board.errors).toBeNull();
      expect(events).toHaveLength(1500);
      expect(events.at(-1)?.stockLevelEvents.product).toEqual({ sku: "BURST-49", barcodes: ["4000000049"] });
      await live.dispose();
    } finally {
      await stopServer(started, "SIGTERM");
      await rm(dataDir, { recursive: true, force: true });
    }
    // A server of its own to start, and 80 requests: minutes on a loaded machine.
  }, 240_000);
});

/**
 * A count delivered to three subscribers: the count's own statements, one read of the feed, and one per relation
 * (products, their barcodes, locations, stock levels) for the batch.
 */
const STATEMENTS_PER_BATCH = 16 + eventLockStatements();
/** A replay: the checks of `after`, the page, the retention boundary and one per relation for the page. */
const STATEMENTS_PER_REPLAY_PAGE = 10;

describe("cost", () => {
  /** SQL statements from the count's start until every subscriber has every event of it. */
  async function statementsToDeliver(lines: number, subscriptions: { results: unknown[] }[]) {
    const before = subscriptions.map((subscription) => subscription.results.length);
    return kit.countStatements(async () => {
      await count(lines);
      await waitFor(
        () =>
          subscriptions.every(
            (subscription, index) => subscription.results.length === (before[index] ?? 0) + lines,
          ),
        () => `${lines} events for every subscriber`,
      );
    });
  }

  it("reads each relation once per batch of events, not once per event or per subscriber", async () => {
    const live = client();
    const boards = Array.from({ length: 3 }, () =>
      subscribe(live, stockLevelEvents, { locationId: globalId("Location", world.warehouse) }),
    );
    await waitFor(
      () => feed.subscriptionCount === 3,
      () => "the subscriptions",
    );
    await statementsToDeliver(1, boards);
    // The same statements for 5 events as for 50: the count's own, one read of the feed, and one per relation
    // (products, their barcodes, locations, stock levels) for the batch.
    const few = await statementsToDeliver(5, boards);
    const many = await statementsToDeliver(50, boards);
    expect(many).toBe(few);
    expect(many).toBe(STATEMENTS_PER_BATCH);
  });

  it("reads each relation once per replay page", async () => {
    const live = client();
    const replayed = async (events: number) => {
      const after = await newestEventId();
      await count(events);
      const newest = BigInt(await newestEventId());
      await waitFor(
        () => feed.cursor >= newest,
        () => "the feed to read the count",
      );
      return kit.countStatements(async () => {
        const board = subscribe(live, stockLevelEvents, {
          locationId: globalId("Location", world.warehouse),
          after,
        });
        await board.waitForResults(events);
        board.unsubscribe();
        await waitFor(
          () => feed.subscriptionCount === 0,
          () => "the replay to end",
        );
      });
    };
    await replayed(1);
    // The same statements for 5 events as for 50: the checks of `after`, the page, the retention boundary and
    // one per relation for the page.
    expect(await replayed(50)).toBe(await replayed(5));
    expect(await replayed(5)).toBe(STATEMENTS_PER_REPLAY_PAGE);
  });
});
