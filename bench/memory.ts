/**
 * `npm run bench:memory [-- --requests=300]`: what a started server holds. The server is started by `npm start`
 * itself (the build when stale, then compiled JavaScript under plain Node), on a fresh embedded database, and
 * also on PostgreSQL when DATABASE_URL is set (a fresh database `bg_memory_*` on that server, dropped at the end).
 * Each is measured idle after start, right after a warm-up load (`--requests` mixed requests from 5 clients:
 * product list, BOM explosion, an order's tree, a barcode scan, a production order created, while a graphql-ws
 * subscription receives the orders' events) and idle 30 s later. Linux only (it finds the server through /proc).
 *
 * Beside them, in the same run, the floors: plain Node holding an idle HTTP server (before and after as many
 * requests), and for the embedded case PGlite alone on the server's migrated data with the server's parameters.
 * The targets (issue "Scale: cost grows with the work, not the data"): RSS <= 250 MB embedded, <= 150 MB on
 * PostgreSQL, idle after start and idle after the warm-up.
 *
 * Each process reports through bench/memory-probe.mjs (loaded with NODE_OPTIONS): RSS, V8's heap used, external
 * memory (ArrayBuffers, WebAssembly memories included) and the size of its WebAssembly memories.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";
import { PGLITE_START_PARAMS } from "../src/db/pglite.ts";
import { type ServerProcess, serverPid, startServer, stopServer } from "../test/kit/server-process.ts";
import { benchOptions } from "./options.ts";

const options = benchOptions("npm run bench:memory [-- --requests=300]", { numbers: ["requests"] });
const REQUESTS = options.number("requests", 300);
const CLIENTS = 5;
/** Idle time before each reading: what a start or a load left behind has been collected by then. */
const SETTLE_MS = 5_000;
/** Idle time after the warm-up before the reading the targets apply to. */
const IDLE_MS = 30_000;
const TARGETS = { embedded: 250, postgres: 150 };

const probe = fileURLToPath(new URL("./memory-probe.mjs", import.meta.url));

interface Reading {
  rss: number;
  heapUsed: number;
  external: number;
  wasm: number;
}

/** Asks process `pid` (which loaded the probe) for its reading. */
async function read(probeDir: string, pid: number): Promise<Reading> {
  const file = path.join(probeDir, `${pid}.json`);
  await rm(file, { force: true });
  process.kill(pid, "SIGUSR2");
  // A loaded machine may take seconds to answer.
  for (let attempt = 0; attempt < 1200; attempt++) {
    const text = await readFile(file, "utf8").catch(() => null);
    if (text) return JSON.parse(text) as Reading;
    await sleep(50);
  }
  throw new Error(`process ${pid} wrote no reading`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function probeEnv(probeDir: string): Record<string, string> {
  return { NODE_OPTIONS: `--import=${probe}`, BENCH_MEMORY_PROBE_DIR: probeDir };
}

// ---------------------------------------------------------------- the floors

/** A child process of plain Node running `script`, which prints one line when it is ready. */
async function startScript(
  script: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout?.once("data", (chunk) => resolve(String(chunk).trim()));
    child.once("exit", (code) => reject(new Error(`exited with ${code}`)));
  });
  return { child, line };
}

