/**
 * `npm run bench:bom`: median latency of a whole BOM explosion for trees of ~1k, ~8k and ~50k nodes, three ways:
 * - graphql: the `bomExplosion` query through the HTTP app (authentication, one recursive statement, tree
 *   building, exact arithmetic, GraphQL execution and JSON), as a client sees it;
 * - sql: the same recursive statement alone, through Prisma;
 * - naive: one query per node, level by level, as a client walking a REST-per-level API would cost.
 * PGlite (in memory) by default; PostgreSQL when DATABASE_URL is set (it migrates that database and fills it).
 */
import { print } from "graphql";
import { type Database, openDatabase } from "../src/db/database.ts";
import { migrate } from "../src/db/migrate.ts";
import { explosionRows } from "../src/domain/bom/explosion.ts";
import { Ratio } from "../src/domain/bom/ratio.ts";
import { usedBomIdOfC } from "../src/domain/bom/replenishment.ts";
import type { Prisma } from "../src/generated/prisma/client.ts";
import { createApp } from "../src/http/app.ts";
import { createLogger } from "../src/logger.ts";
import { graphql } from "../test/graphql/index.ts";
import { seedBomTree } from "../test/kit/bom-trees.ts";
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
  branching: number[];
  /** Timed repetitions of graphql and sql (after one warm-up run). */
  runs: number;
}

const SIZES: Size[] = [
  { label: "~1k", branching: Array(9).fill(2), runs: 9 },
  { label: "~8k", branching: Array(12).fill(2), runs: 7 },
  { label: "~50k", branching: [...Array(13).fill(2), 4], runs: 3 },
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
  const engine = url ? `PostgreSQL (${new URL(url).host})` : "PGlite (in memory)";
  console.log(
    `bomgraph BOM explosion bench on ${engine}, NODE_ENV=${process.env.NODE_ENV ?? "(unset)"}: ` +
      "median milliseconds of the runs counted in the last column (graphql/sql/naive)",
  );
  console.log(
    ["size", "nodes", "levels", "graphql", "sql", "naive", "graphql/sql", "naive/graphql", "runs"].join("\t"),
  );

  const run = Date.now().toString(36);
  for (const size of SIZES) {
    const prefix = `BENCH-${run}-${size.label.replace(/\W/g, "")}`;
    const tree = await seedBomTree(db, { prefix, branching: size.branching });
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
    const viaGraphql = async () => (await app.fetch("http://bench/graphql", request)).text();
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
    const naive = async () => {
      const visited = await naiveExplosion(db, tree.rootProductId, "3");
      if (visited !== tree.nodes) throw new Error(`naive walk visited ${visited} of ${tree.nodes} nodes`);
    };

    const graphql = await timed(viaGraphql, size.runs);
    const sql = await timed(viaSql, size.runs, { warmUp: true });
    // Thousands of one small query each: nothing to warm up that its first level does not.
    const baseline = await timed(naive, NAIVE_MAX_RUNS, { budgetMs: NAIVE_BUDGET_MS });
    console.log(
      [
        size.label,
        tree.nodes,
        size.branching.length,
        graphql.median.toFixed(1),
        sql.median.toFixed(1),
        baseline.median.toFixed(1),
        `${(graphql.median / sql.median).toFixed(2)}x`,
        `${(baseline.median / graphql.median).toFixed(1)}x`,
        `${graphql.runs}/${sql.runs}/${baseline.runs}`,
      ].join("\t"),
    );
  }
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
