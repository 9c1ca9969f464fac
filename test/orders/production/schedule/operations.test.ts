import { describe, expect, it } from "vitest";
import type { TestKit } from "../../../kit/app.ts";
import {
  productionOrderOperationPause,
  productionOrderOperationStart,
  schedule,
} from "../../../operations/orders.ts";
import { operationFixtures } from "../operations/fixtures.ts";

/**
 * Orders with operation rows are on the board by their operations: each on its resource, planned beside what its
 * time logs say, the day's load from the operations' planned spans. A TABLE is cut on the SAW (30 + 6 a unit of
 * 480 minutes a day) and painted (12 a unit of PAINT's 240).
 */

const fixtures = operationFixtures();
let kit: TestKit;
fixtures.use((opened) => {
  kit = opened;
});

describe("operations on the board", () => {
  it("shows an order's operations on their resources, planned against actual, and loads days by their spans", async () => {
    const table = await fixtures.releasedTable("10");
    // Cut: 30 + 60 = 90 minutes from 08:00, 0.1875 days (4.5 hours); paint: 120 minutes of 240, half a day.
    const started = await fixtures.ok(productionOrderOperationStart, table.cut);
    const paused = await fixtures.ok(productionOrderOperationPause, table.cut, { reason: "blade" });
    const result = await kit.execute(schedule, {
      from: "2026-01-05T00:00:00Z",
      to: "2026-01-07T00:00:00Z",
    });
    expect(result.errors).toBeUndefined();
    const [, paint, saw] = result.data?.schedule.resources ?? [];
    expect(saw?.resource.name).toBe("SAW");
    expect(saw?.orders).toEqual([expect.objectContaining({ status: "IN_PROGRESS", minutes: "90" })]);
    expect(saw?.operations).toEqual([
      {
        number: saw?.orders[0]?.number,
        status: "PAUSED",
        plannedStart: "2026-01-05T08:00:00.000Z",
        plannedEnd: "2026-01-05T12:30:00.000Z",
        plannedMinutes: "90",
        actualMinutes: paused.actualMinutes,
        actualStart: started.runningSince,
        actualEnd: paused.timeLogs[0]?.endedAt,
        operation: { id: table.cut, name: "Cut" },
      },
    ]);
    expect(saw?.days.map((day) => day.loadMinutes)).toEqual(["90", "0"]);
    expect(
      paint?.operations.map((operation) => [operation.status, operation.plannedStart, operation.plannedEnd]),
    ).toEqual([["PENDING", "2026-01-05T12:30:00.000Z", "2026-01-06T00:30:00.000Z"]]);
    // Its 120 minutes over the two days its span touches.
    expect(paint?.days.map((day) => day.loadMinutes)).toEqual(["60", "60"]);
  });
});