async function stopScript(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function bareNode(probeDir: string): Promise<[Reading, Reading]> {
  const { child, line } = await startScript(
    `import { createServer } from "node:http";
     const server = createServer((request, response) => response.end("ok"));
     server.listen(0, "127.0.0.1", () => console.log(server.address().port));`,
    probeEnv(probeDir),
  );
  try {
    const pid = child.pid ?? 0;
    await sleep(SETTLE_MS);
    const idle = await read(probeDir, pid);
    await inParallel(REQUESTS, async () => {
      await (await fetch(`http://127.0.0.1:${line}/`)).text();
    });
    await sleep(SETTLE_MS);
    return [idle, await read(probeDir, pid)];
  } finally {
    await stopScript(child);
  }
}

/** PGlite alone on the server's migrated data, with the server's parameters, after a few reads. */
async function barePglite(probeDir: string, dataDir: string): Promise<Reading> {
  const { child } = await startScript(
    `import { PGlite } from "@electric-sql/pglite";
     import { citext } from "@electric-sql/pglite/contrib/citext";
     import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
     const db = await PGlite.create({
       dataDir: process.env.PGLITE_DIR, extensions: { citext, pg_trgm }, startParams: JSON.parse(process.env.PGLITE_PARAMS),
     });
     await db.query('SELECT count(*) FROM "Product"');
     await db.query('SELECT * FROM "StockMovement" ORDER BY id DESC LIMIT 100');
     console.log("ready");
     process.on("SIGTERM", () => db.close().then(() => process.exit(0)));`,
    { ...probeEnv(probeDir), PGLITE_DIR: dataDir, PGLITE_PARAMS: JSON.stringify(PGLITE_START_PARAMS) },
  );
  try {
    await sleep(SETTLE_MS);
    return await read(probeDir, child.pid ?? 0);
  } finally {
    await stopScript(child);
  }
}

// ---------------------------------------------------------------- the server

async function inParallel(count: number, request: (index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < count) await request(next++);
    }),
  );
}

