import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { listen, type RunningServer } from "../src/server.ts";
import { createTestKit, type TestKit } from "./support/kit.ts";

let kit: TestKit;
let server: RunningServer;
beforeAll(async () => {
  kit = await createTestKit();
  server = await listen(kit.app, { port: 0, host: "127.0.0.1", db: kit.db });
});
afterAll(async () => {
  await server.close();
  await kit.close();
});

function wsClient(authorization: string) {
  return createClient({
    url: server.url.replace("http", "ws"),
    webSocketImpl: WebSocket,
    connectionParams: { authorization },
    retryAttempts: 0,
    lazy: true,
  });
}

describe("server", () => {
  it("answers /health without a key while the database answers", async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: kit.db.kind });
  });

  it("serves GraphQL over graphql-ws on the same path, authenticated in connection_init", async () => {
    const client = wsClient(`Bearer ${kit.adminKey}`);
    const result = await new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        { query: "{ viewer { apiKey { name } } }" },
        { next: resolve, error: reject, complete: () => {} },
      );
    });
    await client.dispose();
    expect(result).toEqual({ data: { viewer: { apiKey: { name: "first admin key" } } } });
  });

  it("closes a graphql-ws connection with a bad key with 4403", async () => {
    const client = wsClient("Bearer bgk_wrong");
    const closed = await new Promise<{ code: number }>((resolve) => {
      client.on("closed", (event) => resolve(event as { code: number }));
      client.subscribe(
        { query: "{ viewer { permissions } }" },
        { next: () => {}, error: () => {}, complete: () => {} },
      );
    });
    await client.dispose();
    expect(closed.code).toBe(4403);
  });

  it("serves GraphQL over HTTP with the standard response media type", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        authorization: `Bearer ${kit.adminKey}`,
      },
      body: JSON.stringify({ query: "{ viewer { permissions } }" }),
    });
    expect(response.headers.get("content-type")).toContain("application/graphql-response+json");
    expect(
      ((await response.json()) as { data: { viewer: { permissions: string[] } } }).data.viewer.permissions,
    ).toContain("ADMIN");
  });

  it("serves GraphQL over server-sent events on the same path", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${kit.adminKey}`,
      },
      body: JSON.stringify({ query: "{ viewer { apiKey { name } } }" }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const body = await response.text();
    expect(body).toContain('event: next\ndata: {"data":{"viewer":{"apiKey":{"name":"first admin key"}}}}');
    expect(body).toContain("event: complete");
  });
});
