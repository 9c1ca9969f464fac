import { describe, expect, it } from "vitest";
import type { TestKit } from "../../../kit/app.ts";
import { globalId } from "../../../kit/ids.ts";
import { schedule } from "../../../operations/orders.ts";
import { number, scheduleFixtures, WINDOW } from "./fixtures.ts";

/** Which orders and resources a board shows: drafts when asked, a resource list, a location. */

const fixtures = scheduleFixtures();
const { resources, orders, otherShopFloor } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

describe("schedule", () => {
  it("adds drafts when asked, and filters by resource and location", async () => {
    const withDrafts = await kit.execute(schedule, {
      ...WINDOW,
      includeDrafts: true,
      resourceIds: [
        globalId("Resource", resources.Saw as number),
        globalId("Resource", resources["Old press"] as number),
      ],
    });
    expect(withDrafts.errors).toBeUndefined();
    const [press, saw] = withDrafts.data?.schedule.resources ?? [];
    expect(press?.resource.name).toBe("Old press");
    expect(press?.orders).toEqual([]);
    // The draft starts and ends at Mar 4 midnight: a span without length loads the day it sits on (+50).
    expect(saw?.orders.map((scheduled) => scheduled.number)).toContain(number(orders.DRAFT));
    expect(saw?.days.map((day) => day.loadMinutes)).toEqual(["36.666667", "165.666667", "675.666667"]);

    const elsewhere = await kit.execute(schedule, {
      ...WINDOW,
      locationId: globalId("Location", otherShopFloor()),
      resourceIds: [globalId("Resource", resources["Paint booth"] as number)],
    });
    expect(elsewhere.errors).toBeUndefined();
    const [paint] = elsewhere.data?.schedule.resources ?? [];
    expect(elsewhere.data?.schedule.resources).toHaveLength(1);
    expect(paint?.orders.map((scheduled) => scheduled.number)).toEqual([number(orders.O8)]);
    expect(paint?.days.map((day) => day.loadMinutes)).toEqual(["8.75", "0", "0"]);
  });
});
