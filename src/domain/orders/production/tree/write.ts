import { insertRows } from "../../../../db/bulk-insert.ts";
import type { Tx } from "../../../../db/database.ts";
import { Prisma } from "../../../../generated/prisma/client.ts";
import { formatDecimal, ZERO } from "../../../decimal.ts";
import { type Actor, type EventInput, EventType, recordEvents } from "../../../events.ts";
import type { ReservationChange } from "../../../inventory/ledger.ts";
import { replanOperations, snapshotOperations } from "../operations.ts";
import {
  DRAFT,
  HOLDING_STATUSES,
  PLANNED,
  PRODUCTION_ORDER,
  productionOrderNumber,
  type Status,
} from "../order.ts";
import type { StockChanges } from "../stock.ts";
import type { ExistingOrder, Plan, PlannedComponent, PlannedOrder } from "./plan.ts";

/**
 * Writes a plan: the new nested orders in bulk (ids reserved up front, then one insert per table and tree
 * level, and their operations in one), their allocations and on-order added to the step's stock changes, and
 * their events in one insert; then, on RECALCULATE, the resized and surplus orders. The statement count grows
 * with the tree's depth, not its size.
 */

/** The order a plan was made for, as the writer needs it. */
export interface PlannedParent {
  id: number;
  status: Status;
  locationId: number;
  rootId: number | null;
  ancestorIds: number[];
  tags: string[];
  attributes: Prisma.JsonValue;
  startDate: Date | null;
  expectedDate: Date | null;
}

/** The top order's planned dates (filled where it had none; its operations then planned from its new start). */
export async function saveTopPlan(tx: Tx, top: PlannedParent, plan: Plan) {
  await tx.productionOrder.update({
    where: { id: top.id },
    data: {
      startDate: top.startDate ?? plan.startDate,
      expectedDate: top.expectedDate ?? plan.expectedDate,
      late: plan.late,
    },
  });
  if (top.startDate === null) await replanOperations(tx, [top.id]);
}

/**
 * The planned shortage of every existing component row of the plan (the top's and the re-planned orders'), in
 * one statement: what the release buys, and what other plans count as not drawn from stock. Under KEEP a
 * resized order keeps its old rows, so it keeps their shortages too.
 */
export async function saveShortages(tx: Tx, plan: Plan, kept: boolean) {
  const rows = [
    ...plan.components,
    ...plan.orders
      .filter((order) => !kept || !order.existing || order.existing.quantity.eq(order.quantity))
      .flatMap((order) => order.components),
  ].filter((component) => component.existingId !== null);
  if (rows.length === 0) return;
  const values = Prisma.join(
    rows.map(
      (component) =>
        Prisma.sql`(${component.existingId}::int, ${formatDecimal(component.shortage)}::numeric)`,
    ),
  );
  await tx.$executeRaw`
    UPDATE "ProductionOrderComponent" AS c SET "shortageQuantity" = v.shortage
    FROM (VALUES ${values}) AS v(id, shortage) WHERE c.id = v.id AND c."shortageQuantity" <> v.shortage`;
}

/**
 * Creates every order of the plan that does not exist yet, in `status`: PLANNED ones with their components
 * allocated and their output on order, DRAFT ones (a drafted tree) holding nothing, as any DRAFT order.
 */
