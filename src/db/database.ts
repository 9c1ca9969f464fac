import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { Mutex } from "async-mutex";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type Prisma, PrismaClient } from "../generated/prisma/client.ts";

/** The transaction-scoped Prisma client every business action writes through. */
export type Tx = Prisma.TransactionClient;

/** Raw SQL, for what Prisma cannot express: multi-statement migration scripts. */
export interface SqlSession {
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export type DatabaseTarget =
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob }
  | { kind: "postgres"; url: string; poolSize?: number };

export interface Database {
  readonly kind: DatabaseTarget["kind"];
  readonly prisma: PrismaClient;
  /** One business action = one transaction. */
  transaction<T>(action: (tx: Tx) => Promise<T>): Promise<T>;
  /** A raw SQL transaction (migrations); rolled back when `work` throws. */
  sqlTransaction<T>(work: (sql: SqlSession) => Promise<T>): Promise<T>;
  /** SQL statements sent since the client was created: query-count tests read this. */
  readonly statementCount: () => number;
  close(): Promise<void>;
}

// A large tree authorization legitimately holds its transaction for a while; the defaults (5 s) are for web pages.
const TRANSACTION_TIMEOUT_MS = 120_000;
const MAX_CONFLICT_RETRIES = 3;

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "pglite" ? openPglite(target) : openPostgres(target);
}

async function openPglite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<Database> {
  if (target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({
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
    runTransaction: (action) =>
      writers.runExclusive(() =>
        prisma.client.$transaction(action, {
          maxWait: TRANSACTION_TIMEOUT_MS,
          timeout: TRANSACTION_TIMEOUT_MS,
        }),
      ),
    sqlTransaction: (work) =>
      writers.runExclusive(() =>
        pglite.transaction((tx) =>
          work({
            exec: async (script) => {
              await tx.exec(script);
            },
            query: async <Row>(sql: string, params?: unknown[]) => (await tx.query<Row>(sql, params)).rows,
          }),
        ),
      ),
    close: async () => {
      await writers.waitForUnlock();
      await prisma.client.$disconnect();
      await pglite.close();
    },
  });
}

async function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<Database> {
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  // Fail at start, with the server's own message, rather than on the first request.
  await pool.query("SELECT 1");
  const prisma = createPrismaClient(new PrismaPg(pool));
  return createDatabase({
    kind: "postgres",
    prisma: prisma.client,
    statementCount: prisma.statementCount,
    runTransaction: async (action) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await prisma.client.$transaction(action, {
            maxWait: 10_000,
            timeout: TRANSACTION_TIMEOUT_MS,
          });
        } catch (error) {
          if (attempt > MAX_CONFLICT_RETRIES || !isWriteConflict(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        }
      }
    },
    sqlTransaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as Row[],
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.client.$disconnect();
      await pool.end();
    },
  });
}

function createPrismaClient(adapter: PrismaPg | PrismaPGlite) {
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  let statements = 0;
  client.$on("query", () => {
    statements++;
  });
  return { client, statementCount: () => statements };
}

function createDatabase(parts: {
  kind: Database["kind"];
  prisma: PrismaClient;
  statementCount: () => number;
  runTransaction: <T>(action: (tx: Tx) => Promise<T>) => Promise<T>;
  sqlTransaction: Database["sqlTransaction"];
  close: () => Promise<void>;
}): Database {
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;
  return {
    kind: parts.kind,
    prisma: parts.prisma,
    statementCount: parts.statementCount,
    sqlTransaction: parts.sqlTransaction,
    async transaction(action) {
      if (closing) throw new Error("The database is shutting down");
      const running = parts.runTransaction(action);
      inFlight.add(running);
      try {
        return await running;
      } finally {
        inFlight.delete(running);
      }
    },
    async close() {
      // Let open transactions finish; refuse new ones.
      closing = true;
      await Promise.allSettled(inFlight);
      await parts.close();
    },
  };
}

/** PostgreSQL serialization failures and deadlocks: the transaction can simply run again. */
function isWriteConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  const message = String((error as { message?: unknown }).message ?? "");
  return code === "P2034" || /deadlock detected|could not serialize access/i.test(message);
}
