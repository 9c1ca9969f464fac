import type { IncomingMessage } from "node:http";
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, GraphQLError } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { WebSocket, WebSocketServer } from "ws";
import type { Database } from "../db/database.ts";
import { authenticate } from "../domain/access.ts";
import type { SubscriberConnection } from "../live/index.ts";
import type { App } from "./app.ts";
import { EMPLOYEE_HEADER } from "./employee-header.ts";
import { IDEMPOTENCY_KEY_HEADER } from "./idempotency/index.ts";
import { maskUnexpected, publicError } from "./masked-errors.ts";
import { REQUEST_ID_HEADER, runWithRequestId } from "./request-id.ts";

/**
 * The graphql-ws protocol on `wsServer`, run through yoga's envelop so that subscriptions get the same plugins,
 * context and auth as HTTP. Returns what stops it watching for revoked keys (the server closes the sockets).
 */
export function serveGraphqlWs(app: App, wsServer: WebSocketServer, db: Database): () => void {
  const sockets = new SocketsByKey();
  // A key revoked while connected: its sockets close at once (the feed of every instance with subscribers sees
  // the revocation; a connection without subscriptions re-authenticates at its next operation).
  const stopWatchingRevocations = app.live.onKeyRevoked((apiKeyId) => {
    for (const socket of sockets.of(apiKeyId)) closeSocket(socket, BAD_KEY_CLOSE_CODE, "API key revoked");
  });

  useServer(
    {
      // The key travels in connection_init (`authorizationOf`); without one, or with a bad one, the socket closes
      // with 4401, which the stock graphql-ws client does not retry.
      onConnect: async (context) => {
        const authorization = authorizationOf(context.connectionParams);
        if (authorization === null) {
          closeSocket(context.extra.socket, BAD_KEY_CLOSE_CODE, NO_KEY_REASON);
          return false;
        }
        const viewer = await authenticate(db, authorization, app.keys);
        if (!viewer) {
          // graphql-ws's own close (4403 "Forbidden") would not say what is wrong, and its client retries 4403
          // forever: this close comes first.
          closeSocket(context.extra.socket, BAD_KEY_CLOSE_CODE, BAD_KEY_REASON);
          return false;
        }
        // Closed while we authenticated: its "close" event is over, so it must not be indexed.
        if (context.extra.socket.readyState !== context.extra.socket.OPEN) return false;
        sockets.add(viewer.apiKeyId, context.extra.socket);
        return true;
      },
      // Results and errors as HTTP clients get them, without yoga's internal extensions.
      onNext: (_context, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(publicError) } : undefined,
      onError: (_context, _id, _payload, errors) => errors.map(publicError),
      execute: (args) => answeringErrors(app, args, () => (args.rootValue as EnvelopedRoot).execute(args)),
      subscribe: (args) =>
        answeringErrors(app, args, () => (args.rootValue as EnvelopedRoot).subscribe(args)),
      onSubscribe: async (context, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = app.getEnveloped({
          ...context,
          req: context.extra.request,
          socket: context.extra.socket,
          params: payload,
          connectionParams: context.connectionParams,
          // Each operation as the POST it would be over HTTP: yoga refuses mutations from any other method.
          request: new Request("http://localhost/graphql", {
            method: "POST",
            headers: operationHeaders(context.extra.request, payload.extensions),
          }),
          connection: connectionOf(context.extra.socket),
        });
        let document: DocumentNode;
        let errors: readonly GraphQLError[];
        try {
          document = parse(payload.query);
          errors = validate(schema, document);
        } catch (error) {
          // A syntax error, a document over the size limits or over the cost limit (src/http/limits.ts): this
          // operation's answer, as an HTTP client gets it, not the socket's end.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        if (errors.length > 0) return errors;
        let contextValue: unknown;
        try {
          contextValue = await contextFactory();
        } catch (error) {
          // The key stopped authenticating since connection_init (revoked): the connection is over.
          if (!(error instanceof GraphQLError)) throw error;
          closeSocket(context.extra.socket, BAD_KEY_CLOSE_CODE, BAD_KEY_REASON);
          return [error];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
          rootValue: { execute, subscribe } satisfies EnvelopedRoot,
        };
      },
    },
    wsServer,
  );
  return stopWatchingRevocations;
}

type EnvelopedRoot = Pick<ReturnType<App["getEnveloped"]>, "execute" | "subscribe">;

/**
 * graphql-ws answers an error thrown by execute or subscribe by closing the socket (4500, with the raw message
 * as the reason), which ends every subscription on it: answer it as the operation's masked error instead, as
 * yoga does over HTTP, and log it with the request id.
 */
async function answeringErrors<Result>(
  app: App,
  args: ExecutionArgs,
  run: () => Promise<Result> | Result,
): Promise<Result | ExecutionResult> {
  const { request } = args.contextValue as { request: Request };
  return runWithRequestId(request, async () => {
    try {
      return await run();
    } catch (error) {
      const masked = maskUnexpected(error);
      if (masked !== error) app.logger.error(error);
      return { errors: [masked as GraphQLError] };
    }
  });
}

/**
 * The upgrade request's headers, for every operation of the socket, less the idempotency key: over graphql-ws
 * a key belongs to one operation (its `extensions`), not to the whole connection. An operation's
 * `extensions.requestId` and `extensions.employeeId` are its x-request-id and x-employee-id (a browser cannot
 * set headers on the upgrade request, and each operation is a request of its own).
 */
function operationHeaders(
  upgrade: IncomingMessage,
  extensions: Record<string, unknown> | null | undefined,
): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(upgrade.headers)) {
    if (value === undefined || name === IDEMPOTENCY_KEY_HEADER) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  for (const [extension, header] of OPERATION_HEADERS) {
    const value = extensions?.[extension];
    if (typeof value === "string") headers.set(header, value);
  }
  return headers;
}

