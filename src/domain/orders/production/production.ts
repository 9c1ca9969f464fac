import { z } from "zod";
import type { Tx } from "../../../db/database.ts";
import type { Prisma, ProductionOrder } from "../../../generated/prisma/client.ts";
import { LocationKind, MovementReason, ProductionOrderStatus } from "../../../generated/prisma/enums.ts";
import { bomComponentLines } from "../../bom/explosion.ts";
import { Ratio } from "../../bom/ratio.ts";
import { type Dec, dec, decimalProblem, formatDecimal } from "../../decimal.ts";
import { DomainError, ErrorCode, parseInput, type UserError } from "../../errors.ts";
import type { Actor } from "../../events.ts";
import { adjustStock } from "../../inventory/adjustments.ts";
import {
  changeReservations,
  lockStockLevels,
  type MovementInput,
  postMovements,
  type ReservationChange,
} from "../../inventory/ledger.ts";
import { requireActive, requireExisting } from "../../records.ts";
import { decimal, jsonObject, optionalText, ref, requiredText } from "../../validation.ts";
import {
  expectedVersion,
  lockOrder,
  type OrderKind,
  orderChangeInput,
  orderLines,
  recordCreated,
  recordOrderEvent,
  saveStatus,
} from "../common.ts";
import { ORDER_PREFIX, orderNumber } from "../numbers.ts";
import { advanceSubtree, coverShortages } from "./tree/release.ts";
import { PlanChoice, planNestedOrders } from "./tree/replan.ts";

/**
 * Production orders: a snapshot of what to make (lines) and what it takes (components), and the status
 * machine of DESIGN.md whose every step changes stock through the ledger (postMovements) and the reservation
 * caches (changeReservations), in the caller's transaction.
 */

const { DRAFT, PLANNED, RELEASED, IN_PROGRESS, COMPLETED, VOIDED } = ProductionOrderStatus;
type Status = ProductionOrderStatus;

/** Statuses in which an order holds stock: its components allocated and its output on order. */
export const HOLDING_STATUSES: readonly Status[] = [PLANNED, RELEASED, IN_PROGRESS];
/** Statuses an order can still leave forward or be voided from. */
export const OPEN_STATUSES: readonly Status[] = [DRAFT, ...HOLDING_STATUSES];

/** Its events are `PRODUCTION_ORDER_<NEW STATUS>` and belong to the tree of its root order. */
export const PRODUCTION_ORDER: OrderKind<ProductionOrder> = {
  model: "ProductionOrder",
  label: "production order",
  prefix: ORDER_PREFIX.ProductionOrder,
  eventPrefix: "PRODUCTION_ORDER",
  locationOf: (order) => order.locationId,
  rootOf: (order) => order.rootId ?? order.id,
};

/** "MO-00042": the number people read; derived from the id, so it is unique and never reused. */
export function productionOrderNumber(id: number): string {
  return orderNumber(PRODUCTION_ORDER.prefix, id);
}

const optionalDate = z
  .union([z.date(), z.iso.datetime({ offset: true })], { message: "must be an ISO 8601 date-time" })
  .nullish()
  .transform((value) => (value ? new Date(value) : null));

const orderHeader = {
  locationId: ref,
  note: optionalText(2000),
  startDate: optionalDate,
  expectedDate: optionalDate,
  requiredByDate: optionalDate,
  employeeId: ref.nullish(),
  customerId: ref.nullish(),
  salesOrderId: ref.nullish(),
  layout: optionalText(200),
  tags: z
    .array(requiredText(50))
    .max(20, "at most 20 tags")
    .nullish()
    .transform((tags) => [...new Set(tags ?? [])]),
  attributes: jsonObject.nullish().transform((attributes) => attributes ?? {}),
  /** Creating in a later status runs the same transitions as authorizing (and releasing) afterwards. */
  status: z.enum([DRAFT, PLANNED, RELEASED]).nullish(),
};

export const productionOrderCreateInput = z.object({
  ...orderHeader,
  lines: orderLines(z.object({ bomId: ref, quantity: decimal.positive })),
});

export const productionOrderFromBomInput = z.object({
  ...orderHeader,
  bomId: ref,
  quantity: decimal.positive,
});

/**
 * Creates a production order at an active shop floor, with a component snapshot per line: the BOM's
 * components (phantoms exploded) x line quantity / output quantity, rounded up to 6 decimals once, here.
 * `status` PLANNED or RELEASED then authorizes (and releases) it in the same transaction.
 */
