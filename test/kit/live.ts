import { type AddressInfo, createServer, type Socket } from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type GraphQLFormattedError, print } from "graphql";
import { type Client, type ClientOptions, createClient } from "graphql-ws";
import WebSocket from "ws";
import { listen, type RunningServer } from "../../src/http/server.ts";
import { createTestKit, type TestKit } from "./app.ts";
import { seedWorld, type World } from "./world.ts";

/** graphql-ws and SSE clients against a real `listen(...)`, for the live update tests. */

/** A fresh kit whose app listens on a free local port. */
export interface ServedKit {
  kit: TestKit;
  server: RunningServer;
  /** Stops the server, then the app's live feed and the database. */
  close(): Promise<void>;
}

export async function openServedKit(): Promise<ServedKit> {
  const kit = await createTestKit();
  const server = await listen(kit.app, { port: 0, host: "127.0.0.1", db: kit.db });
  return {
    kit,
    server,
    async close() {
      await server.close();
      await kit.app.live.close();
      await kit.close();
    },
  };
}

/** A served kit with a graphql-ws client of the admin's and a world seeded through the API. */
export interface LiveKit extends ServedKit {
  live: LiveClient;
  /** The server's GraphQL endpoint (HTTP, SSE and graphql-ws). */
  url: string;
  world: World;
}

/** For `forTheFile` in tests of what subscribers see: `forTheFile(openLiveKit, (opened) => ...)`. */
export async function openLiveKit(): Promise<LiveKit> {
  const served = await openServedKit();
  const live = connect(served.server.url, served.kit.adminKey);
  return {
    ...served,
    live,
    url: served.server.url,
    world: await seedWorld(served.kit),
    async close() {
      await live.dispose();
      await served.close();
    },
  };
}

export interface LiveClient {
  client: Client;
  /** Resolves with the close code and reason when the server (or the client) closes the socket. */
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client authenticating with `key` in connection_init; no retries (a test sees every close) unless
 * `options` (the stock client's) say otherwise.
 */
export function connect(graphqlUrl: string, key: string, options: Partial<ClientOptions> = {}): LiveClient {
  let onClosed: (event: { code: number; reason: string }) => void = () => {};
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    onClosed = resolve;
  });
  const client = createClient({
    url: graphqlUrl.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${key}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    ...options,
    on: {
      ...options.on,
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        onClosed({ code, reason: String(reason) });
        options.on?.closed?.(event);
      },
    },
  });
  return { client, closed, dispose: () => Promise.resolve(client.dispose()) };
}

export interface LiveSubscription<Data> {
  /** The `data` of every result received, in order. */
  results: Data[];
  /** The errors the subscription ended with, if it did. */
  errors: readonly GraphQLFormattedError[] | null;
  completed: boolean;
  /** Waits until at least `count` results arrived and returns them. */
  waitForResults(count: number, timeoutMs?: number): Promise<Data[]>;
  /** Waits until the subscription ended with errors and returns them. */
  waitForErrors(timeoutMs?: number): Promise<readonly GraphQLFormattedError[]>;
  unsubscribe(): void;
}

/** Runs `document` (a subscription, or any operation: graphql-ws runs them all) with the request's `extensions`. */
export function subscribe<Data, Variables>(
  live: LiveClient,
  document: TypedDocumentNode<Data, Variables>,
  variables?: Variables,
  extensions?: Record<string, unknown>,
): LiveSubscription<Data> {
  const subscription: LiveSubscription<Data> = {
    results: [],
    errors: null,
    completed: false,
    waitForResults: (count, timeoutMs) =>
      waitFor(
        () => subscription.results.length >= count || subscription.errors !== null,
        () =>
          `${count} results (got ${subscription.results.length}: ${JSON.stringify(subscription.results)})`,
        timeoutMs,
      ).then(() => {
        if (subscription.errors)
          throw new Error(`subscription failed: ${JSON.stringify(subscription.errors)}`);
        return subscription.results;
      }),
    waitForErrors: (timeoutMs) =>
      waitFor(
        () => subscription.errors !== null,
        () => `errors (got results ${JSON.stringify(subscription.results)})`,
        timeoutMs,
      ).then(() => subscription.errors ?? []),
    unsubscribe: () => {},
  };
  subscription.unsubscribe = live.client.subscribe<Data>(
    {
      query: print(document),
      variables: (variables ?? {}) as Record<string, unknown>,
      ...(extensions ? { extensions } : {}),
    },
    {
      next: (result) => {
        if (result.errors) subscription.errors = result.errors;
        else if (result.data) subscription.results.push(result.data);
      },
      error: (error) => {
        subscription.errors = Array.isArray(error) ? error : [{ message: describeFailure(error) }];
      },
      complete: () => {
        subscription.completed = true;
      },
    },
  );
  return subscription;
}

