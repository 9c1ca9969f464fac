import { z } from "zod";
import type { Tx } from "../../../db/database.ts";
import { Dec, dec, formatDecimal, ZERO } from "../../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../../errors.ts";
import type { Actor } from "../../events.ts";
import { decimal, ref } from "../../validation.ts";
import { expectedVersion, orderChangeInput, saveStatus } from "../common.ts";
import { refuseWhileOperationRuns } from "./operations.ts";
import {
  DRAFT,
  HOLDING_STATUSES,
  IN_PROGRESS,
  type LoadedOrder,
  lockProductionOrder,
  PLANNED,
  PRODUCTION_ORDER,
  productionOrderNumber,
  RELEASED,
  type Status,
  TRANSITIONS,
} from "./order.ts";
import { backflushTarget, liveReportCount, reverseReport, writeReport } from "./reports.ts";
import { startIfReleased } from "./shop-floor.ts";
import { holdStock, releaseStock, StockChanges, stillOnOrder } from "./stock.ts";
import { advanceTree, coverShortages, PlanChoice, planOrderTree } from "./tree/index.ts";

/**
 * The status steps of a production order, each a row of the transition table (order.ts): lock and load the
 * order once, check its status against the row's `from`, change stock through stock.ts (every change of the step
 * applied at once), save the new status and record its event, in the caller's transaction.
 */

/**
 * Saves the order's new status (version incremented) and records the status's event with the new version (and
 * the report a completion wrote or its undo reversed, which live subscribers read).
 */
function saveProductionStatus(tx: Tx, actor: Actor, order: LoadedOrder, to: Status, reportId?: number) {
  return saveStatus(tx, actor, PRODUCTION_ORDER, order, to, {
    version: order.version + 1,
    ...(reportId === undefined ? {} : { reportId }),
  });
}

/** The expected version of a change that takes nothing else. */
function versionOf(input: unknown) {
  return parseInput(orderChangeInput, input ?? {}, []);
}

/** The input of the planning steps: the expected version and, when the tree's plan changed, what to do. */
export const productionOrderPlanInput = z.object({
  expectedVersion,
  planChoice: z.enum([PlanChoice.KEEP, PlanChoice.RECALCULATE]).nullish(),
});

/**
 * DRAFT -> PLANNED: components allocated (available goes down), output on order, and the nested orders its
 * components need created PLANNED, recursively (see tree/). All in the caller's transaction: any error leaves no
 * partial tree.
 */
export async function authorizeProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const data = parseInput(productionOrderPlanInput, input ?? {}, []);
  const order = await lockProductionOrder(tx, orderId, { ...data, ...TRANSITIONS.authorize });
  const stock = new StockChanges();
  // The tree is planned before the step's stock changes apply, so the order's own allocation does not count as
  // taken.
  await planOrderTree(tx, actor, stock, order, "AUTHORIZE", data.planChoice);
  await holdStock(tx, stock, [order, ...(await planDraftedOrders(tx, actor, order))]);
  await stock.apply(tx, actor);
  return saveProductionStatus(tx, actor, order, TRANSITIONS.authorize.to);
}

/**
 * The DRAFT orders of the tree (drafted from a reorder suggestion, or undone to DRAFT) are planned with it: moved
 * to PLANNED and returned, for the caller to hold their stock.
 */
async function planDraftedOrders(tx: Tx, actor: Actor, order: LoadedOrder) {
  const drafted = await advanceTree(tx, actor, order, DRAFT, PLANNED);
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
  const order = await lockProductionOrder(tx, orderId, { ...data, ...TRANSITIONS.release });
  const stock = new StockChanges();
  await planOrderTree(tx, actor, stock, order, "RELEASE", data.planChoice);
  await holdStock(tx, stock, await planDraftedOrders(tx, actor, order));
  await stock.apply(tx, actor);
  const released = await advanceTree(tx, actor, order, PLANNED, RELEASED);
  // Shop-floor steps cannot say they happened before it (shop-floor.ts).
  await tx.productionOrder.update({ where: { id: order.id }, data: { releasedAt: new Date() } });
  const unordered = await coverShortages(tx, actor, [order.id, ...released], order.location);
  return { order: await saveProductionStatus(tx, actor, order, TRANSITIONS.release.to), unordered };
}

