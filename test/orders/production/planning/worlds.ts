import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { Catalog, type CatalogProduct, type Make, POLICIES, type Policy, planTree } from "./model.ts";
import { Q } from "./rational.ts";

/**
 * Random worlds for the planning properties (fast-check arbitraries). A catalog is a list of products where a
 * product's BOM lines only use products after it (so it is a DAG, up to 7 levels deep), product P0 is the made
 * top; shared sub-assemblies come from several BOMs using one product, and from one BOM using it on two lines.
 * Raw choices (indexes, picks) are interpreted modulo what exists, so fast-check shrinks them freely.
 */

const LINE_QUANTITIES = ["1", "1", "2", "0.5", "0.333333", "3", "1.5", "0.25"];
const OUTPUTS = ["1", "1", "1", "2", "2.5", "4"];
const BATCHES = ["1", "2", "2.5", "0.5", "3"];
const MINIMA = ["0", "0", "0", "1", "2", "0.5"];
const ORDER_QUANTITIES = ["1", "1", "2", "3", "0.5", "2.5", "0.333333", "7"];

/** A catalog of 3..8 products (P0 made, the last bought). */
export const catalogArbitrary: fc.Arbitrary<CatalogProduct[]> = fc
  .integer({ min: 3, max: 8 })
  .chain((size) =>
    fc.array(
      fc.record({
        make: fc.constantFrom<Make>("PRODUCE", "PRODUCE", "PRODUCE", "PRODUCE", "BUY", "ASSEMBLE", "PHANTOM"),
        noSupplier: fc.integer({ min: 0, max: 4 }),
        maxBatch: fc.option(fc.constantFrom(...BATCHES), { freq: 4 }),
        min: fc.constantFrom(...MINIMA),
        reorder: fc.constantFrom(...MINIMA),
        output: fc.constantFrom(...OUTPUTS),
        lines: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...LINE_QUANTITIES)), {
          minLength: 1,
          maxLength: 3,
        }),
      }),
      { minLength: size, maxLength: size },
    ),
  )
  .map((raw) =>
    raw.map((spec, index): CatalogProduct => {
      const last = index === raw.length - 1;
      const make: Make = index === 0 ? "PRODUCE" : last ? "BUY" : spec.make;
      const after = raw.length - index - 1;
      return {
        key: `P${index}`,
        make,
        supplier: make === "BUY" ? spec.noSupplier !== 0 : false,
        maxBatch: make === "PRODUCE" || make === "ASSEMBLE" ? spec.maxBatch : null,
        min: make === "BUY" || make === "PHANTOM" ? "0" : spec.min,
        reorder: make === "BUY" || make === "PHANTOM" ? "0" : spec.reorder,
        bom:
          make === "BUY"
            ? null
            : {
                output: make === "PHANTOM" ? "1" : spec.output,
                // The first line goes to the next product, so long chains (deep trees) are common.
                lines: spec.lines
                  .map(([pick, quantity], line): [string, string] => [
                    `P${index + 1 + (line === 0 ? 0 : pick % after)}`,
                    quantity,
                  ])
                  // Only a production BOM repeats a component (at another operation).
                  .filter(
                    ([component], line, all) =>
                      make === "PRODUCE" || all.findIndex(([other]) => other === component) === line,
                  ),
              },
      };
    }),
  );

/**
 * Top order lines: P0, sometimes a second line of another made product that P0 does not use (a product an
 * earlier line uses is refused as a cycle: see regressions.test.ts).
 */
function topArbitrary(products: CatalogProduct[]) {
  const below = reachable(products, "P0");
  const made = products.filter(
    (product) => (product.make === "PRODUCE" || product.make === "ASSEMBLE") && !below.has(product.key),
  );
  return fc
    .tuple(
      fc.constantFrom(...ORDER_QUANTITIES),
      fc.option(fc.tuple(fc.nat(), fc.constantFrom(...ORDER_QUANTITIES)), { freq: 4 }),
    )
    .map(([quantity, second]) => [
      { product: "P0", quantity },
      ...(second
        ? [{ product: (made[second[0] % made.length] as CatalogProduct).key, quantity: second[1] }]
        : []),
    ]);
}

