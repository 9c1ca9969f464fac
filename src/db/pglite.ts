import { mkdir } from "node:fs/promises";
import v8 from "node:v8";
import { PGlite } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Mutex } from "async-mutex";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  createDatabase,
  createPrismaClient,
  type Database,
  type DatabaseTarget,
  TRANSACTION_TIMEOUT_MS,
} from "./database.ts";

/**
 * Node 24's V8 (13.6) can free a WebAssembly import wrapper twice: its code GC marks the wrapper dying, a
 * wrapper's tier-up takes it from the cache all the same, and both free it. The process aborts with "Check failed:
 * jit_page_->allocations_.erase(addr) == 1" (nodejs/node#64500; V8 fixed the cache after 13.6, and Node 24 has not
 * taken the fix). PGlite is the WebAssembly that hits it: a CI run's server died so after its migrations. Without
 * wasm code GC, V8 frees no WebAssembly code while the process runs, so nothing is freed twice; it reads the flag
 * whenever code becomes unused, so setting it before any PGlite starts is enough. The code GC would have freed
 * (what tier-up replaced) stays: `npm run bench:memory` measures it. Node 22's V8 shares no wrappers between
 * instances, and later lines have the fix.
 */
if (process.versions.v8.startsWith("13.6.")) v8.setFlagsFromString("--no-wasm-code-gc");

/**
 * The PostgreSQL extensions the schema uses (citext: case-insensitive SKUs, barcodes and location codes; pg_trgm:
 * product search by trigram indexes), as PGlite loads them: every PGlite the project opens (the server, the tests'
 * template, the migration checks). The migrations create them on a PostgreSQL server.
 */
export const PGLITE_EXTENSIONS = { citext, pg_trgm };

/**
 * How the server's PGlite runs PostgreSQL: PGlite's own parameters, with smaller shared buffers. PostgreSQL's
 * default (128 MB) lives in the process's WebAssembly memory and was soon mostly resident, the larger part of an
 * idle server's memory; a page read past 8 MB of buffers comes from the data directory through the OS's file
 * cache (for the tests' in-memory clones, from memory), so the process stays small (`npm run bench:memory`,
 * ADR 0029).
 */
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=8MB"];

export async function openPglite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<Database> {
  if (target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    extensions: PGLITE_EXTENSIONS,
    startParams: PGLITE_START_PARAMS,
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
  });
  const prisma = createPrismaClient(new PrismaPGlite(pglite));
  // PGlite is a single connection: a second interactive transaction waits for the first and Prisma gives up
  // after `maxWait` (P2028). Queueing writers here turns contention into waiting instead of failures.
  const writers = new Mutex();
  return createDatabase({
    kind: "pglite",
    prisma: prisma.client,
    statementCount: prisma.statementCount,
    // The writer mutex already serializes whole transactions, so ids are in commit order without a lock.
    lockEventCommits: async () => {},
    runTransaction: (action) =>
      writers.runExclusive(() =>
        prisma.client.$transaction(action, {
          maxWait: TRANSACTION_TIMEOUT_MS,
          timeout: TRANSACTION_TIMEOUT_MS,
        }),
      ),
    // PGlite is one connection: an open transaction holds it, so a snapshot queues with the writers (and, like
    // them, waits as long as it must rather than failing after Prisma's maxWait).
    runSnapshot: (read) =>
      writers.runExclusive(() =>
        prisma.client.$transaction(read, {
          maxWait: TRANSACTION_TIMEOUT_MS,
          timeout: TRANSACTION_TIMEOUT_MS,
        }),
      ),
    sqlTransaction: (work) =>
      writers.runExclusive(async () => {
        const result = await pglite.transaction((tx) =>
          work({
            exec: async (script) => {
              await tx.exec(script);
            },
            query: async <Row>(sql: string, params?: unknown[]) => (await tx.query<Row>(sql, params)).rows,
          }),
        );
        // PGlite reads the array types once, when it opens: a migration that created a type (citext's citext[])
        // would otherwise leave array parameters of that type unsendable until the next start.
        await pglite.refreshArrayTypes();
        return result;
      }),
    close: async () => {
      await writers.waitForUnlock();
      await prisma.client.$disconnect();
      await pglite.close();
    },
  });
}
