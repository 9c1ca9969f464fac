import type { QuantityPolicy } from "../../../../generated/prisma/enums.ts";
import { ProductionOrderKind, Replenishment } from "../../../../generated/prisma/enums.ts";
import { MAX_BOM_DEPTH, PATH_SEPARATOR } from "../../../bom/graph.ts";
import { Ratio } from "../../../bom/ratio.ts";
import { Dec, formatDecimal, sum, ZERO } from "../../../decimal.ts";
import { DomainError, ErrorCode, type PlanChange } from "../../../errors.ts";
import { ADJUSTABLE_STATUSES, type Status } from "../order.ts";
import { durationMs, scheduleBackward } from "../schedule/durations.ts";
import type { BomFacts, ProductFacts, StockFacts } from "./facts.ts";
import { netDemand, splitIntoBatches } from "./policy.ts";

/**
 * The plan of an order's nested orders: which orders its components need, for how much, and when. Planning is
 * pure over `Facts` (products, BOMs, stock), walking the tree level by level: every level's products and BOMs
 * are loaded in one batch, and each demand takes its stock from a pool shared by the whole tree, so the same
 * unit is never counted twice. An existing tree (re-check) is matched demand by demand: orders already released
 * are kept as they are, orders not yet released are reused, and what no longer has a demand becomes surplus.
 */

export interface Facts {
  loadProducts(ids: Iterable<number>): Promise<void>;
  loadBoms(ids: Iterable<number>): Promise<void>;
  product(id: number): ProductFacts;
  bom(id: number): BomFacts;
  stockOf(productId: number): StockFacts;
}

export interface ExistingComponent {
  id: number;
  position: number;
  productId: number;
  requiredQuantity: Dec;
}

/** An order of the tree below the planned one, as stored. */
export interface ExistingOrder {
  id: number;
  ancestorIds: number[];
  status: Status;
  kind: ProductionOrderKind;
  parentComponentId: number | null;
  surplus: boolean;
  bomId: number;
  productId: number;
  quantity: Dec;
  components: ExistingComponent[];
}

/** The order being planned (authorized or released). */
export interface TopOrder {
  id: number;
  ancestorIds: number[];
  startDate: Date | null;
  expectedDate: Date | null;
  requiredByDate: Date | null;
  lines: { bomId: number; productId: number; quantity: Dec }[];
  /** Each with the product of the line it belongs to: the start of its demands' ancestry. */
  components: (ExistingComponent & { lineProductId: number })[];
}

export interface PlannedComponent {
  existingId: number | null;
  position: number;
  productId: number;
  quantity: Dec;
  /** A bought component's need that the pool could not cover (covered by transfers and purchases on release). */
  shortage: Dec;
  nested: PlannedOrder[];
}

export interface PlannedOrder {
  existing: ExistingOrder | null;
  /** Released or further: kept exactly as it is, and its own subtree with it. */
  fixed: boolean;
  parent: PlannedOrder | null;
  parentComponent: PlannedComponent;
  /** Products from the top down to this order, to name a cycle. */
  ancestry: number[];
  productId: number;
  kind: ProductionOrderKind;
  bomId: number;
  quantity: Dec;
  components: PlannedComponent[];
  durationMs: number;
  startDate: Date | null;
  requiredByDate: Date | null;
  late: boolean;
}

export interface Plan {
  components: PlannedComponent[];
  /** Every order below the top that is not fixed, parents before children (level by level). */
  orders: PlannedOrder[];
  /** Orders not yet released that no demand needs any more. */
  surplus: ExistingOrder[];
  /** How the plan differs from the existing tree (empty on a first planning with nothing below). */
  changes: PlanChange[];
  startDate: Date;
  expectedDate: Date;
  late: boolean;
}

/** What the walk down the tree carries from one demand to the next. */
interface Walk {
  top: TopOrder;
  policy: QuantityPolicy;
  facts: Facts;
  plan: Plan;
  /** Stock still free for the next demand of each product, shared by the whole tree. */
  pools: Map<number, Dec>;
  /** Products that already had a demand: a minimum-stock top-up is added to the first one only. */
  seen: Set<number>;
  /** The existing nested orders by the component they make. */
  kidsOf: Map<number, ExistingOrder[]>;
  /** The existing nested orders by their parent order. */
  childrenOf: Map<number, ExistingOrder[]>;
}

