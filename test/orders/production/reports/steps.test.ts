import { describe, expect, it } from "vitest";
import { archiveEmployee, createEmployee } from "../../../../src/domain/catalog/partners.ts";
import { CLOCK_SKEW_MS } from "../../../../src/domain/time.ts";
import { succeeded } from "../../../kit/app.ts";
import { globalId } from "../../../kit/ids.ts";
import { settingsUpdate } from "../../../operations/inventory.ts";
import {
  nodeProductionOrderShopFloor,
  productionOrderComplete,
  productionOrderConsume,
  productionOrderRecordWaste,
  productionOrderReportOutput,
  productionOrderUndo,
  productionOrderVoid,
  productionReportUndo,
} from "../../../operations/orders.ts";
import { productionFixtures } from "../fixtures.ts";

/**
 * The shop floor's stock steps through the API, rule by rule (docs/rules/orders/production/shop-floor-stock.md):
 * which component rows a scan fills, unplanned components, output with its line and tolerance, when and by whom,
 * exact undo in any order, what completion, void and undo do after reports, and how an order shows it all. Random
 * sequences of steps against a reference model: model.test.ts.
 */

const fixtures = productionFixtures();
const { gid, createOrder, allStock, withoutEmpty, expectInvariants, figures } = fixtures;
const kit = () => fixtures.kit;
fixtures.use(() => {});

type Shown = {
  status: string;
  version: number;
  lines: { id: string; quantity: string; producedQuantity: string; scrappedQuantity: string }[];
  components: {
    id: string;
    requiredQuantity: string;
    allocatedQuantity: string;
    consumedQuantity: string;
    variance: string;
    unplanned: boolean;
    product: { sku: string };
  }[];
  reports: {
    id: string;
    kind: string;
    at: string;
    note: string | null;
    undoneAt: string | null;
    employee: { name: string } | null;
    lines: { quantity: string; scrapQuantity: string; allocationReleased: string; onOrderReleased: string }[];
    movements: { quantity: string; reason: string; product: { sku: string } }[];
  }[];
  waste: { type: string; movements: { quantity: string; product: { sku: string } }[] }[];
};

async function shown(id: string): Promise<Shown> {
  const result = await kit().execute(nodeProductionOrderShopFloor, { id });
  expect(result.errors).toBeUndefined();
  return result.data?.node as unknown as Shown;
}

/** A component row of the order: [sku, required, allocated, consumed, variance]. */
const rows = (order: Shown) =>
  order.components.map((c) => [
    c.product.sku,
    c.requiredQuantity,
    c.allocatedQuantity,
    c.consumedQuantity,
    c.variance,
  ]);

const consume = (id: string, input: Record<string, unknown>) =>
  kit().execute(productionOrderConsume, { id, input: input as { quantity: string } });
const report = (id: string, input: Record<string, unknown>) =>
  kit().execute(productionOrderReportOutput, { id, input: input as { goodQuantity: string } });

/** The step must be refused with exactly this code and field, writing nothing. */
async function refusedWith(
  step: () => Promise<{ data?: object | null; errors?: readonly unknown[] }>,
  code: string,
  field: string[],
) {
  const before = await fixtures.written();
  const result = await step();
  expect(result.errors).toBeUndefined();
  const payload = Object.values(result.data ?? {})[0] as { userErrors: { code: string; field: string[] }[] };
  expect(payload.userErrors.map(({ code, field }) => ({ code, field }))).toEqual([{ code, field }]);
  expect(await fixtures.written()).toEqual(before);
  return payload.userErrors[0] as { code: string; field: string[]; message: string };
}

const ok = async (result: Promise<{ data?: object | null; errors?: readonly unknown[] }>, field: string) =>
  succeeded<{ productionOrder: { status: string; version: number } }>(await result, field);