export async function createProductionOrder(tx: Tx, actor: Actor, input: unknown) {
  const data = parseInput(productionOrderCreateInput, input);
  const location = await requireActive(tx.location, data.locationId, "location", ["input", "locationId"]);
  if (location.kind !== LocationKind.SHOP_FLOOR) {
    throw new DomainError(
      ErrorCode.WRONG_LOCATION_KIND,
      `"${location.name}" is a ${location.kind}; production orders are made at a shop floor`,
      ["input", "locationId"],
    );
  }
  await requireReferences(tx, data);
  const lines = await snapshotLines(tx, data.lines);

  const { status, lines: _lines, ...header } = data;
  const order = await tx.productionOrder.create({ data: { ...header, status: DRAFT } });
  let position = 0;
  for (const [index, line] of lines.entries()) {
    const created = await tx.productionOrderLine.create({
      data: {
        orderId: order.id,
        position: index,
        bomId: line.bomId,
        productId: line.productId,
        quantity: formatDecimal(line.quantity),
      },
    });
    await tx.productionOrderComponent.createMany({
      data: line.components.map((component) => ({
        orderId: order.id,
        lineId: created.id,
        position: position++,
        productId: component.productId,
        requiredQuantity: formatDecimal(component.quantity),
      })),
    });
  }
  await recordCreated(tx, actor, PRODUCTION_ORDER, order, { lines: lines.length, version: order.version });
  if (status === PLANNED || status === RELEASED) await authorizeProductionOrder(tx, actor, order.id);
  if (status === RELEASED) return (await releaseProductionOrder(tx, actor, order.id)).order;
  return tx.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
}

/** The same order from one BOM; errors name `input.bomId` / `input.quantity` as this input does. */
export async function createProductionOrderFromBom(tx: Tx, actor: Actor, input: unknown) {
  const { bomId, quantity, ...header } = parseInput(productionOrderFromBomInput, input);
  try {
    return await createProductionOrder(tx, actor, { ...header, lines: [{ bomId, quantity }] });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError(
      error.errors.map((problem) => ({
        ...problem,
        field: problem.field?.[1] === "lines" ? ["input", ...problem.field.slice(3)] : problem.field,
      })),
    );
  }
}

async function requireReferences(tx: Tx, data: z.output<typeof productionOrderCreateInput>) {
  if (data.employeeId) await requireActive(tx.employee, data.employeeId, "employee", ["input", "employeeId"]);
  if (data.customerId) await requireActive(tx.customer, data.customerId, "customer", ["input", "customerId"]);
  if (data.salesOrderId) {
    await requireExisting(tx.salesOrder, data.salesOrderId, "sales order", ["input", "salesOrderId"]);
  }
}

interface LineSnapshot {
  bomId: number;
  productId: number;
  quantity: Dec;
  components: { productId: number; quantity: Dec }[];
}

/** Checks every line's BOM and explodes it (phantoms only, as a run consumes) into its component snapshot. */
async function snapshotLines(tx: Tx, lines: { bomId: number; quantity: Dec }[]): Promise<LineSnapshot[]> {
  const snapshots: LineSnapshot[] = [];
  const errors: UserError[] = [];
  for (const [index, line] of lines.entries()) {
    const field = ["input", "lines", String(index)];
    const bom = await requireActive(tx.bom, line.bomId, "BOM", [...field, "bomId"]);
    if (bom.autoAssemble) {
      throw new DomainError(
        ErrorCode.INVALID_INPUT,
        "A phantom BOM is never made on its own: it is exploded into the BOMs that use its product",
        [...field, "bomId"],
      );
    }
    await requireActive(tx.product, bom.productId, "product", [...field, "bomId"]);
    const components = ((await bomComponentLines(tx, [bom.id])).get(bom.id) ?? []).map((component) => ({
      productId: component.product.id,
      quantity: component.perUnit.times(Ratio.of(line.quantity)).roundedUp(),
    }));
    for (const component of components) {
      const problem = decimalProblem(formatDecimal(component.quantity));
      if (problem) {
        errors.push({
          code: ErrorCode.INVALID_INPUT,
          message: `is too large: a component would need ${problem}`,
          field: [...field, "quantity"],
        });
      }
    }
    snapshots.push({ bomId: bom.id, productId: bom.productId, quantity: line.quantity, components });
  }
  if (errors.length > 0) throw new DomainError(errors);
  return snapshots;
}

// ---------------------------------------------------------------- status transitions

type Order = Prisma.ProductionOrderGetPayload<{ include: { lines: true; components: true } }>;

/**
 * Locks the order with the shared `lockOrder` (row lock, expected version, `from` statuses), then loads it
 * with its lines and components.
 */
