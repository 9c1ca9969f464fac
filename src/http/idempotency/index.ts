import { createHash } from "node:crypto";
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  getNamedType,
  getOperationAST,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionSetNode,
} from "graphql";
import { isAsyncIterable, type Plugin, type YogaInitialContext } from "graphql-yoga";
import { isWriteConflict, RETRYABLE_CONFLICT_MESSAGE } from "../../db/conflicts.ts";
import { type Database, eventOutbox, flushEventsNow, type Tx } from "../../db/database.ts";
import { ErrorCode } from "../../domain/errors.ts";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import type { Context } from "../../schema/builder.ts";

/**
 * Idempotent mutations for clients on flaky networks. A mutation request may carry a key (the
 * `Idempotency-Key` header, or `extensions.idempotencyKey` in the request, which graphql-ws clients can send).
 * The first request with a key runs the whole operation and stores its result in ONE transaction: the key's
 * row, the business changes and the stored response commit together or not at all. A retry with the same key
 * (same API key, same document and variables) gets the stored result without running anything. A retry that
 * races the first waits for it, boundedly, and then gets its result, or IDEMPOTENCY_KEY_IN_PROGRESS (409 with
 * Retry-After) while the first still runs. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED).
 * Keys expire after a configurable time and are then pruned.
 */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
/** Set to "true" on an HTTP response that replays a stored result. */
const IDEMPOTENT_REPLAYED_HEADER = "idempotent-replayed";

// Printable ASCII without spaces, as Stripe and the IETF draft use them (UUIDs, ULIDs, random strings).
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
// Expired keys are deleted in bulk at most this often (each reuse of an expired key also replaces it).
const PRUNE_INTERVAL_MS = 10 * 60_000;
/**
 * A retry of a request still running on this instance waits this long for it, holding nothing (no transaction,
 * no pooled connection), then gets its answer, or IDEMPOTENCY_KEY_IN_PROGRESS. Most writes finish well within it.
 */
const IN_PROGRESS_WAIT_MS = 2000;
/**
 * A retry of a request running on another instance waits on the key's row lock this long (PostgreSQL's
 * lock_timeout on the claim), holding a pooled connection meanwhile, then gets IDEMPOTENCY_KEY_IN_PROGRESS: short,
 * so that a burst of retries cannot keep the pool from everyone else.
 */
const CLAIM_LOCK_TIMEOUT_MS = 250;
/** Seconds a client should wait before sending a request that is still in progress again. */
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

type RequestContext = Context & Partial<Pick<YogaInitialContext, "request" | "params">>;

