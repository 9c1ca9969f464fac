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
} from "../../../../src/domain/orders/production/transitions.ts";
import { updateSettings } from "../../../../src/domain/settings.ts";
import { type TestKit, useTestKit } from "../../../kit/app.ts";
import { expectConsistent, stockAt } from "../../../kit/checks.ts";
import { addStock, seedWorld, type World } from "../../../kit/world.ts";
import { runsOf, seedOf } from "../planning/props.ts";

/**
 * Shop-floor stock steps against a reference model: random sequences of scan-to-consume (planned, unplanned,
 * beyond the requirement), output reports (good and scrap, some beyond the quantity), undo of a random report,
 * completion and undo of the completion. After every step the stock figures of the shop floor and the order's
 * figures are the model's, refused steps change nothing, and the ledger invariants hold. The model is plain
 * arithmetic written from the rules (docs/rules/orders/production/shop-floor-stock.md), not from the code.
 */

const SYSTEM = null;
const SKUS = ["P", "A", "B", "C"] as const;
type Sku = (typeof SKUS)[number];
/** Per unit of P: 2 A and 0.5 B. C is no component: consumed only as unplanned. */
const PER_UNIT: Record<"A" | "B", Dec> = { A: dec(2), B: dec("0.5") };

let kit: TestKit;
let places: World;
const ids = {} as Record<Sku, number>;
let bomId = 0;

useTestKit((opened) => {
  kit = opened;
});

const round6 = (value: Dec) => value.toDecimalPlaces(6, Dec.ROUND_HALF_UP);
const min = (a: Dec, b: Dec) => (a.lessThan(b) ? a : b);
const max0 = (a: Dec) => (a.isNegative() ? dec(0) : a);

interface Component {
  required: Dec;
  consumed: Dec;
  allocated: Dec;
}
interface Report {
  id: number | null;
  kind: "CONSUMPTION" | "OUTPUT" | "COMPLETION";
  components: [Sku, Dec, Dec][];
  output: [Dec, Dec, Dec] | null;
  undone: boolean;
}

/** The model of one order and the shop floor's stock of the four products. */
class Model {
  status: "IN_PROGRESS" | "RELEASED" | "COMPLETED" = "RELEASED";
  completedFrom: "RELEASED" | "IN_PROGRESS" = "RELEASED";
  components = new Map<Sku, Component>();
  produced = dec(0);
  scrapped = dec(0);
  reports: Report[] = [];
  constructor(
    readonly quantity: Dec,
    readonly stock: Record<Sku, { onHand: Dec; allocated: Dec; onOrder: Dec }>,
  ) {
    for (const sku of ["A", "B"] as const) {
      const required = PER_UNIT[sku].times(quantity);
      this.components.set(sku, { required, consumed: dec(0), allocated: required });
    }
  }
  private apply(report: Report, sign: 1 | -1) {
    for (const [sku, quantity, released] of report.components) {
      const component = this.components.get(sku) as Component;
      component.consumed = component.consumed.plus(quantity.times(sign));
      component.allocated = component.allocated.minus(released.times(sign));
      this.stock[sku].onHand = this.stock[sku].onHand.minus(quantity.times(sign));
      this.stock[sku].allocated = this.stock[sku].allocated.minus(released.times(sign));
    }
    if (report.output) {
      const [good, scrap, released] = report.output;
      this.produced = this.produced.plus(good.times(sign));
      this.scrapped = this.scrapped.plus(scrap.times(sign));
      this.stock.P.onHand = this.stock.P.onHand.plus(good.times(sign));
      this.stock.P.onOrder = this.stock.P.onOrder.minus(released.times(sign));
    }
  }
  private record(report: Report) {
    this.apply(report, 1);
    this.reports.push(report);
    if (this.status === "RELEASED" && report.kind !== "COMPLETION") this.status = "IN_PROGRESS";
  }
  get worked() {
    return this.status === "RELEASED" || this.status === "IN_PROGRESS";
  }
  consume(sku: Sku, quantity: Dec, unplanned: boolean): boolean {
    if (!this.worked || sku === "P") return false;
    if (!this.components.has(sku)) {
      if (!unplanned) return false;
      this.components.set(sku, { required: dec(0), consumed: dec(0), allocated: dec(0) });
    }
    const component = this.components.get(sku) as Component;
    const components: Report["components"] = [[sku, quantity, min(quantity, component.allocated)]];
    this.record({ id: null, kind: "CONSUMPTION", components, output: null, undone: false });
    return true;
  }
  report(good: Dec, scrap: Dec): boolean {
    if (!this.worked || (good.isZero() && scrap.isZero())) return false;
    if (this.produced.plus(good).greaterThan(this.quantity.times("1.1"))) return false; // 10% tolerance
    const made = this.produced.plus(good).plus(this.scrapped).plus(scrap);
    const components: Report["components"] = [];
    for (const [sku, component] of this.components) {
      const owed = max0(
        round6(component.required.times(made).dividedBy(this.quantity)).minus(component.consumed),
      );
      if (!owed.isZero()) components.push([sku, owed, min(owed, component.allocated)]);
    }
    const released = min(good, max0(this.quantity.minus(this.produced)));
    this.record({ id: null, kind: "OUTPUT", components, output: [good, scrap, released], undone: false });
    return true;
  }
  undoReport(index: number): boolean {
    const report = this.reports[index];
    if (!report || !this.worked || report.undone || report.kind === "COMPLETION") return false;
    this.apply(report, -1);
    report.undone = true;
    return true;
  }
  complete(): boolean {
    if (!this.worked) return false;
    const made = this.quantity.plus(this.scrapped);
    const components: Report["components"] = [...this.components].map(([sku, component]) => [
      sku,
      max0(round6(component.required.times(made).dividedBy(this.quantity)).minus(component.consumed)),
      component.allocated,
    ]);
    const rest = max0(this.quantity.minus(this.produced));
    this.completedFrom = this.status as "RELEASED" | "IN_PROGRESS";
    this.record({ id: null, kind: "COMPLETION", components, output: [rest, dec(0), rest], undone: false });
    this.status = "COMPLETED";
    return true;
  }
  undo(): boolean {
    if (this.status === "COMPLETED") {
      const completion = this.reports.findLast((report) => report.kind === "COMPLETION" && !report.undone);
      if (!completion) return false;
      this.apply(completion, -1);
      completion.undone = true;
      this.status = this.completedFrom;
      return true;
    }
    if (this.status === "IN_PROGRESS") {
      if (this.reports.some((report) => !report.undone)) return false;
      this.status = "RELEASED";
      return true;
    }
    return false;
  }
}