async function lockProductionOrder(
  tx: Tx,
  orderId: number,
  check: { expectedVersion?: number | null | undefined; from: readonly Status[]; action: string },
): Promise<Order> {
  await lockOrder(tx, PRODUCTION_ORDER, orderId, check);
  return tx.productionOrder.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: { orderBy: { position: "asc" } }, components: { orderBy: { position: "asc" } } },
  });
}

/** Saves the new status (version incremented) and records `PRODUCTION_ORDER_<TO>` with the new version. */
function changeStatus(tx: Tx, actor: Actor, order: Order, to: Status) {
  const save = (data: { status: never; version: { increment: 1 } }) =>
    tx.productionOrder.update({ where: { id: order.id }, data });
  return saveStatus(tx, actor, PRODUCTION_ORDER, order, { to, save }, { version: order.version + 1 });
}

/** The expected version of a change that takes nothing else. */
function versionOf(input: unknown) {
  return parseInput(orderChangeInput, input ?? {}, []);
}

/** Allocates the components and puts the output on order, at the order's location. */
async function holdStock(tx: Tx, actor: Actor, orders: Order[]) {
  if (orders.length === 0) return;
  await changeReservations(
    tx,
    actor,
    orders.flatMap((order) => [
      ...order.components.map((component) => ({
        productId: component.productId,
        locationId: order.locationId,
        allocated: dec(component.requiredQuantity),
      })),
      ...outputOnOrder(order, 1),
    ]),
  );
  const ids = orders.map((order) => order.id);
  await tx.$executeRaw`
    UPDATE "ProductionOrderComponent" SET "allocatedQuantity" = "requiredQuantity" WHERE "orderId" = ANY(${ids}::int[])`;
}

/** Releases exactly what `holdStock` (and component edits) reserved. */
async function releaseStock(tx: Tx, actor: Actor, order: Order) {
  await changeReservations(tx, actor, [
    ...order.components.map((component) => ({
      productId: component.productId,
      locationId: order.locationId,
      allocated: dec(component.allocatedQuantity).negated(),
    })),
    ...outputOnOrder(order, -1),
  ]);
  await tx.productionOrderComponent.updateMany({
    where: { orderId: order.id },
    data: { allocatedQuantity: 0 },
  });
}

function outputOnOrder(order: Order, sign: 1 | -1): ReservationChange[] {
  return order.lines.map((line) => ({
    productId: line.productId,
    locationId: order.locationId,
    onOrder: dec(line.quantity).times(sign),
  }));
}

/** Every stock level the order touches, locked up front in one go so the steps after never deadlock. */
function lockOrderStock(tx: Tx, order: Order) {
  return lockStockLevels(
    tx,
    [...order.components, ...order.lines].map((row) => ({
      productId: row.productId,
      locationId: order.locationId,
    })),
  );
}

/** The input of the planning steps: the expected version and, when the tree's plan changed, what to do. */
export const productionOrderPlanInput = z.object({
  expectedVersion,
  planChoice: z.enum([PlanChoice.KEEP, PlanChoice.RECALCULATE]).nullish(),
});

/**
 * DRAFT -> PLANNED: components allocated (available goes down), output on order, and the nested orders its
 * components need created PLANNED, recursively (see nesting/). All in the caller's transaction: any error
 * leaves no partial tree.
 */
export async function authorizeProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const data = parseInput(productionOrderPlanInput, input ?? {}, []);
  const order = await lockProductionOrder(tx, orderId, { ...data, from: [DRAFT], action: "authorized" });
  // Planned before the order holds its own components, so its own allocation does not count as taken.
  await planNestedOrders(tx, actor, order.id, "AUTHORIZE", data.planChoice);
  await holdStock(tx, actor, [order, ...(await planDraftedOrders(tx, actor, order))]);
  return changeStatus(tx, actor, order, PLANNED);
}

/**
 * The DRAFT orders of the tree (drafted from a reorder suggestion, or undone to DRAFT) are planned with it: moved
 * to PLANNED and returned, for the caller to hold their stock.
 */
async function planDraftedOrders(tx: Tx, actor: Actor, order: Order): Promise<Order[]> {
  const drafted = await advanceSubtree(tx, actor, order, DRAFT, PLANNED);
  if (drafted.length === 0) return [];
  return tx.productionOrder.findMany({
    where: { id: { in: drafted } },
    include: { lines: true, components: true },
  });
}

/**
 * PLANNED -> RELEASED, with every PLANNED order below it (and every DRAFT one, planned on the way), after
 * re-checking the tree's plan. Bought components the shop floor lacks get a transfer from the connected warehouse
 * and purchase orders for the rest; what could not be ordered is returned as `unordered`.
 */
