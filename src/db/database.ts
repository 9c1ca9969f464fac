import { type Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { type Column, insertRows } from "./bulk-insert.ts";

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
   * Calls `listener` after every commit that wrote events, before the transaction's caller goes on, with the
   * highest event id it wrote and the types of its events. The live feed rings its doorbell with them (src/live/);
   * the Event table stays the truth.
   */
  onEventsCommitted(listener: (throughId: bigint, types: ReadonlySet<string>) => void): () => void;
  /** A raw SQL transaction (migrations); rolled back when `work` throws. */
  sqlTransaction<T>(work: (sql: SqlSession) => Promise<T>): Promise<T>;
  /** SQL statements sent since the client was created: query-count tests read this. */
  readonly statementCount: () => number;
  close(): Promise<void>;
}

/** An Event row waiting in its transaction's outbox. */
export type EventRow = Prisma.EventCreateManyInput;

/** The columns of an event row, as a tree's authorization writes a thousand at a time. */
const EVENT_COLUMNS: Record<string, Column<EventRow>> = {
  type: { type: "text", value: (row) => row.type },
  entityType: { type: "text", value: (row) => row.entityType },
  entityId: { type: "text", value: (row) => row.entityId },
  rootOrderId: { type: "int", value: (row) => row.rootOrderId ?? null },
  locationId: { type: "int", value: (row) => row.locationId ?? null },
  beforeStatus: { type: "text", value: (row) => row.beforeStatus ?? null },
  afterStatus: { type: "text", value: (row) => row.afterStatus ?? null },
  payload: { type: "jsonb", value: (row) => row.payload as object },
  actorKeyId: { type: "int", value: (row) => row.actorKeyId ?? null },
  actorEmployeeId: { type: "int", value: (row) => row.actorEmployeeId ?? null },
  requestId: { type: "text", value: (row) => row.requestId ?? null },
};

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
export const EVENT_COMMIT_LOCK = 4_206_002;

// A large tree authorization legitimately holds its transaction for a while; the defaults (5 s) are for web pages.
export const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Opens the database of `target`. Each kind's driver is loaded only when used: the embedded database never holds
 * node-pg in memory, a PostgreSQL server never holds PGlite (ADR 0029).
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "pglite") return (await import("./pglite.ts")).openPglite(target);
  return (await import("./postgres.ts")).openPostgres(target);
}

/** A driver adapter: PGlite's (src/db/pglite.ts) or node-pg's (src/db/postgres.ts). */
type DriverAdapter = Prisma.PrismaClientOptionsWithAdapter["adapter"];

export function createPrismaClient(adapter: DriverAdapter) {
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  let statements = 0;
  client.$on("query", () => {
    statements++;
  });
  return { client, statementCount: () => statements };
}

export function createDatabase(parts: {
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
  const listeners = new Set<(throughId: bigint, types: ReadonlySet<string>) => void>();
  let closing = false;

  /**
   * Inserts the transaction's events as its last statement, under a transaction-level lock that its commit
   * releases: event-writing transactions thus insert and commit one after the other, so a reader that sees
   * event N committed has seen every event below N that will ever commit (a subscriber reading "id > last"
   * never skips one committed late). Only this final insert and the commit wait on the lock.
   */
  async function flushEvents(tx: Tx, rows: EventRow[], types: Set<string>): Promise<bigint | null> {
    if (rows.length === 0) return null;
    for (const row of rows) types.add(row.type);
    await parts.lockEventCommits(tx);
    const written = await insertRows<EventRow, { id: bigint }>(tx, "Event", EVENT_COLUMNS, rows.splice(0), [
      "id",
    ]);
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
      let committedTypes: ReadonlySet<string> = new Set();
      // A retried transaction runs this again with a fresh outbox; only the attempt that commits counts.
      const running = parts.runTransaction(async (tx) => {
        let through: bigint | null = null;
        const types = new Set<string>();
        const flush = async () => {
          const flushed = await flushEvents(tx, outbox.rows, types);
          if (flushed !== null && (through === null || flushed > through)) through = flushed;
        };
        const outbox: Outbox = { rows: [], flush };
        outboxes.set(tx, outbox);
        const result = await action(tx);
        await flush();
        committedThrough = through;
        committedTypes = types;
        return result;
      });
      inFlight.add(running);
      try {
        const result = await running;
        if (committedThrough !== null) {
          for (const listener of listeners) listener(committedThrough, committedTypes);
        }
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
