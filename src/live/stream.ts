import { GraphQLError } from "graphql";
import type { Event } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { type BatchedEvent, EventBatch } from "./batch.ts";
import { expiredError, type ResumePoint } from "./cursor.ts";
import type { EventFilter } from "./filter.ts";

/**
 * The connection a subscription is delivered over, when the transport lets us act on it (graphql-ws: its
 * socket). SSE has none: its streams end with an error instead.
 */
export interface SubscriberConnection {
  /** Bytes queued on the socket but not yet sent. */
  bufferedAmount(): number;
  /** Closes the connection (and every subscription on it) with this WebSocket close code and reason. */
  close(code: number, reason: string): void;
}

/**
 * WebSocket close code for a dropped slow consumer: 1013 "Try Again Later", which the stock graphql-ws client
 * retries (its `isFatalInternalCloseCode` in node_modules/graphql-ws/dist/client.js treats 1000-1999 as fatal
 * except 1000, 1001, 1005, 1006, 1012, 1013 and 1014; 1008 "policy violation" would be fatal there). On its reconnect it
 * sends the same subscribe payload again: a client keeps `after` in it up to date (README, "Live updates").
 */
export const SLOW_CONSUMER_CLOSE_CODE = 1013;

export interface StreamLimits {
  /** Events delivered but not yet taken by the transport; beyond this the subscriber is dropped. */
  maxQueuedEvents: number;
  /** Bytes waiting on the subscriber's socket; beyond this it is dropped. */
  maxBufferedBytes: number;
}

/** What a stream needs from the live feed that owns it. */
export interface StreamHost {
  /** The id up to which the feed has read the Event table and dispatched. */
  readonly cursor: bigint;
  /** From now on, dispatch new events to `stream`. */
  goLive(stream: EventStream): void;
  /** Never dispatch to `stream` again. */
  remove(stream: EventStream): void;
  /** Matching events with `afterId < id <= throughId`, oldest first. */
  replayPage(filter: EventFilter, afterId: bigint, throughId: bigint, take: number): Promise<Event[]>;
  /** Retention deleted every event up to this id. */
  prunedThrough(): Promise<bigint>;
  readonly logger: Logger;
}

const REPLAY_PAGE = 500;

/**
 * One subscription's events, as the async iterator GraphQL subscriptions consume.
 *
 * With `after`, it starts by replaying matching events from the table, one page whenever the consumer has
 * taken the previous one (a slow client pulls the replay at its own pace). Each page is read up to the feed's
 * cursor; when it is the last and the cursor has not moved during the read, the stream goes live in the
 * synchronous step that follows it: replay covers ids up to the cursor, live delivery everything after it, so
 * nothing is missed and nothing is sent twice.
 *
 * Live events are pushed by the feed; the queue of events the transport has not taken yet is bounded, and so
 * is the socket's send buffer: a subscriber past either bound is dropped with a reason.
 */
export class EventStream implements AsyncIterableIterator<BatchedEvent> {
  private queue: BatchedEvent[] = [];
  private waiting: {
    resolve: (result: IteratorResult<BatchedEvent>) => void;
    reject: (error: unknown) => void;
  } | null = null;
  private phase: "replay" | "live" | "done";
  private failure: GraphQLError | null = null;
  /** The newest event id this subscriber has been given (or, before any, its `after`). */
  private lastId: bigint;

  constructor(
    private readonly host: StreamHost,
    readonly filter: EventFilter,
    /** The API key it was authenticated with: revoking the key ends it. */
    readonly apiKeyId: number,
    /** The role of that key: a change to the role ends it (ROLE_CHANGED). */
    readonly roleId: number,
    private readonly limits: StreamLimits,
    /** The connection it is delivered over, if the transport has one (graphql-ws). */
    readonly connection: SubscriberConnection | undefined,
    private readonly after: ResumePoint | null,
  ) {
    this.phase = after === null ? "live" : "replay";
    this.lastId = after?.id ?? host.cursor;
  }

