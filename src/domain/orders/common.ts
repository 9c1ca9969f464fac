import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import { type Location, Prisma, type Product } from "../../generated/prisma/client.ts";
import { LocationKind } from "../../generated/prisma/enums.ts";
import type { Dec } from "../decimal.ts";
import { DomainError, ErrorCode, parseInput, type UserError } from "../errors.ts";
import { type Actor, type EventType, recordEvent } from "../events.ts";
import { requireAllActive } from "../records.ts";
import { decimal, ref } from "../validation.ts";
import { orderNumber } from "./numbers.ts";

/**
 * What every order kind (sales, purchase, transfer, production) shares: line rules, the row
 * lock and version check that serialize changes, status checks and the status-change event.
 */

/** The statuses of an order row's kind. */
type StatusOf<Row> = Row extends { status: infer Status extends string } ? Status : never;

/** The event types of one kind of order, from the catalogue (events.ts). */
export interface OrderEvents<Status extends string> {
  created: EventType;
  /** Its DRAFT lines replaced, for the kinds whose lines can be edited. */
  linesUpdated?: EventType;
  /** The change into each status it can be moved to. */
  statusChanged: Partial<Record<Status, EventType>>;
}

/** How the machinery names and finds one kind of order. `model` is both the Prisma model and the SQL table. */
export interface OrderKind<Row = never> {
  model: string;
  /** In messages: "sales order". */
  label: string;
  /** Of its number: "SO". */
  prefix: string;
  events: OrderEvents<StatusOf<Row>>;
  /** The location its events name (a transfer's is where the stock leaves). */
  locationOf: (order: Row) => number;
  /** The order its events belong to, when orders form trees (a production order's root). */
  rootOf?: (order: Row) => number;
  /** Writes a new status with the version incremented: `tx.salesOrder.update({ where: { id }, data: change })`. */
  writeStatus: (
    tx: Tx,
    id: number,
    change: { status: StatusOf<Row>; version: { increment: 1 } },
  ) => Promise<Row>;
}

/** What names and finds an order of any kind, for the checks and events that never touch its row's type. */
type OrderName = Pick<OrderKind, "model" | "label" | "prefix">;

export const MAX_ORDER_LINES = 200;

/** The fields every order line has; kinds add theirs (a purchase line's unit cost). */
export const orderLineFields = { productId: ref, quantity: decimal.positive };

/** A list of 1 to MAX_ORDER_LINES lines. The same product may appear on several lines. */
export function orderLines<Line extends z.ZodType>(line: Line) {
  return z
    .array(line)
    .min(1, "must have at least one line")
    .max(MAX_ORDER_LINES, `must have at most ${MAX_ORDER_LINES} lines`);
}

/** What an action on some lines of an order takes (a receipt, a move): each line once, a quantity above zero. */
export const lineQuantities = orderLines(z.object({ lineId: ref, quantity: decimal.positive })).refine(
  (lines) => new Set(lines.map((line) => line.lineId)).size === lines.length,
  "names the same line twice",
);

/** A line of an order, the quantity an action takes of it, and the input field that gave that quantity. */
export interface LineQuantity<Line> {
  line: Line;
  quantity: Dec;
  field: string[];
}

/**
 * The lines of the order that `entries` (`lineQuantities`) name, with their quantities: a line the order does
 * not have is NOT_FOUND naming `lines.N.lineId`, and `tooMuch` says why a quantity cannot be taken of its line
 * (INVALID_INPUT naming `lines.N.quantity`), or null. Every refusal is reported together.
 */
export function linesNamed<Line extends { id: number }>(
  kind: OrderName,
  order: { id: number; lines: Line[] },
  entries: { lineId: number; quantity: Dec }[],
  tooMuch: (line: Line, quantity: Dec) => string | null,
): LineQuantity<Line>[] {
  const errors: UserError[] = [];
  const named: LineQuantity<Line>[] = [];
  entries.forEach((entry, index) => {
    const field = ["lines", String(index)];
    const line = order.lines.find((candidate) => candidate.id === entry.lineId);
    if (!line) {
      const message = `${orderNumber(kind.prefix, order.id)} has no line with this id`;
      errors.push({ code: ErrorCode.NOT_FOUND, message, field: [...field, "lineId"] });
      return;
    }
    const quantityField = [...field, "quantity"];
    const problem = tooMuch(line, entry.quantity);
    if (problem) errors.push({ code: ErrorCode.INVALID_INPUT, message: problem, field: quantityField });
    else named.push({ line, quantity: entry.quantity, field: quantityField });
  });
  if (errors.length > 0) throw new DomainError(errors);
  return named;
}

