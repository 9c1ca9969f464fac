import { expect } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type Dec, type DecimalLike, dec, formatDecimal, ZERO } from "../../src/domain/decimal.ts";
import type { ProductionOrderStatus } from "../../src/generated/prisma/enums.ts";

export interface LedgerMismatch {
  productId: number;
  locationId: number;
  /** The cached StockLevel.onHand ("missing" when movements exist but no row does). */
  onHand: string;
  /** The sum of the ledger movements. */
  ledger: string;
}

/**
 * Every product x location whose cached StockLevel.onHand differs from the sum of its stock movements, in
 * either direction (a row without movements must be zero; movements without a row are a mismatch too).
 */
export async function ledgerMismatches(db: Database): Promise<LedgerMismatch[]> {
  const [levels, sums] = await Promise.all([
    db.prisma.stockLevel.findMany({ select: { productId: true, locationId: true, onHand: true } }),
    db.prisma.stockMovement.groupBy({ by: ["productId", "locationId"], _sum: { quantity: true } }),
  ]);
  const key = (row: { productId: number; locationId: number }) => `${row.productId}:${row.locationId}`;
  const ledger = new Map(sums.map((row) => [key(row), dec(row._sum.quantity ?? 0)]));
  const mismatches: LedgerMismatch[] = [];
  for (const level of levels) {
    const total = ledger.get(key(level)) ?? ZERO;
    ledger.delete(key(level));
    if (!dec(level.onHand).equals(total)) {
      mismatches.push({
        productId: level.productId,
        locationId: level.locationId,
        onHand: formatDecimal(level.onHand),
        ledger: formatDecimal(total),
      });
    }
  }
  // Movements without a stock level row: consistent only if they add up to zero (a missing row reads as zero).
  for (const row of sums) {
    const total = ledger.get(key(row));
    if (total && !total.isZero()) {
      const { productId, locationId } = row;
      mismatches.push({ productId, locationId, onHand: "missing", ledger: formatDecimal(total) });
    }
  }
  return mismatches;
}

/** Fails the test when any stock level disagrees with the ledger. */
export async function expectStockLevelsMatchLedger(db: Database): Promise<void> {
  expect(await ledgerMismatches(db)).toEqual([]);
}

/** Expected reservation figures per "productId:locationId", summed over the orders that hold them. */
type Figures = Map<string, Dec>;
type FigureTerm = (db: Database) => Promise<Figures>;

const HOLDING_ORDER = { status: { in: ["PLANNED", "RELEASED", "IN_PROGRESS"] as ProductionOrderStatus[] } };

function addTo(figures: Figures, productId: number, locationId: number, quantity: DecimalLike) {
  const key = `${productId}:${locationId}`;
  figures.set(key, (figures.get(key) ?? ZERO).plus(dec(quantity)));
}

/** Components of open production orders hold their allocation at the order's location. */
async function openComponentAllocations(db: Database): Promise<Figures> {
  const figures: Figures = new Map();
  const rows = await db.prisma.productionOrderComponent.findMany({
    where: { order: HOLDING_ORDER },
    select: { productId: true, allocatedQuantity: true, order: { select: { locationId: true } } },
  });
  for (const row of rows) addTo(figures, row.productId, row.order.locationId, row.allocatedQuantity);
  return figures;
}

/** Open production orders expect their not yet produced output at the order's location (never below zero: an
 * output reported beyond the quantity was never on order). */
async function openProductionOutput(db: Database): Promise<Figures> {
  const figures: Figures = new Map();
  const rows = await db.prisma.productionOrderLine.findMany({
    where: { order: HOLDING_ORDER },
    select: {
      productId: true,
      quantity: true,
      producedQuantity: true,
      order: { select: { locationId: true } },
    },
  });
  for (const row of rows) {
    const open = dec(row.quantity).minus(dec(row.producedQuantity));
    if (open.isPositive()) addTo(figures, row.productId, row.order.locationId, open);
  }
  return figures;
}

/** ORDERED purchase orders expect ordered - received of each line (never below zero) at the receiving location. */
export async function openPurchaseQuantities(db: Database): Promise<Figures> {
  const figures: Figures = new Map();
  const rows = await db.prisma.purchaseOrderLine.findMany({
    where: { purchaseOrder: { status: "ORDERED" } },
    select: {
      productId: true,
      quantity: true,
      receivedQuantity: true,
      purchaseOrder: { select: { locationId: true } },
    },
  });
  for (const row of rows) {
    const open = dec(row.quantity).minus(dec(row.receivedQuantity));
    if (open.isPositive()) addTo(figures, row.productId, row.purchaseOrder.locationId, open);
  }
  return figures;
}

/** What sums to StockLevel.allocated and .onOrder: one term per kind of order. */
export const reservationTerms: { allocated: FigureTerm[]; onOrder: FigureTerm[] } = {
  allocated: [openComponentAllocations],
  onOrder: [openProductionOutput, openPurchaseQuantities],
};

export interface ReservationMismatch {
  productId: number;
  locationId: number;
  figure: "allocated" | "onOrder";
  cached: string;
  orders: string;
}

/** Every stock level whose allocated or on order differs from what open orders hold. */
export async function reservationMismatches(db: Database): Promise<ReservationMismatch[]> {
  const levels = await db.prisma.stockLevel.findMany({
    select: { productId: true, locationId: true, allocated: true, onOrder: true },
  });
  const mismatches: ReservationMismatch[] = [];
  for (const figure of ["allocated", "onOrder"] as const) {
    const expected: Figures = new Map();
    for (const term of reservationTerms[figure]) {
      for (const [key, quantity] of await term(db))
        expected.set(key, (expected.get(key) ?? ZERO).plus(quantity));
    }
    for (const level of levels) {
      const key = `${level.productId}:${level.locationId}`;
      const orders = expected.get(key) ?? ZERO;
      expected.delete(key);
      if (!dec(level[figure]).equals(orders)) {
        const { productId, locationId } = level;
        mismatches.push({
          productId,
          locationId,
          figure,
          cached: formatDecimal(level[figure]),
          orders: formatDecimal(orders),
        });
      }
    }
    for (const [key, orders] of expected) {
      if (orders.isZero()) continue;
      const [productId, locationId] = key.split(":").map(Number) as [number, number];
      mismatches.push({ productId, locationId, figure, cached: "missing", orders: formatDecimal(orders) });
    }
  }
  return mismatches;
}

/** Fails the test when allocated or on order disagrees with the open orders. */
export async function expectReservationsMatchOrders(db: Database): Promise<void> {
  expect(await reservationMismatches(db)).toEqual([]);
}
