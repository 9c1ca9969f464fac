import { z } from "zod";
import { canonicalTimeZone, DEFAULT_TIME_ZONE, unknownTimeZone } from "./domain/time.ts";
import type { CorsPolicy } from "./http/cors.ts";
import type { LogLevel } from "./logger.ts";

/** Environment -> typed configuration, validated once at start with one message per bad value. */
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no"], { message: "must be 1/0, true/false or yes/no" })
  .transform((value) => ["1", "true", "yes"].includes(value));

/** What a single GraphQL request may ask for; anything beyond is refused before execution. */
export interface Limits {
  /** Field nesting. */
  maxDepth: number;
  /** What a request may cost (src/schema/cost.ts: each field 1, lists x their items, pages x the size asked for). */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the query document. */
  maxTokens: number;
  /** Characters of the query document. */
  maxQueryLength: number;
  /** Bytes of the HTTP request body (query and variables). */
  maxBodyBytes: number;
}

/** Deep enough for every read our own clients send, with margin (docs/rules/limits.md). */
export const defaultLimits: Limits = {
  maxDepth: 20,
  maxCost: 200_000,
  maxAliases: 50,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxQueryLength: 100_000,
  maxBodyBytes: 2_000_000,
};

export const DEFAULT_IDEMPOTENCY_KEY_TTL_HOURS = 24;

const positiveInteger = z.coerce
  .number({ message: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be at least 1");

const environment = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL (leave it unset for the embedded database)")
    .optional(),
  DATA_DIR: z.string().min(1, "must not be empty").default("./.data"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  PORT: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0-65535")
    .max(65535, "must be 0-65535")
    .default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  SEED_DEMO: booleanFlag.optional(),
  NODE_ENV: z.string().optional(),
  // Pages on other origins that may call the API (docs/rules/api.md, "CORS").
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ""),
    )
    .pipe(
      z.array(
        z.union([
          z.literal("*"),
          z.url({ message: "must be * or comma-separated origins like https://board.example.com" }),
        ]),
      ),
    )
    .optional(),
  CORS_CREDENTIALS: booleanFlag.optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Request limits (docs/rules/limits.md says why each default is what it is).
  GRAPHQL_MAX_DEPTH: positiveInteger.default(defaultLimits.maxDepth),
  GRAPHQL_MAX_COST: positiveInteger.default(defaultLimits.maxCost),
  GRAPHQL_MAX_ALIASES: positiveInteger.default(defaultLimits.maxAliases),
  GRAPHQL_MAX_DIRECTIVES: positiveInteger.default(defaultLimits.maxDirectives),
  GRAPHQL_MAX_TOKENS: positiveInteger.default(defaultLimits.maxTokens),
  GRAPHQL_MAX_QUERY_LENGTH: positiveInteger.default(defaultLimits.maxQueryLength),
  GRAPHQL_MAX_BODY_BYTES: positiveInteger.default(defaultLimits.maxBodyBytes),
  // A JSON manifest of trusted documents (hash -> text), as GraphQL Code Generator's client preset writes it.
  TRUSTED_DOCUMENTS: z.string().min(1, "must not be empty").optional(),
  IDEMPOTENCY_KEY_TTL_HOURS: z.coerce
    .number({ message: "must be a number" })
    .positive("must be more than 0")
    .max(24 * 365, "must be at most a year (8760 hours)")
    .default(DEFAULT_IDEMPOTENCY_KEY_TTL_HOURS),
  // The calendar days of locations without a zone of their own (docs/rules/orders/production/schedule.md).
  TIME_ZONE: z
    .string()
    .transform((zone, context) => {
      const canonical = canonicalTimeZone(zone);
      if (canonical === null) {
        context.addIssue({ code: "custom", message: unknownTimeZone(zone) });
        return z.NEVER;
      }
      return canonical;
    })
    .default(DEFAULT_TIME_ZONE),
  // Live updates (docs/rules/live.md).
  EVENT_RETENTION_DAYS: positiveInteger.default(30),
  // Unset: an order's history is kept for as long as the order (ADR 0026).
  ORDER_HISTORY_RETENTION_DAYS: positiveInteger.optional(),
  LIVE_MAX_QUEUED_EVENTS: positiveInteger.default(1000),
  LIVE_MAX_BUFFERED_BYTES: positiveInteger.default(1024 * 1024),
  LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: positiveInteger.default(100),
});