type Step =
  | { kind: "consume"; sku: Sku; quantity: string; unplanned: boolean }
  | { kind: "report"; good: string; scrap: string; toTheEnd: boolean }
  | { kind: "undoReport"; index: number }
  | { kind: "complete" }
  | { kind: "undo" };

const quantityArb = fc.integer({ min: 1, max: 3000 }).map((n) => dec(n).dividedBy(100).toString());
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("consume" as const),
    sku: fc.constantFrom<Sku>("A", "B", "C"),
    quantity: quantityArb,
    unplanned: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("report" as const),
    good: fc.integer({ min: 0, max: 400 }).map((n) => dec(n).dividedBy(100).toString()),
    scrap: fc.integer({ min: 0, max: 150 }).map((n) => dec(n).dividedBy(100).toString()),
    // Good units to the end of the quantity and 5% past it: into the over-production tolerance.
    toTheEnd: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("undoReport" as const), index: fc.nat(8) }),
  fc.constant({ kind: "complete" as const }),
  fc.constant({ kind: "undo" as const }),
);

async function setUp() {
  places = await seedWorld(kit);
  await kit.db.transaction(async (tx) => {
    for (const sku of SKUS) ids[sku] = (await createProduct(tx, SYSTEM, { sku: `M-${sku}`, name: sku })).id;
    bomId = (
      await createBom(tx, SYSTEM, {
        productId: ids.P,
        kind: "PRODUCTION",
        name: "P",
        lines: [
          { componentId: ids.A, quantity: "2" },
          { componentId: ids.B, quantity: "0.5" },
        ],
      })
    ).id;
  });
  for (const sku of ["A", "B", "C"] as const) await addStock(kit, ids[sku], places.shopFloor, "1000000");
  // Output may go 10% past the quantity: over-production is never on order.
  await kit.db.transaction((tx) => updateSettings(tx, SYSTEM, { overProductionTolerancePercent: "10" }));
}

async function stockNow() {
  const entries = await Promise.all(
    SKUS.map(async (sku) => {
      const level = await stockAt(kit, ids[sku], places.shopFloor);
      return [
        sku,
        { onHand: dec(level.onHand), allocated: dec(level.allocated), onOrder: dec(level.onOrder) },
      ];
    }),
  );
  return Object.fromEntries(entries) as Model["stock"];
}

