import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { PrismaPg } from "@prisma/adapter-pg";
import { Mutex } from "async-mutex";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { isWriteConflict } from "./conflicts.ts";

/** The transaction-scoped Prisma client every business action writes through. */
export type Tx = Prisma.TransactionClient;

/** The PostgreSQL extensions the schema uses (citext: case-insensitive SKUs, barcodes and location codes), as
 * PGlite loads them: every PGlite the project opens (the server, the tests' template, the migration checks). */
export const PGLITE_EXTENSIONS = { citext };

/**
 * How the server's PGlite runs PostgreSQL: PGlite's own parameters, with smaller shared buffers. PostgreSQL's
 * default (128 MB) lives in the process's WebAssembly memory and was soon mostly resident, the larger part of an
 * idle server's memory; a page read past 8 MB of buffers comes from the data directory through the OS's file
 * cache (for the tests' in-memory clones, from memory), so the process stays small (`npm run bench:memory`,
 * ADR 0029).
 */
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=8MB"];

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
  /**
   * One business action = one transaction. The events it records (src/domain/events.ts) are inserted at its end,
   * so event ids follow commit order (see `flushEvents`).
   */
  transaction<T>(action: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `read` in a read-only REPEATABLE READ transaction: every statement it sends sees the same snapshot of the
   * database, so several reads (a GraphQL query's fields) agree with each other and with the newest event id
   * they can see (`Query.liveCursor`, src/live/cursor.ts).
   */
  snapshot<T>(read: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` after every commit that wrote events, with the highest event id it wrote. The live feed
   * rings its doorbell with it (src/live/); the Event table stays the truth.
   */
  onEventsCommitted(listener: (throughId: bigint) => void): () => void;
  /** A raw SQL transaction (migrations); rolled back when `work` throws. */
  sqlTransaction<T>(work: (sql: SqlSession) => Promise<T>): Promise<T>;
  /** SQL statements sent since the client was created: query-count tests read this. */
  readonly statementCount: () => number;
  close(): Promise<void>;
}

/** An Event row waiting in its transaction's outbox. */
export type EventRow = Prisma.EventCreateManyInput;

interface Outbox {
  rows: EventRow[];
  /** Inserts `rows` now (and empties it). */
  flush(): Promise<void>;
}

// The outbox of each open transaction, by its transaction client (the `tx` every domain function passes on).
const outboxes = new WeakMap<Tx, Outbox>();

function outboxOf(tx: Tx): Outbox {
  const outbox = outboxes.get(tx);
  if (!outbox) throw new Error("Events can only be recorded inside Database.transaction");
  return outbox;
}

/**
 * Where `recordEvent` puts the events of `tx`. Only transactions run by `Database.transaction` have one: elsewhere
 * the commit-order guarantee (and the doorbell) would silently be missing, so that is a programming error.
 */
export function eventOutbox(tx: Tx): EventRow[] {
  return outboxOf(tx).rows;
}

/**
 * Inserts the events `tx` recorded so far now rather than at its end, so that reads later in the same
 * transaction see them. It takes the event commit lock early (held until commit): only for transactions that
 * must read their own events.
 */
export function flushEventsNow(tx: Tx): Promise<void> {
  return outboxOf(tx).flush();
}

// Taken by every transaction that writes events, just before it inserts them; released by its commit. Any
// constant both sides agree on; it only has to differ from the other advisory locks of the database.
const EVENT_COMMIT_LOCK = 4_206_002;

// A large tree authorization legitimately holds its transaction for a while; the defaults (5 s) are for web pages.
const TRANSACTION_TIMEOUT_MS = 120_000;
const MAX_CONFLICT_RETRIES = 3;

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "pglite" ? openPglite(target) : openPostgres(target);
}

async function openPglite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Promise<Database> {
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

async function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<Database> {
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  // Fail at start, with the server's own message, rather than on the first request.
  await pool.query("SELECT 1");
  const prisma = createPrismaClient(new PrismaPg(pool));
  return createDatabase({
    kind: "postgres",
    prisma: prisma.client,
    statementCount: prisma.statementCount,
    lockEventCommits: async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EVENT_COMMIT_LOCK})`;
    },
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
    runSnapshot: (read) =>
      prisma.client.$transaction(read, { maxWait: 10_000, timeout: TRANSACTION_TIMEOUT_MS }),
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
  /** Makes event-writing transactions insert their events and commit one at a time (see `flushEvents`). */
  lockEventCommits: (tx: Tx) => Promise<void>;
  runTransaction: <T>(action: (tx: Tx) => Promise<T>) => Promise<T>;
  /** Runs `read` in a transaction, waiting for a connection as long as the kind of database needs. */
  runSnapshot: <T>(read: (tx: Tx) => Promise<T>) => Promise<T>;
  sqlTransaction: Database["sqlTransaction"];
  close: () => Promise<void>;
}): Database {
  const inFlight = new Set<Promise<unknown>>();
  const listeners = new Set<(throughId: bigint) => void>();
  let closing = false;

  /**
   * Inserts the transaction's events as its last statement, under a transaction-level lock that its commit
   * releases: event-writing transactions thus insert and commit one after the other, so a reader that sees
   * event N committed has seen every event below N that will ever commit (a subscriber reading "id > last"
   * never skips one committed late). Only this final insert and the commit wait on the lock.
   */
  async function flushEvents(tx: Tx, rows: EventRow[]): Promise<bigint | null> {
    if (rows.length === 0) return null;
    await parts.lockEventCommits(tx);
    const written = await tx.event.createManyAndReturn({ data: rows.splice(0), select: { id: true } });
    return written.reduce((max, row) => (row.id > max ? row.id : max), 0n);
  }

  return {
    kind: parts.kind,
    prisma: parts.prisma,
    statementCount: parts.statementCount,
    sqlTransaction: parts.sqlTransaction,
    async transaction(action) {
      if (closing) throw new Error("The database is shutting down");
      let committedThrough: bigint | null = null;
      // A retried transaction runs this again with a fresh outbox; only the attempt that commits counts.
      const running = parts.runTransaction(async (tx) => {
        let through: bigint | null = null;
        const flush = async () => {
          const flushed = await flushEvents(tx, outbox.rows);
          if (flushed !== null && (through === null || flushed > through)) through = flushed;
        };
        const outbox: Outbox = { rows: [], flush };
        outboxes.set(tx, outbox);
        const result = await action(tx);
        await flush();
        committedThrough = through;
        return result;
      });
      inFlight.add(running);
      try {
        const result = await running;
        if (committedThrough !== null) for (const listener of listeners) listener(committedThrough);
        return result;
      } finally {
        inFlight.delete(running);
      }
    },
    snapshot(read) {
      if (closing) throw new Error("The database is shutting down");
      return parts.runSnapshot(async (tx) => {
        // The first statement, before the snapshot is taken (PostgreSQL takes it at the transaction's first query).
        await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        return read(tx);
      });
    },
    onEventsCommitted(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      // Let open transactions finish; refuse new ones.
      closing = true;
      await Promise.allSettled(inFlight);
      await parts.close();
    },
  };
}
