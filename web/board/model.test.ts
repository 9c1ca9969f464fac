import { describe, expect, it } from "vitest";
import {
  applyEvent,
  boardFromSchedule,
  dayIndex,
  layout,
  movedDates,
  type OrderAnswer,
  orderState,
  type ScheduleAnswer,
  sumDecimals,
  withDays,
  withOrder,
} from "./model.ts";
import { shiftedWindow, windowFromSearch, windowRange, windowSearch } from "./window.ts";

/** Chicago days across the spring clock change (March 9, 2031 is 23 hours long). */
const days = [
  "2031-03-08T06:00:00.000Z",
  "2031-03-09T06:00:00.000Z",
  "2031-03-10T05:00:00.000Z",
  "2031-03-11T05:00:00.000Z",
];
const windowEnd = "2031-03-12T05:00:00.000Z";

function order(
  id: string,
  fields: Partial<OrderAnswer> & { on?: string; from?: string; to?: string },
): OrderAnswer {
  const from = fields.from ?? "2031-03-08T14:00:00.000Z";
  const to = fields.to ?? "2031-03-08T20:00:00.000Z";
  return {
    id,
    number: `MO-${id}`,
    status: "PLANNED",
    version: 1,
    late: false,
    startDate: from,
    expectedDate: to,
    operations: [
      {
        id: `${id}-cut`,
        name: "Cut",
        status: "PENDING",
        plannedStart: from,
        plannedEnd: to,
        plannedMinutes: "32",
        resource: { id: fields.on ?? "saw" },
      },
    ],
    lines: [],
    ...fields,
  };
}

function schedule(orders: OrderAnswer[]): ScheduleAnswer {
  const load = (date: string) => ({ date, capacityMinutes: 480, loadMinutes: "0", overloaded: false });
  return {
    days,
    to: windowEnd,
    timeZone: "America/Chicago",
    resources: ["saw", "press"].map((id) => ({
      capacityMinutesPerDay: 480,
      resource: { id, name: id },
      days: days.map(load),
      orders: orders
        .filter((one) => one.operations.some((operation) => operation.resource.id === id))
        .map((one) => ({ order: one })),
    })),
  };
}

describe("the board's days", () => {
  it("puts an instant on its local day, clamped to the window", () => {
    expect(dayIndex(days, "2031-03-08T06:00:00.000Z")).toBe(0);
    expect(dayIndex(days, "2031-03-10T04:59:59.999Z")).toBe(1);
    expect(dayIndex(days, "2031-03-10T05:00:00.000Z")).toBe(2);
    expect(dayIndex(days, "2031-01-01T00:00:00.000Z")).toBe(0);
    expect(dayIndex(days, "2031-04-01T00:00:00.000Z")).toBe(3);
  });

  it("moves an order by local days, keeping its wall-clock time across the clock change and its duration", () => {
    const moved = movedDates(
      days,
      { startDate: "2031-03-08T14:00:00.000Z", expectedDate: "2031-03-08T20:00:00.000Z" },
      0,
      2,
    );
    // 8:00 in Chicago on the 8th (UTC-6) is 8:00 on the 10th (UTC-5).
    expect(moved).toEqual({
      startDate: "2031-03-10T13:00:00.000Z",
      expectedDate: "2031-03-10T19:00:00.000Z",
    });
    expect(movedDates(days, { startDate: null, expectedDate: null }, 0, 1)).toBeNull();
  });
});

describe("the grid", () => {
  it("draws each order on its operations' resources and days, in lanes that never overlap", () => {
    const state = boardFromSchedule(
      schedule([
        order("1", {}),
        order("2", { from: "2031-03-08T15:00:00.000Z", to: "2031-03-09T15:00:00.000Z" }),
        order("3", { from: "2031-03-10T15:00:00.000Z", to: "2031-03-10T16:00:00.000Z" }),
        order("4", { on: "press" }),
      ]),
      "10",
    );
    const [saw, press] = layout(state);
    expect(saw?.bars.map((bar) => [bar.order.number, bar.firstDay, bar.lastDay, bar.lane])).toEqual([
      ["MO-1", 0, 0, 0],
      ["MO-2", 0, 1, 1],
      ["MO-3", 2, 2, 0],
    ]);
    expect(saw?.lanes).toBe(2);
    expect(press?.bars.map((bar) => bar.order.number)).toEqual(["MO-4"]);
  });

  it("ends a bar due at midnight on the day before, and sums its minutes on the resource exactly", () => {
    const state = boardFromSchedule(schedule([]), "1");
    const two = order("5", { from: "2031-03-08T14:00:00.000Z", to: "2031-03-10T05:00:00.000Z" });
    two.operations = [
      { ...(two.operations[0] as OrderAnswer["operations"][number]), plannedMinutes: "0.1" },
      { ...(two.operations[0] as OrderAnswer["operations"][number]), id: "5-sand", plannedMinutes: "0.2" },
    ];
    const [saw] = layout(withOrder(state, orderState(two)).state);
    expect(saw?.bars[0]).toMatchObject({ firstDay: 0, lastDay: 1, minutes: "0.3" });
  });

  it("places an order without operations on its BOMs' resources over its start-to-expected days", () => {
    const state = boardFromSchedule(schedule([]), "1");
    const bare = order("6", {
      operations: [],
      lines: [{ bom: { operations: [{ resource: { id: "press" } }] } }],
    });
    const rows = layout(withOrder(state, orderState(bare)).state);
    expect(rows.map((row) => row.bars.map((bar) => [bar.order.number, bar.minutes]))).toEqual([
      [],
      [["MO-6", null]],
    ]);
  });
});

