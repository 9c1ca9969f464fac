import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin, { type AuthFailure, AuthScopeFailureType } from "@pothos/plugin-scope-auth";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { Database } from "../db/database.ts";
import type { Viewer } from "../domain/access.ts";
import { type Dec, dec, decimalProblem, formatDecimal } from "../domain/decimal.ts";
import { instantProblem, jsonProblem, MAX_JSON_DEPTH, MAX_JSON_LENGTH } from "../domain/validation.ts";
import type PrismaTypes from "../generated/pothos-prisma-types.ts";
import { getDatamodel } from "../generated/pothos-prisma-types.ts";
import type { Permission } from "../generated/prisma/enums.ts";
import type { LiveFeed, SubscriberConnection } from "../live/index.ts";
import { LIST_ITEMS, pageCost, pageItemsCost } from "./cost.ts";
import RowIdsPlugin, { decodeGlobalId } from "./global-ids.ts";
import InputChecksPlugin from "./input-checks.ts";

export interface Context {
  db: Database;
  /** Requests without a valid API key are refused before execution, so every resolver has a viewer. */
  viewer: Viewer;
  /** The HTTP request; over graphql-ws the one src/http/graphql-ws.ts builds for each operation. */
  request: Request;
  /** Live updates: subscriptions register here (src/live/). */
  live: LiveFeed;
  /** The server's TIME_ZONE: the calendar days of locations without their own. */
  timeZone: string;
  /** graphql-ws only: the client's socket (see ServerContext in src/http/app.ts). */
  connection?: SubscriberConnection;
  /** Subscriptions over SSE only (src/http/sse.ts): what the event stream and the live fields share. */
  sse?: SseDelivery;
}

/** What an SSE subscription's live field and the event stream that writes its results share. */
export interface SseDelivery {
  /** The Last-Event-ID header of a reconnecting client: the subscription resumes after it, as after `after`. */
  readonly lastEventId: string | null;
  /** The id of the live event whose result is being made, written as the SSE event's `id`. */
  eventId: bigint | null;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { authenticated: boolean; permission: Permission };
  Scalars: {
    Decimal: { Input: Dec; Output: Dec | { toString(): string } };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
}>({
  // Field configs pass through the plugins last to first, each adding its argument mappers: RowIdsPlugin stands
  // before RelayPlugin so that its mapper runs after the one that decodes the global ids.
  plugins: [ScopeAuthPlugin, ComplexityPlugin, PrismaPlugin, RowIdsPlugin, RelayPlugin, InputChecksPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  prisma: {
    client: (context) => context.db.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    decodeGlobalID: (globalID) => decodeGlobalId(globalID),
    clientMutationId: "omit",
    cursorType: "String",
    // nodes.ts defines `node` and `nodes`: an id that names nothing is null there, not an error.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // What a page costs (cost.ts): its size, counted once for its items.
    defaultConnectionFieldOptions: { complexity: pageCost },
    edgesFieldOptions: { complexity: pageItemsCost },
    nodesFieldOptions: { complexity: pageItemsCost },
  },
  // Costs only: the limit is checked before authentication, by src/http/limits.ts.
  complexity: { defaultComplexity: 1, defaultListMultiplier: LIST_ITEMS },
  scopeAuth: {
    authorizeOnSubscribe: true,
    // A type's `authScopes` run once per object of the type returned anywhere (node, nodes, relations,
    // payloads, subscriptions), through isTypeOf: a refused object is null with one FORBIDDEN error.
    runScopesOnType: true,
    authScopes: (context) => ({
      authenticated: true,
      permission: (permission) => context.viewer.can(permission),
    }),
    unauthorizedError: (_parent, _context, info, result) => refusal(info, result),
  },
});

/** The builder's schema types, for the helpers that take Pothos refs and field builders. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The permissions a refusal asked for (those of nested $any / $all maps included). */
function missingPermissions(failure: AuthFailure): string[] {
  if ("failures" in failure) return failure.failures.flatMap(missingPermissions);
  return failure.kind === AuthScopeFailureType.AuthScope && failure.scope === "permission"
    ? [String(failure.parameter)]
    : [];
}

/** FORBIDDEN, naming the field or type refused and the permission that was missing (DESIGN.md). */
function refusal(info: GraphQLResolveInfo, result: { message: string; failure: AuthFailure }) {
  const place = `${info.parentType.name}.${info.fieldName}`;
  // A type's scopes fail where an object of the type is returned: name the type and that field.
  const type = /^Not authorized to read fields for (\w+)$/.exec(result.message)?.[1];
  const refused = type ? `read ${type} (at ${place})` : `use ${place}`;
  const [permission, ...others] = [...new Set(missingPermissions(result.failure))];
  const needs = permission ? `needs the permission ${[permission, ...others].join(" or ")}` : result.message;
  return new GraphQLError(`Not allowed to ${refused}: ${needs}`, {
    extensions: { code: "FORBIDDEN", ...(permission && others.length === 0 ? { permission } : {}) },
  });
}

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

builder.scalarType("Decimal", {
  description:
    'An exact decimal number, written as a string on the wire ("12.5"): up to 14 integer digits and 6 decimals.',
  serialize: (value) => formatDecimal(value),
  parseValue: (value) => {
    const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
    if (typeof text !== "string") throw new GraphQLError('Decimal must be a string such as "12.5"');
    const problem = decimalProblem(text);
    if (problem) throw new GraphQLError(`Decimal: ${problem}`);
    return dec(text);
  },
});

builder.scalarType("DateTime", {
  description:
    'An instant in strict ISO 8601 form with its offset, e.g. "2026-11-22T08:00:00.000Z", or a date ' +
    '("2026-11-22", midnight UTC). Impossible dates (2026-02-30) are refused, never rolled over.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    if (typeof value !== "string") {
      throw new GraphQLError('DateTime must be an ISO 8601 string such as "2026-11-22T08:00:00Z"');
    }
    const problem = instantProblem(value);
    if (problem) throw new GraphQLError(`DateTime: ${problem}`);
    return new Date(value);
  },
});

builder.scalarType("JSON", {
  description:
    `Any JSON value, nested at most ${MAX_JSON_DEPTH} levels deep and at most ${MAX_JSON_LENGTH} characters ` +
    "long as JSON text; its text may not contain NUL characters.",
  serialize: (value) => value,
  parseValue: (value) => {
    const problem = jsonProblem(value);
    if (problem) throw new GraphQLError(`JSON ${problem}`);
    return value;
  },
});
