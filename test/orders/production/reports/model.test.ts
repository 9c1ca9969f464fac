import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBom } from "../../../../src/domain/bom/boms.ts";
import { createProduct } from "../../../../src/domain/catalog/products.ts";
import { Dec, dec } from "../../../../src/domain/decimal.ts";
import { DomainError } from "../../../../src/domain/errors.ts";
import { createProductionOrder } from "../../../../src/domain/orders/production/create.ts";
import {
  consumeForProductionOrder,
  reportProductionOutput,
  undoProductionReport,
} from "../../../../src/domain/orders/production/reports.ts";
import {
  authorizeProductionOrder,
  completeProductionOrder,
  releaseProductionOrder,
  undoProductionOrder,
  voidProductionOrder,
} from "../../../../src/domain/orders/production/transitions.ts";
import { updateSettings } from "../../../../src/domain/settings.ts";
import { type TestKit, useTestKit } from "../../../kit/app.ts";
import { expectConsistent, stockAt } from "../../../kit/checks.ts";
import { addStock, seedWorld, type World } from "../../../kit/world.ts";
import { runsOf, seedOf } from "../planning/props.ts";

/**
 * Shop-floor stock steps against a reference model: orders of one or two lines (P, and Q which shares the component
 * A, so A is on two component rows) with decimal quantities, and random sequences of scan-to-consume (planned,
 * unplanned, beyond the requirement), output reports (good and scrap, some into the over-production tolerance),
 * undo of a random report, completion, undo and void. After every step the shop floor's stock figures (on hand,
 * allocated, on order) and the order's figures are the model's, refused steps are refused by both, and the ledger
 * invariants hold; at the end, undoing every report left brings stock back exactly to where the release put it.
 * The model is plain arithmetic written from the rules (docs/rules/orders/production/shop-floor-stock.md), not
 * from the code.
 */

const SYSTEM = null;
const SKUS = ["P", "Q", "A", "B", "C"] as const;
type Sku = (typeof SKUS)[number];
/** Per unit: a P takes 2 A and 0.5 B, a Q 1.5 A. C is no component: consumed only as unplanned. */
const RECIPES = {
  P: [
    ["A", dec(2)],
    ["B", dec("0.5")],
  ],
  Q: [["A", dec("1.5")]],
} as const satisfies Record<"P" | "Q", readonly (readonly [Sku, Dec])[]>;
const TOLERANCE_PERCENT = 10;

let kit: TestKit;
let places: World;
const ids = {} as Record<Sku, number>;
const bomIds = { P: 0, Q: 0 };

useTestKit((opened) => {
  kit = opened;
});

const round6 = (value: Dec) => value.toDecimalPlaces(6, Dec.ROUND_HALF_UP);
const min = (a: Dec, b: Dec) => (a.lessThan(b) ? a : b);
const max0 = (a: Dec) => (a.isNegative() ? dec(0) : a);

type Levels = Record<Sku, { onHand: Dec; allocated: Dec; onOrder: Dec }>;
interface Line {
  sku: "P" | "Q";
  quantity: Dec;
  produced: Dec;
  scrapped: Dec;
}
/** A component row, in position order: the line it belongs to. */
interface Row {
  sku: Sku;
  line: number;
  required: Dec;
  consumed: Dec;
  allocated: Dec;
}
interface Report {
  id: number | null;
  kind: "CONSUMPTION" | "OUTPUT" | "COMPLETION";
  /** [row, consumed, allocation released] */
  components: [number, Dec, Dec][];
  /** [line, good, scrap, on order released] */
  outputs: [number, Dec, Dec, Dec][];
  undone: boolean;
}
type Status = "RELEASED" | "IN_PROGRESS" | "COMPLETED" | "VOIDED";

