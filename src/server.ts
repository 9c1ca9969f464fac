import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { App } from "./app.ts";
import type { Database } from "./db/database.ts";
import { authenticate } from "./domain/access.ts";

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

  // graphql-ws runs through yoga's envelop so that subscriptions get the same plugins, context and auth.
  useServer(
    {
      // The key travels in connection_init ({ "authorization": "Bearer <key>" }); a bad one closes with 4403.
      onConnect: async (context) => {
        const authorization = context.connectionParams?.authorization;
        return (
          (await authenticate(options.db, typeof authorization === "string" ? authorization : null)) !== null
        );
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
        });
        const document = parse(payload.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
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
