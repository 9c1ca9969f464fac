import type { InputFieldMap, InputObjectRef, ObjectParam, ObjectRef } from "@pothos/core";
import { GraphQLError } from "graphql";
import { isWriteConflict, RETRYABLE_CONFLICT_MESSAGE } from "../db/conflicts.ts";
import type { Tx } from "../db/database.ts";
import { DomainError, ErrorCode, type UserError } from "../domain/errors.ts";
import type { Actor } from "../domain/events.ts";
import { requireActive } from "../domain/records.ts";
import type { Permission } from "../generated/prisma/enums.ts";
import { EMPLOYEE_HEADER, employeeIdOf } from "../http/employee-header.ts";
import { requestIdOf } from "../http/request-id.ts";
import { builder, type Context, type Types } from "./builder.ts";

/**
 * Mutations follow Shopify's convention: business errors are data. Every payload has `userErrors`
 * (code, message, field path); the top-level `errors` is left to malformed requests and server failures.
 */
const UserErrorCode = builder.enumType("UserErrorCode", { values: Object.values(ErrorCode) });

export const UserErrorRef = builder.objectRef<UserError>("UserError").implement({
  description: "A business error: the change was refused and nothing was written.",
  fields: (t) => ({
    code: t.field({ type: UserErrorCode, resolve: (error) => error.code }),
    message: t.exposeString("message"),
    field: t.exposeStringList("field", {
      nullable: true,
      description: 'Path to the input at fault, e.g. ["input", "lines", "0", "quantity"].',
    }),
  }),
});

export interface Payload<Result> {
  result: Result | null;
  userErrors: UserError[];
}

