import { describe, expect, it } from "vitest";
import { archiveResource, createResource } from "../../../../src/domain/catalog/locations.ts";
import type { ProductionOrderRescheduleMutationVariables } from "../../../graphql/graphql.ts";
import type { TestKit } from "../../../kit/app.ts";
import { written } from "../../../kit/checks.ts";
import { decodeId, globalId } from "../../../kit/ids.ts";
import {
  nodeProductionOrderBoard,
  productionOrderComplete,
  productionOrderOperationStart,
  productionOrderReschedule,
  productionOrderVoid,
} from "../../../operations/orders.ts";
import { operationFixtures, SYSTEM } from "../operations/fixtures.ts";

/**
 * Moving orders on the board: dates, operations onto another resource, nested orders with their parent; every
 * refusal typed, with nothing written. The shop: a TABLE cut on the SAW and painted, from 4 LEGs turned on the
 * LATHE (10 + 5 a unit of 600 minutes a day), none in stock, so a TABLE's tree has a LEG order.
 */

const fixtures = operationFixtures();
const { createOrder, orderWithOperations } = fixtures;
let kit: TestKit;
fixtures.use((opened) => {
  kit = opened;
});

const DAY = 86_400_000;
const MONDAY = Date.parse("2031-03-03T08:00:00Z");
const iso = (time: number) => new Date(time).toISOString();
/** The LEG order of a table: Turn 10 + 5 x 4 = 30 minutes of a 600-minute day. */
const LEGS_MS = 0.05 * DAY;

type Variables = ProductionOrderRescheduleMutationVariables;

async function board(id: string) {
  const result = await kit.execute(nodeProductionOrderBoard, { id });
  expect(result.errors).toBeUndefined();
  const order = result.data?.node;
  if (!order || !("tree" in order)) throw new Error(`no production order ${id}`);
  return order;
}

