import { Q } from "./rational.ts";

/**
 * A reference model of nested-order planning, written from ../shared/DESIGN.md ("Nested orders", "Inventory",
 * "Production orders") and docs/rules/orders/production/tree.md ("Planning") and docs/rules/settings.md alone:
 * it imports nothing from src/, works on plain data and exact rationals, and is meant to be read next to those
 * rules. The property tests compare the planner (and the whole API) with it.
 *
 * Readings of rules the documents leave open (each marked READING below, and told to the lead):
 * - R1 Phantoms: a phantom's lines take the phantom line's place, depth first, in line order (the snapshot is
 *   "one row per BOM line, phantoms exploded, each leaf its own row").
 * - R2 A bought component "takes" its whole need from the pool: the pool after it is pool - need (the pool
 *   formula with net 0); its shortage is need - max(pool, 0), never below 0. No policy applies to bought rows.
 * - R3 REQUIRED_PLUS_MIN_STOCK's "first demand of a product in an explosion" counts made products only (bought
 *   ones have no net); a product's first demand is the first in breadth-first order.
 * - R4 Release, other trees' claims on the floor: what another order draws beyond the floor's on hand must come
 *   from the connected warehouse, so it is not free there either (warehouse free = available - open transfers
 *   out + min(floor balance, 0)).
 * - R5 Release splits every released order's bought row by the plan just re-checked (its shortage as that plan
 *   computed it, for nested orders too, not only the released top's rows).
 * - R6 Re-check (held stock): the re-planned top and the not-yet-released (DRAFT or PLANNED, surplus or not)
 *   orders reached from it through not-yet-released orders only hold what they hold for themselves; orders
 *   already released in the tree (with everything below them: they are kept with their subtrees), orphans and
 *   other trees are "other open orders" whose claims count.
 * - R7 An assembly component is netted against stock like a produced one (DESIGN.md says "gets an assembly
 *   order" without "whose need is not covered by stock"; tree.md applies the policy to both).
 * - R8 On order at a re-check excludes the output of orders kept below the re-planned ones (released nested
 *   orders of held rows): tree.md's "less the output of open nested orders that their parents' rows
 *   already hold"; otherwise REQUIRED_PLUS_MIN_STOCK counts a kept order twice (as on order and as made).
 * - R9 "An open order's component row takes from stock its allocation less [its nested orders' output and its
 *   planned shortage], never less than zero" is read per row (as written): one row's nested order made larger
 *   by a minimum-stock top-up does not cover another row's draw from stock (the top-up is never free for
 *   later demands, in this tree or another). The same for on order spoken for: per row, at most its allocation.
 *
 * Not modeled (the worlds do not make them): sales orders of several lines, IN_PROGRESS orders with partial output,
 * edited component snapshots, BOMs changed after an order was made, archived or BOM-less products (MISSING_BOM),
 * cycles and depth limits, dates.
 */

export type Policy = "QUANTITY_REQUIRED" | "REQUIRED_PLUS_MIN_STOCK" | "SHORTAGE_ONLY";
export const POLICIES: readonly Policy[] = ["QUANTITY_REQUIRED", "REQUIRED_PLUS_MIN_STOCK", "SHORTAGE_ONLY"];

/** How a product is replenished: bought, made by a production BOM, by an assembly BOM, or a phantom. */
export type Make = "BUY" | "PRODUCE" | "ASSEMBLE" | "PHANTOM";

export interface CatalogProduct {
  key: string;
  make: Make;
  /** Bought products: whether it has an (active) primary supplier. */
  supplier: boolean;
  maxBatch: string | null;
  min: string;
  reorder: string;
  /** The default BOM its replenishment names (none for bought products): output quantity and lines. */
  bom: { output: string; lines: [component: string, quantity: string][] } | null;
}

export type OrderKind = "PRODUCTION" | "ASSEMBLY";
export type Status = "DRAFT" | "PLANNED" | "RELEASED" | "IN_PROGRESS" | "COMPLETED" | "VOIDED";

export class Catalog {
  private readonly byKey: Map<string, CatalogProduct>;
  constructor(readonly products: readonly CatalogProduct[]) {
    this.byKey = new Map(products.map((product) => [product.key, product]));
  }
  get(key: string): CatalogProduct {
    const product = this.byKey.get(key);
    if (!product) throw new Error(`no product ${key}`);
    return product;
  }

