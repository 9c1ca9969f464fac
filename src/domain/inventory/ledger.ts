import { eventOutbox, type Tx } from "../../db/database.ts";
import { Prisma, type StockLevel, type StockMovement } from "../../generated/prisma/client.ts";
import type { MovementReason } from "../../generated/prisma/enums.ts";
import { type Dec, dec, decimalProblem, formatDecimal, MAX_INTEGER_DIGITS, ZERO } from "../decimal.ts";
import { DomainError, ErrorCode, type UserError } from "../errors.ts";
import { type Actor, type EventInput, EventType, recordEvents } from "../events.ts";
import { readSettings } from "../settings.ts";

/**
 * The stock ledger: the one way stock changes. Every change is an appended StockMovement; the cached
 * StockLevel row of each product x location is updated in the same transaction, so on hand always equals the
 * sum of the movements.
 */

export interface MovementInput {
  productId: number;
  locationId: number;
  /** Signed, non-zero: positive adds stock, negative removes it. At most 6 decimals. */
  quantity: Dec;
  reason: MovementReason;
  adjustmentId?: number;
  bomRunId?: number;
  productionOrderId?: number;
  /** The shop-floor step (ProductionReport) that moved it. */
  productionReportId?: number;
  purchaseOrderId?: number;
  transferOrderId?: number;
  salesOrderId?: number;
  /** The input path errors about this movement name, e.g. ["input", "lines", "0", "quantity"]. */
  field?: string[];
}

export interface StockKey {
  productId: number;
  locationId: number;
}

/** The quantities of a stock level; a product never stocked at a location has all of them zero. */
export interface StockQuantities {
  onHand: Dec;
  allocated: Dec;
  onOrder: Dec;
}

/** "productId:locationId": the key of the maps these helpers return. */
export function stockKey(productId: number, locationId: number): string {
  return `${productId}:${locationId}`;
}

/** On hand minus allocated: what is still free to use. Negative when more is reserved than is there. */
export function availableOf(level: Pick<StockLevel, "onHand" | "allocated"> | StockQuantities): Dec {
  return dec(level.onHand).minus(dec(level.allocated));
}

/** Prisma stores DateTime as UTC in TIMESTAMP(3) columns; raw SQL must too, whatever the session's time zone. */
const NOW_UTC = Prisma.sql`(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')`;

const NO_STOCK: StockQuantities = { onHand: ZERO, allocated: ZERO, onOrder: ZERO };

function quantitiesOf(level: Pick<StockLevel, "onHand" | "allocated" | "onOrder">): StockQuantities {
  return { onHand: dec(level.onHand), allocated: dec(level.allocated), onOrder: dec(level.onOrder) };
}

/** Distinct keys in (productId, locationId) order: the order every writer locks in, so writers never deadlock. */
function sortedKeys(keys: Iterable<StockKey>): StockKey[] {
  const distinct = new Map<string, StockKey>();
  for (const { productId, locationId } of keys) {
    distinct.set(stockKey(productId, locationId), { productId, locationId });
  }
  return [...distinct.values()].sort((a, b) => a.productId - b.productId || a.locationId - b.locationId);
}

/**
 * The keys as a table `k(product_id, location_id)`: two array parameters, whatever the number of keys. (A
 * `(productId, locationId) IN ((1, 2), ...)` list of a few hundred pairs silently matched nothing on PGlite.)
 */
function keyTable(keys: StockKey[]) {
  const productIds = keys.map((key) => key.productId);
  const locationIds = keys.map((key) => key.locationId);
  return Prisma.sql`unnest(${productIds}::int[], ${locationIds}::int[]) AS k(product_id, location_id)`;
}

/**
 * Reads stock levels without locking (for display and planning). Every asked key is in the result; keys
 * without a row have zero quantities.
 */
export async function readStockLevels(tx: Tx, keys: StockKey[]): Promise<Map<string, StockQuantities>> {
  const wanted = sortedKeys(keys);
  const result = new Map(wanted.map((key) => [stockKey(key.productId, key.locationId), NO_STOCK]));
  if (wanted.length === 0) return result;
  const rows = await tx.$queryRaw<
    Pick<StockLevel, "productId" | "locationId" | "onHand" | "allocated" | "onOrder">[]
  >`
    SELECT s."productId", s."locationId", s."onHand", s."allocated", s."onOrder"
    FROM "StockLevel" AS s JOIN ${keyTable(wanted)} ON s."productId" = k.product_id AND s."locationId" = k.location_id`;
  for (const row of rows) result.set(stockKey(row.productId, row.locationId), quantitiesOf(row));
  return result;
}

