import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { buildWeb } from "../../scripts/web.ts";
import { openDatabase } from "../../src/db/database.ts";
import { migrate } from "../../src/db/migrate.ts";
import { PGLITE_EXTENSIONS } from "../../src/db/pglite.ts";
import { maintenanceUrl } from "./database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** PGlite: a tarball of the migrated data directory. PostgreSQL: the migrated template database's URL. */
    databaseTemplate: { kind: "pglite"; dumpFile: string } | { kind: "postgres"; url: string };
  }
}

/**
 * Migrates one database for the whole run; test files clone it (see test/kit/database.ts). Bundles the pages
 * (web/dist) as `npm start` does, once, before any test file serves them.
 */
export default async function setup(project: TestProject) {
  await buildWeb();
  const url = process.env.DATABASE_URL;
  if (url) {
    const db = await openDatabase({ kind: "postgres", url });
    await migrate(db);
    await db.close();
    project.provide("databaseTemplate", { kind: "postgres", url });
    return async () => dropClones(url);
  }

  const workDir = await mkdtemp(path.join(tmpdir(), "bomgraph-test-"));
  const dataDir = path.join(workDir, "template");
  const db = await openDatabase({ kind: "pglite", dataDir });
  await migrate(db);
  await db.close();
  const pglite = await PGlite.create({ dataDir, extensions: PGLITE_EXTENSIONS });
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const dumpFile = path.join(workDir, "template.tar");
  await writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()));
  project.provide("databaseTemplate", { kind: "pglite", dumpFile });
  return async () => rm(workDir, { recursive: true, force: true });
}

async function dropClones(templateUrl: string) {
  const admin = new pg.Client({ connectionString: maintenanceUrl(templateUrl) });
  await admin.connect();
  try {
    const template = new URL(templateUrl).pathname.slice(1);
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${template}_clone_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