/** The model of one order and the shop floor's stock of the five products. */
class Model {
  status: Status = "RELEASED";
  rows: Row[] = [];
  reports: Report[] = [];
  constructor(
    readonly lines: Line[],
    readonly stock: Levels,
  ) {
    lines.forEach((line, index) => {
      for (const [sku, perUnit] of RECIPES[line.sku]) {
        const required = perUnit.times(line.quantity);
        this.rows.push({ sku, line: index, required, consumed: dec(0), allocated: required });
      }
    });
  }
  /** What a line has on order: what is not produced yet. */
  private onOrderOf(line: Line) {
    return max0(line.quantity.minus(line.produced));
  }
  private apply(report: Report, sign: 1 | -1) {
    for (const [index, quantity, released] of report.components) {
      const row = this.rows[index] as Row;
      row.consumed = row.consumed.plus(quantity.times(sign));
      row.allocated = row.allocated.minus(released.times(sign));
      this.stock[row.sku].onHand = this.stock[row.sku].onHand.minus(quantity.times(sign));
      this.stock[row.sku].allocated = this.stock[row.sku].allocated.minus(released.times(sign));
    }
    for (const [index, good, scrap] of report.outputs) {
      // On order follows what is not produced yet, whatever order reports are undone in.
      const line = this.lines[index] as Line;
      const before = this.onOrderOf(line);
      line.produced = line.produced.plus(good.times(sign));
      line.scrapped = line.scrapped.plus(scrap.times(sign));
      this.stock[line.sku].onHand = this.stock[line.sku].onHand.plus(good.times(sign));
      this.stock[line.sku].onOrder = this.stock[line.sku].onOrder.plus(this.onOrderOf(line).minus(before));
    }
  }
  private record(report: Report) {
    this.apply(report, 1);
    this.reports.push(report);
    // Every report starts a RELEASED order, the completion too.
    if (this.status === "RELEASED") this.status = "IN_PROGRESS";
  }
  get worked() {
    return this.status === "RELEASED" || this.status === "IN_PROGRESS";
  }
  /** What a component row's share of `made` units of its line calls for. */
  private target(row: Row, made: Dec) {
    return round6(row.required.times(made).dividedBy((this.lines[row.line] as Line).quantity));
  }
  consume(sku: Sku, quantity: Dec, unplanned: boolean): boolean {
    if (!this.worked) return false;
    let indexes = this.rows.flatMap((row, index) => (row.sku === sku ? [index] : []));
    if (indexes.length === 0) {
      if (!unplanned) return false;
      this.rows.push({ sku, line: 0, required: dec(0), consumed: dec(0), allocated: dec(0) });
      indexes = [this.rows.length - 1];
    }
    // Each row up to what it still requires, in position order; the rest on the last.
    const components: Report["components"] = [];
    let left = quantity;
    indexes.forEach((index, position) => {
      const row = this.rows[index] as Row;
      const take = position === indexes.length - 1 ? left : min(left, max0(row.required.minus(row.consumed)));
      if (take.isZero()) return;
      components.push([index, take, min(take, row.allocated)]);
      left = left.minus(take);
    });
    this.record({ id: null, kind: "CONSUMPTION", components, outputs: [], undone: false });
    return true;
  }
  report(lineIndex: number | null, good: Dec, scrap: Dec): boolean {
    if (!this.worked) return false;
    if (lineIndex === null && this.lines.length > 1) return false;
    const index = lineIndex ?? 0;
    const line = this.lines[index];
    if (!line || (good.isZero() && scrap.isZero())) return false;
    const limit = line.quantity.times(100 + TOLERANCE_PERCENT).dividedBy(100);
    if (line.produced.plus(good).greaterThan(limit)) return false;
    const made = line.produced.plus(good).plus(line.scrapped).plus(scrap);
    const components: Report["components"] = [];
    this.rows.forEach((row, rowIndex) => {
      if (row.line !== index) return;
      const owed = max0(this.target(row, made).minus(row.consumed));
      if (!owed.isZero()) components.push([rowIndex, owed, min(owed, row.allocated)]);
    });
    const released = min(good, max0(line.quantity.minus(line.produced)));
    this.record({
      id: null,
      kind: "OUTPUT",
      components,
      outputs: [[index, good, scrap, released]],
      undone: false,
    });
    return true;
  }
  undoReport(index: number): boolean {
    const report = this.reports[index];
    if (!report || report.kind === "COMPLETION" || !this.worked || report.undone) return false;
    this.apply(report, -1);
    report.undone = true;
    return true;
  }
  complete(): boolean {
    if (!this.worked) return false;
    const components: Report["components"] = this.rows.map((row, index) => {
      const line = this.lines[row.line] as Line;
      const owed = max0(this.target(row, line.quantity.plus(line.scrapped)).minus(row.consumed));
      return [index, owed, row.allocated];
    });
    const outputs: Report["outputs"] = this.lines.map((line, index) => {
      const rest = max0(line.quantity.minus(line.produced));
      return [index, rest, dec(0), rest];
    });
    this.record({ id: null, kind: "COMPLETION", components, outputs, undone: false });
    this.status = "COMPLETED";
    return true;
  }
  /** One step back; a RELEASED order's undo (to PLANNED) is the planner's, outside this model. */
  undo(): boolean {
    if (this.status === "COMPLETED") {
      const completion = this.reports.findLast((report) => report.kind === "COMPLETION" && !report.undone);
      if (!completion) return false;
      this.apply(completion, -1);
      completion.undone = true;
      this.status = "IN_PROGRESS";
      return true;
    }
    if (this.status === "IN_PROGRESS") {
      if (this.reports.some((report) => !report.undone)) return false;
      this.status = "RELEASED";
      return true;
    }
    return false;
  }
  /** Releases what is still held: every row's allocation and what each line has not produced yet. */
  void(): boolean {
    if (!this.worked) return false;
    for (const row of this.rows) {
      this.stock[row.sku].allocated = this.stock[row.sku].allocated.minus(row.allocated);
      row.allocated = dec(0);
    }
    for (const line of this.lines) {
      this.stock[line.sku].onOrder = this.stock[line.sku].onOrder.minus(
        max0(line.quantity.minus(line.produced)),
      );
    }
    this.status = "VOIDED";
    return true;
  }
}

