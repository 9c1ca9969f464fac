import type { Database } from "../db/database.ts";
import type { Logger } from "../logger.ts";
import { createDoorbell } from "./doorbell.ts";
import { DEFAULT_LIVE_LIMITS, LiveFeed, type LiveLimits } from "./feed.ts";

export type { BatchedEvent } from "./batch.ts";
export { newestEventId, parseResumePoint, type ResumePoint } from "./cursor.ts";
export { LiveFeed } from "./feed.ts";
export type { EventFilter } from "./filter.ts";
export type { SubscriberConnection } from "./stream.ts";

/** A live feed over `db`: its doorbell is in-process, or Redis pub/sub (every instance) when `redisUrl` is set. */
export function createLiveFeed(options: {
  db: Database;
  logger: Logger;
  redisUrl?: string | undefined;
  limits?: Partial<LiveLimits>;
}): LiveFeed {
  return new LiveFeed(
    options.db,
    createDoorbell({ redisUrl: options.redisUrl, logger: options.logger }),
    options.logger,
    { ...DEFAULT_LIVE_LIMITS, ...options.limits },
  );
}
