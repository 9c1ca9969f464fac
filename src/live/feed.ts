import { GraphQLError } from "graphql";
import type { Database } from "../db/database.ts";
import { currentRoleOfKey, samePermissions, type Viewer } from "../domain/access.ts";
import { EventType } from "../domain/events.ts";
import type { Event } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { type BatchedEvent, EventBatch } from "./batch.ts";
import {
  badResumePoint,
  eventBounds,
  expiredError,
  named,
  newestEventId,
  prunedThrough,
  type ResumePoint,
} from "./cursor.ts";
import type { Doorbell } from "./doorbell.ts";
import { type EventFilter, matches, whereOf } from "./filter.ts";
import {
  EventStream,
  liveUnavailable,
  roleChangedError,
  type StreamLimits,
  type SubscriberConnection,
} from "./stream.ts";

export interface LiveLimits extends StreamLimits {
  /** A safety net under the doorbell: while anyone subscribes, read new events at least this often. */
  pollIntervalMs: number;
  /**
   * Subscriptions one connection (a graphql-ws socket) may have open: each is one message per matching event, so
   * one socket with thousands of them turns one change into thousands of messages.
   */
  maxSubscriptionsPerSocket: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxQueuedEvents: 1000,
  maxBufferedBytes: 1024 * 1024,
  pollIntervalMs: 5000,
  maxSubscriptionsPerSocket: 100,
};

/** Rows per read of the Event table. */
const READ_BATCH = 1000;

/** The events after which a key may authenticate differently, or not at all. */
const ACCESS_CHANGES = [EventType.API_KEY_REVOKED, EventType.ROLE_UPDATED, EventType.ROLE_ARCHIVED];

export interface SubscribeOptions {
  filter: EventFilter;
  /** Replay matching events after this point first (a checked one: see `checkResumePoint`). */
  after: ResumePoint | null;
  /** Who subscribes: its key and role, as authenticated when the subscription came in. */
  viewer: Viewer;
  connection?: SubscriberConnection | undefined;
}

/**
 * The live events of one server instance. Every commit that writes events rings the doorbell (in this process,
 * or through Redis to every instance); on a ring the feed reads the new rows of the Event table once, in id
 * order (which is commit order, see Database.transaction), and hands each to the subscriptions whose filter it
 * matches. One read per commit per instance, whatever the number of subscribers.
 */
export class LiveFeed {
  private cursorId = 0n;
  private started: Promise<void> | null = null;
  private ready = false;
  private listeningToDoorbell = false;
  private reading = false;
  private readAgain = false;
  private closed = false;
  private poll: NodeJS.Timeout | null = null;
  /** Live streams by the entity types they follow. */
  private readonly byEntityType = new Map<string, Set<EventStream>>();
  /** Every stream (replaying or live) by its API key, for revocation. */
  private readonly byKey = new Map<number, Set<EventStream>>();
  /** Every stream by the connection it is delivered over (graphql-ws), for the limit per connection. */
  private readonly byConnection = new Map<SubscriberConnection, Set<EventStream>>();
  private readonly revocationListeners = new Set<(apiKeyId: number) => void>();
  private readonly accessListeners = new Set<() => void>();
  private readonly stopRinging: () => void;

  constructor(
    private readonly db: Database,
    private readonly doorbell: Doorbell,
    readonly logger: Logger,
    private readonly limits: LiveLimits = DEFAULT_LIVE_LIMITS,
  ) {
    // Every commit of this process: read it (once started), and ring for the other instances, subscribers here
    // or not. Our own changes never wait for Redis.
    this.stopRinging = db.onEventsCommitted((throughId, types) => {
      const accessChanged = ACCESS_CHANGES.some((type) => types.has(type));
      if (accessChanged) this.accessChanged();
      this.heard(throughId);
      doorbell.ring(throughId, accessChanged);
    });
  }

  /** The id up to which the Event table has been read and dispatched. */
  get cursor(): bigint {
    return this.cursorId;
  }

  /**
   * False while changes of other instances arrive only by polling (Redis unreachable): /health says "degraded".
   */
  get connected(): boolean {
    return this.doorbell.connected;
  }

  /** Subscriptions open on this instance (replaying or live). */
  get subscriptionCount(): number {
    let count = 0;
    for (const streams of this.byKey.values()) count += streams.size;
    return count;
  }

