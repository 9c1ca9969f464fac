import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import { Prisma, type Product, type ProductionOrder } from "../../generated/prisma/client.ts";
import { type BomKind, Permission, Replenishment } from "../../generated/prisma/enums.ts";
import { deriveReplenishment, usedBomWhere } from "../bom/replenishment.ts";
import { type Dec, dec } from "../decimal.ts";
import { DomainError, ErrorCode, parseInput, type UserError } from "../errors.ts";
import type { Actor } from "../events.ts";
import { requireActive, requireExisting } from "../records.ts";
import { ref } from "../validation.ts";
import { MAX_ORDER_LINES, productionFloorFor } from "./common.ts";
import { createProductionOrder } from "./production/create.ts";
import { loadProductionOrder } from "./production/order.ts";
import { draftOrderTree } from "./production/tree/index.ts";
import { type PurchasesBySupplier, purchaseFromPrimarySuppliers } from "./purchasing.ts";

export const ReorderType = { PRODUCTION: "PRODUCTION", PURCHASE: "PURCHASE" } as const;
export type ReorderType = (typeof ReorderType)[keyof typeof ReorderType];

export interface ReorderSuggestion {
  product: Product;
  type: ReorderType;
  /** On hand - allocated, over the scope. */
  available: Dec;
  onOrder: Dec;
  /** min-before-reorder + reorder quantity - (available + on order). */
  suggestedQuantity: Dec;
  /** For PRODUCTION: the default BOM its replenishment uses (null: it has none, so it cannot be produced). */
  bomId: number | null;
}

export const reorderSuggestionsInput = z.object({ locationId: ref.nullish() });

/**
 * Products whose available + on order is below their min-before-reorder, summed over all locations or at
 * one location; products with a zero minimum are not managed by reorder points and never suggested. Type
 * PRODUCTION when the effective replenishment is PRODUCE or ASSEMBLE, else PURCHASE. By SKU.
 */
export async function reorderSuggestions(tx: Tx, input: unknown = {}): Promise<ReorderSuggestion[]> {
  const data = parseInput(reorderSuggestionsInput, input, []);
  if (data.locationId) await requireExisting(tx.location, data.locationId, "location", ["locationId"]);
  return suggestionsAt(tx, data.locationId ?? null);
}

async function suggestionsAt(tx: Tx, locationId: number | null): Promise<ReorderSuggestion[]> {
  const atLocation = locationId === null ? Prisma.empty : Prisma.sql`AND s."locationId" = ${locationId}`;
  const positions = await tx.$queryRaw<{ id: number; available: Prisma.Decimal; onOrder: Prisma.Decimal }[]>`
    SELECT p.id,
      COALESCE(SUM(s."onHand" - s.allocated), 0) AS available,
      COALESCE(SUM(s."onOrder"), 0) AS "onOrder"
    FROM "Product" p LEFT JOIN "StockLevel" s ON s."productId" = p.id ${atLocation}
    WHERE p."archivedAt" IS NULL AND p."minBeforeReorder" > 0
    GROUP BY p.id
    HAVING COALESCE(SUM(s."onHand" - s.allocated + s."onOrder"), 0) < p."minBeforeReorder"`;
  if (positions.length === 0) return [];
  const products = await tx.product.findMany({
    where: { id: { in: positions.map((row) => row.id) } },
    include: {
      defaultBoms: { select: { kind: true } },
      boms: { where: { ...usedBomWhere, autoAssemble: false }, select: { id: true }, take: 1 },
    },
    orderBy: { sku: "asc" },
  });
  const positionOf = new Map(positions.map((row) => [row.id, row]));
  return products.map(({ defaultBoms, boms, ...product }) => {
    const position = positionOf.get(product.id) as (typeof positions)[number];
    const available = dec(position.available);
    const onOrder = dec(position.onOrder);
    const replenishment = deriveReplenishment(
      product.replenishment,
      defaultBoms.map((bomDefault): BomKind => bomDefault.kind),
    );
    const purchased = replenishment === Replenishment.PURCHASE;
    return {
      product,
      type: purchased ? ReorderType.PURCHASE : ReorderType.PRODUCTION,
      available,
      onOrder,
      suggestedQuantity: dec(product.minBeforeReorder)
        .plus(dec(product.reorderQuantity))
        .minus(available.plus(onOrder)),
      bomId: purchased ? null : (boms[0]?.id ?? null),
    };
  });
}

