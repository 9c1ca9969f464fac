import type { Tx } from "../../../../db/database.ts";
import type { Prisma, Product } from "../../../../generated/prisma/client.ts";
import {
  ProductionOrderKind,
  PurchaseOrderStatus,
  Replenishment,
  TransferOrderStatus,
} from "../../../../generated/prisma/enums.ts";
import { deriveReplenishment } from "../../../bom/replenishment.ts";
import { Dec, dec, formatDecimal, ZERO } from "../../../decimal.ts";
import type { Actor } from "../../../events.ts";
import { availableOf, readStockLevels, stockKey } from "../../../inventory/ledger.ts";
import { type PurchaseNeed, purchaseFromPrimarySuppliers } from "../../purchasing.ts";
import { createTransferOrder, stillToMove } from "../../transfers.ts";
import { VOIDED } from "../order.ts";
import { readStockClaims } from "./facts.ts";

/** Why a release left a component short, for a planner to supply by hand. */
export const UnorderedReason = {
  /** A bought component whose product has no active primary supplier. */
  NO_SUPPLIER: "NO_SUPPLIER",
  /** A component of an assembly order: nothing is transferred or bought for those automatically. */
  ASSEMBLY_ORDER: "ASSEMBLY_ORDER",
} as const;
export type UnorderedReason = (typeof UnorderedReason)[keyof typeof UnorderedReason];

/** What a release could not order: one entry per order and product, with the total still short. */
export interface UnorderedComponent {
  orderId: number;
  product: Product;
  quantity: Dec;
  reason: UnorderedReason;
}

/**
 * Supplies the components of released orders that their nested orders do not make, parents first, components by
 * position. A bought component's planned shortage (re-checked just before) is bought; the rest of its need comes
 * from the shop floor's free stock, else by a transfer from the connected warehouse (one transfer order per
 * production order), and what neither holds any more is bought too: purchase orders from the primary supplier,
 * linked to the order. Open transfers and purchases already linked to an order (an earlier release) count first.
 * Free stock is counted once, across trees: the floor's on hand less what other open orders draw from it there,
 * the warehouse's available less every open transfer already drawing on it. An assembly order's components take
 * what the floor has free and nothing else: the rest is reported (seed rule), like components without a supplier.
 */
export async function coverShortages(
  tx: Tx,
  actor: Actor,
  orderIds: number[],
  location: { id: number; connectedWarehouseId: number | null },
): Promise<UnorderedComponent[]> {
  const orders = (
    await tx.productionOrder.findMany({
      where: { id: { in: orderIds } },
      include: {
        components: {
          orderBy: { position: "asc" },
          include: {
            nestedOrders: {
              where: { status: { not: VOIDED }, surplus: false },
              include: { lines: true },
            },
          },
        },
        transferOrders: { where: { status: TransferOrderStatus.DRAFT }, include: { lines: true } },
        purchaseOrders: {
          where: { status: { in: [PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.ORDERED] } },
          include: { lines: true },
        },
      },
    })
  ).sort((a, b) => a.ancestorIds.length - b.ancestorIds.length || a.id - b.id);
  const productIds = [...new Set(orders.flatMap((order) => order.components.map((c) => c.productId)))];
  const products = new Map(
    (await tx.product.findMany({ where: { id: { in: productIds } }, include: { defaultBoms: true } })).map(
      (product) => [product.id, product],
    ),
  );
  const bought = (productId: number) => {
    const product = products.get(productId);
    return (
      product !== undefined &&
      deriveReplenishment(
        product.replenishment,
        product.defaultBoms.map((entry) => entry.kind),
      ) === Replenishment.PURCHASE
    );
  };
  const { floorFree, warehouseFree } = await freeStock(tx, productIds, orderIds, location);

  const unordered: UnorderedComponent[] = [];
  const report = (orderId: number, product: Product, quantity: Dec, reason: UnorderedReason) => {
    const entry = unordered.find((row) => row.orderId === orderId && row.product.id === product.id);
    if (entry) entry.quantity = entry.quantity.plus(quantity);
    else unordered.push({ orderId, product, quantity, reason });
  };
  for (const order of orders) {
    // What its open transfers still bring: a part already moved is on the floor's shelf, counted there.
    const transferring = totals(
      order.transferOrders.flatMap((transfer) =>
        transfer.lines.map((line) => ({ productId: line.productId, quantity: stillToMove(line) })),
      ),
    );
    const buying = totals(
      order.purchaseOrders.flatMap((purchase) =>
        purchase.lines.map((line) => ({
          productId: line.productId,
          quantity: dec(line.quantity).minus(dec(line.receivedQuantity)),
        })),
      ),
    );
    const transfers = new Map<number, Dec>();
    const purchases = new Map<number, Dec>();
    for (const component of order.components) {
      const made = component.nestedOrders.flatMap((nested) => nested.lines);
      const rest = dec(component.requiredQuantity).minus(
        made.reduce((total, line) => total.plus(dec(line.quantity)), ZERO),
      );
      if (rest.lte(ZERO)) continue;
      const product = products.get(component.productId) as Product;
      if (order.kind === ProductionOrderKind.ASSEMBLY) {
        const short = rest.minus(take(floorFree, component.productId, rest));
        if (short.gt(ZERO)) report(order.id, product, short, UnorderedReason.ASSEMBLY_ORDER);
        continue;
      }
      const isBought = bought(component.productId);
      const shortage = isBought ? Dec.min(rest, dec(component.shortageQuantity)) : ZERO;
      let fromStock = rest.minus(shortage);
      fromStock = fromStock.minus(take(transferring, component.productId, fromStock));
      fromStock = fromStock.minus(take(floorFree, component.productId, fromStock));
      const fromWarehouse = take(warehouseFree, component.productId, fromStock);
      if (fromWarehouse.gt(ZERO)) add(transfers, component.productId, fromWarehouse);
      // A made component still short was left short by a KEEP choice: the planner's call, not a purchase.
      if (!isBought) continue;
      let toBuy = shortage.plus(fromStock.minus(fromWarehouse));
      toBuy = toBuy.minus(take(buying, component.productId, toBuy));
      if (toBuy.gt(ZERO)) add(purchases, component.productId, toBuy);
    }
    if (transfers.size > 0 && location.connectedWarehouseId !== null) {
      await createTransferOrder(
        tx,
        actor,
        {
          fromLocationId: location.connectedWarehouseId,
          toLocationId: location.id,
          lines: [...transfers].map(([productId, quantity]) => ({
            productId,
            quantity: formatDecimal(quantity),
          })),
        },
        { productionOrderId: order.id },
      );
    }
    if (purchases.size > 0) {
      const needs: PurchaseNeed[] = [...purchases].map(([productId, quantity]) => ({
        product: products.get(productId) as Product,
        quantity,
      }));
      const { withoutSupplier } = await purchaseFromPrimarySuppliers(tx, actor, needs, {
        locationId: location.id,
        productionOrderId: order.id,
      });
      for (const product of withoutSupplier) {
        report(order.id, product, purchases.get(product.id) as Dec, UnorderedReason.NO_SUPPLIER);
      }
    }
  }
  return unordered;
}