type Step =
  | { kind: "consume"; sku: Sku; quantity: string; unplanned: boolean }
  | { kind: "report"; line: number | null; good: string; scrap: string; toTheEnd: boolean }
  | { kind: "undoReport"; index: number }
  | { kind: "complete" }
  | { kind: "undo" }
  | { kind: "void" };

const hundredths = (max: number, least = 0) =>
  fc.integer({ min: least, max }).map((n) => dec(n).dividedBy(100).toString());
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("consume" as const),
      sku: fc.constantFrom<Sku>("A", "B", "C"),
      quantity: hundredths(3000, 1),
      unplanned: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("report" as const),
      // null: no lineId, refused when the order has two lines.
      line: fc.option(fc.integer({ min: 0, max: 1 }), { freq: 4 }),
      good: hundredths(400),
      scrap: hundredths(150),
      // Good units to the end of the quantity and 5% past it: into the over-production tolerance.
      toTheEnd: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("undoReport" as const), index: fc.nat(8) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "complete" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "undo" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "void" as const }) },
);

async function setUp() {
  places = await seedWorld(kit);
  await kit.db.transaction(async (tx) => {
    for (const sku of SKUS) ids[sku] = (await createProduct(tx, SYSTEM, { sku: `M-${sku}`, name: sku })).id;
    for (const sku of ["P", "Q"] as const) {
      bomIds[sku] = (
        await createBom(tx, SYSTEM, {
          productId: ids[sku],
          kind: "PRODUCTION",
          name: sku,
          lines: RECIPES[sku].map(([component, quantity]) => ({
            componentId: ids[component],
            quantity: quantity.toString(),
          })),
        })
      ).id;
    }
  });
  for (const sku of ["A", "B", "C"] as const) await addStock(kit, ids[sku], places.shopFloor, "1000000");
  await kit.db.transaction((tx) =>
    updateSettings(tx, SYSTEM, { overProductionTolerancePercent: String(TOLERANCE_PERCENT) }),
  );
}

