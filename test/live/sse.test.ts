import { describe, expect, it } from "vitest";
import { globalId } from "../kit/ids.ts";
import { type SseEvent, subscribeSse, waitFor } from "../kit/live.ts";
import { stockLevelEvents } from "../operations/live.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use, registered, adjust, newestEventId, stockEventIdsAfter } = liveFixtures();
let kit: LiveWorld["kit"];
let server: LiveWorld["server"];
let world: LiveWorld["world"];
let frame: LiveWorld["frame"];
use((opened) => {
  ({ kit, server, world, frame } = opened);
});

async function ended() {
  await waitFor(
    () => kit.app.live.subscriptionCount === 0,
    () => "the SSE subscriptions to end",
  );
}

const eventIdOf = (event: SseEvent) =>
  (event.data as { data: { stockLevelEvents: { cursor: string } } }).data.stockLevelEvents.cursor;

describe("server-sent events", () => {
  it("serves the same subscriptions over SSE, authenticated by the Authorization header", async () => {
    const controller = new AbortController();
    const response = await fetch(server.url, {
      method: "POST",
      signal: controller.signal,
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${kit.adminKey}`,
      },
      body: JSON.stringify({
        query: "subscription($p: ID) { stockLevelEvents(productId: $p) { cursor product { sku } } }",
        variables: { p: globalId("Product", frame) },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    await registered(1);
    await adjust(frame, "3");

    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = "";
    while (!text.includes("event: next")) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    controller.abort();
    const data = /event: next\ndata: (.*)\n/.exec(text)?.[1];
    expect(JSON.parse(data ?? "null")).toMatchObject({
      data: { stockLevelEvents: { cursor: expect.stringMatching(/^\d+$/), product: { sku: "FRAME" } } },
    });
    await waitFor(
      () => kit.app.live.subscriptionCount === 0,
      () => "the SSE subscription to end",
    );
  });

  it("refuses an SSE subscription without a key", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: "subscription { stockLevelEvents { cursor } }" }),
    });
    expect(await response.text()).toContain("UNAUTHENTICATED");
  });

  it("names every event by its id, and resumes a dropped stream after its Last-Event-ID, which wins over after", async () => {
    const variables = { productId: globalId("Product", frame), after: await newestEventId() };
    const drop = new AbortController();
    const first = await subscribeSse(server.url, kit.adminKey, stockLevelEvents, variables, {
      signal: drop.signal,
    });
    await adjust(frame, "1");
    await adjust(frame, "1");
    const seen = await first.events(2);
    expect(seen.map((event) => event.id)).toEqual(seen.map(eventIdOf));
    expect(seen.map((event) => event.id)).toEqual(await stockEventIdsAfter(variables.after, world.shopFloor));
    drop.abort();
    await ended();

    await adjust(frame, "1");
    await adjust(frame, "1");
    // The client sends its first request again, `after` included, and the header with an id it got.
    const lastEventId = seen[0]?.id ?? "";
    const stop = new AbortController();
    const resumed = await subscribeSse(server.url, kit.adminKey, stockLevelEvents, variables, {
      headers: { "Last-Event-ID": lastEventId },
      signal: stop.signal,
    });
    const events = await resumed.events(3);
    expect(events.map((event) => event.id)).toEqual(await stockEventIdsAfter(lastEventId, world.shopFloor));
    expect(events.map(eventIdOf)).toEqual(events.map((event) => event.id));
    stop.abort();
    await ended();
  });

  it("refuses a malformed Last-Event-ID, and one beyond the newest event, naming the header", async () => {
    const beyond = String(BigInt(await newestEventId()) + 1000n);
    for (const [lastEventId, message] of [
      ["abc", "Last-Event-ID must be an event id"],
      [beyond, `Last-Event-ID is ${beyond}, but the newest event is`],
    ] as const) {
      const refused = await subscribeSse(
        server.url,
        kit.adminKey,
        stockLevelEvents,
        {},
        {
          headers: { "Last-Event-ID": lastEventId },
        },
      );
      const [event] = await refused.events(1);
      expect(event?.id).toBeNull();
      expect(event?.data).toMatchObject({
        errors: [
          {
            message: expect.stringContaining(message),
            extensions: { code: "BAD_USER_INPUT", header: "Last-Event-ID" },
          },
        ],
      });
    }
    expect(kit.app.live.subscriptionCount).toBe(0);
  });
});
