/**
 * `npm run bench:fanout [-- 100 1000 5000 --rounds=5 --burst=100]`: live update fan-out on one server instance.
 * `npm run bench:fanout -- --burst` runs the burst case alone (`--burst=N` for N subscribers, default 100).
 *
 * Status changes: for each N: N graphql-ws clients (one socket and one `productionOrderEvents(orderId)` subscription each, also
 * selecting the order's current status) subscribe to one order; then, `rounds` times, one status change of that
 * order (authorize, then undo, alternately) is sent over HTTP, and the time from its commit (taken in the server
 * right after COMMIT returns) until each subscriber has received the event is recorded (wall clock, the same in
 * both processes). Prints p50/p99/max of those delivery latencies, deliveries per second (N / time until the last
 * subscriber had it), the mutation's own round trip (p50) and the server's memory per subscriber (heap used and
 * RSS after GC with N subscribers, minus before them, divided by N).
 *
 * Burst: N graphql-ws clients subscribe to `stockLevelEvents(locationId)` selecting a relation per event
 * (`id product { sku barcodes }`, as a stock board does), then a stock count of 1,500 lines arrives as 30
 * `stockAdjust` requests of 50 lines, one after the other: 1,500 events for every subscriber. Prints how many
 * deliveries arrived of N x 1,500, how many subscribers were dropped (closed as slow consumers) and p50/p99/max
 * of the latency from each event's commit to its receipt.
 *
 * The server runs in a child process (this file with --server), so its memory is its own; the clients run here.
 * Both share the machine's cores. PGlite (in memory) by default; PostgreSQL when DATABASE_URL is set (it
 * migrates that database and adds rows to it).
 */
import { type ChildProcess, fork } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { print } from "graphql";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { openDatabase } from "../src/db/database.ts";
import { migrate } from "../src/db/migrate.ts";
import { createApp } from "../src/http/app.ts";
import { listen } from "../src/http/server.ts";
import { createLogger } from "../src/logger.ts";
import { graphql } from "../test/graphql/index.ts";
import { globalId } from "../test/kit/ids.ts";
import { benchAdminKey } from "./admin-key.ts";
import { benchOptions } from "./options.ts";
import { percentile } from "./percentile.ts";

const FanoutEvents = graphql(`
  subscription FanoutEvents($orderId: ID!) {
    productionOrderEvents(orderId: $orderId) { id afterStatus productionOrder { status } }
  }
`);

const FanoutCreate = graphql(`
  mutation FanoutCreate($input: ProductionOrderCreateFromBomInput!) {
    productionOrderCreateFromBom(input: $input) { productionOrder { id } userErrors { message } }
  }
`);
const FanoutAuthorize = graphql(`
  mutation FanoutAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { message } } }
`);
const FanoutUndo = graphql(`
  mutation FanoutUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { message } } }
`);

const BurstEvents = graphql(`
  subscription FanoutBurstEvents($locationId: ID!) {
    stockLevelEvents(locationId: $locationId) { id product { sku barcodes } }
  }
`);
const BurstAdjust = graphql(`
  mutation FanoutBurstAdjust($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { message } } }
`);

const CONNECT_BATCH = 100;
/** The burst: BURST_REQUESTS stock adjustments of BURST_LINES lines each, one event per line. */
const BURST_REQUESTS = 30;
const BURST_LINES = 50;
/** Subscribers of the burst case unless `--burst=N` says otherwise. */
const BURST_SUBSCRIBERS = 100;

type ToParent =
  | {
      type: "ready";
      url: string;
      key: string;
      locationId: number;
      bomId: number;
      burstProductIds: number[];
      engine: string;
    }
  | { type: "status"; heapUsed: number; rss: number; subscriptions: number }
  | { type: "committed"; at: number[] };
/** `status` with `gc` collects garbage first (twice), so that memory figures compare. */
type ToServer =
  | { type: "status"; gc: boolean }
  | { type: "committed"; eventIds: string[] }
  | { type: "stop" };

/** Milliseconds since the epoch, sub-millisecond: comparable between the two processes. */
const wallClock = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------- server (child process)

