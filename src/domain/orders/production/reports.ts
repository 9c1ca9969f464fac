import { z } from "zod";
import type { Tx } from "../../../db/database.ts";
import type { ProductionOrderComponent, ProductionOrderLine } from "../../../generated/prisma/client.ts";
import { MovementReason, type ProductionReportKind } from "../../../generated/prisma/enums.ts";
import { Dec, dec, formatDecimal, QUANTITY_SCALE, ZERO } from "../../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../../errors.ts";
import { type Actor, EventType } from "../../events.ts";
import { requireActive } from "../../records.ts";
import { readSettings } from "../../settings.ts";
import { decimal, optionalText, ref } from "../../validation.ts";
import { expectedVersion } from "../common.ts";
import { touchOrder } from "./edits.ts";
import { type LoadedOrder, productionOrderNumber } from "./order.ts";
import { lockForShopFloor, shopFloorFields, startIfReleased, whoAndWhen } from "./shop-floor.ts";
import { lockOrderStock, StockChanges, stillOnOrder } from "./stock.ts";

/**
 * The shop floor's stock steps on a production order: consuming components now (scan-to-consume), reporting good
 * units and scrap now (their components back-flushed), and the completion. Each is a ProductionReport whose lines
 * record exactly what it consumed, produced and released, and whose movements reference it, so undoing it applies
 * the exact inverse. Reports only add, so undoing them in any order is exact. See
 * docs/rules/orders/production/shop-floor-stock.md.
 */

/** One component's part in a report: consumed now, and the allocation that released. */
export interface ComponentEffect {
  component: Pick<ProductionOrderComponent, "id" | "productId">;
  quantity: Dec;
  allocationReleased: Dec;
  /** The input path an INSUFFICIENT_STOCK error names. */
  field?: string[];
}

/** One output line's part in a report: good units added to stock, scrap, and the on order that released. */
export interface OutputEffect {
  line: Pick<ProductionOrderLine, "id" | "productId">;
  quantity: Dec;
  scrap: Dec;
  onOrderReleased: Dec;
}

export interface ReportEffects {
  components: ComponentEffect[];
  outputs: OutputEffect[];
}

/** The consumption a component's share of `made` units of its line calls for (required per unit, 6 decimals). */
export function backflushTarget(
  component: Pick<ProductionOrderComponent, "requiredQuantity">,
  line: Pick<ProductionOrderLine, "quantity">,
  made: Dec,
): Dec {
  return dec(component.requiredQuantity)
    .times(made)
    .dividedBy(dec(line.quantity))
    .toDecimalPlaces(QUANTITY_SCALE, Dec.ROUND_HALF_UP);
}

/** Consuming `quantity` of a component: the allocation it releases is what is still allocated, at most. */
function consuming(
  component: Pick<ProductionOrderComponent, "id" | "productId" | "allocatedQuantity">,
  quantity: Dec,
  field?: string[],
): ComponentEffect {
  const allocationReleased = Dec.min(quantity, dec(component.allocatedQuantity));
  return { component, quantity, allocationReleased, ...(field ? { field } : {}) };
}

/**
 * Writes a report and applies its effects (sign 1), or applies a written report's effects backwards (sign -1):
 * the movements (referencing the order and the report), the allocations and on order they release, and the
 * order's cached consumed, allocated, produced and scrapped figures.
 */
