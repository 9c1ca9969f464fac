import type { Database } from "../../src/db/database.ts";

/** Per table: its row count and an md5 of all its rows (as PostgreSQL prints them, in a fixed order). */
export type DatabaseSnapshot = Record<string, { rows: number; hash: string }>;

/**
 * Every table of the schema but the migration history, fingerprinted: two snapshots are equal exactly when no
 * row was inserted, updated or deleted in between (sequences aside: a rolled-back insert still uses an id).
 */
export async function databaseSnapshot(db: Database): Promise<DatabaseSnapshot> {
  const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const snapshot: DatabaseSnapshot = {};
  for (const { name } of tables) {
    const [row] = await db.prisma.$queryRawUnsafe<{ rows: bigint; hash: string }[]>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash
       FROM "${name}" t`,
    );
    snapshot[name] = { rows: Number(row?.rows ?? 0), hash: row?.hash ?? "" };
  }
  return snapshot;
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name]?.hash !== after[name]?.hash).sort();
}