async function stockNow(): Promise<Levels> {
  const entries = await Promise.all(
    SKUS.map(async (sku) => {
      const level = await stockAt(kit, ids[sku], places.shopFloor);
      return [
        sku,
        { onHand: dec(level.onHand), allocated: dec(level.allocated), onOrder: dec(level.onOrder) },
      ];
    }),
  );
  return Object.fromEntries(entries) as Levels;
}

/** Runs a step through the domain (one transaction each, as the API does); false when it was refused. */
async function run(orderId: number, lineIds: number[], model: Model, step: Step): Promise<boolean> {
  const act = (action: Parameters<typeof kit.db.transaction>[0]) =>
    kit.db.transaction(action).then(
      () => true,
      (error: unknown) => {
        if (error instanceof DomainError) return false;
        throw error;
      },
    );
  switch (step.kind) {
    case "consume":
      return act((tx) =>
        consumeForProductionOrder(tx, SYSTEM, orderId, {
          productId: ids[step.sku],
          quantity: step.quantity,
          unplanned: step.unplanned,
        }),
      );
    case "report": {
      // A line the order does not have: the other order's line id, refused as unknown.
      const lineId = step.line === null ? null : (lineIds[step.line] ?? 0);
      return act((tx) =>
        reportProductionOutput(tx, SYSTEM, orderId, {
          lineId,
          goodQuantity: step.good,
          scrapQuantity: step.scrap,
        }),
      );
    }
    case "undoReport": {
      const id = model.reports[step.index]?.id;
      if (id == null) return false;
      return act((tx) => undoProductionReport(tx, SYSTEM, id, {}));
    }
    case "complete":
      return act((tx) => completeProductionOrder(tx, SYSTEM, orderId));
    case "undo":
      return act((tx) => undoProductionOrder(tx, SYSTEM, orderId));
    case "void":
      return act((tx) => voidProductionOrder(tx, SYSTEM, orderId));
  }
}

function modelStep(model: Model, step: Step): boolean {
  switch (step.kind) {
    case "consume":
      return model.consume(step.sku, dec(step.quantity), step.unplanned);
    case "report":
      return model.report(step.line, dec(step.good), dec(step.scrap));
    case "undoReport":
      return model.undoReport(step.index);
    case "complete":
      return model.complete();
    case "undo":
      return model.undo();
    case "void":
      return model.void();
  }
}

const figures = (stock: Levels) =>
  Object.fromEntries(
    Object.entries(stock).map(([sku, level]) => [
      sku,
      [level.onHand.toFixed(), level.allocated.toFixed(), level.onOrder.toFixed()],
    ]),
  );

/** The stock, the order's status, lines and component rows are the model's, and the ledger invariants hold. */
async function expectModel(orderId: number, model: Model) {
  expect(figures(await stockNow())).toEqual(figures(model.stock));
  const row = await kit.db.prisma.productionOrder.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: { orderBy: { id: "asc" } }, components: { orderBy: { position: "asc" } } },
  });
  expect(row.status).toBe(model.status);
  expect(
    row.lines.map((line) => [dec(line.producedQuantity).toFixed(), dec(line.scrappedQuantity).toFixed()]),
  ).toEqual(model.lines.map((line) => [line.produced.toFixed(), line.scrapped.toFixed()]));
  expect(
    row.components.map((component) => [
      SKUS.find((sku) => ids[sku] === component.productId),
      row.lines.findIndex((line) => line.id === component.lineId),
      dec(component.requiredQuantity).toFixed(),
      dec(component.consumedQuantity).toFixed(),
      dec(component.allocatedQuantity).toFixed(),
    ]),
  ).toEqual(
    model.rows.map((each) => [
      each.sku,
      each.line,
      each.required.toFixed(),
      each.consumed.toFixed(),
      each.allocated.toFixed(),
    ]),
  );
  // Each report records exactly what it did, and whether it was undone.
  const reports = await kit.db.prisma.productionReport.findMany({
    where: { orderId },
    orderBy: { id: "asc" },
    include: { lines: { orderBy: { id: "asc" } } },
  });
  const componentIds = row.components.map((component) => component.id);
  const lineIds = row.lines.map((line) => line.id);
  expect(
    reports.map((report) => [
      report.kind,
      report.undoneAt !== null,
      report.lines
        .map((line) =>
          line.componentId !== null
            ? [componentIds.indexOf(line.componentId), line.quantity, line.allocationReleased]
            : [
                lineIds.indexOf(line.orderLineId ?? 0),
                line.quantity,
                line.scrapQuantity,
                line.onOrderReleased,
              ],
        )
        .map((figures) =>
          figures.map((figure) => (typeof figure === "number" ? figure : dec(figure).toFixed())),
        ),
    ]),
  ).toEqual(
    model.reports.map((report) => [
      report.kind,
      report.undone,
      [...report.components, ...report.outputs].map((figures) =>
        figures.map((figure) => (typeof figure === "number" ? figure : figure.toFixed())),
      ),
    ]),
  );
  await expectConsistent(kit);
}