export function useIdempotency(options: { db: Database; ttlHours: number; logger: Logger }): Plugin {
  const replayed = new WeakSet<Request>();
  /** The keyed requests running on this instance, by API key and key: retries wait for them here. */
  const running = new Map<string, Promise<unknown>>();
  let nextPrune = 0;

  const prune = async () => {
    if (Date.now() < nextPrune) return;
    nextPrune = Date.now() + PRUNE_INTERVAL_MS;
    try {
      await options.db.prisma.idempotencyKey.deleteMany({ where: { expiresAt: { lte: new Date() } } });
    } catch (error) {
      // Pruning is housekeeping: the request goes on, the next one tries again later.
      options.logger.warn("Could not prune expired idempotency keys", error);
    }
  };

  /**
   * A retry of a request running on this instance waits for it here, without a transaction, so a burst of them
   * holds no pooled connection; then it runs (and finds the stored answer), or, when the first still runs after
   * IN_PROGRESS_WAIT_MS, gets IDEMPOTENCY_KEY_IN_PROGRESS.
   */
  const run = async (
    execute: Execute,
    args: ExecutionArgs,
    operation: OperationDefinitionNode,
    key: string,
  ): Promise<ExecutionResult> => {
    const runningKey = `${(args.contextValue as RequestContext).viewer.apiKeyId} ${key}`;
    const earlier = running.get(runningKey);
    if (earlier && !(await settlesWithin(earlier, IN_PROGRESS_WAIT_MS))) return { errors: [inProgress(key)] };
    const attempt = runInTransaction(execute, args, operation, key);
    if (!running.has(runningKey)) {
      running.set(runningKey, attempt);
      const forget = () => {
        if (running.get(runningKey) === attempt) running.delete(runningKey);
      };
      attempt.then(forget, forget);
    }
    return attempt;
  };

  const runInTransaction = async (
    execute: Execute,
    args: ExecutionArgs,
    operation: OperationDefinitionNode,
    key: string,
  ): Promise<ExecutionResult> => {
    const context = args.contextValue as RequestContext;
    const apiKeyId = context.viewer.apiKeyId;
    const where = { apiKeyId_key: { apiKeyId, key } };
    const fields = rootFieldNames(operation).join(",");
    const requestHash = hashRequest(args);
    await prune();
    try {
      const outcome = await options.db.transaction(async (tx): Promise<Outcome> => {
        const now = new Date();
        await tx.idempotencyKey.deleteMany({ where: { apiKeyId, key, expiresAt: { lte: now } } });
        // ON CONFLICT DO NOTHING: a concurrent first use of the key (on another instance: one running here was
        // waited for above) makes this wait for that transaction; not for long (CLAIM_LOCK_TIMEOUT_MS).
        if (options.db.kind === "postgres") {
          await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${CLAIM_LOCK_TIMEOUT_MS}ms'`);
        }
        const { count } = await tx.idempotencyKey.createMany({
          data: [
            {
              apiKeyId,
              key,
              operation: fields,
              requestHash,
              response: {},
              expiresAt: new Date(now.getTime() + options.ttlHours * 3_600_000),
            },
          ],
          skipDuplicates: true,
        });
        if (options.db.kind === "postgres") await tx.$executeRawUnsafe("SET LOCAL lock_timeout = DEFAULT");
        if (count === 0) return { kind: "stored", row: await tx.idempotencyKey.findUnique({ where }) };

        const result = await execute({ ...args, contextValue: withRequestTransaction(context, tx) });
        if (isAsyncIterable(result)) throw new Error("An idempotent mutation cannot stream its result");
        const conflict = result.errors
          ?.map((error) =>
            error.originalError instanceof RequestConflict ? error.originalError.cause : error.originalError,
          )
          .find(isWriteConflict);
        // Rolls everything back; database.ts runs the whole request again (or gives up: below).
        if (conflict) throw conflict;
        // Errors (refused arguments, missing permissions, bugs) leave nothing behind and the key unused; data
        // the operation produced would describe changes that are rolled back.
        if (result.errors?.length) {
          throw new NotStored(result.data === undefined ? result : { data: null, errors: result.errors });
        }
        const stored = { data: JSON.parse(JSON.stringify(result.data ?? null)) as unknown };
        withoutSecrets(args, operation, stored.data);
        await tx.idempotencyKey.update({ where, data: { response: stored as Prisma.InputJsonObject } });
        return { kind: "fresh", result };
      });
      if (outcome.kind === "fresh") return outcome.result;
      if (!outcome.row) return { errors: [retryableConflict()] };
      if (outcome.row.operation !== fields || outcome.row.requestHash !== requestHash) {
        return { errors: [keyReused(key, outcome.row.operation)] };
      }
      if (context.request) replayed.add(context.request);
      return outcome.row.response as ExecutionResult;
    } catch (error) {
      if (error instanceof NotStored) return error.result;
      if (isWriteConflict(error)) return { errors: [retryableConflict()] };
      if (isLockTimeout(error)) return { errors: [inProgress(key)] };
      throw error;
    }
  };

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      // Queries are safe to retry as they are; a key sent with one is ignored.
      if (operation?.operation !== "mutation") return;
      const key = idempotencyKeyOf(args.contextValue as unknown as RequestContext);
      if (key === null) return;
      setExecuteFn((executionArgs) =>
        key instanceof GraphQLError ? { errors: [key] } : run(executeFn, executionArgs, operation, key),
      );
    },
    onResponse({ request, response }) {
      if (replayed.has(request)) response.headers.set(IDEMPOTENT_REPLAYED_HEADER, "true");
    },
  };
}

type Execute = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult | AsyncIterable<unknown>;

type Outcome =
  | { kind: "fresh"; result: ExecutionResult }
  | { kind: "stored"; row: { operation: string; requestHash: string; response: unknown } | null };

/** A result that must not be stored: its transaction is rolled back and the client gets it as it is. */
class NotStored extends Error {
  constructor(readonly result: ExecutionResult) {
    super("not stored");
  }
}

/**
 * A write conflict inside a business action of an idempotent request. Thrown instead of the conflict itself so
 * that runAction does not turn it into a userError: the whole request's transaction has to run again.
 */
class RequestConflict extends Error {
  constructor(cause: unknown) {
    super("A business action of an idempotent request hit a write conflict", { cause });
  }
}

/** The key sent with the request, null when none, a GraphQLError when it is malformed or sent twice differently. */
function idempotencyKeyOf(context: RequestContext): string | GraphQLError | null {
  const header = context.request?.headers.get(IDEMPOTENCY_KEY_HEADER) ?? null;
  const extension = context.params?.extensions?.idempotencyKey ?? null;
  if (header === null && extension === null) return null;
  if (header !== null && extension !== null && header !== extension) {
    return badKey("The Idempotency-Key header and extensions.idempotencyKey differ: send one of them");
  }
  const key = header ?? extension;
  if (typeof key !== "string" || !KEY_PATTERN.test(key)) {
    return badKey("An idempotency key is 1 to 255 printable ASCII characters without spaces (e.g. a UUID)");
  }
  return key;
}

