/**
 * `npm run bench:explode [-- --runs=5]`: authorizing a DRAFT production order whose tree needs up to ~1,000
 * nested orders (no stock anywhere, so every sub-assembly line gets its order). Shapes of the same depth and
 * growing width, then of similar size and growing depth: the SQL statements of one authorization should follow
 * the depth, not the number of orders. Two catalogs:
 * - layered: one product and BOM per level, used on several lines by the level above (reused sub-assemblies);
 * - distinct: every sub-assembly its own product and BOM (the same tree, as many BOMs as nested orders).
 * Per shape: a fresh DRAFT order per run (not timed), then the authorize transaction timed and its statements
 * counted; prints the median milliseconds, the statement count and the nested orders created, which are checked
 * level by level against the shape. A shape whose authorization fails prints FAILED with the error's last line,
 * the others still run, and the exit code is 1. PGlite (in memory) by default; PostgreSQL when DATABASE_URL is
 * set (it migrates that database and adds rows to it).
 */

import { type Database, openDatabase } from "../src/db/database.ts";
import { migrate } from "../src/db/migrate.ts";
import { createProductionOrder } from "../src/domain/orders/production/create.ts";
import { authorizeProductionOrder } from "../src/domain/orders/production/transitions.ts";
import { readSettings } from "../src/domain/settings.ts";
import { bootstrap } from "../src/setup/bootstrap.ts";
import { type SeededTree, seedBomTree, seedLayeredBoms, type TreeShape } from "../test/kit/bom-trees.ts";
import { benchOptions } from "./options.ts";
import { percentile } from "./percentile.ts";

type Catalog = "layered" | "distinct";

interface Shape {
  catalog: Catalog;
  /**
   * Lines per BOM from the top order's down: every line but the last level's is a sub-assembly that gets a
   * nested order, the last level's lines are bought. So the tree has `branching.length - 1` levels of orders.
   */
  branching: number[];
}

