import { createRequire } from "node:module";
import type { Redis } from "ioredis";
import type { Logger } from "../logger.ts";

/**
 * "Events were committed up to id N" (and whether they changed what a key may do), from one server instance to
 * the others: the only thing that travels between instances. Subscribers are fed from the Event table, so a lost
 * or duplicated ring costs a read at worst, never an event; each feed reads its own instance's commits without
 * one (feed.ts). What keys were remembered is forgotten on an access ring (key-cache.ts).
 */
export interface Doorbell {
  /** Tells the other instances; `accessChanged`: the commit revoked a key or changed or archived a role. */
  ring(throughId: bigint, accessChanged: boolean): void;
  /**
   * From now on, `onRing(throughId, accessChanged)` for the rings of the other instances, and `onRing(null, true)`
   * when rings may have been missed (the connection to Redis came back): read anyway, and forget what a missed ring
   * may have changed. Returns at once; it listens in the background.
   */
  listen(onRing: (throughId: bigint | null, accessChanged: boolean) => void): void;
  /** False while rings do not travel (Redis unreachable): other instances' commits then arrive by polling. */
  readonly connected: boolean;
  /**
   * Whether every other instance's commit rings here now: listening through Redis, or on a database no other
   * instance can share (PGlite). False on PostgreSQL without Redis, where other instances may commit unheard.
   */
  readonly hearsEveryCommit: boolean;
  close(): Promise<void>;
}

const CHANNEL = "bomgraph:events-committed";
/**
 * A ring is the id's digits, followed by " access" when the commit changed what a key may do. An instance of an
 * earlier version ignores such a ring (it reads on its next ring or poll): nothing else changed on the wire.
 */
const ACCESS_MARK = " access";
const RING = /^(\d{1,19})( access)?$/;
/** After a refused SUBSCRIBE (a Redis failing over), ask again this much later. */
const RESUBSCRIBE_MS = 1000;

/**
 * Through Redis pub/sub when `redisUrl` is given; otherwise no other instance is told (`soleInstance`: none can
 * exist, as on PGlite).
 */
export function createDoorbell(options: {
  redisUrl?: string | undefined;
  logger: Logger;
  soleInstance: boolean;
}): Doorbell {
  if (!options.redisUrl) {
    return {
      ring() {},
      listen() {},
      connected: true,
      hearsEveryCommit: options.soleInstance,
      close: async () => {},
    };
  }
  return new RedisDoorbell(options.redisUrl, options.logger);
}

/**
 * Two ioredis connections (a subscribed one cannot publish). Neither queues commands while disconnected: a ring
 * that cannot be sent now is dropped (the others' polling covers it), and a SUBSCRIBE is sent again when the
 * connection is back. ioredis reconnects by itself, every 2 s at most; the log says when Redis goes away and when
 * it is back, once each, not at every attempt.
 */
class RedisDoorbell implements Doorbell {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private onRing: ((throughId: bigint | null, accessChanged: boolean) => void) | null = null;
  private subscribed = false;
  private subscribing = false;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  /** What the log last said: up until a failure is seen. */
  private reportedUp = true;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {
    const options = { enableOfflineQueue: false, autoResubscribe: false, maxRetriesPerRequest: 1 };
    // Loaded only with REDIS_URL: a single instance never holds ioredis in memory (ADR 0029).
    const ioredis: typeof import("ioredis") = createRequire(import.meta.url)("ioredis");
    this.publisher = new ioredis.Redis(url, options);
    this.subscriber = new ioredis.Redis(url, options);
    // First: the other listeners must see a closed subscriber as unsubscribed.
    this.subscriber.on("close", () => {
      this.subscribed = false;
    });
    for (const client of [this.publisher, this.subscriber]) {
      // Without a listener ioredis prints every failed attempt itself.
      client.on("error", (error: unknown) => this.update(error));
      client.on("ready", () => this.update());
      client.on("close", () => this.update("connection closed"));
    }
    this.subscriber.on("ready", () => this.subscribe());
    this.subscriber.on("message", (channel: string, message: string) => {
      const ring = channel === CHANNEL ? RING.exec(message) : null;
      if (ring?.[1]) this.onRing?.(BigInt(ring[1]), ring[2] !== undefined);
    });
  }

  get connected(): boolean {
    return this.reportedUp;
  }

  get hearsEveryCommit(): boolean {
    return this.subscribed;
  }

  ring(throughId: bigint, accessChanged: boolean): void {
    if (this.publisher.status !== "ready") return;
    const message = `${throughId}${accessChanged ? ACCESS_MARK : ""}`;
    this.publisher.publish(CHANNEL, message).catch((error: unknown) => this.update(error));
  }

  listen(onRing: (throughId: bigint | null, accessChanged: boolean) => void): void {
    if (this.onRing) throw new Error("The doorbell has a listener already");
    this.onRing = onRing;
    this.subscribe();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await Promise.all([stop(this.publisher), stop(this.subscriber)]);
  }

  /** Subscribes once the connection is ready (again), and asks again later when Redis refuses. */
  private subscribe() {
    if (!this.onRing || this.subscribed || this.subscribing || this.closed) return;
    if (this.subscriber.status !== "ready") return; // the "ready" event calls again
    this.subscribing = true;
    this.subscriber.subscribe(CHANNEL).then(
      () => {
        this.subscribing = false;
        this.subscribed = true;
        this.update();
        // Rings sent while we were not subscribed were lost: read once.
        this.onRing?.(null, true);
      },
      (error: unknown) => {
        this.subscribing = false;
        this.update(error);
        if (!this.closed) this.retry = setTimeout(() => this.subscribe(), RESUBSCRIBE_MS).unref();
      },
    );
  }

  /**
   * Logs a change between "rings travel" and "they do not", once per change: down on a failure (`cause`), up
   * when both connections are ready and subscribed. Connecting is neither.
   */
  private update(cause?: unknown) {
    if (this.closed) return;
    const up = this.publisher.status === "ready" && (!this.onRing || this.subscribed);
    if (up && !this.reportedUp) {
      this.reportedUp = true;
      this.logger.info(`Live updates: Redis (${host(this.url)}) is back; changes reach every instance again`);
    } else if (!up && this.reportedUp && cause !== undefined) {
      this.reportedUp = false;
      this.logger.warn(
        `Live updates: Redis (${host(this.url)}) is unreachable (${describe(cause)}): subscribers of this instance ` +
          "get its own changes at once and the other instances' by polling the events until it is back",
      );
    }
  }
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "?";
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * `quit` lets the pending commands finish while Redis answers. When it does not, `quit` would wait for ioredis to
 * give up, and rings are only hints: drop them.
 */
async function stop(client: Redis) {
  if (client.status === "ready") await client.quit();
  else client.disconnect();
}
