import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import { Replenishment } from "../../generated/prisma/enums.ts";
import { DomainError, ErrorCode, parseInput } from "../errors.ts";
import { type Actor, EventType, recordEvent } from "../events.ts";
import { requireActive, requireExisting } from "../records.ts";
import { likeLiteral } from "../search.ts";
import { code, decimal, ref, requiredText, wholeNumber } from "../validation.ts";

const barcodes = z
  .array(code(64))
  .max(20, "at most 20 barcodes")
  .refine((list) => new Set(list).size === list.length, "lists the same barcode twice");

const productFields = {
  sku: code(64),
  name: requiredText(200),
  unit: requiredText(20),
  cost: decimal.nonNegative,
  leadTimeDays: wholeNumber(0, 3650),
  minBeforeReorder: decimal.nonNegative,
  reorderQuantity: decimal.nonNegative,
  primarySupplierId: ref.nullable(),
  replenishment: z.enum(Replenishment).nullable(),
  /** Nested orders for the product are split into orders of at most this quantity; null: no maximum. */
  maxBatchSize: decimal.positive.nullable(),
  barcodes,
};

export const productCreateInput = z.object({
  ...productFields,
  unit: productFields.unit.default("pcs"),
  cost: productFields.cost.optional(),
  leadTimeDays: productFields.leadTimeDays.optional(),
  minBeforeReorder: productFields.minBeforeReorder.optional(),
  reorderQuantity: productFields.reorderQuantity.optional(),
  primarySupplierId: productFields.primarySupplierId.optional(),
  replenishment: productFields.replenishment.optional(),
  maxBatchSize: productFields.maxBatchSize.optional(),
  barcodes: barcodes.default([]),
});

/** Every field optional: absent leaves the value as it is; null clears a nullable one. */
export const productUpdateInput = z.object(productFields).partial();

export async function createProduct(tx: Tx, actor: Actor, input: unknown) {
  const data = parseInput(productCreateInput, input);
  await assertSkuFree(tx, data.sku);
  await assertBarcodesFree(tx, data.barcodes, null);
  if (data.primarySupplierId) {
    await requireActive(tx.supplier, data.primarySupplierId, "supplier", ["input", "primarySupplierId"]);
  }
  const { barcodes: codes, ...fields } = data;
  const product = await tx.product.create({
    data: { ...fields, barcodes: { create: codes.map((barcode) => ({ code: barcode })) } },
  });
  await recordEvent(tx, actor, {
    type: EventType.PRODUCT_CREATED,
    entityType: "Product",
    entityId: product.id,
    payload: { sku: product.sku },
  });
  return product;
}

export async function updateProduct(tx: Tx, actor: Actor, productId: number, input: unknown) {
  const data = parseInput(productUpdateInput, input);
  const product = await requireExisting(tx.product, productId, "product");
  if (data.sku !== undefined && data.sku !== product.sku) await assertSkuFree(tx, data.sku);
  if (data.barcodes) await assertBarcodesFree(tx, data.barcodes, productId);
  if (data.primarySupplierId) {
    await requireActive(tx.supplier, data.primarySupplierId, "supplier", ["input", "primarySupplierId"]);
  }
  const { barcodes: codes, ...fields } = data;
  const updated = await tx.product.update({
    where: { id: productId },
    data: {
      ...fields,
      ...(codes ? { barcodes: { deleteMany: {}, create: codes.map((barcode) => ({ code: barcode })) } } : {}),
    },
  });
  await recordEvent(tx, actor, {
    type: EventType.PRODUCT_UPDATED,
    entityType: "Product",
    entityId: productId,
    payload: { changed: Object.keys(data) },
  });
  return updated;
}

export async function archiveProduct(tx: Tx, actor: Actor, productId: number) {
  const product = await requireExisting(tx.product, productId, "product");
  if (product.archivedAt) return product;
  const archived = await tx.product.update({ where: { id: productId }, data: { archivedAt: new Date() } });
  await recordEvent(tx, actor, {
    type: EventType.PRODUCT_ARCHIVED,
    entityType: "Product",
    entityId: productId,
    payload: {},
  });
  return archived;
}

async function assertSkuFree(tx: Tx, sku: string) {
  const existing = await tx.product.findUnique({ where: { sku }, select: { id: true } });
  if (existing)
    throw new DomainError(ErrorCode.ALREADY_EXISTS, `SKU "${sku}" is already used`, ["input", "sku"]);
}

async function assertBarcodesFree(tx: Tx, codes: string[], ownerId: number | null) {
  if (codes.length === 0) return;
  const taken = await tx.barcode.findMany({
    where: { code: { in: codes }, ...(ownerId ? { productId: { not: ownerId } } : {}) },
  });
  if (taken.length > 0) {
    throw new DomainError(
      taken.map((barcode) => ({
        code: ErrorCode.ALREADY_EXISTS,
        message: `Barcode "${barcode.code}" is already used by another product`,
        field: ["input", "barcodes", String(codes.indexOf(barcode.code))],
      })),
    );
  }
}

/** Beyond this many products matching a search, the list finds them by walking its order instead. */
export const SEARCH_MATCHES_BY_ID = 1000;

/**
 * The ids of the products a search term names: SKU or name containing it, ignoring case, through the trigram
 * indexes (pg_trgm), or a barcode equal to it; null when more than SEARCH_MATCHES_BY_ID match. A rare term is
 * then a handful of index probes where a `contains` filter read the whole table; a common one ("bolt") matches
 * so densely that a page walking the list's order finds its 50 within a few hundred rows, which the null tells
 * the list to do. Terms shorter than three characters have no trigram to probe: those walk the order too.
 */
export async function productIdsMatching(tx: Pick<Tx, "$queryRaw">, term: string): Promise<number[] | null> {
  if (term.length < 3) return null;
  const part = likeLiteral(term);
  const rows = await tx.$queryRaw<{ id: number }[]>`
    (SELECT id FROM "Product" WHERE sku::text ILIKE '%' || ${part} || '%' OR name ILIKE '%' || ${part} || '%')
    UNION ALL
    (SELECT "productId" FROM "Barcode" WHERE code = ${term}::citext)
    LIMIT ${SEARCH_MATCHES_BY_ID + 1}`;
  return rows.length > SEARCH_MATCHES_BY_ID ? null : [...new Set(rows.map((row) => row.id))];
}