export async function insertNewOrders(
  tx: Tx,
  actor: Actor,
  stock: StockChanges,
  top: PlannedParent,
  plan: Plan,
  status: typeof DRAFT | typeof PLANNED,
): Promise<number> {
  const holding = status === PLANNED;
  const fresh = plan.orders.filter((order) => order.existing === null);
  if (fresh.length === 0) return 0;
  const orderIds = await reserveIds(tx, "ProductionOrder", fresh.length);
  const lineIds = await reserveIds(tx, "ProductionOrderLine", fresh.length);
  const componentIds = await reserveIds(
    tx,
    "ProductionOrderComponent",
    fresh.reduce((count, order) => count + order.components.length, 0),
  );
  const idOf = new Map<PlannedOrder, number>();
  const lineIdOf = new Map<PlannedOrder, number>();
  const componentIdOf = new Map<PlannedComponent, number>();
  let nextComponent = 0;
  for (const [index, order] of fresh.entries()) {
    idOf.set(order, orderIds[index] as number);
    lineIdOf.set(order, lineIds[index] as number);
    for (const component of order.components)
      componentIdOf.set(component, componentIds[nextComponent++] as number);
  }
  const ancestorsOf = new Map<PlannedOrder | null, number[]>([[null, [...top.ancestorIds, top.id]]]);
  const parentIdOf = (order: PlannedOrder) =>
    order.parent === null ? top.id : (order.parent.existing?.id ?? (idOf.get(order.parent) as number));
  const ancestryOf = (parent: PlannedOrder | null): number[] => {
    const known = ancestorsOf.get(parent);
    if (known) return known;
    const ids = parent?.existing
      ? [...parent.existing.ancestorIds, parent.existing.id]
      : [...ancestryOf((parent as PlannedOrder).parent), idOf.get(parent as PlannedOrder) as number];
    ancestorsOf.set(parent, ids);
    return ids;
  };

  const rootId = top.rootId ?? top.id;
  const levels = new Map<number, PlannedOrder[]>();
  for (const order of fresh)
    levels.set(order.ancestry.length, [...(levels.get(order.ancestry.length) ?? []), order]);
  const now = new Date();
  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const orders = levels.get(level) as PlannedOrder[];
    // A level's orders point at their parents' components, so levels go in one after the other.
    await insertRows(
      tx,
      "ProductionOrder",
      {
        id: { type: "int", value: (order) => idOf.get(order) as number },
        kind: { type: '"ProductionOrderKind"', value: (order) => order.kind },
        status: { type: '"ProductionOrderStatus"', value: () => status },
        locationId: { type: "int", value: () => top.locationId },
        tags: { type: "text[]", value: () => top.tags },
        attributes: { type: "jsonb", value: () => top.attributes ?? {} },
        parentId: { type: "int", value: parentIdOf },
        rootId: { type: "int", value: () => rootId },
        ancestorIds: { type: "int[]", value: (order) => ancestryOf(order.parent) },
        parentComponentId: {
          type: "int",
          value: (order) =>
            order.parentComponent.existingId ?? (componentIdOf.get(order.parentComponent) as number),
        },
        startDate: { type: "timestamp(3)", value: (order) => order.startDate },
        expectedDate: { type: "timestamp(3)", value: (order) => order.requiredByDate },
        requiredByDate: { type: "timestamp(3)", value: (order) => order.requiredByDate },
        late: { type: "boolean", value: (order) => order.late },
        updatedAt: { type: "timestamp(3)", value: () => now },
      },
      orders,
    );
    await insertRows(
      tx,
      "ProductionOrderLine",
      {
        id: { type: "int", value: (order) => lineIdOf.get(order) as number },
        orderId: { type: "int", value: (order) => idOf.get(order) as number },
        position: { type: "int", value: () => 0 },
        bomId: { type: "int", value: (order) => order.bomId },
        productId: { type: "int", value: (order) => order.productId },
        quantity: { type: "numeric", value: (order) => formatDecimal(order.quantity) },
      },
      orders,
    );
    await insertRows(
      tx,
      "ProductionOrderComponent",
      {
        id: { type: "int", value: ({ component }) => componentIdOf.get(component) as number },
        orderId: { type: "int", value: ({ order }) => idOf.get(order) as number },
        lineId: { type: "int", value: ({ order }) => lineIdOf.get(order) as number },
        position: { type: "int", value: ({ component }) => component.position },
        productId: { type: "int", value: ({ component }) => component.productId },
        requiredQuantity: { type: "numeric", value: ({ component }) => formatDecimal(component.quantity) },
        allocatedQuantity: {
          type: "numeric",
          value: ({ component }) => (holding ? formatDecimal(component.quantity) : "0"),
        },
        shortageQuantity: { type: "numeric", value: ({ component }) => formatDecimal(component.shortage) },
      },
      orders.flatMap((order) => order.components.map((component) => ({ order, component }))),
    );
  }

  await snapshotOperations(
    tx,
    fresh.map((order) => ({
      id: idOf.get(order) as number,
      startDate: order.startDate,
      lines: [{ id: lineIdOf.get(order) as number, bomId: order.bomId, quantity: order.quantity }],
    })),
  );

  if (holding) {
    stock.hold(
      fresh.map((order) => ({
        locationId: top.locationId,
        lines: [{ productId: order.productId, quantity: order.quantity }],
        components: order.components.map((component) => ({
          productId: component.productId,
          requiredQuantity: component.quantity,
        })),
      })),
    );
  }
  await recordEvents(
    tx,
    actor,
    fresh.map(
      (order): EventInput => ({
        type: PRODUCTION_ORDER.events.created,
        entityType: PRODUCTION_ORDER.model,
        entityId: idOf.get(order) as number,
        rootOrderId: rootId,
        locationId: top.locationId,
        beforeStatus: null,
        afterStatus: status,
        payload: {
          number: productionOrderNumber(idOf.get(order) as number),
          parentId: parentIdOf(order),
          productId: order.productId,
          quantity: formatDecimal(order.quantity),
          version: 1,
        },
      }),
    ),
  );
  return fresh.length;
}

/**
 * RECALCULATE on existing orders not yet released: resizes them (line, components, their allocations and on
 * order; never below what was produced, which is nothing before release) and marks the unneeded ones surplus.
 */