/** Runs a step through the domain (one transaction each, as the API does); false when it was refused. */
async function run(orderId: number, model: Model, step: Step): Promise<boolean> {
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
    case "report":
      return act((tx) =>
        reportProductionOutput(tx, SYSTEM, orderId, { goodQuantity: step.good, scrapQuantity: step.scrap }),
      );
    case "undoReport": {
      const id = model.reports[step.index]?.id;
      if (id == null) return false;
      return act((tx) => undoProductionReport(tx, SYSTEM, id, {}));
    }
    case "complete":
      return act((tx) => completeProductionOrder(tx, SYSTEM, orderId));
    case "undo":
      return act((tx) => undoProductionOrder(tx, SYSTEM, orderId));
  }
}

function modelStep(model: Model, step: Step): boolean {
  switch (step.kind) {
    case "consume":
      return model.consume(step.sku, dec(step.quantity), step.unplanned);
    case "report":
      return model.report(dec(step.good), dec(step.scrap));
    case "undoReport":
      return model.reports[step.index] !== undefined && model.undoReport(step.index);
    case "complete":
      return model.complete();
    case "undo":
      return model.undo();
  }
}

const figures = (stock: Model["stock"]) =>
  Object.fromEntries(
    Object.entries(stock).map(([sku, level]) => [
      sku,
      [level.onHand.toFixed(), level.allocated.toFixed(), level.onOrder.toFixed()],
    ]),
  );

describe("shop-floor stock steps", () => {
  it("match the reference model after every step; undo is exact; refused steps change nothing", async () => {
    await setUp();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 600 }).map((n) => dec(n).dividedBy(100)),
        fc.array(stepArb, { minLength: 1, maxLength: 12 }),
        async (quantity, steps) => {
          const order = await kit.db.transaction((tx) =>
            createProductionOrder(tx, SYSTEM, {
              locationId: places.shopFloor,
              lines: [{ bomId, quantity: quantity.toString() }],
            }),
          );
          await kit.db.transaction((tx) => authorizeProductionOrder(tx, SYSTEM, order.id));
          await kit.db.transaction((tx) => releaseProductionOrder(tx, SYSTEM, order.id));
          const model = new Model(quantity, await stockNow());
          for (const step of steps) {
            // Undoing a RELEASED order's release is the planner's step (order.md), outside this model.
            if (step.kind === "undo" && model.status === "RELEASED") continue;
            if (step.kind === "report" && step.toTheEnd) {
              const rest = model.quantity.minus(model.produced).plus(model.quantity.times("0.05"));
              step.good = rest.toDecimalPlaces(2, Dec.ROUND_DOWN).toString();
            }
            const expected = modelStep(model, step);
            const done = await run(order.id, model, step);
            expect({ step, done }).toEqual({ step, done: expected });
            if (done && (step.kind === "consume" || step.kind === "report" || step.kind === "complete")) {
              const last = await kit.db.prisma.productionReport.findFirstOrThrow({
                where: { orderId: order.id },
                orderBy: { id: "desc" },
              });
              (model.reports.at(-1) as Report).id = last.id;
            }
            expect(figures(await stockNow())).toEqual(figures(model.stock));
            const row = await kit.db.prisma.productionOrder.findUniqueOrThrow({
              where: { id: order.id },
              include: { lines: true, components: true },
            });
            expect(row.status).toBe(model.status);
            expect([
              dec(row.lines[0]?.producedQuantity ?? 0).toFixed(),
              dec(row.lines[0]?.scrappedQuantity ?? 0).toFixed(),
            ]).toEqual([model.produced.toFixed(), model.scrapped.toFixed()]);
            for (const component of row.components) {
              const sku = SKUS.find((candidate) => ids[candidate] === component.productId) as Sku;
              const expectedComponent = model.components.get(sku) as Component;
              expect([
                sku,
                dec(component.consumedQuantity).toFixed(),
                dec(component.allocatedQuantity).toFixed(),
              ]).toEqual([sku, expectedComponent.consumed.toFixed(), expectedComponent.allocated.toFixed()]);
            }
          }
          await expectConsistent(kit);
        },
      ),
      { numRuns: runsOf(20, "FC_SHOP_FLOOR_RUNS"), seed: seedOf(), endOnFailure: true },
    );
  });
});
