import { z } from "zod";
import type { Tx } from "../db/database.ts";
import type { Settings } from "../generated/prisma/client.ts";
import { QuantityPolicy } from "../generated/prisma/enums.ts";
import { parseInput } from "./errors.ts";
import { type Actor, EventType, recordEvent } from "./events.ts";

/** Instance-wide settings live in one row (id 1), made at bootstrap. */
const SETTINGS_ID = 1;

/** The settings (src/setup/bootstrap.ts makes the row, with the schema's defaults, before the server serves). */
export async function readSettings(tx: Tx): Promise<Settings> {
  return tx.settings.findUniqueOrThrow({ where: { id: SETTINGS_ID } });
}

/** Every field optional: absent leaves the setting as it is. */
export const settingsUpdateInput = z.object({
  allowNegativeStock: z.boolean().optional(),
  allowOverReceipt: z.boolean().optional(),
  /** null: authorizing a sales order creates no production orders. */
  salesOrderProductionStatus: z.enum(["DRAFT", "PLANNED", "RELEASED"]).nullable().optional(),
  /** Has a value (the schema's default); null is not a choice. */
  quantityPolicy: z.enum(QuantityPolicy).optional(),
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
      .filter((name) => before[name] !== after[name])
      .map((name) => [name, { before: before[name], after: after[name] }]),
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
