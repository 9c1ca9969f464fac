/**
 * `npm run bench:scan [-- --duration=10 --rounds=2]`: scanner throughput. The same barcode lookup served two ways,
 * measured side by side in one run with autocannon (10 connections, HTTP keep-alive):
 * - full: the app (`productByBarcode(code) { id sku name unit }`: authentication, Pothos, Prisma), with Redis
 *   when REDIS_URL is set, as several production instances run (it then remembers keys: ADR 0031);
 * - bare: a bare yoga server over node-pg answering the same query with one indexed lookup (barcode, else SKU),
 *   no authentication: the floor of what a GraphQL server over PostgreSQL can do here.
 * The target (issue "Scale: cost grows with the work, not the data"): full >= 80% of bare's requests/s.
 *
 * Each server runs in a child process of its own (this file with --serve), autocannon in this one; the rounds
 * alternate bare and full so both see the same machine. Needs PostgreSQL (DATABASE_URL): it creates a database
 * `bg_scan_*` on that server with a plant's catalog (100k products, one barcode each) and drops it at the end.
 */
import { type ChildProcess, fork } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createSchema, createYoga } from "graphql-yoga";
import pg from "pg";
import { openDatabase } from "../src/db/database.ts";
import { migrate } from "../src/db/migrate.ts";
import { createApp } from "../src/http/app.ts";
import { listen } from "../src/http/server.ts";
import { createLiveFeed } from "../src/live/index.ts";
import { createLogger } from "../src/logger.ts";
import { bootstrap } from "../src/setup/bootstrap.ts";
import { globalId } from "../test/kit/ids.ts";
import { barcodeOf, generatePlant, skuOf } from "../test/kit/plant.ts";
import { type PlantSize, plantShape } from "../test/kit/plant-size.ts";
import { benchOptions } from "./options.ts";

/** The plant's catalog; the ledger, orders and events are kept small (the lookup never reads them). */
const CATALOG: PlantSize = { products: 100_000, movements: 100_000, orders: 1_000, events: 10_000 };
const CONNECTIONS = 10;
/** Distinct barcodes the load cycles through, spread over the catalog. */
const CODES = 500;
const TARGET = 0.8;

const QUERY = "query Scan($code: String!) { productByBarcode(code: $code) { id sku name unit } }";

type Kind = "full" | "bare";

// ---------------------------------------------------------------- servers (child processes)

async function serve(kind: Kind, url: string) {
  const port = kind === "full" ? await serveFull(url) : await serveBare(url);
  process.send?.({ port });
  process.on("disconnect", () => process.exit(0));
}

async function serveFull(url: string): Promise<number> {
  const db = await openDatabase({ kind: "postgres", url });
  const logger = createLogger("error");
  // As a production instance runs: with REDIS_URL it hears every instance and remembers its keys (ADR 0031).
  const live = createLiveFeed({ db, logger, redisUrl: process.env.REDIS_URL });
  const app = createApp({ db, logger, live });
  return (await listen(app, { port: 0, host: "127.0.0.1", db })).port;
}

/** yoga + node-pg, nothing else: the same answer from one statement of two index probes. */
async function serveBare(url: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: `
        type Product { id: ID! sku: String! name: String! unit: String! }
        type Query { productByBarcode(code: String!): Product }`,
      resolvers: {
        Query: {
          productByBarcode: async (_root: unknown, { code }: { code: string }) => {
            const { rows } = await pool.query<{ id: number; sku: string; name: string; unit: string }>(
              `(SELECT p.id, p.sku, p.name, p.unit FROM "Barcode" b JOIN "Product" p ON p.id = b."productId"
                WHERE b.code = $1)
               UNION ALL
               (SELECT p.id, p.sku, p.name, p.unit FROM "Product" p WHERE p.sku = $1)
               LIMIT 1`,
              [code],
            );
            const row = rows[0];
            return row ? { ...row, id: globalId("Product", row.id) } : null;
          },
        },
      },
    }),
    logging: false,
    landingPage: false,
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

// ---------------------------------------------------------------- load (this process)