  /**
   * A BOM's components per unit of its product, phantoms exploded (READING R1): line quantity / output quantity,
   * multiplied down through phantoms, each leaf its own row, in line order.
   */
  perUnit(key: string): { product: string; perUnit: Q }[] {
    const rows: { product: string; perUnit: Q }[] = [];
    const walk = (bom: NonNullable<CatalogProduct["bom"]>, factor: Q) => {
      for (const [component, quantity] of bom.lines) {
        const perUnit = factor.times(Q.dec(quantity)).div(Q.dec(bom.output));
        const product = this.get(component);
        if (product.make === "PHANTOM" && product.bom) walk(product.bom, perUnit);
        else rows.push({ product: component, perUnit });
      }
    };
    const bom = this.get(key).bom;
    if (!bom) throw new Error(`${key} has no BOM`);
    walk(bom, Q.ONE);
    return rows;
  }

  /** An order's component snapshot: per unit x quantity, rounded up to 6 decimals once. */
  snapshot(key: string, quantity: Q): { product: string; required: Q }[] {
    return this.perUnit(key).map((row) => ({
      product: row.product,
      required: row.perUnit.times(quantity).up6(),
    }));
  }
}

// ---------------------------------------------------------------- the quantity policies

export interface Demand {
  need: Q;
  pool: Q;
  onOrder: Q;
  min: Q;
  reorder: Q;
  first: boolean;
}

/** DESIGN.md's formulas; the pool after a demand per tree.md ("Stock counted once"). */
export function netDemand(policy: Policy, demand: Demand): { net: Q; poolAfter: Q } {
  const { need, pool } = demand;
  let raw: Q;
  let countedOnOrder = Q.ZERO;
  if (policy === "QUANTITY_REQUIRED") raw = need.minus(pool);
  else if (policy === "SHORTAGE_ONLY") raw = need.minus(Q.max(pool, Q.ZERO));
  else if (demand.first) {
    countedOnOrder = demand.onOrder;
    raw = need.plus(demand.min).plus(demand.reorder).minus(pool.plus(demand.onOrder));
  } else raw = need.minus(pool);
  const net = Q.max(raw, Q.ZERO);
  const poolAfter = Q.min(pool.plus(countedOnOrder).plus(net).minus(need), Q.max(pool.minus(need), Q.ZERO));
  return { net, poolAfter };
}

/** Full batches of `max` first, then the rest; one order without a maximum; none for 0. */
export function batches(net: Q, max: Q | null): Q[] {
  if (!net.isPositive()) return [];
  if (max === null || !net.gt(max)) return [net];
  const full = net.floorDiv(max);
  const result: Q[] = [];
  for (let index = 0n; index < full; index++) result.push(max);
  const rest = net.minus(max.times(Q.of(full)));
  if (rest.isPositive()) result.push(rest);
  return result;
}

// ---------------------------------------------------------------- planning a tree

export interface Row {
  position: number;
  product: string;
  required: Q;
  /** Bought rows: the need no stock covered. */
  shortage: Q;
  nested: PlanOrder[];
  existingId: number | null;
}

export interface PlanOrder {
  product: string;
  kind: OrderKind;
  quantity: Q;
  rows: Row[];
  /** Released or further at a re-check: kept as it is, its subtree not planned again. */
  fixed: boolean;
  existingId: number | null;
}

/** An order below the planned one, as stored (for a re-check). */
export interface ExistingOrder {
  id: number;
  parentRowId: number;
  status: Status;
  surplus: boolean;
  kind: OrderKind;
  product: string;
  quantity: Q;
  rows: { id: number; position: number; product: string; required: Q }[];
}

export interface Change {
  change: "NEW" | "QUANTITY" | "SURPLUS";
  product: string;
  before: string | null;
  after: string | null;
}

export interface ModelPlan {
  rows: Row[];
  /** Every order planned (not fixed), breadth first, each level in creation order. */
  orders: PlanOrder[];
  changes: Change[];
  /** Existing orders (ids) no demand needs any more, with the adjustable orders below them. */
  surplus: number[];
}

