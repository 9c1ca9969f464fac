import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import { type App, createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/logger.ts";
import { bootstrap } from "../../src/setup/bootstrap.ts";
import { clonePostgresTemplate } from "../kit/database.ts";
import { seedProbes } from "../kit/hot-path-probes.ts";
import { HOT_PATHS, type World } from "../kit/hot-paths.ts";
import { createClient } from "../kit/http-client.ts";
import { generatePlant } from "../kit/plant.ts";
import { type PlantSize, plantShape } from "../kit/plant-size.ts";

/**
 * Law: no hot statement reads a big table from end to end. On a plant big enough that PostgreSQL prefers an
 * index where one fits, every hot path of test/kit/hot-paths.ts (the paths `npm run bench:scale` measures; a new
 * one adds itself there) runs once through the app; each SQL statement it sent, as Prisma reports it with its
 * parameters, is EXPLAINed and its plan must not hold a Seq Scan of a big table.
 *
 * PostgreSQL only: PGlite gathers no statistics by itself and plans for tiny tables, so its plans say nothing
 * about a plant.
 */

const onPostgres = Boolean(process.env.DATABASE_URL);

/** Tables that grow with the plant: reading one whole makes a request's cost follow the data. */
const BIG_TABLES = new Set([
  "Product",
  "Barcode",
  "Bom",
  "BomDefault",
  "BomLine",
  "BomOperation",
  "StockMovement",
  "StockLevel",
  "ProductionOrder",
  "ProductionOrderLine",
  "ProductionOrderComponent",
  "ProductionOrderOperation",
  "Event",
]);

/** Enough rows that index probes beat reading a table whole, in seconds of bulk SQL. */
const PLANT: PlantSize = { products: 100_000, movements: 100_000, orders: 50_000, events: 100_000 };

interface QueryEvents {
  $on(event: "query", listener: (event: Prisma.QueryEvent) => void): void;
}

interface Statement {
  sql: string;
  params: unknown[];
}

/** "Seq Scan on <table> (<why>): <the statement's start>" */
type Scan = string;

describe("query plans of the hot paths (PostgreSQL only: PGlite has no statistics to plan a plant with)", () => {
  let db: Database;
  let app: App;
  let explainer: pg.Client;
  let world: World;
  let capturing: Statement[] | null = null;

  beforeAll(async () => {
    if (!onPostgres) return;
    const url = await clonePostgresTemplate();
    db = await openDatabase({ kind: "postgres", url, poolSize: 5 });
    const { firstAdminKey } = await bootstrap(db);
    if (!firstAdminKey) throw new Error("the test database already had API keys");
    app = createApp({ db, logger: createLogger("error") });
    const client = createClient(
      (input, init) => Promise.resolve(app.fetch(input, init)),
      "http://test",
      firstAdminKey,
    );
    explainer = new pg.Client({ connectionString: url });
    await explainer.connect();
    // The same statistics every run: no autovacuum analyzing behind our back, and samples as big as the tables.
    for (const table of BIG_TABLES) {
      await explainer.query(`ALTER TABLE "${table}" SET (autovacuum_enabled = false)`);
    }
    // Few open trees, as in a plant: most orders are history.
    const plant = await generatePlant(db, PLANT, { ...plantShape(PLANT), openTrees: 20, commonPartUses: 2 });
    const probes = await seedProbes(db, client, {
      explosions: [
        { label: "small", branching: [3, 3, 3] },
        { label: "medium", branching: [3, 3, 3, 3] },
        { label: "large", branching: [3, 3, 3, 3, 3] },
      ],
      authorize: [2, 2, 2],
      replayEvents: 1_200,
    });
    await explainer.query("SET default_statistics_target = 1000");
    await explainer.query("ANALYZE");
    world = { db, client, plant, probes };
    // src/db/database.ts creates the client with query events on (it counts statements with them).
    (db.prisma as unknown as QueryEvents).$on("query", (event) => {
      capturing?.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
    });
  }, 300_000);

  afterAll(async () => {
    await explainer?.end();
    await app?.live.close();
    await db?.close();
  });

  /** The statements `work` sent. */
  async function statementsOf(work: () => Promise<unknown>): Promise<Statement[]> {
    capturing = [];
    try {
      await work();
      return capturing;
    } finally {
      capturing = null;
    }
  }

  /**
   * What a statement reads whole: every Seq Scan of a big table (said with whether an index could serve it), and
   * every walk of a big table's index without a condition whose filter threw away more than it kept (an ORDER BY
   * ... LIMIT that finds its few matches only by reading the table in index order).
   */
  async function wholeReads(statement: Statement): Promise<Scan[]> {
    if (!/^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i.test(statement.sql)) return [];
    const distinct = new Set(statement.params.map((param) => JSON.stringify(param))).size;
    const sql = `${statement.sql
      .replace(/\s+/g, " ")
      .replace(/"public"\./g, "")
      .slice(0, 240)} [${statement.params.length} parameters, ${distinct} distinct]`;
    const plan = await explain(statement);
    const reads: Scan[] = [];
    const scanned = bigTableNodes(plan, (node) => node["Node Type"] === "Seq Scan");
    if (scanned.length > 0) {
      // Asked again with sequential scans priced out: what is still scanned has no index to use at all.
      await explainer.query("SET enable_seqscan = off");
      const unavoidable = bigTableNodes(
        await explain(statement).finally(() => explainer.query("RESET enable_seqscan")),
        (node) => node["Node Type"] === "Seq Scan",
      ).map((node) => node["Relation Name"]);
      for (const node of scanned) {
        const why = unavoidable.includes(node["Relation Name"])
          ? "no index can serve it"
          : "the planner prefers it to an index";
        reads.push(`Seq Scan on ${node["Relation Name"]} (${why}): ${sql}`);
      }
    }
    const walks = bigTableNodes(
      plan,
      (node) => /^Index (Only )?Scan$/.test(node["Node Type"]) && !node["Index Cond"] && Boolean(node.Filter),
    );
    if (walks.length > 0 && /^\s*(SELECT|WITH)\b/i.test(statement.sql)) {
      // How many rows the walk really threw away: run it (read-only, and rolled back all the same).
      await explainer.query("BEGIN");
      const analyzed = await explain(statement, "ANALYZE, ").finally(() => explainer.query("ROLLBACK"));
      for (const node of bigTableNodes(analyzed, (each) =>
        walks.some((walk) => walk["Index Name"] === each["Index Name"]),
      )) {
        const removed = (node["Rows Removed by Filter"] ?? 0) * (node["Actual Loops"] ?? 1);
        const kept = (node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1);
        if (removed > 1_000 && removed > kept) {
          reads.push(`Index walk of ${node["Index Name"]} filtering out ${removed} rows for ${kept}: ${sql}`);
        }
      }
    }
    return reads;
  }

  async function explain(statement: Statement, options = ""): Promise<PlanNode> {
    const { rows } = await explainer.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      `EXPLAIN (${options}FORMAT JSON) ${statement.sql}`,
      statement.params,
    );
    return rows[0]?.["QUERY PLAN"][0].Plan as PlanNode;
  }

  for (const hotPath of HOT_PATHS) {
    it.skipIf(!onPostgres)(`${hotPath.name} reads no big table whole`, async () => {
      const prepared = await hotPath.prepare?.(world, 0);
      const statements = await statementsOf(() => hotPath.run(world, 0, prepared));
      expect(statements.length).toBeGreaterThan(0);
      const scans: Scan[] = [];
      for (const statement of statements) scans.push(...(await wholeReads(statement)));
      expect(scans).toEqual([]);
    });
  }
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Filter?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

/** The nodes of `plan` that read a big table and pass `test`. */
function bigTableNodes(plan: PlanNode, test: (node: PlanNode) => boolean): PlanNode[] {
  const found: PlanNode[] = [];
  const visit = (node: PlanNode) => {
    if (BIG_TABLES.has(node["Relation Name"] ?? "") && test(node)) found.push(node);
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(plan);
  return found;
}
