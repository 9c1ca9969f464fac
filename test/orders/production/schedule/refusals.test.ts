import { describe, expect, it } from "vitest";
import type { TestKit } from "../../../kit/app.ts";
import { globalId } from "../../../kit/ids.ts";
import { schedule } from "../../../operations/orders.ts";
import { at, scheduleFixtures, WINDOW } from "./fixtures.ts";

/** The windows, resources and readers a board refuses, with nothing read. */

const fixtures = scheduleFixtures();
const { resources } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

describe("schedule", () => {
  it("refuses a backwards or too long window, unknown resources and readers without PRODUCTION_VIEW", async () => {
    const refused = async (
      variables: { from: string; to: string; resourceIds?: string[]; locationId?: string },
      key?: string,
    ) => {
      const result = await kit.execute(schedule, variables, key ? { key } : {});
      expect(result.data?.schedule ?? null).toBeNull();
      return result.errors?.map((error) => ({
        message: error.message,
        code: error.extensions?.code,
        field: error.extensions?.field,
      }));
    };
    expect(await refused({ from: WINDOW.to, to: WINDOW.from })).toEqual([
      { message: "must be after `from`", code: "INVALID_INPUT", field: ["to"] },
    ]);
    expect(await refused({ from: WINDOW.from, to: WINDOW.from })).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", field: ["to"] }),
    ]);
    const from = at("01T00:00:00");
    expect(
      await refused({
        from: from.toISOString(),
        to: new Date(from.getTime() + 92 * 86_400_000 + 1).toISOString(),
      }),
    ).toEqual([{ message: "the window may span at most 92 days", code: "INVALID_INPUT", field: ["to"] }]);
    const ninetyTwo = await kit.execute(schedule, {
      from: from.toISOString(),
      to: new Date(from.getTime() + 92 * 86_400_000).toISOString(),
      resourceIds: [globalId("Resource", resources.Lathe as number)],
    });
    expect(ninetyTwo.errors).toBeUndefined();
    expect(ninetyTwo.data?.schedule.resources[0]?.days).toHaveLength(92);
    expect(
      await refused({
        ...WINDOW,
        resourceIds: [globalId("Resource", resources.Saw as number), globalId("Resource", 999_999)],
      }),
    ).toEqual([{ message: "No resource with this id", code: "NOT_FOUND", field: ["resourceIds", "1"] }]);
    expect(await refused({ ...WINDOW, locationId: globalId("Location", 999_999) })).toEqual([
      { message: "No location with this id", code: "NOT_FOUND", field: ["locationId"] },
    ]);
    const viewer = await kit.keyWith("SALES");
    expect(await refused(WINDOW, viewer)).toEqual([
      expect.objectContaining({ code: "FORBIDDEN", message: expect.stringContaining("Query.schedule") }),
    ]);
  });
});