export interface Stock {
  available: Q;
  onOrder: Q;
}

export interface PlanInput {
  catalog: Catalog;
  /** The planned order's component rows, by position (existingId: the stored row, for a re-check). */
  rows: { product: string; required: Q; existingId?: number | null }[];
  stock: (product: string) => Stock;
  policy: Policy;
  /** The stored tree below the planned order (re-check); none on a first planning. */
  existing?: ExistingOrder[];
}

const ADJUSTABLE: readonly Status[] = ["DRAFT", "PLANNED"];

/**
 * The plan: demands served breadth first (the top's rows by position, then every order of the next level in
 * creation order, each order's rows by position), each from one pool per product threaded through the
 * explosion; one nested order per made row (split by max batch size); bought rows record their shortage.
 * On a re-check, released kids of a row are kept (their quantity counts against the row's net, their subtree is
 * not planned again), adjustable kids are reused in id order, and the rest are surplus.
 */
export function planTree(input: PlanInput): ModelPlan {
  const { catalog, policy } = input;
  const existing = [...(input.existing ?? [])].sort((a, b) => a.id - b.id);
  const kidsOf = (rowId: number | null) =>
    rowId === null ? [] : existing.filter((order) => order.parentRowId === rowId);
  const plan: ModelPlan = {
    rows: input.rows.map((row, position) => ({
      position,
      product: row.product,
      required: row.required,
      shortage: Q.ZERO,
      nested: [],
      existingId: row.existingId ?? null,
    })),
    orders: [],
    changes: [],
    surplus: [],
  };
  const markSurplus = (orders: ExistingOrder[]) => {
    for (const order of orders) {
      plan.surplus.push(order.id);
      if (!order.surplus) {
        plan.changes.push({
          change: "SURPLUS",
          product: order.product,
          before: `${order.quantity}`,
          after: null,
        });
      }
      const below = existing.filter((child) => order.rows.some((row) => row.id === child.parentRowId));
      markSurplus(below.filter((child) => ADJUSTABLE.includes(child.status)));
    }
  };
  const pools = new Map<string, Q>();
  const seen = new Set<string>();
  let level: { rows: Row[]; parentExists: boolean }[] = [{ rows: plan.rows, parentExists: true }];
  while (level.length > 0) {
    const next: { order: PlanOrder; parentExists: boolean }[] = [];
    for (const node of level) {
      for (const row of node.rows) {
        const product = catalog.get(row.product);
        const pool = pools.get(product.key) ?? input.stock(product.key).available;
        const kids = kidsOf(row.existingId);
        const fixed = kids.filter((kid) => !ADJUSTABLE.includes(kid.status));
        const adjustable = kids.filter((kid) => ADJUSTABLE.includes(kid.status));
        row.nested = fixed.map((kid) => ({
          product: kid.product,
          kind: kid.kind,
          quantity: kid.quantity,
          rows: [],
          fixed: true,
          existingId: kid.id,
        }));
        if (product.make === "BUY") {
          // READING R2.
          row.shortage = Q.max(row.required.minus(Q.max(pool, Q.ZERO)), Q.ZERO);
          pools.set(product.key, pool.minus(row.required));
          markSurplus(adjustable);
          continue;
        }
        const { net, poolAfter } = netDemand(policy, {
          need: row.required,
          pool,
          onOrder: input.stock(product.key).onOrder,
          min: Q.dec(product.min),
          reorder: Q.dec(product.reorder),
          first: !seen.has(product.key),
        });
        seen.add(product.key);
        pools.set(product.key, poolAfter);
        const remaining = Q.max(net.minus(Q.sum(fixed.map((kid) => kid.quantity))), Q.ZERO);
        const sizes = batches(remaining, product.maxBatch === null ? null : Q.dec(product.maxBatch));
        for (const [index, quantity] of sizes.entries()) {
          const kid = adjustable[index] ?? null;
          const unchanged = kid?.quantity.eq(quantity) ?? false;
          const rows: Row[] =
            unchanged && kid
              ? kid.rows.map((stored) => ({
                  position: stored.position,
                  product: stored.product,
                  required: stored.required,
                  shortage: Q.ZERO,
                  nested: [],
                  existingId: stored.id,
                }))
              : catalog.snapshot(product.key, quantity).map((component, position) => ({
                  position,
                  product: component.product,
                  required: component.required,
                  shortage: Q.ZERO,
                  nested: [],
                  existingId:
                    kid?.rows.find(
                      (stored) => stored.position === position && stored.product === component.product,
                    )?.id ?? null,
                }));
          const order: PlanOrder = {
            product: product.key,
            kind: kid?.kind ?? (product.make === "ASSEMBLE" ? "ASSEMBLY" : "PRODUCTION"),
            quantity,
            rows,
            fixed: false,
            existingId: kid?.id ?? null,
          };
          row.nested.push(order);
          next.push({ order, parentExists: kid !== null });
          if (kid && (!unchanged || kid.surplus)) {
            plan.changes.push({
              change: "QUANTITY",
              product: product.key,
              before: `${kid.quantity}`,
              after: `${quantity}`,
            });
          } else if (!kid && node.parentExists) {
            plan.changes.push({ change: "NEW", product: product.key, before: null, after: `${quantity}` });
          }
        }
        markSurplus(adjustable.slice(sizes.length));
      }
    }
    plan.orders.push(...next.map((entry) => entry.order));
    level = next.map((entry) => ({ rows: entry.order.rows, parentExists: entry.parentExists }));
  }
  return plan;
}