/** RELEASED -> IN_PROGRESS: no stock effect. */
export async function startProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const order = await lockProductionOrder(tx, orderId, { ...versionOf(input), ...TRANSITIONS.start });
  return saveProductionStatus(tx, actor, order, TRANSITIONS.start.to);
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
  const order = await lockProductionOrder(tx, orderId, { ...data, ...TRANSITIONS.complete });
  await refuseWhileOperationRuns(tx, order.id);
  const actual = new Map<number, { quantity: Dec; field: string[] }>();
  for (const [index, entry] of (data.consumption ?? []).entries()) {
    const field = ["consumption", String(index)];
    const component = order.components.find((candidate) => candidate.id === entry.componentId);
    if (!component) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        `No component of ${productionOrderNumber(order.id)} with this id`,
        [...field, "componentId"],
      );
    }
    if (entry.quantity.lessThan(dec(component.consumedQuantity))) {
      throw new DomainError(
        ErrorCode.INVALID_INPUT,
        `is the component's whole consumption, and ${formatDecimal(component.consumedQuantity)} was already ` +
          "consumed on the shop floor (undo those reports to consume less)",
        [...field, "quantity"],
      );
    }
    actual.set(entry.componentId, { quantity: entry.quantity, field: [...field, "quantity"] });
  }
  // What remains: each component up to what the whole order calls for (its scrap included) or the consumption
  // given, each line's output up to its quantity; every remaining allocation and on order released.
  const components = order.components.map((component) => {
    const line = order.lines.find((candidate) => candidate.id === component.lineId);
    const given = actual.get(component.id);
    const target =
      given?.quantity ??
      (line ? backflushTarget(component, line, dec(line.quantity).plus(dec(line.scrappedQuantity))) : ZERO);
    return {
      component,
      quantity: Dec.max(ZERO, target.minus(dec(component.consumedQuantity))),
      allocationReleased: dec(component.allocatedQuantity),
      ...(given ? { field: given.field } : {}),
    };
  });
  const outputs = order.lines.map((line) => ({
    line,
    quantity: stillOnOrder(line),
    scrap: ZERO,
    onOrderReleased: stillOnOrder(line),
  }));
  // A completion is the shop floor's last report: on a RELEASED order it starts the order first, as every
  // shop-floor step does, so a completed order always came from IN_PROGRESS and undo knows where it goes back to.
  const started = await startIfReleased(tx, actor, order);
  const reportId = await writeReport(tx, actor, started, "COMPLETION", { components, outputs });
  return saveProductionStatus(tx, actor, started, TRANSITIONS.complete.to, reportId);
}

/**
 * One step back, reversing exactly that step's stock effects: COMPLETED returns the consumed components,
 * removes the output and allocates again, back to IN_PROGRESS (where every completion comes from); PLANNED releases what
 * authorizing reserved. Never cascades to other orders.
 */
export async function undoProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const order = await lockProductionOrder(tx, orderId, { ...versionOf(input), ...TRANSITIONS.undo });
  switch (order.status) {
    case PLANNED:
      await releaseAllStock(tx, actor, order);
      return saveProductionStatus(tx, actor, order, DRAFT);
    case RELEASED:
      await tx.productionOrder.update({ where: { id: order.id }, data: { releasedAt: null } });
      return saveProductionStatus(tx, actor, order, PLANNED);
    case IN_PROGRESS:
      await refuseWhileWorkedOn(tx, order);
      return saveProductionStatus(tx, actor, order, RELEASED);
    default:
      return undoCompletion(tx, actor, order);
  }
}

/** COMPLETED -> IN_PROGRESS, where every completion comes from (completing a RELEASED order starts it). */
async function undoCompletion(tx: Tx, actor: Actor, order: LoadedOrder) {
  const report = await tx.productionReport.findFirst({
    where: { orderId: order.id, kind: "COMPLETION", undoneAt: null },
    orderBy: { id: "desc" },
  });
  if (!report) {
    throw new DomainError(
      ErrorCode.INVALID_STATUS,
      `${productionOrderNumber(order.id)} has no completion to undo`,
      ["id"],
    );
  }
  await reverseReport(tx, actor, order, report.id);
  return saveProductionStatus(tx, actor, order, IN_PROGRESS, report.id);
}

/**
 * IN_PROGRESS steps back to RELEASED only when nothing happened on the shop floor: reports not undone or
 * operations that left PENDING would be orphaned by a RELEASED order.
 */
async function refuseWhileWorkedOn(tx: Tx, order: LoadedOrder) {
  const [reports, operations] = await Promise.all([
    liveReportCount(tx, order.id),
    tx.productionOrderOperation.count({ where: { orderId: order.id, status: { not: "PENDING" } } }),
  ]);
  if (reports > 0 || operations > 0) {
    throw new DomainError(
      ErrorCode.INVALID_STATUS,
      `${productionOrderNumber(order.id)} has been worked on (${reports} shop-floor report(s) not undone, ` +
        `${operations} operation(s) started or skipped): undo its reports first; an order with started operations ` +
        "stays in progress",
      ["id"],
    );
  }
}

/** Any open status -> VOIDED: releases every allocation and removes the output from on order. */
export async function voidProductionOrder(tx: Tx, actor: Actor, orderId: number, input?: unknown) {
  const order = await lockProductionOrder(tx, orderId, { ...versionOf(input), ...TRANSITIONS.void });
  if (HOLDING_STATUSES.includes(order.status)) await releaseAllStock(tx, actor, order);
  return saveProductionStatus(tx, actor, order, TRANSITIONS.void.to);
}

/** A step whose only stock effect is releasing everything the order holds. */
async function releaseAllStock(tx: Tx, actor: Actor, order: LoadedOrder) {
  const stock = new StockChanges();
  await releaseStock(tx, stock, order);
  await stock.apply(tx, actor);
}
