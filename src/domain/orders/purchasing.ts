import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import type { Product, PurchaseOrder } from "../../generated/prisma/client.ts";
import { MovementReason, PurchaseOrderStatus } from "../../generated/prisma/enums.ts";
import { Dec, type DecimalLike, dec, formatDecimal, ZERO } from "../decimal.ts";
import { DomainError, ErrorCode, parseInput, type UserError } from "../errors.ts";
import { type Actor, EventType } from "../events.ts";
import {
  availableOf,
  changeReservations,
  changeStock,
  type ReservationChange,
  readStockLevels,
  stockKey,
} from "../inventory/ledger.ts";
import { requireActive, requireExisting } from "../records.ts";
import { readSettings } from "../settings.ts";
import { decimal, optionalText, ref } from "../validation.ts";
import {
  expectedVersion,
  lineQuantities,
  linesNamed,
  lockOrder,
  MAX_ORDER_LINES,
  numberedLines,
  type OrderKind,
  orderLineFields,
  orderLines,
  recordCreated,
  recordOrderEvent,
  replaceDraftLines,
  requireActiveProducts,
  statusChangeAction,
  withLines,
} from "./common.ts";
import { ORDER_PREFIX } from "./numbers.ts";
import { OPEN_STATUSES } from "./production/order.ts";

export const PURCHASE_ORDER: OrderKind<PurchaseOrder> = {
  model: "PurchaseOrder",
  label: "purchase order",
  prefix: ORDER_PREFIX.PurchaseOrder,
  events: {
    created: EventType.PURCHASE_ORDER_CREATED,
    linesUpdated: EventType.PURCHASE_ORDER_LINES_UPDATED,
    statusChanged: {
      ORDERED: EventType.PURCHASE_ORDER_ORDERED,
      VOIDED: EventType.PURCHASE_ORDER_VOIDED,
    },
  },
  locationOf: (order) => order.locationId,
  writeStatus: (tx, id, data) => tx.purchaseOrder.update({ where: { id }, data }),
};

/** Unit cost defaults to the product's cost. */
const purchaseLines = orderLines(z.object({ ...orderLineFields, unitCost: decimal.nonNegative.nullish() }));

export const purchaseOrderCreateInput = z.object({
  supplierId: ref,
  locationId: ref,
  expectedDate: z.date().nullish(),
  note: optionalText(1000),
  lines: purchaseLines,
});

export const purchaseOrderLinesInput = z.object({ lines: purchaseLines, expectedVersion });

export const purchaseOrderReceiveInput = z.object({ lines: lineQuantities, expectedVersion });

type LineData = { productId: number; quantity: Dec; unitCost?: Dec | null | undefined };

/** The lines to store: a missing unit cost is the product's cost. */
function pricedLines(lines: LineData[], products: Map<number, Product>) {
  return numberedLines(
    lines.map((line) => ({
      productId: line.productId,
      quantity: line.quantity,
      unitCost: line.unitCost ?? products.get(line.productId)?.cost ?? ZERO,
    })),
  );
}

/** Writes a DRAFT purchase order and its event; callers have checked supplier, location and products. */
async function insertPurchaseOrder(
  tx: Tx,
  actor: Actor,
  data: {
    supplierId: number;
    locationId: number;
    productionOrderId?: number | null;
    expectedDate?: Date | null;
    note?: string | null;
    lines: LineData[];
  },
  products: Map<number, Product>,
) {
  const order = await tx.purchaseOrder.create({
    data: {
      supplierId: data.supplierId,
      locationId: data.locationId,
      productionOrderId: data.productionOrderId ?? null,
      expectedDate: data.expectedDate ?? null,
      note: data.note ?? null,
      lines: { create: pricedLines(data.lines, products) },
    },
  });
  await recordCreated(tx, actor, PURCHASE_ORDER, order, {
    supplierId: order.supplierId,
    productionOrderId: order.productionOrderId,
  });
  return order;
}