/**
 * A plan as text, one line per row ("path position:PRODUCT need N [short S]") and per nested order ("... =>
 * order|assembly Q", "(kept)" when released before): what comparisons show when they differ.
 */
export function planLines(rows: Row[]): string[] {
  const lines: string[] = [];
  const visit = (list: Row[], path: string) => {
    for (const row of list) {
      const at = `${path}${row.position}:${row.product}`;
      lines.push(`${at} need ${row.required}${row.shortage.isZero() ? "" : ` short ${row.shortage}`}`);
      for (const order of row.nested) {
        lines.push(
          `${at} => ${order.kind === "ASSEMBLY" ? "assembly" : "order"} ${order.quantity}${order.fixed ? " (kept)" : ""}`,
        );
        if (!order.fixed) visit(order.rows, `${at} > `);
      }
    }
  };
  visit(rows, "");
  return lines;
}

// ---------------------------------------------------------------- the stored world (level b)

/** A production order as stored, with what the model needs of it (product keys, exact quantities). */
export interface StoredOrder {
  id: number;
  status: Status;
  kind: OrderKind;
  surplus: boolean;
  parentId: number | null;
  parentRowId: number | null;
  ancestorIds: number[];
  product: string;
  quantity: Q;
  produced: Q;
  rows: { id: number; position: number; product: string; required: Q; allocated: Q; shortage: Q }[];
}

export interface StoredSupply {
  kind: "TRANSFER" | "PURCHASE";
  /** TRANSFER: DRAFT or COMPLETED; PURCHASE: DRAFT, ORDERED, RECEIVED or VOIDED. */
  status: string;
  orderId: number | null;
  from: number | null;
  to: number;
  lines: { product: string; open: Q }[];
}

export interface StoredWorld {
  floor: number;
  warehouse: number;
  orders: StoredOrder[];
  supplies: StoredSupply[];
  /** On hand, allocated and on order per product at a location. */
  level(product: string, location: number): { onHand: Q; allocated: Q; onOrder: Q };
}

const OPEN: readonly Status[] = ["DRAFT", "PLANNED", "RELEASED", "IN_PROGRESS"];
const HOLDING: readonly Status[] = ["PLANNED", "RELEASED", "IN_PROGRESS"];

/**
 * The orders of `rootId`'s tree: the root and every order below it that is not voided and has no voided order
 * between it and the root (orders below a voided order are orphans: they left the tree).
 */
export function treeOrders(world: StoredWorld, rootId: number): StoredOrder[] {
  const byId = new Map(world.orders.map((order) => [order.id, order]));
  return world.orders.filter((order) => {
    if (order.id === rootId) return true;
    if (!order.ancestorIds.includes(rootId) || order.status === "VOIDED") return false;
    const below = order.ancestorIds.slice(order.ancestorIds.indexOf(rootId) + 1);
    return below.every((id) => byId.get(id)?.status !== "VOIDED");
  });
}