export async function applyRecalculation(
  tx: Tx,
  actor: Actor,
  stock: StockChanges,
  top: PlannedParent,
  plan: Plan,
) {
  const rootId = top.rootId ?? top.id;
  const reservations: ReservationChange[] = [];
  const events: EventInput[] = [];
  const resized: number[] = [];
  for (const order of plan.orders) {
    const existing = order.existing;
    if (!existing || (existing.quantity.eq(order.quantity) && !existing.surplus)) continue;
    resized.push(existing.id);
    const holding = HOLDING_STATUSES.includes(existing.status);
    const updated = await tx.productionOrder.update({
      where: { id: existing.id },
      data: {
        surplus: false,
        version: { increment: 1 },
        startDate: order.startDate,
        expectedDate: order.requiredByDate,
        requiredByDate: order.requiredByDate,
        late: order.late,
      },
    });
    await tx.productionOrderLine.updateMany({
      where: { orderId: existing.id },
      data: { quantity: formatDecimal(order.quantity) },
    });
    if (holding) {
      reservations.push({
        productId: existing.productId,
        locationId: top.locationId,
        onOrder: order.quantity.minus(existing.quantity),
      });
    }
    const kept = new Set<number>();
    for (const component of order.components) {
      const before = existing.components.find((candidate) => candidate.id === component.existingId);
      const quantity = formatDecimal(component.quantity);
      if (before) {
        kept.add(before.id);
        await tx.productionOrderComponent.update({
          where: { id: before.id },
          data: { requiredQuantity: quantity, ...(holding ? { allocatedQuantity: quantity } : {}) },
        });
      } else {
        const line = await tx.productionOrderLine.findFirstOrThrow({ where: { orderId: existing.id } });
        const created = await tx.productionOrderComponent.create({
          data: {
            orderId: existing.id,
            lineId: line.id,
            position: existing.components.length + component.position,
            productId: component.productId,
            requiredQuantity: quantity,
            allocatedQuantity: holding ? quantity : 0,
          },
        });
        component.existingId = created.id;
      }
      if (holding) {
        reservations.push({
          productId: component.productId,
          locationId: top.locationId,
          allocated: component.quantity.minus(before?.requiredQuantity ?? ZERO),
        });
      }
    }
    for (const dropped of existing.components.filter((component) => !kept.has(component.id))) {
      await tx.productionOrderComponent.update({
        where: { id: dropped.id },
        data: { requiredQuantity: 0, allocatedQuantity: 0 },
      });
      if (holding) {
        reservations.push({
          productId: dropped.productId,
          locationId: top.locationId,
          allocated: dropped.requiredQuantity.negated(),
        });
      }
    }
    events.push(
      orderEvent(existing, rootId, top.locationId, EventType.PRODUCTION_ORDER_RECALCULATED, {
        version: updated.version,
        quantityBefore: formatDecimal(existing.quantity),
        quantityAfter: formatDecimal(order.quantity),
      }),
    );
  }
  // A surplus order is set aside: back to DRAFT, holding nothing (its stock is free for the orders that need
  // it), kept for a planner to void or for a later plan to take up again.
  const surplus = plan.surplus.filter((order) => !order.surplus);
  if (surplus.length > 0) {
    const ids = surplus.map((order) => order.id);
    await tx.productionOrder.updateMany({
      where: { id: { in: ids } },
      data: { surplus: true, status: DRAFT, version: { increment: 1 } },
    });
    await tx.productionOrderComponent.updateMany({
      where: { orderId: { in: ids } },
      data: { allocatedQuantity: 0 },
    });
    for (const order of surplus) {
      if (HOLDING_STATUSES.includes(order.status)) {
        stock.hold(
          [
            {
              locationId: top.locationId,
              lines: [{ productId: order.productId, quantity: order.quantity }],
              components: order.components,
            },
          ],
          -1,
        );
      }
      events.push({
        ...orderEvent(order, rootId, top.locationId, EventType.PRODUCTION_ORDER_SURPLUS, {
          quantity: formatDecimal(order.quantity),
        }),
        afterStatus: DRAFT,
      });
    }
  }
  // Their operations follow their new quantity and dates.
  await replanOperations(tx, resized);
  stock.reserve(reservations);
  await recordEvents(tx, actor, events);
}

function orderEvent(
  order: ExistingOrder,
  rootId: number,
  locationId: number,
  type: EventType,
  payload: Prisma.InputJsonObject,
): EventInput {
  return {
    type,
    entityType: PRODUCTION_ORDER.model,
    entityId: order.id,
    rootOrderId: rootId,
    locationId,
    beforeStatus: order.status,
    afterStatus: order.status,
    payload: { number: productionOrderNumber(order.id), ...payload },
  };
}

/** `count` ids from the table's own sequence, so rows can be inserted in bulk already pointing at each other. */
async function reserveIds(tx: Tx, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT CAST(nextval(pg_get_serial_sequence(${`"${table}"`}, 'id')) AS int) AS id
    FROM generate_series(1, ${count})`;
  return rows.map((row) => row.id).sort((a, b) => a - b);
}
