import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import type { SalesOrder } from "../../generated/prisma/client.ts";
import { MovementReason, SalesOrderStatus } from "../../generated/prisma/enums.ts";
import { usedBomWhere } from "../bom/replenishment.ts";
import { type Dec, dec, formatDecimal } from "../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../errors.ts";
import { type Actor, EventType } from "../events.ts";
import { postMovements } from "../inventory/ledger.ts";
import { requireActive } from "../records.ts";
import { readSettings } from "../settings.ts";
import { optionalText, ref } from "../validation.ts";
import {
  expectedVersion,
  numberedLines,
  type OrderKind,
  orderLineFields,
  orderLines,
  productionFloorFor,
  recordCreated,
  replaceDraftLines,
  requireActiveProducts,
  statusChangeAction,
  withLines,
} from "./common.ts";
import { ORDER_PREFIX } from "./numbers.ts";
import { createProductionOrder } from "./production/create.ts";
import type { Status as ProductionOrderStatus } from "./production/order.ts";
import { netDemandAt } from "./production/tree/index.ts";

export const SALES_ORDER: OrderKind<SalesOrder> = {
  model: "SalesOrder",
  label: "sales order",
  prefix: ORDER_PREFIX.SalesOrder,
  events: {
    created: EventType.SALES_ORDER_CREATED,
    linesUpdated: EventType.SALES_ORDER_LINES_UPDATED,
    statusChanged: {
      AUTHORIZED: EventType.SALES_ORDER_AUTHORIZED,
      FULFILLED: EventType.SALES_ORDER_FULFILLED,
      VOIDED: EventType.SALES_ORDER_VOIDED,
    },
  },
  locationOf: (order) => order.locationId,
  writeStatus: (tx, id, data) => tx.salesOrder.update({ where: { id }, data }),
};

const salesLines = orderLines(z.object(orderLineFields));

export const salesOrderCreateInput = z.object({
  customerId: ref,
  locationId: ref,
  note: optionalText(1000),
  lines: salesLines,
});

export const salesOrderLinesInput = z.object({ lines: salesLines, expectedVersion });

/** A DRAFT sales order for a customer, shipping from a location. */
export async function createSalesOrder(tx: Tx, actor: Actor, input: unknown) {
  const data = parseInput(salesOrderCreateInput, input);
  await requireActive(tx.customer, data.customerId, "customer", ["input", "customerId"]);
  await requireActive(tx.location, data.locationId, "location", ["input", "locationId"]);
  await requireActiveProducts(tx, data.lines, ["input", "lines"]);
  const order = await tx.salesOrder.create({
    data: {
      customerId: data.customerId,
      locationId: data.locationId,
      note: data.note,
      lines: { create: numberedLines(data.lines) },
    },
  });
  await recordCreated(tx, actor, SALES_ORDER, order);
  return order;
}

/** Replaces the lines of a DRAFT sales order. */
export async function updateSalesOrderLines(tx: Tx, actor: Actor, id: number, input: unknown) {
  const data = parseInput(salesOrderLinesInput, input, []);
  return replaceDraftLines(tx, actor, SALES_ORDER, id, data, () =>
    tx.salesOrder.update({
      where: { id },
      data: { version: { increment: 1 }, lines: { deleteMany: {}, create: numberedLines(data.lines) } },
    }),
  );
}

/**
 * DRAFT -> AUTHORIZED. When Settings.salesOrderProductionStatus is set, also creates production orders for
 * its produced lines (see `produceForSalesOrder`), all-or-nothing with the authorization.
 */
export const authorizeSalesOrder = statusChangeAction(SALES_ORDER, {
  from: [SalesOrderStatus.DRAFT],
  to: SalesOrderStatus.AUTHORIZED,
  action: "authorized",
  effects: async (tx, actor, id) => {
    const status = (await readSettings(tx)).salesOrderProductionStatus;
    if (!status) return undefined;
    return { productionOrderIds: await produceForSalesOrder(tx, actor, id, status) };
  },
});

