import type { Tx } from "../../../../db/database.ts";
import { type Dec, dec, ZERO } from "../../../decimal.ts";
import { DomainError, ErrorCode } from "../../../errors.ts";
import type { Actor } from "../../../events.ts";
import { readSettings } from "../../../settings.ts";
import {
  ADJUSTABLE_STATUSES,
  COMPLETED,
  DRAFT,
  HOLDING_STATUSES,
  type LoadedOrder,
  PLANNED,
  VOIDED,
} from "../order.ts";
import { StockChanges } from "../stock.ts";
import { type HeldStock, PlanningFacts } from "./facts.ts";
import { type ExistingOrder, planTree } from "./plan.ts";
import { applyRecalculation, insertNewOrders, saveShortages, saveTopPlan } from "./write.ts";

/**
 * The tree of nested orders below a production order: the only door into tree/ from outside it.
 *
 * Planning the tree at a status change: on a first authorization (or when a tree is drafted for a reorder
 * suggestion) the plan is simply written; on every later planning step (a release, authorizing a drafted tree, or
 * authorizing again after an undo) the plan is recomputed and compared with the tree, and when they differ the
 * caller must choose KEEP (the tree as it is) or RECALCULATE (resize the orders not yet released, create what is
 * missing, mark what is no longer needed as surplus).
 */

export { advanceTree } from "./advance.ts";
export { netDemandAt } from "./demand.ts";
export { subtreeInOrder, type Timeline, treeTimeline } from "./positions.ts";
export { coverShortages, type UnorderedComponent, UnorderedReason } from "./shortages.ts";

export const PlanChoice = { KEEP: "KEEP", RECALCULATE: "RECALCULATE" } as const;
export type PlanChoice = (typeof PlanChoice)[keyof typeof PlanChoice];

/**
 * The status change that plans: DRAFT writes a DRAFT tree under a DRAFT order (holding nothing); AUTHORIZE and
 * RELEASE create missing nested orders PLANNED.
 */
export type PlanningStep = "DRAFT" | "AUTHORIZE" | "RELEASE";

/** Drafts the tree below a DRAFT order (a reorder suggestion's): DRAFT orders, holding nothing. */
export function draftOrderTree(tx: Tx, actor: Actor, order: LoadedOrder): Promise<void> {
  return planOrderTree(tx, actor, new StockChanges(), order, "DRAFT");
}

/**
 * Plans the tree below `order` (loaded by the step, with its lines, components and location) and writes the
 * plan; what the new and resized orders hold joins the step's `stock` changes.
 */
