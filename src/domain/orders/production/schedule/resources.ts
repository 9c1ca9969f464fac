import { z } from "zod";
import type { Tx } from "../../../../db/database.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import type { OperationStatus } from "../../../../generated/prisma/enums.ts";
import { type Dec, dec, QUANTITY_SCALE, ZERO } from "../../../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../../../errors.ts";
import { LocalDays, MS_PER_DAY } from "../../../time.ts";
import { ref, timeZone } from "../../../validation.ts";
import { SKIPPED } from "../operations.ts";
import { HOLDING_STATUSES, OPEN_STATUSES, type Status } from "../order.ts";
import { type OperationTime, operationTime, workMinutes } from "./durations.ts";

/**
 * The scheduler board: per resource, the open orders in a date window with the minutes they need on it, their
 * operations there, and per day the load against the resource's capacity. Days are calendar days of a time zone
 * (the location's, else the server's); the window is widened to the whole days it touches. An order with
 * operation rows loads each day from its operations' planned spans (each operation's minutes spread evenly over
 * the days of its span); an order without them spreads its BOM operations' minutes over the days from its start
 * to its expected date. So a board shows where work piles up without a finite-capacity plan.
 */

export const MAX_WINDOW_DAYS = 92;
const MAX_RESOURCES = 100;

export const scheduleInput = z
  .object({
    from: z.date(),
    to: z.date(),
    resourceIds: z.array(ref).max(MAX_RESOURCES, `at most ${MAX_RESOURCES} resources`).nullish(),
    locationId: ref.nullish(),
    timeZone: timeZone.nullish(),
    includeDrafts: z.boolean().nullish(),
  })
  .superRefine((input, context) => {
    if (input.to <= input.from) {
      context.addIssue({ code: "custom", path: ["to"], message: "must be after `from`" });
    } else if (input.to.getTime() - input.from.getTime() > MAX_WINDOW_DAYS * MS_PER_DAY) {
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: `the window may span at most ${MAX_WINDOW_DAYS} days`,
      });
    }
  });

export interface ScheduleResource {
  id: number;
  name: string;
  capacityMinutesPerDay: number;
}

/** An operation row of an order on the board, with what its time logs say happened. */
export interface ScheduleOperation {
  id: number;
  orderId: number;
  resourceId: number;
  status: OperationStatus;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  plannedMinutes: Dec;
  /** Minutes of its closed time logs. */
  actualMinutes: Dec;
  /** Its first time log's start; null before it ran. */
  actualStart: Date | null;
  /** Its last closed time log's end; null before a log closed. */
  actualEnd: Date | null;
}

export interface ScheduleOrder {
  id: number;
  status: Status;
  late: boolean;
  startDate: Date;
  expectedDate: Date;
  /** Each line's quantity with its BOM's operations (any resource): its load when it has no operation rows. */
  lines: { quantity: Dec; operations: OperationTime[] }[];
  /** Whether it has operation rows at all (on any resource): then they, not its BOMs, are its load. */
  hasOperations: boolean;
  /** Its operation rows on the board's resources, SKIPPED ones left out (they will not run). */
  operations: ScheduleOperation[];
}

export interface ScheduledOrder {
  orderId: number;
  status: Status;
  late: boolean;
  start: Date;
  end: Date;
  /**
   * Its planned minutes on the resource: its operations' there, else setup + minutes per unit x line quantity
   * over every operation of its lines' BOMs on the resource.
   */
  minutes: Dec;
}

export interface DayLoad {
  /** The day's first instant (local midnight). */
  date: Date;
  /** Exact; the API shows it to 6 decimals. */
  loadMinutes: Dec;
  capacityMinutes: number;
  overloaded: boolean;
}

export interface ResourceSchedule {
  resource: ScheduleResource;
  orders: ScheduledOrder[];
  /** Operation rows on it whose planned span meets the window, by planned start. */
  operations: ScheduleOperation[];
  days: DayLoad[];
}

