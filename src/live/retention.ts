import type { Database } from "../db/database.ts";
import { deleteClosedOrdersHistory, NOT_ORDER_HISTORY } from "../domain/orders/production/history.ts";
import { MS_PER_DAY } from "../domain/time.ts";
import type { Logger } from "../logger.ts";

const HOUR_MS = 60 * 60 * 1000;

/** How long events are kept, in days (ADR 0026). */
export interface EventRetention {
  /** Replay: resuming from before this is refused (EVENTS_EXPIRED), and the events no history shows go. */
  replayDays: number;
  /** An order's history, counted from its last change once COMPLETED or VOIDED; null: for ever. */
  orderHistoryDays: number | null;
}

/** What one pass did: the replay boundary now (Settings.eventsPrunedThroughId) and how many events it deleted. */
export interface Pruned {
  boundary: bigint;
  deleted: number;
  historyDeleted: number;
}

/**
 * One pass of both retentions, in one transaction. Replay: raises Settings.eventsPrunedThroughId to the newest
 * event created before the cutoff and deletes the events up to it that are no order's history, so "every event
 * after the boundary still exists" holds exactly (an event may go up to one transaction's duration early).
 * History: deletes the history of orders closed for longer than `orderHistoryDays`, never after the boundary.
 * The boundary is raised first: its row lock makes passes of several instances run one after the other, and a
 * pass only deletes up to the boundary it holds, which no other pass can lower.
 */
export async function pruneEvents(
  db: Database,
  retention: EventRetention,
  now = new Date(),
): Promise<Pruned> {
  const cutoff = daysBefore(now, retention.replayDays);
  return db.transaction(async (tx) => {
    const newest = await tx.event.aggregate({ _max: { id: true }, where: { createdAt: { lt: cutoff } } });
    const [settings] = await tx.$queryRaw<{ boundary: bigint }[]>`
      UPDATE "Settings" SET "eventsPrunedThroughId" = GREATEST("eventsPrunedThroughId", ${newest._max.id ?? 0n})
      WHERE id = 1 RETURNING "eventsPrunedThroughId" AS boundary`;
    const boundary = settings?.boundary ?? 0n;
    const { count: deleted } = await tx.event.deleteMany({
      where: { id: { lte: boundary }, ...NOT_ORDER_HISTORY },
    });
    const historyDeleted =
      retention.orderHistoryDays === null
        ? 0
        : await deleteClosedOrdersHistory(tx, daysBefore(now, retention.orderHistoryDays), boundary);
    return { boundary, deleted, historyDeleted };
  });
}

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * MS_PER_DAY);
}

/** Prunes at start and then every hour; returns the stop function. */
export function startEventRetention(options: {
  db: Database;
  retention: EventRetention;
  logger: Logger;
}): () => void {
  const { db, retention, logger } = options;
  const prune = () =>
    pruneEvents(db, retention)
      .then(({ boundary, deleted, historyDeleted }) => {
        if (deleted > 0 || historyDeleted > 0) {
          logger.info(
            `Event retention: replay resumes after id ${boundary}; deleted ${deleted} event(s) no history shows ` +
              `and ${historyDeleted} of closed orders' history`,
          );
        }
      })
      .catch((error: unknown) => logger.error("Event retention failed", error));
  void prune();
  const timer = setInterval(prune, HOUR_MS).unref();
  return () => clearInterval(timer);
}