interface Round {
  kind: Kind;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function main(duration: number, rounds: number) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("bench:scan needs PostgreSQL (its baseline is node-pg): set DATABASE_URL=postgresql://...");
    process.exit(1);
  }
  const name = `bg_scan_${Date.now().toString(36)}`;
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  await admin(maintenance.toString(), `CREATE DATABASE "${name}"`);
  const children: ChildProcess[] = [];
  try {
    const key = await seed(databaseUrl.toString());
    const servers = {} as Record<Kind, number>;
    for (const kind of ["bare", "full"] as const) {
      const child = fork(fileURLToPath(import.meta.url), [`--serve=${kind}`, `--url=${databaseUrl}`], {
        execArgv: ["--import", "tsx"],
        env: { ...process.env, NODE_ENV: "production" },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      children.push(child);
      servers[kind] = await new Promise<number>((resolve, reject) => {
        child.once("message", (message: { port: number }) => resolve(message.port));
        child.once("exit", (code) => reject(new Error(`the ${kind} server exited (${code})`)));
      });
    }
    const bodies = Array.from({ length: CODES }, (_, index) => {
      const productId = 1 + ((index * 7_919 + 4_567) % CATALOG.products);
      return { productId, body: JSON.stringify({ query: QUERY, variables: { code: barcodeOf(productId) } }) };
    });
    // Both answer the same, before any load.
    for (const kind of ["bare", "full"] as const) {
      const { productId, body } = bodies[0] as { productId: number; body: string };
      const response = await fetch(`http://127.0.0.1:${servers[kind]}/graphql`, {
        method: "POST",
        headers: headers(kind, key),
        body,
      });
      const answer = (await response.json()) as { data?: { productByBarcode?: { sku: string } } };
      if (answer.data?.productByBarcode?.sku !== skuOf(productId)) {
        throw new Error(`${kind}: unexpected answer ${JSON.stringify(answer).slice(0, 300)}`);
      }
    }

    console.log(
      `bomgraph scanner bench on PostgreSQL (${maintenance.host}), ${CATALOG.products / 1000}k products: ` +
        `autocannon, ${CONNECTIONS} connections, ${duration} s per round, ${CODES} barcodes in turn; ` +
        "each server in its own process, NODE_ENV=production; the full server " +
        (process.env.REDIS_URL
          ? "with Redis (it remembers keys)"
          : "without Redis (it reads the key every time)"),
    );
    const results: Round[] = [];
    for (let round = 0; round <= rounds; round++) {
      for (const kind of round % 2 === 0 ? (["bare", "full"] as const) : (["full", "bare"] as const)) {
        // Round 0 warms both up (JIT, plans, pools) and is not counted.
        const result = await load(servers[kind], kind, key, bodies, round === 0 ? 2 : duration);
        if (round > 0) results.push({ kind, ...result });
      }
    }
    console.log(["server", "requests/s", "p50 ms", "p99 ms", "errors", "round"].join("\t"));
    for (const [index, round] of results.entries()) {
      console.log(
        [round.kind, round.requestsPerSecond.toFixed(0), round.p50, round.p99, round.errors, index >> 1].join(
          "\t",
        ),
      );
    }
    const mean = (kind: Kind) => {
      const of = results.filter((round) => round.kind === kind);
      return of.reduce((sum, round) => sum + round.requestsPerSecond, 0) / of.length;
    };
    const ratio = mean("full") / mean("bare");
    console.log(
      `\nfull stack ${mean("full").toFixed(0)} requests/s = ${(ratio * 100).toFixed(0)}% of bare yoga + node-pg ` +
        `${mean("bare").toFixed(0)} requests/s (target >= ${TARGET * 100}%): ${ratio >= TARGET ? "MET" : "NOT MET"}`,
    );
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await admin(maintenance.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** The catalog, and the admin key the full stack authenticates with. */
async function seed(url: string): Promise<string> {
  const db = await openDatabase({ kind: "postgres", url });
  try {
    await migrate(db);
    const { firstAdminKey } = await bootstrap(db);
    if (!firstAdminKey) throw new Error("not a fresh database");
    await generatePlant(db, CATALOG, plantShape(CATALOG));
    await db.prisma.$executeRawUnsafe("VACUUM ANALYZE");
    return firstAdminKey;
  } finally {
    await db.close();
  }
}

function headers(kind: Kind, key: string): Record<string, string> {
  return {
    "content-type": "application/json",
    ...(kind === "full" ? { authorization: `Bearer ${key}` } : {}),
  };
}

async function load(
  port: number,
  kind: Kind,
  key: string,
  bodies: { body: string }[],
  duration: number,
): Promise<Omit<Round, "kind">> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: CONNECTIONS,
    duration,
    method: "POST",
    headers: headers(kind, key),
    requests: bodies.map(({ body }) => ({ method: "POST", body })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// --serve and --url are how this file starts its servers as child processes (main, above).
const options = benchOptions("npm run bench:scan [-- --duration=10 --rounds=2]", {
  numbers: ["duration", "rounds"],
  texts: ["serve", "url"],
});
const serveAs = options.text("serve");
if (serveAs === "full" || serveAs === "bare") await serve(serveAs, options.text("url") as string);
else await main(options.number("duration", 10), options.number("rounds", 2));