async function serve() {
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { kind: "postgres", url } : { kind: "pglite" });
  await migrate(db);
  const key = await benchAdminKey(db);
  // When each transaction that wrote events committed, by the highest event id it wrote. Registered before the
  // app's live feed, so it is taken before the feed even hears of the commit.
  const commits: { throughId: bigint; at: number }[] = [];
  db.onEventsCommitted((throughId) => commits.push({ throughId, at: wallClock() }));
  const app = createApp({ db, logger: createLogger("error") });
  const server = await listen(app, { port: 0, host: "127.0.0.1", db });
  const run = Date.now().toString(36);
  const floor = await db.prisma.location.create({
    data: { name: `Fanout floor ${run}`, kind: "SHOP_FLOOR" },
  });
  const part = await db.prisma.product.create({ data: { sku: `FANOUT-PART-${run}`, name: "Part" } });
  const product = await db.prisma.product.create({ data: { sku: `FANOUT-${run}`, name: "Product" } });
  const bom = await db.prisma.bom.create({
    data: {
      productId: product.id,
      kind: "PRODUCTION",
      name: "Fanout",
      lines: { create: [{ componentId: part.id, quantity: "2", position: 0 }] },
    },
  });
  // The burst's products, each with a barcode (the relation its subscribers select).
  const burstProducts = await db.prisma.product.createManyAndReturn({
    data: Array.from({ length: BURST_LINES }, (_, index) => ({
      sku: `FANOUT-BURST-${run}-${index}`,
      name: `Burst ${index}`,
    })),
    select: { id: true },
  });
  await db.prisma.barcode.createMany({
    data: burstProducts.map((row) => ({ code: `FANOUT-BURST-${run}-${row.id}`, productId: row.id })),
  });
  const send = (message: ToParent) => process.send?.(message);
  send({
    type: "ready",
    url: server.url,
    key,
    locationId: floor.id,
    bomId: bom.id,
    burstProductIds: burstProducts.map((row) => row.id),
    engine: url ? `PostgreSQL (${new URL(url).host})` : "PGlite (in memory)",
  });
  // The bench process died: do not outlive it.
  process.on("disconnect", () => process.exit(1));
  process.on("message", async (message: ToServer) => {
    if (message.type === "status") {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (message.gc) {
        gc?.();
        gc?.();
      }
      const usage = process.memoryUsage();
      send({
        type: "status",
        heapUsed: usage.heapUsed,
        rss: usage.rss,
        subscriptions: app.live.subscriptionCount,
      });
    } else if (message.type === "committed") {
      const at = message.eventIds.map(
        (eventId) => commits.find((entry) => entry.throughId >= BigInt(eventId))?.at ?? Number.NaN,
      );
      send({ type: "committed", at });
    } else {
      await server.close();
      await app.live.close();
      await db.close();
      process.exit(0);
    }
  });
}

// ---------------------------------------------------------------- clients (this process)