  get isLive(): boolean {
    return this.phase === "live";
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<BatchedEvent>> {
    for (;;) {
      const queued = this.queue.shift();
      if (queued) return { value: queued, done: false };
      if (this.failure) {
        const failure = this.failure;
        this.failure = null;
        throw failure;
      }
      if (this.phase === "done") return { value: undefined, done: true };
      if (this.phase === "live") {
        return new Promise((resolve, reject) => {
          this.waiting = { resolve, reject };
        });
      }
      try {
        await this.replayPage();
      } catch (error) {
        // End the stream here, whatever its consumer does next, with an error the client can act on; the cause is
        // for the log, not the client.
        this.host.logger.error("Live feed: replaying events failed", error);
        this.finish();
        throw liveUnavailable(
          "Reading the events to replay failed: resubscribe with after: <the last event's cursor>",
        );
      }
    }
  }

  async return(): Promise<IteratorResult<BatchedEvent>> {
    this.finish();
    return { value: undefined, done: true };
  }

  /** Called by the feed, synchronously as it reads the table, for each new event that matches the filter. */
  deliver(event: BatchedEvent): void {
    if (event.id <= this.lastId) return;
    this.lastId = event.id;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value: event, done: false });
    } else {
      this.queue.push(event);
    }
    const buffered = this.connection?.bufferedAmount() ?? 0;
    if (this.queue.length > this.limits.maxQueuedEvents) {
      this.dropSlowConsumer(`more than ${this.limits.maxQueuedEvents} events waiting`);
    } else if (buffered > this.limits.maxBufferedBytes) {
      this.dropSlowConsumer(`${buffered} bytes unsent`);
    }
  }

  /** Ends the subscription with `error` (its key was revoked or its role changed, its resume point expired). */
  fail(error: GraphQLError): void {
    if (this.phase === "done") return;
    const waiting = this.waiting;
    this.waiting = null;
    this.finish();
    if (waiting) waiting.reject(error);
    else this.failure = error;
  }

  private finish() {
    this.phase = "done";
    this.queue = [];
    this.host.remove(this);
    this.waiting?.resolve({ value: undefined, done: true });
    this.waiting = null;
  }

  private dropSlowConsumer(detail: string) {
    // Queued events are dropped with it: the client resumes from the last id it actually received.
    const reason = `slow consumer: ${detail}; resubscribe with after: <the last event's cursor>`;
    // graphql-ws: close the socket (every subscription on it goes); SSE ends this stream with the error.
    this.connection?.close(SLOW_CONSUMER_CLOSE_CODE, reason);
    this.fail(new GraphQLError(reason, { extensions: { code: "SLOW_CONSUMER" } }));
  }

  private async replayPage() {
    const target = this.host.cursor;
    const from = this.lastId;
    const rows = await this.host.replayPage(this.filter, from, target, REPLAY_PAGE);
    // Ended while reading (returned, revoked).
    if (this.phase !== "replay") return;
    // A page is a batch: its events' entities are loaded together (batch.ts).
    const batch = new EventBatch();
    for (const row of rows) this.queue.push(batch.add(row));
    const last = rows.at(-1);
    if (last) this.lastId = last.id;
    // If the feed moved on while we read, the next page reads up to its new position.
    if (rows.length < REPLAY_PAGE && this.host.cursor === target) {
      this.phase = "live";
      this.host.goLive(this);
    }
    // Retention deletes a prefix of the table and records how far in the same transaction: read after the page,
    // a boundary at or below `from` proves the page saw everything after `from`. Otherwise the page (and any
    // live event queued after it) is dropped with the stream.
    if ((await this.host.prunedThrough()) > from) this.fail(expiredError(this.after?.from ?? "after"));
  }
}

/**
 * The typed error of a subscription whose key's role changed while it ran: it was authorized under the old
 * permissions (its field and every object it delivers), so it ends, and the client starts it again under the new
 * ones, losing nothing with `after` (or is refused, naming the permission it lost).
 */
export function roleChangedError(): GraphQLError {
  return new GraphQLError(
    "The role of this API key changed: subscribe again with after: <the last event's cursor>, to go on " +
      "under its new permissions",
    { extensions: { code: "ROLE_CHANGED" } },
  );
}

/** The typed error of a subscription the server cannot serve now: the client subscribes again (with `after`). */
export function liveUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "LIVE_UNAVAILABLE" } });
}
