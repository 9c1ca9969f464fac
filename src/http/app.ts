import { GraphQLError } from "graphql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { DEFAULT_IDEMPOTENCY_KEY_TTL_HOURS, defaultLimits, type Limits } from "../config.ts";
import type { Database } from "../db/database.ts";
import { authenticate } from "../domain/access.ts";
import { DEFAULT_TIME_ZONE } from "../domain/time.ts";
import { createLiveFeed, KeyCache, type LiveFeed, type SubscriberConnection } from "../live/index.ts";
import type { Logger } from "../logger.ts";
import type { Context } from "../schema/builder.ts";
import { schema } from "../schema/index.ts";
import { ANY_ORIGIN, type CorsPolicy, corsOf } from "./cors.ts";
import { type GraphiQLDemo, graphiqlOptions, renderGraphiQL } from "./graphiql.ts";
import { authorizationOf } from "./graphql-ws.ts";
import { useHealthCheck } from "./health.ts";
import { useIdempotency } from "./idempotency/index.ts";
import { useInputErrorCodeAndField } from "./input-errors.ts";
import { limitPlugins } from "./limits.ts";
import { maskUnexpected } from "./masked-errors.ts";
import { useRequestId, withRequestIds } from "./request-id.ts";
import { useLiveCursorSnapshot } from "./snapshot.ts";
import { useSseEventIds } from "./sse.ts";
import {
  allTrustedDocuments,
  noTrustedDocuments,
  refuseUntrusted,
  type TrustedDocuments,
  useTrustedDocuments,
} from "./trusted-documents.ts";
import { pagesTrustedDocuments, useWebPages } from "./web.ts";

export interface ServerContext {
  /** graphql-ws puts the `connection_init` payload here. */
  connectionParams?: Record<string, unknown>;
  /** graphql-ws: the client's socket, which live updates close for slow consumers (src/live/stream.ts). */
  connection?: SubscriberConnection;
}

/**
 * The yoga app, its live feed (server.ts closes the sockets of keys the feed sees revoked) and its limits
 * (server.ts applies the body size to graphql-ws messages).
 */
export type App = YogaServerInstance<ServerContext, Context> & {
  readonly live: LiveFeed;
  readonly limits: Limits;
  /** The keys this instance authenticated (HTTP and graphql-ws alike). */
  readonly keys: KeyCache;
};

/** The GraphQL application: one yoga instance that serves HTTP, SSE and (through server.ts) graphql-ws. */
export function createApp(options: {
  db: Database;
  logger: Logger;
  limits?: Limits;
  idempotencyKeyTtlHours?: number;
  /** The calendar days of locations without their own zone (TIME_ZONE); UTC by default. */
  timeZone?: string;
  /** Live updates; by default an in-process feed (no Redis). */
  live?: LiveFeed;
  /** The embedded demo: GraphiQL and the pages signed in with its admin key, GraphiQL's tabs its examples. */
  demo?: GraphiQLDemo;
  /** Which pages on other origins may call (CORS_ORIGINS); by default any, without credentials. */
  cors?: CorsPolicy;
  /** The documents a request may name by hash (TRUSTED_DOCUMENTS) beside the pages' own; by default none. */
  trustedDocuments?: TrustedDocuments;
}): App {
  const { db } = options;
  const limits = options.limits ?? defaultLimits;
  // Every line logged while a request runs names the request (the id the client got back).
  const logger = withRequestIds(options.logger);
  const live = options.live ?? createLiveFeed({ db, logger: options.logger });
  const keys = new KeyCache(live);
  const trusted = allTrustedDocuments(
    pagesTrustedDocuments(),
    options.trustedDocuments ?? noTrustedDocuments,
  );
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const app = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    // yoga's own check only says the process is up: keep it as liveness, /health (health.ts) is readiness.
    healthCheckEndpoint: "/live",
    landingPage: false,
    cors: corsOf(options.cors ?? ANY_ORIGIN),
    graphiql: graphiqlOptions(options.demo),
    renderGraphiQL,
    logging: logger,
    maxRequestBodySize: limits.maxBodyBytes,
    maskedErrors: { maskError: (error, message) => maskUnexpected(error, message) },
    context: async ({ request, params, connectionParams }) => {
      const authorization = authorizationOf(connectionParams) ?? request.headers.get("authorization");
      const viewer = await authenticate(db, authorization, keys);
      if (!viewer) {
        throw new GraphQLError("Authentication required: send the header `Authorization: Bearer <api key>`", {
          extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
        });
      }
      refuseUntrusted(viewer, params.query, trusted);
      return { db, viewer, live, request, timeZone };
    },
    plugins: [
      useRequestId(),
      useTrustedDocuments(trusted),
      ...limitPlugins(limits),
      useInputErrorCodeAndField(),
      useIdempotency({
        db,
        ttlHours: options.idempotencyKeyTtlHours ?? DEFAULT_IDEMPOTENCY_KEY_TTL_HOURS,
        logger,
      }),
      useLiveCursorSnapshot(db),
      useSseEventIds(),
      useHealthCheck({ db, live }),
      useWebPages({ demoKey: options.demo?.adminKey }),
    ],
  });
  return Object.assign(app, { live, limits, keys });
}