/**
 * What the open orders other than `held` take of a product's stock at the floor (tree.md, "Stock counted
 * once"): per order, its rows' allocation less the open output of their open, non-surplus nested orders and less
 * the planned shortage still to be bought (all of it while PLANNED; after release what its open purchase orders
 * still bring), never below 0. `spoken`: the on order that is theirs (their holding nested orders' output and
 * the ORDERED purchases for their shortages).
 */
export function claims(world: StoredWorld, product: string, held: Set<number>): { drawn: Q; spoken: Q } {
  let drawn = Q.ZERO;
  let spoken = Q.ZERO;
  for (const order of world.orders) {
    if (held.has(order.id) || !HOLDING.includes(order.status)) continue;
    const rows = order.rows.filter((row) => row.product === product && row.allocated.isPositive());
    if (rows.length === 0) continue;
    const shortage = Q.sum(rows.map((row) => row.shortage));
    // Each row's own nested orders (READING R9: per row, as "an open order's component row takes ...").
    const kidsOf = (rowId: number) =>
      world.orders.filter((kid) => kid.parentRowId === rowId && !kid.surplus && OPEN.includes(kid.status));
    const open = (kids: StoredOrder[]) => Q.sum(kids.map((kid) => kid.quantity.minus(kid.produced)));
    const purchases = world.supplies.filter(
      (supply) =>
        supply.kind === "PURCHASE" &&
        supply.orderId === order.id &&
        ["DRAFT", "ORDERED"].includes(supply.status),
    );
    const coming = (statuses: string[]) =>
      Q.sum(
        purchases
          .filter((supply) => statuses.includes(supply.status))
          .flatMap((supply) =>
            supply.lines.filter((line) => line.product === product).map((line) => line.open),
          ),
      );
    // What is bought is the order's (purchase orders are per order and product, not per row); bought rows make
    // nothing, so it comes off their allocations together.
    const buying = order.status === "PLANNED" ? shortage : Q.min(shortage, coming(["DRAFT", "ORDERED"]));
    const buyingOnOrder = order.status === "PLANNED" ? Q.ZERO : Q.min(shortage, coming(["ORDERED"]));
    const fromStock = Q.sum(rows.map((row) => Q.max(row.allocated.minus(open(kidsOf(row.id))), Q.ZERO)));
    drawn = drawn.plus(Q.max(fromStock.minus(buying), Q.ZERO));
    const madeOnOrder = Q.sum(
      rows.map((row) => Q.min(row.allocated, open(kidsOf(row.id).filter((kid) => kid.status !== "DRAFT")))),
    );
    spoken = spoken.plus(
      madeOnOrder.plus(Q.min(Q.sum(rows.map((row) => row.allocated)).minus(madeOnOrder), buyingOnOrder)),
    );
  }
  return { drawn, spoken };
}

/**
 * The stock a tree's planning sees (READING R6): the pool = on hand at the floor and its warehouse less the
 * other open orders' claims and less the output of completed orders below held ones (waiting for them); on order = the stock levels' at both less the held orders' own output and what the
 * other orders' rows have spoken for.
 */
export function stockForPlanning(world: StoredWorld, held: StoredOrder[]): (product: string) => Stock {
  const heldIds = new Set(held.map((order) => order.id));
  return (product) => {
    const { drawn, spoken } = claims(world, product, heldIds);
    const floor = world.level(product, world.floor);
    const warehouse = world.level(product, world.warehouse);
    const ownOutput = Q.sum(
      held
        .filter((order) => HOLDING.includes(order.status) && order.product === product)
        .map((order) => order.quantity.minus(order.produced)),
    );
    // READING R8: the output of an order kept at the re-check (released below a held order) is spoken for by
    // the held row it makes, like another tree's nested output: not on order for this plan (its quantity
    // already counts against that row's net).
    const heldRows = new Set(held.flatMap((order) => order.rows.map((row) => row.id)));
    const keptOutput = Q.sum(
      world.orders
        .filter(
          (order) =>
            !heldIds.has(order.id) &&
            heldRows.has(order.parentRowId ?? 0) &&
            !order.surplus &&
            HOLDING.includes(order.status) &&
            order.product === product,
        )
        .map((order) => order.quantity.minus(order.produced)),
    );
    // Completed below a held order: its output waits in stock for that order (its row counts it as made).
    const awaiting = Q.sum(
      world.orders
        .filter(
          (order) =>
            order.status === "COMPLETED" && order.product === product && heldIds.has(order.parentId ?? 0),
        )
        .map((order) => order.produced),
    );
    return {
      available: floor.onHand.plus(warehouse.onHand).minus(drawn).minus(awaiting),
      onOrder: floor.onOrder.plus(warehouse.onOrder).minus(ownOutput).minus(keptOutput).minus(spoken),
    };
  };
}