export async function releaseProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const data = parseInput(productionOrderPlanInput, input ?? {}, []);
  const order = await lockProductionOrder(tx, orderId, { ...data, from: [PLANNED], action: "released" });
  await planNestedOrders(tx, actor, order.id, "RELEASE", data.planChoice);
  await holdStock(tx, actor, await planDraftedOrders(tx, actor, order));
  const released = await advanceSubtree(tx, actor, order, PLANNED, RELEASED);
  const location = await tx.location.findUniqueOrThrow({ where: { id: order.locationId } });
  const unordered = await coverShortages(tx, actor, [order.id, ...released], location);
  return { order: await changeStatus(tx, actor, order, RELEASED), unordered };
}

/** RELEASED -> IN_PROGRESS: no stock effect. */
export async function startProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const order = await lockProductionOrder(tx, orderId, {
    ...versionOf(input),
    from: [RELEASED],
    action: "started",
  });
  return changeStatus(tx, actor, order, IN_PROGRESS);
}

export const productionOrderCompleteInput = z
  .object({
    expectedVersion,
    /** Actual consumption of some components; the others consume their required quantity. */
    consumption: z
      .array(z.object({ componentId: ref, quantity: decimal.nonNegative }))
      .max(1000, "at most 1000 entries")
      .nullish(),
  })
  .superRefine((data, context) => {
    const seen = new Set<number>();
    data.consumption?.forEach((entry, index) => {
      if (seen.has(entry.componentId)) {
        context.addIssue({
          code: "custom",
          message: "names a component twice",
          path: ["consumption", index],
        });
      }
      seen.add(entry.componentId);
    });
  });

/**
 * RELEASED or IN_PROGRESS -> COMPLETED: allocations and on order released, components consumed
 * (PRODUCTION_CONSUMPTION) and the output added (PRODUCTION_OUTPUT), referencing the order.
 */
export async function completeProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const data = parseInput(productionOrderCompleteInput, input ?? {}, []);
  const order = await lockProductionOrder(tx, orderId, {
    ...data,
    from: [RELEASED, IN_PROGRESS],
    action: "completed",
  });
  const actual = new Map<number, { quantity: Dec; field: string[] }>();
  for (const [index, entry] of (data.consumption ?? []).entries()) {
    const field = ["consumption", String(index)];
    if (!order.components.some((component) => component.id === entry.componentId)) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        `No component of ${productionOrderNumber(order.id)} with this id`,
        [...field, "componentId"],
      );
    }
    actual.set(entry.componentId, { quantity: entry.quantity, field: [...field, "quantity"] });
  }
  const consumed = order.components.map((component) => ({
    component,
    quantity: actual.get(component.id)?.quantity ?? dec(component.requiredQuantity),
    field: actual.get(component.id)?.field,
  }));

  await lockOrderStock(tx, order);
  await releaseStock(tx, actor, order);
  const movements: MovementInput[] = [
    ...consumed
      .filter((entry) => !entry.quantity.isZero())
      .map((entry) => ({
        productId: entry.component.productId,
        locationId: order.locationId,
        quantity: entry.quantity.negated(),
        reason: MovementReason.PRODUCTION_CONSUMPTION,
        productionOrderId: order.id,
        ...(entry.field ? { field: entry.field } : {}),
      })),
    ...order.lines.map((line) => ({
      productId: line.productId,
      locationId: order.locationId,
      quantity: dec(line.quantity),
      reason: MovementReason.PRODUCTION_OUTPUT,
      productionOrderId: order.id,
    })),
  ];
  await postMovements(tx, actor, movements);
  await tx.$executeRaw`
    UPDATE "ProductionOrderComponent" SET "consumedQuantity" = "requiredQuantity" WHERE "orderId" = ${order.id}`;
  for (const [componentId, entry] of actual) {
    await tx.productionOrderComponent.update({
      where: { id: componentId },
      data: { consumedQuantity: formatDecimal(entry.quantity) },
    });
  }
  await tx.$executeRaw`
    UPDATE "ProductionOrderLine" SET "producedQuantity" = "quantity" WHERE "orderId" = ${order.id}`;
  return changeStatus(tx, actor, order, COMPLETED);
}

/**
 * One step back, reversing exactly that step's stock effects: COMPLETED returns the consumed components,
 * removes the output and allocates again, back to the status it was completed from; PLANNED releases what
 * authorizing reserved. Never cascades to other orders.
 */
