import { z } from "zod";
import type { Tx } from "../../../db/database.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { dec } from "../../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../../errors.ts";
import { type Actor, type EventInput, EventType, recordEvents } from "../../events.ts";
import { requireActive } from "../../records.ts";
import { ref } from "../../validation.ts";
import { recordOrderEvent, requiredVersion } from "../common.ts";
import { PAUSED, PENDING, replanOperations, utc } from "./operations.ts";
import {
  COMPLETED,
  type LoadedOrder,
  lockProductionOrder,
  OPEN_STATUSES,
  PRODUCTION_ORDER,
  productionOrderNumber,
  type Status,
  VOIDED,
} from "./order.ts";
import { type BackwardOrder, durationMs, operationTime, scheduleBackward } from "./schedule/durations.ts";

/**
 * Moving an order on the board: new start and expected dates, optionally its operations onto another resource,
 * optionally its nested orders with it (backward from its new start, as the tree planner dates them). Rules:
 * docs/rules/orders/production/schedule.md.
 */

export const Cascade = { NONE: "NONE", NESTED: "NESTED" } as const;
export type Cascade = (typeof Cascade)[keyof typeof Cascade];

/** Operations a move may take to another resource: the ones not running and not finished. */
export const MOVABLE_OPERATION_STATUSES = [PENDING, PAUSED] as const;

export const productionOrderRescheduleInput = z
  .object({
    expectedVersion: requiredVersion,
    startDate: z.date(),
    expectedDate: z.date(),
    resourceId: ref.nullish(),
    cascade: z
      .enum(Cascade)
      .nullish()
      .transform((cascade) => cascade ?? Cascade.NONE),
  })
  .superRefine((input, context) => {
    if (input.expectedDate < input.startDate) {
      context.addIssue({ code: "custom", path: ["expectedDate"], message: "must not be before startDate" });
    }
  });

/**
 * Reschedules an open order: its start and expected dates (late when the start is in the past), its PENDING and
 * PAUSED operations onto `resourceId` when given, and, with cascade NESTED, its open nested orders backward from
 * the new start. Its PENDING operations (and the moved nested orders') are laid out again from the new starts.
 * One event for the order, one for each nested order whose dates changed.
 */
export async function rescheduleProductionOrder(tx: Tx, actor: Actor, orderId: number, input: unknown) {
  const data = parseInput(productionOrderRescheduleInput, input, []);
  const order = await lockProductionOrder(tx, orderId, { ...data, from: OPEN_STATUSES, verb: "rescheduled" });
  const moved = data.resourceId ? await moveOperations(tx, order, data.resourceId) : null;
  const now = new Date();
  const updated = await tx.productionOrder.update({
    where: { id: order.id },
    data: {
      startDate: data.startDate,
      expectedDate: data.expectedDate,
      late: data.startDate < now,
      version: { increment: 1 },
    },
  });
  const cascaded = data.cascade === Cascade.NESTED ? await cascade(tx, order, data.startDate, now) : [];
  await replanOperations(tx, [order.id, ...cascaded.map((nested) => nested.id)]);

  await recordOrderEvent(tx, actor, PRODUCTION_ORDER, {
    type: EventType.PRODUCTION_ORDER_RESCHEDULED,
    id: order.id,
    rootOrderId: PRODUCTION_ORDER.rootOf?.(order),
    locationId: order.locationId,
    beforeStatus: order.status,
    afterStatus: order.status,
    payload: {
      version: updated.version,
      ...dates("startDate", order.startDate, updated.startDate),
      ...dates("expectedDate", order.expectedDate, updated.expectedDate),
      late: updated.late,
      cascade: data.cascade,
      cascaded: cascaded.length,
      ...(moved ?? {}),
    },
  });
  const rootOrderId = PRODUCTION_ORDER.rootOf?.(order);
  await recordEvents(
    tx,
    actor,
    cascaded.map(
      (nested): EventInput => ({
        type: EventType.PRODUCTION_ORDER_RESCHEDULED,
        entityType: PRODUCTION_ORDER.model,
        entityId: nested.id,
        rootOrderId,
        locationId: order.locationId,
        beforeStatus: nested.status,
        afterStatus: nested.status,
        payload: {
          number: productionOrderNumber(nested.id),
          version: nested.version,
          cascadeFrom: order.id,
          ...dates("startDate", nested.before.startDate, nested.startDate),
          ...dates("expectedDate", nested.before.expectedDate, nested.requiredByDate),
          ...dates("requiredByDate", nested.before.requiredByDate, nested.requiredByDate),
          late: nested.late,
        },
      }),
    ),
  );
  return updated;
}

/** `startDateBefore` and `startDateAfter` of an event's payload, as ISO text (null when unset). */
function dates(name: string, before: Date | null, after: Date | null) {
  return { [`${name}Before`]: before?.toISOString() ?? null, [`${name}After`]: after?.toISOString() ?? null };
}

/**
 * Moves the order's PENDING and PAUSED operations onto an active resource. They must all run on one resource
 * (the order's bar on the board): a move of operations spread over several would pile them onto one, so it is
 * refused naming the resources. Returns what the event reports.
 */