const AVAILABLE = ["0", "0", "0", "1", "2", "0.5", "12.25", "-3", "-0.5", "3.333333"];
const ON_ORDER = ["0", "0", "0", "1", "2.5", "10"];

export type ExistingStatus = "DRAFT" | "PLANNED" | "RELEASED" | "SURPLUS";

/** Level (a): the planner alone, over in-memory facts. */
export interface PlannerWorld {
  policy: Policy;
  products: CatalogProduct[];
  top: { product: string; quantity: string }[];
  /** The planner's inputs: available (already net of other trees) and on order, per product. */
  stock: Record<string, { available: string; onOrder: string }>;
  /**
   * A re-check: the first plan stored as the tree, with these statuses (by the order's breadth-first index,
   * cycled), planned again with `restock` (stock after changes; the same stock when absent).
   */
  recheck: {
    statuses: ExistingStatus[];
    restock: Record<string, { available: string; onOrder: string }> | null;
  };
}

function stockArbitrary(products: CatalogProduct[]) {
  return fc
    .array(fc.tuple(fc.constantFrom(...AVAILABLE), fc.constantFrom(...ON_ORDER)), {
      minLength: products.length,
      maxLength: products.length,
    })
    .map((figures) =>
      Object.fromEntries(
        products.map((product, index) => {
          const [available, onOrder] = figures[index] as [string, string];
          return [product.key, { available, onOrder }];
        }),
      ),
    );
}

export const plannerWorldArbitrary: fc.Arbitrary<PlannerWorld> = catalogArbitrary.chain((products) =>
  fc.record({
    policy: fc.constantFrom(...POLICIES),
    products: fc.constant(products),
    top: topArbitrary(products),
    stock: stockArbitrary(products),
    recheck: fc.record({
      statuses: fc.array(
        fc.constantFrom<ExistingStatus>("PLANNED", "PLANNED", "PLANNED", "DRAFT", "RELEASED", "SURPLUS"),
        {
          minLength: 1,
          maxLength: 6,
        },
      ),
      restock: fc.option(stockArbitrary(products), { freq: 2 }),
    }),
  }),
);

/** The top order's component rows: each line's snapshot, positions running on across lines. */
export function topRows(catalog: Catalog, top: { product: string; quantity: string }[]) {
  return top.flatMap((line) => catalog.snapshot(line.product, Q.dec(line.quantity)));
}

/** How many nested orders the model plans (to keep generated trees to a size a run can afford). */
export function plannedOrderCount(world: {
  products: CatalogProduct[];
  top: { product: string; quantity: string }[];
  policy: Policy;
  stock?: Record<string, { available: string; onOrder: string }>;
}): number {
  const catalog = new Catalog(world.products);
  const plan = planTree({
    catalog,
    rows: topRows(catalog, world.top),
    stock: (product) => {
      const figures = world.stock?.[product];
      return figures
        ? { available: Q.dec(figures.available), onOrder: Q.dec(figures.onOrder) }
        : { available: Q.ZERO, onOrder: Q.ZERO };
    },
    policy: world.policy,
  });
  return plan.orders.length;
}

// ---------------------------------------------------------------- level (b): through the API

export type ApiStep =
  | { op: "authorize"; root: number }
  | { op: "release"; root: number; choice: "RECALCULATE" | "KEEP" }
  | { op: "undo"; root: number; pick: number }
  | { op: "void"; root: number; pick: number }
  | { op: "complete"; root: number; pick: number }
  /** Places (when DRAFT) and receives in full, or only places (`receive` false), a purchase order of the world. */
  | { op: "purchase"; pick: number; receive: boolean }
  | { op: "adjust"; product: string; at: "FLOOR" | "WAREHOUSE"; quantity: string };

