/**
 * `npm run bench:scale [-- --size=1 --keep]`: does the cost of each hot path follow the work or the data?
 *
 * Builds the same plant (test/kit/plant.ts) at two sizes 10x apart, each in a fresh database migrated by the
 * project's migrations and filled in bulk by SQL, starts the app over each (the yoga app on a local port, in this
 * process) and measures every hot path of test/kit/hot-paths.ts as a client sees it: GraphQL over HTTP as the
 * admin, through authentication, Pothos and Prisma. Each path runs once per size to warm up, then its timed runs
 * alternate between the two sizes (so a neighbour's load on a shared machine hits both alike). Prints median and
 * p95 milliseconds at both sizes, their ratio (10x median / 1x median), and per request the SQL statements and
 * their milliseconds (Prisma's timing: the database's share, which fixed costs do not dilute). Start-up
 * is `src/main.ts` in a child process over each database, from spawn until /health answers. The target: every
 * per-request figure flat (ratio <= 1.5) unless its answer grows with the data.
 *
 * PostgreSQL when DATABASE_URL is set: two databases `bg_scale_*` on that server (dropped at the end unless
 * --keep), the larger the full plant (100k products, 20k BOMs, 1M stock movements, 50k orders in trees of 10,
 * 1M events) times --size (default 1). Otherwise PGlite in temporary directories, at --size=0.1 by default.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type Database, openDatabase } from "../src/db/database.ts";
import { migrate } from "../src/db/migrate.ts";
import { type App, createApp } from "../src/http/app.ts";
import { listen, type RunningServer } from "../src/http/server.ts";
import { createLogger } from "../src/logger.ts";
import { bootstrap } from "../src/setup/bootstrap.ts";
import { BENCH_PROBES, seedProbes } from "../test/kit/hot-path-probes.ts";
import { HOT_PATHS, type HotPath, type World } from "../test/kit/hot-paths.ts";
import { createClient } from "../test/kit/http-client.ts";
import { generatePlant } from "../test/kit/plant.ts";
import { PLANT, type PlantShape, type PlantSize, plantShape, scaledPlant } from "../test/kit/plant-size.ts";
import { benchOptions } from "./options.ts";
import { percentile } from "./percentile.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Start-up runs per size. */
const STARTS = 3;
const START_UP = "start-up (src/main.ts until /health)";
/** Resume replay reads this many events, or 80% of the smaller plant's stock events when that is less. */
const REPLAY_EVENTS = 100_000;
const FLAT = 1.5;

interface Figures {
  median: number;
  p95: number;
  /** Median milliseconds of SQL per run, as Prisma timed its statements (NaN: not measured). */
  sql: number;
  /** SQL statements per run (NaN: not counted). */
  statements: number;
  answer: string;
}

/** One size: its database, the app serving it, and what was measured on it. */
interface Side {
  label: string;
  size: PlantSize;
  target: Target;
  generateSeconds: number;
  db: Database;
  app: App;
  server: RunningServer;
  world: World;
  /** Milliseconds of SQL so far, as Prisma's query events time each statement (round trip included). */
  sqlMs: () => number;
  figures: Map<string, Figures | Error>;
}

interface QueryEvents {
  $on(event: "query", listener: (event: { duration: number }) => void): void;
}

async function main() {
  const url = process.env.DATABASE_URL;
  const options = benchOptions("npm run bench:scale [-- --size=1 --keep]", {
    numbers: ["size"],
    flags: ["keep"],
  });
  const factor = options.number("size", url ? 1 : 0.1);
  const keep = options.flag("keep");
  const large = scaledPlant(PLANT, factor);
  const small = scaledPlant(PLANT, factor / 10);
  const shape = plantShape(small);
  const replayEvents = Math.min(REPLAY_EVENTS, Math.floor(small.events * 0.9 * 0.8));
  const engine = url ? `PostgreSQL (${new URL(url).host})` : "PGlite (temporary directories)";
  console.log(
    `bomgraph scale bench on ${engine}, NODE_ENV=${process.env.NODE_ENV ?? "(unset)"}: the same plant at two ` +
      `sizes 10x apart, each hot path over HTTP through the app\n  1x:  ${describe(small)}\n  10x: ${describe(large)}`,
  );

  const run = Date.now().toString(36);
  const targets: Target[] = [];
  const sides: Side[] = [];
  try {
    for (const [label, size] of [
      ["1x", small],
      ["10x", large],
    ] as const) {
      const target = url ? await postgresTarget(url, `bg_scale_${run}_${label}`) : await pgliteTarget();
      targets.push(target);
      sides.push(await prepare(label, size, shape, replayEvents, target));
    }
    for (const hotPath of HOT_PATHS) {
      const results = await timeHotPath(sides, hotPath).catch((error: unknown) =>
        sides.map(() => (error instanceof Error ? error : new Error(String(error)))),
      );
      for (const [index, result] of results.entries()) sides[index]?.figures.set(hotPath.name, result);
      console.log(`  ${hotPath.name}: ${results.map(format).join("  |  ")}`);
    }
    for (const side of sides) await stop(side);
    const startUps = await timeStartUps(sides).catch((error: unknown) =>
      sides.map(() => (error instanceof Error ? error : new Error(String(error)))),
    );
    for (const [index, result] of startUps.entries()) sides[index]?.figures.set(START_UP, result);
    console.log(`  ${START_UP}: ${startUps.map(format).join("  |  ")}`);
    printTable(sides);
  } finally {
    for (const side of sides) await stop(side).catch(() => {});
    for (const target of targets) {
      if (keep) console.log(`kept ${target.description}`);
      else await target.drop();
    }
  }
}

