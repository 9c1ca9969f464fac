import { describe, expect, it } from "vitest";
import type { TestKit } from "../../../kit/app.ts";
import { globalId } from "../../../kit/ids.ts";
import { schedule } from "../../../operations/orders.ts";
import { at, number, scheduleFixtures, WINDOW } from "./fixtures.ts";

/** The board: each resource's open orders and the load of every day of the window against its capacity. */

const fixtures = scheduleFixtures();
const { resources, orders } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

const days = (...loads: [string, string, boolean][]) =>
  loads.map(([date, loadMinutes, overloaded]) => expect.objectContaining({ date, loadMinutes, overloaded }));

describe("schedule", () => {
  it("lists each resource's open orders with their minutes, and the load of every day against capacity", async () => {
    const result = await kit.execute(schedule, WINDOW);
    expect(result.errors).toBeUndefined();
    const board = result.data?.schedule;
    expect(board?.days).toEqual(["03", "04", "05"].map((day) => at(`${day}T00:00:00`).toISOString()));
    // By name; the archived press is left out unless asked for.
    expect(board?.resources.map((resource) => resource.resource.name)).toEqual([
      "Lathe",
      "Paint booth",
      "Saw",
    ]);
    const [lathe, paint, saw] = board?.resources ?? [];

    // Saw: O8 30 + 2x5 = 40 over Mar 2-3 (20 a day); O1 30 + 2x10 = 50 over Mar 3-5 (50/3 a day);
    // O2 (60 + 5x20) + (30 + 2x4) = 198 over Mar 4-5 (ends at midnight: 99 a day); O3 60 + 5x100 = 560 on Mar 5.
    expect(saw?.capacityMinutesPerDay).toBe(480);
    expect(saw?.orders).toEqual([
      {
        number: number(orders.O8),
        start: at("02T00:00:00").toISOString(),
        end: at("04T00:00:00").toISOString(),
        status: "PLANNED",
        late: false,
        minutes: "40",
      },
      {
        number: number(orders.O1),
        start: at("03T08:00:00").toISOString(),
        end: at("05T12:00:00").toISOString(),
        status: "PLANNED",
        late: false,
        minutes: "50",
      },
      {
        number: number(orders.O2),
        start: at("04T00:00:00").toISOString(),
        end: at("06T00:00:00").toISOString(),
        status: "RELEASED",
        late: false,
        minutes: "198",
      },
      {
        number: number(orders.O3),
        start: at("05T06:00:00").toISOString(),
        end: at("05T18:00:00").toISOString(),
        status: "IN_PROGRESS",
        late: true,
        minutes: "560",
      },
    ]);
    expect(saw?.days).toEqual(
      days(
        [at("03T00:00:00").toISOString(), "36.666667", false], // 20 + 16.666…
        [at("04T00:00:00").toISOString(), "115.666667", false], // 16.666… + 99
        [at("05T00:00:00").toISOString(), "675.666667", true], // 16.666… + 99 + 560 > 480
      ),
    );
    expect(saw?.days[0]?.capacityMinutes).toBe(480);

    // Paint: O8 10 + 1.5x5 = 17.5 (8.75 a day), O1 10 + 15 = 25 (25/3 a day), O2 10 + 6 = 16 (8 a day).
    expect(paint?.orders.map((scheduled) => [scheduled.number, scheduled.minutes])).toEqual([
      [number(orders.O8), "17.5"],
      [number(orders.O1), "25"],
      [number(orders.O2), "16"],
    ]);
    expect(paint?.days).toEqual(
      days(
        [at("03T00:00:00").toISOString(), "17.083333", false],
        [at("04T00:00:00").toISOString(), "16.333333", false],
        [at("05T00:00:00").toISOString(), "16.333333", false],
      ),
    );
    expect(lathe?.orders).toEqual([]);
    expect(lathe?.days.map((day) => [day.loadMinutes, day.capacityMinutes, day.overloaded])).toEqual([
      ["0", 600, false],
      ["0", 600, false],
      ["0", 600, false],
    ]);
  });

  it("widens a window to the whole UTC days it touches", async () => {
    const result = await kit.execute(schedule, {
      from: at("05T13:00:00").toISOString(),
      to: at("05T14:00:00").toISOString(),
      resourceIds: [globalId("Resource", resources.Saw as number)],
    });
    expect(result.errors).toBeUndefined();
    const [saw] = result.data?.schedule.resources ?? [];
    expect(saw?.orders.map((scheduled) => scheduled.number)).toEqual([
      number(orders.O1),
      number(orders.O2),
      number(orders.O3),
    ]);
    expect(saw?.days).toEqual(days([at("05T00:00:00").toISOString(), "675.666667", true]));
  });
});
