import { z } from "zod";
import type { Tx } from "../../../db/database.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { formatDecimal } from "../../decimal.ts";
import { parseInput } from "../../errors.ts";
import { type Actor, EventType } from "../../events.ts";
import { adjustStock } from "../../inventory/adjustments.ts";
import { requireExisting } from "../../records.ts";
import { decimal, optionalText, ref } from "../../validation.ts";
import { expectedVersion, recordOrderEvent, requiredVersion } from "../common.ts";
import { orderDetails, requireReferences } from "./details.ts";
import {
  ADJUSTABLE_STATUSES,
  type LoadedOrder,
  lockProductionOrder,
  OPEN_STATUSES,
  PLANNED,
  PRODUCTION_ORDER,
  WASTE_STATUSES,
} from "./order.ts";
import { reallocate, StockChanges } from "./stock.ts";

/**
 * Changes to an open production order that keep its status: its details (note, employee, customer, tags,
 * attributes, layout), a component's quantity, waste against it.
 */

export const productionOrderUpdateInput = z.object({
  expectedVersion: requiredVersion,
  input: z.object(orderDetails).partial(),
});

/**
 * Changes an open order's details: a field left out keeps its value, null clears it (no tags, no attributes).
 * The employee and customer named must be active. Nested orders keep theirs (they were copied at planning).
 */
export async function updateProductionOrder(tx: Tx, actor: Actor, orderId: number, input: unknown) {
  const data = parseInput(productionOrderUpdateInput, input, []);
  const order = await lockProductionOrder(tx, orderId, {
    ...data,
    from: OPEN_STATUSES,
    verb: "updated",
  });
  await requireReferences(tx, data.input);
  const changes: Record<
    string,
    { before: Prisma.InputJsonValue | null; after: Prisma.InputJsonValue | null }
  > = {};
  for (const [field, after] of Object.entries(data.input)) {
    const before = order[field as keyof typeof data.input];
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      changes[field] = {
        before: before as Prisma.InputJsonValue | null,
        after: after as Prisma.InputJsonValue,
      };
    }
  }
  return touchOrder(
    tx,
    actor,
    order,
    EventType.PRODUCTION_ORDER_UPDATED,
    { changes },
    data.input as Prisma.ProductionOrderUncheckedUpdateInput,
  );
}

export const productionOrderComponentUpdateInput = z.object({
  expectedVersion,
  requiredQuantity: decimal.nonNegative,
});

/**
 * Changes a component's required quantity while the order is DRAFT or PLANNED; on a PLANNED order the
 * allocation follows, so allocated always equals what open orders hold.
 */
export async function updateProductionOrderComponent(
  tx: Tx,
  actor: Actor,
  componentId: number,
  input: unknown,
) {
  const data = parseInput(productionOrderComponentUpdateInput, input, []);
  const component = await requireExisting(
    tx.productionOrderComponent,
    componentId,
    "production order component",
  );
  const order = await lockProductionOrder(tx, component.orderId, {
    ...data,
    from: ADJUSTABLE_STATUSES,
    verb: "changed",
  });
  if (order.status === PLANNED) {
    const stock = new StockChanges();
    reallocate(stock, order, component, data.requiredQuantity);
    await stock.apply(tx, actor);
  }
  const required = formatDecimal(data.requiredQuantity);
  await tx.productionOrderComponent.update({
    where: { id: componentId },
    data: {
      requiredQuantity: required,
      ...(order.status === PLANNED ? { allocatedQuantity: required } : {}),
    },
  });
  return touchOrder(tx, actor, order, EventType.PRODUCTION_ORDER_COMPONENT_UPDATED, {
    componentId,
    productId: component.productId,
    requiredBefore: formatDecimal(component.requiredQuantity),
    requiredAfter: required,
  });
}

export const productionOrderWasteInput = z.object({
  expectedVersion,
  note: optionalText(1000),
  lines: z.array(z.object({ productId: ref, quantity: z.unknown() })).min(1, "must have at least one line"),
});

/**
 * Waste during production: a WASTE inventory adjustment at the order's location that references the order
 * (its movements reference the adjustment). The adjustment checks quantities and products.
 */
export async function recordProductionWaste(tx: Tx, actor: Actor, orderId: number, input: unknown) {
  const data = parseInput(productionOrderWasteInput, input);
  const order = await lockProductionOrder(tx, orderId, {
    ...data,
    from: WASTE_STATUSES,
    verb: "charged with waste",
  });
  const adjustment = await adjustStock(tx, actor, {
    type: "WASTE",
    note: data.note,
    productionOrderId: order.id,
    lines: data.lines.map((line) => ({ ...line, locationId: order.locationId })),
  });
  return touchOrder(tx, actor, order, EventType.PRODUCTION_ORDER_WASTE_RECORDED, {
    adjustmentId: adjustment.id,
  });
}

/** A change that keeps the status: writes `data` with the version up and records its event. */
export async function touchOrder(
  tx: Tx,
  actor: Actor,
  order: LoadedOrder,
  type: EventType,
  payload: Prisma.InputJsonObject,
  data: Prisma.ProductionOrderUncheckedUpdateInput = {},
) {
  const updated = await tx.productionOrder.update({
    where: { id: order.id },
    data: { ...data, version: { increment: 1 } },
  });
  await recordOrderEvent(tx, actor, PRODUCTION_ORDER, {
    type,
    id: order.id,
    rootOrderId: PRODUCTION_ORDER.rootOf?.(order),
    locationId: order.locationId,
    beforeStatus: order.status,
    afterStatus: order.status,
    payload: { version: updated.version, ...payload },
  });
  return updated;
}