/** A fresh database with the plant and the probes, analyzed, and the app listening over it. */
async function prepare(
  label: string,
  size: PlantSize,
  shape: PlantShape,
  replayEvents: number,
  target: Target,
): Promise<Side> {
  const db = await target.open();
  await migrate(db);
  const { firstAdminKey } = await bootstrap(db);
  if (!firstAdminKey) throw new Error(`${target.description} is not a fresh database`);
  const started = performance.now();
  const plant = await generatePlant(db, size, shape);
  const generateSeconds = (performance.now() - started) / 1000;
  console.log(`${label}: written in ${generateSeconds.toFixed(1)} s (${target.description})`);
  const app = createApp({ db, logger: createLogger("error") });
  const server = await listen(app, { port: 0, host: "127.0.0.1", db });
  const client = createClient(fetch, `http://127.0.0.1:${server.port}`, firstAdminKey);
  const probes = await seedProbes(db, client, { ...BENCH_PROBES, replayEvents });
  // A server's autovacuum would have analyzed and vacuumed tables this size by now; PGlite has none.
  await db.prisma.$executeRawUnsafe(db.kind === "postgres" ? "VACUUM ANALYZE" : "ANALYZE");
  const world: World = { db, client, plant, probes };
  let sqlMs = 0;
  // src/db/database.ts creates the client with query events on (it counts statements with them).
  (db.prisma as unknown as QueryEvents).$on("query", (event) => {
    sqlMs += event.duration;
  });
  return {
    label,
    size,
    target,
    generateSeconds,
    db,
    app,
    server,
    world,
    sqlMs: () => sqlMs,
    figures: new Map(),
  };
}

const stopped = new WeakSet<Side>();

async function stop(side: Side) {
  if (stopped.has(side)) return;
  stopped.add(side);
  await side.server.close();
  await side.app.live.close();
  await side.db.close();
}

/** One warm-up run per side, then `runs` timed runs alternating between the sides. */
async function timeHotPath(sides: Side[], hotPath: HotPath): Promise<Figures[]> {
  const times = sides.map((): number[] => []);
  const sqlTimes = sides.map((): number[] => []);
  const statements = sides.map(() => 0);
  const answers = sides.map(() => "");
  for (let run = 0; run <= hotPath.runs; run++) {
    // Alternate which side goes first, so neither always runs right after the other.
    const order = run % 2 === 0 ? sides.map((_, index) => index) : sides.map((_, index) => index).reverse();
    for (const index of order) {
      const side = sides[index] as Side;
      const { world } = side;
      const prepared = hotPath.prepare ? await hotPath.prepare(world, run) : undefined;
      const before = world.db.statementCount();
      const sqlBefore = side.sqlMs();
      const start = performance.now();
      let answer = await hotPath.run(world, run, prepared);
      const elapsed = performance.now() - start;
      const sent = world.db.statementCount() - before;
      const sql = side.sqlMs() - sqlBefore;
      if (hotPath.verify) answer = await hotPath.verify(world, prepared);
      answers[index] = answer;
      // Run 0 warms up (plans, caches, JIT).
      if (run === 0) continue;
      times[index]?.push(elapsed);
      sqlTimes[index]?.push(sql);
      statements[index] = (statements[index] ?? 0) + sent;
    }
  }
  return sides.map((_, index) => ({
    ...percentiles(times[index] ?? []),
    sql: percentiles(sqlTimes[index] ?? []).median,
    statements: (statements[index] ?? 0) / hotPath.runs,
    answer: answers[index] ?? "",
  }));
}