async function main() {
  // `--burst` alone is the burst case with its default number of subscribers.
  const args = process.argv.slice(2).map((arg) => (arg === "--burst" ? `--burst=${BURST_SUBSCRIBERS}` : arg));
  const options = benchOptions(
    "npm run bench:fanout [-- 100 1000 5000 --rounds=5] | [-- --burst[=100]]",
    { numbers: ["rounds", "burst"], positionals: true },
    args,
  );
  const sizes = options.numbers;
  const rounds = options.number("rounds", 5);
  const burstOnly = args.some((arg) => arg.startsWith("--burst"));
  const burstSubscribers = options.number("burst", BURST_SUBSCRIBERS);
  const server = fork(fileURLToPath(import.meta.url), ["--server"], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const replies = replyQueue(server);
  const ready = (await replies.next()) as Extract<ToParent, { type: "ready" }>;
  const status = async (gc: boolean) => {
    const reply = replies.next();
    server.send({ type: "status", gc } satisfies ToServer);
    return (await reply) as Extract<ToParent, { type: "status" }>;
  };
  const committedAt = async (eventIds: string[]) => {
    const reply = replies.next();
    server.send({ type: "committed", eventIds } satisfies ToServer);
    return ((await reply) as Extract<ToParent, { type: "committed" }>).at;
  };
  const execute = async (document: Parameters<typeof print>[0], variables: Record<string, unknown>) => {
    const response = await fetch(ready.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ready.key}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const result = (await response.json()) as {
      data?: Record<string, { userErrors: unknown[] }>;
      errors?: unknown;
    };
    const payload = Object.values(result.data ?? {})[0];
    if (result.errors || !payload || payload.userErrors.length > 0) throw new Error(JSON.stringify(result));
    return payload as unknown as Record<string, { id: string }>;
  };
  const connectClients = async (
    size: number,
    /** Subscribes `client`; `failed` is for a subscription that fails while they are being set up. */
    onClient: (client: Client, index: number, failed: (error: unknown) => void) => void,
  ) => {
    const clients: Client[] = [];
    const failures: unknown[] = [];
    // In batches: thousands of handshakes at once would outlast graphql-ws's 3 s connection_init timeout here.
    for (let start = 0; start < size; start += CONNECT_BATCH) {
      const batch: Promise<unknown>[] = [];
      for (let index = start; index < Math.min(size, start + CONNECT_BATCH); index++) {
        let connected: (value: unknown) => void = () => {};
        batch.push(new Promise((resolve) => (connected = resolve)));
        const client = createClient({
          url: ready.url.replace(/^http/, "ws"),
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${ready.key}` },
          retryAttempts: 0,
          on: { connected },
        });
        onClient(client, index, (error) => {
          failures.push(error);
          connected(undefined);
        });
        clients.push(client);
      }
      await Promise.all(batch);
      if (failures.length > 0) {
        const { code, reason } = failures[0] as { code?: number; reason?: string };
        throw new Error(
          `${failures.length} subscribers failed, the first with ${code} ${reason ?? String(failures[0])}`,
        );
      }
    }
    await until(async () => (await status(false)).subscriptions >= size, 300_000, 100);
    return clients;
  };
  const closeClients = async (clients: Client[]) => {
    await Promise.all(clients.map((client) => client.dispose()));
    await until(async () => (await status(false)).subscriptions === 0, 60_000, 100);
  };

  if (!burstOnly) await statusChanges();
  await burst();
  server.send({ type: "stop" } satisfies ToServer);
  await new Promise((resolve) => server.once("exit", resolve));

  async function statusChanges() {
    const created = await execute(FanoutCreate, {
      input: {
        locationId: globalId("Location", ready.locationId),
        bomId: globalId("Bom", ready.bomId),
        quantity: "1",
      },
    });
    const orderId = created.productionOrder?.id ?? "";
    let orderStatus: "DRAFT" | "PLANNED" = "DRAFT";
    const changeStatus = async () => {
      if (orderStatus === "DRAFT") await execute(FanoutAuthorize, { id: orderId });
      else await execute(FanoutUndo, { id: orderId });
      orderStatus = orderStatus === "DRAFT" ? "PLANNED" : "DRAFT";
      return orderStatus;
    };

    console.log(
      `bomgraph live fan-out bench on ${ready.engine}, ${rounds} status changes per size (after one warm-up), ` +
        "server in a child process, clients in this one; latencies in ms from the commit to each subscriber",
    );
    console.log(machine());
    console.log(
      [
        "subscribers",
        "p50",
        "p99",
        "max",
        "deliveries/s",
        "mutation p50",
        "heap/sub KB",
        "rss/sub KB",
        "subscribe s",
      ].join("\t"),
    );
    for (const size of sizes.length > 0 ? sizes : [100, 1000, 5000]) {
      const before = await status(true);
      const setupStart = performance.now();
      const received: { id: string; status: string; at: number }[][] = Array.from({ length: size }, () => []);
      const clients = await connectClients(size, (client, index, failed) => {
        client.subscribe(
          { query: print(FanoutEvents), variables: { orderId } },
          {
            next: (result) => {
              const event = (
                result.data as { productionOrderEvents: { id: string; afterStatus: string } } | undefined
              )?.productionOrderEvents;
              received[index]?.push({
                id: event?.id ?? "",
                status: event?.afterStatus ?? "",
                at: wallClock(),
              });
            },
            error: failed,
            complete: () => {},
          },
        );
      });
      const setupSeconds = (performance.now() - setupStart) / 1000;

      const latencies: number[] = [];
      const rates: number[] = [];
      const mutations: number[] = [];
      for (let round = 0; round <= rounds; round++) {
        for (const list of received) list.length = 0;
        const sent = wallClock();
        const expected = await changeStatus();
        const answered = wallClock() - sent;
        await until(async () => received.every((list) => list.length > 0), 60_000, 1).catch(
          (error: unknown) => {
            const missing = received.filter((list) => list.length === 0).length;
            throw new Error(`${missing} of ${size} subscribers did not receive the event`, { cause: error });
          },
        );
        const [committed = Number.NaN] = await committedAt([received[0]?.[0]?.id ?? "0"]);
        const times = received.map((list) => {
          const [event] = list;
          if (list.length !== 1 || event?.status !== expected)
            throw new Error(`unexpected delivery ${JSON.stringify(list)}`);
          return event.at - committed;
        });
        if (round === 0) continue; // warm-up
        latencies.push(...times);
        mutations.push(answered);
        rates.push(size / (Math.max(...times) / 1000));
      }
      const after = await status(true);

      latencies.sort((a, b) => a - b);
      rates.sort((a, b) => a - b);
      mutations.sort((a, b) => a - b);
      console.log(
        [
          size,
          percentile(latencies, 0.5).toFixed(1),
          percentile(latencies, 0.99).toFixed(1),
          (latencies.at(-1) ?? 0).toFixed(1),
          Math.round(percentile(rates, 0.5)),
          percentile(mutations, 0.5).toFixed(1),
          ((after.heapUsed - before.heapUsed) / size / 1024).toFixed(1),
          ((after.rss - before.rss) / size / 1024).toFixed(1),
          setupSeconds.toFixed(1),
        ].join("\t"),
      );
      await closeClients(clients);
    }
  }

  async function burst() {
    const size = burstSubscribers;
    const events = BURST_REQUESTS * BURST_LINES;
    console.log(
      `\nburst on ${ready.engine}: ${size} subscribers of stockLevelEvents { id product { sku barcodes } }, ` +
        `${events} events (${BURST_REQUESTS} stock counts of ${BURST_LINES} lines, sent one after the other); ` +
        "latencies in ms from each event's commit to its receipt",
    );
    console.log(machine());
    const received: { id: string; at: number }[][] = Array.from({ length: size }, () => []);
    const dropped: string[] = [];
    let settingUp = true;
    const clients = await connectClients(size, (client, index, failed) => {
      client.subscribe(
        { query: print(BurstEvents), variables: { locationId: globalId("Location", ready.locationId) } },
        {
          next: (result) => {
            const event = (result.data as { stockLevelEvents: { id: string } } | undefined)?.stockLevelEvents;
            received[index]?.push({ id: event?.id ?? "", at: wallClock() });
          },
          error: (error) => {
            if (settingUp) failed(error);
            else {
              const { code, reason } = error as { code?: number; reason?: string };
              dropped.push(`${code} ${reason ?? String(error)}`);
            }
          },
          complete: () => {},
        },
      );
    });
    settingUp = false;

    const started = wallClock();
    const mutations: number[] = [];
    for (let request = 0; request < BURST_REQUESTS; request++) {
      const sent = wallClock();
      await execute(BurstAdjust, {
        input: {
          type: "COUNT",
          lines: ready.burstProductIds.map((productId) => ({
            productId: globalId("Product", productId),
            locationId: globalId("Location", ready.locationId),
            // A new count every time: every line changes the stock, so every line is an event.
            quantity: String(request + 1),
          })),
        },
      });
      mutations.push(wallClock() - sent);
    }
    const sentSeconds = (wallClock() - started) / 1000;
    const delivered = () => received.reduce((sum, list) => sum + list.length, 0);
    // Until every subscriber that was not dropped has every event, or nothing arrived for 10 s.
    let last = -1;
    let lastChange = Date.now();
    await until(
      async () => {
        if (delivered() !== last) {
          last = delivered();
          lastChange = Date.now();
        }
        const done = received.filter((list) => list.length >= events).length + dropped.length >= size;
        return done || Date.now() - lastChange > 10_000;
      },
      600_000,
      10,
    );
    const allSeconds = (wallClock() - started) / 1000;

    const ids = [...new Set(received.flatMap((list) => list.map((event) => event.id)))];
    const commitTimes = await committedAt(ids);
    const committedAtId = new Map(ids.map((id, index) => [id, commitTimes[index] ?? Number.NaN]));
    const latencies = received
      .flatMap((list) => list.map((event) => event.at - (committedAtId.get(event.id) ?? Number.NaN)))
      .sort((a, b) => a - b);
    mutations.sort((a, b) => a - b);
    console.log(
      [
        "subscribers",
        "delivered",
        "dropped",
        "p50",
        "p99",
        "max",
        "burst sent s",
        "all received s",
        "mutation p50",
      ].join("\t"),
    );
    console.log(
      [
        size,
        `${delivered()}/${size * events}`,
        dropped.length,
        percentile(latencies, 0.5).toFixed(1),
        percentile(latencies, 0.99).toFixed(1),
        (latencies.at(-1) ?? 0).toFixed(1),
        sentSeconds.toFixed(1),
        allSeconds.toFixed(1),
        percentile(mutations, 0.5).toFixed(1),
      ].join("\t"),
    );
    if (dropped.length > 0) console.log(`first drop: ${dropped[0]}`);
    await closeClients(clients);
  }
}

function machine(): string {
  return `${cpus().length} cores, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(" ")} at start`;
}

/** The child's messages, in order: each `next()` gets the next one. */
function replyQueue(child: ChildProcess) {
  const waiting: { resolve: (message: ToParent) => void; reject: (error: Error) => void }[] = [];
  child.on("message", (message) => waiting.shift()?.resolve(message as ToParent));
  child.on("exit", (code) => {
    for (const waiter of waiting.splice(0)) waiter.reject(new Error(`the server exited with ${code}`));
  });
  return {
    next: () => new Promise<ToParent>((resolve, reject) => waiting.push({ resolve, reject })),
  };
}

async function until(condition: () => Promise<boolean>, timeoutMs: number, intervalMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

if (process.argv.includes("--server")) await serve();
else await main();