/** The planning of `rootId`'s tree at a status change (first authorization, or the re-check of a release). */
export function planStored(world: StoredWorld, catalog: Catalog, rootId: number, policy: Policy): ModelPlan {
  const tree = treeOrders(world, rootId);
  const root = tree.find((order) => order.id === rootId) as StoredOrder;
  const below = tree.filter((order) => order.id !== rootId);
  // READING R6: the root and the not-yet-released orders reached through not-yet-released orders hold for
  // themselves (tree orders come parents first: ids grow down the tree).
  const held = [root];
  for (const order of [...below].sort((a, b) => a.ancestorIds.length - b.ancestorIds.length)) {
    if (ADJUSTABLE.includes(order.status) && held.some((parent) => parent.id === order.parentId))
      held.push(order);
  }
  return planTree({
    catalog,
    rows: root.rows.map((row) => ({ product: row.product, required: row.required, existingId: row.id })),
    stock: stockForPlanning(world, held),
    policy,
    existing: below.map((order) => ({
      id: order.id,
      parentRowId: order.parentRowId as number,
      status: order.status,
      surplus: order.surplus,
      kind: order.kind,
      product: order.product,
      quantity: order.quantity,
      rows: order.rows.map(({ id, position, product, required }) => ({ id, position, product, required })),
    })),
  });
}

// ---------------------------------------------------------------- supplying a release

export interface Supply {
  /** Per order id, per product: what the release transfers from the warehouse and what it buys. */
  transfers: Map<number, Map<string, Q>>;
  purchases: Map<number, Map<string, Q>>;
  /** One entry per order and product: the total it could not order. */
  unordered: { orderId: number; product: string; quantity: Q; reason: "NO_SUPPLIER" | "ASSEMBLY_ORDER" }[];
}

/**
 * What releasing supplies (tree.md, "Release" and "Assembly orders' components"): for every released order
 * (`released`, the top first; parents first) and every row its nested orders do not make, by position: a bought
 * row's planned shortage (`shortageOf`, the re-checked plan's, READING R5) is bought; the rest comes from the
 * order's open transfers, then the floor's free stock, then a transfer from the warehouse's free stock, and what
 * neither holds is bought too. Open purchases linked to the order count first. An assembly order's rows take the
 * floor's free stock and report the rest. Free stock is counted once across trees (READING R4).
 */