async function graphql(
  server: ServerProcess,
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const ORDER_FOR_WARM_UP = `query MemoryDemoOrder {
  productionOrders(first: 1) { edges { node { id location { id } lines { bom { id product { id } } } } } }
}`;
const WARM_UP = [
  `query MemoryProducts { products(first: 50) { edges { node { id sku name unit cost } } } }`,
  `query MemoryExplosion($productId: ID!) {
     bomExplosion(productId: $productId, quantity: "5") {
       nodes { level path kind totalQuantity available shortage }
       requirements { component { sku } quantity available shortage }
       cost { materialCostPerUnit materialCost }
     }
   }`,
  `query MemoryTree($orderId: ID!) {
     node(id: $orderId) {
       ... on ProductionOrder {
         number status
         tree { level path kind status lines { product { sku } quantity } components { product { sku } requiredQuantity } }
       }
     }
   }`,
  `query MemoryScan { productByBarcode(code: "WHEEL") { id sku name stockLevels { onHand available } } }`,
  `mutation MemoryOrder($input: ProductionOrderCreateInput!) {
     productionOrderCreate(input: $input) { productionOrder { id number } userErrors { code message } }
   }`,
];

interface Measured {
  start: Reading;
  /** Right after the warm-up. */
  loaded: Reading;
  /** Idle since: V8 has collected the warm-up's garbage by then (its memory reducer runs once allocation stops). */
  idle: Reading;
  events: number;
  dataDir: string;
}

async function measureServer(env: Record<string, string>, probeDir: string): Promise<Measured> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bomgraph-memory-"));
  const server = await startServer(
    { DATA_DIR: dataDir, SEED_DEMO: "1", ...env, ...probeEnv(probeDir) },
    { via: "npm" },
  );
  try {
    const pid = await serverPid(server);
    const key = server.adminKey;
    await sleep(SETTLE_MS);
    const start = await read(probeDir, pid);

    const order = (await graphql(server, key, ORDER_FOR_WARM_UP)) as {
      productionOrders: {
        edges: {
          node: {
            id: string;
            location: { id: string };
            lines: { bom: { id: string; product: { id: string } } }[];
          };
        }[];
      };
    };
    const demo = order.productionOrders.edges[0]?.node;
    const line = demo?.lines[0];
    if (!demo || !line) throw new Error("no demo production order to warm up with");
    let events = 0;
    const live = createClient({
      url: server.url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${key}` },
      retryAttempts: 0,
    });
    const unsubscribe = live.subscribe(
      { query: "subscription MemoryEvents { productionOrderEvents { id type productionOrder { number } } }" },
      {
        next: () => void events++,
        error: (error) => console.error("subscription:", error),
        complete: () => {},
      },
    );
    const variables = {
      productId: line.bom.product.id,
      orderId: demo.id,
      input: { locationId: demo.location.id, lines: [{ bomId: line.bom.id, quantity: "1" }] },
    };
    await inParallel(REQUESTS, async (index) => {
      const query = WARM_UP[index % WARM_UP.length] ?? "";
      await graphql(server, key, query, /\$/.test(query) ? pick(query, variables) : {});
    });
    await sleep(SETTLE_MS);
    const loaded = await read(probeDir, pid);
    unsubscribe();
    await sleep(IDLE_MS - SETTLE_MS);
    const idle = await read(probeDir, pid);
    await live.dispose();
    expectCode(await stopServer(server, "SIGTERM"));
    return { start, loaded, idle, events, dataDir };
  } finally {
    server.kill();
  }
}

/** The variables `query` declares, out of `all`. */
function pick(query: string, all: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(all).filter(([name]) => query.includes(`$${name}:`)));
}

function expectCode(code: number | null) {
  if (code !== 0) throw new Error(`the server stopped with ${code}`);
}

// ---------------------------------------------------------------- PostgreSQL

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function onFreshPostgres<T>(url: string, work: (databaseUrl: string) => Promise<T>): Promise<T> {
  const name = `bg_memory_${Date.now().toString(36)}`;
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  await admin(maintenance.toString(), `CREATE DATABASE "${name}"`);
  try {
    return await work(databaseUrl.toString());
  } finally {
    await admin(maintenance.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

// ---------------------------------------------------------------- the report

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).padStart(10);

function row(label: string, reading: Reading, target?: number) {
  const verdict =
    target === undefined
      ? ""
      : reading.rss <= target * 1024 * 1024
        ? `  <= ${target}: met`
        : `  > ${target}: NOT met`;
  console.log(
    `${label.padEnd(50)}${MB(reading.rss)}${MB(reading.heapUsed)}${MB(reading.external)}${MB(reading.wasm)}${verdict}`,
  );
}

function rows(database: string, measured: Measured, target: number) {
  row(`bomgraph, ${database}: idle after start`, measured.start, target);
  row(`  right after the warm-up (${measured.events} events)`, measured.loaded);
  row(`  idle ${IDLE_MS / 1000} s after the warm-up`, measured.idle, target);
}

async function main() {
  const probeDir = await mkdtemp(path.join(tmpdir(), "bomgraph-memory-probe-"));
  const dataDirs: string[] = [];
  try {
    const [nodeIdle, nodeLoaded] = await bareNode(probeDir);
    const embedded = await measureServer({}, probeDir);
    dataDirs.push(embedded.dataDir);
    const pglite = await barePglite(probeDir, path.join(embedded.dataDir, "pglite"));
    const url = process.env.DATABASE_URL;
    const postgres = url
      ? await onFreshPostgres(url, (databaseUrl) => measureServer({ DATABASE_URL: databaseUrl }, probeDir))
      : null;
    if (postgres) dataDirs.push(postgres.dataDir);

    console.log(
      `\nMemory (MB) on Node ${process.versions.node}; warm-up: ${REQUESTS} requests from ${CLIENTS} clients`,
    );
    console.log(
      `${"".padEnd(50)}${"RSS".padStart(10)}${"heap used".padStart(10)}${"external".padStart(10)}${"wasm".padStart(10)}`,
    );
    row("plain Node, idle HTTP server", nodeIdle);
    row(`plain Node, after ${REQUESTS} requests`, nodeLoaded);
    row("PGlite alone, migrated demo data", pglite);
    rows("embedded", embedded, TARGETS.embedded);
    if (postgres) {
      rows("PostgreSQL", postgres, TARGETS.postgres);
    } else {
      console.log("(set DATABASE_URL to measure the server on PostgreSQL too)");
    }
  } finally {
    await rm(probeDir, { recursive: true, force: true });
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  }
}

await main();
