import { z } from "zod";
import { insertRows } from "../../../db/bulk-insert.ts";
import type { Tx } from "../../../db/database.ts";
import {
  type BomOperation,
  type OperationTimeLog,
  Prisma,
  type ProductionOrderOperation,
  type Resource,
} from "../../../generated/prisma/client.ts";
import { OperationStatus } from "../../../generated/prisma/enums.ts";
import { type Dec, dec, formatDecimal, QUANTITY_SCALE, ZERO } from "../../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../../errors.ts";
import { type Actor, EventType, recordEvent } from "../../events.ts";
import { readSettings } from "../../settings.ts";
import { decimal, optionalText, requiredText } from "../../validation.ts";
import { expectedVersion } from "../common.ts";
import { type LoadedOrder, PRODUCTION_ORDER, productionOrderNumber } from "./order.ts";
import { daysAfter, operationTime, workDays, workMinutes } from "./schedule/durations.ts";
import { lockForShopFloor, shopFloorFields, startIfReleased, whoAndWhen } from "./shop-floor.ts";

/**
 * The operations of a production order: a snapshot of its lines' BOM operations when the order is created,
 * planned one after another from its start date, then run on the shop floor (PENDING -> RUNNING <-> PAUSED ->
 * DONE, or SKIPPED), each stretch of work a time log. Rules: docs/rules/orders/production/operations.md.
 */

export const { PENDING, RUNNING, PAUSED, DONE, SKIPPED } = OperationStatus;

/** Their events' entityType, which the live subscriptions of an order tree follow. */
export const OPERATION_ENTITY = "ProductionOrderOperation";

// ---------------------------------------------------------------- planning

/** An order as its operations are planned from it: its start and its lines, in position order. */
export interface OrderToPlan {
  id: number;
  startDate: Date | null;
  lines: { id: number; bomId: number; quantity: Prisma.Decimal | Dec | string }[];
}

/** What one planned operation takes: its minutes on its resource. */
interface PlannedWork {
  minutes: Dec;
  resource: { name: string; capacityMinutesPerDay: number };
}

/**
 * Lays operations one after another from `start`: each lasts its minutes over its resource's capacity per day
 * (schedule/durations.ts). Every date is counted from `start`, so rounding never accumulates. Null without a start.
 */
export function layOut(
  start: Date | null,
  work: readonly PlannedWork[],
): { start: Date; end: Date }[] | null {
  if (start === null) return null;
  let days = ZERO;
  return work.map((operation) => {
    const from = daysAfter(start, days);
    days = days.plus(
      workDays(operation.minutes, {
        resourceName: operation.resource.name,
        capacityMinutesPerDay: operation.resource.capacityMinutesPerDay,
      }),
    );
    return { start: from, end: daysAfter(start, days) };
  });
}

/** The BOM operations of these BOMs with their resources, by BOM, in sequence order (none: one statement). */
async function bomOperationsOf(tx: Tx, bomIds: number[]) {
  const rows = await tx.bomOperation.findMany({
    where: { bomId: { in: [...new Set(bomIds)] } },
    orderBy: [{ bomId: "asc" }, { sequence: "asc" }],
  });
  const resources = await resourcesOf(
    tx,
    rows.map((row) => row.resourceId),
  );
  const byBom = new Map<number, (BomOperation & { resource: Resource })[]>();
  for (const row of rows) {
    byBom.set(row.bomId, [
      ...(byBom.get(row.bomId) ?? []),
      { ...row, resource: resources.get(row.resourceId) as Resource },
    ]);
  }
  return byBom;
}

/** Resources by id; no statement for none (a relation `include` would query even for no rows). */
async function resourcesOf(tx: Tx, ids: number[]): Promise<Map<number, Resource>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.resource.findMany({ where: { id: { in: [...new Set(ids)] } } });
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Snapshots the operations of new orders (made by hand, from a BOM, a sales order or a reorder suggestion, or
 * nested in a tree): each line's BOM operations, lines in position order and each line's in sequence order,
 * planned minutes = setup + minutes per unit x the line's quantity, dates laid out from the order's start. A
 * phantom's operations are not copied: its components are exploded into the line, its work is the line's BOM's.
 * Two statements for any number of orders.
 */
