/**
 * `npm run bench:bom`: median latency of a whole BOM explosion of ~1k, ~8k and ~50k nodes, for a tree (every
 * sub-assembly its own product and BOM) and a DAG (one product and BOM per level, used on several lines by the
 * level above: shared sub-assemblies), measured side by side in one run:
 * - graphql: the `bomExplosion` query over HTTP to the server listening on a port in this process
 *   (authentication, one recursive statement, tree building, exact arithmetic, GraphQL execution and JSON), timed
 *   until the whole body is received, as a client sees it;
 * - bare: the same recursive statement (`explosionStatement`) through node-pg alone, every row fetched: the
 *   floor of any server answering from this database (PostgreSQL only; PGlite has no node-pg, "-");
 * - sql: that statement through Prisma, as the server sends it;
 * - naive: one query per node, level by level, as a client walking a REST-per-level API would cost.
 * The target (issue "Scale"): graphql within 2x of bare. PGlite (in memory) by default; PostgreSQL when
 * DATABASE_URL is set (it migrates that database and fills it).
 */
import { print } from "graphql";
import pg from "pg";
import { type Database, openDatabase } from "../src/db/database.ts";
import { migrate } from "../src/db/migrate.ts";
import { explosionRows, explosionStatement } from "../src/domain/bom/explosion.ts";
import { Ratio } from "../src/domain/bom/ratio.ts";
import { usedBomIdOfC } from "../src/domain/bom/replenishment.ts";
import type { Prisma } from "../src/generated/prisma/client.ts";
import { createApp } from "../src/http/app.ts";
import { listen } from "../src/http/server.ts";
import { createLogger } from "../src/logger.ts";
import { graphql } from "../test/graphql/index.ts";
import { seedBomTree, seedLayeredBoms } from "../test/kit/bom-trees.ts";
import { globalId } from "../test/kit/ids.ts";
import { benchAdminKey } from "./admin-key.ts";
import { benchOptions } from "./options.ts";
import { percentile } from "./percentile.ts";

const BenchExplosion = graphql(`
  query BenchExplosion($productId: ID!, $quantity: Decimal!) {
    bomExplosion(productId: $productId, quantity: $quantity) {
      bom { id name }
      nodes {
        id parentId level path kind quantityPerParent totalQuantity onHand available shortage
        component { sku name unit }
      }
      requirements { component { sku } quantity available shortage }
      cost { materialCostPerUnit materialCost operationMinutes }
    }
  }
`);

interface Size {
  label: string;
  /** tree: every node its own product and BOM; dag: one product and BOM per level (shared sub-assemblies). */
  shape: "tree" | "dag";
  branching: number[];
  /** Timed repetitions of graphql, bare and sql (after one warm-up run). */
  runs: number;
}

const SIZES: Size[] = [
  { label: "~1k", shape: "tree", branching: Array(9).fill(2), runs: 9 },
  { label: "~8k", shape: "tree", branching: Array(12).fill(2), runs: 7 },
  { label: "~50k", shape: "tree", branching: [...Array(13).fill(2), 4], runs: 3 },
  { label: "~8k", shape: "dag", branching: Array(12).fill(2), runs: 7 },
  { label: "~50k", shape: "dag", branching: [...Array(13).fill(2), 4], runs: 3 },
];

/** The naive baseline repeats at most this often, and only while its runs so far took less than the budget. */
const NAIVE_MAX_RUNS = 5;
const NAIVE_BUDGET_MS = 15_000;

