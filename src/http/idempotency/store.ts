import {
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  type OperationDefinitionNode,
} from "graphql";
import { isAsyncIterable } from "graphql-yoga";
import { isWriteConflict, RETRYABLE_CONFLICT_MESSAGE } from "../../db/conflicts.ts";
import type { Database, Tx } from "../../db/database.ts";
import { ErrorCode } from "../../domain/errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Logger } from "../../logger.ts";
import type { Context } from "../../schema/builder.ts";
import { inProgress } from "./in-progress.ts";
import { fingerprintOf, type RequestFingerprint } from "./key.ts";
import { RequestConflict, withRequestTransaction } from "./request-transaction.ts";
import { withoutSecrets } from "./secrets.ts";

// Expired keys are deleted in bulk at most this often (each reuse of an expired key also replaces it).
const PRUNE_INTERVAL_MS = 10 * 60_000;
/**
 * A retry of a request running on another instance waits on the key's row lock this long (PostgreSQL's
 * lock_timeout on the claim), holding a pooled connection meanwhile, then gets IDEMPOTENCY_KEY_IN_PROGRESS: short,
 * so that a burst of retries cannot keep the pool from everyone else.
 */
const CLAIM_LOCK_TIMEOUT_MS = 250;

export type Execute = (
  args: ExecutionArgs,
) => Promise<ExecutionResult> | ExecutionResult | AsyncIterable<unknown>;

/** A keyed request's answer; `replayed` when it is the stored result of an earlier request with the key. */
export interface KeyedResult {
  result: ExecutionResult;
  replayed: boolean;
}

type Outcome =
  | { kind: "fresh"; result: ExecutionResult }
  | { kind: "stored"; row: (RequestFingerprint & { response: unknown }) | null };

/**
 * The idempotency keys in the database. The first request with a key claims it, runs and stores its result in
 * ONE transaction: the key's row, the business changes and the stored response commit together or not at all.
 * Later requests with the key get the stored result, or a refusal when they are another request.
 */
export class IdempotencyStore {
  private nextPrune = 0;

  constructor(private readonly options: { db: Database; ttlHours: number; logger: Logger }) {}

  async runOnce(
    execute: Execute,
    args: ExecutionArgs,
    operation: OperationDefinitionNode,
    key: string,
  ): Promise<KeyedResult> {
    const context = args.contextValue as Context;
    const where = { apiKeyId_key: { apiKeyId: context.viewer.apiKeyId, key } };
    const fingerprint = fingerprintOf(args, operation);
    await this.pruneExpired();
    try {
      const outcome = await this.options.db.transaction(async (tx): Promise<Outcome> => {
        if (!(await this.claim(tx, where.apiKeyId_key, fingerprint))) {
          return { kind: "stored", row: await tx.idempotencyKey.findUnique({ where }) };
        }
        const result = await executeToStore(execute, {
          ...args,
          contextValue: withRequestTransaction(context, tx),
        });
        const stored = { data: JSON.parse(JSON.stringify(result.data ?? null)) as unknown };
        withoutSecrets(args, operation, stored.data);
        await tx.idempotencyKey.update({ where, data: { response: stored as Prisma.InputJsonObject } });
        return { kind: "fresh", result };
      });
      if (outcome.kind === "fresh") return { result: outcome.result, replayed: false };
      if (!outcome.row) return refused(retryableConflict());
      if (
        outcome.row.operation !== fingerprint.operation ||
        outcome.row.requestHash !== fingerprint.requestHash
      ) {
        return refused(keyReused(key, outcome.row.operation));
      }
      return { result: outcome.row.response as ExecutionResult, replayed: true };
    } catch (error) {
      if (error instanceof NotStored) return { result: error.result, replayed: false };
      if (isWriteConflict(error)) return refused(retryableConflict());
      if (isLockTimeout(error)) return refused(inProgress(key));
      throw error;
    }
  }

  /** Inserts the key's row (replacing an expired one); false when the key is already taken. */
  private async claim(
    tx: Tx,
    { apiKeyId, key }: { apiKeyId: number; key: string },
    fingerprint: RequestFingerprint,
  ): Promise<boolean> {
    const now = new Date();
    await tx.idempotencyKey.deleteMany({ where: { apiKeyId, key, expiresAt: { lte: now } } });
    const postgres = this.options.db.kind === "postgres";
    // ON CONFLICT DO NOTHING: a concurrent first use of the key (on another instance: one running here was
    // waited for before) makes this wait for that transaction; not for long (CLAIM_LOCK_TIMEOUT_MS).
    if (postgres) await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${CLAIM_LOCK_TIMEOUT_MS}ms'`);
    const { count } = await tx.idempotencyKey.createMany({
      data: [
        {
          apiKeyId,
          key,
          ...fingerprint,
          response: {},
          expiresAt: new Date(now.getTime() + this.options.ttlHours * 3_600_000),
        },
      ],
      skipDuplicates: true,
    });
    if (postgres) await tx.$executeRawUnsafe("SET LOCAL lock_timeout = DEFAULT");
    return count > 0;
  }

  private async pruneExpired(): Promise<void> {
    if (Date.now() < this.nextPrune) return;
    this.nextPrune = Date.now() + PRUNE_INTERVAL_MS;
    try {
      await this.options.db.prisma.idempotencyKey.deleteMany({ where: { expiresAt: { lte: new Date() } } });
    } catch (error) {
      // Pruning is housekeeping: the request goes on, the next one tries again later.
      this.options.logger.warn("Could not prune expired idempotency keys", error);
    }
  }
}

/**
 * Runs the operation inside the key's transaction and returns a result worth storing; throws what must roll the
 * transaction back: a write conflict (the whole request runs again), or NotStored.
 */
async function executeToStore(execute: Execute, args: ExecutionArgs): Promise<ExecutionResult> {
  const result = await execute(args);
  if (isAsyncIterable(result)) throw new Error("An idempotent mutation cannot stream its result");
  const conflict = result.errors
    ?.map((error) =>
      error.originalError instanceof RequestConflict ? error.originalError.cause : error.originalError,
    )
    .find(isWriteConflict);
  // Rolls everything back; database.ts runs the whole request again (or gives up: runOnce).
  if (conflict) throw conflict;
  // Errors (refused arguments, missing permissions, bugs) leave nothing behind and the key unused; data
  // the operation produced would describe changes that are rolled back.
  if (result.errors?.length) {
    throw new NotStored(result.data === undefined ? result : { data: null, errors: result.errors });
  }
  return result;
}

/** A result that must not be stored: its transaction is rolled back and the client gets it as it is. */
class NotStored extends Error {
  constructor(readonly result: ExecutionResult) {
    super("not stored");
  }
}

function refused(error: GraphQLError): KeyedResult {
  return { result: { errors: [error] }, replayed: false };
}

function keyReused(key: string, operation: string) {
  return new GraphQLError(
    `The idempotency key "${key}" was already used with another request (${operation}); ` +
      "use a new key for a new request",
    { extensions: { code: "IDEMPOTENCY_KEY_REUSED", http: { status: 422 } } },
  );
}

function retryableConflict() {
  return new GraphQLError(RETRYABLE_CONFLICT_MESSAGE, {
    extensions: { code: ErrorCode.RETRYABLE_CONFLICT, http: { status: 409 } },
  });
}

/** PostgreSQL's lock_not_available: the claim waited CLAIM_LOCK_TIMEOUT_MS on the key's row. */
function isLockTimeout(error: unknown): boolean {
  return /lock timeout|55P03/.test(String((error as { message?: unknown } | null)?.message ?? ""));
}