/** The version of an order a change was made against: what a board's edits must send. */
export const requiredVersion = z.number().int().positive("is not a valid version");

/** The optimistic-concurrency argument every order change takes (optional on the older steps). */
export const expectedVersion = requiredVersion.nullish();

/** The input of a status change that needs nothing else. */
export const orderChangeInput = z.object({ expectedVersion });

/** The status and version of an order row, read under lock. */
export interface LockedOrder {
  id: number;
  status: string;
  version: number;
}

/**
 * Locks the order's row for the rest of the transaction (SELECT ... FOR UPDATE), so concurrent changes to one
 * order run one after the other on PostgreSQL, then checks the caller's expected version (VERSION_CONFLICT:
 * someone changed it since the caller read it) and that the order is in one of the `from` statuses
 * (INVALID_STATUS naming the current one). Every change then increments `version`.
 */
export async function lockOrder(
  tx: Tx,
  kind: OrderName,
  id: number,
  check: { expectedVersion?: number | null | undefined; from: readonly string[]; action: string },
): Promise<LockedOrder> {
  const table = Prisma.raw(`"${kind.model}"`);
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, status::text AS status, version FROM ${table} WHERE id = ${id} FOR UPDATE`;
  if (!order) throw new DomainError(ErrorCode.NOT_FOUND, `No ${kind.label} with this id`, ["id"]);
  const number = orderNumber(kind.prefix, id);
  if (check.expectedVersion != null && check.expectedVersion !== order.version) {
    throw new DomainError(
      ErrorCode.VERSION_CONFLICT,
      `${number} is at version ${order.version}, not ${check.expectedVersion}: it changed since you read it`,
      ["expectedVersion"],
    );
  }
  if (!check.from.includes(order.status)) {
    throw new DomainError(
      ErrorCode.INVALID_STATUS,
      `${number} is ${order.status}; only a ${check.from.join(" or ")} ${kind.label} can be ${check.action}`,
      ["id"],
    );
  }
  return order;
}

/** A status change that takes nothing but the expected version; see `statusChangeAction`. */
export interface StatusStep<Row> {
  from: readonly StatusOf<Row>[];
  to: StatusOf<Row>;
  /** The verb for the INVALID_STATUS message: "authorized". */
  action: string;
  /** The step's other effects (stock, reservations), run under the lock before the status is saved; may return
   * details for the event's payload. */
  effects?: (tx: Tx, actor: Actor, id: number) => Promise<Prisma.InputJsonObject | undefined>;
}

/**
 * A status change as its domain action `(tx, actor, id, { expectedVersion })`: lock the order and check version
 * and status, apply the step's effects, save the new status with the version incremented, and record the kind's
 * event of that status with both.
 */
export function statusChangeAction<Row extends { status: string }>(
  kind: OrderKind<Row>,
  step: StatusStep<Row>,
) {
  return async (tx: Tx, actor: Actor, id: number, input: unknown = {}): Promise<Row> => {
    const data = parseInput(orderChangeInput, input, []);
    const locked = await lockOrder(tx, kind, id, { ...data, ...step });
    const payload = (await step.effects?.(tx, actor, id)) ?? {};
    return saveStatus(tx, actor, kind, locked, step.to, payload);
  };
}

/**
 * The end of a status change of an order locked by `lockOrder`: save the new status with the version
 * incremented and record the kind's event of that status with both statuses.
 */
export async function saveStatus<Row extends { status: string }>(
  tx: Tx,
  actor: Actor,
  kind: OrderKind<Row>,
  locked: { id: number; status: string },
  to: StatusOf<Row>,
  payload?: Prisma.InputJsonObject,
): Promise<Row> {
  const type = kind.events.statusChanged[to];
  if (!type) throw new Error(`No event type for a ${kind.label} becoming ${to}`);
  const order = await kind.writeStatus(tx, locked.id, { status: to, version: { increment: 1 } });
  await recordOrderEvent(tx, actor, kind, {
    type,
    id: locked.id,
    rootOrderId: kind.rootOf?.(order),
    locationId: kind.locationOf(order),
    beforeStatus: locked.status,
    afterStatus: order.status,
    payload,
  });
  return order;
}

/** Records the creation of an order (no status before it). */
export function recordCreated<Row extends { id: number; status: string }>(
  tx: Tx,
  actor: Actor,
  kind: OrderKind<Row>,
  order: Row,
  payload?: Prisma.InputJsonObject,
) {
  return recordOrderEvent(tx, actor, kind, {
    type: kind.events.created,
    id: order.id,
    rootOrderId: kind.rootOf?.(order),
    locationId: kind.locationOf(order),
    beforeStatus: null,
    afterStatus: order.status,
    payload,
  });
}

/**
 * Replaces the lines of a DRAFT order: lock and check it, check the products, let `save` write the lines (with
 * the version incremented) and record the kind's `linesUpdated` event.
 */
export async function replaceDraftLines<Row extends { status: string }, Line extends { productId: number }>(
  tx: Tx,
  actor: Actor,
  kind: OrderKind<Row>,
  id: number,
  data: { lines: Line[]; expectedVersion?: number | null | undefined },
  save: (products: Map<number, Product>) => Promise<Row>,
): Promise<Row> {
  const type = kind.events.linesUpdated;
  if (!type) throw new Error(`A ${kind.label}'s lines are never replaced`);
  await lockOrder(tx, kind, id, { ...data, from: ["DRAFT"], action: "changed" });
  const order = await save(await requireActiveProducts(tx, data.lines, ["lines"]));
  await recordOrderEvent(tx, actor, kind, {
    type,
    id,
    rootOrderId: kind.rootOf?.(order),
    locationId: kind.locationOf(order),
    beforeStatus: order.status,
    afterStatus: order.status,
    payload: { lines: data.lines.length },
  });
  return order;
}