/**
 * What the released orders (`orderIds`) find free, per product: at the floor, its on hand less what every other
 * open order there draws from stock (less what their open transfers are still bringing from the warehouse); at
 * the warehouse, its available less what every open transfer out of it still has to move (a part moved already
 * left its stock), and less what other orders will need from it when the floor cannot serve them.
 */
async function freeStock(
  tx: Tx,
  productIds: number[],
  orderIds: number[],
  location: { id: number; connectedWarehouseId: number | null },
) {
  const warehouse = location.connectedWarehouseId;
  const levels = await readStockLevels(
    tx,
    productIds.flatMap((productId) => [
      { productId, locationId: location.id },
      ...(warehouse === null ? [] : [{ productId, locationId: warehouse }]),
    ]),
  );
  const claims = await readStockClaims(tx, {
    productIds,
    locationIds: [location.id],
    exceptOrderIds: orderIds,
  });
  const transferLines =
    warehouse === null
      ? []
      : await tx.transferOrderLine.findMany({
          where: {
            productId: { in: productIds },
            transferOrder: { status: TransferOrderStatus.DRAFT, fromLocationId: warehouse },
          },
          include: { transferOrder: true },
        });
  const floorFree = new Map<number, Dec>();
  const warehouseFree = new Map<number, Dec>();
  for (const productId of productIds) {
    const lines = transferLines.filter((line) => line.productId === productId);
    // Other orders' transfers to this floor bring what they draw: the floor need not hold it for them.
    const bringing = stillToMoveOf(
      lines.filter(
        (line) =>
          line.transferOrder.toLocationId === location.id &&
          line.transferOrder.productionOrderId !== null &&
          !orderIds.includes(line.transferOrder.productionOrderId),
      ),
    );
    const floor = levels.get(stockKey(productId, location.id));
    const onFloor = (floor ? dec(floor.onHand) : ZERO)
      .minus(claims.get(productId)?.drawn ?? ZERO)
      .plus(bringing);
    const stored = warehouse === null ? undefined : levels.get(stockKey(productId, warehouse));
    const inWarehouse = (stored ? availableOf(stored) : ZERO).minus(stillToMoveOf(lines));
    floorFree.set(productId, Dec.max(onFloor, ZERO));
    warehouseFree.set(productId, inWarehouse.plus(Dec.min(onFloor, ZERO)));
  }
  return { floorFree, warehouseFree };
}

/** What open transfer lines still have to move (a line moved in part has left the warehouse in part). */
function stillToMoveOf(lines: { quantity: Prisma.Decimal; movedQuantity: Prisma.Decimal }[]): Dec {
  return lines.reduce((total, line) => total.plus(stillToMove(line)), ZERO);
}

function totals(lines: { productId: number; quantity: Prisma.Decimal | Dec }[]): Map<number, Dec> {
  const result = new Map<number, Dec>();
  for (const line of lines) add(result, line.productId, dec(line.quantity));
  return result;
}

function add(map: Map<number, Dec>, productId: number, quantity: Dec) {
  map.set(productId, (map.get(productId) ?? ZERO).plus(quantity));
}

/** Takes up to `wanted` from what `free` holds for the product (never below zero); returns what it took. */
function take(free: Map<number, Dec>, productId: number, wanted: Dec): Dec {
  const there = free.get(productId) ?? ZERO;
  const taken = Dec.min(wanted, there.isNegative() ? ZERO : there);
  free.set(productId, there.minus(taken));
  return taken;
}