const orderArb = fc.array(
  fc.record({ sku: fc.constantFrom<"P" | "Q">("P", "Q"), quantity: fc.integer({ min: 1, max: 600 }) }),
  { minLength: 1, maxLength: 2 },
);

describe("shop-floor stock steps", () => {
  it("match the reference model after every step; undo is exact; refused steps change nothing", async () => {
    await setUp();
    await fc.assert(
      fc.asyncProperty(orderArb, fc.array(stepArb, { minLength: 1, maxLength: 12 }), async (lines, steps) => {
        const order = await kit.db.transaction((tx) =>
          createProductionOrder(tx, SYSTEM, {
            locationId: places.shopFloor,
            lines: lines.map((line) => ({
              bomId: bomIds[line.sku],
              quantity: dec(line.quantity).dividedBy(100).toString(),
            })),
          }),
        );
        await kit.db.transaction((tx) => authorizeProductionOrder(tx, SYSTEM, order.id));
        await kit.db.transaction((tx) => releaseProductionOrder(tx, SYSTEM, order.id));
        const lineIds = (
          await kit.db.prisma.productionOrderLine.findMany({
            where: { orderId: order.id },
            orderBy: { id: "asc" },
          })
        ).map((line) => line.id);
        const atRelease = await stockNow();
        const model = new Model(
          lines.map((line) => ({
            sku: line.sku,
            quantity: dec(line.quantity).dividedBy(100),
            produced: dec(0),
            scrapped: dec(0),
          })),
          await stockNow(),
        );
        for (const step of steps) {
          if (step.kind === "undo" && model.status === "RELEASED") continue;
          if (step.kind === "report" && step.toTheEnd) {
            const line = model.lines[step.line ?? 0];
            if (line) {
              const rest = line.quantity.minus(line.produced).plus(line.quantity.times("0.05"));
              step.good = max0(rest).toDecimalPlaces(2, Dec.ROUND_DOWN).toString();
            }
          }
          const expected = modelStep(model, step);
          const done = await run(order.id, lineIds, model, step);
          expect({ step, done }).toEqual({ step, done: expected });
          if (done && (step.kind === "consume" || step.kind === "report" || step.kind === "complete")) {
            const last = await kit.db.prisma.productionReport.findFirstOrThrow({
              where: { orderId: order.id },
              orderBy: { id: "desc" },
            });
            (model.reports.at(-1) as Report).id = last.id;
          }
          await expectModel(order.id, model);
        }
        if (model.status === "VOIDED") return;
        // Every report left undone, in reverse (the completion through the order's undo): the release's stock.
        if (model.status === "COMPLETED") {
          expect(await run(order.id, lineIds, model, { kind: "undo" })).toBe(model.undo());
        }
        for (const [index, report] of model.reports.entries()) {
          if (report.undone) continue;
          expect(await run(order.id, lineIds, model, { kind: "undoReport", index })).toBe(
            model.undoReport(index),
          );
        }
        await expectModel(order.id, model);
        expect(figures(await stockNow())).toEqual(figures(atRelease));
      }),
      { numRuns: runsOf(20, "FC_SHOP_FLOOR_RUNS"), seed: seedOf(), endOnFailure: true },
    );
  });
});