/** A planned order (null: the top) with the components whose demands the next level plans. */
interface Node {
  order: PlannedOrder | null;
  components: PlannedComponent[];
  ancestry: number[];
}

export async function planTree(
  input: { top: TopOrder; existing: ExistingOrder[]; policy: QuantityPolicy; now: Date },
  facts: Facts,
): Promise<Plan> {
  const { top } = input;
  await facts.loadProducts([
    ...top.lines.map((line) => line.productId),
    ...top.components.map((c) => c.productId),
  ]);
  await facts.loadBoms(top.lines.map((line) => line.bomId));
  const walk: Walk = {
    top,
    policy: input.policy,
    facts,
    plan: {
      components: top.components.map(existingComponent),
      orders: [],
      surplus: [],
      changes: [],
      startDate: input.now,
      expectedDate: input.now,
      late: false,
    },
    pools: new Map(),
    seen: new Set(),
    ...indexExisting(input.existing),
  };
  let level = topLevel(walk);
  let depth = top.ancestorIds.length;
  while (level.length > 0) {
    await facts.loadProducts(level.flatMap((node) => node.components.map((c) => c.productId)));
    const next = level.flatMap((node) =>
      node.components.flatMap((component) => planDemand(walk, node, component, depth)),
    );
    await facts.loadBoms(next.map((order) => order.bomId));
    for (const order of next) addToPlan(walk, order);
    level = next.map((order) => ({ order, components: order.components, ancestry: order.ancestry }));
    depth++;
  }
  schedule(walk.plan, top, facts, input.now);
  return walk.plan;
}

/** The existing nested orders by the component they make and by their parent order, oldest first. */
function indexExisting(existing: ExistingOrder[]): Pick<Walk, "kidsOf" | "childrenOf"> {
  const kidsOf = new Map<number, ExistingOrder[]>();
  const childrenOf = new Map<number, ExistingOrder[]>();
  for (const order of [...existing].sort((a, b) => a.id - b.id)) {
    if (order.parentComponentId === null) continue;
    kidsOf.set(order.parentComponentId, [...(kidsOf.get(order.parentComponentId) ?? []), order]);
    const parentId = order.ancestorIds.at(-1) as number;
    childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), order]);
  }
  return { kidsOf, childrenOf };
}

/**
 * The top's components in order, in runs of one line each: a line's ancestry is its own product only (a product
 * that one line makes may well be a component of another line's product).
 */
function topLevel(walk: Walk): Node[] {
  const level: Node[] = [];
  for (const [index, component] of walk.plan.components.entries()) {
    const lineProductId = walk.top.components[index]?.lineProductId as number;
    const last = level.at(-1);
    if (last?.ancestry[0] === lineProductId) last.components.push(component);
    else level.push({ order: null, components: [component], ancestry: [lineProductId] });
  }
  return level;
}

/**
 * One component's demand: a bought one takes the pool and leaves a shortage; a made one takes the pool by the
 * quantity policy and the rest becomes nested orders (existing ones reused, in batches). Returns the orders the
 * next level plans.
 */
