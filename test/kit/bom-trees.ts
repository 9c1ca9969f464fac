import type { Database } from "../../src/db/database.ts";
import { BomKind, type Replenishment } from "../../src/generated/prisma/enums.ts";

/**
 * Catalogs written in bulk (createMany), too big to build one product at a time: shared by the BOM tests and the
 * benchmarks (`npm run bench:bom`, `npm run bench:explode`).
 */

export interface ProductSpec {
  sku: string;
  cost?: string;
  replenishment?: Replenishment;
}

/** Creates products, returning their ids by SKU. */
export async function seedProducts(
  db: Database,
  specs: (string | ProductSpec)[],
): Promise<Record<string, number>> {
  const products = specs.map((spec) => (typeof spec === "string" ? { sku: spec } : spec));
  const rows = await db.prisma.product.createManyAndReturn({
    data: products.map((product) => ({ ...product, name: product.sku })),
    select: { id: true, sku: true },
  });
  return Object.fromEntries(rows.map((row) => [row.sku, row.id]));
}

export interface TreeShape {
  /** Prefix of the generated SKUs; distinct per tree. */
  prefix: string;
  /** branching[i]: components of each product at level i, so the tree is branching.length levels deep. */
  branching: number[];
  /** Line quantity of every line. */
  quantity?: string;
}

export interface SeededTree {
  rootProductId: number;
  rootBomId: number;
  /** Products in the tree, the top included. */
  nodes: number;
  /** Products at the deepest level. */
  leaves: number;
}

const CHUNK = 5_000;

/**
 * A synthetic BOM tree written with createMany (a 50k-node tree in seconds): every node its own product, every
 * non-leaf a default production BOM with `branching[level]` lines of `quantity` each.
 */
export async function seedBomTree(db: Database, shape: TreeShape): Promise<SeededTree> {
  const levels: string[][] = [[`${shape.prefix}-0-0`]];
  shape.branching.forEach((children, level) => {
    const above = levels[level] ?? [];
    levels.push(
      Array.from({ length: above.length * children }, (_, index) => `${shape.prefix}-${level + 1}-${index}`),
    );
  });
  const skus = levels.flat();

  const productIds = new Map<string, number>();
  for (const chunk of chunks(skus)) {
    const rows = await db.prisma.product.createManyAndReturn({
      data: chunk.map((sku) => ({ sku, name: sku, cost: "1" })),
      select: { id: true, sku: true },
    });
    for (const row of rows) productIds.set(row.sku, row.id);
  }
  const idOf = (sku: string) => productIds.get(sku) as number;

  const parents = levels.slice(0, -1).flat();
  const bomIds = new Map<string, number>();
  for (const chunk of chunks(parents)) {
    const rows = await db.prisma.bom.createManyAndReturn({
      data: chunk.map((sku) => ({ productId: idOf(sku), kind: BomKind.PRODUCTION, name: sku })),
      select: { id: true, productId: true },
    });
    const skuOf = new Map(chunk.map((sku) => [idOf(sku), sku]));
    for (const row of rows) bomIds.set(skuOf.get(row.productId) as string, row.id);
  }
  for (const chunk of chunks(parents)) {
    await db.prisma.bomDefault.createMany({
      data: chunk.map((sku) => ({
        productId: idOf(sku),
        kind: BomKind.PRODUCTION,
        bomId: bomIds.get(sku) as number,
      })),
    });
  }

  const lines = shape.branching.flatMap((children, level) =>
    (levels[level] ?? []).flatMap((parentSku, parentIndex) =>
      Array.from({ length: children }, (_, child) => ({
        bomId: bomIds.get(parentSku) as number,
        position: child + 1,
        componentId: idOf(levels[level + 1]?.[parentIndex * children + child] as string),
        quantity: shape.quantity ?? "2",
      })),
    ),
  );
  for (const chunk of chunks(lines)) await db.prisma.bomLine.createMany({ data: chunk });

  const root = levels[0]?.[0] as string;
  return {
    rootProductId: idOf(root),
    rootBomId: bomIds.get(root) as number,
    nodes: skus.length,
    leaves: levels.at(-1)?.length ?? 0,
  };
}

/**
 * A layered catalog: one product per level, each level's default production BOM using the next level's product
 * on `branching[level]` lines of `quantity` each (the last level is bought). Exploded, it is the same tree as
 * `seedBomTree` with the same branching, but with as many products and BOMs as levels, as when sub-assemblies
 * are reused. `nodes` and `leaves` count the exploded tree, not the products.
 */
export async function seedLayeredBoms(db: Database, shape: TreeShape): Promise<SeededTree> {
  const skus = Array.from({ length: shape.branching.length + 1 }, (_, level) => `${shape.prefix}-${level}`);
  const rows = await db.prisma.product.createManyAndReturn({
    data: skus.map((sku) => ({ sku, name: sku, cost: "1" })),
    select: { id: true, sku: true },
  });
  const productIds = skus.map((sku) => rows.find((row) => row.sku === sku)?.id as number);

  const boms = await db.prisma.bom.createManyAndReturn({
    data: shape.branching.map((_, level) => ({
      productId: productIds[level] as number,
      kind: BomKind.PRODUCTION,
      name: `${shape.prefix}-${level}`,
    })),
    select: { id: true, productId: true },
  });
  const bomIds = productIds.map((productId) => boms.find((bom) => bom.productId === productId)?.id);
  await db.prisma.bomDefault.createMany({
    data: shape.branching.map((_, level) => ({
      productId: productIds[level] as number,
      kind: BomKind.PRODUCTION,
      bomId: bomIds[level] as number,
    })),
  });
  await db.prisma.bomLine.createMany({
    data: shape.branching.flatMap((lines, level) =>
      Array.from({ length: lines }, (_, line) => ({
        bomId: bomIds[level] as number,
        position: line + 1,
        componentId: productIds[level + 1] as number,
        quantity: shape.quantity ?? "2",
      })),
    ),
  });

  let width = 1;
  let nodes = 1;
  for (const lines of shape.branching) {
    width *= lines;
    nodes += width;
  }
  return { rootProductId: productIds[0] as number, rootBomId: bomIds[0] as number, nodes, leaves: width };
}

function chunks<Item>(items: Item[]): Item[][] {
  const result: Item[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}
