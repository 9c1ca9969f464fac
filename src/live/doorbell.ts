import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { Redis } from "ioredis";
import type { Logger } from "../logger.ts";

/**
 * "Events were committed up to id N": the only thing that travels between server instances. Subscribers are
 * fed from the Event table, so a lost or duplicated ring costs a read at worst, never an event.
 */
export interface Doorbell {
  ring(throughId: bigint): void;
  /** Calls `onRing` for every ring, from any instance; resolves once rings are being heard. */
  listen(onRing: (throughId: bigint) => void): Promise<void>;
  close(): Promise<void>;
}

const CHANNEL = "bomgraph:events-committed";
type Topics = { [CHANNEL]: [{ throughId: string }] };

/** yoga's pubsub: in this process only, or through Redis pub/sub when `redisUrl` is given (every instance). */
export function createDoorbell(options: { redisUrl?: string | undefined; logger: Logger }): Doorbell {
  const { logger } = options;
  const redis = options.redisUrl ? connectRedis(options.redisUrl, logger) : null;
  const pubsub = createPubSub<Topics>(
    redis
      ? {
          eventTarget: createRedisEventTarget({
            publishClient: redis.publisher,
            subscribeClient: redis.subscriber,
          }),
        }
      : {},
  );
  let rings: ReturnType<typeof pubsub.subscribe<typeof CHANNEL>> | null = null;

  return {
    ring(throughId) {
      pubsub.publish(CHANNEL, { throughId: throughId.toString() });
    },
    async listen(onRing) {
      if (rings) throw new Error("The doorbell has a listener already");
      const heard = pubsub.subscribe(CHANNEL);
      rings = heard;
      // A repeater starts on its first `next()`: that registers the listener (and Redis SUBSCRIBE), synchronously.
      const first = heard.next();
      void (async () => {
        for (let ring = await first; !ring.done; ring = await heard.next())
          onRing(BigInt(ring.value.throughId));
      })().catch((error: unknown) => logger.error("The live doorbell stopped", error));
      if (!redis) return;
      // Redis confirms a subscription asynchronously; a ring published before that would not reach us.
      try {
        await redis.subscriber.subscribe(CHANNEL);
      } catch (error) {
        // Not listening after all: drop the listener, so that the next `listen` subscribes again.
        rings = null;
        await heard.return();
        throw error;
      }
    },
    async close() {
      await rings?.return();
      if (redis) await Promise.all([stop(redis.publisher), stop(redis.subscriber)]);
    },
  };
}

function connectRedis(url: string, logger: Logger) {
  const connect = (role: string) => {
    const client = new Redis(url);
    client.on("error", (error: unknown) => logger.warn(`Redis (${role}): ${String(error)}`));
    return client;
  };
  const publisher = connect("publish");
  const subscriber = connect("subscribe");
  logFailures(publisher, "publish", logger);
  logFailures(subscriber, "subscribe", logger);
  logFailures(subscriber, "unsubscribe", logger);
  return { publisher, subscriber };
}

/**
 * yoga's Redis event target calls `publish`, `subscribe` and `unsubscribe` without catching, and ioredis rejects
 * them once it gives up on an unreachable Redis: an unhandled rejection would stop the process. A failed ring
 * only delays (the feed also reads periodically), so log it; a caller that awaits (listen) still sees it.
 */
function logFailures<Method extends "publish" | "subscribe" | "unsubscribe">(
  client: Redis,
  method: Method,
  logger: Logger,
) {
  const call = client[method].bind(client) as (...args: unknown[]) => Promise<unknown>;
  client[method] = ((...args: unknown[]) => {
    const result = call(...args);
    result.catch((error: unknown) => logger.warn(`Redis ${method} failed: ${String(error)}`));
    return result;
  }) as Redis[Method];
}

/**
 * `quit` lets the pending commands finish while Redis answers. When it does not, `quit` would wait for ioredis to
 * give up on the queued ones (half a minute), and rings are only hints: drop them.
 */
async function stop(client: Redis) {
  if (client.status === "ready") await client.quit();
  else client.disconnect();
}
