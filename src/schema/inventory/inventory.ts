import { adjustStock, MAX_ADJUSTMENT_LINES } from "../../domain/inventory/adjustments.ts";
import { availableOf } from "../../domain/inventory/ledger.ts";
import { readSettings, updateSettings } from "../../domain/settings.ts";
import { AdjustmentType, MovementReason, QuantityPolicy } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
import { ProductRef } from "../catalog/products.ts";
import { payloadType, runAction } from "../payload.ts";

export const AdjustmentTypeEnum = builder.enumType(AdjustmentType, {
  name: "AdjustmentType",
  description:
    "COUNT: the quantity is the counted on hand; WASTE and DAMAGE: the quantity removed; OTHER: a signed change.",
});

export const MovementReasonEnum = builder.enumType(MovementReason, {
  name: "MovementReason",
  description: "Why stock moved.",
});

/** The name of the API key that made a change (null for changes the system made). */
const createdByName = {
  nullable: true,
  description: "Name of the API key that made it.",
  select: { createdBy: { select: { name: true } } },
  resolve: (row: { createdBy: { name: string } | null }) => row.createdBy?.name ?? null,
} as const;

/** The optional product and location filter of the stock queries, as a Prisma where. */
function byProductAndLocation(args: { productId?: number | null; locationId?: number | null }) {
  return {
    ...(args.productId ? { productId: args.productId } : {}),
    ...(args.locationId ? { locationId: args.locationId } : {}),
  };
}

export const StockLevelRef = builder.prismaObject("StockLevel", {
  description: "The stock of one product at one location, kept equal to the sum of its ledger movements.",
  fields: (t) => ({
    product: t.relation("product"),
    location: t.relation("location"),
    onHand: t.expose("onHand", { type: "Decimal" }),
    allocated: t.expose("allocated", { type: "Decimal", description: "Reserved by open orders." }),
    available: t.field({
      type: "Decimal",
      description: "On hand minus allocated; negative when more is reserved than is there.",
      select: { onHand: true, allocated: true },
      resolve: (level) => availableOf(level),
    }),
    onOrder: t.expose("onOrder", {
      type: "Decimal",
      description: "Open purchase quantity plus planned output of open production orders.",
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const StockMovementRef = builder.prismaObject("StockMovement", {
  description: "One row of the append-only stock ledger.",
  fields: (t) => ({
    id: t.field({ type: "ID", select: { id: true }, resolve: (movement) => String(movement.id) }),
    product: t.relation("product"),
    location: t.relation("location"),
    quantity: t.expose("quantity", { type: "Decimal", description: "Signed: positive adds stock." }),
    reason: t.expose("reason", { type: MovementReasonEnum }),
    adjustment: t.relation("adjustment", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdBy: t.string(createdByName),
  }),
});

export const InventoryAdjustmentRef = builder.prismaNode("InventoryAdjustment", {
  id: { field: "id" },
  nullable: true,
  authScopes: { authenticated: true },
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

const SalesOrderProductionStatusEnum = builder.enumType("SalesOrderProductionStatus", {
  values: ["DRAFT", "PLANNED", "RELEASED"] as const,
  description: "The status of production orders created by authorizing a sales order.",
});

const QuantityPolicyEnum = builder.enumType(QuantityPolicy, {
  name: "QuantityPolicy",
  description:
    "How much a nested order (and an order created from a sales order) makes. QUANTITY_REQUIRED: need - " +
    "available, never below 0. REQUIRED_PLUS_MIN_STOCK: for a product's first demand in an explosion, need + " +
    "min before reorder + reorder quantity - (available + on order); the plain shortfall for later demands. " +
    "SHORTAGE_ONLY: need - max(available, 0), so a negative availability is not made up for.",
});

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
  }),
});

builder.prismaObjectFields("Product", (t) => ({
  stockLevels: t.relation("stockLevels", {
    description: "The product's stock at every location it has been stocked at.",
    query: { orderBy: { locationId: "asc" } },
  }),
  stock: t.field({
    type: StockLevelRef,
    nullable: true,
    description: "The product's stock at one location; null when it has never been stocked there.",
    args: { locationId: t.arg.rowID({ for: LocationRef }) },
    select: (args, _context, nestedSelection) => ({
      stockLevels: nestedSelection({ where: { locationId: args.locationId }, take: 1 }),
    }),
    resolve: (product) => product.stockLevels[0] ?? null,
  }),
}));

builder.prismaObjectFields("Location", (t) => ({
  stockLevels: t.relation("stockLevels", {
    description:
      "Stock of every product stocked here. For large locations page through Query.stockLevels instead.",
    query: { orderBy: { productId: "asc" } },
  }),
}));

builder.queryFields((t) => {
  const filterArgs = {
    productId: t.arg.rowID({ for: ProductRef, required: false }),
    locationId: t.arg.rowID({ for: LocationRef, required: false }),
  };
  return {
    stockLevels: t.prismaConnection({
      type: "StockLevel",
      cursor: "productId_locationId",
      authScopes: { authenticated: true },
      description: "Stock levels by product, then location; filter by product and/or location.",
      args: filterArgs,
      resolve: (query, _root, args, context) =>
        context.db.prisma.stockLevel.findMany({
          ...query,
          where: byProductAndLocation(args),
          orderBy: [{ productId: "asc" }, { locationId: "asc" }],
        }),
    }),
    stockMovements: t.prismaConnection({
      type: "StockMovement",
      cursor: "id",
      authScopes: { authenticated: true },
      description: "The stock ledger, newest first; filter by product and/or location.",
      args: filterArgs,
      resolve: (query, _root, args, context) =>
        context.db.prisma.stockMovement.findMany({
          ...query,
          where: byProductAndLocation(args),
          orderBy: { id: "desc" },
        }),
    }),
    settings: t.prismaField({
      type: "Settings",
      authScopes: { authenticated: true },
      resolve: (_query, _root, _args, context) => readSettings(context.db.prisma),
    }),
  };
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
  }),
});

const StockAdjustPayload = payloadType("StockAdjustPayload", "adjustment", InventoryAdjustmentRef);
const SettingsUpdatePayload = payloadType("SettingsUpdatePayload", "settings", SettingsRef);

builder.mutationFields((t) => ({
  stockAdjust: t.field({
    type: StockAdjustPayload,
    authScopes: { permission: "INVENTORY_ADJUST" },
    description: "Counts, waste, damage or other corrections; all lines are applied or none.",
    args: { input: t.arg({ type: StockAdjustInput }) },
    resolve: (_root, { input }, context) =>
      runAction(context, (tx) => adjustStock(tx, context.viewer, input)),
  }),
  settingsUpdate: t.field({
    type: SettingsUpdatePayload,
    authScopes: { permission: "ADMIN" },
    args: { input: t.arg({ type: SettingsUpdateInput }) },
    resolve: (_root, { input }, context) =>
      runAction(context, (tx) => updateSettings(tx, context.viewer, input)),
  }),
}));