async function main() {
  benchOptions("npm run bench:bom", {});
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { kind: "postgres", url } : { kind: "pglite" });
  await migrate(db);
  const adminKey = await benchAdminKey(db);
  const app = createApp({ db, logger: createLogger("error") });
  const server = await listen(app, { port: 0, host: "127.0.0.1", db });
  const bare = url ? new pg.Client({ connectionString: url }) : null;
  await bare?.connect();
  const engine = url ? `PostgreSQL (${new URL(url).host})` : "PGlite (in memory)";
  console.log(
    `bomgraph BOM explosion bench on ${engine}, NODE_ENV=${process.env.NODE_ENV ?? "(unset)"}: ` +
      "median milliseconds of the runs counted in the last column (graphql/bare/sql/naive)",
  );
  console.log(
    [
      "size",
      "shape",
      "nodes",
      "levels",
      "graphql",
      "bare",
      "sql",
      "naive",
      "graphql/bare",
      "graphql/sql",
      "naive/graphql",
      "runs",
    ].join("\t"),
  );

  const run = Date.now().toString(36);
  for (const size of SIZES) {
    const prefix = `BENCH-${run}-${size.shape}${size.label.replace(/\W/g, "")}`;
    const seed = size.shape === "tree" ? seedBomTree : seedLayeredBoms;
    const tree = await seed(db, { prefix, branching: size.branching });
    // PGlite never gathers statistics by itself; a server's autovacuum would have by now.
    await db.prisma.$executeRawUnsafe("ANALYZE");

    const request = {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${adminKey}` },
      body: JSON.stringify({
        query: print(BenchExplosion),
        variables: { productId: globalId("Product", tree.rootProductId), quantity: "3" },
      }),
    };
    // Timed until the whole body is received, as a server's latency is; the warm-up's body is checked.
    const viaGraphql = async () => (await fetch(`http://127.0.0.1:${server.port}/graphql`, request)).text();
    const answer = JSON.parse(await viaGraphql()) as { data?: { bomExplosion: { nodes: unknown[] } } };
    if (answer.data?.bomExplosion.nodes.length !== tree.nodes) {
      throw new Error(`unexpected answer: ${JSON.stringify(answer).slice(0, 500)}`);
    }
    const viaSql = async () => {
      const rows = await explosionRows(db.prisma, {
        top: { productId: tree.rootProductId },
        locationId: null,
      });
      if (rows.length !== tree.nodes) throw new Error(`expected ${tree.nodes} rows, got ${rows.length}`);
    };
    const statement = explosionStatement({ top: { productId: tree.rootProductId }, locationId: null });
    const viaBare = async () => {
      const { rows } = await (bare as pg.Client).query(statement.text, statement.values);
      if (rows.length !== tree.nodes) throw new Error(`expected ${tree.nodes} rows, got ${rows.length}`);
    };
    const naive = async () => {
      const visited = await naiveExplosion(db, tree.rootProductId, "3");
      if (visited !== tree.nodes) throw new Error(`naive walk visited ${visited} of ${tree.nodes} nodes`);
    };

    const graphql = await timed(viaGraphql, size.runs);
    const floor = bare ? await timed(viaBare, size.runs, { warmUp: true }) : null;
    const sql = await timed(viaSql, size.runs, { warmUp: true });
    // Thousands of one small query each: nothing to warm up that its first level does not.
    const baseline = await timed(naive, NAIVE_MAX_RUNS, { budgetMs: NAIVE_BUDGET_MS });
    console.log(
      [
        size.label,
        size.shape,
        tree.nodes,
        size.branching.length,
        graphql.median.toFixed(1),
        floor ? floor.median.toFixed(1) : "-",
        sql.median.toFixed(1),
        baseline.median.toFixed(1),
        floor ? `${(graphql.median / floor.median).toFixed(2)}x` : "-",
        `${(graphql.median / sql.median).toFixed(2)}x`,
        `${(baseline.median / graphql.median).toFixed(1)}x`,
        `${graphql.runs}/${floor?.runs ?? 0}/${sql.runs}/${baseline.runs}`,
      ].join("\t"),
    );
  }
  await bare?.end();
  await server.close();
  await db.close();
}

/**
 * The baseline: a resolver (or REST endpoint) per node. Each node's children are one query (its default
 * BOM's lines with their components), issued level by level with every query of a level in flight at once.
 * Database time only: no HTTP, authentication or JSON per request, so a real REST client would be slower.
 */
async function naiveExplosion(db: Database, rootProductId: number, quantity: string): Promise<number> {
  let level = [{ productId: rootProductId, total: Ratio.of(quantity) }];
  let visited = 0;
  while (level.length > 0) {
    visited += level.length;
    const children = await Promise.all(
      level.map(async (node) => {
        // What the GraphQL query returns per node: the component's SKU, name and unit, and its quantity.
        const lines = await db.prisma.$queryRaw<
          {
            componentId: number;
            sku: string;
            name: string;
            unit: string;
            quantity: Prisma.Decimal;
            outputQuantity: Prisma.Decimal;
          }[]
        >`
          SELECT l."componentId", p.sku, p.name, p.unit, l.quantity, b."outputQuantity"
          FROM "Product" c
          JOIN LATERAL ${usedBomIdOfC} used ON true
          JOIN "Bom" b ON b.id = used."bomId"
          JOIN "BomLine" l ON l."bomId" = b.id
          JOIN "Product" p ON p.id = l."componentId"
          WHERE c.id = ${node.productId}
          ORDER BY l.position, l.id`;
        return lines.map((line) => ({
          productId: line.componentId,
          total: node.total.times(Ratio.quotient(line.quantity, line.outputQuantity)),
        }));
      }),
    );
    level = children.flat();
  }
  return visited;
}

/** The median of up to `runs` timed runs; with a budget, repetition stops once the runs so far exceed it. */
async function timed(
  work: () => Promise<unknown>,
  runs: number,
  options: { warmUp?: boolean; budgetMs?: number } = {},
): Promise<{ median: number; runs: number }> {
  if (options.warmUp) await work(); // plans, JIT, caches
  const times: number[] = [];
  let spent = 0;
  while (times.length < runs && spent < (options.budgetMs ?? Number.POSITIVE_INFINITY)) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
    spent += times.at(-1) as number;
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), runs: times.length };
}

await main();