/** `src/main.ts` over each database in turn, from spawn until /health answers 200, then stopped (SIGTERM). */
async function timeStartUps(sides: Side[]): Promise<Figures[]> {
  const times = sides.map((): number[] => []);
  for (let run = 0; run < STARTS; run++) {
    for (const [index, side] of sides.entries()) times[index]?.push(await timeStartUp(side.target));
  }
  return times.map((each) => ({
    ...percentiles(each),
    sql: Number.NaN,
    statements: Number.NaN,
    answer: "ready",
  }));
}

async function timeStartUp(target: Target): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...target.env, PORT: "0", HOST: "127.0.0.1", SEED_DEMO: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    const port = await healthPort(child);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    if (!health.ok) throw new Error(`/health answered ${health.status}`);
    return performance.now() - start;
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

/** The port from the server's "Health: http://localhost:<port>/health" line. */
function healthPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      output += chunk;
      const match = /Health: http:\/\/[^:]+:(\d+)\/health/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) =>
      reject(new Error(`src/main.ts exited (${code}) before it was ready: ${output}`)),
    );
  });
}

interface Target {
  description: string;
  open(): Promise<Database>;
  /** The environment `src/main.ts` needs to serve this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

async function postgresTarget(url: string, name: string): Promise<Target> {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: maintenance.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    description: `database ${name}`,
    open: () => openDatabase({ kind: "postgres", url: databaseUrl.toString() }),
    env: { DATABASE_URL: databaseUrl.toString() },
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function pgliteTarget(): Promise<Target> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bomgraph-scale-"));
  return {
    description: dataDir,
    // Where src/main.ts keeps its embedded database under DATA_DIR.
    open: () => openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "pglite") }),
    env: { DATA_DIR: dataDir, DATABASE_URL: "" },
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

function printTable(sides: Side[]) {
  const [small, large] = sides as [Side, Side];
  console.log(
    `\nmedian (p95) milliseconds per request; ratio = 10x median / 1x median; flat: ratio <= ${FLAT}; ` +
      "SQL: median milliseconds of SQL per request (Prisma's timing of each statement), 1x -> 10x; " +
      "statements: SQL statements per request at 10x",
  );
  const rows = [["hot path", "answer (10x)", "1x", "10x", "ratio", "SQL ms", "statements", "verdict"]];
  for (const [name, smallFigures] of small.figures) {
    const largeFigures = large.figures.get(name);
    if (smallFigures instanceof Error || !largeFigures || largeFigures instanceof Error) {
      rows.push([name, "", cell(smallFigures), cell(largeFigures), "", "", "", "FAILED"]);
      continue;
    }
    const ratio = largeFigures.median / smallFigures.median;
    const grows = HOT_PATHS.find((hotPath) => hotPath.name === name)?.answerGrows;
    const verdict = ratio <= FLAT ? "flat" : grows ? `grows with its answer (${grows})` : "NOT FLAT";
    const statements = Number.isNaN(largeFigures.statements) ? "" : largeFigures.statements.toFixed(1);
    const sql = Number.isNaN(largeFigures.sql)
      ? ""
      : `${smallFigures.sql.toFixed(1)} -> ${largeFigures.sql.toFixed(1)} (${(largeFigures.sql / smallFigures.sql).toFixed(1)}x)`;
    rows.push([
      name,
      largeFigures.answer,
      cell(smallFigures),
      cell(largeFigures),
      `${ratio.toFixed(2)}x`,
      sql,
      statements,
      verdict,
    ]);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const row of rows)
    console.log(row.map((value, column) => value.padEnd(widths[column] ?? 0)).join("  "));
  console.log(
    `\ndata written in ${small.generateSeconds.toFixed(0)} s (1x) and ${large.generateSeconds.toFixed(0)} s (10x)`,
  );
}

function cell(figures: Figures | Error | undefined): string {
  if (!figures) return "-";
  if (figures instanceof Error) return "FAILED";
  return `${figures.median.toFixed(1)} (${figures.p95.toFixed(1)})`;
}

function format(figures: Figures | Error): string {
  if (figures instanceof Error) return `FAILED ${figures.message}`;
  const statements = Number.isNaN(figures.statements)
    ? ""
    : `, ${figures.statements.toFixed(1)} statements, ${figures.sql.toFixed(1)} ms SQL`;
  return `${figures.median.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} (${figures.answer}${statements})`;
}

function percentiles(times: number[]): { median: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

function describe(size: PlantSize): string {
  const count = (value: number) => (value >= 1000 ? `${value / 1000}k` : String(value));
  return (
    `${count(size.products)} products (${count(size.products / 5)} BOMs), ${count(size.movements)} stock ` +
    `movements, ${count(size.orders)} production orders, ${count(size.events)} events`
  );
}

await main();