/** A failure that is not GraphQL errors: the socket closed (a CloseEvent, which JSON shows as `{}`) or an Error. */
function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message;
  const { code, reason } = error as { code?: unknown; reason?: unknown };
  return code === undefined ? JSON.stringify(error) : `the socket closed with ${code} ${String(reason)}`;
}

export interface SseStream {
  /** Waits until `part` arrived; fails if the stream ends without it. */
  received(part: string): Promise<void>;
  /** Waits until `count` events arrived; returns every event so far. */
  events(count: number): Promise<SseEvent[]>;
  /** Everything the stream sent, once it ended. */
  ended(): Promise<string>;
}

/**
 * The same subscription over server-sent events, authenticated by the Authorization header; read as text.
 * `headers` adds to the request's (Last-Event-ID); `signal` drops the connection.
 */
export async function subscribeSse<Data, Variables>(
  graphqlUrl: string,
  key: string,
  document: TypedDocumentNode<Data, Variables>,
  variables?: Variables,
  options: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<SseStream> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      authorization: `Bearer ${key}`,
      ...options.headers,
    },
    body: JSON.stringify({ query: print(document), variables }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.body) throw new Error("an SSE response without a body");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  let ended = false;
  const readWhile = async (condition: () => boolean) => {
    while (condition() && !ended) {
      const chunk = await reader.read();
      if (chunk.done) ended = true;
      else text += chunk.value;
    }
  };
  return {
    async received(part) {
      await readWhile(() => !text.includes(part));
      if (!text.includes(part)) throw new Error(`the SSE stream ended without ${part}: ${text}`);
    },
    async events(count) {
      await readWhile(() => sseEvents(text).length < count);
      const events = sseEvents(text);
      if (events.length < count)
        throw new Error(`the SSE stream ended after ${events.length} events: ${text}`);
      return events;
    },
    async ended() {
      await readWhile(() => true);
      return text;
    },
  };
}

/** An SSE event as the stream sent it: its `id:` (null without one), `event:` and `data:` parsed. */
export interface SseEvent {
  id: string | null;
  event: string;
  data: unknown;
}

/** The complete events of an SSE stream's text (comments and a trailing partial event left out). */
export function sseEvents(text: string): SseEvent[] {
  return text
    .split("\n\n")
    .slice(0, -1)
    .flatMap((block) => {
      const fields = new Map<string, string>();
      for (const line of block.split("\n")) {
        const match = /^([a-z]+): ?(.*)$/.exec(line);
        if (match) fields.set(match[1] ?? "", match[2] ?? "");
      }
      const event = fields.get("event");
      if (event === undefined) return [];
      const data = fields.get("data") ?? "";
      return [{ id: fields.get("id") ?? null, event, data: data === "" ? null : JSON.parse(data) }];
    });
}

/** Polls `condition` every 10 ms until it holds; fails naming `what` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean,
  what: () => string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Just enough of a Redis server for the live doorbell: it passes ioredis's ready check and refuses every
 * SUBSCRIBE until `healthy` is set, as a Redis that is failing over does.
 */
export interface FakeRedis {
  url: string;
  healthy: boolean;
  close(): Promise<void>;
}

export async function startFakeRedis(): Promise<FakeRedis> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("data", (chunk) => {
      // Each command is an array of bulk strings: *<count>\r\n$<length>\r\n<name>\r\n$<length>\r\n<argument>...
      for (const [, name = "", argument = ""] of String(chunk).matchAll(
        /\*\d+\r\n\$\d+\r\n(\w+)\r\n(?:\$\d+\r\n([^\r]*)\r\n)?/g,
      )) {
        socket.write(reply(name.toLowerCase(), argument));
        if (name.toLowerCase() === "quit") socket.end();
      }
    });
  });
  const reply = (name: string, argument: string) => {
    const bulk = (text: string) => `$${Buffer.byteLength(text)}\r\n${text}\r\n`;
    if (name === "info") return bulk("");
    if (name === "subscribe" || name === "unsubscribe") {
      if (!fake.healthy) return "-ERR failing over\r\n";
      return `*3\r\n${bulk(name)}${bulk(argument)}:${name === "subscribe" ? 1 : 0}\r\n`;
    }
    if (name === "publish") return ":0\r\n";
    return "+OK\r\n";
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const fake: FakeRedis = {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    healthy: false,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
