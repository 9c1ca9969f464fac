import { adjustStock, MAX_ADJUSTMENT_LINES } from "../../domain/inventory/adjustments.ts";
import { AdjustmentType } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
import { ProductRef } from "../catalog/products.ts";
import { nodeOptions } from "../nodes.ts";
import { inputAction, payloadType } from "../payload.ts";
import { createdByName } from "./ledger.ts";

/** Stock counts, waste, damage and other corrections. */

export const AdjustmentTypeEnum = builder.enumType(AdjustmentType, {
  name: "AdjustmentType",
  description:
    "COUNT: the quantity is the counted on hand; WASTE and DAMAGE: the quantity removed; OTHER: a signed change.",
});

export const InventoryAdjustmentRef = builder.prismaNode("InventoryAdjustment", {
  ...nodeOptions,
  description: "A stock count, waste, damage or other correction, made of ledger movements.",
  fields: (t) => ({
    type: t.expose("type", { type: AdjustmentTypeEnum }),
    note: t.exposeString("note", { nullable: true }),
    movements: t.relation("movements", {
      description: "Empty for a count that matched on hand.",
      query: { orderBy: { id: "asc" } },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdBy: t.string(createdByName),
  }),
});

const StockAdjustLineInput = builder.inputType("StockAdjustLineInput", {
  fields: (t) => ({
    productId: t.rowID({ for: ProductRef }),
    locationId: t.rowID({ for: LocationRef }),
    quantity: t.field({
      type: "Decimal",
      description:
        "COUNT: counted on hand (>= 0); WASTE, DAMAGE: removed (> 0); OTHER: signed change (not 0).",
    }),
  }),
});

const StockAdjustInput = builder.inputType("StockAdjustInput", {
  fields: (t) => ({
    type: t.field({ type: AdjustmentTypeEnum }),
    note: t.string({ required: false, description: "At most 1000 characters." }),
    lines: t.field({
      type: [StockAdjustLineInput],
      description: `1 to ${MAX_ADJUSTMENT_LINES} lines, at most one per product and location.`,
    }),
  }),
});

const StockAdjustPayload = payloadType("StockAdjustPayload", "adjustment", InventoryAdjustmentRef);

builder.mutationFields((t) => ({
  stockAdjust: inputAction(t, {
    payload: StockAdjustPayload,
    permission: "INVENTORY_ADJUST",
    description: "Counts, waste, damage or other corrections; all lines are applied or none.",
    input: StockAdjustInput,
    run: adjustStock,
  }),
}));
