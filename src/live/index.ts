import { GraphQLError } from "graphql";
import type { Database } from "../db/database.ts";
import type { Logger } from "../logger.ts";
import { createDoorbell } from "./doorbell.ts";
import { DEFAULT_LIVE_LIMITS, LiveFeed, type LiveLimits } from "./feed.ts";

export { LiveFeed, type LiveLimits } from "./feed.ts";
export type { EventFilter } from "./filter.ts";
export { SLOW_CONSUMER_CLOSE_CODE, type SubscriberConnection } from "./stream.ts";

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

const MAX_EVENT_ID = 2n ** 63n - 1n;

/** `after` as the client sends it: an event id, a string of digits (a BigInt does not fit a GraphQL Int). */
export function parseAfter(after: string | null | undefined): bigint | null {
  if (after === null || after === undefined) return null;
  const id = /^(0|[1-9]\d{0,18})$/.test(after) ? BigInt(after) : null;
  if (id === null || id > MAX_EVENT_ID) {
    throw new GraphQLError(
      `\`after\` must be an event id (a string of digits), not "${after.slice(0, 40)}"`,
      {
        extensions: { code: "BAD_USER_INPUT", field: ["after"] },
      },
    );
  }
  return id;
}
