import { eventOutbox, type Tx } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/**
 * Who caused a change: the request's API key, the employee who did the work when one was named (a shop-floor
 * step's `employeeId`, else the request's `x-employee-id`), and the request's id. Every event keeps all three;
 * ledger rows and reports keep the key. Null: the server itself (start-up, built-in roles, demo data).
 * src/schema/payload.ts builds it from the request, the one place that does.
 */
export type Actor = { apiKeyId: number; employeeId: number | null; requestId: string | null } | null;

/** The actor of a step done by `employeeId` (a shop-floor step names who did it); the request's when null. */
export function actorWithEmployee(actor: Actor, employeeId: number | null): Actor {
  return actor === null || employeeId === null ? actor : { ...actor, employeeId };
}

/**
 * Every event type the outbox records, written out so that `grep` finds each one where it is recorded and where
 * it is filtered. Clients read them (Event.type), so a value never changes once published.
 */
export const EventType = {
  API_KEY_CREATED: "API_KEY_CREATED",
  API_KEY_REVOKED: "API_KEY_REVOKED",
  ROLE_CREATED: "ROLE_CREATED",
  /** Its permissions (or name) changed: keys of the role, open subscriptions included, get them at once. */
  ROLE_UPDATED: "ROLE_UPDATED",
  ROLE_ARCHIVED: "ROLE_ARCHIVED",
  SETTINGS_UPDATED: "SETTINGS_UPDATED",

  PRODUCT_CREATED: "PRODUCT_CREATED",
  PRODUCT_UPDATED: "PRODUCT_UPDATED",
  PRODUCT_ARCHIVED: "PRODUCT_ARCHIVED",
  LOCATION_CREATED: "LOCATION_CREATED",
  LOCATION_UPDATED: "LOCATION_UPDATED",
  LOCATION_ARCHIVED: "LOCATION_ARCHIVED",
  RESOURCE_CREATED: "RESOURCE_CREATED",
  RESOURCE_UPDATED: "RESOURCE_UPDATED",
  RESOURCE_ARCHIVED: "RESOURCE_ARCHIVED",
  SUPPLIER_CREATED: "SUPPLIER_CREATED",
  SUPPLIER_UPDATED: "SUPPLIER_UPDATED",
  SUPPLIER_ARCHIVED: "SUPPLIER_ARCHIVED",
  CUSTOMER_CREATED: "CUSTOMER_CREATED",
  CUSTOMER_UPDATED: "CUSTOMER_UPDATED",
  CUSTOMER_ARCHIVED: "CUSTOMER_ARCHIVED",
  EMPLOYEE_CREATED: "EMPLOYEE_CREATED",
  EMPLOYEE_UPDATED: "EMPLOYEE_UPDATED",
  EMPLOYEE_ARCHIVED: "EMPLOYEE_ARCHIVED",

  BOM_CREATED: "BOM_CREATED",
  BOM_UPDATED: "BOM_UPDATED",
  BOM_LINE_ADDED: "BOM_LINE_ADDED",
  BOM_LINE_UPDATED: "BOM_LINE_UPDATED",
  BOM_LINE_REMOVED: "BOM_LINE_REMOVED",
  BOM_OPERATION_ADDED: "BOM_OPERATION_ADDED",
  BOM_OPERATION_UPDATED: "BOM_OPERATION_UPDATED",
  BOM_OPERATION_REMOVED: "BOM_OPERATION_REMOVED",
  BOM_DEFAULT_SET: "BOM_DEFAULT_SET",
  BOM_ARCHIVED: "BOM_ARCHIVED",
  BOM_RUN_POSTED: "BOM_RUN_POSTED",

  /** A stock level's figures changed (on hand, allocated, on order): one per product and location per commit. */
  STOCK_CHANGED: "STOCK_CHANGED",
  INVENTORY_ADJUSTED: "INVENTORY_ADJUSTED",

  SALES_ORDER_CREATED: "SALES_ORDER_CREATED",
  SALES_ORDER_LINES_UPDATED: "SALES_ORDER_LINES_UPDATED",
  SALES_ORDER_AUTHORIZED: "SALES_ORDER_AUTHORIZED",
  SALES_ORDER_FULFILLED: "SALES_ORDER_FULFILLED",
  SALES_ORDER_VOIDED: "SALES_ORDER_VOIDED",

  PURCHASE_ORDER_CREATED: "PURCHASE_ORDER_CREATED",
  PURCHASE_ORDER_LINES_UPDATED: "PURCHASE_ORDER_LINES_UPDATED",
  PURCHASE_ORDER_ORDERED: "PURCHASE_ORDER_ORDERED",
  /** A receipt, partial (the status stays ORDERED) or completing the order. */
  PURCHASE_ORDER_RECEIVED: "PURCHASE_ORDER_RECEIVED",
  PURCHASE_ORDER_VOIDED: "PURCHASE_ORDER_VOIDED",

  TRANSFER_ORDER_CREATED: "TRANSFER_ORDER_CREATED",
  /** Some lines moved in part; the transfer stays DRAFT until every line is moved (then COMPLETED). */
  TRANSFER_ORDER_LINES_MOVED: "TRANSFER_ORDER_LINES_MOVED",
  TRANSFER_ORDER_COMPLETED: "TRANSFER_ORDER_COMPLETED",
  TRANSFER_ORDER_VOIDED: "TRANSFER_ORDER_VOIDED",

  PRODUCTION_ORDER_CREATED: "PRODUCTION_ORDER_CREATED",
  /** Undone back to DRAFT. */
  PRODUCTION_ORDER_DRAFT: "PRODUCTION_ORDER_DRAFT",
  PRODUCTION_ORDER_PLANNED: "PRODUCTION_ORDER_PLANNED",
  PRODUCTION_ORDER_RELEASED: "PRODUCTION_ORDER_RELEASED",
  PRODUCTION_ORDER_IN_PROGRESS: "PRODUCTION_ORDER_IN_PROGRESS",
  PRODUCTION_ORDER_COMPLETED: "PRODUCTION_ORDER_COMPLETED",
  PRODUCTION_ORDER_VOIDED: "PRODUCTION_ORDER_VOIDED",
  PRODUCTION_ORDER_COMPONENT_UPDATED: "PRODUCTION_ORDER_COMPONENT_UPDATED",
  PRODUCTION_ORDER_WASTE_RECORDED: "PRODUCTION_ORDER_WASTE_RECORDED",
  /** Its header changed (note, employee, customer, tags, attributes, layout): payload `changes` before/after. */
  PRODUCTION_ORDER_UPDATED: "PRODUCTION_ORDER_UPDATED",
  /**
   * Its dates moved (payload: before and after), by productionOrderReschedule or, for a nested order, by the
   * cascade of its ancestor's (payload `cascadeFrom`); its operations may have moved to another resource.
   */
  PRODUCTION_ORDER_RESCHEDULED: "PRODUCTION_ORDER_RESCHEDULED",
  /** A nested order resized by a RECALCULATE plan choice. */
  PRODUCTION_ORDER_RECALCULATED: "PRODUCTION_ORDER_RECALCULATED",
  /** A nested order no longer needed by its tree's plan: set aside in DRAFT. */
  PRODUCTION_ORDER_SURPLUS: "PRODUCTION_ORDER_SURPLUS",

  /** Shop floor: an operation of a production order changed status (entity ProductionOrderOperation). */
  OPERATION_STARTED: "OPERATION_STARTED",
  OPERATION_PAUSED: "OPERATION_PAUSED",
  OPERATION_RESUMED: "OPERATION_RESUMED",
  OPERATION_COMPLETED: "OPERATION_COMPLETED",
  OPERATION_SKIPPED: "OPERATION_SKIPPED",
  /** Shop floor: components consumed now (scan-to-consume), entity ProductionReport. */
  PRODUCTION_ORDER_CONSUMED: "PRODUCTION_ORDER_CONSUMED",
  /** Shop floor: good units (and scrap) reported, their components back-flushed, entity ProductionReport. */
  PRODUCTION_ORDER_OUTPUT_REPORTED: "PRODUCTION_ORDER_OUTPUT_REPORTED",
  /** A consumption or output report reversed exactly, entity ProductionReport. */
  PRODUCTION_REPORT_UNDONE: "PRODUCTION_REPORT_UNDONE",
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

export interface EventInput {
  type: EventType;
  entityType: string;
  entityId: string | number;
  rootOrderId?: number | null;
  locationId?: number | null;
  beforeStatus?: string | null;
  afterStatus?: string | null;
  payload: Prisma.InputJsonValue;
}

/**
 * Records an event of the caller's transaction (the outbox): it commits or rolls back with the change it
 * describes. The rows are inserted when the transaction ends (Database.transaction), in the order recorded,
 * so they cannot be read back inside the transaction that records them. Subscribers are fed after commit.
 */
export async function recordEvent(tx: Tx, actor: Actor, event: EventInput): Promise<void> {
  eventOutbox(tx).push(eventRow(actor, event));
}

/** The same as `recordEvent` for several events, in this order. */
export async function recordEvents(tx: Tx, actor: Actor, events: EventInput[]): Promise<void> {
  eventOutbox(tx).push(...events.map((event) => eventRow(actor, event)));
}

function eventRow(actor: Actor, event: EventInput) {
  return {
    ...event,
    entityId: String(event.entityId),
    actorKeyId: actor?.apiKeyId ?? null,
    actorEmployeeId: actor?.employeeId ?? null,
    requestId: actor?.requestId ?? null,
  };
}
