import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type { Database } from "../db/database.ts";
import type { App } from "./app.ts";
import { serveGraphqlWs } from "./graphql-ws.ts";

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
  // A graphql-ws message is a request: the same size limit as an HTTP body (ws would take 100 MiB).
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: app.graphqlEndpoint,
    maxPayload: app.limits.maxBodyBytes,
  });
  const stopServingGraphqlWs = serveGraphqlWs(app, wsServer, options.db);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}${app.graphqlEndpoint}`,
    close: async () => {
      stopServingGraphqlWs();
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
