import type { Tx } from "../../../db/database.ts";
import type { Prisma, ProductionOrder } from "../../../generated/prisma/client.ts";
import { type Permission, ProductionOrderStatus } from "../../../generated/prisma/enums.ts";
import { EventType } from "../../events.ts";
import { lockOrder, type OrderKind } from "../common.ts";
import { ORDER_PREFIX, orderNumber } from "../numbers.ts";

/**
 * The production order's vocabulary, at the bottom of production/: its statuses and their groups, its kind for
 * the order machinery of common.ts, its number, and the transition table every status change reads its `from`
 * statuses from (and the API its permissions and descriptions).
 */

export type Status = ProductionOrderStatus;
export const { DRAFT, PLANNED, RELEASED, IN_PROGRESS, COMPLETED, VOIDED } = ProductionOrderStatus;

/** Statuses in which an order holds stock: its components allocated and its output on order. */
export const HOLDING_STATUSES: readonly Status[] = [PLANNED, RELEASED, IN_PROGRESS];
/** Statuses an order can still leave forward or be voided from. */
export const OPEN_STATUSES: readonly Status[] = [DRAFT, ...HOLDING_STATUSES];
/** Statuses of an order not yet released: its quantities and components may still change (edits, re-planning). */
export const ADJUSTABLE_STATUSES: readonly Status[] = [DRAFT, PLANNED];
/** Statuses in which something is being made, so waste can count against the order. */
export const WASTE_STATUSES: readonly Status[] = [RELEASED, IN_PROGRESS, COMPLETED];

/** Its events belong to the tree of its root order. */
export const PRODUCTION_ORDER: OrderKind<ProductionOrder> = {
  model: "ProductionOrder",
  label: "production order",
  prefix: ORDER_PREFIX.ProductionOrder,
  events: {
    created: EventType.PRODUCTION_ORDER_CREATED,
    statusChanged: {
      DRAFT: EventType.PRODUCTION_ORDER_DRAFT,
      PLANNED: EventType.PRODUCTION_ORDER_PLANNED,
      RELEASED: EventType.PRODUCTION_ORDER_RELEASED,
      IN_PROGRESS: EventType.PRODUCTION_ORDER_IN_PROGRESS,
      COMPLETED: EventType.PRODUCTION_ORDER_COMPLETED,
      VOIDED: EventType.PRODUCTION_ORDER_VOIDED,
    },
  },
  locationOf: (order) => order.locationId,
  rootOf: (order) => order.rootId ?? order.id,
  writeStatus: (tx, id, data) => tx.productionOrder.update({ where: { id }, data }),
};

/** "MO-00042": the number people read; derived from the id, so it is unique and never reused. */
export function productionOrderNumber(id: number): string {
  return orderNumber(PRODUCTION_ORDER.prefix, id);
}

/** The event of a production order entering `status`. */
export function statusEventOf(status: Status): EventType {
  return PRODUCTION_ORDER.events.statusChanged[status] as EventType;
}

// ---------------------------------------------------------------- the transition table

/** Undo's target: the status the order was in before its last step. */
export const PREVIOUS_STATUS = "PREVIOUS";

export interface Transition {
  from: readonly Status[];
  to: Status | typeof PREVIOUS_STATUS;
  /** Who may run it: a key with any one of these (the API refuses the others naming them all). */
  permissions: readonly Permission[];
  /** For the INVALID_STATUS message: "only a PLANNED production order can be released". */
  verb: string;
  /** What it does besides the status change, as the API describes it after "<from> -> <to>". */
  effect: string;
}

/** Every status change of a production order. */
export const TRANSITIONS = {
  authorize: {
    from: [DRAFT],
    to: PLANNED,
    permissions: ["PRODUCTION_FULFILL"],
    verb: "authorized",
    effect:
      ": allocates the components, puts the output on order and creates the nested production and assembly " +
      "orders its components need (recursively, PLANNED), in one transaction.",
  },
  release: {
    from: [PLANNED],
    to: RELEASED,
    permissions: ["PRODUCTION_FULFILL"],
    verb: "released",
    effect:
      " with every PLANNED order below it; creates transfer and purchase orders for the bought components the " +
      "shop floor lacks.",
  },
  start: {
    from: [RELEASED],
    to: IN_PROGRESS,
    // The operator starts what the planner released; a planner may too.
    permissions: ["PRODUCTION_EXECUTE", "PRODUCTION_FULFILL"],
    verb: "started",
    effect: ".",
  },
  complete: {
    from: [RELEASED, IN_PROGRESS],
    to: COMPLETED,
    // The operator completes the run on the floor; PRODUCTION_ADJUST completes runs from the office.
    permissions: ["PRODUCTION_EXECUTE", "PRODUCTION_ADJUST"],
    verb: "completed",
    effect:
      ": consumes the components (the required quantity unless `consumption` says otherwise) and adds the " +
      "output; allocations and on order are released. A RELEASED order is started first (its IN_PROGRESS " +
      "event too): undoing the completion goes back to IN_PROGRESS.",
  },
  undo: {
    from: [PLANNED, RELEASED, IN_PROGRESS, COMPLETED],
    to: PREVIOUS_STATUS,
    permissions: ["PRODUCTION_UNDO"],
    verb: "undone",
    effect:
      "One status back, reversing that step's stock effects exactly (undoing COMPLETED returns the components, " +
      "removes the output and allocates again). Never touches other orders.",
  },
  void: {
    from: OPEN_STATUSES,
    to: VOIDED,
    permissions: ["PRODUCTION_VOID"],
    verb: "voided",
    effect: ": releases the allocations and removes the output from on order.",
  },
} as const satisfies Record<string, Transition>;

/** "RELEASED or IN_PROGRESS -> COMPLETED: consumes ...": the transition as the API describes it. */
export function describeTransition(transition: Transition): string {
  if (transition.to === PREVIOUS_STATUS) return transition.effect;
  const from = transition.from === OPEN_STATUSES ? "Any open status" : transition.from.join(" or ");
  return `${from} -> ${transition.to}${transition.effect}`;
}

// ---------------------------------------------------------------- the order as its steps load it

/** An order with its lines, components and location, as every step (and its tree's planning) reads it. */
export type LoadedOrder = Prisma.ProductionOrderGetPayload<{
  include: { location: true; lines: true; components: true };
}>;

/**
 * Locks the order with the shared `lockOrder` (row lock, expected version, `from` statuses), then loads it once
 * for the whole step, with its lines and components in position order and its location.
 */
export async function lockProductionOrder(
  tx: Tx,
  orderId: number,
  check: { expectedVersion?: number | null | undefined; from: readonly Status[]; verb: string },
): Promise<LoadedOrder> {
  await lockOrder(tx, PRODUCTION_ORDER, orderId, { ...check, action: check.verb });
  return loadProductionOrder(tx, orderId);
}

/** The order with its lines and components in position order and its location. */
export function loadProductionOrder(tx: Tx, orderId: number): Promise<LoadedOrder> {
  return tx.productionOrder.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      location: true,
      lines: { orderBy: { position: "asc" } },
      components: { orderBy: { position: "asc" } },
    },
  });
}