export interface Schedule {
  from: Date;
  to: Date;
  /** The IANA zone whose calendar days these are. */
  timeZone: string;
  /** The days the window touches, each its first instant (local midnight). */
  days: Date[];
  resources: ResourceSchedule[];
}

/**
 * The days (numbers of `LocalDays`) [start, end) touches. An end is exclusive (an order due at midnight does no
 * work on that day); a span without length still occupies the day it sits on.
 */
export function daysSpanned(start: Date, end: Date, calendar: LocalDays): number[] {
  const first = calendar.dayOf(start.getTime());
  const last = end.getTime() > start.getTime() ? calendar.dayOf(end.getTime() - 1) : first;
  const days: number[] = [];
  for (let day = first; day <= last; day++) days.push(day);
  return days;
}

/** Minutes an order needs on one resource; null when none of its lines' BOMs has an operation there. */
export function minutesOn(resourceId: number, order: Pick<ScheduleOrder, "lines">): Dec | null {
  let minutes: Dec | null = null;
  for (const line of order.lines) {
    for (const operation of line.operations) {
      if (operation.resourceId !== resourceId) continue;
      minutes = (minutes ?? ZERO).plus(workMinutes(operation, line.quantity));
    }
  }
  return minutes;
}

/** Adds `minutes` spread evenly over `days` to the days of `load` (the window's; other days are not shown). */
function spread(load: Map<number, Dec>, minutes: Dec, days: readonly number[]) {
  const share = minutes.dividedBy(days.length);
  for (const day of days) {
    const sofar = load.get(day);
    if (sofar !== undefined) load.set(day, sofar.plus(share));
  }
}

/** The board for `window` from already loaded resources and orders (pure: no database, no clock). */
export function buildSchedule(
  window: { from: Date; to: Date },
  calendar: LocalDays,
  resources: readonly ScheduleResource[],
  orders: readonly ScheduleOrder[],
): Schedule {
  const windowDays = daysSpanned(window.from, window.to, calendar);
  const firstDay = windowDays[0] as number;
  const lastDay = windowDays[windowDays.length - 1] as number;
  const meetsWindow = (days: readonly number[]) =>
    (days[0] as number) <= lastDay && (days[days.length - 1] as number) >= firstDay;
  const spans = orders.map((order) => {
    // An expected date before the start is a data slip, read as "finishes when it starts".
    const end = order.expectedDate < order.startDate ? order.startDate : order.expectedDate;
    const operations = order.operations.flatMap((operation) =>
      operation.plannedStart && operation.plannedEnd && operation.status !== SKIPPED
        ? [{ operation, days: daysSpanned(operation.plannedStart, operation.plannedEnd, calendar) }]
        : [],
    );
    return { order, end, days: daysSpanned(order.startDate, end, calendar), operations };
  });

  return {
    from: window.from,
    to: window.to,
    timeZone: calendar.zone,
    days: windowDays.map((day) => new Date(calendar.startOf(day))),
    resources: resources.map((resource) => {
      const load = new Map<number, Dec>(windowDays.map((day) => [day, ZERO]));
      const scheduled: ScheduledOrder[] = [];
      const operations: ScheduleOperation[] = [];
      for (const { order, end, days, operations: planned } of spans) {
        let minutes: Dec | null = null;
        if (order.hasOperations) {
          const here = planned.filter(({ operation }) => operation.resourceId === resource.id);
          const shown = here.filter(({ days: spanned }) => meetsWindow(spanned));
          if (shown.length === 0) continue;
          for (const { operation, days: spanned } of shown) {
            operations.push(operation);
            spread(load, operation.plannedMinutes, spanned);
          }
          minutes = here.reduce((total, { operation }) => total.plus(operation.plannedMinutes), ZERO);
        } else {
          if (!meetsWindow(days)) continue;
          minutes = minutesOn(resource.id, order);
          if (minutes === null) continue;
          spread(load, minutes, days);
        }
        scheduled.push({
          orderId: order.id,
          status: order.status,
          late: order.late,
          start: order.startDate,
          end,
          minutes,
        });
      }
      scheduled.sort((a, b) => a.start.getTime() - b.start.getTime() || a.orderId - b.orderId);
      operations.sort(
        (a, b) => (a.plannedStart as Date).getTime() - (b.plannedStart as Date).getTime() || a.id - b.id,
      );
      return {
        resource,
        orders: scheduled,
        operations,
        days: windowDays.map((day) => {
          const minutes = load.get(day) ?? ZERO;
          return {
            date: new Date(calendar.startOf(day)),
            loadMinutes: minutes,
            capacityMinutes: resource.capacityMinutesPerDay,
            overloaded: minutes.greaterThan(resource.capacityMinutesPerDay),
          };
        }),
      };
    }),
  };
}

