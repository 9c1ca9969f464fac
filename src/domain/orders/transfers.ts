import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import type { TransferOrder, TransferOrderLine } from "../../generated/prisma/client.ts";
import { MovementReason, TransferOrderStatus } from "../../generated/prisma/enums.ts";
import { type Dec, type DecimalLike, dec, formatDecimal, ZERO } from "../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../errors.ts";
import { type Actor, EventType } from "../events.ts";
import { type MovementInput, postMovements } from "../inventory/ledger.ts";
import { requireActive } from "../records.ts";
import { optionalText, ref } from "../validation.ts";
import {
  expectedVersion,
  type LineQuantity,
  type LockedOrder,
  lineQuantities,
  linesNamed,
  lockOrder,
  numberedLines,
  type OrderKind,
  orderChangeInput,
  orderLineFields,
  orderLines,
  recordCreated,
  recordOrderEvent,
  requireActiveProducts,
  statusChangeAction,
  withLines,
} from "./common.ts";
import { ORDER_PREFIX } from "./numbers.ts";

const { DRAFT, COMPLETED } = TransferOrderStatus;

export const TRANSFER_ORDER: OrderKind<TransferOrder> = {
  model: "TransferOrder",
  label: "transfer order",
  prefix: ORDER_PREFIX.TransferOrder,
  events: {
    created: EventType.TRANSFER_ORDER_CREATED,
    // Moving lines records TRANSFER_ORDER_LINES_MOVED, or TRANSFER_ORDER_COMPLETED with the last of them.
    statusChanged: {
      COMPLETED: EventType.TRANSFER_ORDER_COMPLETED,
      VOIDED: EventType.TRANSFER_ORDER_VOIDED,
    },
  },
  locationOf: (order) => order.fromLocationId,
  writeStatus: (tx, id, data) => tx.transferOrder.update({ where: { id }, data }),
};

export const transferOrderCreateInput = z.object({
  fromLocationId: ref,
  toLocationId: ref,
  note: optionalText(1000),
  lines: orderLines(z.object(orderLineFields)),
});

/**
 * A DRAFT transfer of stock between two different active locations. `productionOrderId` links it to the
 * production order whose shortage it covers (set by production, not by the API's transferOrderCreate).
 */
export async function createTransferOrder(
  tx: Tx,
  actor: Actor,
  input: unknown,
  link: { productionOrderId?: number | null } = {},
) {
  const data = parseInput(transferOrderCreateInput, input);
  await requireActive(tx.location, data.fromLocationId, "location", ["input", "fromLocationId"]);
  await requireActive(tx.location, data.toLocationId, "location", ["input", "toLocationId"]);
  if (data.fromLocationId === data.toLocationId) {
    throw new DomainError(ErrorCode.INVALID_INPUT, "must differ from the location it transfers from", [
      "input",
      "toLocationId",
    ]);
  }
  await requireActiveProducts(tx, data.lines, ["input", "lines"]);
  const order = await tx.transferOrder.create({
    data: {
      fromLocationId: data.fromLocationId,
      toLocationId: data.toLocationId,
      productionOrderId: link.productionOrderId ?? null,
      note: data.note,
      lines: { create: numberedLines(data.lines) },
    },
  });
  await recordCreated(tx, actor, TRANSFER_ORDER, order, {
    toLocationId: order.toLocationId,
    productionOrderId: order.productionOrderId,
  });
  return order;
}

/** What is still to move of a line: its quantity less what moved (lines move in parts). */
export function stillToMove(line: { quantity: DecimalLike; movedQuantity: DecimalLike }): Dec {
  return dec(line.quantity).minus(dec(line.movedQuantity));
}

export const transferOrderMoveInput = z.object({ lines: lineQuantities, expectedVersion });

/** A part of a line to move now, and the input field a refusal about it names (null: not the caller's input). */
type Move = Omit<LineQuantity<TransferOrderLine>, "field"> & { field: string[] | null };

/**
 * Moves some lines of a DRAFT transfer, each in part or in whole: TRANSFER_OUT at `from` and TRANSFER_IN at `to`
 * in the ledger, `movedQuantity` up. More than a line still has to move is refused (naming
 * `lines.N.quantity`), and so is not enough stock at `from` (INSUFFICIENT_STOCK) unless negative stock is
 * allowed. The transfer is COMPLETED (TRANSFER_ORDER_COMPLETED) once every line has moved, else it stays DRAFT
 * (TRANSFER_ORDER_LINES_MOVED).
 */
