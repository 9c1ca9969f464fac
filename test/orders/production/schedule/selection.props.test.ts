import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec, ZERO } from "../../../../src/domain/decimal.ts";
import { operationTime } from "../../../../src/domain/orders/production/schedule/durations.ts";
import {
  buildSchedule,
  readSchedule,
  type ScheduleOrder,
} from "../../../../src/domain/orders/production/schedule/resources.ts";
import { canonicalTimeZone, LocalDays } from "../../../../src/domain/time.ts";
import type { OperationStatus, ProductionOrderStatus } from "../../../../src/generated/prisma/enums.ts";
import { createTestKit, forTheFile, type TestKit } from "../../../kit/app.ts";
import { createProduct, seedWorld } from "../../../kit/world.ts";
import { runsOf, seedOf } from "../planning/props.ts";

/**
 * Which orders the board reads: readSchedule selects them in SQL (orders with operation rows on the resources in
 * the window, orders without rows whose dates meet it), so that it never reads the plant's history. Here its board
 * must equal the one built from every order of the location and statuses, read naively, on random orders in a
 * real database: statuses, locations, missing and slipped dates (an expected date before the start), lines over
 * BOMs with and without operations, operation rows on any resource (archived too) in any status, with and without
 * planned spans and time logs, for random windows, zones, resource lists, locations and drafts.
 */

const HOUR = 3_600_000;
const ANCHOR = Date.parse("2031-03-10T00:00:00Z");
const STATUSES: ProductionOrderStatus[] = [
  "DRAFT",
  "PLANNED",
  "RELEASED",
  "IN_PROGRESS",
  "COMPLETED",
  "VOIDED",
];
const OPERATION_STATUSES: OperationStatus[] = ["PENDING", "RUNNING", "PAUSED", "DONE", "SKIPPED"];
const ZONES = ["UTC", "America/Chicago", "Asia/Kolkata", "Europe/Berlin"];

let kit: TestKit;
/** Saw and Paint active, Press archived. */
let resources: number[] = [];
let locations: number[] = [];
/** BOMs and the products they make: on the saw and paint booth, on the press, without operations. */
let boms: { id: number; productId: number }[] = [];

forTheFile(
  async () => {
    const opened = await createTestKit();
    const world = await seedWorld(opened);
    const prisma = opened.db.prisma;
    resources = [];
    for (const [name, capacityMinutesPerDay, archived] of [
      ["Saw", 480, false],
      ["Paint", 300, false],
      ["Press", 100, true],
    ] as const) {
      const row = await prisma.resource.create({
        data: { name, capacityMinutesPerDay, archivedAt: archived ? new Date() : null },
      });
      resources.push(row.id);
    }
    const second = await prisma.location.create({
      data: { name: "Second shop floor", kind: "SHOP_FLOOR", connectedWarehouseId: world.warehouse },
    });
    locations = [world.shopFloor, second.id];
    const steps: [number, string, string][][] = [
      [
        [resources[0] as number, "30", "2"],
        [resources[1] as number, "10", "1.5"],
      ],
      [[resources[2] as number, "5", "0.25"]],
      [],
    ];
    boms = [];
    for (const [index, operations] of steps.entries()) {
      const productId = await createProduct(opened, `MADE-${index}`);
      const bom = await prisma.bom.create({
        data: {
          productId,
          kind: "PRODUCTION",
          name: `Made ${index}`,
          operations: {
            create: operations.map(([resourceId, setupMinutes, minutesPerUnit], sequence) => ({
              sequence: sequence + 1,
              name: `Step ${sequence + 1}`,
              resourceId,
              setupMinutes,
              minutesPerUnit,
            })),
          },
        },
      });
      boms.push({ id: bom.id, productId });
    }
    return opened;
  },
  (opened) => {
    kit = opened;
  },
);

/** An instant within two weeks of the anchor, on the hour (so windows and spans meet exactly at midnights too). */
const instant = fc.integer({ min: -14 * 24, max: 14 * 24 }).map((hours) => ANCHOR + hours * HOUR);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 4 });