describe("live events", () => {
  const start = () => boardFromSchedule(schedule([order("1", {}), order("2", {})]), "10");

  it("applies an event once: a replayed cursor changes nothing, and each applied one is listed with its cursor", () => {
    const released = { ...order("1", {}), status: "RELEASED", version: 2 };
    const first = applyEvent(start(), {
      cursor: "11",
      type: "PRODUCTION_ORDER_RELEASED",
      afterStatus: "RELEASED",
      productionOrder: released,
    });
    expect(first.state.orders.get("1")?.status).toBe("RELEASED");
    expect(first.changedResources).toEqual(["saw"]);
    expect(first.state.recent).toEqual([{ cursor: "11", number: "MO-1", what: "RELEASED" }]);
    const again = applyEvent(first.state, {
      cursor: "11",
      type: "PRODUCTION_ORDER_RELEASED",
      afterStatus: "RELEASED",
      productionOrder: released,
    });
    expect(again.state).toBe(first.state);
    expect(
      applyEvent(first.state, { cursor: "9", type: "PRODUCTION_ORDER_RELEASED", productionOrder: released })
        .state,
    ).toBe(first.state);
    // Cursors compare as numbers: "100" comes after "11".
    expect(
      applyEvent(first.state, { cursor: "100", type: "PRODUCTION_ORDER_UPDATED", productionOrder: null })
        .state.appliedCount,
    ).toBe(2);
  });

  it("moves a bar to the resource and day an event says, and marks both resources' loads to read again", () => {
    const moved = order("2", {
      on: "press",
      from: "2031-03-11T14:00:00.000Z",
      to: "2031-03-11T15:00:00.000Z",
    });
    const { state, changedResources } = applyEvent(start(), {
      cursor: "12",
      type: "PRODUCTION_ORDER_RESCHEDULED",
      productionOrder: { ...moved, version: 2 },
    });
    expect(changedResources.sort()).toEqual(["press", "saw"]);
    const [saw, press] = layout(state);
    expect(saw?.bars.map((bar) => bar.order.id)).toEqual(["1"]);
    expect(press?.bars.map((bar) => [bar.order.id, bar.firstDay])).toEqual([["2", 3]]);
    expect(state.recent[0]?.what).toBe("PRODUCTION_ORDER_RESCHEDULED");
  });

  it("takes a completed or voided order off the board, and never rolls a bar back to an older version", () => {
    const completed = applyEvent(start(), {
      cursor: "13",
      type: "PRODUCTION_ORDER_COMPLETED",
      afterStatus: "COMPLETED",
      productionOrder: { ...order("1", {}), status: "COMPLETED", version: 5 },
    }).state;
    expect(layout(completed)[0]?.bars.map((bar) => bar.order.id)).toEqual(["2"]);
    const stale = applyEvent(completed, {
      cursor: "14",
      type: "PRODUCTION_ORDER_RELEASED",
      afterStatus: "RELEASED",
      productionOrder: { ...order("1", {}), status: "RELEASED", version: 4 },
    });
    expect(stale.state.orders.get("1")?.status).toBe("COMPLETED");
    expect(stale.state.cursor).toBe("14");
    expect(withOrder(stale.state, orderState({ ...order("1", {}), version: 3 })).state).toBe(stale.state);
  });

  it("takes a resource's daily loads as the server reads them again", () => {
    const loaded = withDays(start(), "press", [
      { date: days[0] as string, capacityMinutes: 480, loadMinutes: "500.5", overloaded: true },
    ]);
    expect(loaded.resources.map((row) => row.days[0]?.overloaded)).toEqual([false, true]);
  });
});

describe("exact sums", () => {
  it("adds decimal strings without floats", () => {
    expect(sumDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(sumDecimals(["30", "2.000001", "-1"])).toBe("31.000001");
    expect(sumDecimals(["-0.5", "0.25"])).toBe("-0.25");
    expect(sumDecimals([])).toBe("0");
  });
});

describe("the window", () => {
  const today = new Date("2031-03-05T09:00:00.000Z");

  it("comes from the address, else two weeks from today; odd values are ignored", () => {
    expect(windowFromSearch("?from=2031-03-03&days=7", today)).toEqual({ from: "2031-03-03", days: 7 });
    expect(windowFromSearch("?from=March&days=5", today)).toEqual({ from: "2031-03-05", days: 14 });
    expect(windowSearch({ from: "2031-03-03", days: 28 })).toBe("?from=2031-03-03&days=28");
  });

  it("asks the schedule for noon UTC of its first and last days, and moves by whole windows", () => {
    expect(windowRange({ from: "2031-03-03", days: 7 })).toEqual({
      from: "2031-03-03T12:00:00.000Z",
      to: "2031-03-09T12:00:00.000Z",
    });
    expect(shiftedWindow({ from: "2031-03-03", days: 7 }, -1)).toEqual({ from: "2031-02-24", days: 7 });
  });
});