/**
 * Locks the stock level rows of these keys for the rest of the transaction (creating missing rows at zero)
 * and returns their current quantities. Rows are created and locked in (productId, locationId) order, so on
 * PostgreSQL concurrent writers wait for each other instead of losing updates or deadlocking. Use it before
 * deciding on a change from the current quantities (a stock count, an allocation).
 */
export async function lockStockLevels(tx: Tx, keys: StockKey[]): Promise<Map<string, StockQuantities>> {
  const sorted = sortedKeys(keys);
  const result = new Map<string, StockQuantities>();
  if (sorted.length === 0) return result;
  await tx.$executeRaw`
    INSERT INTO "StockLevel" ("productId", "locationId", "updatedAt")
    SELECT k.product_id, k.location_id, ${NOW_UTC} FROM ${keyTable(sorted)}
    ORDER BY k.product_id, k.location_id
    ON CONFLICT ("productId", "locationId") DO NOTHING`;
  const rows = await tx.$queryRaw<
    Pick<StockLevel, "productId" | "locationId" | "onHand" | "allocated" | "onOrder">[]
  >`
    SELECT s."productId", s."locationId", s."onHand", s."allocated", s."onOrder"
    FROM "StockLevel" AS s JOIN ${keyTable(sorted)} ON s."productId" = k.product_id AND s."locationId" = k.location_id
    ORDER BY s."productId", s."locationId"
    FOR UPDATE OF s`;
  for (const row of rows) result.set(stockKey(row.productId, row.locationId), quantitiesOf(row));
  return result;
}

interface KeyChange extends StockKey {
  change: Dec;
  /** The field of the first movement that takes stock out, for the insufficient-stock error. */
  field: string[] | null;
}

/**
 * Appends the movements to the ledger and updates the cached stock levels, in the caller's transaction.
 * Refuses with INSUFFICIENT_STOCK (nothing written, as the caller's transaction rolls back) when a product's
 * on hand at a location would end below zero after a net decrease, unless Settings.allowNegativeStock.
 * Writes one STOCK_CHANGED event per product x location touched. Returns the movements in input order.
 * Callers check first that the products and locations exist and may be used (requireActive).
 */
export async function postMovements(
  tx: Tx,
  actor: Actor,
  movements: MovementInput[],
): Promise<StockMovement[]> {
  return changeStock(tx, actor, { movements });
}

/**
 * Changes the cached allocated and on-order figures of stock levels, in the caller's transaction (locking the
 * rows in the same order as `postMovements`). Orders call it when their status changes; their own rows
 * (component allocations, open lines) are the truth these caches must always sum to. Writes one STOCK_CHANGED
 * event per product x location whose figures changed.
 */
export async function changeReservations(tx: Tx, actor: Actor, changes: ReservationChange[]): Promise<void> {
  await changeStock(tx, actor, { reservations: changes });
}

/**
 * Movements and reservation changes of one step together (a production order's completion releases what it held
 * and posts what it consumed, at the same stock levels): written as `postMovements` and `changeReservations`
 * would, with ONE STOCK_CHANGED event per product x location carrying every figure the step changed there, and still
 * one per commit when several steps of one transaction change the same level.
 */
export async function changeStock(
  tx: Tx,
  actor: Actor,
  change: { movements?: MovementInput[]; reservations?: ReservationChange[] },
): Promise<StockMovement[]> {
  const posted = await writeMovements(tx, actor, change.movements ?? []);
  const reserved = await writeReservations(tx, change.reservations ?? []);
  const figures: StockFigures = new Map();
  for (const [key, payload] of [...posted.figures, ...reserved]) {
    figures.set(key, { ...figures.get(key), ...payload });
  }
  // A level an earlier change of this transaction already announced gets its event updated, not a second one
  // (a sales order making several production orders changes the same levels once per order).
  const announced = new Map(
    eventOutbox(tx)
      .filter((row) => row.type === EventType.STOCK_CHANGED)
      .map((row) => [stockKey(Number(row.entityId), row.locationId as number), row]),
  );
  const fresh: EventInput[] = [];
  for (const [key, payload] of figures) {
    const earlier = announced.get(key);
    if (earlier) earlier.payload = mergeFigures(earlier.payload as Prisma.JsonObject, payload);
    else {
      fresh.push({
        type: EventType.STOCK_CHANGED,
        entityType: "Product",
        entityId: payload.productId as number,
        locationId: payload.locationId as number,
        payload,
      });
    }
  }
  await recordEvents(tx, actor, fresh);
  return posted.written;
}