const operationRow = fc.record({
  resource: fc.nat({ max: 2 }),
  status: fc.constantFrom(...OPERATION_STATUSES),
  start: maybe(instant),
  hours: maybe(fc.integer({ min: 0, max: 72 })),
  minutes: fc.integer({ min: 0, max: 2_000_000 }).map((millis) => (millis / 1000).toFixed(3)),
  logs: fc.array(fc.record({ start: instant, hours: maybe(fc.integer({ min: 0, max: 10 })) }), {
    maxLength: 2,
  }),
});

const order = fc.record({
  status: fc.constantFrom(...STATUSES),
  location: fc.nat({ max: 1 }),
  start: maybe(instant),
  /** Hours from the start to the expected date; negative is a slip. */
  hours: maybe(fc.integer({ min: -48, max: 240 })),
  late: fc.boolean(),
  lines: fc.array(
    fc.record({
      bom: fc.nat({ max: 2 }),
      quantity: fc.integer({ min: 1, max: 100_000 }).map((thousandths) => (thousandths / 1000).toString()),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  /** Null: an order from before operation rows existed, loaded by its BOMs. */
  operations: fc.option(fc.array(operationRow, { maxLength: 4 }), { nil: null, freq: 3 }),
});

const world = fc.record({
  orders: fc.array(order, { maxLength: 12 }),
  from: instant,
  days: fc.integer({ min: 1, max: 10 * 24 }).map((hours) => hours * HOUR),
  zone: maybe(fc.constantFrom(...ZONES)),
  resourceIds: maybe(fc.subarray([0, 1, 2], { minLength: 1 })),
  location: maybe(fc.nat({ max: 1 })),
  includeDrafts: fc.boolean(),
});

type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

async function writeOrders(orders: World["orders"]) {
  const prisma = kit.db.prisma;
  for (const drawn of orders) {
    const created = await prisma.productionOrder.create({
      data: {
        status: drawn.status,
        locationId: locations[drawn.location] as number,
        startDate: drawn.start === null ? null : new Date(drawn.start),
        expectedDate:
          drawn.start === null || drawn.hours === null ? null : new Date(drawn.start + drawn.hours * HOUR),
        late: drawn.late,
        lines: {
          create: drawn.lines.map((line, position) => {
            const bom = boms[line.bom] as { id: number; productId: number };
            return { position, bomId: bom.id, productId: bom.productId, quantity: line.quantity };
          }),
        },
      },
      select: { id: true, lines: { select: { id: true }, orderBy: { position: "asc" } } },
    });
    for (const [position, row] of (drawn.operations ?? []).entries()) {
      await prisma.productionOrderOperation.create({
        data: {
          orderId: created.id,
          lineId: created.lines[0]?.id as number,
          position,
          sequence: position + 1,
          name: `Step ${position + 1}`,
          resourceId: resources[row.resource] as number,
          status: row.status,
          plannedMinutes: row.minutes,
          plannedStart: row.start === null ? null : new Date(row.start),
          plannedEnd:
            row.start === null || row.hours === null ? null : new Date(row.start + row.hours * HOUR),
          timeLogs: {
            create: row.logs.map((log) => ({
              startedAt: new Date(log.start),
              endedAt: log.hours === null ? null : new Date(log.start + log.hours * HOUR),
              minutes: log.hours === null ? null : String(log.hours * 60),
            })),
          },
        },
      });
    }
  }
}

/** The reference: every open order of the location with both dates, read whole, and the board built from them. */
async function boardOfEveryOrder(drawn: World) {
  const prisma = kit.db.prisma;
  const resourceIds = drawn.resourceIds?.map((index) => resources[index] as number) ?? null;
  const shown = await prisma.resource.findMany({
    where: resourceIds ? { id: { in: resourceIds } } : { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, capacityMinutesPerDay: true },
  });
  const locationId = drawn.location === null ? null : (locations[drawn.location] as number);
  const statuses: ProductionOrderStatus[] = ["PLANNED", "RELEASED", "IN_PROGRESS"];
  if (drawn.includeDrafts) statuses.push("DRAFT");
  const rows = await prisma.productionOrder.findMany({
    where: { status: { in: statuses }, ...(locationId ? { locationId } : {}) },
    include: {
      lines: { include: { bom: { include: { operations: { include: { resource: true } } } } } },
      operations: { include: { timeLogs: true } },
    },
  });
  const orders: ScheduleOrder[] = rows.flatMap((row) => {
    if (!row.startDate || !row.expectedDate) return [];
    return [
      {
        id: row.id,
        status: row.status as ScheduleOrder["status"],
        late: row.late,
        startDate: row.startDate,
        expectedDate: row.expectedDate,
        lines: row.lines.map((line) => ({
          quantity: dec(line.quantity),
          operations: line.bom.operations.map(operationTime),
        })),
        hasOperations: row.operations.length > 0,
        operations: row.operations
          .filter(
            (operation) => operation.status !== "SKIPPED" && shown.some((r) => r.id === operation.resourceId),
          )
          .map((operation) => {
            const closed = operation.timeLogs.filter((log) => log.minutes !== null);
            const ends = operation.timeLogs.flatMap((log) => (log.endedAt ? [log.endedAt.getTime()] : []));
            const starts = operation.timeLogs.map((log) => log.startedAt.getTime());
            return {
              id: operation.id,
              orderId: row.id,
              resourceId: operation.resourceId,
              status: operation.status,
              plannedStart: operation.plannedStart,
              plannedEnd: operation.plannedEnd,
              plannedMinutes: dec(operation.plannedMinutes),
              actualMinutes: closed.reduce((sum, log) => sum.plus(dec(log.minutes ?? 0)), ZERO),
              actualStart: starts.length ? new Date(Math.min(...starts)) : null,
              actualEnd: ends.length ? new Date(Math.max(...ends)) : null,
            };
          }),
      },
    ];
  });
  const location = locationId ? await prisma.location.findUnique({ where: { id: locationId } }) : null;
  // A zone asked for is named as Intl names it (Asia/Kolkata is Asia/Calcutta), as every zone the API takes.
  const zone = drawn.zone === null ? null : canonicalTimeZone(drawn.zone);
  const calendar = new LocalDays(zone ?? location?.timeZone ?? "UTC");
  const window = { from: new Date(drawn.from), to: new Date(drawn.from + drawn.days) };
  return buildSchedule(window, calendar, shown, orders);
}

/**
 * Found by this property: an order without operation rows that starts in the window with its expected date an
 * hour before its start (so before the window) is on the board for its start's day, and the selection missed it.
 */
const SLIPPED_ORDER_WITHOUT_ROWS: World = {
  orders: [
    {
      status: "PLANNED",
      location: 0,
      start: ANCHOR,
      hours: -1,
      late: false,
      lines: [{ bom: 0, quantity: "0.001" }],
      operations: null,
    },
  ],
  from: ANCHOR,
  days: HOUR,
  zone: null,
  resourceIds: null,
  location: null,
  includeDrafts: false,
};

/** Decimals as their values, dates as instants: what a client would see. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("the board's selection of orders", () => {
  it("shows what the board of every open order shows, for any window, zone, resources and location", async () => {
    await fc.assert(
      fc.asyncProperty(world, async (drawn) => {
        await kit.db.prisma.productionOrder.deleteMany({});
        await writeOrders(drawn.orders);
        const input = {
          from: new Date(drawn.from),
          to: new Date(drawn.from + drawn.days),
          resourceIds: drawn.resourceIds?.map((index) => resources[index] as number) ?? null,
          locationId: drawn.location === null ? null : (locations[drawn.location] as number),
          timeZone: drawn.zone,
          includeDrafts: drawn.includeDrafts,
        };
        const board = await kit.db.transaction((tx) => readSchedule(tx, input, "UTC"));
        expect(plain(board)).toEqual(plain(await boardOfEveryOrder(drawn)));
      }),
      { numRuns: runsOf(100), seed: seedOf(), examples: [[SLIPPED_ORDER_WITHOUT_ROWS]] },
    );
  }, 120_000);
});