/** Runs `steps` with the over-production tolerance at `percent`, then sets it back to 0 (the default). */
async function withTolerance(percent: string, steps: () => Promise<unknown>) {
  const set = async (to: string) =>
    succeeded(
      await kit().execute(settingsUpdate, { input: { overProductionTolerancePercent: to } }),
      "settingsUpdate",
    );
  await set(percent);
  try {
    await steps();
  } finally {
    await set("0");
  }
}

describe("scan-to-consume", () => {
  it("fills a product's rows in position order, the rest on the last; a component row named takes it all", async () => {
    // Two lines of bikes: FRAME is on two rows, 2 and 3 required.
    const order = await createOrder(
      [
        ["BIKE", "2"],
        ["BIKE", "3"],
      ],
      { status: "RELEASED" },
    );
    const before = await figures("FRAME");
    const consumed = await ok(
      consume(order.id, { productId: gid.product("FRAME"), quantity: "4" }),
      "productionOrderConsume",
    );
    // The first step on a RELEASED order starts it.
    expect(consumed.productionOrder.status).toBe("IN_PROGRESS");
    let now = await shown(order.id);
    const frames = () => rows(now).filter(([sku]) => sku === "FRAME");
    expect(frames()).toEqual([
      ["FRAME", "2", "0", "2", "0"],
      ["FRAME", "3", "1", "2", "-1"],
    ]);
    // The first row is full: 2 more go to the last one, beyond its requirement (1 released: all it still held).
    await ok(consume(order.id, { productId: gid.product("FRAME"), quantity: "2" }), "productionOrderConsume");
    now = await shown(order.id);
    expect(frames()).toEqual([
      ["FRAME", "2", "0", "2", "0"],
      ["FRAME", "3", "0", "4", "1"],
    ]);
    // Named by its row: the first takes 0.5 beyond its requirement, nothing left to release.
    const first = now.components.find((c) => c.product.sku === "FRAME") as Shown["components"][number];
    await ok(consume(order.id, { componentId: first.id, quantity: "0.5" }), "productionOrderConsume");
    now = await shown(order.id);
    expect(frames()).toEqual([
      ["FRAME", "2", "0", "2.5", "0.5"],
      ["FRAME", "3", "0", "4", "1"],
    ]);
    expect(await figures("FRAME")).toEqual({
      onHand: String(Number(before.onHand) - 6.5),
      allocated: String(Number(before.allocated) - 5),
      available: String(Number(before.available) - 1.5),
      onOrder: "0",
    });
    // Each scan is one report: the first has a line per row, its movements one per row, at the shop floor.
    expect(now.reports.map((r) => [r.kind, r.lines.map((l) => [l.quantity, l.allocationReleased])])).toEqual([
      [
        "CONSUMPTION",
        [
          ["2", "2"],
          ["2", "2"],
        ],
      ],
      ["CONSUMPTION", [["2", "1"]]],
      ["CONSUMPTION", [["0.5", "0"]]],
    ]);
    expect(now.reports[0]?.movements).toEqual([
      { quantity: "-2", reason: "PRODUCTION_CONSUMPTION", product: { sku: "FRAME" } },
      { quantity: "-2", reason: "PRODUCTION_CONSUMPTION", product: { sku: "FRAME" } },
    ]);
    await expectInvariants();
  });

  it("consumes a product that is no component only when told it is unplanned, by whom and when", async () => {
    const order = await createOrder([["BIKE", "1"]], { status: "RELEASED" });
    const third = gid.product("THIRD");
    const refusal = await refusedWith(
      () => consume(order.id, { productId: third, quantity: "1" }),
      "INVALID_INPUT",
      ["input", "productId"],
    );
    expect(refusal.message).toContain("unplanned: true");
    const { id: employeeId } = await kit().db.transaction((tx) => createEmployee(tx, null, { name: "Ana" }));
    // Said by the scanner: after the release, not in the future.
    const at = new Date().toISOString();
    await ok(
      consume(order.id, {
        productId: third,
        quantity: "1.25",
        unplanned: true,
        employeeId: globalId("Employee", employeeId),
        at,
        note: "bracket bent",
      }),
      "productionOrderConsume",
    );
    const now = await shown(order.id);
    const added = now.components.at(-1);
    expect(added).toMatchObject({
      product: { sku: "THIRD" },
      unplanned: true,
      requiredQuantity: "0",
      allocatedQuantity: "0",
      consumedQuantity: "1.25",
      variance: "1.25",
    });
    expect(now.components.filter((c) => c.unplanned)).toHaveLength(1);
    expect(now.reports).toEqual([
      expect.objectContaining({ kind: "CONSUMPTION", at, note: "bracket bent", employee: { name: "Ana" } }),
    ]);
    // Scanned again: the same row, no second one.
    await ok(
      consume(order.id, { productId: third, quantity: "1", unplanned: true }),
      "productionOrderConsume",
    );
    expect((await shown(order.id)).components.filter((c) => c.unplanned)).toMatchObject([
      { consumedQuantity: "2.25" },
    ]);
    await expectInvariants();
  });

  it("refuses what it cannot do, naming the field, and writes nothing", async () => {
    const order = await createOrder([["GADGET", "2"]], { status: "RELEASED" });
    const scarce = gid.product("SCARCE");
    await refusedWith(() => consume(order.id, { quantity: "1" }), "INVALID_INPUT", ["input", "productId"]);
    const component = (await shown(order.id)).components[0]?.id as string;
    await refusedWith(
      () => consume(order.id, { productId: scarce, componentId: component, quantity: "1" }),
      "INVALID_INPUT",
      ["input", "productId"],
    );
    const other = await createOrder([["BIKE", "1"]], { status: "RELEASED" });
    const foreign = (await shown(other.id)).components[0]?.id as string;
    await refusedWith(() => consume(order.id, { componentId: foreign, quantity: "1" }), "NOT_FOUND", [
      "input",
      "componentId",
    ]);
    // Only 5 SCARCE on hand.
    await refusedWith(() => consume(order.id, { productId: scarce, quantity: "6" }), "INSUFFICIENT_STOCK", [
      "input",
      "quantity",
    ]);
    await refusedWith(
      () =>
        consume(order.id, {
          productId: scarce,
          quantity: "1",
          at: new Date(Date.now() + 2 * CLOCK_SKEW_MS).toISOString(),
        }),
      "INVALID_INPUT",
      ["input", "at"],
    );
    await refusedWith(
      () =>
        consume(order.id, {
          productId: scarce,
          quantity: "1",
          at: new Date(Date.now() - 86_400_000).toISOString(),
        }),
      "INVALID_INPUT",
      ["input", "at"],
    );
    const gone = await kit().db.transaction(async (tx) => {
      const employee = await createEmployee(tx, null, { name: "Gone" });
      await archiveEmployee(tx, null, employee.id);
      return globalId("Employee", employee.id);
    });
    await refusedWith(
      () => consume(order.id, { productId: scarce, quantity: "1", employeeId: gone }),
      "ARCHIVED",
      ["input", "employeeId"],
    );
    await refusedWith(
      () =>
        kit().execute(productionOrderConsume, {
          id: order.id,
          expectedVersion: 1,
          input: { productId: scarce, quantity: "1" },
        }),
      "VERSION_CONFLICT",
      ["expectedVersion"],
    );
    const draft = await createOrder([["GADGET", "1"]]);
    await refusedWith(() => consume(draft.id, { productId: scarce, quantity: "1" }), "INVALID_STATUS", [
      "id",
    ]);
  });
});