/** The event of a change to an order, with its number and the status before and after. */
export async function recordOrderEvent(
  tx: Tx,
  actor: Actor,
  kind: OrderName,
  event: {
    type: EventType;
    id: number;
    rootOrderId?: number | undefined;
    locationId: number;
    beforeStatus: string | null;
    afterStatus: string;
    payload?: Prisma.InputJsonObject;
  },
) {
  await recordEvent(tx, actor, {
    type: event.type,
    entityType: kind.model,
    entityId: event.id,
    rootOrderId: event.rootOrderId,
    locationId: event.locationId,
    beforeStatus: event.beforeStatus,
    afterStatus: event.afterStatus,
    payload: { number: orderNumber(kind.prefix, event.id), ...event.payload },
  });
}

/** Every line's product must exist and be active: one query, every bad line reported (by SKU when archived). */
export function requireActiveProducts(
  tx: Tx,
  lines: { productId: number }[],
  linesField: string[],
): Promise<Map<number, Product>> {
  return requireAllActive(
    tx.product,
    lines.map((line, index) => ({ id: line.productId, field: [...linesField, index, "productId"] })),
    "product",
    (product) => `Product "${product.sku}"`,
  );
}

/**
 * Where production for `location` happens: the location itself when it is a shop floor, else the first
 * (oldest) active shop floor connected to it as its warehouse; null when there is none.
 */
export async function productionFloorFor(tx: Tx, location: Location): Promise<Location | null> {
  if (location.kind === LocationKind.SHOP_FLOOR) return location;
  return tx.location.findFirst({
    where: { kind: LocationKind.SHOP_FLOOR, connectedWarehouseId: location.id, archivedAt: null },
    orderBy: { id: "asc" },
  });
}

/** The `include` that reads an order with its lines, in the order they were given. */
export const withLines = { lines: { orderBy: { position: "asc" } } } as const;

/** Lines as the nested `create` of an order: positions follow the input order. */
export function numberedLines<Line>(lines: Line[]): (Line & { position: number })[] {
  return lines.map((line, position) => ({ ...line, position }));
}
