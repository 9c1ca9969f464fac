/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL
 * that brings the migrations up to prisma/schema.prisma, like `prisma migrate dev --create-only` (which cannot
 * run offline). Nothing is applied: review the file, then the server's migrator applies it.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { diffMigrationsToSchema, MIGRATION_LOCK } from "./schema-engine.ts";

const migrationsDir = fileURLToPath(new URL("../prisma/migrations", import.meta.url));
const schemaPath = fileURLToPath(new URL("../prisma/schema.prisma", import.meta.url));

async function main(args: string[]): Promise<number> {
  const [name, ...extra] = args;
  // The name becomes part of a folder name and of `_prisma_migrations.migration_name` (at most 255 chars).
  if (!name || extra.length > 0 || !/^[a-z0-9_]{1,200}$/.test(name)) {
    console.error(
      "Usage: npm run db:migration -- <name>\n" +
        "  <name>: lowercase letters, digits and underscores, e.g. add_barcode_index" +
        (name ? `\n  got: ${args.join(" ")}` : ""),
    );
    return 1;
  }
  const { sql, hasChanges } = await diffMigrationsToSchema({ migrationsDir, schemaPath });
  if (!hasChanges) {
    console.log("No schema changes: nothing written.");
    return 0;
  }
  // Prisma's format (UTC yyyymmddHHMMSS): folders sort in creation order and `prisma migrate` reads them.
  const timestamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${timestamp}_${name}`);
  await mkdir(migrationsDir, { recursive: true });
  await mkdir(dir); // not recursive: fails rather than overwrite a migration made in the same second
  await writeFile(path.join(dir, "migration.sql"), sql);
  // "wx": keep an existing lock file as it is; `prisma migrate` writes the same content.
  await writeFile(path.join(migrationsDir, "migration_lock.toml"), MIGRATION_LOCK, { flag: "wx" }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    },
  );
  console.log(`Wrote ${path.relative(process.cwd(), path.join(dir, "migration.sql"))}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
