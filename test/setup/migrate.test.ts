import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { MigrationError, migrate, readMigrations } from "../../src/db/migrate.ts";
import { openTestDatabase } from "../kit/database.ts";

let db: Database;
let dir: string;

async function writeMigration(name: string, sql: string) {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function tableExists(name: string): Promise<boolean> {
  const rows = await db.prisma.$queryRaw<
    { exists: boolean }[]
  >`SELECT to_regclass(${name}) IS NOT NULL AS "exists"`;
  return rows[0]?.exists === true;
}

async function history() {
  return db.prisma.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
    SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
    WHERE migration_name LIKE '9%' ORDER BY migration_name`;
}

beforeAll(async () => {
  db = await openTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "bomgraph-migrations-"));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe("migrations", () => {
  it("the project's migrations are applied and recorded in Prisma's history", async () => {
    const files = await readMigrations();
    const rows = await db.prisma.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(
      files.map((file) => [file.name, file.checksum]),
    );
    expect(await migrate(db)).toEqual([]);
  });

  it("a failing migration stops with its name, leaves nothing behind and is not recorded", async () => {
    await writeMigration("90000000000001_good", 'CREATE TABLE "mig_good" (id int);');
    await writeMigration(
      "90000000000002_bad",
      'CREATE TABLE "mig_partial" (id int);\nALTER TABLE "no_such_table" ADD COLUMN x int;',
    );

    const failure = await migrate(db, dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as Error).message).toMatch(
      /90000000000002_bad failed and was rolled back.*no_such_table/,
    );

    expect(await tableExists("mig_good")).toBe(true);
    expect(await tableExists("mig_partial")).toBe(false);
    expect((await history()).map((row) => row.migration_name)).toEqual(["90000000000001_good"]);

    // Fixing the file is enough: the next start applies it.
    const fixed = 'CREATE TABLE "mig_partial" (id int);';
    await writeMigration("90000000000002_bad", fixed);
    expect(await migrate(db, dir)).toEqual(["90000000000002_bad"]);
    const rows = await history();
    expect(rows.map((row) => row.migration_name)).toEqual(["90000000000001_good", "90000000000002_bad"]);
    expect(rows[1]?.checksum).toBe(createHash("sha256").update(fixed).digest("hex"));
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    expect(await migrate(db, dir)).toEqual([]);
  });
});