/**
 * One level's figures over two changes of a transaction: each figure's "before" from the first change that moved
 * it, its "after" from the last.
 */
function mergeFigures(earlier: Prisma.JsonObject, later: Prisma.InputJsonObject): Prisma.InputJsonObject {
  const befores = Object.entries(earlier).filter(([name]) => name.endsWith("Before"));
  return { ...(earlier as Prisma.InputJsonObject), ...later, ...Object.fromEntries(befores) };
}

/** The figures of a STOCK_CHANGED payload (product, location, before and after), per stock key. */
type StockFigures = Map<string, Prisma.InputJsonObject>;

async function writeMovements(
  tx: Tx,
  actor: Actor,
  movements: MovementInput[],
): Promise<{ written: StockMovement[]; figures: StockFigures }> {
  if (movements.length === 0) return { written: [], figures: new Map() };
  assertStorable(movements);

  const changes = new Map<string, KeyChange>();
  for (const movement of movements) {
    const key = stockKey(movement.productId, movement.locationId);
    const entry = changes.get(key) ?? {
      productId: movement.productId,
      locationId: movement.locationId,
      change: ZERO,
      field: null,
    };
    entry.change = entry.change.plus(movement.quantity);
    if (movement.quantity.isNegative() && !entry.field) entry.field = movement.field ?? null;
    changes.set(key, entry);
  }

  const before = await lockStockLevels(tx, [...changes.values()]);
  const touched = [...changes.entries()].map(([key, change]) => {
    const onHandBefore = before.get(key)?.onHand ?? ZERO;
    return { ...change, onHandBefore, onHandAfter: onHandBefore.plus(change.change) };
  });
  await assertSufficientStock(tx, touched);
  const tooLarge = touched.find((entry) => integerDigits(entry.onHandAfter) > MAX_INTEGER_DIGITS);
  if (tooLarge) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `On hand would exceed ${MAX_INTEGER_DIGITS} integer digits`,
      tooLarge.field ?? undefined,
    );
  }

  const changed = touched.filter((entry) => !entry.change.isZero());
  if (changed.length > 0) {
    const deltas = Prisma.join(
      changed.map(
        (entry) =>
          Prisma.sql`(${entry.productId}::int, ${entry.locationId}::int, ${formatDecimal(entry.change)}::numeric)`,
      ),
    );
    await tx.$executeRaw`
      UPDATE "StockLevel" AS s
      SET "onHand" = s."onHand" + d.change, "updatedAt" = ${NOW_UTC}
      FROM (VALUES ${deltas}) AS d(product_id, location_id, change)
      WHERE s."productId" = d.product_id AND s."locationId" = d.location_id`;
  }

  const createdById = actor?.apiKeyId ?? null;
  const written = await tx.stockMovement.createManyAndReturn({
    data: movements.map((movement) => ({
      productId: movement.productId,
      locationId: movement.locationId,
      quantity: formatDecimal(movement.quantity),
      reason: movement.reason,
      adjustmentId: movement.adjustmentId ?? null,
      bomRunId: movement.bomRunId ?? null,
      purchaseOrderId: movement.purchaseOrderId ?? null,
      transferOrderId: movement.transferOrderId ?? null,
      salesOrderId: movement.salesOrderId ?? null,
      productionOrderId: movement.productionOrderId ?? null,
      productionReportId: movement.productionReportId ?? null,
      createdById,
    })),
  });
  const figures: StockFigures = new Map(
    touched.map((entry) => [
      stockKey(entry.productId, entry.locationId),
      {
        productId: entry.productId,
        locationId: entry.locationId,
        onHandBefore: formatDecimal(entry.onHandBefore),
        onHandAfter: formatDecimal(entry.onHandAfter),
      },
    ]),
  );
  return { written: written.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), figures };
}