/** A load rounded for the wire (Decimal carries at most 6 decimals). */
export function displayMinutes(minutes: Dec): Dec {
  return minutes.toDecimalPlaces(QUANTITY_SCALE);
}

/**
 * Reads what the board needs in a fixed number of statements, whatever the number of orders: the resources, the
 * location (its zone), the open orders with an operation row on the resources in the window (with those rows and
 * their time logs), the open orders without rows in the window (with their lines) and their lines' BOM
 * operations. `defaultTimeZone` is the server's.
 */
export async function readSchedule(tx: Tx, input: unknown, defaultTimeZone: string): Promise<Schedule> {
  const args = parseInput(scheduleInput, input, []);
  const resources = await readResources(tx, args.resourceIds ?? null);
  let zone = args.timeZone ?? defaultTimeZone;
  if (args.locationId) {
    const location = await tx.location.findUnique({
      where: { id: args.locationId },
      select: { timeZone: true },
    });
    if (!location) throw new DomainError(ErrorCode.NOT_FOUND, "No location with this id", ["locationId"]);
    zone = args.timeZone ?? location.timeZone ?? defaultTimeZone;
  }
  const calendar = new LocalDays(zone);
  const windowDays = daysSpanned(args.from, args.to, calendar);
  const windowStart = new Date(calendar.startOf(windowDays[0] as number));
  const windowEnd = new Date(calendar.startOf((windowDays[windowDays.length - 1] as number) + 1));
  const resourceIds = resources.map((resource) => resource.id);
  if (resourceIds.length === 0) return buildSchedule(args, calendar, resources, []);
  const open = {
    status: { in: args.includeDrafts ? [...OPEN_STATUSES] : [...HOLDING_STATUSES] },
    ...(args.locationId ? { locationId: args.locationId } : {}),
  } satisfies Prisma.ProductionOrderWhereInput;
  const onResources = { resourceId: { in: resourceIds }, status: { not: SKIPPED } };
  const orderFields = { id: true, status: true, late: true, startDate: true, expectedDate: true } as const;
  // Two statements, each a plain AND that PostgreSQL runs from the open orders with index probes (both would
  // fit one OR, which it runs as hashes of every order's lines, BOMs and operations: the query-plan test).
  // Orders with an operation on these resources in the window: their operation rows there are their load.
  const withRows = await tx.productionOrder.findMany({
    where: {
      ...open,
      startDate: { not: null },
      expectedDate: { not: null },
      operations: {
        some: { ...onResources, plannedStart: { lt: windowEnd }, plannedEnd: { gte: windowStart } },
      },
    },
    orderBy: { id: "asc" },
    select: {
      ...orderFields,
      operations: {
        where: onResources,
        select: {
          id: true,
          resourceId: true,
          status: true,
          plannedStart: true,
          plannedEnd: true,
          plannedMinutes: true,
          timeLogs: { select: { startedAt: true, endedAt: true, minutes: true } },
        },
      },
    },
  });
  // Orders without operation rows whose days meet the window and whose lines' BOMs have an operation on one of
  // these resources: those BOM operations are their load. An order ends at its expected date, or at its start
  // when the expected date slipped before it (buildSchedule).
  const withoutRows = await tx.productionOrder.findMany({
    where: {
      ...open,
      startDate: { not: null, lt: windowEnd },
      expectedDate: { not: null },
      OR: [{ expectedDate: { gte: windowStart } }, { startDate: { gte: windowStart } }],
      operations: { none: {} },
      lines: { some: { bom: { operations: { some: { resourceId: { in: resourceIds } } } } } },
    },
    orderBy: { id: "asc" },
    select: { ...orderFields, lines: { select: { quantity: true, bomId: true } } },
  });
  const bomIds = [...new Set(withoutRows.flatMap((row) => row.lines.map((line) => line.bomId)))];
  const bomOperations =
    bomIds.length === 0
      ? []
      : await tx.bomOperation.findMany({
          where: { bomId: { in: bomIds }, resourceId: { in: resourceIds } },
          orderBy: { id: "asc" },
          select: {
            bomId: true,
            resourceId: true,
            setupMinutes: true,
            minutesPerUnit: true,
            resource: { select: { name: true, capacityMinutesPerDay: true } },
          },
        });
  const operationsOfBom = new Map<number, typeof bomOperations>();
  for (const operation of bomOperations) {
    operationsOfBom.set(operation.bomId, [...(operationsOfBom.get(operation.bomId) ?? []), operation]);
  }
  // Both statements read only orders with both dates.
  const head = (row: {
    id: number;
    status: ScheduleOrder["status"];
    late: boolean;
    startDate: Date | null;
    expectedDate: Date | null;
  }) => ({
    id: row.id,
    status: row.status,
    late: row.late,
    startDate: row.startDate as Date,
    expectedDate: row.expectedDate as Date,
  });
  const orders: ScheduleOrder[] = [
    ...withRows.map((row) => ({
      ...head(row),
      lines: [],
      hasOperations: true,
      operations: row.operations.map((operation) => ({
        id: operation.id,
        orderId: row.id,
        resourceId: operation.resourceId,
        status: operation.status,
        plannedStart: operation.plannedStart,
        plannedEnd: operation.plannedEnd,
        plannedMinutes: dec(operation.plannedMinutes),
        ...actuals(operation.timeLogs),
      })),
    })),
    ...withoutRows.map((row) => ({
      ...head(row),
      lines: row.lines.map((line) => ({
        quantity: dec(line.quantity),
        operations: (operationsOfBom.get(line.bomId) ?? []).map(operationTime),
      })),
      hasOperations: false,
      operations: [],
    })),
  ];
  return buildSchedule(args, calendar, resources, orders);
}

