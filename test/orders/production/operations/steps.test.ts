import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CLOCK_SKEW_MS } from "../../../../src/domain/time.ts";
import { succeeded } from "../../../kit/app.ts";
import { orderEvents, written } from "../../../kit/checks.ts";
import { decodeId } from "../../../kit/ids.ts";
import {
  productionOrderComplete,
  productionOrderOperationComplete,
  productionOrderOperationPause,
  productionOrderOperationResume,
  productionOrderOperationSkip,
  productionOrderOperationStart,
} from "../../../operations/orders.ts";
import { iso, MINUTE, operationFixtures } from "./fixtures.ts";

/** The steps of an operation through the API: what each writes (refusals: refusals.test.ts). */

const fixtures = operationFixtures();
const { orderWithOperations, releasedTable, step, ok, ada } = fixtures;
// Legs in stock: the tables' trees need no nested orders, and the orders can be completed.
fixtures.use(() => {}, { legsInStock: true });

describe("running an operation", () => {
  it("starts the order with the first start: one status event, the version up once", async () => {
    const { id, releasedAt, cut, paint } = await releasedTable();
    const before = await orderWithOperations(id);
    const started = await ok(productionOrderOperationStart, cut, {
      employeeId: ada(),
      at: iso(releasedAt + MINUTE),
    });
    expect(started.status).toBe("RUNNING");
    expect(started.order).toEqual({ status: "IN_PROGRESS", version: before.version + 1 });
    expect(new Date(started.runningSince as string).getTime()).toBe(releasedAt + MINUTE);
    expect(started.timeLogs).toEqual([
      {
        id: expect.any(String),
        employee: { id: ada() },
        startedAt: iso(releasedAt + MINUTE),
        endedAt: null,
        minutes: null,
        goodQuantity: "0",
        scrapQuantity: "0",
        pauseReason: null,
      },
    ]);
    const second = await ok(productionOrderOperationStart, paint, { at: iso(releasedAt + 2 * MINUTE) });
    expect(second.order).toEqual({ status: "IN_PROGRESS", version: before.version + 1 });
    const events = await orderEvents(fixtures.kit, "ProductionOrder", decodeId(id));
    expect(events.filter((event) => event.afterStatus === "IN_PROGRESS")).toHaveLength(1);
    const operationEvents = await fixtures.kit.db.prisma.event.findMany({
      where: {
        entityType: "ProductionOrderOperation",
        entityId: { in: [cut, paint].map((op) => String(decodeId(op))) },
      },
      orderBy: { id: "asc" },
    });
    expect(
      operationEvents.map((event) => [event.type, event.beforeStatus, event.afterStatus, event.rootOrderId]),
    ).toEqual([
      ["OPERATION_STARTED", "PENDING", "RUNNING", decodeId(id)],
      ["OPERATION_STARTED", "PENDING", "RUNNING", decodeId(id)],
    ]);
  });

  it("closes a log at every pause and completion, with exact minutes; actual minutes add them up", async () => {
    const { id, releasedAt, cut } = await releasedTable("2");
    const t0 = releasedAt + MINUTE;
    await ok(productionOrderOperationStart, cut, { at: iso(t0), employeeId: ada() });
    const paused = await ok(productionOrderOperationPause, cut, {
      at: iso(t0 + 12.5 * MINUTE),
      reason: "  saw jammed  ",
    });
    expect([paused.status, paused.pauseReason, paused.actualMinutes, paused.runningSince]).toEqual([
      "PAUSED",
      "saw jammed",
      "12.5",
      null,
    ]);
    const resumed = await ok(productionOrderOperationResume, cut, { at: iso(t0 + 20 * MINUTE) });
    expect([resumed.status, resumed.pauseReason]).toEqual(["RUNNING", null]);
    // One second: a sixtieth of a minute, to the columns' 6 decimals.
    const done = await ok(productionOrderOperationComplete, cut, {
      at: iso(t0 + 30 * MINUTE + 1000),
      goodQuantity: "2",
      scrapQuantity: "0.5",
    });
    expect([done.status, done.completedQuantity, done.scrappedQuantity, done.actualMinutes]).toEqual([
      "DONE",
      "2",
      "0.5",
      "22.516667",
    ]);
    expect(
      done.timeLogs.map((log) => [
        log.employee?.id ?? null,
        log.minutes,
        log.goodQuantity,
        log.scrapQuantity,
        log.pauseReason,
      ]),
    ).toEqual([
      [ada(), "12.5", "0", "0", "saw jammed"],
      [null, "10.016667", "2", "0.5", null],
    ]);
    const order = await orderWithOperations(id);
    expect([order.plannedMinutes, order.actualMinutes]).toEqual(["66", "22.516667"]);
  });

  it("completes a paused operation with a log of no time, and skips one that will not run", async () => {
    const { releasedAt, cut, paint } = await releasedTable();
    const t0 = releasedAt + MINUTE;
    await ok(productionOrderOperationStart, cut, { at: iso(t0) });
    await ok(productionOrderOperationPause, cut, { at: iso(t0 + 5 * MINUTE), reason: "break" });
    const done = await ok(productionOrderOperationComplete, cut, {
      at: iso(t0 + 9 * MINUTE),
      goodQuantity: "1",
      employeeId: ada(),
    });
    expect(
      done.timeLogs.map((log) => [log.startedAt, log.endedAt, log.minutes, log.goodQuantity, log.employee]),
    ).toEqual([
      [iso(t0), iso(t0 + 5 * MINUTE), "5", "0", null],
      [iso(t0 + 9 * MINUTE), iso(t0 + 9 * MINUTE), "0", "1", { id: ada() }],
    ]);
    const skipped = await ok(productionOrderOperationSkip, paint, { reason: "painted by the customer" });
    expect([skipped.status, skipped.skipReason, skipped.pauseReason, skipped.timeLogs]).toEqual([
      "SKIPPED",
      "painted by the customer",
      null,
      [],
    ]);
  });

  it("does not start a RELEASED order by skipping: nothing was made", async () => {
    const { id, paint } = await releasedTable();
    const skipped = await ok(productionOrderOperationSkip, paint);
    expect(skipped.order.status).toBe("RELEASED");
    expect((await orderWithOperations(id)).status).toBe("RELEASED");
  });

  it("happens now without `at`, and a clock a little ahead counts as now", async () => {
    const { cut, paint } = await releasedTable();
    const before = Date.now();
    const started = await ok(productionOrderOperationStart, cut);
    const startedAt = new Date(started.timeLogs[0]?.startedAt as string).getTime();
    expect(startedAt).toBeGreaterThanOrEqual(before);
    expect(startedAt).toBeLessThanOrEqual(Date.now());
    const ahead = await ok(productionOrderOperationStart, paint, { at: iso(Date.now() + CLOCK_SKEW_MS / 2) });
    expect(new Date(ahead.timeLogs[0]?.startedAt as string).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("completes up to the line's quantity plus the over-production tolerance", async () => {
    const { cut, paint, releasedAt } = await releasedTable("5");
    const at = iso(releasedAt + MINUTE);
    await ok(productionOrderOperationStart, cut, { at });
    await ok(productionOrderOperationStart, paint, { at });
    const over = await step(productionOrderOperationComplete, cut, { goodQuantity: "5.000001" });
    expect(over.userErrors.map((error) => [error.code, error.field])).toEqual([
      ["INVALID_INPUT", ["input", "goodQuantity"]],
    ]);
    expect(over.userErrors[0]?.message).toContain("at most 5 (0% over-production tolerance)");
    await fixtures.setTolerance("10");
    try {
      await ok(productionOrderOperationComplete, cut, { goodQuantity: "5.5", scrapQuantity: "3" });
      const beyond = await step(productionOrderOperationComplete, paint, { goodQuantity: "5.500001" });
      expect(beyond.userErrors.map((error) => error.field)).toEqual([["input", "goodQuantity"]]);
    } finally {
      await fixtures.setTolerance("0");
    }
  });

  it("refuses to complete the order while one of its operations runs, naming it; paused is fine", async () => {
    const { id, cut, releasedAt } = await releasedTable();
    await ok(productionOrderOperationStart, cut, { at: iso(releasedAt + MINUTE) });
    const refused = await fixtures.kit.execute(productionOrderComplete, { id });
    expect(refused.data?.productionOrderComplete.userErrors).toEqual([
      {
        code: "INVALID_STATUS",
        field: ["id"],
        message: expect.stringMatching(/^Operation 10 "Cut" of MO-\d+ is RUNNING: pause or complete it/),
      },
    ]);
    await ok(productionOrderOperationPause, cut, { reason: "end of shift" });
    succeeded(await fixtures.kit.execute(productionOrderComplete, { id }), "productionOrderComplete");
  });

  it("answers a retry with the same idempotency key as the first time, and writes nothing more", async () => {
    const { cut, releasedAt } = await releasedTable();
    const key = randomUUID();
    const send = () =>
      fixtures.kit.execute(
        productionOrderOperationStart,
        { id: cut, input: { at: iso(releasedAt + MINUTE) } },
        { idempotencyKey: key },
      );
    const first = await send();
    const snapshot = await written(fixtures.kit);
    const again = await send();
    expect(first.data?.productionOrderOperationStart.userErrors).toEqual([]);
    expect(again.data).toEqual(first.data);
    expect(await written(fixtures.kit)).toEqual(snapshot);
    expect(first.data?.productionOrderOperationStart.operation?.timeLogs).toHaveLength(1);
  });

  it("needs PRODUCTION_EXECUTE, and names it when it is missing", async () => {
    const { cut } = await releasedTable();
    const viewer = await fixtures.kit.keyWith("PRODUCTION_VIEW");
    const refused = await fixtures.kit.execute(productionOrderOperationStart, { id: cut }, { key: viewer });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.message).toContain("PRODUCTION_EXECUTE");
    const operator = await fixtures.kit.keyWith("PRODUCTION_VIEW", "PRODUCTION_EXECUTE");
    expect((await step(productionOrderOperationStart, cut, undefined, operator)).userErrors).toEqual([]);
  });
});