/** Quantities must be exact and fit the NUMERIC(20,6) columns: PostgreSQL would round silently otherwise. */
function assertStorable(movements: MovementInput[]) {
  const errors: UserError[] = [];
  for (const movement of movements) {
    const field = movement.field ?? null;
    const problem = movement.quantity.isZero()
      ? "must not be zero"
      : decimalProblem(formatDecimal(movement.quantity));
    if (problem) errors.push({ code: ErrorCode.INVALID_INPUT, message: problem, field });
  }
  if (errors.length > 0) throw new DomainError(errors);
}

function integerDigits(value: Dec): number {
  return value.abs().truncated().toFixed().replace(/^0$/, "").length;
}

async function assertSufficientStock(
  tx: Tx,
  touched: (KeyChange & { onHandBefore: Dec; onHandAfter: Dec })[],
): Promise<void> {
  // A net increase is always allowed, even when it leaves on hand below zero (a receipt must never be refused).
  const short = touched.filter((entry) => entry.change.isNegative() && entry.onHandAfter.isNegative());
  if (short.length === 0) return;
  if ((await readSettings(tx)).allowNegativeStock) return;
  const products = await tx.product.findMany({
    where: { id: { in: short.map((entry) => entry.productId) } },
  });
  const locations = await tx.location.findMany({
    where: { id: { in: short.map((entry) => entry.locationId) } },
  });
  throw new DomainError(
    short.map((entry) => {
      const sku = products.find((product) => product.id === entry.productId)?.sku ?? `#${entry.productId}`;
      const location = locations.find((row) => row.id === entry.locationId)?.name ?? `#${entry.locationId}`;
      return {
        code: ErrorCode.INSUFFICIENT_STOCK,
        message:
          `Not enough stock of "${sku}" at "${location}": on hand ${formatDecimal(entry.onHandBefore)}, ` +
          `requested ${formatDecimal(entry.change.negated())}`,
        field: entry.field,
      };
    }),
  );
}

/** A change to what open orders hold: components reserved (`allocated`) or output and purchases expected (`onOrder`). */
export interface ReservationChange extends StockKey {
  allocated?: Dec;
  onOrder?: Dec;
}

async function writeReservations(tx: Tx, changes: ReservationChange[]): Promise<StockFigures> {
  const net = new Map<string, { key: StockKey; allocated: Dec; onOrder: Dec }>();
  for (const change of changes) {
    const id = stockKey(change.productId, change.locationId);
    const entry = net.get(id) ?? {
      key: { productId: change.productId, locationId: change.locationId },
      allocated: ZERO,
      onOrder: ZERO,
    };
    entry.allocated = entry.allocated.plus(change.allocated ?? ZERO);
    entry.onOrder = entry.onOrder.plus(change.onOrder ?? ZERO);
    net.set(id, entry);
  }
  const changed = [...net.values()].filter((entry) => !entry.allocated.isZero() || !entry.onOrder.isZero());
  if (changed.length === 0) return new Map();
  const before = await lockStockLevels(
    tx,
    changed.map((entry) => entry.key),
  );
  const deltas = Prisma.join(
    changed.map(
      (entry) =>
        Prisma.sql`(${entry.key.productId}::int, ${entry.key.locationId}::int, ${formatDecimal(entry.allocated)}::numeric, ${formatDecimal(entry.onOrder)}::numeric)`,
    ),
  );
  await tx.$executeRaw`
    UPDATE "StockLevel" AS s
    SET "allocated" = s."allocated" + d.allocated, "onOrder" = s."onOrder" + d.on_order, "updatedAt" = ${NOW_UTC}
    FROM (VALUES ${deltas}) AS d(product_id, location_id, allocated, on_order)
    WHERE s."productId" = d.product_id AND s."locationId" = d.location_id`;
  return new Map(
    changed.map((entry) => {
      const key = stockKey(entry.key.productId, entry.key.locationId);
      const was = before.get(key) ?? NO_STOCK;
      return [
        key,
        {
          productId: entry.key.productId,
          locationId: entry.key.locationId,
          allocatedBefore: formatDecimal(was.allocated),
          allocatedAfter: formatDecimal(was.allocated.plus(entry.allocated)),
          onOrderBefore: formatDecimal(was.onOrder),
          onOrderAfter: formatDecimal(was.onOrder.plus(entry.onOrder)),
        },
      ];
    }),
  );
}
