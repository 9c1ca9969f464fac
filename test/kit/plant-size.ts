/**
 * How big a plant is and what two plants of different sizes share (test/kit/plant.ts writes one): bench:scale
 * compares the same plant at two sizes, so every lookup it makes must have the same answer at both.
 */

/** Row counts of the big tables. */
export interface PlantSize {
  /** Products (a multiple of 100); a fifth of them have a BOM. */
  products: number;
  /** StockMovement rows. */
  movements: number;
  /** Production orders (a multiple of 10: trees of 10). */
  orders: number;
  /** Event rows. */
  events: number;
}

/** The plant of the issue: 100k products with barcodes, 20k BOMs, 1M movements, 50k orders in trees, 1M events. */
export const PLANT: PlantSize = {
  products: 100_000,
  movements: 1_000_000,
  orders: 50_000,
  events: 1_000_000,
};

/** What must stay the same between the sizes being compared (each also bounded by the smallest size). */
export interface PlantShape {
  /** Order trees open in the two weeks from `anchor`; every older tree is history. */
  openTrees: number;
  /** Families whose level-1 BOM uses the common part. */
  commonPartUses: number;
  /** Midnight UTC: open orders start in [anchor, anchor + 14 days). */
  anchor: Date;
}

export const PRODUCTS_PER_FAMILY = 100;
export const ORDERS_PER_TREE = 10;

/** `size` times `factor`, rounded to whole families and trees (at least one of each). */
export function scaledPlant(size: PlantSize, factor: number): PlantSize {
  const round = (value: number, unit: number) => Math.max(unit, Math.round((value * factor) / unit) * unit);
  return {
    products: round(size.products, PRODUCTS_PER_FAMILY),
    movements: round(size.movements, 1),
    orders: round(size.orders, ORDERS_PER_TREE),
    events: round(size.events, 1),
  };
}

/** The shape two sizes can share: what the smaller one can hold. */
export function plantShape(smallest: PlantSize, anchor = utcMidnight(new Date())): PlantShape {
  const trees = smallest.orders / ORDERS_PER_TREE;
  const families = smallest.products / PRODUCTS_PER_FAMILY;
  return {
    openTrees: Math.max(1, Math.min(200, Math.floor(trees / 2))),
    commonPartUses: Math.max(1, Math.min(20, families)),
    anchor,
  };
}

function utcMidnight(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 86_400_000) * 86_400_000);
}