async function reschedule(variables: Variables) {
  const result = await kit.execute(productionOrderReschedule, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.productionOrderReschedule;
}

/** A PLANNED table starting on Monday, with its nested LEG order: both as the board reads them. */
async function plannedTable(status: "PLANNED" | "RELEASED" = "PLANNED") {
  const id = await createOrder([["TABLE", "1"]], { startDate: iso(MONDAY), status });
  const order = await board(id);
  const legs = order.tree.find((entry) => entry.id !== id);
  if (!legs) throw new Error("the table has no nested order");
  return { id, order, legs };
}

async function resource(name: string, capacityMinutesPerDay: number, archived = false) {
  return kit.db.transaction(async (tx) => {
    const created = await createResource(tx, SYSTEM, { name, capacityMinutesPerDay });
    if (archived) await archiveResource(tx, SYSTEM, created.id);
    return globalId("Resource", created.id);
  });
}

describe("productionOrderReschedule", () => {
  it("moves an order's dates, lays its pending operations out from the new start and records the move", async () => {
    const { id, order, legs } = await plannedTable();
    const start = MONDAY + 7 * DAY;
    const payload = await reschedule({
      id,
      expectedVersion: order.version,
      startDate: iso(start),
      expectedDate: iso(start + 2 * DAY),
    });
    expect(payload?.userErrors).toEqual([]);
    const moved = payload?.productionOrder;
    expect(moved).toMatchObject({
      status: "PLANNED",
      version: order.version + 1,
      startDate: iso(start),
      expectedDate: iso(start + 2 * DAY),
      late: false,
    });
    // Cut: 30 + 6 = 36 minutes of the saw's 480 a day (0.075 days), then Paint: 12 of 240 (0.05 days).
    expect(moved?.operations.map((operation) => [operation.plannedStart, operation.plannedEnd])).toEqual([
      [iso(start), iso(start + 0.075 * DAY)],
      [iso(start + 0.075 * DAY), iso(start + 0.125 * DAY)],
    ]);
    // Without a cascade the nested order stays where it was.
    expect(moved?.tree.find((entry) => entry.id === legs.id)).toMatchObject({
      version: legs.version,
      startDate: legs.startDate,
      requiredByDate: legs.requiredByDate,
    });
    const events = (await board(id)).events;
    expect(events.at(-1)).toEqual({
      type: "PRODUCTION_ORDER_RESCHEDULED",
      payload: expect.objectContaining({
        version: order.version + 1,
        startDateBefore: iso(MONDAY),
        startDateAfter: iso(start),
        expectedDateBefore: order.expectedDate,
        expectedDateAfter: iso(start + 2 * DAY),
        cascade: "NONE",
        cascaded: 0,
      }),
    });
  });

  it("moves the nested orders backward from the new start with cascade NESTED, each with its own event", async () => {
    const { id, order, legs } = await plannedTable();
    const start = MONDAY + 14 * DAY;
    const payload = await reschedule({
      id,
      expectedVersion: order.version,
      startDate: iso(start),
      expectedDate: iso(start + DAY),
      cascade: "NESTED",
    });
    expect(payload?.userErrors).toEqual([]);
    const nested = payload?.productionOrder?.tree.find((entry) => entry.id === legs.id);
    expect(nested).toMatchObject({
      version: legs.version + 1,
      requiredByDate: iso(start),
      expectedDate: iso(start),
      startDate: iso(start - LEGS_MS),
      late: false,
    });
    expect(nested?.operations.map((operation) => operation.plannedStart)).toEqual([iso(start - LEGS_MS)]);
    expect((await board(legs.id)).events.at(-1)).toEqual({
      type: "PRODUCTION_ORDER_RESCHEDULED",
      payload: expect.objectContaining({
        cascadeFrom: decodeId(id),
        startDateBefore: legs.startDate,
        startDateAfter: iso(start - LEGS_MS),
        requiredByDateBefore: legs.requiredByDate,
        requiredByDateAfter: iso(start),
        late: false,
      }),
    });
  });

  it("flags a start in the past late, the order's and its nested orders'", async () => {
    const { id, order, legs } = await plannedTable();
    const start = Date.now() - DAY;
    const payload = await reschedule({
      id,
      expectedVersion: order.version,
      startDate: iso(start),
      expectedDate: iso(start + 3 * DAY),
      cascade: "NESTED",
    });
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.productionOrder?.tree.map((entry) => [entry.id, entry.late])).toEqual([
      [id, true],
      [legs.id, true],
    ]);
  });

  it("leaves a COMPLETED or VOIDED nested order where it is", async () => {
    const { id, order, legs } = await plannedTable();
    const voided = await kit.execute(productionOrderVoid, { id: legs.id });
    expect(voided.data?.productionOrderVoid.userErrors).toEqual([]);
    const payload = await reschedule({
      id,
      expectedVersion: order.version,
      startDate: iso(MONDAY + DAY),
      expectedDate: iso(MONDAY + 2 * DAY),
      cascade: "NESTED",
    });
    expect(payload?.userErrors).toEqual([]);
    const kept = payload?.productionOrder?.tree.find((entry) => entry.id === legs.id);
    expect(kept).toMatchObject({ status: "VOIDED", startDate: legs.startDate, version: legs.version + 1 });
  });

  it("moves the pending and paused operations onto another active resource, laid out at its capacity", async () => {
    const { legs } = await plannedTable();
    const lathe2 = await resource("LATHE 2", 300);
    const payload = await reschedule({
      id: legs.id,
      expectedVersion: legs.version,
      startDate: iso(MONDAY),
      expectedDate: iso(MONDAY + DAY),
      resourceId: lathe2,
    });
    expect(payload?.userErrors).toEqual([]);
    const [turn] = payload?.productionOrder?.operations ?? [];
    // Its minutes over 300 a day.
    expect(turn).toMatchObject({
      resource: { id: lathe2, name: "LATHE 2" },
      plannedStart: iso(MONDAY),
      plannedEnd: iso(MONDAY + (Number(turn?.plannedMinutes) / 300) * DAY),
      version: 2,
    });
    expect((await board(legs.id)).events.at(-1)?.payload).toMatchObject({
      resourceId: decodeId(lathe2),
      operationIds: [decodeId(turn?.id as string)],
    });
  });

  it("moves only the operations not yet running: a table whose cut runs has its painting moved", async () => {
    const { id } = await plannedTable("RELEASED");
    const [cut] = (await orderWithOperations(id)).operations;
    await fixtures.ok(productionOrderOperationStart, cut?.id as string);
    const booth = await resource("BOOTH 2", 480);
    const order = await board(id);
    const payload = await reschedule({
      id,
      expectedVersion: order.version,
      startDate: iso(MONDAY),
      expectedDate: iso(MONDAY + DAY),
      resourceId: booth,
    });
    expect(payload?.userErrors).toEqual([]);
    expect(
      payload?.productionOrder?.operations.map((operation) => [operation.status, operation.resource.name]),
    ).toEqual([
      ["RUNNING", "SAW"],
      ["PENDING", "BOOTH 2"],
    ]);
  });

  it("refuses stale versions, a start after the expected date, closed orders and resources it cannot use, writing nothing", async () => {
    const { id, order } = await plannedTable();
    const move = {
      id,
      expectedVersion: order.version,
      startDate: iso(MONDAY),
      expectedDate: iso(MONDAY + DAY),
    };
    const archived = await resource("OLD SAW", 480, true);
    const sawTwo = await resource("SAW 2", 480);
    const completed = await plannedTable("RELEASED");
    const done = await kit.execute(productionOrderComplete, { id: completed.legs.id });
    expect(done.data?.productionOrderComplete.userErrors).toEqual([]);
    const made = await board(completed.legs.id);
    const before = await written(kit);
    const cases: [Variables, { code: string; field: string[]; message?: unknown }][] = [
      [
        { ...move, expectedVersion: order.version - 1 },
        {
          code: "VERSION_CONFLICT",
          field: ["expectedVersion"],
          message: expect.stringContaining(`is at version ${order.version}, not ${order.version - 1}`),
        },
      ],
      [
        { ...move, expectedDate: iso(MONDAY - 1) },
        { code: "INVALID_INPUT", field: ["expectedDate"], message: "must not be before startDate" },
      ],
      [
        { ...move, resourceId: globalId("Resource", 999_999) },
        { code: "NOT_FOUND", field: ["resourceId"] },
      ],
      [
        { ...move, resourceId: archived },
        { code: "ARCHIVED", field: ["resourceId"] },
      ],
      [
        // The table's cut and painting run on two resources: one move would put both on one.
        { ...move, resourceId: sawTwo },
        { code: "INVALID_INPUT", field: ["resourceId"], message: expect.stringContaining('"SAW", "PAINT"') },
      ],
      [
        { ...move, id: made.id, expectedVersion: made.version },
        { code: "INVALID_STATUS", field: ["id"], message: expect.stringContaining("is COMPLETED;") },
      ],
    ];
    for (const [variables, error] of cases) {
      expect((await reschedule(variables))?.userErrors).toEqual([expect.objectContaining(error)]);
    }
    expect(await written(kit)).toEqual(before);
  });
});
