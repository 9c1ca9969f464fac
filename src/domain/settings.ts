import { z } from "zod";
import type { Tx } from "../db/database.ts";
import type { Settings } from "../generated/prisma/client.ts";
import { QuantityPolicy } from "../generated/prisma/enums.ts";
import { formatDecimal } from "./decimal.ts";
import { parseInput } from "./errors.ts";
import { type Actor, EventType, recordEvent } from "./events.ts";
import { decimal } from "./validation.ts";

/** Instance-wide settings live in one row (id 1), made at bootstrap. */
const SETTINGS_ID = 1;

/** The settings (src/setup/bootstrap.ts makes the row, with the schema's defaults, before the server serves). */
export async function readSettings(tx: Tx): Promise<Settings> {
  return tx.settings.findUniqueOrThrow({ where: { id: SETTINGS_ID } });
}

/**
 * How far past its quantity an order's output and an operation's completed quantity may go, in percent: up to
 * doubling it, with the column's 4 decimals.
 */
export const MAX_OVER_PRODUCTION_TOLERANCE_PERCENT = 100;
const TOLERANCE_DECIMALS = 4;

/** Every field optional: absent leaves the setting as it is. */
export const settingsUpdateInput = z.object({
  allowNegativeStock: z.boolean().optional(),
  allowOverReceipt: z.boolean().optional(),
  /** null: authorizing a sales order creates no production orders. */
  salesOrderProductionStatus: z.enum(["DRAFT", "PLANNED", "RELEASED"]).nullable().optional(),
  /** Has a value (the schema's default); null is not a choice. */
  quantityPolicy: z.enum(QuantityPolicy).optional(),
  overProductionTolerancePercent: decimal.nonNegative
    .refine((value) => value.lte(MAX_OVER_PRODUCTION_TOLERANCE_PERCENT), {
      message: `must be at most ${MAX_OVER_PRODUCTION_TOLERANCE_PERCENT}`,
    })
    .refine((value) => value.decimalPlaces() <= TOLERANCE_DECIMALS, {
      message: `must have at most ${TOLERANCE_DECIMALS} decimals`,
    })
    .transform(formatDecimal)
    .optional(),
});

/** Changes settings (the API allows it to ADMIN only). Writes SETTINGS_UPDATED with the values before and after. */
export async function updateSettings(tx: Tx, actor: Actor, input: unknown): Promise<Settings> {
  const data = parseInput(settingsUpdateInput, input);
  const before = await readSettings(tx);
  const after = await tx.settings.upsert({
    where: { id: SETTINGS_ID },
    create: { ...data, id: SETTINGS_ID },
    update: data,
  });
  const changed = Object.fromEntries(
    (Object.keys(data) as (keyof typeof data)[])
      // By value: a decimal setting is a new object on every read.
      .filter((name) => String(before[name]) !== String(after[name]))
      .map((name) => [name, { before: asJson(before[name]), after: asJson(after[name]) }]),
  );
  if (Object.keys(changed).length > 0) {
    await recordEvent(tx, actor, {
      type: EventType.SETTINGS_UPDATED,
      entityType: "Settings",
      entityId: SETTINGS_ID,
      payload: { changed },
    });
  }
  return after;
}

/** A setting's value in an event: a decimal as its text, as the API shows it. */
function asJson<Value>(value: Value): Value | string {
  return typeof value === "object" && value !== null ? String(value) : value;
}