export function supplyRelease(
  world: StoredWorld,
  catalog: Catalog,
  released: StoredOrder[],
  shortageOf: (orderId: number, rowId: number) => Q,
): Supply {
  const releasedIds = new Set(released.map((order) => order.id));
  const floorFree = new Map<string, Q>();
  const warehouseFree = new Map<string, Q>();
  const products = [...new Set(released.flatMap((order) => order.rows.map((row) => row.product)))];
  for (const product of products) {
    const { drawn } = claims(world, product, releasedIds);
    const bringing = sumLines(
      world.supplies.filter(
        (supply) =>
          supply.kind === "TRANSFER" &&
          supply.status === "DRAFT" &&
          supply.from === world.warehouse &&
          supply.to === world.floor &&
          supply.orderId !== null &&
          !releasedIds.has(supply.orderId),
      ),
      product,
    );
    const outOfWarehouse = sumLines(
      world.supplies.filter(
        (supply) =>
          supply.kind === "TRANSFER" && supply.status === "DRAFT" && supply.from === world.warehouse,
      ),
      product,
    );
    const onFloor = world.level(product, world.floor).onHand.minus(drawn).plus(bringing);
    const stored = world.level(product, world.warehouse);
    floorFree.set(product, Q.max(onFloor, Q.ZERO));
    warehouseFree.set(
      product,
      stored.onHand.minus(stored.allocated).minus(outOfWarehouse).plus(Q.min(onFloor, Q.ZERO)),
    );
  }
  const supply: Supply = { transfers: new Map(), purchases: new Map(), unordered: [] };
  const report = (
    orderId: number,
    product: string,
    quantity: Q,
    reason: "NO_SUPPLIER" | "ASSEMBLY_ORDER",
  ) => {
    const entry = supply.unordered.find((row) => row.orderId === orderId && row.product === product);
    if (entry) entry.quantity = entry.quantity.plus(quantity);
    else supply.unordered.push({ orderId, product, quantity, reason });
  };
  const ordered = [...released].sort((a, b) => a.ancestorIds.length - b.ancestorIds.length || a.id - b.id);
  for (const order of ordered) {
    const linked = (kind: StoredSupply["kind"], statuses: string[]) =>
      world.supplies.filter(
        (entry) => entry.kind === kind && entry.orderId === order.id && statuses.includes(entry.status),
      );
    const transferring = totals(linked("TRANSFER", ["DRAFT"]));
    const buying = totals(linked("PURCHASE", ["DRAFT", "ORDERED"]));
    const transfers = new Map<string, Q>();
    const purchases = new Map<string, Q>();
    for (const row of [...order.rows].sort((a, b) => a.position - b.position)) {
      const made = world.orders.filter(
        (kid) => kid.parentRowId === row.id && kid.status !== "VOIDED" && !kid.surplus,
      );
      const rest = row.required.minus(Q.sum(made.map((kid) => kid.quantity)));
      if (!rest.isPositive()) continue;
      if (order.kind === "ASSEMBLY") {
        const short = rest.minus(take(floorFree, row.product, rest));
        if (short.isPositive()) report(order.id, row.product, short, "ASSEMBLY_ORDER");
        continue;
      }
      const bought = catalog.get(row.product).make === "BUY";
      const shortage = bought ? Q.min(rest, shortageOf(order.id, row.id)) : Q.ZERO;
      let fromStock = rest.minus(shortage);
      fromStock = fromStock.minus(take(transferring, row.product, fromStock));
      fromStock = fromStock.minus(take(floorFree, row.product, fromStock));
      const fromWarehouse = take(warehouseFree, row.product, fromStock);
      if (fromWarehouse.isPositive()) add(transfers, row.product, fromWarehouse);
      if (!bought) continue;
      let toBuy = shortage.plus(fromStock.minus(fromWarehouse));
      toBuy = toBuy.minus(take(buying, row.product, toBuy));
      if (toBuy.isPositive()) add(purchases, row.product, toBuy);
    }
    if (transfers.size > 0) supply.transfers.set(order.id, transfers);
    const withSupplier = new Map<string, Q>();
    for (const [product, quantity] of purchases) {
      if (catalog.get(product).supplier) withSupplier.set(product, quantity);
      else report(order.id, product, quantity, "NO_SUPPLIER");
    }
    if (withSupplier.size > 0) supply.purchases.set(order.id, withSupplier);
  }
  return supply;
}

function sumLines(supplies: StoredSupply[], product: string): Q {
  return Q.sum(
    supplies.flatMap((supply) =>
      supply.lines.filter((line) => line.product === product).map((line) => line.open),
    ),
  );
}

function totals(supplies: StoredSupply[]): Map<string, Q> {
  const result = new Map<string, Q>();
  for (const line of supplies.flatMap((supply) => supply.lines)) add(result, line.product, line.open);
  return result;
}

function add(map: Map<string, Q>, product: string, quantity: Q) {
  map.set(product, (map.get(product) ?? Q.ZERO).plus(quantity));
}

/** Takes up to `wanted` of what `free` holds (never below 0); returns what it took. */
function take(free: Map<string, Q>, product: string, wanted: Q): Q {
  const there = free.get(product) ?? Q.ZERO;
  const taken = Q.min(wanted, Q.max(there, Q.ZERO));
  free.set(product, there.minus(taken));
  return taken;
}
