import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";

/** A fresh, migrated database for one test file: a copy of the template the global setup built. */
export async function openTestDatabase(): Promise<Database> {
  const template = inject("databaseTemplate");
  if (template.kind === "pglite") {
    return openDatabase({ kind: "pglite", loadDataDir: new Blob([await readFile(template.dumpFile)]) });
  }
  return openDatabase({ kind: "postgres", url: await clonePostgresTemplate(), poolSize: 5 });
}

/**
 * The URL of a fresh copy of the migrated template database (PostgreSQL runs only). Named after the template,
 * so the global teardown drops it. Tests that need two connection pools to one database, as two server
 * instances have, open it twice.
 */
export async function clonePostgresTemplate(): Promise<string> {
  const template = inject("databaseTemplate");
  if (template.kind !== "postgres") throw new Error("clonePostgresTemplate needs DATABASE_URL");
  const templateName = new URL(template.url).pathname.slice(1);
  const cloneName = `${templateName}_clone_${randomBytes(6).toString("hex")}`;
  // Connected to the maintenance database: PostgreSQL copies a template only while nobody is connected to it.
  const admin = new pg.Client({ connectionString: maintenanceUrl(template.url) });
  await admin.connect();
  try {
    // Another file's CREATE DATABASE may be copying the template right now; PostgreSQL then says so and we retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${cloneName}" TEMPLATE "${templateName}"`);
        break;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(template.url);
  url.pathname = `/${cloneName}`;
  return url.toString();
}

export function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}

/**
 * Statements a transaction that writes events spends on ordering their commits: PostgreSQL takes an advisory
 * lock (one statement, src/db/database.ts `lockEventCommits`); PGlite's writers are serialized already. Cost
 * tests that pin a write's absolute count add it.
 */
export function eventLockStatements(): number {
  return inject("databaseTemplate").kind === "postgres" ? 1 : 0;
}