const WIDER = [
  [2, 2, 2, 2, 2, 2],
  [3, 3, 3, 3, 3, 2],
  [3, 4, 4, 4, 4, 2],
];
const DEEPER = [
  [31, 32, 2],
  [9, 10, 10, 2],
  [3, 4, 4, 4, 4, 2],
  [2, 2, 2, 3, 3, 3, 3, 2],
  [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
];
const layered = (branching: number[]): Shape => ({ catalog: "layered", branching });
const SECTIONS: { title: string; shapes: Shape[] }[] = [
  { title: "layered catalog, same depth, wider", shapes: WIDER.map(layered) },
  { title: "layered catalog, ~1,000 orders, deeper", shapes: DEEPER.map(layered) },
  // Every nested order its own BOM: work done per distinct BOM shows here and nowhere else.
  {
    title: "distinct catalog, same depth, wider",
    shapes: WIDER.map((branching) => ({ catalog: "distinct", branching })),
  },
];

const SEEDERS: Record<Catalog, (db: Database, shape: TreeShape) => Promise<SeededTree>> = {
  layered: seedLayeredBoms,
  distinct: seedBomTree,
};

interface Measured {
  orders: number;
  medianMs: number;
  /** Statements of each run, distinct values ascending (one value when every run sent the same). */
  statements: number[];
}

async function main() {
  const runs = benchOptions("npm run bench:explode [-- --runs=5]", { numbers: ["runs"] }).number("runs", 5);
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { kind: "postgres", url } : { kind: "pglite" });
  await migrate(db);
  await bootstrap(db);
  const { quantityPolicy } = await db.transaction(readSettings);
  const engine = url ? `PostgreSQL (${new URL(url).host})` : "PGlite (in memory)";
  console.log(
    `bomgraph authorize bench on ${engine}, NODE_ENV=${process.env.NODE_ENV ?? "(unset)"}, ` +
      `quantity policy ${quantityPolicy}: a DRAFT order authorized ${runs} times per shape, no stock; ` +
      "median milliseconds of the authorize transaction and the SQL statements it sent",
  );

  const tag = `BENCH-X-${Date.now().toString(36)}`;
  const warehouse = await db.prisma.location.create({
    data: { name: `${tag} warehouse`, kind: "WAREHOUSE" },
  });
  const floor = await db.prisma.location.create({
    data: { name: `${tag} floor`, kind: "SHOP_FLOOR", connectedWarehouseId: warehouse.id },
  });
  const measured = new Map<string, Measured | Error>();
  let seeded = 0;

  for (const section of SECTIONS) {
    console.log(`\n${section.title}`);
    console.log(["depth", "lines per level", "nested orders", "median ms", "statements"].join("\t"));
    for (const shape of section.shapes) {
      const key = `${shape.catalog} ${shape.branching.join("x")}`;
      let result = measured.get(key);
      if (!result) {
        const tree = await SEEDERS[shape.catalog](db, {
          prefix: `${tag}-${seeded++}`,
          branching: shape.branching,
          quantity: "1",
        });
        // PGlite never gathers statistics by itself; a server's autovacuum would have by now.
        await db.prisma.$executeRawUnsafe("ANALYZE");
        result = await measure(db, floor.id, tree.rootBomId, ordersPerLevel(shape.branching), runs).catch(
          (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
        );
        measured.set(key, result);
      }
      const row = [shape.branching.length - 1, shape.branching.join("x")];
      if (result instanceof Error) {
        process.exitCode = 1;
        const reason = result.message.trim().split("\n").at(-1);
        console.log([...row, sum(ordersPerLevel(shape.branching)), `FAILED: ${reason}`].join("\t"));
        continue;
      }
      const { statements } = result;
      console.log(
        [
          ...row,
          result.orders,
          result.medianMs.toFixed(1),
          statements.length === 1 ? statements[0] : `${statements[0]}-${statements.at(-1)} (varied)`,
        ].join("\t"),
      );
    }
  }
  await db.close();
}

/**
 * `runs` times: a fresh DRAFT order for one unit of the top BOM (not timed), then its authorization, timed
 * and counted, then its tree checked.
 */
async function measure(
  db: Database,
  locationId: number,
  bomId: number,
  expected: number[],
  runs: number,
): Promise<Measured> {
  const times: number[] = [];
  const statements = new Set<number>();
  for (let run = 0; run < runs; run++) {
    const order = await db.transaction((tx) =>
      createProductionOrder(tx, null, { locationId, lines: [{ bomId, quantity: "1" }] }),
    );
    const before = db.statementCount();
    const start = performance.now();
    await db.transaction((tx) => authorizeProductionOrder(tx, null, order.id));
    times.push(performance.now() - start);
    statements.add(db.statementCount() - before);
    await checkTree(db, order.id, expected);
  }
  times.sort((a, b) => a - b);
  return {
    orders: sum(expected),
    medianMs: percentile(times, 0.5),
    statements: [...statements].sort((a, b) => a - b),
  };
}

/** Nested orders the shape makes at each level below the top order: the product of the line counts above it. */
function ordersPerLevel(branching: number[]): number[] {
  const levels: number[] = [];
  let width = 1;
  for (const lines of branching.slice(0, -1)) {
    width *= lines;
    levels.push(width);
  }
  return levels;
}

/**
 * Every nested order is PLANNED and the count per level is the shape's: earlier runs' allocations make later
 * runs' availability negative, which may enlarge quantities but must never add or drop an order.
 */
async function checkTree(db: Database, rootId: number, expected: number[]) {
  const rows = await db.prisma.$queryRaw<{ level: number; status: string; orders: number }[]>`
    SELECT cardinality("ancestorIds") AS level, status::text AS status, CAST(count(*) AS int) AS orders
    FROM "ProductionOrder" WHERE "rootId" = ${rootId} AND id <> ${rootId}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const found = rows.map((row) => `${row.level}:${row.status}:${row.orders}`).join(" ");
  const wanted = expected.map((orders, index) => `${index + 1}:PLANNED:${orders}`).join(" ");
  if (found !== wanted) {
    throw new Error(`order ${rootId}: expected nested orders (level:status:count) ${wanted}, found ${found}`);
  }
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

await main();
