import type { Prisma } from "../../../../generated/prisma/client.ts";
import { type Dec, dec, ZERO } from "../../../decimal.ts";
import { DomainError, ErrorCode } from "../../../errors.ts";
import { MS_PER_DAY } from "../../../time.ts";

/**
 * How long making something takes, for backward scheduling (nested orders) and the scheduler board's load.
 * Operations run one after another; each takes setup + minutes per unit x quantity of its resource's time, and a
 * resource works `capacityMinutesPerDay` minutes a day. Without operations the product's lead time applies.
 */

export interface OperationTime {
  resourceId: number;
  resourceName: string;
  setupMinutes: Dec;
  minutesPerUnit: Dec;
  capacityMinutesPerDay: number;
}

/** A BOM operation row with its resource, as Prisma loads it. */
export interface OperationRow {
  resourceId: number;
  setupMinutes: Prisma.Decimal;
  minutesPerUnit: Prisma.Decimal;
  resource: { name: string; capacityMinutesPerDay: number };
}

export function operationTime(operation: OperationRow): OperationTime {
  return {
    resourceId: operation.resourceId,
    resourceName: operation.resource.name,
    setupMinutes: dec(operation.setupMinutes),
    minutesPerUnit: dec(operation.minutesPerUnit),
    capacityMinutesPerDay: operation.resource.capacityMinutesPerDay,
  };
}

/** Minutes of its resource's time one operation takes for `quantity` units of output. */
export function workMinutes(operation: OperationTime, quantity: Dec): Dec {
  return operation.setupMinutes.plus(operation.minutesPerUnit.times(quantity));
}

/** Days (fractional) to make `quantity`: the operations' days in sequence, else the lead time. */
export function durationDays(operations: readonly OperationTime[], quantity: Dec, leadTimeDays: number): Dec {
  if (operations.length === 0) return dec(leadTimeDays);
  let days = ZERO;
  for (const operation of operations) days = days.plus(workDays(workMinutes(operation, quantity), operation));
  return days;
}

/** Days (fractional) that `minutes` of work take on a resource working `capacityMinutesPerDay` a day. */
export function workDays(
  minutes: Dec,
  resource: Pick<OperationTime, "resourceName" | "capacityMinutesPerDay">,
): Dec {
  if (resource.capacityMinutesPerDay <= 0) {
    // Resource input refuses this; a row edited behind the API's back must not divide by zero.
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `Resource "${resource.resourceName}" has no capacity (0 minutes per day): nothing it runs can be scheduled`,
    );
  }
  return minutes.dividedBy(resource.capacityMinutesPerDay);
}

/** Milliseconds of `days` (fractional), rounded up to the millisecond. */
export function msOfDays(days: Dec): number {
  return days.times(MS_PER_DAY).ceil().toNumber();
}

/** Milliseconds it takes to make `quantity`: `durationDays` to the millisecond. */
export function durationMs(
  operations: readonly OperationTime[],
  quantity: Dec,
  leadTimeDays: number,
): number {
  return msOfDays(durationDays(operations, quantity, leadTimeDays));
}

/** A nested order as backward scheduling dates it: its parent (null: the top order), duration and dates. */
export interface BackwardOrder<Order> {
  parent: Order | null;
  durationMs: number;
  startDate: Date | null;
  requiredByDate: Date | null;
  late: boolean;
}

/**
 * Backward scheduling of the orders below a top order starting at `topStart`, parents before children: each is
 * required by its parent's start and starts its duration earlier; a start before `now` flags it late (the
 * parent is never moved). The tree planner dates new and re-planned orders with it, a reschedule's cascade the
 * orders it moves.
 */
export function scheduleBackward<Order extends BackwardOrder<Order>>(
  orders: readonly Order[],
  topStart: Date,
  now: Date,
): void {
  for (const order of orders) {
    const requiredBy = order.parent ? (order.parent.startDate as Date) : topStart;
    order.requiredByDate = requiredBy;
    order.startDate = new Date(requiredBy.getTime() - order.durationMs);
    order.late = order.startDate.getTime() < now.getTime();
  }
}

/** `date` moved back by `days` (fractional days, to the millisecond). */
export function daysBefore(date: Date, days: Dec): Date {
  return new Date(date.getTime() - msOfDays(days));
}

/** `date` moved forward by `days`. */
export function daysAfter(date: Date, days: Dec): Date {
  return new Date(date.getTime() + msOfDays(days));
}
