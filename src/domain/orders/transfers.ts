import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import type { TransferOrder } from "../../generated/prisma/client.ts";
import { MovementReason, TransferOrderStatus } from "../../generated/prisma/enums.ts";
import { DomainError, ErrorCode, parseInput } from "../errors.ts";
import { type Actor, EventType } from "../events.ts";
import { type MovementInput, postMovements } from "../inventory/ledger.ts";
import { requireActive } from "../records.ts";
import { optionalText, ref } from "../validation.ts";
import {
  numberedLines,
  type OrderKind,
  orderLineFields,
  orderLines,
  recordCreated,
  requireActiveProducts,
  statusChangeAction,
  withLines,
} from "./common.ts";
import { ORDER_PREFIX } from "./numbers.ts";

export const TRANSFER_ORDER: OrderKind<TransferOrder> = {
  model: "TransferOrder",
  label: "transfer order",
  prefix: ORDER_PREFIX.TransferOrder,
  events: {
    created: EventType.TRANSFER_ORDER_CREATED,
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

/**
 * DRAFT -> COMPLETED: moves every line in the ledger, TRANSFER_OUT at `from` and TRANSFER_IN at `to`, in one
 * transaction. Not enough stock at `from` is INSUFFICIENT_STOCK unless negative stock is allowed.
 */
export const completeTransferOrder = statusChangeAction(TRANSFER_ORDER, {
  from: [TransferOrderStatus.DRAFT],
  to: TransferOrderStatus.COMPLETED,
  action: "completed",
  effects: async (tx, actor, id) => {
    const order = await tx.transferOrder.findUniqueOrThrow({ where: { id }, include: withLines });
    const move = (locationId: number, out: boolean) =>
      order.lines.map(
        (line): MovementInput => ({
          productId: line.productId,
          locationId,
          quantity: out ? line.quantity.negated() : line.quantity,
          reason: out ? MovementReason.TRANSFER_OUT : MovementReason.TRANSFER_IN,
          transferOrderId: id,
        }),
      );
    await postMovements(tx, actor, [...move(order.fromLocationId, true), ...move(order.toLocationId, false)]);
    return { toLocationId: order.toLocationId };
  },
});

/** DRAFT -> VOIDED; a completed transfer is undone by another transfer, not by voiding. */
export const voidTransferOrder = statusChangeAction(TRANSFER_ORDER, {
  from: [TransferOrderStatus.DRAFT],
  to: TransferOrderStatus.VOIDED,
  action: "voided",
});
