/**
 * CI drift check: exits 1, printing the missing SQL, when prisma/schema.prisma has changes that no migration
 * in prisma/migrations carries (someone forgot `npm run db:migration`). An optional argument checks another
 * schema file instead.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { diffMigrationsToSchema } from "./schema-engine.ts";

const migrationsDir = fileURLToPath(new URL("../prisma/migrations", import.meta.url));
const schemaPath = process.argv[2] ?? fileURLToPath(new URL("../prisma/schema.prisma", import.meta.url));
const relative = path.relative(process.cwd(), schemaPath);
const shownSchema = relative.startsWith("..") ? schemaPath : relative;

try {
  const { sql, hasChanges } = await diffMigrationsToSchema({ migrationsDir, schemaPath });
  if (hasChanges) {
    console.error(
      `${shownSchema} has changes that no migration carries; run \`npm run db:migration -- <name>\`.\n` +
        `Pending SQL:\n\n${sql}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`migrations are in sync with ${shownSchema}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