export async function snapshotOperations(tx: Tx, orders: readonly OrderToPlan[]): Promise<void> {
  const operationsOf = await bomOperationsOf(
    tx,
    orders.flatMap((order) => order.lines.map((line) => line.bomId)),
  );
  const rows: {
    orderId: number;
    lineId: number;
    position: number;
    sequence: number;
    name: string;
    resourceId: number;
    plannedMinutes: string;
    plannedStart: Date | null;
    plannedEnd: Date | null;
  }[] = [];
  for (const order of orders) {
    const planned = order.lines.flatMap((line) =>
      (operationsOf.get(line.bomId) ?? []).map((operation) => ({
        lineId: line.id,
        operation,
        minutes: workMinutes(operationTime(operation), dec(line.quantity)),
        resource: operation.resource,
      })),
    );
    const dates = layOut(order.startDate, planned);
    planned.forEach((entry, position) => {
      rows.push({
        orderId: order.id,
        lineId: entry.lineId,
        position,
        sequence: entry.operation.sequence,
        name: entry.operation.name,
        resourceId: entry.operation.resourceId,
        plannedMinutes: formatDecimal(entry.minutes),
        plannedStart: dates?.[position]?.start ?? null,
        plannedEnd: dates?.[position]?.end ?? null,
      });
    });
  }
  const now = new Date();
  await insertRows(
    tx,
    "ProductionOrderOperation",
    {
      orderId: { type: "int", value: (row) => row.orderId },
      lineId: { type: "int", value: (row) => row.lineId },
      position: { type: "int", value: (row) => row.position },
      sequence: { type: "int", value: (row) => row.sequence },
      name: { type: "text", value: (row) => row.name },
      resourceId: { type: "int", value: (row) => row.resourceId },
      plannedMinutes: { type: "numeric", value: (row) => row.plannedMinutes },
      plannedStart: { type: "timestamp(3)", value: (row) => row.plannedStart },
      plannedEnd: { type: "timestamp(3)", value: (row) => row.plannedEnd },
      updatedAt: { type: "timestamp(3)", value: () => now },
    },
    rows,
  );
}

/**
 * Plans the PENDING operations of orders whose quantity or dates changed before release (a start date set by
 * planning, a nested order resized or moved by RECALCULATE) again: minutes from the line's quantity at its BOM
 * operation's rates (the stored minutes when the BOM no longer has that operation), dates laid out from the
 * order's start after the operations before them. One statement when the orders have no operations, a few more
 * when they have, for any number of orders.
 */
export async function replanOperations(tx: Tx, orderIds: readonly number[]): Promise<void> {
  if (orderIds.length === 0) return;
  const operations = await tx.productionOrderOperation.findMany({
    where: { orderId: { in: [...orderIds] } },
    orderBy: [{ orderId: "asc" }, { position: "asc" }],
  });
  if (!operations.some((operation) => operation.status === PENDING)) return;
  const orders = await tx.productionOrder.findMany({
    where: { id: { in: [...orderIds] } },
    select: { id: true, startDate: true, lines: { select: { id: true, bomId: true, quantity: true } } },
  });
  const starts = new Map(orders.map((order) => [order.id, order.startDate]));
  const lines = new Map(orders.flatMap((order) => order.lines.map((line) => [line.id, line])));
  const resources = await resourcesOf(
    tx,
    operations.map((operation) => operation.resourceId),
  );
  const operationsOf = await bomOperationsOf(
    tx,
    [...lines.values()].map((line) => line.bomId),
  );
  const changed: Prisma.Sql[] = [];
  for (const orderId of new Set(operations.map((operation) => operation.orderId))) {
    const planned = operations
      .filter((operation) => operation.orderId === orderId)
      .map((operation) => {
        const line = lines.get(operation.lineId);
        const rates =
          line && operationsOf.get(line.bomId)?.find((bom) => bom.sequence === operation.sequence);
        const minutes =
          operation.status === PENDING && line && rates
            ? workMinutes(operationTime(rates), dec(line.quantity))
            : dec(operation.plannedMinutes);
        return { operation, minutes, resource: resources.get(operation.resourceId) as Resource };
      });
    const dates = layOut(starts.get(orderId) ?? null, planned);
    planned.forEach(({ operation, minutes }, position) => {
      const start = dates?.[position]?.start ?? null;
      const end = dates?.[position]?.end ?? null;
      if (
        operation.status !== PENDING ||
        (minutes.eq(dec(operation.plannedMinutes)) &&
          start?.getTime() === operation.plannedStart?.getTime() &&
          end?.getTime() === operation.plannedEnd?.getTime())
      ) {
        return;
      }
      changed.push(
        Prisma.sql`(${operation.id}::int, ${formatDecimal(minutes)}::numeric, ${utc(start)}, ${utc(end)})`,
      );
    });
  }
  if (changed.length === 0) return;
  await tx.$executeRaw`
    UPDATE "ProductionOrderOperation" AS o
    SET "plannedMinutes" = v.minutes, "plannedStart" = v.start, "plannedEnd" = v.end,
        "updatedAt" = now() AT TIME ZONE 'UTC'
    FROM (VALUES ${Prisma.join(changed)}) AS v(id, minutes, start, "end") WHERE o.id = v.id`;
}