function planDemand(walk: Walk, node: Node, component: PlannedComponent, depth: number): PlannedOrder[] {
  const product = walk.facts.product(component.productId);
  const pool = walk.pools.get(product.id) ?? walk.facts.stockOf(product.id).available;
  const kids = component.existingId === null ? [] : (walk.kidsOf.get(component.existingId) ?? []);
  const fixed = kids.filter((kid) => !ADJUSTABLE_STATUSES.includes(kid.status));
  const adjustable = kids.filter((kid) => ADJUSTABLE_STATUSES.includes(kid.status));
  component.nested = fixed.map((kid) => fixedOrder(kid, node.order, component, node.ancestry));
  if (product.replenishment === Replenishment.PURCHASE) {
    // Bought: what the pool cannot cover is a shortage, for the release to transfer or purchase.
    component.shortage = Dec.max(component.quantity.minus(Dec.max(pool, ZERO)), ZERO);
    walk.pools.set(product.id, pool.minus(component.quantity));
    markSurplus(walk, adjustable);
    return [];
  }
  const netted = netDemand(walk.policy, {
    need: component.quantity,
    pool,
    onOrder: walk.facts.stockOf(product.id).onOrder,
    minBeforeReorder: product.minBeforeReorder,
    reorderQuantity: product.reorderQuantity,
    first: !walk.seen.has(product.id),
  });
  walk.seen.add(product.id);
  walk.pools.set(product.id, netted.poolAfter);

  // Quantities and stock have at most 6 decimals, so the net needs no rounding.
  const remaining = Dec.max(netted.net.minus(sum(fixed.map((kid) => kid.quantity))), ZERO);
  const batches = splitIntoBatches(remaining, product.maxBatchSize);
  if (batches.length > 0) refuseGrowth(walk, node, product, depth);
  const orders = batches.map((quantity, index) =>
    nestedOrder(walk, node, component, product, adjustable[index] ?? null, quantity),
  );
  markSurplus(walk, adjustable.slice(batches.length));
  return orders;
}

/** A new nested order would close a cycle (the BOMs changed since the order was made) or exceed the depth. */
function refuseGrowth(walk: Walk, node: Node, product: ProductFacts, depth: number) {
  if (node.ancestry.includes(product.id)) {
    const skus = [...node.ancestry, product.id].map((id) => walk.facts.product(id).sku);
    throw new DomainError(
      ErrorCode.CYCLE,
      `The BOMs changed into a cycle since this order was made: ${skus.join(PATH_SEPARATOR)}`,
      ["id"],
    );
  }
  if (depth + 1 > MAX_BOM_DEPTH) {
    throw new DomainError(
      ErrorCode.DEPTH_EXCEEDED,
      `The order tree would be deeper than ${MAX_BOM_DEPTH} levels`,
      ["id"],
    );
  }
}

/** One batch of a made component: the existing adjustable order `kid` resized, else a new order. */
function nestedOrder(
  walk: Walk,
  node: Node,
  component: PlannedComponent,
  product: ProductFacts,
  kid: ExistingOrder | null,
  quantity: Dec,
): PlannedOrder {
  const bomId = kid?.bomId ?? product.bomId;
  if (bomId === null) throw missingBom(product);
  const planned: PlannedOrder = {
    existing: kid,
    fixed: false,
    parent: node.order,
    parentComponent: component,
    ancestry: [...node.ancestry, product.id],
    productId: product.id,
    kind:
      kid?.kind ??
      (product.replenishment === Replenishment.ASSEMBLE
        ? ProductionOrderKind.ASSEMBLY
        : ProductionOrderKind.PRODUCTION),
    bomId,
    quantity,
    components: [],
    durationMs: 0,
    startDate: null,
    requiredByDate: null,
    late: false,
  };
  component.nested.push(planned);
  const { changes } = walk.plan;
  if (kid && (!kid.quantity.eq(quantity) || kid.surplus)) {
    changes.push(change("QUANTITY", kid.id, node.order, walk.top, product.id, kid.quantity, quantity));
  } else if (!kid && (node.order === null || node.order.existing)) {
    changes.push(change("NEW", null, node.order, walk.top, product.id, null, quantity));
  }
  return planned;
}

/** Orders no demand needs any more, with the adjustable orders below them: their demand came from them. */
function markSurplus(walk: Walk, orders: ExistingOrder[]) {
  for (const order of orders) {
    walk.plan.surplus.push(order);
    if (!order.surplus) {
      walk.plan.changes.push({
        change: "SURPLUS",
        orderId: order.id,
        parentOrderId: order.ancestorIds.at(-1) ?? null,
        productId: order.productId,
        before: formatDecimal(order.quantity),
        after: null,
      });
    }
    markSurplus(
      walk,
      (walk.childrenOf.get(order.id) ?? []).filter((child) => ADJUSTABLE_STATUSES.includes(child.status)),
    );
  }
}