async function moveOperations(tx: Tx, order: LoadedOrder, resourceId: number) {
  const field = ["resourceId"];
  const target = await requireActive(tx.resource, resourceId, "resource", field);
  const operations = await tx.productionOrderOperation.findMany({
    where: { orderId: order.id, status: { in: [...MOVABLE_OPERATION_STATUSES] } },
    orderBy: { position: "asc" },
    select: { id: true, resourceId: true, resource: { select: { name: true } } },
  });
  const number = productionOrderNumber(order.id);
  if (operations.length === 0) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `${number} has no ${MOVABLE_OPERATION_STATUSES.join(" or ")} operation to move to "${target.name}"`,
      field,
    );
  }
  const sources = [
    ...new Map(operations.map((operation) => [operation.resourceId, operation.resource.name])),
  ];
  if (sources.length > 1) {
    const names = sources.map(([, name]) => `"${name}"`).join(", ");
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `the ${MOVABLE_OPERATION_STATUSES.join(" and ")} operations of ${number} run on several resources ` +
        `(${names}): moving them all to "${target.name}" would put every step on one resource`,
      field,
    );
  }
  const [[fromResourceId]] = sources as [[number, string]];
  const ids = operations.map((operation) => operation.id);
  if (fromResourceId !== target.id) {
    await tx.productionOrderOperation.updateMany({
      where: { id: { in: ids } },
      data: { resourceId: target.id, version: { increment: 1 } },
    });
  }
  return { fromResourceId, resourceId: target.id, operationIds: ids };
}

/** A nested order the cascade dates, with its dates before. */
interface CascadedOrder extends BackwardOrder<CascadedOrder> {
  id: number;
  status: Status;
  version: number;
  before: { startDate: Date | null; expectedDate: Date | null; requiredByDate: Date | null; late: boolean };
}

/** Statuses below which the cascade stops: what is made or voided keeps its dates, and so does its subtree. */
const KEPT: readonly Status[] = [COMPLETED, VOIDED];

/**
 * The open orders below `order` (not below a COMPLETED or VOIDED one) dated backward from `start` the way the
 * tree planner dates them (durations from their BOMs' operations, else their product's lead time); those whose
 * dates changed are written in one statement with their versions up, and returned.
 */
async function cascade(tx: Tx, order: LoadedOrder, start: Date, now: Date): Promise<CascadedOrder[]> {
  const rows = await tx.productionOrder.findMany({
    where: { ancestorIds: { has: order.id } },
    select: {
      id: true,
      parentId: true,
      ancestorIds: true,
      status: true,
      version: true,
      startDate: true,
      expectedDate: true,
      requiredByDate: true,
      late: true,
      lines: {
        select: {
          quantity: true,
          product: { select: { leadTimeDays: true } },
          bom: {
            select: {
              operations: {
                orderBy: { sequence: "asc" },
                select: {
                  resourceId: true,
                  setupMinutes: true,
                  minutesPerUnit: true,
                  resource: { select: { name: true, capacityMinutesPerDay: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  rows.sort((a, b) => a.ancestorIds.length - b.ancestorIds.length || a.id - b.id);
  const dated = new Map<number, CascadedOrder>();
  for (const row of rows) {
    const parent = row.parentId === order.id ? null : dated.get(row.parentId ?? 0);
    if ((parent === undefined && row.parentId !== order.id) || KEPT.includes(row.status)) continue;
    dated.set(row.id, {
      id: row.id,
      status: row.status,
      version: row.version,
      parent: parent ?? null,
      durationMs: row.lines.reduce(
        (total, line) =>
          total +
          durationMs(line.bom.operations.map(operationTime), dec(line.quantity), line.product.leadTimeDays),
        0,
      ),
      startDate: row.startDate,
      requiredByDate: row.requiredByDate,
      late: row.late,
      before: {
        startDate: row.startDate,
        expectedDate: row.expectedDate,
        requiredByDate: row.requiredByDate,
        late: row.late,
      },
    });
  }
  const orders = [...dated.values()];
  scheduleBackward(orders, start, now);
  const changed = orders.filter(
    ({ before, startDate, requiredByDate, late }) =>
      before.startDate?.getTime() !== startDate?.getTime() ||
      before.requiredByDate?.getTime() !== requiredByDate?.getTime() ||
      before.expectedDate?.getTime() !== requiredByDate?.getTime() ||
      before.late !== late,
  );
  if (changed.length === 0) return [];
  // A nested order is expected when its parent needs it: expected and required-by dates are the same.
  const values = changed.map(
    (nested) =>
      Prisma.sql`(${nested.id}::int, ${utc(nested.startDate)}, ${utc(nested.requiredByDate)}, ${nested.late}::boolean)`,
  );
  const versions = await tx.$queryRaw<{ id: number; version: number }[]>`
    UPDATE "ProductionOrder" AS o
    SET "startDate" = v.start, "expectedDate" = v.required, "requiredByDate" = v.required, late = v.late,
        version = o.version + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
    FROM (VALUES ${Prisma.join(values)}) AS v(id, start, required, late)
    WHERE o.id = v.id
    RETURNING o.id, o.version`;
  const versionOf = new Map(versions.map((row) => [row.id, row.version]));
  return changed.map((nested) => ({ ...nested, version: versionOf.get(nested.id) as number }));
}
