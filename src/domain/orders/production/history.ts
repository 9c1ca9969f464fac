import type { Tx } from "../../../db/database.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { COMPLETED, PRODUCTION_ORDER, VOIDED } from "./order.ts";

/**
 * A production order's own history (`ProductionOrder.events`): the events whose entity it is. They outlive replay
 * retention (src/live/retention.ts keeps them) and go only by history retention (ADR 0026).
 */

/** The history of these orders. */
export function historyOf(orderIds: readonly number[]): Prisma.EventWhereInput {
  return { entityType: PRODUCTION_ORDER.model, entityId: { in: orderIds.map(String) } };
}

/** Every event that is no order's history: what replay retention deletes. */
export const NOT_ORDER_HISTORY: Prisma.EventWhereInput = { entityType: { not: PRODUCTION_ORDER.model } };

/**
 * Deletes the history of the orders closed (COMPLETED or VOIDED) whose last change is older than `cutoff`, up to
 * event `throughId` (the replay boundary: replay still serves the events after it). Returns how many went.
 */
export function deleteClosedOrdersHistory(tx: Tx, cutoff: Date, throughId: bigint): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM "Event" e
    USING "ProductionOrder" o
    WHERE e."entityType" = ${PRODUCTION_ORDER.model}
      AND e."entityId" = o.id::text
      AND e.id <= ${throughId}
      AND o."updatedAt" < ${cutoff}
      AND o.status::text IN (${COMPLETED}, ${VOIDED})`;
}
