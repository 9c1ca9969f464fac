import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { type WebSocket, WebSocketServer } from "ws";
import type { App } from "./app.ts";
import type { Database } from "./db/database.ts";
import { authenticate } from "./domain/access.ts";
import type { SubscriberConnection } from "./live/index.ts";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** HTTP (GraphQL, SSE, GraphiQL, /health) and graphql-ws on one port and one path. */
export async function listen(
  app: App,
  options: { port: number; host: string; db: Database },
): Promise<RunningServer> {
  const httpServer: Server = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: app.graphqlEndpoint });
  const sockets = new SocketsByKey();
  // A key revoked while connected: its sockets close at once (every instance's feed sees the revocation).
  const stopWatchingRevocations = app.live.onKeyRevoked((apiKeyId) => {
    for (const socket of sockets.of(apiKeyId)) closeSocket(socket, CloseCode.Forbidden, "API key revoked");
  });

  // graphql-ws runs through yoga's envelop so that subscriptions get the same plugins, context and auth.
  useServer(
    {
      // The key travels in connection_init ({ "authorization": "Bearer <key>" }); a bad one closes with 4403.
      onConnect: async (context) => {
        const authorization = context.connectionParams?.authorization;
        const viewer = await authenticate(
          options.db,
          typeof authorization === "string" ? authorization : null,
        );
        if (!viewer) {
          // graphql-ws's own close (4403 "Forbidden") would not say what is wrong; this close comes first.
          context.extra.socket.close(CloseCode.Forbidden, BAD_KEY_REASON);
          return false;
        }
        sockets.add(viewer.apiKeyId, context.extra.socket);
        return true;
      },
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (context, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = app.getEnveloped({
          ...context,
          req: context.extra.request,
          socket: context.extra.socket,
          params: payload,
          connectionParams: context.connectionParams,
          request: new Request("http://localhost/graphql", {
            headers: context.extra.request.headers as Record<string, string>,
          }),
          connection: connectionOf(context.extra.socket),
        });
        const document = parse(payload.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        let contextValue: unknown;
        try {
          contextValue = await contextFactory();
        } catch (error) {
          // The key stopped authenticating since connection_init (revoked): the connection is over.
          if (!(error instanceof GraphQLError)) throw error;
          closeSocket(context.extra.socket, CloseCode.Forbidden, BAD_KEY_REASON);
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

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}${app.graphqlEndpoint}`,
    close: async () => {
      stopWatchingRevocations();
      for (const client of wsServer.clients) client.close(1001, "Server shutting down");
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      // Stop accepting; in-flight HTTP requests finish before the callback runs.
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
    },
  };
}

type EnvelopedRoot = Pick<ReturnType<App["getEnveloped"]>, "execute" | "subscribe">;

const BAD_KEY_REASON =
  'Invalid or revoked API key: send { "authorization": "Bearer <key>" } in connection_init';

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
