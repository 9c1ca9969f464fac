import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type App, createApp } from "../../src/http/app.ts";
import { listen } from "../../src/http/server.ts";
import type { Logger } from "../../src/logger.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";

/**
 * Unexpected errors reach the client masked, with the request id; the server log keeps the real error under
 * the same id. Forced here by a real database failure: the table a resolver reads is renamed away.
 */

let kit: TestKit;
let app: App;
const logged: { level: string; args: unknown[] }[] = [];

const capturing: Logger = {
  debug: (...args) => logged.push({ level: "debug", args }),
  info: (...args) => logged.push({ level: "info", args }),
  warn: (...args) => logged.push({ level: "warn", args }),
  error: (...args) => logged.push({ level: "error", args }),
};

useTestKit((opened) => {
  kit = opened;
  app = createApp({ db: kit.db, logger: capturing });
});

async function send(query: string, headers: Record<string, string> = {}) {
  const response = await kit.post(JSON.stringify({ query }), { app, headers });
  const text = await response.text();
  return {
    status: response.status,
    requestId: response.headers.get("x-request-id"),
    text,
    body: JSON.parse(text) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

/** Runs `work` while the Supplier table is missing, as after a botched migration. */
async function withoutSupplierTable<T>(work: () => Promise<T>): Promise<T> {
  await kit.db.prisma.$executeRawUnsafe('ALTER TABLE "Supplier" RENAME TO "Supplier_moved_away"');
  try {
    return await work();
  } finally {
    await kit.db.prisma.$executeRawUnsafe('ALTER TABLE "Supplier_moved_away" RENAME TO "Supplier"');
  }
}

/** Nothing of the real error may reach the client: no SQL, no table, no Prisma message, no stack. */
function expectNothingLeaked(text: string) {
  for (const secret of [
    "Supplier_moved_away",
    '"Supplier"',
    "does not exist",
    "prisma",
    "Invalid `",
    "SELECT",
    "    at ",
    ".ts:",
    "node_modules",
  ]) {
    expect(text).not.toContain(secret);
  }
}

/** The log line of the masked error: the request id in front, the real error (with its stack) after it. */
function loggedErrorOf(requestId: string) {
  const line = logged.find((entry) => entry.level === "error" && entry.args[0] === `[request ${requestId}]`);
  expect(line).toBeDefined();
  const error = line?.args.find((arg) => arg instanceof Error) as Error | undefined;
  expect(error?.message).toMatch(/Supplier.*does not exist|does not exist.*Supplier/s);
  expect(error?.stack).toContain("    at ");
}

describe("an unexpected error", () => {
  it("in a query reaches the client masked with the request id, and the log with the real error", async () => {
    const answer = await withoutSupplierTable(() => send("{ suppliers { edges { node { name } } } }"));
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        message: "Unexpected error.",
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: answer.requestId },
      }),
    ]);
    expectNothingLeaked(answer.text);
    loggedErrorOf(answer.requestId as string);
  });

  it("in a mutation is masked the same way, with or without an idempotency key, and writes nothing", async () => {
    const mutation =
      'mutation { supplierCreate(input: { name: "Ghost" }) { supplier { id } userErrors { code } } }';
    const variants: Record<string, string>[] = [{}, { "idempotency-key": "masked-1" }];
    for (const headers of variants) {
      const answer = await withoutSupplierTable(() => send(mutation, headers));
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          message: "Unexpected error.",
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId: answer.requestId },
        }),
      ]);
      expectNothingLeaked(answer.text);
      loggedErrorOf(answer.requestId as string);
    }
    // The failed request did not use up its key.
    expect(await kit.db.prisma.idempotencyKey.count()).toBe(0);
    expect(await kit.db.prisma.event.count({ where: { entityType: "Supplier" } })).toBe(0);
  });

  it("over graphql-ws is that operation's masked error, logged with its request id; the socket stays open", async () => {
    const server = await listen(app, { port: 0, host: "127.0.0.1", db: kit.db });
    const client = createClient({
      url: server.url.replace("http", "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${kit.adminKey}` },
      retryAttempts: 0,
      // One socket for the whole test: a close in between would show.
      lazy: false,
    });
    let closed = false;
    client.on("closed", () => {
      closed = true;
    });
    const operation = (query: string, extensions: Record<string, unknown> = {}) =>
      new Promise<{ errors?: readonly unknown[]; data?: unknown }>((resolve) =>
        client.subscribe(
          { query, extensions },
          { next: resolve, error: (errors) => resolve({ errors: errors as unknown[] }), complete: () => {} },
        ),
      );
    // An idempotent mutation fails before any resolver runs (claiming its key): thrown out of execute.
    await kit.db.prisma.$executeRawUnsafe('ALTER TABLE "IdempotencyKey" RENAME TO "IdempotencyKey_away"');
    let answer: { errors?: readonly unknown[] };
    try {
      answer = await operation('mutation { supplierCreate(input: { name: "Ghost" }) { supplier { id } } }', {
        idempotencyKey: "masked-ws",
      });
    } finally {
      await kit.db.prisma.$executeRawUnsafe('ALTER TABLE "IdempotencyKey_away" RENAME TO "IdempotencyKey"');
    }
    const [error] = (answer.errors ?? []) as { message: string; extensions: { requestId?: string } }[];
    expect(error).toEqual({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    expect(JSON.stringify(answer)).not.toContain("IdempotencyKey");
    const line = logged.find(
      (entry) => entry.level === "error" && entry.args[0] === `[request ${error?.extensions.requestId}]`,
    );
    expect(String(line?.args.find((arg) => arg instanceof Error))).toContain("IdempotencyKey");
    expect(await operation("{ __typename }")).toEqual({ data: { __typename: "Query" } });
    expect(closed).toBe(false);
    await client.dispose();
    await server.close();
  });

  it("leaves the server answering", async () => {
    const answer = await send("{ suppliers { edges { node { name } } } }");
    expect(answer.body).toEqual({ data: { suppliers: { edges: [] } } });
  });
});

describe("the request id", () => {
  it("is the client's own x-request-id when it looks like one", async () => {
    const answer = await withoutSupplierTable(() =>
      send("{ suppliers { edges { node { name } } } }", { "x-request-id": "scanner-7:req.42_a" }),
    );
    expect(answer.requestId).toBe("scanner-7:req.42_a");
    expect(answer.body.errors?.[0]?.extensions?.requestId).toBe("scanner-7:req.42_a");
    loggedErrorOf("scanner-7:req.42_a");
  });

  it("is a new one when the client's could forge log lines or is too long", async () => {
    for (const sent of ["a b] ERROR forged", "x".repeat(129), "<script>"]) {
      const answer = await send("{ __typename }", { "x-request-id": sent });
      expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("comes back on every response, refused ones included", async () => {
    const ok = await send("{ __typename }");
    const unauthenticated = await send("{ __typename }", { authorization: "Bearer nope" });
    const invalid = await send("{ nope }");
    expect(unauthenticated.status).toBe(401);
    expect(invalid.status).toBe(400);
    const ids = [ok.requestId, unauthenticated.requestId, invalid.requestId];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(3);
  });
});
