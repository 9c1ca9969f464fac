import type { Tx } from "../../../../db/database.ts";
import { type Actor, recordEvents } from "../../../events.ts";
import {
  type DRAFT,
  type PLANNED,
  PRODUCTION_ORDER,
  productionOrderNumber,
  RELEASED,
  statusEventOf,
  VOIDED,
} from "../order.ts";

/**
 * Moves every order of `top`'s tree that is in status `from` (except those marked surplus, and orphans: orders
 * below a VOIDED order have left the tree) to `to` with it, in id order under row locks, in one update and one
 * event insert (the status's event, naming `top`). Nested orders have their parent's status: releasing
 * releases the PLANNED ones below, planning (authorizing or releasing) plans the DRAFT ones. Returns their ids.
 */
export async function advanceTree(
  tx: Tx,
  actor: Actor,
  top: { id: number; rootId: number | null },
  from: typeof DRAFT | typeof PLANNED,
  to: typeof PLANNED | typeof RELEASED,
): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number; locationId: number; version: number }[]>`
    SELECT o.id, o."locationId", o.version FROM "ProductionOrder" AS o
    WHERE ${top.id} = ANY(o."ancestorIds") AND o.status = CAST(${from} AS "ProductionOrderStatus") AND NOT o.surplus
      AND NOT EXISTS (
        SELECT 1 FROM "ProductionOrder" AS voided
        WHERE voided.id = ANY(o."ancestorIds") AND ${top.id} = ANY(voided."ancestorIds")
          AND voided.status = CAST(${VOIDED} AS "ProductionOrderStatus"))
    ORDER BY o.id FOR UPDATE OF o`;
  if (rows.length === 0) return [];
  await tx.productionOrder.updateMany({
    where: { id: { in: rows.map((row) => row.id) } },
    // Released with their top: from now on their shop-floor steps may happen.
    data: { status: to, version: { increment: 1 }, ...(to === RELEASED ? { releasedAt: new Date() } : {}) },
  });
  await recordEvents(
    tx,
    actor,
    rows.map((row) => ({
      type: statusEventOf(to),
      entityType: PRODUCTION_ORDER.model,
      entityId: row.id,
      rootOrderId: top.rootId ?? top.id,
      locationId: row.locationId,
      beforeStatus: from,
      afterStatus: to,
      payload: {
        number: productionOrderNumber(row.id),
        version: row.version + 1,
        withOrderId: top.id,
      },
    })),
  );
  return rows.map((row) => row.id);
}
