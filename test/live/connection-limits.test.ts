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

const { use, adjust, adjustAll } = liveFixtures();
let kit: LiveWorld["kit"];
let frame: LiveWorld["frame"];
use((opened) => {
  ({ kit, frame } = opened);
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
  it("drops a client that stops reading, with 1008 and the reason, and keeps nothing for it", async () => {
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
        code: 1008,
        reason:
          "slow consumer: more than 50 events waiting; resubscribe with after: <the last event id you received>",
      });
    } finally {
      await slowServer.close();
      await live.close();
    }
  });
});
