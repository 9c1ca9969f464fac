import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * The Prisma CLI for the commands that work offline (`generate`, `format`, `validate`): it insists on locating
 * its native schema engine (which it would download) even though these never run it, so we point it at an
 * existing file. Telemetry is off because its host may be unreachable and every call would wait for it.
 * Migrations do not go through the CLI: see scripts/db-migration.ts and src/db/migrate.ts.
 */
const packageJson = fileURLToPath(new URL("../package.json", import.meta.url));
const result = spawnSync("prisma", process.argv.slice(2), {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? packageJson,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
