import type { Database } from "../db/database.ts";
import type { Logger } from "../logger.ts";
import { createDoorbell } from "./doorbell.ts";
import { DEFAULT_LIVE_LIMITS, LiveFeed, type LiveLimits } from "./feed.ts";

export type { BatchedEvent } from "./batch.ts";
export { newestEventId, parseResumePoint, type ResumePoint } from "./cursor.ts";
export { LiveFeed } from "./feed.ts";
export type { EventFilter } from "./filter.ts";
export { KeyCache } from "./key-cache.ts";
export type { SubscriberConnection } from "./stream.ts";

/** A live feed over `db`: its doorbell is in-process, or Redis pub/sub (every instance) when `redisUrl` is set. */
export function createLiveFeed(options: {
  db: Database;
  logger: Logger;
  redisUrl?: string | undefined;
  limits?: Partial<LiveLimits>;
  /**
   * No other instance shares the database, so without Redis this one still hears every change: true on PGlite;
   * on PostgreSQL only where that is known (a test's own database).
   */
  soleInstance?: boolean;
}): LiveFeed {
  return new LiveFeed(
    options.db,
    createDoorbell({
      redisUrl: options.redisUrl,
      logger: options.logger,
      soleInstance: options.soleInstance ?? options.db.kind === "pglite",
    }),
    options.logger,
    { ...DEFAULT_LIVE_LIMITS, ...options.limits },
  );
}
