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
      rings = pubsub.subscribe(CHANNEL);
      // A repeater starts on its first `next()`: that registers the listener (and Redis SUBSCRIBE), synchronously.
      const first = rings.next();
      const heard = rings;
      void (async () => {
        for (let ring = await first; !ring.done; ring = await heard.next())
          onRing(BigInt(ring.value.throughId));
      })().catch((error: unknown) => logger.error("The live doorbell stopped", error));
      // Redis confirms a subscription asynchronously; a ring published before that would not reach us.
      if (redis) await redis.subscriber.subscribe(CHANNEL);
    },
    async close() {
      await rings?.return();
      if (redis) await Promise.all([redis.publisher.quit(), redis.subscriber.quit()]);
    },
  };
}

function connectRedis(url: string, logger: Logger) {
  const connect = (role: string) => {
    const client = new Redis(url, { lazyConnect: false });
    client.on("error", (error: unknown) => logger.warn(`Redis (${role}): ${String(error)}`));
    return client;
  };
  const publisher = connect("publish");
  // A publish fails after ioredis gives up reconnecting; the ring is only a hint (the periodic read of the live
  // feed catches up), so log it instead of letting the rejection escape (yoga's event target does not catch it).
  const publish = publisher.publish.bind(publisher);
  publisher.publish = ((channel: string, message: string) =>
    publish(channel, message).catch((error: unknown) => {
      logger.warn(`Redis publish failed: ${String(error)}`);
      return 0;
    })) as Redis["publish"];
  return { publisher, subscriber: connect("subscribe") };
}