describe("output", () => {
  it("needs its line when the order has several, and stays within the over-production tolerance", async () => {
    const order = await createOrder(
      [
        ["BIKE", "2"],
        ["TRIKE", "3"],
      ],
      { status: "RELEASED" },
    );
    const [bikes, trikes] = (await shown(order.id)).lines as [Shown["lines"][number], Shown["lines"][number]];
    await refusedWith(() => report(order.id, { goodQuantity: "1" }), "INVALID_INPUT", ["input", "lineId"]);
    const other = await createOrder([["TRIKE", "1"]]);
    const foreign = (await shown(other.id)).lines[0]?.id as string;
    await refusedWith(() => report(order.id, { lineId: foreign, goodQuantity: "1" }), "NOT_FOUND", [
      "input",
      "lineId",
    ]);
    await refusedWith(
      () => report(order.id, { lineId: trikes.id, goodQuantity: "3.000001" }),
      "INVALID_INPUT",
      ["input", "goodQuantity"],
    );
    await refusedWith(
      () => report(order.id, { lineId: trikes.id, goodQuantity: "1", scrapQuantity: "-1" }),
      "INVALID_INPUT",
      ["input", "scrapQuantity"],
    );

    // 2 trikes good, 1 scrap: THIRD back-flushed for the 3 made (1 per 3 units: 1), the bikes untouched.
    await ok(
      report(order.id, { lineId: trikes.id, goodQuantity: "2", scrapQuantity: "1" }),
      "productionOrderReportOutput",
    );
    let now = await shown(order.id);
    expect(now.lines.map((l) => [l.producedQuantity, l.scrappedQuantity])).toEqual([
      ["0", "0"],
      ["2", "1"],
    ]);
    expect(rows(now).filter(([sku]) => sku === "THIRD")).toEqual([["THIRD", "1", "0", "1", "0"]]);
    expect(rows(now).filter(([sku]) => sku === "FRAME")).toEqual([["FRAME", "2", "2", "0", "-2"]]);
    expect(await figures("TRIKE")).toMatchObject({ onHand: "2", onOrder: "1" });

    // 10% tolerance: up to 3.3 trikes in all. 1.3 more is accepted, on order released only by the 1 still on it.
    await withTolerance("10", async () => {
      await refusedWith(
        () => report(order.id, { lineId: trikes.id, goodQuantity: "1.31" }),
        "INVALID_INPUT",
        ["input", "goodQuantity"],
      );
      await ok(report(order.id, { lineId: trikes.id, goodQuantity: "1.3" }), "productionOrderReportOutput");
    });
    now = await shown(order.id);
    expect(now.reports.at(-1)?.lines.at(-1)).toMatchObject({ quantity: "1.3", onOrderReleased: "1" });
    expect(await figures("TRIKE")).toMatchObject({ onHand: "3.3", onOrder: "0" });
    // Back-flush: 4.3 made call for 1.433333 THIRD (4.3 / 3 to 6 decimals, half up), of which 1 was consumed.
    expect(rows(now).filter(([sku]) => sku === "THIRD")).toEqual([
      ["THIRD", "1", "0", "1.433333", "0.433333"],
    ]);
    expect(bikes.producedQuantity).toBe("0");
    await expectInvariants();
  });

  it("back-flushes only what scans did not consume already", async () => {
    const order = await createOrder([["BIKE", "4"]], { status: "RELEASED" });
    await ok(consume(order.id, { productId: gid.product("WHEEL"), quantity: "5" }), "productionOrderConsume");
    // 2 good + 1 scrap: 3 bikes call for 6 wheels (1 more), 3 frames, 3 saddles and posts.
    await ok(report(order.id, { goodQuantity: "2", scrapQuantity: "1" }), "productionOrderReportOutput");
    const now = await shown(order.id);
    expect(rows(now)).toEqual([
      ["FRAME", "4", "1", "3", "-1"],
      ["WHEEL", "8", "2", "6", "-2"],
      ["SADDLE", "4", "1", "3", "-1"],
      ["POST", "4", "1", "3", "-1"],
    ]);
    expect(now.reports.at(-1)?.lines.map((l) => l.quantity)).toEqual(["3", "1", "3", "3", "2"]);
    await expectInvariants();
  });
});