export async function planOrderTree(
  tx: Tx,
  actor: Actor,
  stock: StockChanges,
  order: LoadedOrder,
  step: PlanningStep,
  choice?: PlanChoice | null,
): Promise<void> {
  // The tree below the order, without the VOIDED orders and the orphans below them: those have left the tree.
  const below = await tx.productionOrder.findMany({
    where: { ancestorIds: { has: order.id } },
    include: { lines: { orderBy: { position: "asc" } }, components: { orderBy: { position: "asc" } } },
    orderBy: { id: "asc" },
  });
  const voided = new Set(below.filter((row) => row.status === VOIDED).map((row) => row.id));
  const rows = below.filter(
    (row) => row.status !== VOIDED && !row.ancestorIds.some((ancestorId) => voided.has(ancestorId)),
  );
  const existing: ExistingOrder[] = rows.flatMap((row) => {
    const line = row.lines[0];
    if (!line) return [];
    return [
      {
        id: row.id,
        ancestorIds: row.ancestorIds,
        status: row.status,
        kind: row.kind,
        parentComponentId: row.parentComponentId,
        surplus: row.surplus,
        bomId: line.bomId,
        productId: line.productId,
        quantity: dec(line.quantity),
        components: row.components.map((component) => ({
          id: component.id,
          position: component.position,
          productId: component.productId,
          requiredQuantity: dec(component.requiredQuantity),
        })),
      },
    ];
  });

  // What the order and the not-yet-released orders planned with it (those reached through DRAFT or PLANNED
  // orders only: an order released is kept with its subtree) hold counts as free again: re-planning must find the
  // same plan when nothing else changed.
  const replanned = new Set([order.id]);
  for (const row of rows) {
    if (
      ADJUSTABLE_STATUSES.includes(row.status) &&
      (row.parentId === order.id || replanned.has(row.parentId ?? 0))
    ) {
      replanned.add(row.id);
    }
  }
  const held: HeldStock = { orderIds: [...replanned], onOrder: new Map(), awaitingConsumption: new Map() };
  const add = (map: Map<number, Dec>, productId: number, quantity: Dec) =>
    map.set(productId, (map.get(productId) ?? ZERO).plus(quantity));
  // Their output on order is theirs, and so is the output of the orders kept (released) below them: it is made
  // for their rows, which count it as made, never as on order too.
  for (const row of [order, ...rows]) {
    const theirs = row.id === order.id || replanned.has(row.parentId ?? 0);
    if (!theirs || !HOLDING_STATUSES.includes(row.status)) continue;
    for (const line of row.lines) {
      add(held.onOrder, line.productId, dec(line.quantity).minus(dec(line.producedQuantity)));
    }
  }
  for (const row of rows) {
    // Completed below an order being re-planned: its output waits in stock for that (open) order.
    if (row.status !== COMPLETED || !replanned.has(row.parentId ?? 0)) continue;
    for (const line of row.lines) add(held.awaitingConsumption, line.productId, dec(line.producedQuantity));
  }

  const facts = new PlanningFacts(
    tx,
    { locationId: order.locationId, connectedWarehouseId: order.location.connectedWarehouseId },
    held,
  );
  const { quantityPolicy } = await readSettings(tx);
  const plan = await planTree(
    {
      top: {
        id: order.id,
        ancestorIds: order.ancestorIds,
        startDate: order.startDate,
        expectedDate: order.expectedDate,
        requiredByDate: order.requiredByDate,
        lines: order.lines.map((line) => ({
          bomId: line.bomId,
          productId: line.productId,
          quantity: dec(line.quantity),
        })),
        components: order.components.map((component) => ({
          id: component.id,
          position: component.position,
          productId: component.productId,
          requiredQuantity: dec(component.requiredQuantity),
          lineProductId: order.lines.find((line) => line.id === component.lineId)?.productId as number,
        })),
      },
      existing,
      policy: quantityPolicy,
      now: new Date(),
    },
    facts,
  );

  const firstPlanning = step !== "RELEASE" && existing.length === 0 && order.status === DRAFT;
  const changed = !firstPlanning && plan.changes.length > 0;
  if (!changed && choice) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      "Nothing changed since the order tree was planned: send no planChoice",
      ["planChoice"],
    );
  }
  if (changed && !choice) {
    throw new DomainError([
      {
        code: ErrorCode.PLAN_CHANGED,
        message:
          `Stock or BOMs changed since the order tree was planned (${plan.changes.length} differences, in ` +
          "planChanges): send planChoice KEEP to go on with the tree as it is, or RECALCULATE to adjust the " +
          "orders not yet released",
        field: ["planChoice"],
        planChanges: plan.changes,
      },
    ]);
  }
  const top = {
    id: order.id,
    status: order.status,
    locationId: order.locationId,
    rootId: order.rootId,
    ancestorIds: order.ancestorIds,
    tags: order.tags,
    attributes: order.attributes,
    startDate: order.startDate,
    expectedDate: order.expectedDate,
  };
  await saveTopPlan(tx, top, plan);
  if (choice !== PlanChoice.KEEP) {
    await insertNewOrders(tx, actor, stock, top, plan, step === "DRAFT" ? DRAFT : PLANNED);
    if (choice === PlanChoice.RECALCULATE) await applyRecalculation(tx, actor, stock, top, plan);
  }
  await saveShortages(tx, plan, choice === PlanChoice.KEEP);
}