  async subscribe(options: SubscribeOptions): Promise<EventStream> {
    try {
      await this.start();
    } catch (error) {
      // The database did not answer: a client can act on this (try again), not on an "Unexpected error".
      this.logger.error("Live feed: starting failed", error);
      throw liveUnavailable("Live updates are unavailable right now: subscribe again in a moment");
    }
    // Checked and counted in one synchronous step: subscriptions arriving together cannot all pass.
    const { connection } = options;
    if (
      connection &&
      (this.byConnection.get(connection)?.size ?? 0) >= this.limits.maxSubscriptionsPerSocket
    ) {
      throw new GraphQLError(
        `A connection may have at most ${this.limits.maxSubscriptionsPerSocket} subscriptions open: ` +
          "end one before starting another",
        { extensions: { code: "TOO_MANY_SUBSCRIPTIONS" } },
      );
    }
    const { viewer } = options;
    const stream = new EventStream(
      this,
      options.filter,
      viewer.apiKeyId,
      viewer.roleId,
      this.limits,
      connection,
      options.after,
    );
    addTo(this.byKey, viewer.apiKeyId, stream);
    if (connection) addTo(this.byConnection, connection, stream);
    if (stream.isLive) this.goLive(stream);
    this.poll ??= setInterval(() => this.readNew(), this.limits.pollIntervalMs).unref();
    // The key and its role were read when the request came in; a revocation or role change dispatched since,
    // before the stream joined byKey, passed it by. One committed after this read is dispatched after it, and
    // finds the stream.
    try {
      const role = await currentRoleOfKey(this.db, viewer.apiKeyId);
      if (!role) this.revoke(viewer.apiKeyId);
      else if (role.roleId !== viewer.roleId || !samePermissions(role.permissions, viewer.permissions)) {
        stream.fail(roleChangedError());
      }
    } catch (error) {
      await stream.return();
      throw error;
    }
    return stream;
  }

  /**
   * Refuses a resume point the table cannot serve: deleted by retention (EVENTS_EXPIRED) or newer than any
   * event (a cursor from another installation would silently skip everything up to it).
   */
  async checkResumePoint(after: ResumePoint): Promise<void> {
    // Retention may have deleted every event: the newest id a client can have received is then its boundary.
    const { prunedThrough, newest } = await eventBounds(this.db.prisma);
    if (after.id < prunedThrough) throw expiredError(after.from);
    if (after.id > newest) {
      throw badResumePoint(
        after.from,
        `${named(after.from)} is ${after.id}, but the newest event is ${newest}`,
      );
    }
  }

  /**
   * `listener(apiKeyId)` for every key revoked while the feed runs, or found revoked as a subscription of it
   * registers (server.ts closes its sockets).
   */
  onKeyRevoked(listener: (apiKeyId: number) => void): () => void {
    this.revocationListeners.add(listener);
    return () => this.revocationListeners.delete(listener);
  }

  /**
   * `listener()` after every commit that revoked a key or changed or archived a role: on this instance before the
   * commit's request answers, from the others as soon as their ring arrives, and whenever rings may have been
   * missed (key-cache.ts forgets the keys it remembered).
   */
  onAccessChanged(listener: () => void): () => void {
    this.accessListeners.add(listener);
    return () => this.accessListeners.delete(listener);
  }

  /**
   * Whether `onAccessChanged` now hears every instance's changes: through Redis while it is subscribed, or on a
   * database no other instance can share. Starts listening.
   */
  hearsAccessChanges(): boolean {
    this.listen();
    return !this.closed && this.doorbell.hearsEveryCommit;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopRinging();
    if (this.poll) clearInterval(this.poll);
    for (const streams of [...this.byKey.values()]) for (const stream of [...streams]) await stream.return();
    await this.doorbell.close();
  }

  // ---------------------------------------------------------------- StreamHost

  goLive(stream: EventStream): void {
    for (const entityType of stream.filter.entityTypes) addTo(this.byEntityType, entityType, stream);
  }

  remove(stream: EventStream): void {
    for (const entityType of stream.filter.entityTypes) removeFrom(this.byEntityType, entityType, stream);
    removeFrom(this.byKey, stream.apiKeyId, stream);
    if (stream.connection) removeFrom(this.byConnection, stream.connection, stream);
    if (this.byKey.size === 0 && this.poll) {
      clearInterval(this.poll);
      this.poll = null;
    }
  }

  replayPage(filter: EventFilter, afterId: bigint, throughId: bigint, take: number): Promise<Event[]> {
    if (afterId >= throughId) return Promise.resolve([]);
    return this.db.prisma.event.findMany({
      where: { ...whereOf(filter), id: { gt: afterId, lte: throughId } },
      orderBy: { id: "asc" },
      take,
    });
  }

