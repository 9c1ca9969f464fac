import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import { AdjustmentType, MovementReason } from "../../generated/prisma/enums.ts";
import { type Dec, formatDecimal, ZERO } from "../decimal.ts";
import { DomainError, parseInput, type UserError } from "../errors.ts";
import { type Actor, EventType, recordEvent } from "../events.ts";
import { requireAllActive } from "../records.ts";
import { decimal, optionalText, ref } from "../validation.ts";
import { lockStockLevels, type MovementInput, postMovements, stockKey } from "./ledger.ts";

export const MAX_ADJUSTMENT_LINES = 200;

/** What a line's quantity means, and the rule it must meet, per adjustment type. */
const QUANTITY_RULES: Record<AdjustmentType, z.ZodType<Dec>> = {
  // The counted on hand; the movement is the difference.
  COUNT: decimal.nonNegative,
  // How much was thrown away or damaged; removed from stock.
  WASTE: decimal.positive,
  DAMAGE: decimal.positive,
  // A signed change.
  OTHER: decimal.nonZero,
};

const adjustmentLine = z.object({ productId: ref, locationId: ref, quantity: decimal.any });

export const stockAdjustInput = z
  .object({
    type: z.enum(AdjustmentType),
    note: optionalText(1000),
    /** Waste during production counts against this order; the caller checks that it may. */
    productionOrderId: ref.nullish(),
    lines: z
      .array(adjustmentLine)
      .min(1, "must have at least one line")
      .max(MAX_ADJUSTMENT_LINES, `must have at most ${MAX_ADJUSTMENT_LINES} lines`),
  })
  .superRefine((data, context) => {
    const rule = QUANTITY_RULES[data.type];
    const firstLineOf = new Map<string, number>();
    data.lines.forEach((line, index) => {
      const checked = rule.safeParse(line.quantity);
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          context.addIssue({ code: "custom", message: issue.message, path: ["lines", index, "quantity"] });
        }
      }
      const key = stockKey(line.productId, line.locationId);
      const first = firstLineOf.get(key);
      if (first === undefined) firstLineOf.set(key, index);
      else {
        context.addIssue({
          code: "custom",
          message: `repeats the product and location of line ${first}; one line per product and location`,
          path: ["lines", index],
        });
      }
    });
  });

export type StockAdjustInput = z.output<typeof stockAdjustInput>;

/**
 * Records an inventory adjustment (a count, waste, damage or another correction) and its ledger movements, in
 * the caller's transaction. All-or-nothing: any error leaves nothing written.
 */
export async function adjustStock(tx: Tx, actor: Actor, input: unknown) {
  const data = parseInput(stockAdjustInput, input);
  await requireActiveLines(tx, data.lines);

  const adjustment = await tx.inventoryAdjustment.create({
    data: {
      type: data.type,
      note: data.note,
      productionOrderId: data.productionOrderId ?? null,
      createdById: actor?.apiKeyId ?? null,
    },
  });
  const changes = await movementChanges(tx, data);
  const movements: MovementInput[] = [];
  data.lines.forEach((line, index) => {
    const quantity = changes[index] ?? ZERO;
    if (quantity.isZero()) return;
    movements.push({
      productId: line.productId,
      locationId: line.locationId,
      quantity,
      reason: MovementReason.ADJUSTMENT,
      adjustmentId: adjustment.id,
      field: ["input", "lines", String(index), "quantity"],
    });
  });
  await postMovements(tx, actor, movements);
  await recordEvent(tx, actor, {
    type: EventType.INVENTORY_ADJUSTED,
    entityType: "InventoryAdjustment",
    entityId: adjustment.id,
    payload: {
      type: data.type,
      lines: data.lines.map((line) => ({
        productId: line.productId,
        locationId: line.locationId,
        quantity: formatDecimal(line.quantity),
      })),
    },
  });
  return adjustment;
}

/** The signed ledger change of each line. A count is compared with on hand under lock, so it cannot race. */
async function movementChanges(tx: Tx, data: StockAdjustInput): Promise<Dec[]> {
  switch (data.type) {
    case AdjustmentType.WASTE:
    case AdjustmentType.DAMAGE:
      return data.lines.map((line) => line.quantity.negated());
    case AdjustmentType.OTHER:
      return data.lines.map((line) => line.quantity);
    case AdjustmentType.COUNT: {
      const levels = await lockStockLevels(tx, data.lines);
      return data.lines.map((line) =>
        line.quantity.minus(levels.get(stockKey(line.productId, line.locationId))?.onHand ?? ZERO),
      );
    }
  }
}

/** Every line's product and location must exist and be active; all bad lines are reported at once. */
async function requireActiveLines(tx: Tx, lines: StockAdjustInput["lines"]) {
  const references = (pick: (line: (typeof lines)[number]) => number, name: string) =>
    lines.map((line, index) => ({ id: pick(line), field: ["input", "lines", index, name] }));
  const errors = [
    ...(await userErrorsOf(
      requireAllActive(
        tx.product,
        references((line) => line.productId, "productId"),
        "product",
      ),
    )),
    ...(await userErrorsOf(
      requireAllActive(
        tx.location,
        references((line) => line.locationId, "locationId"),
        "location",
      ),
    )),
  ];
  if (errors.length > 0) throw new DomainError(errors);
}

async function userErrorsOf(check: Promise<unknown>): Promise<UserError[]> {
  try {
    await check;
    return [];
  } catch (error) {
    if (error instanceof DomainError) return error.errors;
    throw error;
  }
}