/** What an operation's time logs say happened: closed minutes, first start, last end. */
function actuals(
  logs: readonly { startedAt: Date; endedAt: Date | null; minutes: { toString(): string } | null }[],
) {
  let actualMinutes = ZERO;
  let actualStart: Date | null = null;
  let actualEnd: Date | null = null;
  for (const log of logs) {
    if (log.minutes !== null) actualMinutes = actualMinutes.plus(dec(log.minutes));
    if (actualStart === null || log.startedAt < actualStart) actualStart = log.startedAt;
    if (log.endedAt && (actualEnd === null || log.endedAt > actualEnd)) actualEnd = log.endedAt;
  }
  return { actualMinutes, actualStart, actualEnd };
}

/** The resources asked for (archived ones too: their past load is still worth seeing), else every active one. */
async function readResources(tx: Tx, ids: number[] | null): Promise<ScheduleResource[]> {
  const select = { id: true, name: true, capacityMinutesPerDay: true } as const;
  if (!ids) {
    return tx.resource.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select });
  }
  const rows = await tx.resource.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select });
  const missing = ids.flatMap((id, index) => (rows.some((row) => row.id === id) ? [] : [index]));
  if (missing.length > 0) {
    throw new DomainError(
      missing.map((index) => ({
        code: ErrorCode.NOT_FOUND,
        message: "No resource with this id",
        field: ["resourceIds", String(index)],
      })),
    );
  }
  return rows;
}
