import { expect } from "vitest";
import { Ratio } from "../../../../src/domain/bom/ratio.ts";
import { type Dec, dec } from "../../../../src/domain/decimal.ts";
import type {
  BomFacts,
  ProductFacts,
  StockFacts,
} from "../../../../src/domain/orders/production/tree/facts.ts";
import {
  type ExistingOrder,
  type Facts,
  type Plan,
  type PlannedComponent,
  type PlannedOrder,
  planTree,
} from "../../../../src/domain/orders/production/tree/plan.ts";
import {
  BomKind,
  ProductionOrderKind,
  ProductionOrderStatus,
  Replenishment,
} from "../../../../src/generated/prisma/enums.ts";
import * as model from "./model.ts";
import { Q } from "./rational.ts";
import { type PlannerWorld, topRows } from "./worlds.ts";

/**
 * Level (a): the planner (`planTree`) over in-memory facts built from a world, against the reference model. The
 * first planning must give the model's tree (every order's product, kind and quantity, every row's need and
 * shortage); a re-check of that tree (some orders released, some undone to DRAFT, stock possibly changed) must
 * give the model's tree, changes and surplus orders.
 */

const idOf = (key: string) => Number(key.slice(1)) + 1;
const keyOf = (id: number) => `P${id - 1}`;
const bomIdOf = (key: string) => 1000 + idOf(key);

/** `Facts` over a world: products, BOMs (phantoms exploded by the model's catalog), stock as given. */
export class MemoryFacts implements Facts {
  constructor(
    private readonly catalog: model.Catalog,
    private readonly stock: Record<string, { available: string; onOrder: string }>,
  ) {}
  async loadProducts(): Promise<void> {}
  async loadBoms(): Promise<void> {}
  product(id: number): ProductFacts {
    const product = this.catalog.get(keyOf(id));
    const replenishment =
      product.make === "BUY"
        ? Replenishment.PURCHASE
        : product.make === "PRODUCE"
          ? Replenishment.PRODUCE
          : Replenishment.ASSEMBLE;
    return {
      id,
      sku: product.key,
      replenishment,
      bomId: product.make === "PRODUCE" || product.make === "ASSEMBLE" ? bomIdOf(product.key) : null,
      leadTimeDays: 0,
      maxBatchSize: product.maxBatch === null ? null : dec(product.maxBatch),
      minBeforeReorder: dec(product.min),
      reorderQuantity: dec(product.reorder),
    };
  }
  bom(id: number): BomFacts {
    const key = keyOf(id - 1000);
    return {
      id,
      productId: idOf(key),
      kind: this.catalog.get(key).make === "ASSEMBLE" ? BomKind.ASSEMBLY : BomKind.PRODUCTION,
      components: this.catalog.perUnit(key).map((row) => ({
        productId: idOf(row.product),
        perUnit: Ratio.quotient(row.perUnit.num.toString(), row.perUnit.den.toString()),
      })),
      operations: [],
    };
  }
  stockOf(productId: number): StockFacts {
    const figures = this.stock[keyOf(productId)] ?? { available: "0", onOrder: "0" };
    return { available: dec(figures.available), onOrder: dec(figures.onOrder) };
  }
}

const q = (value: Dec) => Q.dec(value.toFixed());

/** The planner's plan in the model's shape. */
function asModel(components: PlannedComponent[]): model.Row[] {
  return components.map((component) => ({
    position: component.position,
    product: keyOf(component.productId),
    required: q(component.quantity),
    shortage: q(component.shortage),
    existingId: component.existingId,
    nested: component.nested.map(
      (order: PlannedOrder): model.PlanOrder => ({
        product: keyOf(order.productId),
        kind: order.kind === ProductionOrderKind.ASSEMBLY ? "ASSEMBLY" : "PRODUCTION",
        quantity: q(order.quantity),
        rows: order.fixed ? [] : asModel(order.components),
        fixed: order.fixed,
        existingId: order.existing?.id ?? null,
      }),
    ),
  }));
}

/** Fails with both lists, line by line, marking the lines that differ. */
export function sameLines(what: string, actual: string[], expected: string[]) {
  if (actual.length === expected.length && actual.every((line, index) => line === expected[index])) return;
  const width = Math.max(...expected.map((line) => line.length), 10);
  const rows = Array.from({ length: Math.max(actual.length, expected.length) }, (_, index) => {
    const want = expected[index] ?? "";
    const got = actual[index] ?? "";
    return `${want === got ? " " : "≠"} ${want.padEnd(width)} | ${got}`;
  });
  throw new Error(`${what}: the model (left) and the code (right) differ\n${rows.join("\n")}`);
}

const STATUS: Record<string, ProductionOrderStatus> = {
  DRAFT: ProductionOrderStatus.DRAFT,
  PLANNED: ProductionOrderStatus.PLANNED,
  RELEASED: ProductionOrderStatus.RELEASED,
};