async function applyEffects(
  tx: Tx,
  actor: Actor,
  order: LoadedOrder,
  reportId: number,
  effects: ReportEffects,
  sign: 1 | -1,
) {
  // An unplanned component added by this step is not among the order's rows yet.
  await lockOrderStock(
    tx,
    order,
    effects.components.map((effect) => effect.component),
  );
  const stock = new StockChanges();
  const common = { locationId: order.locationId, productionOrderId: order.id, productionReportId: reportId };
  stock.post([
    ...effects.components
      .filter((effect) => !effect.quantity.isZero())
      .map((effect) => ({
        ...common,
        productId: effect.component.productId,
        quantity: effect.quantity.times(-sign),
        reason: MovementReason.PRODUCTION_CONSUMPTION,
        ...(effect.field ? { field: effect.field } : {}),
      })),
    ...effects.outputs
      .filter((effect) => !effect.quantity.isZero())
      .map((effect) => ({
        ...common,
        productId: effect.line.productId,
        quantity: effect.quantity.times(sign),
        reason: MovementReason.PRODUCTION_OUTPUT,
      })),
  ]);
  stock.reserve([
    ...effects.components.map((effect) => ({
      productId: effect.component.productId,
      locationId: order.locationId,
      allocated: effect.allocationReleased.times(-sign),
    })),
    ...effects.outputs.map((effect) => ({
      productId: effect.line.productId,
      locationId: order.locationId,
      onOrder: effect.onOrderReleased.times(-sign),
    })),
  ]);
  await stock.apply(tx, actor);
  for (const effect of effects.components) {
    await tx.productionOrderComponent.update({
      where: { id: effect.component.id },
      data: {
        consumedQuantity: { increment: formatDecimal(effect.quantity.times(sign)) },
        allocatedQuantity: { decrement: formatDecimal(effect.allocationReleased.times(sign)) },
      },
    });
  }
  for (const effect of effects.outputs) {
    await tx.productionOrderLine.update({
      where: { id: effect.line.id },
      data: {
        producedQuantity: { increment: formatDecimal(effect.quantity.times(sign)) },
        scrappedQuantity: { increment: formatDecimal(effect.scrap.times(sign)) },
      },
    });
  }
}

/** Records a report of `kind` with its lines and applies it; returns its id. */
export async function writeReport(
  tx: Tx,
  actor: Actor,
  order: LoadedOrder,
  kind: ProductionReportKind,
  effects: ReportEffects,
  details: { employeeId?: number | null; at?: Date; note?: string | null } = {},
): Promise<number> {
  const report = await tx.productionReport.create({
    data: {
      orderId: order.id,
      kind,
      employeeId: details.employeeId ?? null,
      note: details.note ?? null,
      ...(details.at ? { at: details.at } : {}),
      createdById: actor?.apiKeyId ?? null,
      lines: {
        create: [
          ...effects.components.map((effect) => ({
            componentId: effect.component.id,
            productId: effect.component.productId,
            quantity: formatDecimal(effect.quantity),
            allocationReleased: formatDecimal(effect.allocationReleased),
          })),
          ...effects.outputs.map((effect) => ({
            orderLineId: effect.line.id,
            productId: effect.line.productId,
            quantity: formatDecimal(effect.quantity),
            scrapQuantity: formatDecimal(effect.scrap),
            onOrderReleased: formatDecimal(effect.onOrderReleased),
          })),
        ],
      },
    },
  });
  await applyEffects(tx, actor, order, report.id, effects, 1);
  return report.id;
}

/**
 * Applies a report's effects backwards and marks it undone. Consumption, allocation and output are its recorded
 * figures; the on order given back is what the line's output no longer covers once the report's good units are
 * taken off, since on order is always what is not produced yet. That is what the report released, unless a
 * later report's output went past the quantity: its units then cover part of what this one released.
 */
export async function reverseReport(tx: Tx, actor: Actor, order: LoadedOrder, reportId: number) {
  const lines = await tx.productionReportLine.findMany({ where: { reportId }, orderBy: { id: "asc" } });
  const effects: ReportEffects = { components: [], outputs: [] };
  for (const line of lines) {
    if (line.componentId !== null) {
      effects.components.push({
        component: { id: line.componentId, productId: line.productId },
        quantity: dec(line.quantity),
        allocationReleased: dec(line.allocationReleased),
      });
    } else if (line.orderLineId !== null) {
      const orderLine = order.lines.find((candidate) => candidate.id === line.orderLineId);
      if (!orderLine) throw new Error(`Report ${reportId} names line ${line.orderLineId}, not of its order`);
      const without = dec(orderLine.producedQuantity).minus(dec(line.quantity));
      effects.outputs.push({
        line: orderLine,
        quantity: dec(line.quantity),
        scrap: dec(line.scrapQuantity),
        onOrderReleased: stillOnOrder({ quantity: orderLine.quantity, producedQuantity: without }).minus(
          stillOnOrder(orderLine),
        ),
      });
    }
  }
  await applyEffects(tx, actor, order, reportId, effects, -1);
  await tx.productionReport.update({ where: { id: reportId }, data: { undoneAt: new Date() } });
}

// ---------------------------------------------------------------- consuming (scan-to-consume)