describe("undo, completion and void after reports", () => {
  it("undoes reports exactly in any order; a report undone twice or a completion's report is refused", async () => {
    const start = withoutEmpty(await allStock());
    const order = await createOrder([["BIKE", "3"]], { status: "RELEASED" });
    const released = withoutEmpty(await allStock());
    await ok(consume(order.id, { productId: gid.product("FRAME"), quantity: "2" }), "productionOrderConsume");
    await ok(report(order.id, { goodQuantity: "1", scrapQuantity: "0.5" }), "productionOrderReportOutput");
    await ok(consume(order.id, { productId: gid.product("WHEEL"), quantity: "7" }), "productionOrderConsume");
    const [first, second, third] = (await shown(order.id)).reports.map((r) => r.id) as [
      string,
      string,
      string,
    ];

    // Stepping back to RELEASED while reports stand is refused, saying what to undo.
    const refusal = await refusedWith(
      () => kit().execute(productionOrderUndo, { id: order.id }),
      "INVALID_STATUS",
      ["id"],
    );
    expect(refusal.message).toContain("undo its reports first");

    for (const id of [second, first, third]) {
      await ok(kit().execute(productionReportUndo, { id }), "productionReportUndo");
      await expectInvariants();
    }
    expect(withoutEmpty(await allStock())).toEqual(released);
    const now = await shown(order.id);
    expect(now.reports.every((r) => r.undoneAt !== null)).toBe(true);
    expect(
      rows(now).every(([, required, allocated, consumed]) => allocated === required && consumed === "0"),
    ).toBe(true);
    expect(now.lines.map((l) => [l.producedQuantity, l.scrappedQuantity])).toEqual([["0", "0"]]);
    await refusedWith(() => kit().execute(productionReportUndo, { id: first }), "INVALID_STATUS", ["id"]);

    // Nothing stands: back to RELEASED, then PLANNED, DRAFT: where it started.
    expect(
      (await ok(kit().execute(productionOrderUndo, { id: order.id }), "productionOrderUndo")).productionOrder
        .status,
    ).toBe("RELEASED");
    await ok(kit().execute(productionOrderUndo, { id: order.id }), "productionOrderUndo");
    await ok(kit().execute(productionOrderUndo, { id: order.id }), "productionOrderUndo");
    expect(withoutEmpty(await allStock())).toEqual(start);

    const completed = await createOrder([["BIKE", "1"]], { status: "RELEASED" });
    await ok(kit().execute(productionOrderComplete, { id: completed.id }), "productionOrderComplete");
    const completion = (await shown(completed.id)).reports[0] as Shown["reports"][number];
    expect(completion.kind).toBe("COMPLETION");
    await refusedWith(() => kit().execute(productionReportUndo, { id: completion.id }), "INVALID_INPUT", [
      "id",
    ]);
  });

  it("gives back on order by what is not produced once an output is undone, whatever came after it", async () => {
    const order = await createOrder([["TRIKE", "3"]], { status: "RELEASED" });
    const onOrder = async () => (await figures("TRIKE")).onOrder;
    const before = await onOrder();
    const less = (by: string) => String(Number(before) - Number(by));
    await ok(report(order.id, { goodQuantity: "2" }), "productionOrderReportOutput");
    // 1.3 more: 3.3 made, on order released by the 1 still on it.
    await withTolerance("10", () =>
      ok(report(order.id, { goodQuantity: "1.3" }), "productionOrderReportOutput"),
    );
    expect(await onOrder()).toBe(less("3"));
    // The first report undone: 1.3 made, 1.7 on order again (not the 2 it released: the later 1.3 cover 0.3).
    const [first] = (await shown(order.id)).reports;
    await ok(kit().execute(productionReportUndo, { id: first?.id as string }), "productionReportUndo");
    expect(await onOrder()).toBe(less("1.3"));
    await expectInvariants();
  });

  it("completes what remains after reports and undoes exactly the completion", async () => {
    const order = await createOrder([["BIKE", "4"]], { status: "RELEASED" });
    await ok(consume(order.id, { productId: gid.product("WHEEL"), quantity: "9" }), "productionOrderConsume");
    await ok(report(order.id, { goodQuantity: "1", scrapQuantity: "1" }), "productionOrderReportOutput");
    const beforeCompletion = withoutEmpty(await allStock());
    const wheel = (await shown(order.id)).components.find((c) => c.product.sku === "WHEEL")?.id as string;

    // A component's consumption given at completion is its whole consumption: below the 9 scanned is refused.
    await refusedWith(
      () =>
        kit().execute(productionOrderComplete, {
          id: order.id,
          consumption: [{ componentId: wheel, quantity: "8" }],
        }),
      "INVALID_INPUT",
      ["consumption", "0", "quantity"],
    );
    await ok(
      kit().execute(productionOrderComplete, {
        id: order.id,
        consumption: [{ componentId: wheel, quantity: "11" }],
      }),
      "productionOrderComplete",
    );
    const now = await shown(order.id);
    // 4 good + 1 scrap made: 5 frames, saddles and posts; the wheels as given; the 3 bikes not yet reported.
    expect(rows(now)).toEqual([
      ["FRAME", "4", "0", "5", "1"],
      ["WHEEL", "8", "0", "11", "3"],
      ["SADDLE", "4", "0", "5", "1"],
      ["POST", "4", "0", "5", "1"],
    ]);
    expect(now.lines.map((l) => [l.producedQuantity, l.scrappedQuantity])).toEqual([["4", "1"]]);
    expect(
      now.reports.at(-1)?.lines.map((l) => [l.quantity, l.allocationReleased, l.onOrderReleased]),
    ).toEqual([
      ["3", "2", "0"],
      ["2", "0", "0"],
      ["3", "2", "0"],
      ["3", "2", "0"],
      ["3", "0", "3"],
    ]);
    await expectInvariants();

    // Undo reverses the completion only: the shop floor's reports stay.
    const undone = await ok(kit().execute(productionOrderUndo, { id: order.id }), "productionOrderUndo");
    expect(undone.productionOrder.status).toBe("IN_PROGRESS");
    expect(withoutEmpty(await allStock())).toEqual(beforeCompletion);
    expect((await shown(order.id)).reports.map((r) => [r.kind, r.undoneAt === null])).toEqual([
      ["CONSUMPTION", true],
      ["OUTPUT", true],
      ["COMPLETION", false],
    ]);
    await expectInvariants();
  });

  it("voids releasing only what is still held, and shows waste beside scrap", async () => {
    const order = await createOrder([["BIKE", "2"]], { status: "RELEASED" });
    await ok(report(order.id, { goodQuantity: "1", scrapQuantity: "0.5" }), "productionOrderReportOutput");
    await ok(
      kit().execute(productionOrderRecordWaste, {
        id: order.id,
        input: { lines: [{ productId: gid.product("FRAME"), quantity: "0.25" }] },
      }),
      "productionOrderRecordWaste",
    );
    const now = await shown(order.id);
    expect(now.lines.map((l) => l.scrappedQuantity)).toEqual(["0.5"]);
    expect(now.waste).toEqual([
      { type: "WASTE", movements: [{ quantity: "-0.25", product: { sku: "FRAME" } }] },
    ]);
    const frameBefore = await figures("FRAME");
    const bikeBefore = await figures("BIKE");
    await ok(kit().execute(productionOrderVoid, { id: order.id }), "productionOrderVoid");
    // 1.5 frames were back-flushed: the 0.5 still allocated is released; the 1 bike made stays, 1 off order.
    expect(await figures("FRAME")).toEqual({
      ...frameBefore,
      allocated: String(Number(frameBefore.allocated) - 0.5),
      available: String(Number(frameBefore.available) + 0.5),
    });
    expect(await figures("BIKE")).toEqual({ ...bikeBefore, onOrder: String(Number(bikeBefore.onOrder) - 1) });
    await expectInvariants();
    // No step on a voided order, and no undo of its reports.
    await refusedWith(() => report(order.id, { goodQuantity: "1" }), "INVALID_STATUS", ["id"]);
    await refusedWith(
      () => kit().execute(productionReportUndo, { id: now.reports[0]?.id as string }),
      "INVALID_STATUS",
      ["id"],
    );
  });
});
