import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec, ZERO } from "../../../../src/domain/decimal.ts";
import { scheduleBackward } from "../../../../src/domain/orders/production/schedule/durations.ts";
import {
  buildSchedule,
  type ScheduleOrder,
} from "../../../../src/domain/orders/production/schedule/resources.ts";
import { LocalDays } from "../../../../src/domain/time.ts";
import { runsOf, seedOf } from "../planning/props.ts";
import { datesOf, localDate, type ModelSpan, modelBackward, modelLoads } from "./model.ts";

/**
 * The board's day loads and the cascade's dates against the reference models (model.ts), on random orders,
 * operations and zones: zones with daylight saving (Chicago, Santiago which skips midnight, Lord Howe's half
 * hour), without (Kolkata's half-hour offset, UTC), around their changes.
 */

const HOUR = 3_600_000;
const ZONES = [
  "UTC",
  "America/Chicago",
  "America/Santiago",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "Europe/Berlin",
];
/** Around the changes of 2026: Chicago's in March and November, Santiago's in April and September. */
const ANCHORS = ["2026-03-08", "2026-11-01", "2026-04-05", "2026-09-06", "2026-10-04", "2026-06-15"].map(
  (d) => Date.parse(`${d}T00:00:00Z`),
);
const RESOURCES = [1, 2];

const instant = (anchor: number) =>
  fc.integer({ min: -3 * 24, max: 4 * 24 }).map((hours) => anchor + hours * HOUR);

const world = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    anchor: fc.constantFrom(...ANCHORS),
  })
  .chain(({ zone, anchor }) =>
    fc.record({
      zone: fc.constant(zone),
      from: instant(anchor),
      length: fc.integer({ min: 1, max: 5 * 24 }).map((hours) => hours * HOUR),
      orders: fc.array(
        fc.record({
          start: instant(anchor),
          hours: fc.integer({ min: 0, max: 60 }),
          withOperations: fc.boolean(),
          operations: fc.array(
            fc.record({
              resource: fc.constantFrom(...RESOURCES),
              start: instant(anchor),
              hours: fc.integer({ min: 0, max: 50 }),
              minutes: fc.integer({ min: 0, max: 900 }),
              skipped: fc.boolean(),
            }),
            { maxLength: 4 },
          ),
          bomMinutes: fc.integer({ min: 0, max: 600 }),
          bomResource: fc.constantFrom(...RESOURCES),
        }),
        { maxLength: 8 },
      ),
    }),
  );

describe("the board against its model", () => {
  it("loads every local day of every resource as the model does", () => {
    fc.assert(
      fc.property(world, ({ zone, from, length, orders }) => {
        const calendar = new LocalDays(zone);
        const window = { from: new Date(from), to: new Date(from + length) };
        const scheduleOrders: ScheduleOrder[] = orders.map((order, index) => ({
          id: index + 1,
          status: "PLANNED",
          late: false,
          startDate: new Date(order.start),
          expectedDate: new Date(order.start + order.hours * HOUR),
          lines: [
            {
              quantity: dec(1),
              operations: [
                {
                  resourceId: order.bomResource,
                  resourceName: "R",
                  setupMinutes: dec(order.bomMinutes),
                  minutesPerUnit: ZERO,
                  capacityMinutesPerDay: 480,
                },
              ],
            },
          ],
          hasOperations: order.withOperations,
          operations: order.withOperations
            ? order.operations
                .filter((operation) => !operation.skipped)
                .map((operation, position) => ({
                  id: (index + 1) * 10 + position,
                  orderId: index + 1,
                  resourceId: operation.resource,
                  status: "PENDING",
                  plannedStart: new Date(operation.start),
                  plannedEnd: new Date(operation.start + operation.hours * HOUR),
                  plannedMinutes: dec(operation.minutes),
                  actualMinutes: ZERO,
                  actualStart: null,
                  actualEnd: null,
                }))
            : [],
        }));
        const board = buildSchedule(
          window,
          calendar,
          RESOURCES.map((id) => ({ id, name: `R${id}`, capacityMinutesPerDay: 480 })),
          scheduleOrders,
        );
        const spans: ModelSpan[] = orders.flatMap((order) =>
          order.withOperations
            ? order.operations
                .filter((operation) => !operation.skipped)
                .map((operation) => ({
                  resource: operation.resource,
                  start: operation.start,
                  end: operation.start + operation.hours * HOUR,
                  minutes: operation.minutes,
                }))
            : [
                {
                  resource: order.bomResource,
                  start: order.start,
                  end: order.start + order.hours * HOUR,
                  minutes: order.bomMinutes,
                },
              ],
        );
        const model = modelLoads({ from, to: from + length }, zone, spans, RESOURCES);
        const windowDates = datesOf(from, from + length, zone);
        // Each day starts at its local midnight (or the first instant of its date), the instant before is the day before.
        expect(board.days.map((day) => localDate(day.getTime(), zone))).toEqual(windowDates);
        for (const day of board.days)
          expect(localDate(day.getTime() - 1, zone) < localDate(day.getTime(), zone)).toBe(true);
        for (const resource of board.resources) {
          const expected = model.get(resource.resource.id);
          resource.days.forEach((day, index) => {
            const date = windowDates[index] as string;
            expect(
              day.loadMinutes
                .minus(expected?.get(date) ?? 0)
                .abs()
                .toNumber(),
            ).toBeLessThan(1e-9);
            expect(day.capacityMinutes).toBe(480);
          });
        }
      }),
      { numRuns: runsOf(300), seed: seedOf() },
    );
  });

  it("dates a cascade's nested orders as backward scheduling by recursion does", () => {
    const tree = fc
      .array(fc.record({ parent: fc.nat(), hours: fc.integer({ min: 0, max: 200 }) }), { maxLength: 30 })
      .map((entries) =>
        entries.map((entry, index) => ({
          id: index + 1,
          // Parents come first: a parent is an earlier order, or the moved order itself (null).
          parentId: index === 0 || entry.parent % (index + 1) === 0 ? null : (entry.parent % index) + 1,
          durationMs: entry.hours * HOUR + (entry.parent % 1000),
        })),
      );
    fc.assert(
      fc.property(tree, fc.integer({ min: -500, max: 500 }), (orders, nowHours) => {
        const topStart = Date.parse("2026-03-08T06:00:00Z");
        const now = topStart + nowHours * HOUR;
        type Dated = {
          id: number;
          parent: Dated | null;
          durationMs: number;
          startDate: Date | null;
          requiredByDate: Date | null;
          late: boolean;
        };
        const list: Dated[] = [];
        const byId = new Map<number, Dated>();
        for (const order of orders) {
          const row: Dated = {
            id: order.id,
            parent: order.parentId === null ? null : (byId.get(order.parentId) ?? null),
            durationMs: order.durationMs,
            startDate: null,
            requiredByDate: null,
            late: false,
          };
          byId.set(order.id, row);
          list.push(row);
        }
        scheduleBackward(list, new Date(topStart), new Date(now));
        const model = modelBackward(orders, topStart, now);
        for (const row of list) {
          const expected = model.get(row.id);
          expect([row.startDate?.getTime(), row.requiredByDate?.getTime(), row.late]).toEqual([
            expected?.start,
            expected?.requiredBy,
            expected?.late,
          ]);
        }
      }),
      { numRuns: runsOf(500), seed: seedOf() },
    );
  });
});