export const productionOrderConsumeInput = z
  .object({
    expectedVersion,
    /** The product scanned: its component rows, in position order. */
    productId: ref.nullish(),
    /** One component row, when the operator picked it from the order. */
    componentId: ref.nullish(),
    quantity: decimal.positive,
    /** A product the order does not have as a component is consumed only when the operator says so. */
    unplanned: z.boolean().nullish(),
    note: optionalText(500),
    ...shopFloorFields,
  })
  .superRefine((data, context) => {
    if ((data.productId == null) === (data.componentId == null)) {
      context.addIssue({
        code: "custom",
        message: "or componentId is needed, not both",
        path: ["productId"],
      });
    }
  });

/** The component rows a consumption fills: the one named, or the product's rows (added when unplanned). */
async function consumedRows(
  tx: Tx,
  order: LoadedOrder,
  data: z.infer<typeof productionOrderConsumeInput>,
): Promise<ProductionOrderComponent[]> {
  if (data.componentId != null) {
    const row = order.components.find((component) => component.id === data.componentId);
    if (!row) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        `${productionOrderNumber(order.id)} has no component with this id`,
        ["input", "componentId"],
      );
    }
    return [row];
  }
  const productId = data.productId as number;
  const rows = order.components.filter((component) => component.productId === productId);
  if (rows.length > 0) return rows;
  if (!data.unplanned) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `is not a component of ${productionOrderNumber(order.id)}: send unplanned: true to consume it as an ` +
        "unplanned component",
      ["input", "productId"],
    );
  }
  await requireActive(tx.product, productId, "product", ["input", "productId"]);
  const [line] = order.lines;
  if (!line) throw new DomainError(ErrorCode.INVALID_INPUT, "The order has no lines", ["id"]);
  const added = await tx.productionOrderComponent.create({
    data: {
      orderId: order.id,
      lineId: line.id,
      position: order.components.length,
      productId,
      requiredQuantity: 0,
      unplanned: true,
    },
  });
  return [added];
}

/**
 * Consumes `quantity` of a component now, at the order's location, releasing its allocation as far as it goes.
 * A component row named by `componentId` takes it all. A product on several component rows fills each row's remaining requirement in position order, the rest going
 * to the last; beyond the requirement is allowed (variance). A product that is no component is refused unless
 * `unplanned`, which adds it to the order's first line as an unplanned component (required 0).
 */
export async function consumeForProductionOrder(tx: Tx, requester: Actor, orderId: number, input: unknown) {
  const data = parseInput(productionOrderConsumeInput, input);
  let order = await lockForShopFloor(tx, orderId, { ...data, verb: "consumed for" });
  const { employeeId, at, actor } = await whoAndWhen(tx, requester, order, data);
  const rows = await consumedRows(tx, order, data);
  const effects: ComponentEffect[] = [];
  let left = data.quantity;
  for (const [index, row] of rows.entries()) {
    const last = index === rows.length - 1;
    const open = Dec.max(ZERO, dec(row.requiredQuantity).minus(dec(row.consumedQuantity)));
    const take = last ? left : Dec.min(left, open);
    if (take.isZero()) continue;
    effects.push(consuming(row, take, ["input", "quantity"]));
    left = left.minus(take);
  }
  order = await startIfReleased(tx, actor, order);
  const reportId = await writeReport(
    tx,
    actor,
    order,
    "CONSUMPTION",
    { components: effects, outputs: [] },
    { employeeId, at, note: data.note },
  );
  return touchOrder(tx, actor, order, EventType.PRODUCTION_ORDER_CONSUMED, {
    reportId,
    productId: rows[0]?.productId,
    quantity: formatDecimal(data.quantity),
  });
}

// ---------------------------------------------------------------- reporting output

export const productionOrderReportOutputInput = z
  .object({
    expectedVersion,
    /** Needed when the order has several lines. */
    lineId: ref.nullish(),
    goodQuantity: decimal.nonNegative,
    scrapQuantity: decimal.nonNegative.nullish(),
    note: optionalText(500),
    ...shopFloorFields,
  })
  .superRefine((data, context) => {
    if (data.goodQuantity.isZero() && (data.scrapQuantity ?? ZERO).isZero()) {
      context.addIssue({
        code: "custom",
        message: "and scrapQuantity are both 0: nothing to report",
        path: ["goodQuantity"],
      });
    }
  });

