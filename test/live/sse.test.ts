import { describe, expect, it } from "vitest";
import { globalId } from "../kit/ids.ts";
import { waitFor } from "../kit/live.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use, registered, adjust } = liveFixtures();
let kit: LiveWorld["kit"];
let server: LiveWorld["server"];
let frame: LiveWorld["frame"];
use((opened) => {
  ({ kit, server, frame } = opened);
});

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
        query: "subscription($p: ID) { stockLevelEvents(productId: $p) { id product { sku } } }",
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
      data: { stockLevelEvents: { id: expect.stringMatching(/^\d+$/), product: { sku: "FRAME" } } },
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
      body: JSON.stringify({ query: "subscription { stockLevelEvents { id } }" }),
    });
    expect(await response.text()).toContain("UNAUTHENTICATED");
  });
});
