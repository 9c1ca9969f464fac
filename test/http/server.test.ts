import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { RunningServer } from "../../src/http/server.ts";
import { forTheFile, type TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { openServedKit } from "../kit/live.ts";

let kit: TestKit;
let server: RunningServer;
forTheFile(openServedKit, (opened) => {
  ({ kit, server } = opened);
});

function wsClient(
  authorization: string,
  upgradeHeaders: Record<string, string> = {},
  options: { lazy?: boolean } = {},
) {
  return createClient({
    url: server.url.replace("http", "ws"),
    // The upgrade request's own headers, as a browser cannot send but other clients can.
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols: string[]) {
        super(url, protocols, { headers: upgradeHeaders });
      }
    },
    connectionParams: { authorization },
    retryAttempts: 0,
    lazy: options.lazy ?? true,
  });
}

type WsClient = ReturnType<typeof wsClient>;

/** Posts `query` as the admin to the listening server, over the network, asking for the media type `accept`. */
function postOverNetwork(query: string, accept: string) {
  return fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", accept, authorization: `Bearer ${kit.adminKey}` },
    body: JSON.stringify({ query }),
  });
}

/** One operation's outcome: its results or its errors, and whether the socket closed meanwhile. */
function run(
  client: WsClient,
  query: string,
  variables: Record<string, unknown> = {},
  extensions: Record<string, unknown> = {},
) {
  return new Promise<{ data?: unknown; errors?: readonly { message: string; extensions?: unknown }[] }>(
    (resolve) => {
      client.subscribe(
        { query, variables, extensions },
        {
          next: (result) => resolve(result as { data?: unknown }),
          error: (errors) =>
            resolve({
              errors: Array.isArray(errors)
                ? errors
                : [{ message: String((errors as { reason?: string }).reason ?? errors) }],
            }),
          complete: () => {},
        },
      );
    },
  );
}

describe("server", () => {
  it("answers /health without a key while the database answers", async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: kit.db.kind, live: "ok" });
  });

  it("serves GraphQL over graphql-ws on the same path, authenticated in connection_init", async () => {
    const client = wsClient(`Bearer ${kit.adminKey}`);
    const result = await new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        { query: "{ me { apiKey { name } } }" },
        { next: resolve, error: reject, complete: () => {} },
      );
    });
    await client.dispose();
    expect(result).toEqual({ data: { me: { apiKey: { name: "first admin key" } } } });
  });

  it("closes a graphql-ws connection with a bad key with 4401", async () => {
    const client = wsClient("Bearer bgk_wrong");
    const closed = await new Promise<{ code: number }>((resolve) => {
      client.on("closed", (event) => resolve(event as { code: number }));
      client.subscribe(
        { query: "{ me { permissions } }" },
        { next: () => {}, error: () => {}, complete: () => {} },
      );
    });
    await client.dispose();
    expect(closed.code).toBe(4401);
  });

  it("serves GraphQL over HTTP with the standard response media type", async () => {
    const response = await postOverNetwork("{ me { permissions } }", "application/graphql-response+json");
    expect(response.headers.get("content-type")).toContain("application/graphql-response+json");
    expect(
      ((await response.json()) as { data: { me: { permissions: string[] } } }).data.me.permissions,
    ).toContain("ADMIN");
  });

  it("serves GraphQL over server-sent events on the same path", async () => {
    const response = await postOverNetwork("{ me { apiKey { name } } }", "text/event-stream");
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const body = await response.text();
    expect(body).toContain('event: next\ndata: {"data":{"me":{"apiKey":{"name":"first admin key"}}}}');
    expect(body).toContain("event: complete");
  });

  it("answers a syntax error over graphql-ws as that operation's error, and the socket stays open", async () => {
    const client = wsClient(`Bearer ${kit.adminKey}`, {}, { lazy: false });
    let closed = false;
    client.on("closed", () => {
      closed = true;
    });
    const broken = await run(client, "{ me { apiKey { name }");
    expect(broken.errors?.[0]?.message).toMatch(/^Syntax Error/);
    expect(await run(client, "{ me { apiKey { name } } }")).toEqual({
      data: { me: { apiKey: { name: "first admin key" } } },
    });
    expect(closed).toBe(false);
    await client.dispose();
  });

  it("refuses a document over the cost limit over graphql-ws as that operation's error, at each page size", async () => {
    const client = wsClient(`Bearer ${kit.adminKey}`, {}, { lazy: false });
    let closed = false;
    client.on("closed", () => {
      closed = true;
    });
    const pagesOfTrees =
      "query($first: Int) { productionOrders(first: $first) { edges { node { number " +
      "tree { number components { product { sku bom { lines { component { sku name } } } } } } } } } }";
    const refused = await run(client, pagesOfTrees, { first: 100 });
    expect(refused.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: "QUERY_TOO_COSTLY" }),
    ]);
    // The same document with a small page runs: the refusal was this request's, not the document's.
    expect(await run(client, pagesOfTrees, { first: 1 })).toEqual({
      data: { productionOrders: { edges: [] } },
    });
    expect(closed).toBe(false);
    await client.dispose();
  });

  it("gives subscription argument errors a code, as queries get", async () => {
    const client = wsClient(`Bearer ${kit.adminKey}`);
    // A global id of another type (a Location's) where a Product's is expected.
    const answer = await run(client, "subscription($id: ID!) { stockLevelEvents(productId: $id) { id } }", {
      id: globalId("Location", 1),
    });
    await client.dispose();
    expect(answer.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    ]);
  });

  it("closes a graphql-ws connection that sends a message over the request body limit", async () => {
    const client = wsClient(`Bearer ${kit.adminKey}`);
    const closed = new Promise<{ code: number }>((resolve) => {
      client.on("closed", (event) => resolve(event as { code: number }));
    });
    await run(client, "{ me { permissions } }");
    void run(client, "query($padding: String) { me { permissions } }", {
      padding: "x".repeat(kit.app.limits.maxBodyBytes + 1),
    });
    // 1009: "message too big", closed by ws before anything reads the message.
    expect((await closed).code).toBe(1009);
    await client.dispose();
  });

  it("runs mutations over graphql-ws, idempotent by the key in each operation's extensions only", async () => {
    // A key on the upgrade request would otherwise make every later mutation of the socket a reuse of it.
    const client = wsClient(`Bearer ${kit.adminKey}`, { "idempotency-key": "upgrade-key" });
    const create = (name: string, extensions: Record<string, unknown> = {}) =>
      run(
        client,
        "mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id name } } }",
        { input: { name } },
        extensions,
      );
    const first = await create("First over ws");
    const second = await create("Second over ws");
    expect([first, second].map((answer) => answer.errors)).toEqual([undefined, undefined]);

    const keyed = await create("Keyed over ws", { idempotencyKey: "ws-operation-key" });
    expect(await create("Keyed over ws", { idempotencyKey: "ws-operation-key" })).toEqual(keyed);
    await client.dispose();
    const names = await kit.db.prisma.supplier.findMany({
      where: { name: { endsWith: "over ws" } },
      select: { name: true },
    });
    expect(names.map((supplier) => supplier.name).sort()).toEqual([
      "First over ws",
      "Keyed over ws",
      "Second over ws",
    ]);
  });
});
