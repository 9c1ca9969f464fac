import { describe, expect, it } from "vitest";
import type { TestKit } from "../../../kit/app.ts";
import { written } from "../../../kit/checks.ts";
import { globalId } from "../../../kit/ids.ts";
import { locationCreate, locationUpdate } from "../../../operations/catalog.ts";
import { schedule } from "../../../operations/orders.ts";
import { scheduleFixtures } from "./fixtures.ts";

/**
 * Local days: a location's IANA time zone (else the server's TIME_ZONE, UTC here) makes the board's days, 23 or 25
 * hours long when daylight saving starts or ends, each with the resource's whole capacity.
 */

const fixtures = scheduleFixtures();
const { resources, boms, order, otherShopFloor } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

const loads = (days: { date: unknown; loadMinutes: string; capacityMinutes: number }[] | undefined) =>
  days?.map((day) => [day.date, day.loadMinutes, day.capacityMinutes]);

describe("local days", () => {
  it("gives a location its IANA zone, the server's when it has none, and refuses an unknown one", async () => {
    const second = globalId("Location", otherShopFloor());
    const updated = await kit.execute(locationUpdate, { id: second, input: { timeZone: "america/chicago" } });
    expect(updated.data?.locationUpdate).toMatchObject({
      location: { timeZone: "America/Chicago" },
      userErrors: [],
    });
    const created = await kit.execute(locationCreate, { input: { name: "Annex", kind: "WAREHOUSE" } });
    expect(created.data?.locationCreate.location?.timeZone).toBe("UTC");
    const before = await written(kit);
    const refused = await kit.execute(locationCreate, {
      input: { name: "Mars base", kind: "SHOP_FLOOR", timeZone: "Mars/Olympus_Mons" },
    });
    expect(refused.data?.locationCreate.userErrors).toEqual([
      {
        code: "INVALID_INPUT",
        field: ["input", "timeZone"],
        message: '"Mars/Olympus_Mons" is not an IANA time zone (write it like "America/Chicago" or "UTC")',
      },
    ]);
    const board = await kit.execute(schedule, {
      from: "2031-03-03T00:00:00Z",
      to: "2031-03-04T00:00:00Z",
      timeZone: "Europe/Nowhere",
    });
    expect(board.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
      ["INVALID_INPUT", ["timeZone"]],
    ]);
    expect(await written(kit)).toEqual(before);
  });

  it("spreads an order over Chicago's days: a 23-hour day when daylight saving starts", async () => {
    await kit.execute(locationUpdate, {
      id: globalId("Location", otherShopFloor()),
      input: { timeZone: "America/Chicago" },
    });
    // A table (60 + 5 on the saw) from local midnight March 8 to local midnight March 10: two local days.
    await order("SPRING", "PLANNED", [[boms.table, "1"]], {
      start: "2031-03-08T06:00:00Z",
      end: "2031-03-10T05:00:00Z",
      locationId: otherShopFloor(),
    });
    const result = await kit.execute(schedule, {
      from: "2031-03-08T12:00:00Z",
      to: "2031-03-10T12:00:00Z",
      locationId: globalId("Location", otherShopFloor()),
      resourceIds: [globalId("Resource", resources.Saw as number)],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.schedule.timeZone).toBe("America/Chicago");
    // March 9 runs from 06:00 UTC to 05:00 UTC the next day: 23 hours, with the saw's 480 minutes all the same.
    expect(result.data?.schedule.days).toEqual([
      "2031-03-08T06:00:00.000Z",
      "2031-03-09T06:00:00.000Z",
      "2031-03-10T05:00:00.000Z",
    ]);
    expect(loads(result.data?.schedule.resources[0]?.days)).toEqual([
      ["2031-03-08T06:00:00.000Z", "32.5", 480],
      ["2031-03-09T06:00:00.000Z", "32.5", 480],
      ["2031-03-10T05:00:00.000Z", "0", 480],
    ]);
  });

  it("puts a whole 25-hour day's work on one day when daylight saving ends, where UTC days would split it", async () => {
    await order("FALL", "PLANNED", [[boms.table, "1"]], {
      start: "2031-11-02T05:00:00Z",
      end: "2031-11-03T06:00:00Z",
      locationId: otherShopFloor(),
    });
    const read = (timeZone: string) =>
      kit.execute(schedule, {
        from: "2031-11-01T12:00:00Z",
        to: "2031-11-03T12:00:00Z",
        locationId: globalId("Location", otherShopFloor()),
        resourceIds: [globalId("Resource", resources.Saw as number)],
        timeZone,
      });
    const chicago = await read("America/Chicago");
    expect(loads(chicago.data?.schedule.resources[0]?.days)).toEqual([
      ["2031-11-01T05:00:00.000Z", "0", 480],
      ["2031-11-02T05:00:00.000Z", "65", 480],
      ["2031-11-03T06:00:00.000Z", "0", 480],
    ]);
    // The `timeZone` argument wins over the location's: in UTC the same work falls on two days.
    const utc = await read("UTC");
    expect(loads(utc.data?.schedule.resources[0]?.days)).toEqual([
      ["2031-11-01T00:00:00.000Z", "0", 480],
      ["2031-11-02T00:00:00.000Z", "32.5", 480],
      ["2031-11-03T00:00:00.000Z", "32.5", 480],
    ]);
  });
});