export async function moveTransferOrderLines(tx: Tx, actor: Actor, id: number, input: unknown) {
  const data = parseInput(transferOrderMoveInput, input, []);
  const locked = await lockOrder(tx, TRANSFER_ORDER, id, { ...data, from: [DRAFT], action: "moved" });
  const order = await tx.transferOrder.findUniqueOrThrow({ where: { id }, include: withLines });
  const moves = linesNamed(TRANSFER_ORDER, order, data.lines, (line, quantity) => {
    const open = stillToMove(line);
    return quantity.greaterThan(open)
      ? `Line ${line.position + 1} has ${formatDecimal(open)} of ${formatDecimal(line.quantity)} still to ` +
          `move: moving ${formatDecimal(quantity)} exceeds it`
      : null;
  });
  return applyMoves(tx, actor, order, locked, moves);
}

/**
 * DRAFT -> COMPLETED: moves what every line still has to move (all of it when none moved yet), in one
 * transaction. Not enough stock at `from` is INSUFFICIENT_STOCK unless negative stock is allowed.
 */
export async function completeTransferOrder(tx: Tx, actor: Actor, id: number, input: unknown = {}) {
  const data = parseInput(orderChangeInput, input, []);
  const locked = await lockOrder(tx, TRANSFER_ORDER, id, { ...data, from: [DRAFT], action: "completed" });
  const order = await tx.transferOrder.findUniqueOrThrow({ where: { id }, include: withLines });
  const moves = order.lines
    .map((line): Move => ({ line, quantity: stillToMove(line), field: null }))
    .filter((move) => move.quantity.greaterThan(ZERO));
  return applyMoves(tx, actor, order, locked, moves);
}

/**
 * The moves through the ledger (one change of stock: each product x location written and announced once), the
 * lines' moved quantities, then the status (COMPLETED once nothing is left to move) and the event.
 */
async function applyMoves(
  tx: Tx,
  actor: Actor,
  order: TransferOrder & { lines: TransferOrderLine[] },
  locked: LockedOrder,
  moves: Move[],
) {
  const movement = (move: Move, out: boolean): MovementInput => ({
    productId: move.line.productId,
    locationId: out ? order.fromLocationId : order.toLocationId,
    quantity: out ? move.quantity.negated() : move.quantity,
    reason: out ? MovementReason.TRANSFER_OUT : MovementReason.TRANSFER_IN,
    transferOrderId: order.id,
    ...(move.field ? { field: move.field } : {}),
  });
  await postMovements(tx, actor, [
    ...moves.map((move) => movement(move, true)),
    ...moves.map((move) => movement(move, false)),
  ]);
  const moved = new Map<number, Dec>();
  for (const { line, quantity } of moves) {
    const total = dec(line.movedQuantity).plus(quantity);
    moved.set(line.id, total);
    await tx.transferOrderLine.update({ where: { id: line.id }, data: { movedQuantity: total } });
  }
  const complete = order.lines.every((line) =>
    (moved.get(line.id) ?? dec(line.movedQuantity)).greaterThanOrEqualTo(dec(line.quantity)),
  );
  const updated = await tx.transferOrder.update({
    where: { id: order.id },
    data: { version: { increment: 1 }, ...(complete ? { status: COMPLETED } : {}) },
  });
  await recordOrderEvent(tx, actor, TRANSFER_ORDER, {
    type: complete ? EventType.TRANSFER_ORDER_COMPLETED : EventType.TRANSFER_ORDER_LINES_MOVED,
    id: order.id,
    locationId: order.fromLocationId,
    beforeStatus: locked.status,
    afterStatus: updated.status,
    payload: {
      toLocationId: order.toLocationId,
      lines: moves.map(({ line, quantity }) => ({ lineId: line.id, quantity: formatDecimal(quantity) })),
    },
  });
  return updated;
}

/**
 * DRAFT -> VOIDED: what was still to move stays where it is; what already moved stays moved. A completed transfer
 * is undone by another transfer, not by voiding.
 */
export const voidTransferOrder = statusChangeAction(TRANSFER_ORDER, {
  from: [DRAFT],
  to: TransferOrderStatus.VOIDED,
  action: "voided",
});
