import type { Tx } from "../../../db/database.ts";
import type { Product } from "../../../generated/prisma/client.ts";
import {
  ProductionOrderStatus,
  PurchaseOrderStatus,
  Replenishment,
  TransferOrderStatus,
} from "../../../generated/prisma/enums.ts";
import { deriveReplenishment } from "../../bom/replenishment.ts";
import { Dec, dec, formatDecimal, ZERO } from "../../decimal.ts";
import { type Actor, recordEvents } from "../../events.ts";
import { availableOf, readStockLevels, stockKey } from "../../inventory/ledger.ts";
import { ORDER_PREFIX, orderNumber } from "../numbers.ts";
import { type PurchaseNeed, purchaseFromPrimarySuppliers } from "../purchasing.ts";
import { createTransferOrder } from "../transfers.ts";

/** A bought component whose shortage no purchase order could cover: its product has no (active) primary supplier. */
export interface UnorderedComponent {
  orderId: number;
  product: Product;
  quantity: Dec;
}

/**
 * Moves every order below `top` that is in status `from` (except those marked surplus) to `to` with it, in id
 * order under row locks, in one update and one event insert (`PRODUCTION_ORDER_<TO>`, naming `top`). Nested
 * orders have their parent's status: releasing releases the PLANNED ones below, authorizing a drafted tree plans
 * the DRAFT ones. Returns their ids.
 */
export async function advanceSubtree(
  tx: Tx,
  actor: Actor,
  top: { id: number; rootId: number | null },
  from: typeof ProductionOrderStatus.DRAFT | typeof ProductionOrderStatus.PLANNED,
  to: typeof ProductionOrderStatus.PLANNED | typeof ProductionOrderStatus.RELEASED,
): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number; locationId: number; version: number }[]>`
    SELECT id, "locationId", version FROM "ProductionOrder"
    WHERE ${top.id} = ANY("ancestorIds") AND status = CAST(${from} AS "ProductionOrderStatus") AND NOT surplus
    ORDER BY id FOR UPDATE`;
  if (rows.length === 0) return [];
  await tx.productionOrder.updateMany({
    where: { id: { in: rows.map((row) => row.id) } },
    data: { status: to, version: { increment: 1 } },
  });
  await recordEvents(
    tx,
    actor,
    rows.map((row) => ({
      type: `PRODUCTION_ORDER_${to}`,
      entityType: "ProductionOrder",
      entityId: row.id,
      rootOrderId: top.rootId ?? top.id,
      locationId: row.locationId,
      beforeStatus: from,
      afterStatus: to,
      payload: {
        number: orderNumber(ORDER_PREFIX.ProductionOrder, row.id),
        version: row.version + 1,
        withOrderId: top.id,
      },
    })),
  );
  return rows.map((row) => row.id);
}

/**
 * Supplies the components of released orders that their nested orders do not make: from the shop floor's own
 * stock, else by a transfer from the connected warehouse (one transfer order per production order), and what is
 * still missing of a bought component by purchase orders from its primary supplier, each linked to the order
 * whose shortage it covers. Orders are served parents first, components by position, from stock counted once:
 * what the shop floor holds beyond other orders' allocations, then what the warehouse has free. Open transfers
 * and purchases already linked to an order (an earlier release) count first.
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
              where: { status: { not: ProductionOrderStatus.VOIDED }, surplus: false },
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

  const warehouse = location.connectedWarehouseId;
  const levels = await readStockLevels(
    tx,
    productIds.flatMap((productId) => [
      { productId, locationId: location.id },
      ...(warehouse === null ? [] : [{ productId, locationId: warehouse }]),
    ]),
  );
  const floorFree = new Map<number, Dec>();
  const warehouseFree = new Map<number, Dec>();
  for (const productId of productIds) {
    const floor = levels.get(stockKey(productId, location.id));
    // These orders' own allocations are what they will take from the floor: count them as free for them.
    const ownAllocations = orders
      .flatMap((order) => order.components)
      .filter((component) => component.productId === productId)
      .reduce((total, component) => total.plus(dec(component.allocatedQuantity)), ZERO);
    floorFree.set(productId, (floor ? availableOf(floor) : ZERO).plus(ownAllocations));
    const stored = warehouse === null ? undefined : levels.get(stockKey(productId, warehouse));
    warehouseFree.set(productId, stored ? availableOf(stored) : ZERO);
  }

  const unordered: UnorderedComponent[] = [];
  for (const order of orders) {
    const covering = new Map<number, Dec>();
    const add = (productId: number, quantity: Dec) =>
      covering.set(productId, (covering.get(productId) ?? ZERO).plus(quantity));
    for (const transfer of order.transferOrders) {
      for (const line of transfer.lines) add(line.productId, dec(line.quantity));
    }
    for (const purchase of order.purchaseOrders) {
      for (const line of purchase.lines)
        add(line.productId, dec(line.quantity).minus(dec(line.receivedQuantity)));
    }
    const transfers: { productId: number; quantity: string }[] = [];
    const purchases: PurchaseNeed[] = [];
    for (const component of order.components) {
      const made = component.nestedOrders.flatMap((nested) => nested.lines);
      let rest = dec(component.requiredQuantity).minus(
        made.reduce((total, line) => total.plus(dec(line.quantity)), ZERO),
      );
      if (rest.lte(ZERO)) continue;
      rest = rest.minus(take(floorFree, component.productId, rest));
      const alreadyCovered = Dec.min(rest, covering.get(component.productId) ?? ZERO);
      add(component.productId, alreadyCovered.negated());
      rest = rest.minus(alreadyCovered);
      const fromWarehouse = take(warehouseFree, component.productId, rest);
      if (fromWarehouse.gt(ZERO))
        transfers.push({ productId: component.productId, quantity: formatDecimal(fromWarehouse) });
      rest = rest.minus(fromWarehouse);
      // A made component still short was left short by a KEEP choice: the planner's call, not a purchase.
      if (rest.gt(ZERO) && bought(component.productId)) {
        purchases.push({ product: products.get(component.productId) as Product, quantity: rest });
      }
    }
    if (transfers.length > 0 && warehouse !== null) {
      await createTransferOrder(
        tx,
        actor,
        { fromLocationId: warehouse, toLocationId: location.id, lines: transfers },
        { productionOrderId: order.id },
      );
    }
    if (purchases.length > 0) {
      const { withoutSupplier } = await purchaseFromPrimarySuppliers(tx, actor, purchases, {
        locationId: location.id,
        productionOrderId: order.id,
      });
      for (const product of withoutSupplier) {
        const need = purchases.find((entry) => entry.product.id === product.id);
        unordered.push({ orderId: order.id, product, quantity: need?.quantity ?? ZERO });
      }
    }
  }
  return unordered;
}

/** Takes up to `wanted` from what `free` holds for the product (never below zero); returns what it took. */
function take(free: Map<number, Dec>, productId: number, wanted: Dec): Dec {
  const there = free.get(productId) ?? ZERO;
  const taken = Dec.min(wanted, there.isNegative() ? ZERO : there);
  free.set(productId, there.minus(taken));
  return taken;
}
