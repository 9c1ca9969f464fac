import { availableOf } from "../../domain/inventory/ledger.ts";
import { MovementReason } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
import { ProductRef } from "../catalog/products.ts";
import { cacheId } from "../nodes.ts";

/** The stock ledger: stock levels per product and location, and the movements they sum. */

export const MovementReasonEnum = builder.enumType(MovementReason, {
  name: "MovementReason",
  description: "Why stock moved.",
});

/** The name of the API key that made a change (null for changes the system made). */
export const createdByName = {
  nullable: true,
  description: "Name of the API key that made it.",
  select: { createdBy: { select: { name: true } } },
  resolve: (row: { createdBy: { name: string } | null }) => row.createdBy?.name ?? null,
} as const;

/** The optional product and location filter of the stock queries, as a Prisma where (a page's and its count's). */
function byProductAndLocation(args: { productId?: number | null; locationId?: number | null }) {
  return {
    ...(args.productId ? { productId: args.productId } : {}),
    ...(args.locationId ? { locationId: args.locationId } : {}),
  };
}

export const StockLevelRef = builder.prismaObject("StockLevel", {
  description: "The stock of one product at one location, kept equal to the sum of its ledger movements.",
  fields: (t) => ({
    id: t.field({
      type: "ID",
      description: "Names the product and the location: the same level wherever it is read.",
      select: { productId: true, locationId: true },
      resolve: (level) => cacheId("StockLevel", `${level.productId}:${level.locationId}`),
    }),
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
    id: t.field({
      type: "ID",
      select: { id: true },
      resolve: (movement) => cacheId("StockMovement", movement.id),
    }),
    product: t.relation("product"),
    location: t.relation("location"),
    quantity: t.expose("quantity", { type: "Decimal", description: "Signed: positive adds stock." }),
    reason: t.expose("reason", { type: MovementReasonEnum }),
    adjustment: t.relation("adjustment", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdBy: t.string(createdByName),
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
    stockLevels: t.prismaConnection(
      {
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
        totalCount: (_parent, args, context) =>
          context.db.prisma.stockLevel.count({ where: byProductAndLocation(args) }),
      },
      { name: "StockLevelConnection" },
      { name: "StockLevelEdge" },
    ),
    stockMovements: t.prismaConnection(
      {
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
        totalCount: (_parent, args, context) =>
          context.db.prisma.stockMovement.count({ where: byProductAndLocation(args) }),
      },
      { name: "StockMovementConnection" },
      { name: "StockMovementEdge" },
    ),
  };
});
