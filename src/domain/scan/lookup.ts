import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import { Prisma, type Product } from "../../generated/prisma/client.ts";
import { parseInput } from "../errors.ts";
import { type OrderKind, parseOrderNumber } from "../orders/numbers.ts";
import { requiredText } from "../validation.ts";
import { GS, type Gs1Reading, readGs1, withoutSymbology } from "./gs1.ts";
import { asGtin14, gtinForms } from "./gtin.ts";

/**
 * One scan for any code: what a printed code can name (a product by barcode or SKU, a location by its code, an
 * order by its number), found in one SQL statement of index probes whatever the size of the catalogue.
 */

/** Longer than any label's content a plant prints (a GS1 DataMatrix of GTIN, dates, lot and serial is ~60). */
export const MAX_SCAN_LENGTH = 256;

/** Whether `text` holds a C0 or C1 control character or DEL other than GS, the separator of GS1 element strings. */
function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (code < 0x20 && char !== GS) || (code >= 0x7f && code <= 0x9f);
  });
}

/**
 * A scanned code. Scanners end a code with Enter (CR, LF) or Tab: whitespace around it is dropped. Inside it,
 * only GS may be a control character.
 */
const scanInput = z.object({
  code: requiredText(MAX_SCAN_LENGTH).refine(
    (code) => !hasControlCharacter(code),
    "must not contain control characters other than the GS1 separator GS (U+001D)",
  ),
});

/** The kinds of record a code can name, named as their models (and GraphQL types). */
export type ScanKind = "Product" | "Location" | OrderKind;

/** A code as read, before anything is looked up. */
export interface Scan {
  /** The code as sent, without the whitespace around it. */
  code: string;
  /** A GS1 element string's data or problem; null when the code is none. */
  gs1: Gs1Reading | null;
  /** The code without a symbology identifier: looked up as a SKU and a location code. */
  content: string;
  /** Looked up as barcodes: the code, and every stored form of the GTINs it holds. */
  barcodes: string[];
  /** The order its number names, if it is one. */
  order: { kind: OrderKind; id: number } | null;
}

/** Validates and reads a scanned code (`{ code }`); a refusal names `code`. `today` dates GS1's years. */
export function readScan(input: { code: unknown }, today: Date): Scan {
  const { code } = parseInput(scanInput, input, []);
  const { content, gs1: isGs1 } = withoutSymbology(code);
  const gs1 = isGs1 ? readGs1(content, today) : null;
  const gtins = [asGtin14(content), gs1?.data?.gtin, gs1?.data?.containedGtin].filter(
    (gtin): gtin is string => typeof gtin === "string",
  );
  const barcodes = [...new Set([content, ...gtins.flatMap(gtinForms)])];
  return { code, gs1, content, barcodes, order: parseOrderNumber(content) };
}

/** What a code named: the kind of record and its id. */
export interface ScanHit {
  kind: ScanKind;
  id: number;
}

/** The tables of the order kinds, written out so that a search for a table finds them. */
const ORDER_TABLES: Record<OrderKind, Prisma.Sql> = {
  ProductionOrder: Prisma.sql`"ProductionOrder"`,
  PurchaseOrder: Prisma.sql`"PurchaseOrder"`,
  TransferOrder: Prisma.sql`"TransferOrder"`,
  SalesOrder: Prisma.sql`"SalesOrder"`,
};

/**
 * What `scan` names among `kinds` (the kinds the caller may read), most certain first: the barcode as sent, the
 * SKU, a barcode of another form of its GTIN, then the location, then the order; a product once. One statement:
 * a UNION ALL of unique-index probes (citext makes `=` on SKUs, barcodes and location codes case-insensitive and
 * still served by their unique indexes); an OR of them in one WHERE would read whole tables. The barcodes travel
 * as text[]: PGlite knows how to send a text array, but not a citext one in the session whose migration created
 * the citext type (it sends `{"a"}` as `a`).
 */
export async function findScanned(
  tx: Tx,
  scan: Scan,
  kinds: ReadonlySet<ScanKind>,
  limit?: number,
): Promise<ScanHit[]> {
  const probes: Prisma.Sql[] = [];
  if (kinds.has("Product")) probes.push(...productProbes(scan));
  if (kinds.has("Location")) {
    probes.push(
      Prisma.sql`SELECT 'Location'::text AS kind, id, 4 AS rank FROM "Location" WHERE code = ${scan.content}::citext`,
    );
  }
  if (scan.order && kinds.has(scan.order.kind)) {
    probes.push(
      Prisma.sql`SELECT ${scan.order.kind}::text AS kind, id, 5 AS rank
        FROM ${ORDER_TABLES[scan.order.kind]} WHERE id = ${scan.order.id}::int`,
    );
  }
  if (probes.length === 0) return [];
  const hits = await tx.$queryRaw<{ kind: ScanKind; id: number }[]>`
    SELECT kind, id FROM (${Prisma.join(
      probes.map((probe) => Prisma.sql`(${probe})`),
      " UNION ALL ",
    )}) AS hits
    ORDER BY rank, id ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = `${hit.kind}:${hit.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The products a code names, as rows (kind, id, rank) of a UNION ALL: the barcode as sent (rank 1), the SKU (2),
 * a barcode of another form of its GTIN (3).
 */
function productProbes(scan: Scan): Prisma.Sql[] {
  return [
    Prisma.sql`SELECT 'Product'::text AS kind, "productId" AS id,
        CASE WHEN code = ${scan.content}::citext THEN 1 ELSE 3 END AS rank
      FROM "Barcode" WHERE code = ANY(${scan.barcodes}::text[]::citext[])`,
    Prisma.sql`SELECT 'Product'::text AS kind, id, 2 AS rank FROM "Product" WHERE sku = ${scan.content}::citext`,
  ];
}

/**
 * The product a scanned code names (`productByBarcode`): its barcode as sent, else its SKU, else a barcode of
 * another form of the GTIN it is or holds; null when none. The product's row comes with the lookup, in one
 * statement of index probes: a scanner's request pays one round trip to the database for it, not two.
 */
export async function productByCode(tx: Tx, code: unknown, today: Date): Promise<Product | null> {
  const scan = readScan({ code }, today);
  const [product] = await tx.$queryRaw<Product[]>`
    SELECT p.* FROM (${Prisma.join(
      productProbes(scan).map((probe) => Prisma.sql`(${probe})`),
      " UNION ALL ",
    )}) AS hits
    JOIN "Product" p ON p.id = hits.id
    ORDER BY hits.rank, hits.id LIMIT 1`;
  return product ?? null;
}
