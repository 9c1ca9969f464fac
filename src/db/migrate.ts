import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database, SqlSession } from "./database.ts";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

// The same key `prisma migrate deploy` locks, so our runner and Prisma's never migrate at the same time.
const PRISMA_MIGRATE_LOCK = 72707369;

// Prisma's own history table, column for column: a native `prisma migrate deploy` reads it as its own.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(
      `Migration ${migration} failed and was rolled back (nothing of it is applied): ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
      { cause },
    );
  }
}

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies pending migrations, each with its history row in ONE transaction: a failing migration leaves
 * neither its changes nor a history row behind, so fixing the file and restarting is enough.
 * Returns the names applied.
 */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const applied: string[] = [];
  for (const migration of migrations) {
    const wasApplied = await db.sqlTransaction(async (sql) => {
      await lockAndPrepare(sql);
      const done = await sql.query<{ checksum: string }>(
        `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL AND finished_at IS NOT NULL`,
        [migration.name],
      );
      if (done.length > 0) return false;
      try {
        await sql.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(migration.name, error);
      }
      await sql.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      return true;
    });
    if (wasApplied) applied.push(migration.name);
  }
  return applied;
}

async function lockAndPrepare(sql: SqlSession): Promise<void> {
  // Several server instances may start together against one PostgreSQL.
  await sql.query(`SELECT pg_advisory_xact_lock(${PRISMA_MIGRATE_LOCK})`);
  await sql.exec(HISTORY_TABLE);
  const failed = await sql.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NULL AND rolled_back_at IS NULL`,
  );
  if (failed[0]) {
    // Written only by another tool (Prisma's CLI records failures); we never write such rows.
    throw new Error(
      `Migration ${failed[0].migration_name} is recorded as failed in _prisma_migrations; resolve it (prisma migrate resolve) before starting`,
    );
  }
}
