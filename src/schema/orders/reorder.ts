import { GraphQLError } from "graphql";
import {
  applyReorderSuggestions,
  PermissionDenied,
  type ReorderApplied,
  type ReorderSuggestion,
  ReorderType,
  reorderSuggestions,
} from "../../domain/orders/reorder.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
import { ProductRef } from "../catalog/products.ts";
import { type Payload, runAction, runRead, UserErrorRef } from "../payload.ts";
import { ProductionOrderRef } from "./production/order.ts";
import { PurchaseOrderRef } from "./purchasing.ts";

const ReorderTypeEnum = builder.enumType(ReorderType, {
  name: "ReorderType",
  description:
    "PRODUCTION: made by a production order (replenishment PRODUCE or ASSEMBLE); PURCHASE: bought.",
});

const ReorderSuggestionRef = builder.objectRef<ReorderSuggestion>("ReorderSuggestion").implement({
  description: "A product whose available + on order is below its min-before-reorder.",
  fields: (t) => ({
    product: t.field({ type: ProductRef, resolve: (suggestion) => suggestion.product }),
    type: t.field({ type: ReorderTypeEnum, resolve: (suggestion) => suggestion.type }),
    available: t.field({ type: "Decimal", resolve: (suggestion) => suggestion.available }),
    onOrder: t.field({ type: "Decimal", resolve: (suggestion) => suggestion.onOrder }),
    minBeforeReorder: t.field({
      type: "Decimal",
      resolve: (suggestion) => suggestion.product.minBeforeReorder,
    }),
    reorderQuantity: t.field({
      type: "Decimal",
      resolve: (suggestion) => suggestion.product.reorderQuantity,
    }),
    suggestedQuantity: t.field({
      type: "Decimal",
      description: "min-before-reorder + reorder quantity - (available + on order).",
      resolve: (suggestion) => suggestion.suggestedQuantity,
    }),
  }),
});

const ReorderSuggestionsApplyPayload = builder
  .objectRef<Payload<ReorderApplied>>("ReorderSuggestionsApplyPayload")
  .implement({
    fields: (t) => ({
      productionOrders: t.field({
        type: [ProductionOrderRef],
        description: "One DRAFT production order per PRODUCTION suggestion.",
        resolve: (payload) => payload.result?.productionOrders ?? [],
      }),
      purchaseOrders: t.field({
        type: [PurchaseOrderRef],
        description: "One DRAFT purchase order per primary supplier of the PURCHASE suggestions.",
        resolve: (payload) => payload.result?.purchaseOrders ?? [],
      }),
      productsWithoutSupplier: t.field({
        type: [ProductRef],
        description: "PURCHASE suggestions that were not ordered: no active primary supplier.",
        resolve: (payload) => payload.result?.withoutSupplier ?? [],
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });

builder.queryFields((t) => ({
  reorderSuggestions: t.field({
    type: [ReorderSuggestionRef],
    authScopes: { permission: "PURCHASING" },
    description:
      "Products (min-before-reorder > 0) whose available + on order, summed over all locations or at " +
      "`locationId`, is below their min-before-reorder; by SKU.",
    args: { locationId: t.arg.rowID({ for: LocationRef, required: false }) },
    resolve: (_root, args, context) => runRead(() => reorderSuggestions(context.db.prisma, args)),
  }),
}));

builder.mutationFields((t) => ({
  reorderSuggestionsApply: t.field({
    type: ReorderSuggestionsApplyPayload,
    // Either permission lets the call in; the kinds selected decide which are needed (checked in the domain).
    authScopes: (_root, _args, context) =>
      context.viewer.can("PRODUCTION_FULFILL") ? { authenticated: true } : { permission: "PURCHASING" },
    description:
      "Turns suggestions into DRAFT orders for their suggested quantities: production orders at `locationId` " +
      "when it is a shop floor, else at its first connected shop floor, each with its nested orders, all DRAFT " +
      "until the order is authorized (needs PRODUCTION_FULFILL); purchase " +
      "orders, one per primary supplier, received at `locationId` (needs PURCHASING).",
    args: {
      productIds: t.arg.rowIDList({ for: ProductRef }),
      locationId: t.arg.rowID({ for: LocationRef }),
      allLocations: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Compute the suggestions over all locations (as reorderSuggestions without a location).",
      }),
    },
    resolve: async (_root, args, context) => {
      try {
        return await runAction(context, (tx, actor) =>
          applyReorderSuggestions(tx, actor, (permission) => context.viewer.can(permission), args),
        );
      } catch (error) {
        if (!(error instanceof PermissionDenied)) throw error;
        throw new GraphQLError(`Not allowed to use Mutation.reorderSuggestionsApply: ${error.message}`, {
          extensions: { code: "FORBIDDEN" },
        });
      }
    },
  }),
}));
