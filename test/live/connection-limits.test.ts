import { print } from "graphql";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createApp } from "../../src/http/app.ts";
import { listen } from "../../src/http/server.ts";
import { createLiveFeed } from "../../src/live/index.ts";
import { createLogger } from "../../src/logger.ts";
import { globalId } from "../kit/ids.ts";
import { connect, subscribe, waitFor } from "../kit/live.ts";
import { createProduct } from "../kit/world.ts";
import { stockLevelEvents } from "../operations/live.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use, adjust, adjustAll, newestEventId, stockEventIdsAfter } = liveFixtures();
let kit: LiveWorld["kit"];
let world: LiveWorld["world"];
let frame: LiveWorld["frame"];
use((opened) => {
  ({ kit, world, frame } = opened);
});

describe("subscriptions per connection", () => {
  it("refuses one subscription more than the limit on a socket, as that operation's error, and counts per socket", async () => {
    const logger = createLogger("error");
    const live = createLiveFeed({ db: kit.db, logger, limits: { maxSubscriptionsPerSocket: 3 } });
    const app = createApp({ db: kit.db, logger, live });
    const limited = await listen(app, { port: 0, host: "127.0.0.1", db: kit.db });
    const first = connect(limited.url, kit.adminKey);
    const second = connect(limited.url, kit.adminKey);
    try {
      const variables = { productId: globalId("Product", frame) };
      const opened = Array.from({ length: 3 }, () => subscribe(first, stockLevelEvents, variables));
      await waitFor(
        () => live.subscriptionCount === 3,
        () => "three subscriptions",
      );
      const refused = subscribe(first, stockLevelEvents, variables);
      expect(await refused.waitForErrors()).toEqual([
        expect.objectContaining({
          message: expect.stringContaining("at most 3 subscriptions"),
          extensions: { code: "TOO_MANY_SUBSCRIPTIONS" },
        }),
      ]);
      // Another socket has its own allowance.
      const elsewhere = subscribe(second, stockLevelEvents, variables);
      await waitFor(
        () => live.subscriptionCount === 4,
        () => "the subscription on the other socket",
      );

      await adjust(frame, "1");
      for (const subscription of [...opened, elsewhere]) await subscription.waitForResults(1);
      // Ending one makes room for another, on a socket that stayed open throughout.
      opened[0]?.unsubscribe();
      await waitFor(
        () => live.subscriptionCount === 3,
        () => "the subscription to end",
      );
      const again = subscribe(first, stockLevelEvents, variables);
      await waitFor(
        () => live.subscriptionCount === 4,
        () => "the subscription in its place",
      );
      await adjust(frame, "1");
      await again.waitForResults(1);
    } finally {
      await first.dispose();
      await second.dispose();
      await limited.close();
      await live.close();
    }
  });
});

describe("slow consumers", () => {
  it("drops a client that stops reading, with 1013 and the reason, and keeps nothing for it", async () => {
    const logger = createLogger("error");
    const maxQueuedEvents = 50;
    const live = createLiveFeed({ db: kit.db, logger, limits: { maxQueuedEvents } });
    const app = createApp({ db: kit.db, logger, live });
    const slowServer = await listen(app, { port: 0, host: "127.0.0.1", db: kit.db });
    try {
      // A bare socket: the test must stop reading it, which a graphql-ws client never does.
      const socket = new WebSocket(slowServer.url.replace(/^http/, "ws"), "graphql-transport-ws");
      const messages: string[] = [];
      socket.on("message", (data) => messages.push(String(data)));
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        socket.on("close", (code, reason) => resolve({ code, reason: String(reason) })),
      );
      await new Promise((resolve) => socket.once("open", resolve));
      socket.send(
        JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${kit.adminKey}` } }),
      );
      await waitFor(
        () => messages.some((message) => message.includes("connection_ack")),
        () => "connection_ack",
      );
      // Big messages (aliases of the payload) fill the kernel's socket buffers sooner.
      const fields = Array.from({ length: 40 }, (_, index) => `p${index}: payload`).join(" ");
      socket.send(
        JSON.stringify({
          id: "1",
          type: "subscribe",
          payload: { query: `subscription { stockLevelEvents { id ${fields} } }` },
        }),
      );
      await waitFor(
        () => live.subscriptionCount === 1,
        () => "the subscription",
      );

      socket.pause();
      const products = await Promise.all(
        Array.from({ length: 200 }, (_, index) => createProduct(kit, `SLOW-${index}`)),
      );
      for (let round = 0; round < 40 && live.subscriptionCount > 0; round++) await adjustAll(products, "1");
      expect(live.subscriptionCount).toBe(0);

      socket.resume();
      expect(await closed).toEqual({
        code: 1013,
        reason:
          "slow consumer: more than 50 events waiting; resubscribe with after: <the last event's cursor>",
      });
    } finally {
      await slowServer.close();
      await live.close();
    }
  });

  it("drops a slow stock graphql-ws client with a code it retries: it reconnects and, resubscribing after the last event it kept, gets every event once", async () => {
    const logger = createLogger("error");
    const live = createLiveFeed({ db: kit.db, logger, limits: { maxQueuedEvents: 5 } });
    const app = createApp({ db: kit.db, logger, live });
    const limited = await listen(app, { port: 0, host: "127.0.0.1", db: kit.db });
    const closes: number[] = [];
    let connections = 0;
    const client = connect(limited.url, kit.adminKey, {
      retryAttempts: 3,
      retryWait: async () => {},
      on: {
        connected: () => {
          connections++;
        },
        closed: (event) => {
          closes.push((event as { code: number }).code);
        },
      },
    });
    try {
      const products = await Promise.all(
        Array.from({ length: 30 }, (_, index) => createProduct(kit, `RETRIED-${index}`)),
      );
      const start = await newestEventId();
      // The payload graphql-ws sends again when it reconnects: `after` follows the events received.
      const variables = { locationId: globalId("Location", world.warehouse), after: start };
      const received: string[] = [];
      client.client.subscribe<{ stockLevelEvents: { cursor: string } }>(
        { query: print(stockLevelEvents), variables },
        {
          next: ({ data }) => {
            if (!data) throw new Error("an event without data");
            received.push(data.stockLevelEvents.cursor);
            variables.after = data.stockLevelEvents.cursor;
          },
          error: (error) => {
            throw error;
          },
          complete: () => {},
        },
      );
      // 30 events in one commit: a live subscriber whose queue holds 5 at most is dropped. The first rounds may
      // still be replayed (no bound there) while the subscription catches up.
      for (let round = 0; round < 10 && !closes.includes(1013); round++) {
        await adjustAll(products, "1", world.warehouse);
        await waitFor(
          () => closes.includes(1013) || received.length === 30 * (round + 1),
          () => `round ${round} delivered or dropped`,
        );
      }
      expect(closes).toContain(1013);
      const expected = await stockEventIdsAfter(start, world.warehouse);
      await waitFor(
        () => received.length >= expected.length,
        () => `${expected.length} events (got ${received.length})`,
      );
      expect(received).toEqual(expected);
      expect(connections).toBe(2);
    } finally {
      await client.dispose();
      await limited.close();
      await live.close();
    }
  });
});