/** A time as the TIMESTAMP(3) columns hold it (UTC without a zone), whatever the session's time zone. */
export function utc(time: Date | null): Prisma.Sql {
  return Prisma.sql`(${time?.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC')`;
}

// ---------------------------------------------------------------- running them

/** Every step of an operation: the statuses it starts from, where it leads, its event and its word. */
export interface OperationStep {
  from: readonly OperationStatus[];
  to: OperationStatus;
  event: EventType;
  /** For messages: "only a PENDING operation can be started". */
  verb: string;
  /** What it does besides the status change, as the API describes it after "<from> -> <to>". */
  effect: string;
}

export const OPERATION_STEPS = {
  start: {
    from: [PENDING],
    to: RUNNING,
    event: EventType.OPERATION_STARTED,
    verb: "started",
    effect: ": opens a time log at `at`; the first start on a RELEASED order moves it to IN_PROGRESS.",
  },
  pause: {
    from: [RUNNING],
    to: PAUSED,
    event: EventType.OPERATION_PAUSED,
    verb: "paused",
    effect: ": closes the open time log at `at`, with the reason.",
  },
  resume: {
    from: [PAUSED],
    to: RUNNING,
    event: EventType.OPERATION_RESUMED,
    verb: "resumed",
    effect: ": opens a new time log at `at`.",
  },
  complete: {
    from: [RUNNING, PAUSED],
    to: DONE,
    event: EventType.OPERATION_COMPLETED,
    verb: "completed",
    effect:
      ": closes the open time log at `at` (from PAUSED: a log of 0 minutes at `at`) with the good and scrapped " +
      "quantities, which add to the operation's.",
  },
  skip: {
    from: [PENDING, PAUSED],
    to: SKIPPED,
    event: EventType.OPERATION_SKIPPED,
    verb: "skipped",
    effect: ": it will not run; writes no time log.",
  },
} as const satisfies Record<string, OperationStep>;

/** "RUNNING or PAUSED -> DONE: closes ...": the step as the API describes it. */
export function describeOperationStep(step: OperationStep): string {
  return `${step.from.join(" or ")} -> ${step.to}${step.effect}`;
}

/** A pause's or skip's reason: what a scanner's text box holds. */
export const MAX_REASON_LENGTH = 500;

const stepFields = { expectedVersion, ...shopFloorFields };

export const operationStepInput = z.object(stepFields);

export const operationPauseInput = z.object({ ...stepFields, reason: requiredText(MAX_REASON_LENGTH) });

export const operationSkipInput = z.object({ ...stepFields, reason: optionalText(MAX_REASON_LENGTH) });

export const operationCompleteInput = z
  .object({
    ...stepFields,
    goodQuantity: decimal.nonNegative,
    scrapQuantity: decimal.nonNegative.nullish().transform((value) => value ?? ZERO),
  })
  .superRefine((data, context) => {
    if (data.goodQuantity.isZero() && data.scrapQuantity.isZero()) {
      context.addIssue({
        code: "custom",
        message:
          "goodQuantity or scrapQuantity must be greater than zero: an operation completes with what it made " +
          "(skip an operation that made nothing)",
        path: ["goodQuantity"],
      });
    }
  });

type StepInput = z.output<typeof operationStepInput>;

/** An operation under its order's lock, with what the step needs. */
interface LockedOperation {
  order: LoadedOrder;
  operation: ProductionOrderOperation & { timeLogs: OperationTimeLog[] };
  employeeId: number | null;
  at: Date;
  /** The request's actor with the step's employee: the step's events name who did it. */
  actor: Actor;
}

/**
 * Finds the operation, locks its order (every step of an order's operations runs under the order's row lock, so
 * they and the order's own steps happen one after the other) and checks, in this order: the order's status, the
 * operation's version and status, the employee, and `at` (see `whoAndWhen`; never before the operation's
 * last log: time never goes backwards on one operation).
 */
