import { z } from "zod";
import type { Tx } from "../../../../db/database.ts";
import { type Dec, dec, QUANTITY_SCALE, ZERO } from "../../../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../../../errors.ts";
import { MS_PER_DAY } from "../../../time.ts";
import { ref } from "../../../validation.ts";
import { HOLDING_STATUSES, OPEN_STATUSES, type Status } from "../order.ts";
import { type OperationTime, operationTime, workMinutes } from "./durations.ts";

/**
 * The scheduler board: per resource, the open orders in a date window with the minutes they need on it, and
 * per day the load against the resource's capacity. Days are UTC calendar days; the window is widened to the
 * whole days it touches. An order's minutes on a resource are spread evenly over the days from its start to
 * its expected date, so a board shows where work piles up without a finite-capacity plan.
 */

export const MAX_WINDOW_DAYS = 92;
const MAX_RESOURCES = 100;

export const scheduleInput = z
  .object({
    from: z.date(),
    to: z.date(),
    resourceIds: z.array(ref).max(MAX_RESOURCES, `at most ${MAX_RESOURCES} resources`).nullish(),
    locationId: ref.nullish(),
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

export interface ScheduleOrder {
  id: number;
  status: Status;
  late: boolean;
  startDate: Date;
  expectedDate: Date;
  /** Each line's quantity with its BOM's operations (any resource). */
  lines: { quantity: Dec; operations: OperationTime[] }[];
}

export interface ScheduledOrder {
  orderId: number;
  status: Status;
  late: boolean;
  start: Date;
  end: Date;
  /** Setup + minutes per unit x line quantity, over every operation of its lines' BOMs on the resource. */
  minutes: Dec;
}

export interface DayLoad {
  /** Midnight UTC of the day. */
  date: Date;
  /** Exact; the API shows it to 6 decimals. */
  loadMinutes: Dec;
  capacityMinutes: number;
  overloaded: boolean;
}

export interface ResourceSchedule {
  resource: ScheduleResource;
  orders: ScheduledOrder[];
  days: DayLoad[];
}

export interface Schedule {
  from: Date;
  to: Date;
  /** The UTC days the window touches, midnight each. */
  days: Date[];
  resources: ResourceSchedule[];
}

function dayOf(instant: number): number {
  return Math.floor(instant / MS_PER_DAY) * MS_PER_DAY;
}

/**
 * The UTC days [start, end) touches, as midnights. An end is exclusive (an order due at midnight does no work
 * on that day); a span without length still occupies the day it sits on.
 */
export function daysSpanned(start: Date, end: Date): number[] {
  const first = dayOf(start.getTime());
  const last = end.getTime() > start.getTime() ? dayOf(end.getTime() - 1) : first;
  const days: number[] = [];
  for (let day = first; day <= last; day += MS_PER_DAY) days.push(day);
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

/** The board for `window` from already loaded resources and orders (pure: no database, no clock). */
export function buildSchedule(
  window: { from: Date; to: Date },
  resources: readonly ScheduleResource[],
  orders: readonly ScheduleOrder[],
): Schedule {
  const windowDays = daysSpanned(window.from, window.to);
  const firstDay = windowDays[0] as number;
  const lastDay = windowDays[windowDays.length - 1] as number;
  const spans = orders.map((order) => {
    // An expected date before the start is a data slip, read as "finishes when it starts".
    const end = order.expectedDate < order.startDate ? order.startDate : order.expectedDate;
    return { order, end, days: daysSpanned(order.startDate, end) };
  });
  const onBoard = spans.filter(
    ({ days }) => (days[0] as number) <= lastDay && (days[days.length - 1] as number) >= firstDay,
  );

  return {
    from: window.from,
    to: window.to,
    days: windowDays.map((day) => new Date(day)),
    resources: resources.map((resource) => {
      const load = new Map<number, Dec>(windowDays.map((day) => [day, ZERO]));
      const scheduled: ScheduledOrder[] = [];
      for (const { order, end, days } of onBoard) {
        const minutes = minutesOn(resource.id, order);
        if (minutes === null) continue;
        scheduled.push({
          orderId: order.id,
          status: order.status,
          late: order.late,
          start: order.startDate,
          end,
          minutes,
        });
        const share = minutes.dividedBy(days.length);
        for (const day of days) {
          const sofar = load.get(day);
          if (sofar !== undefined) load.set(day, sofar.plus(share));
        }
      }
      scheduled.sort((a, b) => a.start.getTime() - b.start.getTime() || a.orderId - b.orderId);
      return {
        resource,
        orders: scheduled,
        days: windowDays.map((day) => {
          const minutes = load.get(day) ?? ZERO;
          return {
            date: new Date(day),
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
 * Reads what the board needs in a fixed number of statements, whatever the number of orders: the resources,
 * then the open orders in the window that run an operation on one of them, with their lines' operations.
 */
export async function readSchedule(tx: Tx, input: unknown): Promise<Schedule> {
  const args = parseInput(scheduleInput, input, []);
  const resources = await readResources(tx, args.resourceIds ?? null);
  if (args.locationId) {
    const location = await tx.location.findUnique({ where: { id: args.locationId }, select: { id: true } });
    if (!location) throw new DomainError(ErrorCode.NOT_FOUND, "No location with this id", ["locationId"]);
  }
  const windowDays = daysSpanned(args.from, args.to);
  const windowStart = new Date(windowDays[0] as number);
  const windowEnd = new Date((windowDays[windowDays.length - 1] as number) + MS_PER_DAY);
  const resourceIds = resources.map((resource) => resource.id);
  const rows =
    resourceIds.length === 0
      ? []
      : await tx.productionOrder.findMany({
          where: {
            status: {
              in: args.includeDrafts ? [...OPEN_STATUSES] : [...HOLDING_STATUSES],
            },
            ...(args.locationId ? { locationId: args.locationId } : {}),
            // A superset of the orders on the board (buildSchedule decides by day); both dates are needed.
            startDate: { lt: windowEnd },
            expectedDate: { gte: windowStart },
            lines: { some: { bom: { operations: { some: { resourceId: { in: resourceIds } } } } } },
          },
          orderBy: { id: "asc" },
          select: {
            id: true,
            status: true,
            late: true,
            startDate: true,
            expectedDate: true,
            lines: {
              select: {
                quantity: true,
                bom: {
                  select: {
                    operations: {
                      where: { resourceId: { in: resourceIds } },
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
  const orders: ScheduleOrder[] = rows.map((row) => ({
    id: row.id,
    status: row.status,
    late: row.late,
    startDate: row.startDate as Date,
    expectedDate: row.expectedDate as Date,
    lines: row.lines.map((line) => ({
      quantity: dec(line.quantity),
      operations: line.bom.operations.map(operationTime),
    })),
  }));
  return buildSchedule(args, resources, orders);
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
