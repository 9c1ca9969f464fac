import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "../logger.ts";

/**
 * Every request has an id: the client's `x-request-id` when it looks like an id, else a new UUID. It is
 * returned in the `x-request-id` response header and in masked errors, and every log line written while the
 * request runs carries it, so a client's report leads to the server's log.
 */
export const REQUEST_ID_HEADER = "x-request-id";

// Letters, digits and a few separators, as tracing systems write them; anything else could forge log lines.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const ids = new WeakMap<Request, string>();
const current = new AsyncLocalStorage<string>();

export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const sent = request.headers.get(REQUEST_ID_HEADER);
    id = sent && SANE_REQUEST_ID.test(sent) ? sent : randomUUID();
    ids.set(request, id);
  }
  return id;
}

/** The id of the request being handled, where there is one. */
export function currentRequestId(): string | undefined {
  return current.getStore();
}

/**
 * Makes the request id current for everything a request runs: over HTTP the whole request, over graphql-ws
 * (server.ts builds a Request per operation from the upgrade request) each execution and subscription.
 */
export function useRequestId(): Plugin {
  return {
    instrumentation: {
      request: ({ request }, wrapped) => current.run(requestIdOf(request), wrapped),
      execute: ({ context }, wrapped) => withRequestOf(context, wrapped),
      subscribe: ({ context }, wrapped) => withRequestOf(context, wrapped),
    },
    onResponse({ request, response }) {
      response.headers.set(REQUEST_ID_HEADER, requestIdOf(request));
    },
  };
}

function withRequestOf<Result>(context: { request?: Request }, wrapped: () => Result): Result {
  return context.request ? runWithRequestId(context.request, wrapped) : wrapped();
}

/** Runs `work` with the id of `request` current (for work outside yoga's own instrumentation). */
export function runWithRequestId<Result>(request: Request, work: () => Result): Result {
  return current.run(requestIdOf(request), work);
}

/** The logger with the current request id in front of every line written while a request runs. */
export function withRequestIds(logger: Logger): Logger {
  const tagged =
    (level: keyof Logger) =>
    (...args: unknown[]) => {
      const id = current.getStore();
      if (id) logger[level](`[request ${id}]`, ...args);
      else logger[level](...args);
    };
  return { debug: tagged("debug"), info: tagged("info"), warn: tagged("warn"), error: tagged("error") };
}