export async function undoProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const order = await lockProductionOrder(tx, orderId, {
    ...versionOf(input),
    from: [PLANNED, RELEASED, IN_PROGRESS, COMPLETED],
    action: "undone",
  });
  switch (order.status) {
    case PLANNED:
      await releaseStock(tx, actor, order);
      return changeStatus(tx, actor, order, DRAFT);
    case RELEASED:
      return changeStatus(tx, actor, order, PLANNED);
    case IN_PROGRESS:
      return changeStatus(tx, actor, order, RELEASED);
    default:
      return undoCompletion(tx, actor, order);
  }
}

async function undoCompletion(tx: Tx, actor: Actor, order: Order) {
  // Completing is allowed from RELEASED and IN_PROGRESS; the status change event says which it was.
  const completion = await tx.event.findFirst({
    where: {
      entityType: PRODUCTION_ORDER.model,
      entityId: String(order.id),
      type: `${PRODUCTION_ORDER.eventPrefix}_${COMPLETED}`,
      afterStatus: COMPLETED,
    },
    orderBy: { id: "desc" },
  });
  const previous = completion?.beforeStatus === RELEASED ? RELEASED : IN_PROGRESS;
  await lockOrderStock(tx, order);
  await postMovements(tx, actor, [
    ...order.components
      .filter((component) => !dec(component.consumedQuantity).isZero())
      .map((component) => ({
        productId: component.productId,
        locationId: order.locationId,
        quantity: dec(component.consumedQuantity),
        reason: MovementReason.PRODUCTION_CONSUMPTION,
        productionOrderId: order.id,
      })),
    ...order.lines
      .filter((line) => !dec(line.producedQuantity).isZero())
      .map((line) => ({
        productId: line.productId,
        locationId: order.locationId,
        quantity: dec(line.producedQuantity).negated(),
        reason: MovementReason.PRODUCTION_OUTPUT,
        productionOrderId: order.id,
      })),
  ]);
  await tx.productionOrderComponent.updateMany({
    where: { orderId: order.id },
    data: { consumedQuantity: 0 },
  });
  await tx.productionOrderLine.updateMany({ where: { orderId: order.id }, data: { producedQuantity: 0 } });
  await holdStock(tx, actor, [order]);
  return changeStatus(tx, actor, order, previous);
}

/** Any open status -> VOIDED: releases every allocation and removes the output from on order. */
export async function voidProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const order = await lockProductionOrder(tx, orderId, {
    ...versionOf(input),
    from: OPEN_STATUSES,
    action: "voided",
  });
  if (HOLDING_STATUSES.includes(order.status)) await releaseStock(tx, actor, order);
  return changeStatus(tx, actor, order, VOIDED);
}

// ---------------------------------------------------------------- edits while open

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
    from: [DRAFT, PLANNED],
    action: "changed",
  });
  if (order.status === PLANNED) {
    await changeReservations(tx, actor, [
      {
        productId: component.productId,
        locationId: order.locationId,
        allocated: data.requiredQuantity.minus(dec(component.allocatedQuantity)),
      },
    ]);
  }
  const required = formatDecimal(data.requiredQuantity);
  await tx.productionOrderComponent.update({
    where: { id: componentId },
    data: {
      requiredQuantity: required,
      ...(order.status === PLANNED ? { allocatedQuantity: required } : {}),
    },
  });
  return touchOrder(tx, actor, order, "COMPONENT_UPDATED", {
    componentId,
    productId: component.productId,
    requiredBefore: formatDecimal(component.requiredQuantity),
    requiredAfter: required,
  });
}

/** Statuses in which something is being made, so waste can count against the order. */
const WASTE_STATUSES: readonly Status[] = [RELEASED, IN_PROGRESS, COMPLETED];

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
    action: "charged with waste",
  });
  const adjustment = await adjustStock(tx, actor, {
    type: "WASTE",
    note: data.note,
    productionOrderId: order.id,
    lines: data.lines.map((line) => ({ ...line, locationId: order.locationId })),
  });
  return touchOrder(tx, actor, order, "WASTE_RECORDED", { adjustmentId: adjustment.id });
}

/** A change that keeps the status: bumps the version and records `PRODUCTION_ORDER_<what>`. */
async function touchOrder(tx: Tx, actor: Actor, order: Order, what: string, payload: Prisma.InputJsonObject) {
  const updated = await tx.productionOrder.update({
    where: { id: order.id },
    data: { version: { increment: 1 } },
  });
  await recordOrderEvent(tx, actor, PRODUCTION_ORDER, {
    what,
    id: order.id,
    rootOrderId: PRODUCTION_ORDER.rootOf?.(order),
    locationId: order.locationId,
    beforeStatus: order.status,
    afterStatus: order.status,
    payload: { version: updated.version, ...payload },
  });
  return updated;
}