async function lockOperation(
  tx: Tx,
  requester: Actor,
  operationId: number,
  step: OperationStep,
  data: StepInput,
): Promise<LockedOperation> {
  const found = await tx.productionOrderOperation.findUnique({
    where: { id: operationId },
    select: { orderId: true },
  });
  if (!found)
    throw new DomainError(ErrorCode.NOT_FOUND, "No production order operation with this id", ["id"]);
  const order = await lockForShopFloor(tx, found.orderId, { verb: `have its operations ${step.verb}` });
  const operation = await tx.productionOrderOperation.findUniqueOrThrow({
    where: { id: operationId },
    include: { timeLogs: { orderBy: { id: "asc" } } },
  });
  const name = operationName(operation, order.id);
  if (data.expectedVersion != null && data.expectedVersion !== operation.version) {
    throw new DomainError(
      ErrorCode.VERSION_CONFLICT,
      `${name} is at version ${operation.version}, not ${data.expectedVersion}: it changed since you read it`,
      ["input", "expectedVersion"],
    );
  }
  if (!step.from.includes(operation.status)) {
    throw new DomainError(
      ErrorCode.INVALID_STATUS,
      `${name} is ${operation.status}; only a ${step.from.join(" or ")} operation can be ${step.verb}`,
      ["id"],
    );
  }
  const { employeeId, at, actor } = await whoAndWhen(tx, requester, order, data);
  const last = lastLogTime(operation.timeLogs);
  if (last && at < last) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `is before the last step of ${name} (${last.toISOString()}): time never goes backwards on one operation`,
      ["input", "at"],
    );
  }
  return { order, operation, employeeId, at, actor };
}

/** Operation 10 "Saw" of MO-00004. */
function operationName(operation: { sequence: number; name: string }, orderId: number) {
  return `Operation ${operation.sequence} "${operation.name}" of ${productionOrderNumber(orderId)}`;
}

/** The latest time an operation's logs name. */
function lastLogTime(logs: readonly OperationTimeLog[]): Date | null {
  let last: Date | null = null;
  for (const log of logs) {
    const time = log.endedAt ?? log.startedAt;
    if (last === null || time > last) last = time;
  }
  return last;
}

/** The stretch of work a RUNNING operation has open. */
function openLogOf(locked: LockedOperation): OperationTimeLog {
  const open = locked.operation.timeLogs.find((log) => log.endedAt === null);
  if (!open)
    throw new Error(`${operationName(locked.operation, locked.order.id)} runs without an open time log`);
  return open;
}

/** Minutes between two times as an exact decimal, to the column's 6 places. */
export function minutesBetween(from: Date, to: Date): Dec {
  return dec(to.getTime() - from.getTime())
    .dividedBy(60_000)
    .toDecimalPlaces(QUANTITY_SCALE);
}

/** What closing a log records: when, the minutes since it opened, and the step's details. */
function closing(log: OperationTimeLog, locked: LockedOperation) {
  return {
    endedAt: locked.at,
    minutes: formatDecimal(minutesBetween(log.startedAt, locked.at)),
    // The stretch is the opener's; a closer names the employee only when the opener did not.
    employeeId: log.employeeId ?? locked.employeeId,
  };
}

/**
 * The end of every step: the order started when it was RELEASED (not for a skip: nothing was made), the
 * operation saved in its new status with its version up, and the step's event, which the order's tree follows.
 */
async function saveStep(
  tx: Tx,
  locked: LockedOperation,
  step: OperationStep,
  change: Prisma.ProductionOrderOperationUpdateInput,
  payload: Prisma.InputJsonObject = {},
): Promise<ProductionOrderOperation> {
  const { order, operation, actor } = locked;
  if (step.to !== SKIPPED) await startIfReleased(tx, actor, order);
  const saved = await tx.productionOrderOperation.update({
    where: { id: operation.id },
    data: { ...change, status: step.to, version: { increment: 1 } },
  });
  await recordEvent(tx, actor, {
    type: step.event,
    entityType: OPERATION_ENTITY,
    entityId: operation.id,
    rootOrderId: PRODUCTION_ORDER.rootOf?.(order),
    locationId: order.locationId,
    beforeStatus: operation.status,
    afterStatus: saved.status,
    payload: {
      orderId: order.id,
      number: productionOrderNumber(order.id),
      sequence: operation.sequence,
      name: operation.name,
      version: saved.version,
      employeeId: locked.employeeId,
      at: locked.at.toISOString(),
      ...payload,
    },
  });
  return saved;
}

/** PENDING -> RUNNING: opens a time log. The first start on a RELEASED order moves it to IN_PROGRESS. */
export function startOperation(tx: Tx, actor: Actor, operationId: number, input: unknown = {}) {
  return openingStep(tx, actor, operationId, OPERATION_STEPS.start, input);
}

/** PAUSED -> RUNNING: opens a new log. */
export function resumeOperation(tx: Tx, actor: Actor, operationId: number, input: unknown = {}) {
  return openingStep(tx, actor, operationId, OPERATION_STEPS.resume, input);
}