export interface ApiWorld {
  policy: Policy;
  products: CatalogProduct[];
  /** On hand put at the shop floor and at its connected warehouse (products not named have none). */
  stock: Record<string, { floor: string; warehouse: string }>;
  /** ORDERED purchase orders not linked to any production order (on order), received at the floor or the warehouse. */
  purchases: { product: string; quantity: string; at: "FLOOR" | "WAREHOUSE" }[];
  /**
   * Root orders (one line each), made DRAFT at the start; `fromReorder`: made by applying P0's reorder suggestion
   * instead (its quantity is the suggestion's), which drafts the whole tree (DRAFT, holding nothing);
   * `fromSale`: a sales order line of this quantity, whose authorization makes the root (PLANNED, for the quantity
   * the policy gives, none when stock covers it) when the root is first authorized.
   */
  roots: { product: string; quantity: string; fromReorder?: boolean; fromSale?: boolean }[];
  /** What happens to them, in order; every root is authorized before its first release. */
  steps: ApiStep[];
}

const ON_HAND = ["0", "1", "2", "3", "5", "0.5", "10"];

export const apiWorldArbitrary: fc.Arbitrary<ApiWorld> = catalogArbitrary.chain((products) => {
  const made = products.filter((product) => product.make === "PRODUCE");
  const keys = products.map((product) => product.key);
  return fc
    .record({
      policy: fc.constantFrom(...POLICIES),
      products: fc.constant(products),
      // Stock for a few products only, so most trees have orders to make.
      stock: fc
        .array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...ON_HAND), fc.constantFrom(...ON_HAND)), {
          maxLength: 4,
        })
        .map((entries) =>
          Object.fromEntries(entries.map(([key, floor, warehouse]) => [key, { floor, warehouse }])),
        ),
      purchases: fc.array(
        fc.record({
          product: fc.constantFrom(...keys),
          quantity: fc.constantFrom("1", "2", "0.5", "4"),
          at: fc.constantFrom<"FLOOR" | "WAREHOUSE">("FLOOR", "WAREHOUSE"),
        }),
        { maxLength: 2 },
      ),
      roots: fc.array(
        fc.record({
          product: fc.oneof(
            { weight: 3, arbitrary: fc.constant("P0") },
            { weight: 1, arbitrary: fc.constantFrom(...made.map((product) => product.key)) },
          ),
          quantity: fc.constantFrom("1", "1", "2", "0.5", "3"),
          fromReorder: fc.boolean(),
          fromSale: fc.integer({ min: 0, max: 3 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      extra: fc.array(
        fc.tuple(
          fc.nat(),
          fc.oneof(
            fc.record({ op: fc.constant("undo" as const), root: fc.nat(), pick: fc.nat() }),
            fc.record({ op: fc.constant("void" as const), root: fc.nat(), pick: fc.nat() }),
            fc.record({ op: fc.constant("complete" as const), root: fc.nat(), pick: fc.nat() }),
            fc.record({ op: fc.constant("purchase" as const), pick: fc.nat(), receive: fc.boolean() }),
            fc.record({
              op: fc.constant("release" as const),
              root: fc.nat(),
              choice: fc.constant("RECALCULATE" as const),
            }),
            fc.record({ op: fc.constant("authorize" as const), root: fc.nat() }),
            fc.record({
              op: fc.constant("adjust" as const),
              // Mostly made products: their stock changing between planning and release changes the plan.
              product: fc.oneof(
                { weight: 2, arbitrary: fc.constantFrom(...made.map((product) => product.key)) },
                { weight: 1, arbitrary: fc.constantFrom(...keys) },
              ),
              at: fc.constantFrom<"FLOOR" | "WAREHOUSE">("FLOOR", "WAREHOUSE"),
              quantity: fc.constantFrom("1", "2", "-1", "0.5"),
            }),
          ),
        ),
        { maxLength: 6 },
      ),
      releaseSlots: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
      keep: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ extra, releaseSlots, keep, ...world }): ApiWorld => {
      const count = world.roots.length;
      // Every root is authorized first; then its release and the extra steps (undo, void, release again,
      // authorize again, stock changes) come in the order of their slots, so stock may change or an order be
      // voided between an authorization and its release.
      const steps: ApiStep[] = world.roots.map((_, root) => ({ op: "authorize", root }));
      const later: [number, ApiStep][] = [
        ...world.roots.map((_, root): [number, ApiStep] => [
          (releaseSlots[root] ?? 0) % 8,
          { op: "release", root, choice: keep === 0 ? "KEEP" : "RECALCULATE" },
        ]),
        ...extra.map(([slot, step]): [number, ApiStep] => [
          slot % 8,
          step.op === "adjust" || step.op === "purchase"
            ? step
            : ({ ...step, root: step.root % count } as ApiStep),
        ]),
      ];
      later.sort((a, b) => a[0] - b[0]);
      // A reorder suggestion needs a minimum (P0 is never a component, so its minimum plans nothing else).
      const roots: ApiWorld["roots"] = world.roots.map(({ fromReorder, fromSale, ...root }) =>
        fromReorder && root.product === "P0" && keep % 2 === 1
          ? { ...root, fromReorder: true }
          : fromSale === 0
            ? { ...root, fromSale: true }
            : root,
      );
      const products = roots.some((root) => root.fromReorder)
        ? world.products.map((product) =>
            product.key === "P0" && Q.dec(product.min).isZero() ? { ...product, min: "2" } : product,
          )
        : world.products;
      return { ...world, products, roots, steps: [...steps, ...later.map(([, step]) => step)] };
    });
});

const NO_MINIMUM = { min: "0", reorder: "0" };

/** A made product as the worlds draw it most often: no supplier, no batch limit, one unit out of its BOM. */
export function produced(
  key: string,
  lines: [component: string, quantity: string][],
  stock: { min: string; reorder: string } = NO_MINIMUM,
): CatalogProduct {
  return { key, make: "PRODUCE", supplier: false, maxBatch: null, ...stock, bom: { output: "1", lines } };
}

/** A bought product with a supplier and no minimum stock. */
export function bought(key: string): CatalogProduct {
  return { key, make: "BUY", supplier: true, maxBatch: null, ...NO_MINIMUM, bom: null };
}

/** JSON (valid TypeScript) with keys unquoted where they can be. */
const flat = (item: unknown) =>
  JSON.stringify(item)
    .replace(/"([A-Za-z_][A-Za-z0-9_]*)":/g, "$1: ")
    .replace(/,(?=\S)/g, ", ");

/** A product as the call of `produced` or `bought` that makes it, or as its fields where neither does. */
function productSource(product: CatalogProduct): string {
  const { key, bom, min, reorder } = product;
  const stock = min === "0" && reorder === "0" ? "" : `, ${flat({ min, reorder })}`;
  const [call, built] = bom
    ? [`produced(${flat(key)}, ${flat(bom.lines)}${stock})`, produced(key, bom.lines, { min, reorder })]
    : [`bought(${flat(key)})`, bought(key)];
  return isDeepStrictEqual(built, product) ? call : flat(product);
}

/**
 * A world as TypeScript source to paste into a test: one line per product (a `produced` or `bought` call where
 * one makes it), stock entry, purchase, root and step.
 */
export function asSource(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return flat(value);
  const fields = Object.entries(value).map(([key, field]) => {
    if (Array.isArray(field) && field.length > 0) {
      const line = key === "products" ? productSource : flat;
      return `  ${key}: [\n${field.map((item) => `    ${line(item)},`).join("\n")}\n  ],`;
    }
    if (typeof field === "object" && field !== null && !Array.isArray(field)) {
      const entries = Object.entries(field).map(([name, item]) => `    ${name}: ${flat(item)},`);
      return `  ${key}: {\n${entries.join("\n")}\n  },`;
    }
    return `  ${key}: ${flat(field)},`;
  });
  return `{\n${fields.join("\n")}\n}`;
}

/** Products `from`'s BOMs use, at any depth (phantoms included). */
export function reachable(products: CatalogProduct[], from: string): Set<string> {
  const catalog = new Map(products.map((product) => [product.key, product]));
  const found = new Set<string>();
  const visit = (key: string) => {
    for (const [component] of catalog.get(key)?.bom?.lines ?? []) {
      if (found.has(component)) continue;
      found.add(component);
      visit(component);
    }
  };
  visit(from);
  return found;
}
