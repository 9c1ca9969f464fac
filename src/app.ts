import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { createYoga, maskError, type YogaServerInstance } from "graphql-yoga";
import type { Database } from "./db/database.ts";
import { authenticate } from "./domain/access.ts";
import type { Logger } from "./logger.ts";
import type { Context } from "./schema/builder.ts";
import { schema } from "./schema/index.ts";

export interface ServerContext {
  /** graphql-ws puts the `connection_init` payload here. */
  connectionParams?: Record<string, unknown>;
}

export type App = YogaServerInstance<ServerContext, Context>;

/** The GraphQL application: one yoga instance that serves HTTP, SSE and (through server.ts) graphql-ws. */
export function createApp(options: { db: Database; logger: Logger }): App {
  const { db, logger } = options;
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    // yoga's own check only says the process is up: keep it as liveness, /health (below) is readiness.
    healthCheckEndpoint: "/live",
    landingPage: false,
    graphiql: { title: "bomgraph", subscriptionsProtocol: "WS" },
    logging: logger,
    maskedErrors: {
      // Errors we raise on purpose (GraphQLErrors) reach the client; anything else is a bug: the client gets a
      // generic message and an id, the log gets the error under the same id.
      maskError: (error, message, isDev) => {
        const masked = maskError(error, message, isDev);
        if (masked === error) return masked;
        const errorId = randomUUID();
        logger.error(`Unexpected error ${errorId}`, error);
        if (masked instanceof GraphQLError) Object.assign(masked.extensions, { errorId });
        return masked;
      },
    },
    context: async ({ request, connectionParams }) => {
      const authorization = connectionParams?.authorization ?? request.headers.get("authorization");
      const viewer = await authenticate(db, typeof authorization === "string" ? authorization : null);
      if (!viewer) {
        throw new GraphQLError("Authentication required: send the header `Authorization: Bearer <api key>`", {
          extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
        });
      }
      return { db, viewer, requestId: request.headers.get("x-request-id") ?? randomUUID() };
    },
    plugins: [
      {
        // Readiness: answers 200 only while the database answers.
        async onRequest({ url, endResponse, fetchAPI }) {
          if (url.pathname !== "/health") return;
          try {
            await db.prisma.$queryRaw`SELECT 1`;
            endResponse(fetchAPI.Response.json({ status: "ok", database: db.kind }));
          } catch {
            endResponse(fetchAPI.Response.json({ status: "unavailable" }, { status: 503 }));
          }
        },
      },
    ],
  });
}
