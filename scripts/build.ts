import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildWeb, describeSizes, webIsStale } from "./web.ts";

/**
 * `npm run build`: compiles src/ (the generated Prisma client included) to dist/, the JavaScript `npm start` runs
 * with plain Node, and bundles the reference pages (web/) to web/dist, which the server serves (scripts/web.ts). With `--if-stale` (what `npm start` runs first) it builds only when dist/ is missing or older
 * than a source, and the same for the pages: a start never runs other code than the sources beside it (ADR 0029).
 * With `--pages` it bundles the pages alone (what `npm run dev` runs first).
 *
 * TypeScript's own emit, without its type check (`--noCheck`): `npm run typecheck` and CI check the types, and
 * a start should not wait for them. The output goes to a directory of its own first and replaces dist/ only once
 * complete: a build that fails or is interrupted leaves the previous one in place.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = path.join(root, "dist");
/** Its time is when the build that wrote it started. */
const stamp = path.join(dist, ".built");
/** What the build reads: a newer file, or a directory whose entries changed (a source added or deleted). */
const inputs = [
  path.join(root, "src"),
  path.join(root, "tsconfig.json"),
  path.join(root, "tsconfig.build.json"),
];

function newestChange(file: string): number {
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(file).reduce(
    (newest, entry) => Math.max(newest, newestChange(path.join(file, entry))),
    stats.mtimeMs,
  );
}

function isStale(): boolean {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return inputs.some((input) => newestChange(input) > built);
}

function build() {
  const started = performance.now();
  // The stamp gets the time the build started: a source saved while it ran is newer, so the next start rebuilds.
  const startedAt = new Date();
  const staging = `${dist}.${process.pid}`;
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = spawnSync(
    process.execPath,
    [tsc, "-p", path.join(root, "tsconfig.build.json"), "--noCheck", "--outDir", staging],
    { stdio: "inherit" },
  );
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error("The build failed: nothing was replaced.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(path.join(staging, ".built"), "");
  utimesSync(path.join(staging, ".built"), startedAt, startedAt);
  rmSync(dist, { recursive: true, force: true });
  try {
    renameSync(staging, dist);
  } catch {
    // A build that ran at the same time put its complete dist/ there first: the same sources, so keep it.
    rmSync(staging, { recursive: true, force: true });
  }
  console.error(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)}s`);
}

const always = !process.argv.includes("--if-stale");
// `npm run dev` runs the server from its sources and needs only the pages.
const pagesOnly = process.argv.includes("--pages");
if (!pagesOnly && (always || isStale())) build();
if (always || webIsStale(newestChange)) {
  const started = performance.now();
  const sizes = await buildWeb();
  console.error(`Built the pages in ${Math.round(performance.now() - started)} ms: ${describeSizes(sizes)}`);
}
