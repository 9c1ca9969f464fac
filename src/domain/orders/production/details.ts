import { z } from "zod";
import type { Tx } from "../../../db/database.ts";
import { requireActive, requireExisting } from "../../records.ts";
import { jsonObject, optionalText, ref, requiredText } from "../../validation.ts";

/**
 * An order's details: what describes it without changing what it makes or when (note, employee, customer,
 * layout, tags, attributes). Creation takes them, productionOrderUpdate changes them; their own module, so both
 * read the same rules whichever is loaded first.
 */

export const orderDetails = {
  note: optionalText(2000),
  employeeId: ref.nullish(),
  customerId: ref.nullish(),
  layout: optionalText(200),
  tags: z
    .array(requiredText(50))
    .max(20, "at most 20 tags")
    .nullish()
    .transform((tags) => [...new Set(tags ?? [])]),
  attributes: jsonObject.nullish().transform((attributes) => attributes ?? {}),
};

/** The employee and customer an order names are active, its sales order exists (absent ones are not checked). */
export async function requireReferences(
  tx: Tx,
  data: { employeeId?: number | null; customerId?: number | null; salesOrderId?: number | null },
) {
  if (data.employeeId) await requireActive(tx.employee, data.employeeId, "employee", ["input", "employeeId"]);
  if (data.customerId) await requireActive(tx.customer, data.customerId, "customer", ["input", "customerId"]);
  if (data.salesOrderId) {
    await requireExisting(tx.salesOrder, data.salesOrderId, "sales order", ["input", "salesOrderId"]);
  }
}