export type Config = {
  /** The embedded database lives in `<dataDir>/pglite`; `dataDir` also keeps the embedded admin key. */
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
  redisUrl: string | undefined;
  port: number;
  host: string;
  /** Seed demo data into an empty database: on by default for the embedded database only. */
  seedDemo: boolean;
  logLevel: LogLevel;
  limits: Limits;
  /** Which pages on other origins may call the API and read its headers. */
  cors: CorsPolicy;
  /** Where the trusted documents' manifest is (docs/rules/access.md); unset: none. */
  trustedDocuments: string | undefined;
  /** How long an idempotency key answers retries with its first result. */
  idempotencyKeyTtlHours: number;
  /** The IANA zone whose calendar days a location without its own zone uses. */
  timeZone: string;
  /**
   * A production order's history (ProductionOrder.events) is deleted this many days after its last change once
   * it is COMPLETED or VOIDED, never while replay still serves it; null: kept for as long as the order.
   */
  orderHistoryRetentionDays: number | null;
  live: {
    /**
     * Resuming from events older than this answers EVENTS_EXPIRED; they are deleted (hourly), except an order's
     * own history (`orderHistoryRetentionDays`).
     */
    retentionDays: number;
    /** A subscriber with more events waiting than this, or more unsent bytes on its socket, is dropped. */
    maxQueuedEvents: number;
    maxBufferedBytes: number;
    /** Subscriptions one graphql-ws connection may have open; one more is refused (TOO_MANY_SUBSCRIPTIONS). */
    maxSubscriptionsPerSocket: number;
  };
};

/**
 * CORS_ORIGINS, or by default: the server's own origin only in production (NODE_ENV=production), any origin
 * otherwise (the embedded demo, development). Credentials with any origin would let every site act with a
 * browser's ambient credentials: refused.
 */
function corsPolicy(
  origins: string[] | undefined,
  credentials: boolean,
  nodeEnv: string | undefined,
): CorsPolicy {
  const allowed =
    origins === undefined ? (nodeEnv === "production" ? [] : "*") : origins.includes("*") ? "*" : origins;
  if (allowed === "*" && credentials) {
    throw new ConfigError([
      "CORS_CREDENTIALS: cannot be true while any origin may call (CORS_ORIGINS=* or unset outside production): list the origins",
    ]);
  }
  return { origins: allowed, credentials };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== "")),
  );
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const values = parsed.data;
  const database = values.DATABASE_URL
    ? ({ kind: "postgres", url: values.DATABASE_URL } as const)
    : ({ kind: "pglite", dataDir: values.DATA_DIR } as const);
  return {
    database,
    redisUrl: values.REDIS_URL,
    port: values.PORT,
    host: values.HOST,
    seedDemo: values.SEED_DEMO ?? database.kind === "pglite",
    logLevel: values.LOG_LEVEL,
    limits: {
      maxDepth: values.GRAPHQL_MAX_DEPTH,
      maxCost: values.GRAPHQL_MAX_COST,
      maxAliases: values.GRAPHQL_MAX_ALIASES,
      maxDirectives: values.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: values.GRAPHQL_MAX_TOKENS,
      maxQueryLength: values.GRAPHQL_MAX_QUERY_LENGTH,
      maxBodyBytes: values.GRAPHQL_MAX_BODY_BYTES,
    },
    cors: corsPolicy(values.CORS_ORIGINS, values.CORS_CREDENTIALS ?? false, values.NODE_ENV),
    trustedDocuments: values.TRUSTED_DOCUMENTS,
    idempotencyKeyTtlHours: values.IDEMPOTENCY_KEY_TTL_HOURS,
    timeZone: values.TIME_ZONE,
    orderHistoryRetentionDays: values.ORDER_HISTORY_RETENTION_DAYS ?? null,
    live: {
      retentionDays: values.EVENT_RETENTION_DAYS,
      maxQueuedEvents: values.LIVE_MAX_QUEUED_EVENTS,
      maxBufferedBytes: values.LIVE_MAX_BUFFERED_BYTES,
      maxSubscriptionsPerSocket: values.LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET,
    },
  };
}