/** A DRAFT purchase order from a supplier, to be received at a location. */
export async function createPurchaseOrder(tx: Tx, actor: Actor, input: unknown) {
  const data = parseInput(purchaseOrderCreateInput, input);
  await requireActive(tx.supplier, data.supplierId, "supplier", ["input", "supplierId"]);
  await requireActive(tx.location, data.locationId, "location", ["input", "locationId"]);
  const products = await requireActiveProducts(tx, data.lines, ["input", "lines"]);
  return insertPurchaseOrder(tx, actor, data, products);
}

/** Replaces the lines of a DRAFT purchase order. */
export async function updatePurchaseOrderLines(tx: Tx, actor: Actor, id: number, input: unknown) {
  const data = parseInput(purchaseOrderLinesInput, input, []);
  return replaceDraftLines(tx, actor, PURCHASE_ORDER, id, data, (products) =>
    tx.purchaseOrder.update({
      where: { id },
      data: {
        version: { increment: 1 },
        lines: { deleteMany: {}, create: pricedLines(data.lines, products) },
      },
    }),
  );
}

const linesOf = (tx: Tx, id: number) =>
  tx.purchaseOrder.findUniqueOrThrow({ where: { id }, include: withLines });

/** What is still expected of a line: ordered minus received, never below zero (over-receipts). */
function openQuantity(line: { quantity: DecimalLike; receivedQuantity: DecimalLike }): Dec {
  return Dec.max(ZERO, dec(line.quantity).minus(dec(line.receivedQuantity)));
}

/** The on-order changes at the order's receiving location: `change(line)` for every line. */
function onOrderChanges(
  order: Awaited<ReturnType<typeof linesOf>>,
  change: (line: (typeof order.lines)[number]) => Dec,
): ReservationChange[] {
  return order.lines.map((line) => ({
    productId: line.productId,
    locationId: order.locationId,
    onOrder: change(line),
  }));
}

/** DRAFT -> ORDERED: the ordered quantities count as on order at the receiving location. */
export const placePurchaseOrder = statusChangeAction(PURCHASE_ORDER, {
  from: [PurchaseOrderStatus.DRAFT],
  to: PurchaseOrderStatus.ORDERED,
  action: "placed",
  effects: async (tx, actor, id) => {
    await changeReservations(
      tx,
      actor,
      onOrderChanges(await linesOf(tx, id), (line) => dec(line.quantity)),
    );
    return undefined;
  },
});

/**
 * Receives some or all of an ORDERED purchase order: adds stock (PURCHASE_RECEIPT movements referencing the
 * order) and takes what arrived off on order, never below zero (an over-receipt was never on order). More than
 * ordered is refused unless Settings.allowOverReceipt. The order is RECEIVED once every line is fully received.
 */