  prunedThrough(): Promise<bigint> {
    return prunedThrough(this.db.prisma);
  }

  // ---------------------------------------------------------------- reading

  private start(): Promise<void> {
    // A failed start (the database did not answer) is tried again by the next subscription.
    this.started ??= this.open().catch((error: unknown) => {
      this.started = null;
      throw error;
    });
    return this.started;
  }

  private async open() {
    this.listen();
    this.cursorId = await newestEventId(this.db.prisma);
    this.ready = true;
    // A ring heard while the newest id was being read was ignored: read once now.
    this.readNew();
  }

  /**
   * Hears the other instances' rings from now on, in the background: while Redis is unreachable, their changes
   * come by polling. Until the feed has started, a ring reads nothing; an access ring is passed on all the same.
   */
  private listen() {
    if (this.listeningToDoorbell) return;
    this.listeningToDoorbell = true;
    this.doorbell.listen((throughId, accessChanged) => {
      if (accessChanged) this.accessChanged();
      this.heard(throughId);
    });
  }

  private accessChanged() {
    for (const listener of this.accessListeners) listener();
  }

  /** Events were committed through `throughId` (null: maybe, read anyway). */
  private heard(throughId: bigint | null) {
    if (throughId === null || throughId > this.cursorId) this.readNew();
  }

  /** Reads what was committed since the cursor; rings during a read make it read again when done. */
  private readNew(): void {
    if (!this.ready || this.closed) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    void this.drain()
      .catch((error: unknown) => this.logger.warn("Live feed: reading new events failed (retrying)", error))
      .finally(() => {
        this.reading = false;
      });
  }

  private async drain() {
    do {
      this.readAgain = false;
      for (;;) {
        const rows = await this.db.prisma.event.findMany({
          where: { id: { gt: this.cursorId } },
          orderBy: { id: "asc" },
          take: READ_BATCH,
        });
        if (this.closed) return;
        // Dispatch and move the cursor in one synchronous step: a stream switching from replay to live sees
        // either none or all of this batch as already dispatched. What one read dispatches is one batch: the
        // entities its events name are loaded together (batch.ts).
        const batch = new EventBatch();
        for (const row of rows) this.dispatch(row, batch);
        const last = rows.at(-1);
        if (last) this.cursorId = last.id;
        if (rows.length < READ_BATCH) break;
      }
    } while (this.readAgain);
  }

  private dispatch(row: Event, batch: EventBatch) {
    if (row.type === EventType.API_KEY_REVOKED) this.revoke(Number(row.entityId));
    if (row.type === EventType.ROLE_UPDATED || row.type === EventType.ROLE_ARCHIVED) {
      this.endStreamsOfRole(Number(row.entityId));
    }
    const streams = this.byEntityType.get(row.entityType);
    if (!streams) return;
    let event: BatchedEvent | null = null;
    for (const stream of streams) {
      if (matches(stream.filter, row)) {
        event ??= batch.add(row);
        stream.deliver(event);
      }
    }
  }

  /**
   * A role changed (every instance sees its event): the subscriptions of its keys end with ROLE_CHANGED, before
   * any event committed after the change reaches them, and start again under the new permissions (ADR 0022).
   * Role changes are rare: a walk over the open subscriptions is cheaper than keeping an index by role.
   */
  private endStreamsOfRole(roleId: number) {
    for (const streams of [...this.byKey.values()]) {
      for (const stream of [...streams]) if (stream.roleId === roleId) stream.fail(roleChangedError());
    }
  }

  private revoke(apiKeyId: number) {
    for (const listener of this.revocationListeners) listener(apiKeyId);
    const streams = this.byKey.get(apiKeyId);
    if (!streams) return;
    const error = new GraphQLError("API key revoked", { extensions: { code: "UNAUTHENTICATED" } });
    for (const stream of [...streams]) stream.fail(error);
  }
}

function addTo<Key>(index: Map<Key, Set<EventStream>>, key: Key, stream: EventStream) {
  const streams = index.get(key);
  if (streams) streams.add(stream);
  else index.set(key, new Set([stream]));
}

function removeFrom<Key>(index: Map<Key, Set<EventStream>>, key: Key, stream: EventStream) {
  const streams = index.get(key);
  if (!streams) return;
  streams.delete(stream);
  if (streams.size === 0) index.delete(key);
}