/** The planner against the model on one world; throws (with both trees) when they differ. */
export async function expectPlannerMatchesModel(world: PlannerWorld): Promise<void> {
  const catalog = new model.Catalog(world.products);
  const rows = topRows(catalog, world.top);
  // The product of the line each row belongs to (rows run on across lines, in line order).
  const lineProducts = world.top.flatMap((line) => topRows(catalog, [line]).map(() => idOf(line.product)));
  const stockOf = (figures: PlannerWorld["stock"]) => (product: string) => ({
    available: Q.dec(figures[product]?.available ?? "0"),
    onOrder: Q.dec(figures[product]?.onOrder ?? "0"),
  });
  const top = {
    id: 1,
    ancestorIds: [],
    startDate: null,
    expectedDate: null,
    requiredByDate: null,
    lines: world.top.map((line) => ({
      bomId: bomIdOf(line.product),
      productId: idOf(line.product),
      quantity: dec(line.quantity),
    })),
    components: rows.map((row, position) => ({
      id: 100 + position,
      position,
      productId: idOf(row.product),
      requiredQuantity: dec(`${row.required}`),
      lineProductId: lineProducts[position] as number,
    })),
  };
  const now = new Date("2030-01-01T00:00:00Z");
  const first = await planTree(
    { top, existing: [], policy: world.policy, now },
    new MemoryFacts(catalog, world.stock),
  );
  const expected = model.planTree({
    catalog,
    rows: rows.map((row, position) => ({ ...row, existingId: 100 + position })),
    stock: stockOf(world.stock),
    policy: world.policy,
  });
  sameLines("first planning", model.planLines(asModel(first.components)), model.planLines(expected.rows));

  // The re-check: the first plan stored, some orders released or undone, stock possibly changed.
  const stored = storeTree(first, world.recheck.statuses);
  const restock = world.recheck.restock ?? world.stock;
  const again = await planTree(
    { top, existing: stored, policy: world.policy, now },
    new MemoryFacts(catalog, restock),
  );
  const expectedAgain = model.planTree({
    catalog,
    rows: rows.map((row, position) => ({ ...row, existingId: 100 + position })),
    stock: stockOf(restock),
    policy: world.policy,
    existing: stored.map((order) => ({
      id: order.id,
      parentRowId: order.parentComponentId as number,
      status: order.status as model.Status,
      surplus: order.surplus,
      kind: order.kind === ProductionOrderKind.ASSEMBLY ? "ASSEMBLY" : "PRODUCTION",
      product: keyOf(order.productId),
      quantity: q(order.quantity),
      rows: order.components.map((row) => ({
        id: row.id,
        position: row.position,
        product: keyOf(row.productId),
        required: q(row.requiredQuantity),
      })),
    })),
  });
  sameLines("re-check", model.planLines(asModel(again.components)), model.planLines(expectedAgain.rows));
  const changes = (
    list: { change: string; before: string | null; after: string | null }[],
    products: string[],
  ) =>
    list
      .map((change, index) => `${change.change} ${products[index]} ${change.before}->${change.after}`)
      .sort();
  expect(
    changes(
      again.changes,
      again.changes.map((change) => keyOf(change.productId)),
    ),
    "re-check changes",
  ).toEqual(
    changes(
      expectedAgain.changes,
      expectedAgain.changes.map((change) => change.product),
    ),
  );
  expect(again.surplus.map((order) => order.id).sort(), "surplus orders").toEqual(
    [...expectedAgain.surplus].sort(),
  );
  if (!world.recheck.restock && world.recheck.statuses.every((status) => status === "PLANNED")) {
    // An unchanged world gives the same plan: nothing to choose.
    expect(again.changes, "an unchanged world").toEqual([]);
  }
}

/**
 * The plan as stored orders: ids from 1000 on, breadth first; statuses cycled from `statuses` (an order below a
 * released one is released too, as a release releases the subtree; an order below a DRAFT one is DRAFT; SURPLUS:
 * set aside, DRAFT, with every order below it).
 */
function storeTree(plan: Plan, statuses: string[]): ExistingOrder[] {
  const stored: ExistingOrder[] = [];
  let nextRow = 5000;
  const rowIds = new Map<PlannedComponent, number>();
  for (const component of plan.components) rowIds.set(component, component.existingId as number);
  const statusOf = new Map<PlannedOrder, ProductionOrderStatus>();
  const surplusOf = new Set<PlannedOrder>();
  for (const [index, order] of plan.orders.entries()) {
    const parentStatus = order.parent ? statusOf.get(order.parent) : undefined;
    const chosen = statuses[index % statuses.length] ?? "PLANNED";
    // A surplus order is set aside as DRAFT, and so is every not-yet-released order below it.
    let surplus = chosen === "SURPLUS" || (order.parent !== null && surplusOf.has(order.parent));
    let status = surplus ? ProductionOrderStatus.DRAFT : (STATUS[chosen] as ProductionOrderStatus);
    if (parentStatus === ProductionOrderStatus.RELEASED) {
      status = ProductionOrderStatus.RELEASED;
      surplus = false;
    }
    if (parentStatus === ProductionOrderStatus.DRAFT) status = ProductionOrderStatus.DRAFT;
    statusOf.set(order, status);
    if (surplus) surplusOf.add(order);
    const id = 1000 + index;
    for (const component of order.components) rowIds.set(component, nextRow++);
    stored.push({
      id,
      ancestorIds: order.parent ? ancestorsOf(plan, order.parent) : [1],
      status,
      kind: order.kind,
      parentComponentId: rowIds.get(order.parentComponent) as number,
      surplus: surplusOf.has(order),
      bomId: order.bomId,
      productId: order.productId,
      quantity: order.quantity,
      components: order.components.map((component) => ({
        id: rowIds.get(component) as number,
        position: component.position,
        productId: component.productId,
        requiredQuantity: component.quantity,
      })),
    });
  }
  return stored;
}

function ancestorsOf(plan: Plan, order: PlannedOrder): number[] {
  const chain: number[] = [];
  for (let at: PlannedOrder | null = order; at; at = at.parent) chain.unshift(1000 + plan.orders.indexOf(at));
  return [1, ...chain];
}