/** The line a report is about: `lineId`, or the order's only line. */
function reportedLine(order: LoadedOrder, lineId: number | null | undefined) {
  if (lineId != null) {
    const line = order.lines.find((candidate) => candidate.id === lineId);
    if (!line) {
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        `${productionOrderNumber(order.id)} has no line with this id`,
        ["input", "lineId"],
      );
    }
    return line;
  }
  const [only, ...others] = order.lines;
  if (!only || others.length > 0) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `is needed: ${productionOrderNumber(order.id)} has ${order.lines.length} lines`,
      ["input", "lineId"],
    );
  }
  return only;
}

/**
 * Reports good units (added to stock now, taken off on order as far as they were on it) and scrap (made and thrown
 * away) of one line; the line's components are back-flushed up to what the units made so far call for, minus
 * what was already consumed (by scan or earlier reports). Good units beyond the quantity plus the over-production
 * tolerance are refused.
 */
export async function reportProductionOutput(tx: Tx, requester: Actor, orderId: number, input: unknown) {
  const data = parseInput(productionOrderReportOutputInput, input);
  let order = await lockForShopFloor(tx, orderId, { ...data, verb: "reported on" });
  const { employeeId, at, actor } = await whoAndWhen(tx, requester, order, data);
  const line = reportedLine(order, data.lineId);
  const good = data.goodQuantity;
  const scrap = data.scrapQuantity ?? ZERO;
  const { overProductionTolerancePercent } = await readSettings(tx);
  const limit = dec(line.quantity).times(dec(overProductionTolerancePercent).plus(100)).dividedBy(100);
  const produced = dec(line.producedQuantity).plus(good);
  if (produced.greaterThan(limit)) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `would bring the line to ${formatDecimal(produced)} good units; it makes ${formatDecimal(line.quantity)} ` +
        `and at most ${formatDecimal(limit)} with the over-production tolerance ` +
        `(${formatDecimal(overProductionTolerancePercent)}%)`,
      ["input", "goodQuantity"],
    );
  }
  const made = produced.plus(dec(line.scrappedQuantity)).plus(scrap);
  const components = order.components
    .filter((component) => component.lineId === line.id)
    .map((component) => {
      const owed = backflushTarget(component, line, made).minus(dec(component.consumedQuantity));
      return consuming(component, Dec.max(ZERO, owed));
    })
    .filter((effect) => !effect.quantity.isZero());
  order = await startIfReleased(tx, actor, order);
  const reportId = await writeReport(
    tx,
    actor,
    order,
    "OUTPUT",
    {
      components,
      outputs: [{ line, quantity: good, scrap, onOrderReleased: Dec.min(good, stillOnOrder(line)) }],
    },
    { employeeId, at, note: data.note },
  );
  return touchOrder(tx, actor, order, EventType.PRODUCTION_ORDER_OUTPUT_REPORTED, {
    reportId,
    lineId: line.id,
    goodQuantity: formatDecimal(good),
    scrapQuantity: formatDecimal(scrap),
  });
}

// ---------------------------------------------------------------- undoing a report

export const productionReportUndoInput = z.object({ expectedVersion });

/**
 * Reverses a consumption or output report exactly, while its order is worked on. A completion is undone with
 * the order (productionOrderUndo). `expectedVersion` is the order's.
 */
export async function undoProductionReport(tx: Tx, actor: Actor, reportId: number, input: unknown) {
  const data = parseInput(productionReportUndoInput, input ?? {});
  const report = await tx.productionReport.findUnique({ where: { id: reportId } });
  if (!report) throw new DomainError(ErrorCode.NOT_FOUND, "No production report with this id", ["id"]);
  if (report.kind === "COMPLETION") {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      "is a completion: undo the order instead (productionOrderUndo)",
      ["id"],
    );
  }
  const order = await lockForShopFloor(tx, report.orderId, { ...data, verb: "changed by undoing a report" });
  // Read again under the order's lock: a concurrent undo of the same report has committed by now.
  const locked = await tx.productionReport.findUniqueOrThrow({ where: { id: reportId } });
  if (locked.undoneAt) {
    throw new DomainError(
      ErrorCode.INVALID_STATUS,
      `was already undone at ${locked.undoneAt.toISOString()}`,
      ["id"],
    );
  }
  await reverseReport(tx, actor, order, reportId);
  return touchOrder(tx, actor, order, EventType.PRODUCTION_REPORT_UNDONE, { reportId, kind: locked.kind });
}

/** The order's reports that are not undone (an order with any cannot step back before IN_PROGRESS). */
export function liveReportCount(tx: Tx, orderId: number) {
  return tx.productionReport.count({ where: { orderId, undoneAt: null } });
}