/**
 * The close of a socket without a valid key (none sent, unknown, revoked). graphql-ws's client gives up on 4401
 * Unauthorized at once; it retries 4403 Forbidden ("might grant access after retry") and every code it does not list
 * as fatal (node_modules/graphql-ws/dist/client.js, `shouldRetryConnectOrThrow`), and a bad key does not get better.
 */
const BAD_KEY_CLOSE_CODE = CloseCode.Unauthorized;
const SEND_KEY = 'send { "authorization": "Bearer <key>" } in connection_init';
const NO_KEY_REASON = `No API key sent: ${SEND_KEY}`;
const BAD_KEY_REASON = `Invalid or revoked API key: ${SEND_KEY}`;

/**
 * The Authorization a client put in connection_init: `authorization` in any case, or HTTP-style
 * `headers: { Authorization }` (what clients that reuse their HTTP headers send). Null when none was sent; a value
 * that is not a string is sent but bad (authenticate refuses it).
 */
export function authorizationOf(connectionParams: Record<string, unknown> | undefined): string | null {
  const own = ignoringCase(connectionParams, "authorization");
  if (own !== undefined) return typeof own === "string" ? own : "";
  const headers = ignoringCase(connectionParams, "headers");
  const header =
    typeof headers === "object" && headers !== null ? ignoringCase(headers, "authorization") : undefined;
  if (header !== undefined) return typeof header === "string" ? header : "";
  return null;
}

/** The value of `name` in `record`, its key compared ignoring case. */
function ignoringCase(record: object | undefined, name: string): unknown {
  if (!record) return undefined;
  const key = Object.keys(record).find((each) => each.toLowerCase() === name);
  return key === undefined ? undefined : (record as Record<string, unknown>)[key];
}

/** The `extensions` of a graphql-ws operation that stand for a header of its own. */
const OPERATION_HEADERS = [
  ["requestId", REQUEST_ID_HEADER],
  ["employeeId", EMPLOYEE_HEADER],
] as const;

/**
 * How long a socket we close may take to finish the closing handshake before it is cut: a client that stopped
 * reading never answers, and its unsent data must not stay in memory.
 */
const CLOSE_GRACE_MS = 5000;

function closeSocket(socket: WebSocket, code: number, reason: string) {
  socket.close(code, reason);
  setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
}

const connections = new WeakMap<WebSocket, SubscriberConnection>();

/** What live subscriptions may do with their socket: watch its send buffer, close it (slow consumers). */
function connectionOf(socket: WebSocket): SubscriberConnection {
  let connection = connections.get(socket);
  if (!connection) {
    connection = {
      bufferedAmount: () => socket.bufferedAmount,
      close: (code, reason) => closeSocket(socket, code, reason),
    };
    connections.set(socket, connection);
  }
  return connection;
}

/** The open graphql-ws sockets of each API key. */
class SocketsByKey {
  private readonly byKey = new Map<number, Set<WebSocket>>();

  add(apiKeyId: number, socket: WebSocket) {
    let sockets = this.byKey.get(apiKeyId);
    if (!sockets) {
      sockets = new Set();
      this.byKey.set(apiKeyId, sockets);
    }
    sockets.add(socket);
    socket.once("close", () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.byKey.get(apiKeyId) === sockets) this.byKey.delete(apiKeyId);
    });
  }

  of(apiKeyId: number): WebSocket[] {
    return [...(this.byKey.get(apiKeyId) ?? [])];
  }
}