/** Thrown when the caller may not create one kind of the selected orders; the API reports it as FORBIDDEN. */
export class PermissionDenied extends Error {
  constructor(readonly permission: Permission) {
    super(`needs the ${permission} permission`);
  }
}

export const reorderApplyInput = z.object({
  productIds: z
    .array(ref)
    .min(1, "must name at least one product")
    .max(MAX_ORDER_LINES, `must name at most ${MAX_ORDER_LINES} products`),
  locationId: ref,
  allLocations: z.boolean().nullish(),
});

export interface ReorderApplied extends PurchasesBySupplier {
  productionOrders: ProductionOrder[];
}

/**
 * Turns the selected suggestions into DRAFT orders for their suggested quantities: PRODUCTION ones into one
 * production order each, at `locationId` when it is a shop floor, else at the first active shop floor connected
 * to it (needs PRODUCTION_FULFILL); PURCHASE ones into one purchase order per primary supplier, received at
 * `locationId` (needs PURCHASING). Suggestions are recomputed at `locationId`, or over all locations with
 * `allLocations`, as `reorderSuggestions` shows them; a product that is no longer below its minimum is refused.
 */
export async function applyReorderSuggestions(
  tx: Tx,
  actor: Actor,
  can: (permission: Permission) => boolean,
  input: unknown,
): Promise<ReorderApplied> {
  const data = parseInput(reorderApplyInput, input, []);
  const location = await requireActive(tx.location, data.locationId, "location", ["locationId"]);
  const suggestions = new Map(
    (await suggestionsAt(tx, data.allLocations ? null : location.id)).map((s) => [s.product.id, s]),
  );
  const errors: UserError[] = [];
  const selected: ReorderSuggestion[] = [];
  for (const [index, productId] of data.productIds.entries()) {
    const suggestion = suggestions.get(productId);
    const field = ["productIds", String(index)];
    if (!suggestion) {
      errors.push({ code: ErrorCode.INVALID_INPUT, message: "has no reorder suggestion here", field });
    } else if (suggestion.type === ReorderType.PRODUCTION && suggestion.bomId === null) {
      errors.push({
        code: ErrorCode.INVALID_INPUT,
        message: `"${suggestion.product.sku}" is produced but has no default BOM to produce it with`,
        field,
      });
    } else if (!selected.includes(suggestion)) selected.push(suggestion);
  }
  if (errors.length > 0) throw new DomainError(errors);

  const production = selected.filter((suggestion) => suggestion.type === ReorderType.PRODUCTION);
  const purchases = selected.filter((suggestion) => suggestion.type === ReorderType.PURCHASE);
  if (production.length > 0 && !can(Permission.PRODUCTION_FULFILL)) {
    throw new PermissionDenied(Permission.PRODUCTION_FULFILL);
  }
  if (purchases.length > 0 && !can(Permission.PURCHASING)) throw new PermissionDenied(Permission.PURCHASING);

  const productionOrders: ProductionOrder[] = [];
  if (production.length > 0) {
    const floor = await productionFloorFor(tx, location);
    if (!floor) {
      throw new DomainError(
        ErrorCode.WRONG_LOCATION_KIND,
        `"${location.name}" is not a shop floor and no active shop floor is connected to it`,
        ["locationId"],
      );
    }
    for (const suggestion of production) {
      const order = await createProductionOrder(tx, actor, {
        locationId: floor.id,
        lines: [{ bomId: suggestion.bomId, quantity: suggestion.suggestedQuantity }],
        status: "DRAFT",
      });
      // The whole tree, DRAFT like the order: a planner sees what the suggestion means before authorizing it.
      await draftOrderTree(tx, actor, await loadProductionOrder(tx, order.id));
      // Planning dated the order: return it as it is now.
      productionOrders.push(await tx.productionOrder.findUniqueOrThrow({ where: { id: order.id } }));
    }
  }
  const purchased = await purchaseFromPrimarySuppliers(
    tx,
    actor,
    purchases.map((suggestion) => ({ product: suggestion.product, quantity: suggestion.suggestedQuantity })),
    { locationId: location.id },
  );
  return { productionOrders, ...purchased };
}
