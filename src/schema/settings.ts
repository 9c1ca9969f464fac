import { MAX_OVER_PRODUCTION_TOLERANCE_PERCENT, readSettings, updateSettings } from "../domain/settings.ts";
import { QuantityPolicy } from "../generated/prisma/enums.ts";
import { builder } from "./builder.ts";
import { SalesOrderProductionStatusEnum } from "./orders/sales.ts";
import { inputAction, payloadType } from "./payload.ts";

/** The instance-wide settings. */

const QuantityPolicyEnum = builder.enumType(QuantityPolicy, {
  name: "QuantityPolicy",
  description:
    "How much a nested order (and an order created from a sales order) makes. QUANTITY_REQUIRED: need - " +
    "available, never below 0. REQUIRED_PLUS_MIN_STOCK: for a product's first demand in an explosion, need + " +
    "min before reorder + reorder quantity - (available + on order); the plain shortfall for later demands. " +
    "SHORTAGE_ONLY: need - max(available, 0), so a negative availability is not made up for.",
});

const OVER_PRODUCTION_TOLERANCE =
  "How far past its line's quantity an operation's completed quantity (and an order's reported output) may go, " +
  "in percent of the quantity: 0 allows exactly the quantity, 10 allows 110%.";

export const SettingsRef = builder.prismaObject("Settings", {
  description: "Instance-wide settings.",
  fields: (t) => ({
    allowNegativeStock: t.exposeBoolean("allowNegativeStock", {
      description: "When true, stock may be taken out below zero on hand; otherwise that is refused.",
    }),
    allowOverReceipt: t.exposeBoolean("allowOverReceipt", {
      description:
        "When true, a purchase order line may receive more than was ordered; otherwise that is refused.",
    }),
    salesOrderProductionStatus: t.field({
      type: SalesOrderProductionStatusEnum,
      nullable: true,
      description:
        "Authorizing a sales order creates production orders for its produced lines, in this status; null: none.",
      select: { salesOrderProductionStatus: true },
      resolve: (settings) => settings.salesOrderProductionStatus as "DRAFT" | "PLANNED" | "RELEASED" | null,
    }),
    quantityPolicy: t.expose("quantityPolicy", { type: QuantityPolicyEnum }),
    overProductionTolerancePercent: t.expose("overProductionTolerancePercent", {
      type: "Decimal",
      description: OVER_PRODUCTION_TOLERANCE,
    }),
  }),
});

builder.queryFields((t) => ({
  settings: t.prismaField({
    type: "Settings",
    authScopes: { authenticated: true },
    resolve: (_query, _root, _args, context) => readSettings(context.db.prisma),
  }),
}));

const SettingsUpdateInput = builder.inputType("SettingsUpdateInput", {
  description: "Only the fields given change.",
  fields: (t) => ({
    allowNegativeStock: t.boolean({ required: false }),
    allowOverReceipt: t.boolean({ required: false }),
    salesOrderProductionStatus: t.field({
      type: SalesOrderProductionStatusEnum,
      required: false,
      description: "null: authorizing a sales order creates no production orders.",
    }),
    quantityPolicy: t.field({ type: QuantityPolicyEnum, required: false }),
    overProductionTolerancePercent: t.field({
      type: "Decimal",
      required: false,
      description: `0 to ${MAX_OVER_PRODUCTION_TOLERANCE_PERCENT}, at most 4 decimals.`,
    }),
  }),
});

const SettingsUpdatePayload = payloadType("SettingsUpdatePayload", "settings", SettingsRef);

builder.mutationFields((t) => ({
  settingsUpdate: inputAction(t, {
    payload: SettingsUpdatePayload,
    permission: "ADMIN",
    input: SettingsUpdateInput,
    run: updateSettings,
  }),
}));