/**
 * One production order per line whose product is produced (effective replenishment PRODUCE or ASSEMBLE with a
 * default BOM of that kind; phantoms are taken from stock, never produced on their own), for the line's
 * quantity, in `status`, for the order's customer and linked to it. It is made at the sales order's location
 * when that is a shop floor, else at the first (oldest) active shop floor connected to it; without one the
 * authorization is refused. Returns the production order ids.
 */
async function produceForSalesOrder(tx: Tx, actor: Actor, id: number, status: ProductionOrderStatus) {
  const order = await tx.salesOrder.findUniqueOrThrow({
    where: { id },
    include: { location: true, ...withLines },
  });
  const boms = await tx.bom.findMany({
    where: {
      ...usedBomWhere,
      autoAssemble: false,
      productId: { in: order.lines.map((line) => line.productId) },
    },
  });
  const bomOf = new Map(boms.map((bom) => [bom.productId, bom.id]));
  const produced = order.lines.filter((line) => bomOf.has(line.productId));
  if (produced.length === 0) return [];
  const floor = await productionFloorFor(tx, order.location);
  if (!floor) {
    throw new DomainError(
      ErrorCode.WRONG_LOCATION_KIND,
      `"${order.location.name}" is not a shop floor and no active shop floor is connected to it: the production ` +
        "orders this authorization must create (Settings.salesOrderProductionStatus) have nowhere to be made",
      ["id"],
    );
  }
  // The quantity follows the planning policy, as nested orders do: stock at the floor and its warehouse counts.
  const nets = await netDemandAt(
    tx,
    floor,
    produced.map((line) => ({ productId: line.productId, quantity: dec(line.quantity) })),
  );
  const ids: number[] = [];
  for (const [index, line] of produced.entries()) {
    const net = nets[index] as Dec;
    if (net.isZero()) continue;
    try {
      const created = await createProductionOrder(tx, actor, {
        locationId: floor.id,
        lines: [{ bomId: bomOf.get(line.productId), quantity: net }],
        status,
        customerId: order.customerId,
        salesOrderId: order.id,
      });
      ids.push(created.id);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // The production order's own input paths mean nothing to the caller of salesOrderAuthorize.
      throw new DomainError(
        error.errors.map((problem) => ({
          ...problem,
          message: `Production order for line ${line.position + 1}: ${problem.message}`,
          field: ["id"],
        })),
      );
    }
  }
  return ids;
}

/**
 * AUTHORIZED -> FULFILLED: ships every line out of the order's location (SALES_SHIPMENT movements). Not
 * enough stock is INSUFFICIENT_STOCK unless negative stock is allowed.
 */
export const fulfillSalesOrder = statusChangeAction(SALES_ORDER, {
  from: [SalesOrderStatus.AUTHORIZED],
  to: SalesOrderStatus.FULFILLED,
  action: "fulfilled",
  effects: async (tx, actor, id) => {
    const order = await tx.salesOrder.findUniqueOrThrow({ where: { id }, include: withLines });
    await postMovements(
      tx,
      actor,
      order.lines.map((line) => ({
        productId: line.productId,
        locationId: order.locationId,
        quantity: line.quantity.negated(),
        reason: MovementReason.SALES_SHIPMENT,
        salesOrderId: id,
      })),
    );
    return {
      shipped: order.lines.map((line) => ({
        productId: line.productId,
        quantity: formatDecimal(line.quantity),
      })),
    };
  },
});

/** DRAFT or AUTHORIZED -> VOIDED. Production orders made for it live on: they are never voided with it. */
export const voidSalesOrder = statusChangeAction(SALES_ORDER, {
  from: [SalesOrderStatus.DRAFT, SalesOrderStatus.AUTHORIZED],
  to: SalesOrderStatus.VOIDED,
  action: "voided",
});
