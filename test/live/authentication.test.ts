import { describe, expect, it } from "vitest";
import { succeeded } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { connect, subscribe, subscribeSse, waitFor } from "../kit/live.ts";
import { apiKeyRevoke } from "../operations/access.ts";
import { stockLevelEvents } from "../operations/live.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use, client, adjust, apiKeyIdOf, productEventsAs } = liveFixtures();
let kit: LiveWorld["kit"];
let server: LiveWorld["server"];
let frame: LiveWorld["frame"];
use((opened) => {
  ({ kit, server, frame } = opened);
});

async function revoke(secret: string) {
  const result = await kit.execute(apiKeyRevoke, { id: globalId("ApiKey", await apiKeyIdOf(secret)) });
  succeeded(result, "apiKeyRevoke");
}

describe("authentication", () => {
  it("closes a connection with a bad key with 4401 and says why, and the stock client does not retry it", async () => {
    let opened = 0;
    const live = client("bgk_not-a-key", {
      retryAttempts: 5,
      retryWait: async () => {},
      on: {
        opened: () => {
          opened++;
        },
      },
    });
    const refused = subscribe(live, stockLevelEvents, {});
    expect(await live.closed).toEqual({
      code: 4401,
      reason: expect.stringContaining("Invalid or revoked API key"),
    });
    expect(await refused.waitForErrors()).toEqual([
      { message: expect.stringContaining("the socket closed with 4401 Invalid or revoked API key") },
    ]);
    expect(opened).toBe(1);
  });

  it("says that no key was sent when connection_init has none", async () => {
    const live = connect(server.url, "", { connectionParams: { other: "value" } });
    try {
      subscribe(live, stockLevelEvents, {});
      expect(await live.closed).toEqual({
        code: 4401,
        reason: 'No API key sent: send { "authorization": "Bearer <key>" } in connection_init',
      });
    } finally {
      await live.dispose();
    }
  });

  it("takes the key from connection_init as authorization in any case, or as an Authorization header", async () => {
    const bearer = `Bearer ${kit.adminKey}`;
    for (const connectionParams of [
      { authorization: bearer },
      { Authorization: bearer },
      { AUTHORIZATION: bearer },
      { headers: { Authorization: bearer } },
      { headers: { authorization: bearer } },
    ]) {
      const live = connect(server.url, "", { connectionParams });
      try {
        const result = await new Promise((resolve, reject) => {
          live.client.subscribe(
            { query: "{ me { permissions } }" },
            { next: resolve, error: reject, complete() {} },
          );
        });
        expect(result, JSON.stringify(connectionParams)).toMatchObject({
          data: { me: { permissions: expect.any(Array) } },
        });
      } finally {
        await live.dispose();
      }
    }
  });

  it("closes the sockets of a key revoked while subscribed with 4401, and delivers nothing more", async () => {
    const key = await kit.keyWith("PRODUCTION_VIEW");
    const live = client(key);
    const events = subscribe(live, stockLevelEvents, { productId: globalId("Product", frame) });
    await waitFor(
      () => kit.app.live.subscriptionCount === 1,
      () => "the subscription",
    );
    await adjust(frame, "1");
    await events.waitForResults(1);

    await revoke(key);
    expect(await live.closed).toEqual({ code: 4401, reason: "API key revoked" });
    await waitFor(
      () => kit.app.live.subscriptionCount === 0,
      () => "the subscription to end",
    );
    await adjust(frame, "1");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.results).toHaveLength(1);

    const again = client(key);
    expect((await again.closed).code).toBe(4401);
  });

  it("ends a subscription whose key was revoked while it was being set up", async () => {
    const key = await kit.keyWith("PRODUCTION_VIEW");
    const productEvents = await productEventsAs(key);
    // The key was authenticated as the subscription came in; its revocation is read by the feed before the
    // subscription joins it (the feed starts past the revocation event), as when it lands in between.
    await revoke(key);
    const stream = await kit.app.live.subscribe(productEvents);
    expect(kit.app.live.subscriptionCount).toBe(0);
    await expect(stream.next()).rejects.toMatchObject({
      message: "API key revoked",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("ends an SSE subscription of a revoked key with an error", async () => {
    const key = await kit.keyWith("PRODUCTION_VIEW");
    const sse = await subscribeSse(server.url, key, stockLevelEvents);
    await waitFor(
      () => kit.app.live.subscriptionCount === 1,
      () => "the SSE subscription",
    );
    await revoke(key);
    // The stream ends (the body completes) after an error naming the revocation.
    const text = await sse.ended();
    expect(text).toContain("API key revoked");
    expect(text).toContain("UNAUTHENTICATED");
    expect(kit.app.live.subscriptionCount).toBe(0);
  });
});
