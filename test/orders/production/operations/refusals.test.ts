import { describe, expect, it } from "vitest";
import { succeeded } from "../../../kit/app.ts";
import { written } from "../../../kit/checks.ts";
import { globalId } from "../../../kit/ids.ts";
import {
  productionOrderComplete,
  productionOrderOperationComplete,
  productionOrderOperationPause,
  productionOrderOperationResume,
  productionOrderOperationSkip,
  productionOrderOperationStart,
  productionOrderVoid,
} from "../../../operations/orders.ts";
import { iso, MINUTE, operationFixtures, type StepPayload } from "./fixtures.ts";

/** Every refusal of an operation step: typed, naming its field, and writing nothing. */

const fixtures = operationFixtures();
const { createOrder, operationIds, employees, releasedTable, step, ok } = fixtures;
fixtures.use(() => {}, { legsInStock: true });

describe("refusals write nothing", () => {
  /** The refusal of `send` (its code and field), with every table as it was before. */
  async function refusal(send: () => Promise<StepPayload>) {
    const before = await written(fixtures.kit);
    const payload = await send();
    expect(await written(fixtures.kit)).toEqual(before);
    expect(payload.operation).toBeNull();
    return payload.userErrors.map((error) => [error.code, error.field]);
  }

  it("an order that is not RELEASED or IN_PROGRESS, naming its status", async () => {
    for (const status of ["DRAFT", "PLANNED"] as const) {
      const id = await createOrder([["TABLE", "1"]], { status });
      const [cut] = await operationIds(id);
      const payload = await step(productionOrderOperationStart, cut as string);
      expect(payload.userErrors.map((error) => [error.code, error.field])).toEqual([
        ["INVALID_STATUS", ["id"]],
      ]);
      expect(payload.userErrors[0]?.message).toMatch(
        new RegExp(`^MO-\\d+ is ${status}; only a RELEASED or IN_PROGRESS`),
      );
    }
    const { id, cut, paint, releasedAt } = await releasedTable();
    await ok(productionOrderOperationStart, cut, { at: iso(releasedAt + MINUTE) });
    await ok(productionOrderOperationComplete, cut, { goodQuantity: "1" });
    succeeded(await fixtures.kit.execute(productionOrderComplete, { id }), "productionOrderComplete");
    expect(await refusal(() => step(productionOrderOperationStart, paint))).toEqual([
      ["INVALID_STATUS", ["id"]],
    ]);
    const voided = await releasedTable();
    succeeded(await fixtures.kit.execute(productionOrderVoid, { id: voided.id }), "productionOrderVoid");
    expect(await refusal(() => step(productionOrderOperationSkip, voided.cut))).toEqual([
      ["INVALID_STATUS", ["id"]],
    ]);
  });

  it("a step the operation's status does not allow", async () => {
    const { cut, paint, releasedAt } = await releasedTable();
    const at = iso(releasedAt + MINUTE);
    expect(await refusal(() => step(productionOrderOperationPause, cut, { reason: "x" }))).toEqual([
      ["INVALID_STATUS", ["id"]],
    ]);
    expect(await refusal(() => step(productionOrderOperationResume, cut))).toEqual([
      ["INVALID_STATUS", ["id"]],
    ]);
    expect(await refusal(() => step(productionOrderOperationComplete, cut, { goodQuantity: "1" }))).toEqual([
      ["INVALID_STATUS", ["id"]],
    ]);
    await ok(productionOrderOperationStart, cut, { at });
    expect(await refusal(() => step(productionOrderOperationStart, cut))).toEqual([
      ["INVALID_STATUS", ["id"]],
    ]);
    expect(await refusal(() => step(productionOrderOperationSkip, cut))).toEqual([
      ["INVALID_STATUS", ["id"]],
    ]);
    await ok(productionOrderOperationSkip, paint);
    const payload = await step(productionOrderOperationStart, paint);
    expect(payload.userErrors[0]?.message).toMatch(
      /^Operation 20 "Paint" of MO-\d+ is SKIPPED; only a PENDING operation can be started$/,
    );
  });

  it("a time in the future, before the release or before the operation's last step", async () => {
    const { cut, releasedAt } = await releasedTable();
    const field = ["input", "at"];
    expect(
      await refusal(() => step(productionOrderOperationStart, cut, { at: iso(Date.now() + 10 * MINUTE) })),
    ).toEqual([["INVALID_INPUT", field]]);
    expect(
      await refusal(() => step(productionOrderOperationStart, cut, { at: iso(releasedAt - 1) })),
    ).toEqual([["INVALID_INPUT", field]]);
    await ok(productionOrderOperationStart, cut, { at: iso(releasedAt + 30 * MINUTE) });
    expect(
      await refusal(() =>
        step(productionOrderOperationPause, cut, { at: iso(releasedAt + 29 * MINUTE), reason: "x" }),
      ),
    ).toEqual([["INVALID_INPUT", field]]);
  });

  it("an unknown or archived employee", async () => {
    const { cut } = await releasedTable();
    expect(
      await refusal(() =>
        step(productionOrderOperationStart, cut, { employeeId: globalId("Employee", 2_000_000_000) }),
      ),
    ).toEqual([["NOT_FOUND", ["input", "employeeId"]]]);
    expect(
      await refusal(() =>
        step(productionOrderOperationStart, cut, { employeeId: globalId("Employee", employees.bob) }),
      ),
    ).toEqual([["ARCHIVED", ["input", "employeeId"]]]);
  });

  it("quantities below zero or both zero, and a reason empty or too long", async () => {
    const { cut, releasedAt } = await releasedTable();
    await ok(productionOrderOperationStart, cut, { at: iso(releasedAt + MINUTE) });
    expect(await refusal(() => step(productionOrderOperationComplete, cut, { goodQuantity: "-1" }))).toEqual([
      ["INVALID_INPUT", ["input", "goodQuantity"]],
    ]);
    expect(
      await refusal(() =>
        step(productionOrderOperationComplete, cut, { goodQuantity: "1", scrapQuantity: "-0.5" }),
      ),
    ).toEqual([["INVALID_INPUT", ["input", "scrapQuantity"]]]);
    expect(
      await refusal(() =>
        step(productionOrderOperationComplete, cut, { goodQuantity: "0", scrapQuantity: "0" }),
      ),
    ).toEqual([["INVALID_INPUT", ["input", "goodQuantity"]]]);
    for (const reason of ["", "   ", "x".repeat(501)]) {
      expect(await refusal(() => step(productionOrderOperationPause, cut, { reason }))).toEqual([
        ["INVALID_INPUT", ["input", "reason"]],
      ]);
    }
    expect(await refusal(() => step(productionOrderOperationSkip, cut, { reason: "x".repeat(501) }))).toEqual(
      [["INVALID_INPUT", ["input", "reason"]]],
    );
  });

  it("a stale expectedVersion of the operation", async () => {
    const { cut, releasedAt } = await releasedTable();
    const started = await ok(productionOrderOperationStart, cut, { at: iso(releasedAt + MINUTE) });
    expect(
      await refusal(() =>
        step(productionOrderOperationPause, cut, { reason: "x", expectedVersion: started.version - 1 }),
      ),
    ).toEqual([["VERSION_CONFLICT", ["input", "expectedVersion"]]]);
    await ok(productionOrderOperationPause, cut, { reason: "x", expectedVersion: started.version });
  });

  it("an id of another type, or of no operation", async () => {
    const { id } = await releasedTable();
    const before = await written(fixtures.kit);
    const wrongType = await fixtures.kit.execute(productionOrderOperationStart, { id });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await written(fixtures.kit)).toEqual(before);
    expect(
      await refusal(() =>
        step(productionOrderOperationStart, globalId("ProductionOrderOperation", 2_000_000_000)),
      ),
    ).toEqual([["NOT_FOUND", ["id"]]]);
  });
});
