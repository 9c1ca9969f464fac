import type { Tx } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { DomainError, ErrorCode } from "../errors.ts";

/** The deepest a BOM tree may be: levels of components below the top product. */
export const MAX_BOM_DEPTH = 50;

/** Between the SKUs of a path ("BIKE > WHEEL > SPOKE"); SKUs have no spaces, so a client can split on it. */
export const PATH_SEPARATOR = " > ";

// Any constant both writers agree on; it only has to differ from the other advisory locks of the database.
const BOM_GRAPH_LOCK = 4_206_001;

/**
 * Serializes changes to the product -> component graph. Two transactions could otherwise each add one half
 * of a cycle and each see a graph without it. Take it before writing lines; it is released at commit.
 */
export async function lockBomGraph(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BOM_GRAPH_LOCK})`;
}

/**
 * Refuses a change to the lines of `productId`'s BOMs that made the graph of every active BOM (default or not,
 * so that changing defaults can never make a cycle) cyclic or deeper than MAX_BOM_DEPTH. It runs after the
 * change, in its transaction: the error rolls the change back. Only edges from `productId` changed, so a new
 * cycle passes through it. `fieldFor` names the input that added the edge to a component.
 */
export async function assertBomGraphValid(
  tx: Tx,
  productId: number,
  fieldFor: (componentId: number) => (string | number)[],
): Promise<void> {
  const [summary] = await tx.$queryRaw<{ cycle: number | null; below: number; above: number }[]>`
    ${reachable(productId)}
    SELECT
      (SELECT min(depth) FROM below WHERE product_id = ${productId} AND depth > 0) AS cycle,
      (SELECT max(depth) FROM below) AS below,
      (SELECT max(depth) FROM above) AS above`;
  if (!summary) return;
  if (summary.cycle === null && summary.below + summary.above <= MAX_BOM_DEPTH) return;

  const steps = await tx.$queryRaw<Step[]>`
    ${reachable(productId)}
    SELECT 'below' AS side, s.product_id AS "productId", s.depth, s.next_id AS "nextId", p.sku
    FROM below s JOIN "Product" p ON p.id = s.product_id
    UNION ALL
    SELECT 'above', s.product_id, s.depth, s.next_id, p.sku
    FROM above s JOIN "Product" p ON p.id = s.product_id`;
  const below = steps.filter((step) => step.side === "below");
  const above = steps.filter((step) => step.side === "above");

  if (summary.cycle !== null) {
    const path = chainTo(below, productId, summary.cycle);
    const skus = path.map((step) => step.sku);
    throw new DomainError(
      ErrorCode.CYCLE,
      `This change would make a BOM contain its own product: ${skus.join(PATH_SEPARATOR)}`,
      fieldFor(path[1]?.productId ?? productId),
    );
  }
  const deepestBelow = deepest(below);
  const downward = chainTo(below, deepestBelow.productId, deepestBelow.depth);
  const deepestAbove = deepest(above);
  const upward = chainTo(above, deepestAbove.productId, deepestAbove.depth).reverse();
  const skus = [...upward, ...downward.slice(1)].map((step) => step.sku);
  throw new DomainError(
    ErrorCode.DEPTH_EXCEEDED,
    `A BOM tree may be at most ${MAX_BOM_DEPTH} levels deep; this change makes one ${skus.length - 1} levels deep: ${skus.join(PATH_SEPARATOR)}`,
    fieldFor(downward[1]?.productId ?? productId),
  );
}

interface Step {
  side: "below" | "above";
  productId: number;
  depth: number;
  /** The product one step nearer to the changed product (toward depth 0). */
  nextId: number | null;
  sku: string;
}

/**
 * Every (product, depth, neighbour) reachable from `productId` over active BOMs: `below` follows components
 * down, `above` follows the products that use one up. UNION (not UNION ALL) keeps one row per triple, so shared
 * sub-assemblies cost rows per depth, not per path. Both stop one level past the limit and at `productId` itself.
 */
function reachable(productId: number): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE
    below(product_id, depth, next_id) AS (
      SELECT CAST(${productId} AS int), 0, CAST(NULL AS int)
      UNION
      SELECT l."componentId", s.depth + 1, s.product_id
      FROM below s
      JOIN "Bom" b ON b."productId" = s.product_id AND b."archivedAt" IS NULL
      JOIN "BomLine" l ON l."bomId" = b.id
      WHERE s.depth <= ${MAX_BOM_DEPTH} AND (s.depth = 0 OR s.product_id <> ${productId})
    ),
    above(product_id, depth, next_id) AS (
      SELECT CAST(${productId} AS int), 0, CAST(NULL AS int)
      UNION
      SELECT b."productId", s.depth + 1, s.product_id
      FROM above s
      JOIN "BomLine" l ON l."componentId" = s.product_id
      JOIN "Bom" b ON b.id = l."bomId" AND b."archivedAt" IS NULL
      WHERE s.depth <= ${MAX_BOM_DEPTH} AND (s.depth = 0 OR s.product_id <> ${productId})
    )`;
}

/** The chain of steps from depth 0 to (productId, depth), following each step's neighbour back. */
function chainTo(steps: Step[], productId: number, depth: number): Step[] {
  const byKey = new Map(steps.map((step) => [`${step.productId}@${step.depth}`, step]));
  const chain: Step[] = [];
  let current = byKey.get(`${productId}@${depth}`);
  while (current) {
    chain.push(current);
    current = current.nextId === null ? undefined : byKey.get(`${current.nextId}@${current.depth - 1}`);
  }
  return chain.reverse();
}

function deepest(steps: Step[]): Step {
  return steps.reduce((best, step) => (step.depth > best.depth ? step : best));
}