/** A step that opens a time log at `at` (start, resume). */
async function openingStep(tx: Tx, actor: Actor, operationId: number, step: OperationStep, input: unknown) {
  const data = parseInput(operationStepInput, input ?? {});
  const locked = await lockOperation(tx, actor, operationId, step, data);
  await tx.operationTimeLog.create({
    data: { operationId: locked.operation.id, employeeId: locked.employeeId, startedAt: locked.at },
  });
  return saveStep(tx, locked, step, { pauseReason: null });
}

/** RUNNING -> PAUSED: closes the open log with the reason. */
export async function pauseOperation(tx: Tx, actor: Actor, operationId: number, input: unknown) {
  const data = parseInput(operationPauseInput, input);
  const locked = await lockOperation(tx, actor, operationId, OPERATION_STEPS.pause, data);
  const log = openLogOf(locked);
  const closed = closing(log, locked);
  await tx.operationTimeLog.update({ where: { id: log.id }, data: { ...closed, pauseReason: data.reason } });
  return saveStep(
    tx,
    locked,
    OPERATION_STEPS.pause,
    { pauseReason: data.reason },
    { reason: data.reason, minutes: closed.minutes },
  );
}

/**
 * RUNNING or PAUSED -> DONE with what it made: the good quantity may take the operation's completed quantity up
 * to its line's quantity plus Settings.overProductionTolerancePercent, no further.
 */
export async function completeOperation(tx: Tx, actor: Actor, operationId: number, input: unknown) {
  const data = parseInput(operationCompleteInput, input);
  const locked = await lockOperation(tx, actor, operationId, OPERATION_STEPS.complete, data);
  const { operation, order } = locked;
  const line = order.lines.find((candidate) => candidate.id === operation.lineId);
  if (!line) throw new Error(`${operationName(operation, order.id)} names a line its order does not have`);
  const { overProductionTolerancePercent } = await readSettings(tx);
  const limit = dec(line.quantity).times(dec(overProductionTolerancePercent).dividedBy(100).plus(1));
  const completed = dec(operation.completedQuantity).plus(data.goodQuantity);
  if (completed.greaterThan(limit)) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `would complete ${formatDecimal(completed)} of a line of ${formatDecimal(line.quantity)}: at most ` +
        `${formatDecimal(limit)} (${formatDecimal(overProductionTolerancePercent)}% over-production tolerance)`,
      ["input", "goodQuantity"],
    );
  }
  const quantities = {
    goodQuantity: formatDecimal(data.goodQuantity),
    scrapQuantity: formatDecimal(data.scrapQuantity),
  };
  let minutes = "0";
  if (operation.status === RUNNING) {
    const log = openLogOf(locked);
    const closed = closing(log, locked);
    minutes = closed.minutes;
    await tx.operationTimeLog.update({ where: { id: log.id }, data: { ...closed, ...quantities } });
  } else {
    // Completed while paused: the quantities still belong on a log, one of no time.
    await tx.operationTimeLog.create({
      data: {
        operationId: operation.id,
        employeeId: locked.employeeId,
        startedAt: locked.at,
        endedAt: locked.at,
        minutes: "0",
        ...quantities,
      },
    });
  }
  return saveStep(
    tx,
    locked,
    OPERATION_STEPS.complete,
    {
      pauseReason: null,
      completedQuantity: formatDecimal(completed),
      scrappedQuantity: formatDecimal(dec(operation.scrappedQuantity).plus(data.scrapQuantity)),
    },
    { ...quantities, minutes },
  );
}

/** PENDING or PAUSED -> SKIPPED, with an optional reason (kept where a pause's is). */
export async function skipOperation(tx: Tx, actor: Actor, operationId: number, input: unknown = {}) {
  const data = parseInput(operationSkipInput, input ?? {});
  const locked = await lockOperation(tx, actor, operationId, OPERATION_STEPS.skip, data);
  return saveStep(tx, locked, OPERATION_STEPS.skip, { pauseReason: data.reason }, { reason: data.reason });
}

/**
 * Completing an order while one of its operations runs would leave its stretch of work open for ever: refused,
 * naming the operation (pause or complete it first). Called by completeProductionOrder under the order's lock.
 */
export async function refuseWhileOperationRuns(tx: Tx, orderId: number): Promise<void> {
  const running = await tx.productionOrderOperation.findFirst({
    where: { orderId, status: RUNNING },
    orderBy: { position: "asc" },
  });
  if (running) {
    throw new DomainError(
      ErrorCode.INVALID_STATUS,
      `${operationName(running, orderId)} is RUNNING: pause or complete it before completing the order`,
      ["id"],
    );
  }
}
