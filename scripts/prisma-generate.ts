import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * `prisma generate` without network: the CLI insists on locating its native schema engine (which it would
 * download) even though generating never runs it, so we point it at an existing file. Telemetry is off because
 * its host is unreachable here and every call would wait for it.
 */
const packageJson = fileURLToPath(new URL("../package.json", import.meta.url));
const result = spawnSync("prisma", ["generate"], {
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
