import type { Tx } from "../../../db/database.ts";
import type { ProductionOrder } from "../../../generated/prisma/client.ts";
import { DomainError, ErrorCode } from "../../errors.ts";
import { type Actor, actorWithEmployee } from "../../events.ts";
import { requireActive } from "../../records.ts";
import { CLOCK_SKEW_MS } from "../../time.ts";
import { optionalDate, ref } from "../../validation.ts";
import { saveStatus } from "../common.ts";
import {
  IN_PROGRESS,
  type LoadedOrder,
  lockProductionOrder,
  PRODUCTION_ORDER,
  productionOrderNumber,
  RELEASED,
  type Status,
  TRANSITIONS,
} from "./order.ts";

/**
 * What every shop-floor step of a production order shares (running its operations, consuming, reporting output):
 * the order is RELEASED or IN_PROGRESS, the step happened `at` (now when not given: a scanner that was offline
 * says when), by an optional active employee, and a step on a RELEASED order starts it.
 */

/** The statuses in which an order is worked on at the shop floor. */
export const SHOP_FLOOR_STATUSES: readonly Status[] = [RELEASED, IN_PROGRESS];

/** The input fields of every shop-floor step: who did it and when. */
export const shopFloorFields = {
  employeeId: ref.nullish(),
  /** When it happened; now when absent. */
  at: optionalDate,
};

/** Locks and loads the order for a shop-floor step (INVALID_STATUS naming its status unless it is worked on). */
export function lockForShopFloor(
  tx: Tx,
  orderId: number,
  check: { expectedVersion?: number | null | undefined; verb: string },
): Promise<LoadedOrder> {
  return lockProductionOrder(tx, orderId, { ...check, from: SHOP_FLOOR_STATUSES });
}

/**
 * Who did a step and when, checked: the employee is the step's `employeeId` (active), else the one the request
 * named (x-employee-id, checked when the action began), else none; `at` is as `shopFloorMoment` allows (now when
 * not given). The step's events are the returned actor's: they name that employee.
 */
export async function whoAndWhen(
  tx: Tx,
  actor: Actor,
  order: Pick<ProductionOrder, "id" | "releasedAt">,
  data: { employeeId?: number | null | undefined; at?: Date | null | undefined },
): Promise<{ employeeId: number | null; at: Date; actor: Actor }> {
  if (data.employeeId) await requireActive(tx.employee, data.employeeId, "employee", ["input", "employeeId"]);
  const employeeId = data.employeeId ?? actor?.employeeId ?? null;
  return {
    employeeId,
    at: shopFloorMoment(order, data.at ?? null, ["input", "at"]),
    actor: actorWithEmployee(actor, employeeId),
  };
}

/**
 * When a step happened: `at`, or now. Refused when it is in the future (beyond CLOCK_SKEW_MS: a scanner's clock
 * a little ahead counts as now, so nothing is recorded in the future) or before the order was released.
 */
function shopFloorMoment(
  order: Pick<ProductionOrder, "id" | "releasedAt">,
  at: Date | null,
  field: string[],
  now = new Date(),
): Date {
  if (at === null) return now;
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `is in the future: ${at.toISOString()} is later than the server's time, ${now.toISOString()}`,
      field,
    );
  }
  if (order.releasedAt && at < order.releasedAt) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `is before ${productionOrderNumber(order.id)} was released (${order.releasedAt.toISOString()})`,
      field,
    );
  }
  return at > now ? now : at;
}

/**
 * The first shop-floor step on a RELEASED order starts it (RELEASED -> IN_PROGRESS, as productionOrderStart:
 * its status event, its version up) in the step's transaction; an IN_PROGRESS order is left as it is. Returns
 * the order as it now stands, for the step's own event.
 */
export async function startIfReleased(tx: Tx, actor: Actor, order: LoadedOrder): Promise<LoadedOrder> {
  const from: readonly Status[] = TRANSITIONS.start.from;
  if (!from.includes(order.status)) return order;
  const started = await saveStatus(tx, actor, PRODUCTION_ORDER, order, TRANSITIONS.start.to, {
    version: order.version + 1,
  });
  return { ...order, status: started.status, version: started.version };
}
