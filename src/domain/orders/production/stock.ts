import type { Tx } from "../../../db/database.ts";
import { Dec, type DecimalLike, dec, ZERO } from "../../decimal.ts";
import type { Actor } from "../../events.ts";
import {
  changeStock,
  lockStockLevels,
  type MovementInput,
  type ReservationChange,
} from "../../inventory/ledger.ts";

/**
 * The one place a production order's stock figures change, for the top order of a step and the orders of its
 * tree alike: its components allocated and its output on order while it holds stock, its consumption and output
 * when it completes. A step collects its changes here and applies them once, at its end, so one commit writes one
 * STOCK_CHANGED event per product and location however many orders of the tree touch it.
 */

/** What an order holds stock for, wherever it comes from (a loaded order, or one its tree's plan creates). */
export interface Holder {
  locationId: number;
  lines: readonly { productId: number; quantity: DecimalLike }[];
  components: readonly { productId: number; requiredQuantity: DecimalLike }[];
}

/** The stock changes of one step, applied together by `apply`. */
export class StockChanges {
  private reservations: ReservationChange[] = [];
  private movements: MovementInput[] = [];

  /** Changes to allocated and on order. */
  reserve(changes: readonly ReservationChange[]): void {
    this.reservations.push(...changes);
  }

  /** What holding stock for the orders adds (sign 1) or what releasing it takes back (sign -1). */
  hold(orders: readonly Holder[], sign: 1 | -1 = 1): void {
    for (const order of orders) {
      this.reserve([
        ...order.components.map((component) => ({
          productId: component.productId,
          locationId: order.locationId,
          allocated: dec(component.requiredQuantity).times(sign),
        })),
        ...order.lines.map((line) => ({
          productId: line.productId,
          locationId: order.locationId,
          onOrder: dec(line.quantity).times(sign),
        })),
      ]);
    }
  }

  /** Movements of the ledger (consumption, output). */
  post(movements: readonly MovementInput[]): void {
    this.movements.push(...movements);
  }

  /** Writes what was collected through the ledger, in one call, and starts over. */
  async apply(tx: Tx, actor: Actor): Promise<void> {
    const { movements, reservations } = this;
    this.movements = [];
    this.reservations = [];
    await changeStock(tx, actor, { movements, reservations });
  }
}

/** A loaded order's rows, as the holding steps read them. */
interface OrderRows {
  id: number;
  locationId: number;
  lines: readonly { productId: number; quantity: DecimalLike; producedQuantity: DecimalLike }[];
  components: readonly { productId: number; requiredQuantity: DecimalLike; allocatedQuantity: DecimalLike }[];
}

/** What a line still has on order while its order holds stock: what is not produced yet, never below zero. */
export function stillOnOrder(line: { quantity: DecimalLike; producedQuantity: DecimalLike }): Dec {
  return Dec.max(ZERO, dec(line.quantity).minus(dec(line.producedQuantity)));
}

/** Allocates the orders' components and puts their output on order, at their location. */
export async function holdStock(tx: Tx, stock: StockChanges, orders: readonly OrderRows[]) {
  if (orders.length === 0) return;
  stock.hold(orders);
  const ids = orders.map((order) => order.id);
  await tx.$executeRaw`
    UPDATE "ProductionOrderComponent" SET "allocatedQuantity" = "requiredQuantity" WHERE "orderId" = ANY(${ids}::int[])`;
}

/** Releases exactly what `holdStock` (and component edits) reserved and the shop floor has not used yet. */
export async function releaseStock(tx: Tx, stock: StockChanges, order: OrderRows) {
  stock.hold(
    [
      {
        locationId: order.locationId,
        lines: order.lines.map((line) => ({ productId: line.productId, quantity: stillOnOrder(line) })),
        components: order.components.map((component) => ({
          productId: component.productId,
          requiredQuantity: component.allocatedQuantity,
        })),
      },
    ],
    -1,
  );
  await tx.productionOrderComponent.updateMany({
    where: { orderId: order.id },
    data: { allocatedQuantity: 0 },
  });
}

/** A component's allocation following its new required quantity, on an order that holds stock. */
export function reallocate(
  stock: StockChanges,
  order: { locationId: number },
  component: { productId: number; allocatedQuantity: DecimalLike },
  required: Dec,
) {
  stock.reserve([
    {
      productId: component.productId,
      locationId: order.locationId,
      allocated: required.minus(dec(component.allocatedQuantity)),
    },
  ]);
}

/**
 * Every stock level the order touches (and those of `more` products at its location), locked up front in one go
 * so the steps after never deadlock.
 */
export function lockOrderStock(tx: Tx, order: OrderRows, more: readonly { productId: number }[] = []) {
  return lockStockLevels(
    tx,
    [...order.components, ...order.lines, ...more].map((row) => ({
      productId: row.productId,
      locationId: order.locationId,
    })),
  );
}
