import type { Database } from "../db/database.ts";
import { MS_PER_DAY } from "../domain/time.ts";
import type { Logger } from "../logger.ts";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes the events older than `retentionDays` and raises Settings.eventsPrunedThroughId, in one transaction.
 * It deletes a prefix of ids (everything up to the newest id created before the cutoff), so "every event after
 * the boundary still exists" holds exactly; an event may go up to one transaction's duration early.
 * Returns the new boundary, or null when nothing was old enough.
 */
export async function pruneEvents(
  db: Database,
  retentionDays: number,
  now = new Date(),
): Promise<bigint | null> {
  const cutoff = new Date(now.getTime() - retentionDays * MS_PER_DAY);
  return db.transaction(async (tx) => {
    const boundary = await tx.event.aggregate({ _max: { id: true }, where: { createdAt: { lt: cutoff } } });
    const through = boundary._max.id;
    if (through === null) return null;
    await tx.event.deleteMany({ where: { id: { lte: through } } });
    // Two instances may prune at once: the boundary only ever goes up.
    await tx.$executeRaw`
      UPDATE "Settings" SET "eventsPrunedThroughId" = GREATEST("eventsPrunedThroughId", ${through}) WHERE id = 1`;
    return through;
  });
}

/** Prunes at start and then every hour; returns the stop function. */
export function startEventRetention(options: {
  db: Database;
  retentionDays: number;
  logger: Logger;
}): () => void {
  const { db, retentionDays, logger } = options;
  const prune = () =>
    pruneEvents(db, retentionDays)
      .then((through) => {
        if (through !== null) logger.info(`Event retention: deleted events up to id ${through}`);
      })
      .catch((error: unknown) => logger.error("Event retention failed", error));
  void prune();
  const timer = setInterval(prune, HOUR_MS).unref();
  return () => clearInterval(timer);
}
