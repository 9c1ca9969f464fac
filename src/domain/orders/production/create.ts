import { z } from "zod";
import type { Tx } from "../../../db/database.ts";
import { LocationKind } from "../../../generated/prisma/enums.ts";
import { bomComponentLines } from "../../bom/explosion.ts";
import { Ratio } from "../../bom/ratio.ts";
import { type Dec, decimalProblem, formatDecimal } from "../../decimal.ts";
import { DomainError, ErrorCode, parseInput, type UserError } from "../../errors.ts";
import type { Actor } from "../../events.ts";
import { requireActive } from "../../records.ts";
import { decimal, optionalDate, ref } from "../../validation.ts";
import { orderLines, recordCreated } from "../common.ts";
import { orderDetails, requireReferences } from "./details.ts";
import { snapshotOperations } from "./operations.ts";
import { DRAFT, PLANNED, PRODUCTION_ORDER, RELEASED } from "./order.ts";
import { authorizeProductionOrder, releaseProductionOrder } from "./transitions.ts";

/**
 * Creating a production order: a snapshot of what to make (lines), what it takes (components) and the work it
 * needs (operations).
 */

const orderHeader = {
  ...orderDetails,
  locationId: ref,
  startDate: optionalDate,
  expectedDate: optionalDate,
  requiredByDate: optionalDate,
  salesOrderId: ref.nullish(),
  /** Creating in a later status runs the same transitions as authorizing (and releasing) afterwards. */
  status: z.enum([DRAFT, PLANNED, RELEASED]).nullish(),
};

export const productionOrderCreateInput = z.object({
  ...orderHeader,
  lines: orderLines(z.object({ bomId: ref, quantity: decimal.positive })),
});

export const productionOrderFromBomInput = z.object({
  ...orderHeader,
  bomId: ref,
  quantity: decimal.positive,
});

/**
 * Creates a production order at an active shop floor, with a component snapshot per line: the BOM's
 * components (phantoms exploded) x line quantity / output quantity, rounded up to 6 decimals once, here; and its
 * operations, the lines' BOM operations (operations.ts). `status` PLANNED or RELEASED then authorizes (and releases) it in the same transaction.
 */
export async function createProductionOrder(tx: Tx, actor: Actor, input: unknown) {
  const data = parseInput(productionOrderCreateInput, input);
  const location = await requireActive(tx.location, data.locationId, "location", ["input", "locationId"]);
  if (location.kind !== LocationKind.SHOP_FLOOR) {
    throw new DomainError(
      ErrorCode.WRONG_LOCATION_KIND,
      `"${location.name}" is a ${location.kind}; production orders are made at a shop floor`,
      ["input", "locationId"],
    );
  }
  await requireReferences(tx, data);
  const lines = await snapshotLines(tx, data.lines);

  const { status, lines: _lines, ...header } = data;
  const order = await tx.productionOrder.create({ data: { ...header, status: DRAFT } });
  let position = 0;
  const createdLines = [];
  for (const [index, line] of lines.entries()) {
    const created = await tx.productionOrderLine.create({
      data: {
        orderId: order.id,
        position: index,
        bomId: line.bomId,
        productId: line.productId,
        quantity: formatDecimal(line.quantity),
      },
    });
    await tx.productionOrderComponent.createMany({
      data: line.components.map((component) => ({
        orderId: order.id,
        lineId: created.id,
        position: position++,
        productId: component.productId,
        requiredQuantity: formatDecimal(component.quantity),
      })),
    });
    createdLines.push(created);
  }
  await snapshotOperations(tx, [{ id: order.id, startDate: order.startDate, lines: createdLines }]);
  await recordCreated(tx, actor, PRODUCTION_ORDER, order, { lines: lines.length, version: order.version });
  if (status === PLANNED || status === RELEASED) await authorizeProductionOrder(tx, actor, order.id);
  if (status === RELEASED) return (await releaseProductionOrder(tx, actor, order.id)).order;
  return tx.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
}

/** The same order from one BOM; errors name `input.bomId` / `input.quantity` as this input does. */
export async function createProductionOrderFromBom(tx: Tx, actor: Actor, input: unknown) {
  const { bomId, quantity, ...header } = parseInput(productionOrderFromBomInput, input);
  try {
    return await createProductionOrder(tx, actor, { ...header, lines: [{ bomId, quantity }] });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError(
      error.errors.map((problem) => ({
        ...problem,
        field: problem.field?.[1] === "lines" ? ["input", ...problem.field.slice(3)] : problem.field,
      })),
    );
  }
}

interface LineSnapshot {
  bomId: number;
  productId: number;
  quantity: Dec;
  components: { productId: number; quantity: Dec }[];
}

/** Checks every line's BOM and explodes it (phantoms only, as a run consumes) into its component snapshot. */
async function snapshotLines(tx: Tx, lines: { bomId: number; quantity: Dec }[]): Promise<LineSnapshot[]> {
  const snapshots: LineSnapshot[] = [];
  const errors: UserError[] = [];
  for (const [index, line] of lines.entries()) {
    const field = ["input", "lines", String(index)];
    const bom = await requireActive(tx.bom, line.bomId, "BOM", [...field, "bomId"]);
    if (bom.autoAssemble) {
      throw new DomainError(
        ErrorCode.INVALID_INPUT,
        "A phantom BOM is never made on its own: it is exploded into the BOMs that use its product",
        [...field, "bomId"],
      );
    }
    await requireActive(tx.product, bom.productId, "product", [...field, "bomId"]);
    const components = ((await bomComponentLines(tx, [bom.id])).get(bom.id) ?? []).map((component) => ({
      productId: component.product.id,
      quantity: component.perUnit.times(Ratio.of(line.quantity)).roundedUp(),
    }));
    for (const component of components) {
      const problem = decimalProblem(formatDecimal(component.quantity));
      if (problem) {
        errors.push({
          code: ErrorCode.INVALID_INPUT,
          message: `is too large: a component would need ${problem}`,
          field: [...field, "quantity"],
        });
      }
    }
    snapshots.push({ bomId: bom.id, productId: bom.productId, quantity: line.quantity, components });
  }
  if (errors.length > 0) throw new DomainError(errors);
  return snapshots;
}