export async function receivePurchaseOrder(tx: Tx, actor: Actor, id: number, input: unknown) {
  const data = parseInput(purchaseOrderReceiveInput, input, []);
  const locked = await lockOrder(tx, PURCHASE_ORDER, id, {
    ...data,
    from: [PurchaseOrderStatus.ORDERED],
    action: "received",
  });
  const order = await linesOf(tx, id);
  const { allowOverReceipt } = await readSettings(tx);
  const receipts = linesNamed(PURCHASE_ORDER, order, data.lines, (line, quantity) =>
    dec(line.receivedQuantity).plus(quantity).greaterThan(line.quantity) && !allowOverReceipt
      ? `Line ${line.position + 1} ordered ${formatDecimal(line.quantity)} and has received ` +
        `${formatDecimal(line.receivedQuantity)}: receiving ${formatDecimal(quantity)} more exceeds the ` +
        "ordered quantity (Settings.allowOverReceipt is off)"
      : null,
  );
  // One change of stock: on hand up and on order down at the same levels, so one STOCK_CHANGED each.
  const receiving = new Map(receipts.map((receipt) => [receipt.line.id, receipt.quantity]));
  await changeStock(tx, actor, {
    movements: receipts.map(({ line, quantity, field }) => ({
      productId: line.productId,
      locationId: order.locationId,
      quantity,
      reason: MovementReason.PURCHASE_RECEIPT,
      purchaseOrderId: id,
      field,
    })),
    reservations: onOrderChanges(order, (line) =>
      Dec.min(receiving.get(line.id) ?? ZERO, openQuantity(line)).negated(),
    ),
  });
  const received = new Map<number, Dec>();
  for (const { line, quantity } of receipts) {
    const total = dec(line.receivedQuantity).plus(quantity);
    received.set(line.id, total);
    await tx.purchaseOrderLine.update({ where: { id: line.id }, data: { receivedQuantity: total } });
  }
  const complete = order.lines.every((line) =>
    (received.get(line.id) ?? dec(line.receivedQuantity)).greaterThanOrEqualTo(dec(line.quantity)),
  );
  const updated = await tx.purchaseOrder.update({
    where: { id },
    data: {
      version: { increment: 1 },
      ...(complete ? { status: PurchaseOrderStatus.RECEIVED } : {}),
    },
  });
  await recordOrderEvent(tx, actor, PURCHASE_ORDER, {
    type: EventType.PURCHASE_ORDER_RECEIVED,
    id,
    locationId: order.locationId,
    beforeStatus: locked.status,
    afterStatus: updated.status,
    payload: {
      lines: receipts.map(({ line, quantity }) => ({ lineId: line.id, quantity: formatDecimal(quantity) })),
    },
  });
  return updated;
}

/**
 * DRAFT or ORDERED -> VOIDED. What was still expected leaves on order; stock already received stays (a partly
 * received order can be voided to close it).
 */
export const voidPurchaseOrder = statusChangeAction(PURCHASE_ORDER, {
  from: [PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.ORDERED],
  to: PurchaseOrderStatus.VOIDED,
  action: "voided",
  effects: async (tx, actor, id) => {
    const order = await linesOf(tx, id);
    if (order.status === PurchaseOrderStatus.ORDERED) {
      await changeReservations(
        tx,
        actor,
        onOrderChanges(order, (line) => openQuantity(line).negated()),
      );
    }
    return undefined;
  },
});

// ---------------------------------------------------------------- purchase orders for needs

export interface PurchaseNeed {
  product: Product;
  quantity: Dec;
}

export interface PurchasesBySupplier {
  purchaseOrders: PurchaseOrder[];
  /** Needs that were not ordered: the product has no primary supplier, or it is archived. */
  withoutSupplier: Product[];
}

/**
 * One DRAFT purchase order per primary supplier for these needs, received at `locationId`, at the products'
 * costs. Products without an active primary supplier are returned instead of ordered.
 */
export async function purchaseFromPrimarySuppliers(
  tx: Tx,
  actor: Actor,
  needs: PurchaseNeed[],
  target: { locationId: number; productionOrderId?: number | null },
): Promise<PurchasesBySupplier> {
  const supplierIds = [...new Set(needs.flatMap((need) => need.product.primarySupplierId ?? []))];
  const active = new Set(
    (
      await tx.supplier.findMany({
        where: { id: { in: supplierIds }, archivedAt: null },
        select: { id: true },
      })
    ).map((supplier) => supplier.id),
  );
  const bySupplier = new Map<number, PurchaseNeed[]>();
  const withoutSupplier: Product[] = [];
  for (const need of needs) {
    const supplierId = need.product.primarySupplierId;
    if (supplierId === null || !active.has(supplierId)) withoutSupplier.push(need.product);
    else bySupplier.set(supplierId, [...(bySupplier.get(supplierId) ?? []), need]);
  }
  const purchaseOrders: PurchaseOrder[] = [];
  for (const [supplierId, lines] of [...bySupplier].sort(([a], [b]) => a - b)) {
    const products = new Map(lines.map((need) => [need.product.id, need.product]));
    purchaseOrders.push(
      await insertPurchaseOrder(
        tx,
        actor,
        {
          supplierId,
          ...target,
          lines: lines.map((need) => ({ productId: need.product.id, quantity: need.quantity })),
        },
        products,
      ),
    );
  }
  return { purchaseOrders, withoutSupplier };
}