/** `<Name>Payload { <resultField>: <type>, userErrors: [UserError!]! }` */
export function payloadType<Result>(
  name: string,
  resultField: string,
  // biome-ignore lint/suspicious/noExplicitAny: any Pothos object/node ref whose shape is Result
  type: ObjectRef<any, Result>,
) {
  return builder.objectRef<Payload<Result>>(name).implement({
    fields: (t) => ({
      // biome-ignore lint/suspicious/noExplicitAny: Pothos cannot relate a generic Result to the ref's shape
      [resultField]: t.field({ type, nullable: true, resolve: (payload) => payload.result as any }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });
}

/**
 * Runs one business action in one transaction and turns its DomainErrors into `userErrors`. Inside an
 * idempotent request (src/http/idempotency/) `context.db` is that request's transaction and this a savepoint.
 */
export async function runAction<Result>(
  context: Context,
  action: (tx: Tx, actor: Actor) => Promise<Result>,
): Promise<Payload<Result>> {
  try {
    return {
      result: await context.db.transaction(async (tx) => action(tx, await actorOf(context, tx))),
      userErrors: [],
    };
  } catch (error) {
    const userErrors = asUserErrors(error);
    if (userErrors) return { result: null, userErrors };
    throw error;
  }
}

/**
 * Who runs a business action, built here only (every mutation runs through `runAction`): the request's API key,
 * its request id (src/http/request-id.ts) and the employee it names (x-employee-id, src/http/employee-header.ts),
 * checked in the action's transaction: an unknown or archived employee refuses the action, nothing written.
 */
async function actorOf(context: Context, tx: Tx): Promise<Actor> {
  const employeeId = employeeIdOf(context.request);
  if (employeeId !== null) await requireActive(tx.employee, employeeId, "employee", [EMPLOYEE_HEADER]);
  return { apiKeyId: context.viewer.apiKeyId, employeeId, requestId: requestIdOf(context.request) };
}

/** The field builder `builder.mutationFields` hands its callback. */
export type MutationFieldBuilder = PothosSchemaTypes.MutationFieldBuilder<Types, Types["Root"]>;

/** What a mutation made by `inputAction` or `rowAction` answers and asks for. */
interface ActionSpec<Row> {
  payload: ObjectRef<Types, Payload<Row>>;
  /** The permission it needs, or several of which any one is enough. */
  permission: Permission | readonly Permission[];
  description?: string;
}

/** `authScopes` a key passes with `permission`, or with any one of a list: nested `$any` maps. */
export type PermissionScopes = { permission: Permission; $any?: PermissionScopes };

/**
 * The `authScopes` of a field any of these permissions opens: `{ permission: B, $any: { permission: A } }` for
 * [A, B] (a map passes when any of its scopes does). A refusal names them all (builder.ts, `refusal`), in the
 * order given: the scope-auth plugin reports a nested map's failures before its own scope's.
 */
export function permissionScopes(permission: Permission | readonly Permission[]): PermissionScopes {
  const list = typeof permission === "string" ? [permission] : permission;
  const last = list.at(-1);
  if (!last) throw new Error("a field needs at least one permission");
  return list.length > 1
    ? { permission: last, $any: permissionScopes(list.slice(0, -1)) }
    : { permission: last };
}

/** A mutation `(input)` whose resolver is one domain action on its input: `createX(tx, actor, input)`. */
export function inputAction<Row>(
  t: MutationFieldBuilder,
  spec: ActionSpec<Row> & {
    input: InputObjectRef<Types, unknown>;
    run(tx: Tx, actor: Actor, input: unknown): Promise<Row>;
  },
) {
  return t.field({
    type: spec.payload,
    authScopes: permissionScopes(spec.permission),
    description: spec.description,
    args: { input: t.arg({ type: spec.input }) },
    resolve: (_root, { input }, context) => runAction(context, (tx, actor) => spec.run(tx, actor, input)),
  });
}

/**
 * A mutation on one row of `ref`'s type, `(id)` or `(id, input)`, whose resolver is one domain action on it:
 * `archiveX(tx, actor, id)`, `updateX(tx, actor, id, input)`.
 */
export function rowAction<Row>(
  t: MutationFieldBuilder,
  spec: ActionSpec<Row> & {
    ref: ObjectParam<Types>;
    input?: InputObjectRef<Types, unknown>;
    run(tx: Tx, actor: Actor, id: number, input?: unknown): Promise<Row>;
  },
) {
  const { input } = spec;
  return t.field({
    type: spec.payload,
    authScopes: permissionScopes(spec.permission),
    description: spec.description,
    args: { id: t.arg.rowID({ for: spec.ref }), ...(input ? { input: t.arg({ type: input }) } : {}) },
    resolve: (_root, args, context) =>
      runAction(context, (tx, actor) => spec.run(tx, actor, args.id, args.input)),
  });
}

/**
 * A mutation on one row of `ref`'s type that takes more arguments, `(id, ...args)`, whose resolver is one domain
 * action on the row with the other arguments as its input: `receiveX(tx, actor, id, { lines, expectedVersion })`.
 */
export function rowArgsAction<Row, Args extends InputFieldMap>(
  t: MutationFieldBuilder,
  spec: ActionSpec<Row> & {
    ref: ObjectParam<Types>;
    args: Args;
    run(tx: Tx, actor: Actor, id: number, input: unknown): Promise<Row>;
  },
) {
  return t.field({
    type: spec.payload,
    authScopes: permissionScopes(spec.permission),
    description: spec.description,
    args: { ...spec.args, id: t.arg.rowID({ for: spec.ref }) },
    resolve: (_root, args, context) => {
      // Pothos cannot name a generic `Args`' shape with `id` added: the rowID above makes it a number.
      const { id, ...input } = args as { id: number };
      return runAction(context, (tx, actor) => spec.run(tx, actor, id, input));
    },
  });
}

/**
 * Runs a read (a query or a subscription's setup). Reads have no `userErrors`: a DomainError (an argument the
 * domain refuses) becomes the top-level error, carrying the code and field its first userError would.
 */
export async function runRead<Result>(read: () => Promise<Result>): Promise<Result> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const [first] = error.errors;
    throw new GraphQLError(error.message, { extensions: { code: first?.code, field: first?.field } });
  }
}

function asUserErrors(error: unknown): UserError[] | null {
  if (error instanceof DomainError) return error.errors;
  // database.ts retried a deadlock or serialization failure a few times: the client may try again later.
  if (isWriteConflict(error)) {
    return [
      {
        code: ErrorCode.RETRYABLE_CONFLICT,
        message: RETRYABLE_CONFLICT_MESSAGE,
        field: null,
      },
    ];
  }
  // A unique index beat the pre-check in a race between two requests: the same answer the pre-check gives.
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
    return [
      { code: ErrorCode.ALREADY_EXISTS, message: "A record with this value already exists", field: null },
    ];
  }
  return null;
}