/** A planned order's components (from its BOM once loaded) and duration; the plan lists it, parents first. */
function addToPlan(walk: Walk, order: PlannedOrder) {
  const bom = walk.facts.bom(order.bomId);
  order.components = componentsOf(order, bom);
  order.durationMs = durationMs(
    bom.operations,
    order.quantity,
    walk.facts.product(order.productId).leadTimeDays,
  );
  walk.plan.orders.push(order);
}

function existingComponent(component: ExistingComponent): PlannedComponent {
  return {
    existingId: component.id,
    position: component.position,
    productId: component.productId,
    quantity: component.requiredQuantity,
    shortage: ZERO,
    nested: [],
  };
}

/** An unchanged order keeps its snapshot (it may have been edited); a new or resized one takes its BOM's. */
function componentsOf(order: PlannedOrder, bom: BomFacts): PlannedComponent[] {
  const existing = order.existing;
  if (existing?.quantity.eq(order.quantity)) return existing.components.map(existingComponent);
  return bom.components.map((component, position) => {
    const match = existing?.components.find(
      (candidate) => candidate.position === position && candidate.productId === component.productId,
    );
    return {
      existingId: match?.id ?? null,
      position,
      productId: component.productId,
      quantity: component.perUnit.times(Ratio.of(order.quantity)).roundedUp(),
      shortage: ZERO,
      nested: [],
    };
  });
}

function fixedOrder(
  order: ExistingOrder,
  parent: PlannedOrder | null,
  parentComponent: PlannedComponent,
  ancestry: number[],
): PlannedOrder {
  return {
    existing: order,
    fixed: true,
    parent,
    parentComponent,
    ancestry: [...ancestry, order.productId],
    productId: order.productId,
    kind: order.kind,
    bomId: order.bomId,
    quantity: order.quantity,
    components: [],
    durationMs: 0,
    startDate: null,
    requiredByDate: null,
    late: false,
  };
}

function change(
  kind: PlanChange["change"],
  orderId: number | null,
  parent: PlannedOrder | null,
  top: TopOrder,
  productId: number,
  before: Dec | null,
  after: Dec | null,
): PlanChange {
  return {
    change: kind,
    orderId,
    parentOrderId: parent ? (parent.existing?.id ?? null) : top.id,
    productId,
    before: before === null ? null : formatDecimal(before),
    after: after === null ? null : formatDecimal(after),
  };
}

function missingBom(product: ProductFacts): DomainError {
  return new DomainError(
    ErrorCode.MISSING_BOM,
    `${product.sku} must be ${product.replenishment === Replenishment.ASSEMBLE ? "assembled" : "produced"} here ` +
      `(replenishment ${product.replenishment}) but has no default ` +
      `${product.replenishment === Replenishment.ASSEMBLE ? "assembly" : "production"} BOM to make it with`,
    ["id"],
  );
}

/**
 * Backward scheduling (`scheduleBackward`): a nested order is required by its parent's start and starts its
 * duration earlier; a start in the past flags it late (the parent is never moved). The top keeps the dates it has: its start, else its
 * required-by date minus its duration; an order with neither starts as soon as its whole tree can, so the
 * deepest chain starts now.
 */
function schedule(plan: Plan, top: TopOrder, facts: Facts, now: Date) {
  let topMs = 0;
  for (const line of top.lines) {
    const bom = facts.bom(line.bomId);
    topMs += durationMs(bom.operations, line.quantity, facts.product(line.productId).leadTimeDays);
  }
  const chain = new Map<PlannedOrder | null, number>();
  for (const order of [...plan.orders].reverse()) {
    const below = Math.max(0, ...order.components.flatMap((c) => c.nested.map((kid) => chain.get(kid) ?? 0)));
    chain.set(order, order.durationMs + below);
  }
  const deepest = Math.max(0, ...plan.components.flatMap((c) => c.nested.map((kid) => chain.get(kid) ?? 0)));
  const start =
    top.startDate ??
    (top.requiredByDate ? new Date(top.requiredByDate.getTime() - topMs) : new Date(now.getTime() + deepest));
  plan.startDate = start;
  plan.expectedDate = top.expectedDate ?? new Date(start.getTime() + topMs);
  plan.late = start.getTime() < now.getTime();
  scheduleBackward(plan.orders, start, now);
}
