import { isWriteConflict } from "../../db/conflicts.ts";
import { type Database, eventOutbox, flushEventsNow, type Tx } from "../../db/database.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Context } from "../../schema/builder.ts";

/**
 * A write conflict inside a business action of an idempotent request. Thrown instead of the conflict itself so
 * that runAction does not turn it into a userError: the whole request's transaction has to run again.
 */
export class RequestConflict extends Error {
  constructor(cause: unknown) {
    super("A business action of an idempotent request hit a write conflict", { cause });
  }
}

/**
 * The request's context with `db` bound to the request's transaction: reads see its writes, and each business
 * action (runAction -> db.transaction) runs in a savepoint, so a refused action still rolls back alone.
 */
export function withRequestTransaction<C extends Context>(context: C, tx: Tx): C {
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
  return Object.assign(Object.create(Object.getPrototypeOf(context)) as C, context, { db });
}
