import { Prisma } from "../../generated/prisma/client.ts";
import { BomKind, Replenishment } from "../../generated/prisma/enums.ts";

/**
 * Which BOM a product's replenishment uses. A product's explicit replenishment wins; without one it is
 * derived from its default BOMs: a production BOM -> PRODUCE, else an assembly BOM -> ASSEMBLE, else PURCHASE.
 * The BOM exploded for a product is its default BOM of the kind its replenishment names.
 *
 * The rule is written in the forms the places that apply it need: in TypeScript (below), as Prisma filters
 * (GraphQL reads that fold into one query) and as SQL (the recursive explosion and where-used, and the triggers
 * that keep Product.derivedReplenishment for list filters). The tests hold them to the same answers.
 */
export function deriveReplenishment(
  explicit: Replenishment | null,
  defaultKinds: Iterable<BomKind>,
): Replenishment {
  if (explicit) return explicit;
  const kinds = new Set(defaultKinds);
  if (kinds.has(BomKind.PRODUCTION)) return Replenishment.PRODUCE;
  if (kinds.has(BomKind.ASSEMBLY)) return Replenishment.ASSEMBLE;
  return Replenishment.PURCHASE;
}

/**
 * Products whose effective replenishment is `replenishment` (for list filters). The derived part reads
 * Product.derivedReplenishment, which triggers on BomDefault keep (migration product_derived_replenishment): a
 * filter on the default BOMs themselves is an EXISTS under an OR, which PostgreSQL runs as a hashed subplan
 * reading every default BOM however few products a page shows.
 */
export function productsReplenishedBy(replenishment: Replenishment): Prisma.ProductWhereInput {
  return { OR: [{ replenishment }, { replenishment: null, derivedReplenishment: replenishment }] };
}

/** The default BOM each product's replenishment uses: at most one BOM per product passes this filter. */
export const usedBomWhere = {
  archivedAt: null,
  defaultFor: { isNot: null },
  OR: [
    { kind: BomKind.PRODUCTION, product: { replenishment: Replenishment.PRODUCE } },
    { kind: BomKind.PRODUCTION, product: { replenishment: null } },
    { kind: BomKind.ASSEMBLY, product: { replenishment: Replenishment.ASSEMBLE } },
    {
      kind: BomKind.ASSEMBLY,
      product: { replenishment: null, defaultBoms: { none: { kind: BomKind.PRODUCTION } } },
    },
  ],
} satisfies Prisma.BomWhereInput;

/**
 * SQL for the id of the default BOM that the product aliased `c` explodes, or NULL: purchased, no default of
 * the kind its replenishment names, or (the explosion's own rule) an archived product. A default BOM is never
 * archived (archiving removes the default). PRODUCTION sorts before ASSEMBLY in the enum, so a derived
 * replenishment takes the production BOM first. It reads BomDefault's primary key only, so the plan stays an
 * index probe per node even before PostgreSQL has statistics (PGlite never gathers them on its own).
 */
export const usedBomIdOfC = Prisma.sql`(
  SELECT d."bomId"
  FROM "BomDefault" d
  WHERE d."productId" = c.id
    AND c."archivedAt" IS NULL
    AND CASE c.replenishment
      WHEN 'PRODUCE' THEN d.kind = 'PRODUCTION'
      WHEN 'ASSEMBLE' THEN d.kind = 'ASSEMBLY'
      WHEN 'PURCHASE' THEN false
      ELSE true
    END
  ORDER BY d.kind
  LIMIT 1
)`;