// ---------------------------------------------------------------- "create purchase order" on a production order

export const productionOrderPurchaseInput = z.object({
  components: z.array(ref).min(1, "must name at least one component").max(MAX_ORDER_LINES).nullish(),
  locationId: ref.nullish(),
});

/**
 * "Create purchase order" on an open production order: DRAFT purchase orders for its components, one per
 * primary supplier, each linked to the production order. Without `components`, the short ones: still required
 * (required - consumed) minus what is free for it at the order's location and its connected warehouse
 * (available there, plus what this order itself has already allocated). A component chosen by name is ordered
 * for its shortage, or for its whole remaining requirement when it is not short. Received at `locationId`,
 * default the order location's connected warehouse, else the order location. Components without a primary
 * supplier are returned, not ordered.
 */
export async function createPurchaseOrdersForProductionOrder(
  tx: Tx,
  actor: Actor,
  productionOrderId: number,
  input: unknown = {},
): Promise<PurchasesBySupplier> {
  const data = parseInput(productionOrderPurchaseInput, input, []);
  const order = await requireExisting(tx.productionOrder, productionOrderId, "production order", [
    "productionOrderId",
  ]);
  if (!OPEN_STATUSES.includes(order.status)) {
    throw new DomainError(
      ErrorCode.INVALID_STATUS,
      `The production order is ${order.status}; purchase orders are made for open orders only`,
      ["productionOrderId"],
    );
  }
  const location = await tx.location.findUniqueOrThrow({ where: { id: order.locationId } });
  const receiveAt = data.locationId
    ? (await requireActive(tx.location, data.locationId, "location", ["locationId"])).id
    : (location.connectedWarehouseId ?? location.id);

  const rows = await tx.productionOrderComponent.findMany({
    where: { orderId: order.id },
    include: { product: true },
    orderBy: { position: "asc" },
  });
  const components = new Map<number, { product: Product; required: Dec; own: Dec }>();
  for (const row of rows) {
    const entry = components.get(row.productId) ?? { product: row.product, required: ZERO, own: ZERO };
    entry.required = entry.required.plus(dec(row.requiredQuantity).minus(dec(row.consumedQuantity)));
    entry.own = entry.own.plus(dec(row.allocatedQuantity));
    components.set(row.productId, entry);
  }
  const places = [...new Set([order.locationId, location.connectedWarehouseId ?? order.locationId])];
  const stock = await readStockLevels(
    tx,
    [...components.keys()].flatMap((productId) => places.map((locationId) => ({ productId, locationId }))),
  );
  const shortage = (productId: number) => {
    const entry = components.get(productId);
    if (!entry) return ZERO;
    const free = places.reduce(
      (total, locationId) =>
        total.plus(availableOf(stock.get(stockKey(productId, locationId)) ?? ZERO_STOCK)),
      entry.own,
    );
    return entry.required.minus(free);
  };

  let needs: PurchaseNeed[];
  if (data.components) {
    const errors: UserError[] = [];
    needs = [];
    for (const [index, productId] of [...new Set(data.components)].entries()) {
      const entry = components.get(productId);
      if (!entry) {
        errors.push({
          code: ErrorCode.INVALID_INPUT,
          message: "is not a component of this production order",
          field: ["components", String(index)],
        });
        continue;
      }
      const short = shortage(productId);
      const quantity = short.greaterThan(0) ? short : entry.required;
      if (quantity.greaterThan(0)) needs.push({ product: entry.product, quantity });
    }
    if (errors.length > 0) throw new DomainError(errors);
  } else {
    needs = [...components.values()]
      .map((entry) => ({ product: entry.product, quantity: shortage(entry.product.id) }))
      .filter((need) => need.quantity.greaterThan(0));
  }
  return purchaseFromPrimarySuppliers(tx, actor, needs, {
    locationId: receiveAt,
    productionOrderId: order.id,
  });
}

const ZERO_STOCK = { onHand: ZERO, allocated: ZERO, onOrder: ZERO };
