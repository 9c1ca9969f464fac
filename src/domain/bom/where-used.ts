import { z } from "zod";
import type { Prisma, Product } from "../../generated/prisma/client.ts";
import type { Dec } from "../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../errors.ts";
import { ref } from "../validation.ts";
import type { Reader } from "./explosion.ts";
import { MAX_BOM_DEPTH, PATH_SEPARATOR } from "./graph.ts";
import { Ratio } from "./ratio.ts";
import { usedBomIdOfC } from "./replenishment.ts";

type WhereUsedRow = Product & {
  used_level: number;
  used_path: string[];
  used_num: Prisma.Decimal;
  used_den: Prisma.Decimal;
  used_bom_id: number | null;
};

export interface WhereUsed {
  /** The product that contains the component. */
  product: Product;
  /** The BOM of `product` on the path (the default its replenishment uses, as in an explosion). */
  bomId: number;
  /** Levels between the product and the component: 1 = a line of the product's BOM. */
  level: number;
  /** SKUs from `product` down to the component: "BIKE > WHEEL > SPOKE". */
  path: string;
  /** How much of the component one unit of `product` needs along this path. */
  quantityPerUnit: Dec;
}

export const whereUsedInput = z.object({ componentId: ref });

/**
 * Every product that contains the component at any depth, once per path, through the BOMs an explosion uses
 * (the inverse of explosions: exploding a listed product reaches the component on that path with that
 * quantity). One statement: a recursive CTE climbs from the component through the lines that use it.
 */
export async function whereUsed(db: Reader, input: unknown): Promise<WhereUsed[]> {
  const { componentId } = parseInput(whereUsedInput, input, []);
  // The path is text[]: SKUs are citext, and a citext[] reaches node-pg as one unparsed string.
  const rows = await db.$queryRaw<WhereUsedRow[]>`
    WITH RECURSIVE used AS (
      SELECT
        c.id AS product_id, 0 AS used_level, ARRAY[c.sku::text] AS used_path, ARRAY[c.id] AS used_ids,
        CAST(1 AS numeric) AS used_num, CAST(1 AS numeric) AS used_den, CAST(NULL AS int) AS used_bom_id
      FROM "Product" c
      WHERE c.id = ${componentId}
      UNION ALL
      SELECT
        c.id, u.used_level + 1, c.sku::text || u.used_path, c.id || u.used_ids,
        trim_scale(u.used_num * l.quantity), trim_scale(u.used_den * b."outputQuantity"), b.id
      FROM used u
      JOIN "BomLine" l ON l."componentId" = u.product_id
      JOIN "Bom" b ON b.id = l."bomId"
      JOIN "Product" c ON c.id = b."productId"
      WHERE u.used_level < ${MAX_BOM_DEPTH}
        AND c.id <> ALL(u.used_ids)
        AND b.id = ${usedBomIdOfC}
    )
    SELECT u.used_level, u.used_path, u.used_num, u.used_den, u.used_bom_id, p.*
    FROM used u
    JOIN "Product" p ON p.id = u.product_id
    ORDER BY u.used_level, p.sku, u.used_path`;
  if (rows.length === 0)
    throw new DomainError(ErrorCode.NOT_FOUND, "No product with this id", ["componentId"]);
  return rows
    .filter((row) => row.used_level > 0)
    .map((row) => ({
      product: row,
      bomId: row.used_bom_id as number,
      level: row.used_level,
      path: row.used_path.join(PATH_SEPARATOR),
      quantityPerUnit: Ratio.quotient(row.used_num, row.used_den).toDisplay(),
    }));
}
