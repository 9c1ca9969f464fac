/**
 * `npm run bench:fanout [-- 100 1000 5000 --rounds=5]`: live update fan-out on one server instance.
 *
 * For each N: N graphql-ws clients (one socket and one `productionOrderEvents(orderId)` subscription each, also
 * selecting the order's current status) subscribe to one order; then, `rounds` times, one status change of that
 * order (authorize, then undo, alternately) is sent over HTTP, and the time from its commit (taken in the server
 * right after COMMIT returns) until each subscriber has received the event is recorded (wall clock, the same in
 * both processes). Prints p50/p99/max of those delivery latencies, deliveries per second (N / time until the last
 * subscriber had it), the mutation's own round trip (p50) and the server's memory per subscriber (heap used and
 * RSS after GC with N subscribers, minus before them, divided by N).
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
import { createApp } from "../src/app.ts";
import { bootstrap } from "../src/bootstrap.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import { migrate } from "../src/db/migrate.ts";
import { createApiKey } from "../src/domain/access.ts";
import { createLogger } from "../src/logger.ts";
import { listen } from "../src/server.ts";
import { graphql } from "../test/graphql/index.ts";
import { globalId } from "./fixtures.ts";

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

const CONNECT_BATCH = 100;

type ToParent =
  | { type: "ready"; url: string; key: string; locationId: number; bomId: number; engine: string }
  | { type: "status"; heapUsed: number; rss: number; subscriptions: number }
  | { type: "committed"; at: number };
/** `status` with `gc` collects garbage first (twice), so that memory figures compare. */
type ToServer = { type: "status"; gc: boolean } | { type: "committed"; eventId: string } | { type: "stop" };

/** Milliseconds since the epoch, sub-millisecond: comparable between the two processes. */
const wallClock = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------- server (child process)

async function serve() {
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { kind: "postgres", url } : { kind: "pglite" });
  await migrate(db);
  const key = await adminKeyOf(db);
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
  const send = (message: ToParent) => process.send?.(message);
  send({
    type: "ready",
    url: server.url,
    key,
    locationId: floor.id,
    bomId: bom.id,
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
      const commit = commits.find((entry) => entry.throughId >= BigInt(message.eventId));
      send({ type: "committed", at: commit?.at ?? Number.NaN });
    } else {
      await server.close();
      await app.live.close();
      await db.close();
      process.exit(0);
    }
  });
}

async function adminKeyOf(db: Database): Promise<string> {
  const { firstAdminKey } = await bootstrap(db);
  if (firstAdminKey) return firstAdminKey;
  return db.transaction(
    async (tx) => (await createApiKey(tx, { name: "bench", role: "admin" }, null)).secret,
  );
}

// ---------------------------------------------------------------- clients (this process)

async function main() {
  const sizes = process.argv
    .slice(2)
    .filter((arg) => /^\d+$/.test(arg))
    .map(Number);
  const rounds = Number(
    /^--rounds=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith("--rounds=")) ?? "")?.[1] ?? 5,
  );
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
  const committedAt = async (eventId: string) => {
    const reply = replies.next();
    server.send({ type: "committed", eventId } satisfies ToServer);
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
  console.log(
    `${cpus().length} cores, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")} at start`,
  );
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
            error: (error) => {
              failures.push(error);
              connected(undefined);
            },
            complete: () => {},
          },
        );
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
      const committed = await committedAt(received[0]?.[0]?.id ?? "0");
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
    await Promise.all(clients.map((client) => client.dispose()));
    await until(async () => (await status(false)).subscriptions === 0, 60_000, 100);
  }
  server.send({ type: "stop" } satisfies ToServer);
  await new Promise((resolve) => server.once("exit", resolve));
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

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? 0;
}

if (process.argv.includes("--server")) await serve();
else await main();