function badKey(message: string) {
  return new GraphQLError(message, {
    extensions: { code: "IDEMPOTENCY_KEY_INVALID", http: { status: 400 } },
  });
}

function keyReused(key: string, operation: string) {
  return new GraphQLError(
    `The idempotency key "${key}" was already used with another request (${operation}); ` +
      "use a new key for a new request",
    { extensions: { code: "IDEMPOTENCY_KEY_REUSED", http: { status: 422 } } },
  );
}

function inProgress(key: string) {
  return new GraphQLError(
    `The request with the idempotency key "${key}" is still running: send it again (with the same key) in a ` +
      "moment to get its answer",
    {
      extensions: {
        code: "IDEMPOTENCY_KEY_IN_PROGRESS",
        http: { status: 409, headers: { "Retry-After": String(IN_PROGRESS_RETRY_AFTER_SECONDS) } },
      },
    },
  );
}

/** PostgreSQL's lock_not_available: the claim waited CLAIM_LOCK_TIMEOUT_MS on the key's row. */
function isLockTimeout(error: unknown): boolean {
  return /lock timeout|55P03/.test(String((error as { message?: unknown } | null)?.message ?? ""));
}

/** Whether `promise` settles (either way) within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function retryableConflict() {
  return new GraphQLError(RETRYABLE_CONFLICT_MESSAGE, {
    extensions: { code: ErrorCode.RETRYABLE_CONFLICT, http: { status: 409 } },
  });
}

/** Values never stored for a replay (which answers null instead): the database keeps API keys only hashed. */
const SECRET_FIELDS = new Set(["ApiKeyCreatePayload.secret"]);

/** Nulls the SECRET_FIELDS of `data` (a JSON copy of the result), following the operation's selections. */
function withoutSecrets(args: ExecutionArgs, operation: OperationDefinitionNode, data: unknown): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of args.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk = (type: GraphQLNamedType | undefined, selectionSet: SelectionSetNode, value: unknown): void => {
    if (value === null || typeof value !== "object" || !type) return;
    if (Array.isArray(value)) {
      for (const item of value) walk(type, selectionSet, item);
      return;
    }
    const object = value as Record<string, unknown>;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!(key in object)) continue;
        if (SECRET_FIELDS.has(`${type.name}.${selection.name.value}`)) object[key] = null;
        else if (selection.selectionSet && (isObjectType(type) || isInterfaceType(type))) {
          const field = type.getFields()[selection.name.value];
          if (field) walk(getNamedType(field.type), selection.selectionSet, object[key]);
        }
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition
          ? args.schema.getType(fragment.typeCondition.name.value)
          : type;
        walk(condition, fragment.selectionSet, object);
      }
    }
  };
  walk(args.schema.getMutationType() ?? undefined, operation.selectionSet, data);
}

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.map((selection) =>
    selection.kind === Kind.FIELD ? selection.name.value : "…",
  );
}

/** The same request: the same document (whitespace aside), operation name and variables (key order aside). */
function hashRequest(args: ExecutionArgs): string {
  const canonical = JSON.stringify([
    print(args.document as DocumentNode),
    args.operationName ?? null,
    sortKeys(args.variableValues ?? {}),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The request's context with `db` bound to the request's transaction: reads see its writes, and each business
 * action (runAction -> db.transaction) runs in a savepoint, so a refused action still rolls back alone.
 */
function withRequestTransaction(context: RequestContext, tx: Tx): RequestContext {
  let savepoints = 0;
  const db: Database = Object.assign(Object.create(context.db) as Database, {
    prisma: tx as unknown as PrismaClient,
    async transaction<T>(action: (tx: Tx) => Promise<T>): Promise<T> {
      const savepoint = `business_action_${++savepoints}`;
      // Events wait in the transaction's outbox until it ends: a refused action's events go with its writes.
      const outbox = eventOutbox(tx);
      const recorded = outbox.length;
      await tx.$executeRawUnsafe(`SAVEPOINT ${savepoint}`);
      try {
        const result = await action(tx);
        // The payload is read in this transaction: it must see the action's events (ProductionOrder.events), as
        // a request without a key, read after commit, does. This takes the event commit lock until commit.
        if (outbox.length > 0) await flushEventsNow(tx);
        await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${savepoint}`);
        return result;
      } catch (error) {
        await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        outbox.splice(recorded);
        throw isWriteConflict(error) ? new RequestConflict(error) : error;
      }
    },
  });
  // Pothos keeps per-request caches keyed by the context object: a fresh one per attempt.
  return Object.assign(Object.create(Object.getPrototypeOf(context)) as RequestContext, context, { db });
}
