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
  const templateUrl = new URL(template.url);
  const templateName = templateUrl.pathname.slice(1);
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
  const cloneUrl = new URL(template.url);
  cloneUrl.pathname = `/${cloneName}`;
  return openDatabase({ kind: "postgres", url: cloneUrl.toString(), poolSize: 5 });
}

export function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}
