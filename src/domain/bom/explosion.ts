import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import { type Bom, Prisma, type PrismaClient, type Product } from "../../generated/prisma/client.ts";
import { BomKind } from "../../generated/prisma/enums.ts";
import type { Dec } from "../decimal.ts";
import { DomainError, ErrorCode, parseInput } from "../errors.ts";
import { decimal, ref } from "../validation.ts";
import { MAX_BOM_DEPTH, PATH_SEPARATOR } from "./graph.ts";
import { Ratio, sharedDec } from "./ratio.ts";
import { usedBomIdOfC } from "./replenishment.ts";

/** A reader: the client outside a transaction, or a transaction. */
export type Reader = Pick<PrismaClient, "$queryRaw"> | Tx;

export const NodeKind = {
  /** No BOM is exploded for it: bought, or made by a BOM nobody set as default. */
  SIMPLE: "SIMPLE",
  PRODUCED: "PRODUCED",
  ASSEMBLED: "ASSEMBLED",
  /** Auto-assembled: never made on its own; its lines count as the parent's, its own stock is ignored. */
  PHANTOM: "PHANTOM",
} as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

/**
 * One row of the recursive query: a BOM line on one path from the top, with the Product row of its component
 * (all its columns, so the GraphQL Product type resolves from it without another query), the node's own
 * columns (prefixed `node_`) and, on the top row only, the columns of the top BOM (prefixed `top_bom_`).
 */
export type ExplosionRow = Product & {
  /** Stable path id: the top product's id, then the BOM line ids down to this node ("12.40.41"). */
  node_key: string;
  /**
   * Quantity per top unit = node_num / node_den: line quantities and output quantities multiplied down the
   * path. The node's own decimals come as text: parsing thousands of Decimals is the dearest part of a read.
   */
  node_num: string;
  node_den: string;
  node_phantom: boolean;
  node_on_hand: string | null;
  node_available: string | null;
  /** Sums over the operations of the node's BOM. */
  node_setup_minutes: string | null;
  node_run_minutes: string | null;
  /** Whether the location asked for exists (null when none was asked for). */
  node_location_found: boolean | null;
  /** The BOM exploded for the node: the default its replenishment names, the given one at the top. */
  node_bom_id: number | null;
  node_bom_kind: BomKind | null;
  top_bom_product_id: number | null;
  top_bom_name: string | null;
  top_bom_output_quantity: Prisma.Decimal | null;
  top_bom_auto_assemble: boolean | null;
  top_bom_created_at: Date | null;
  top_bom_updated_at: Date | null;
  top_bom_archived_at: Date | null;
};

export interface ExplosionScope {
  /**
   * A product (exploded through the default BOM its replenishment names) or given BOMs: several in one
   * statement, their rows one top after the other (ordered by BOM id), each top's row first.
   */
  top: { productId: number } | { bomIds: number[] };
  /** Stock is counted here plus at its connected warehouse; null counts every location. */
  locationId: number | null;
  /** Explode only phantoms below the top (what one production run consumes), not every level. */
  phantomsOnly?: boolean;
}

/**
 * The whole explosion in one statement: a recursive CTE walks the BOM lines down from the top, picking for
 * each component the default BOM its replenishment names, and joins each node's product, BOM, stock and
 * operation times. Archived products and BOMs are not exploded. Rows come depth-first, siblings by line
 * position, so the top comes first and a parent always precedes its children: the sort key is each level's
 * position and line id as big-endian bytes, compared bytewise (far cheaper than sorting int arrays).
 * No row: no such product or BOM.
 */
export function explosionRows(db: Reader, scope: ExplosionScope): Promise<ExplosionRow[]> {
  return db.$queryRaw<ExplosionRow[]>(explosionStatement(scope));
}

/** The statement of `explosionRows` (`npm run bench:bom` also sends it through node-pg alone, as its baseline). */
export function explosionStatement(scope: ExplosionScope): Prisma.Sql {
  // Each top's product id and its BOM's row (its columns go out on the top row): read here, by primary key, so
  // the final join takes them from this CTE of a few rows and never reads "Bom" for the tree's guessed size.
  const top =
    "bomIds" in scope.top
      ? Prisma.sql`SELECT b."productId" AS product_id, b.* FROM "Bom" b WHERE b.id = ANY(${scope.top.bomIds}::int[])`
      : Prisma.sql`SELECT c.id AS product_id, b.*
          FROM "Product" c LEFT JOIN LATERAL ${usedBomIdOfC} used ON true LEFT JOIN "Bom" b ON b.id = used."bomId"
          WHERE c.id = ${scope.top.productId}`;
  const descend = scope.phantomsOnly ? Prisma.sql`AND (t.node_level = 0 OR t.node_phantom)` : Prisma.empty;
  const atLocation =
    scope.locationId === null
      ? Prisma.empty
      : Prisma.sql`AND sl."locationId" IN (
          SELECT id FROM "Location" WHERE id = ${scope.locationId}
          UNION ALL
          SELECT "connectedWarehouseId" FROM "Location" WHERE id = ${scope.locationId}
        )`;
  return Prisma.sql`
    WITH RECURSIVE top AS (${top}),
    tree AS (
      SELECT
        CAST(c.id AS text) AS node_key,
        0 AS node_level,
        c.id AS node_product_id,
        CAST(1 AS numeric) AS node_num,
        CAST(1 AS numeric) AS node_den,
        b.id AS node_bom_id,
        b.kind AS node_bom_kind,
        b."archivedAt" IS NULL AND c."archivedAt" IS NULL AS node_explodable,
        COALESCE(b.kind = 'ASSEMBLY' AND b."autoAssemble", false) AS node_phantom,
        b."outputQuantity" AS node_output,
        ARRAY[c.id] AS node_ancestors,
        int4send(COALESCE(b.id, 0)) AS node_order
      FROM top b
      JOIN "Product" c ON c.id = b.product_id
      UNION ALL
      SELECT
        t.node_key || '.' || l.id,
        t.node_level + 1,
        c.id,
        trim_scale(t.node_num * l.quantity),
        trim_scale(t.node_den * t.node_output),
        b.id,
        b.kind,
        b."archivedAt" IS NULL,
        COALESCE(b.kind = 'ASSEMBLY' AND b."autoAssemble", false),
        b."outputQuantity",
        t.node_ancestors || c.id,
        t.node_order || int4send(l.position) || int4send(l.id)
      FROM tree t
      JOIN "BomLine" l ON l."bomId" = t.node_bom_id
      JOIN "Product" c ON c.id = l."componentId"
      LEFT JOIN LATERAL ${usedBomIdOfC} used ON true
      LEFT JOIN "Bom" b ON b.id = used."bomId"
      WHERE t.node_explodable
        AND t.node_level < ${MAX_BOM_DEPTH}
        AND c.id <> ALL(t.node_ancestors)
        ${descend}
    ),
    stock AS (
      SELECT sl."productId", sum(sl."onHand") AS on_hand, sum(sl."onHand" - sl.allocated) AS available
      FROM "StockLevel" sl
      WHERE sl."productId" IN (SELECT node_product_id FROM tree) ${atLocation}
      GROUP BY sl."productId"
    )
    SELECT
      t.node_key, CAST(t.node_num AS text) AS node_num, CAST(t.node_den AS text) AS node_den, t.node_phantom,
      CAST(s.on_hand AS text) AS node_on_hand, CAST(s.available AS text) AS node_available,
      CAST(o.setup AS text) AS node_setup_minutes, CAST(o.per_unit AS text) AS node_run_minutes,
      (SELECT true FROM "Location" WHERE id = ${scope.locationId}) AS node_location_found,
      t.node_bom_id, t.node_bom_kind,
      b."productId" AS top_bom_product_id, b.name AS top_bom_name,
      b."outputQuantity" AS top_bom_output_quantity, b."autoAssemble" AS top_bom_auto_assemble,
      b."createdAt" AS top_bom_created_at, b."updatedAt" AS top_bom_updated_at,
      b."archivedAt" AS top_bom_archived_at,
      p.*
    FROM tree t
    JOIN "Product" p ON p.id = t.node_product_id
    LEFT JOIN top b ON t.node_level = 0 AND b.id = t.node_bom_id
    LEFT JOIN stock s ON s."productId" = t.node_product_id
    -- Per node, an index probe of its BOM's operations: grouping them by BOM for every BOM in the tree was
    -- planned for the recursive CTE's guessed size, as a hash join reading every operation.
    LEFT JOIN LATERAL (
      SELECT sum(o."setupMinutes") AS setup, sum(o."minutesPerUnit") AS per_unit
      FROM "BomOperation" o
      WHERE o."bomId" = t.node_bom_id
    ) o ON true
    ORDER BY t.node_order`;
}

/** The top BOM, as the Bom row it is (only the top row carries its columns). */
function topBomOf(top: ExplosionRow): Bom | null {
  if (top.node_bom_id === null) return null;
  return {
    id: top.node_bom_id,
    productId: top.top_bom_product_id as number,
    kind: top.node_bom_kind as BomKind,
    name: top.top_bom_name as string,
    outputQuantity: top.top_bom_output_quantity as Prisma.Decimal,
    autoAssemble: top.top_bom_auto_assemble as boolean,
    createdAt: top.top_bom_created_at as Date,
    updatedAt: top.top_bom_updated_at as Date,
    archivedAt: top.top_bom_archived_at,
  };
}

// ---------------------------------------------------------------- explode

export const explosionInput = z
  .object({
    productId: ref.nullish(),
    bomId: ref.nullish(),
    quantity: decimal.positive,
    locationId: ref.nullish(),
  })
  .refine((input) => Boolean(input.productId) !== Boolean(input.bomId), {
    message: "give either productId or bomId",
    path: ["productId"],
  });

/**
 * Explodes a product or a BOM for a quantity at a location: one SQL statement whatever the depth. Unknown or
 * archived tops and unknown locations are refused.
 */
export async function explodeBom(db: Reader, input: unknown) {
  const data = parseInput(explosionInput, input, []);
  const locationId = data.locationId ?? null;
  const scope: ExplosionScope = {
    top: data.bomId ? { bomIds: [data.bomId] } : { productId: data.productId as number },
    locationId,
  };
  const rows = await explosionRows(db, scope);

  const field = data.bomId ? ["bomId"] : ["productId"];
  const top = rows[0];
  if (!top)
    throw new DomainError(ErrorCode.NOT_FOUND, `No ${data.bomId ? "BOM" : "product"} with this id`, field);
  if (top.archivedAt) throw new DomainError(ErrorCode.ARCHIVED, "The product is archived", field);
  if (top.top_bom_archived_at) throw new DomainError(ErrorCode.ARCHIVED, "The BOM is archived", field);
  if (locationId !== null && !top.node_location_found) {
    throw new DomainError(ErrorCode.NOT_FOUND, "No location with this id", ["locationId"]);
  }
  return { quantity: data.quantity, locationId, ...buildExplosion(rows, data.quantity) };
}

// ---------------------------------------------------------------- rows -> tree, requirements, cost

/** A node of the explosion, linked to its parent, with its exact quantity per top unit. */
export interface LinkedNode {
  row: ExplosionRow;
  id: string;
  /** A phantom's children hang under the phantom's parent. */
  parent: LinkedNode | null;
  level: number;
  /** SKUs from the top down to this node, phantoms included: "BIKE > WHEEL > SPOKE". */
  path: string;
  kind: NodeKind;
  perTopUnit: Ratio;
  hasChildren: boolean;
}

/** Links rows (parents first) into nodes. */
export function linkNodes(rows: ExplosionRow[]): LinkedNode[] {
  const byKey = new Map<string, LinkedNode>();
  return rows.map((row) => {
    const cut = row.node_key.lastIndexOf(".");
    const above = cut < 0 ? undefined : byKey.get(row.node_key.slice(0, cut));
    if (above) above.hasChildren = true;
    const parent = above?.kind === NodeKind.PHANTOM && above.parent ? above.parent : (above ?? null);
    const node: LinkedNode = {
      row,
      id: row.node_key,
      parent,
      level: parent ? parent.level + 1 : 0,
      path: above ? `${above.path}${PATH_SEPARATOR}${row.sku}` : row.sku,
      kind: nodeKind(row),
      perTopUnit: Ratio.quotient(row.node_num, row.node_den),
      hasChildren: false,
    };
    byKey.set(node.id, node);
    return node;
  });
}

function nodeKind(row: ExplosionRow): NodeKind {
  if (row.node_bom_id === null) return NodeKind.SIMPLE;
  if (row.node_phantom) return NodeKind.PHANTOM;
  return row.node_bom_kind === BomKind.PRODUCTION ? NodeKind.PRODUCED : NodeKind.ASSEMBLED;
}

/** What the explosion consumes: the nodes with nothing exploded below them, phantoms never. */
function isRequirement(node: LinkedNode): boolean {
  return !node.hasChildren && node.kind !== NodeKind.PHANTOM;
}

/**
 * BOMs' components line by line, phantoms exploded, per unit of their product: what an order for each holds.
 * One statement for all of them. A component used on two lines is two components (each gets its own nested
 * order). BOMs that do not exist are missing from the map.
 */
export async function bomComponentLines(db: Reader, bomIds: number[]) {
  const rows = await explosionRows(db, { top: { bomIds }, locationId: null, phantomsOnly: true });
  // Each top's rows start with its own row, the only one whose key has no parent part.
  const trees: ExplosionRow[][] = [];
  for (const row of rows) {
    if (!row.node_key.includes(".")) trees.push([row]);
    else trees.at(-1)?.push(row);
  }
  return new Map(
    trees.map(([top, ...below]) => [
      top?.node_bom_id as number,
      linkNodes([top as ExplosionRow, ...below])
        .filter((node) => node.parent !== null && isRequirement(node))
        .map((node) => ({ product: node.row, perUnit: node.perTopUnit })),
    ]),
  );
}

/** Exact need per component over all its paths, for `quantity` top units. */
export function requirementTotals(nodes: LinkedNode[], quantity: Ratio) {
  const totals = new Map<number, { product: ExplosionRow; perTopUnit: Ratio; quantity: Ratio }>();
  for (const node of nodes) {
    if (!isRequirement(node)) continue;
    const total = totals.get(node.row.id);
    const perTopUnit = total ? total.perTopUnit.plus(node.perTopUnit) : node.perTopUnit;
    totals.set(node.row.id, { product: node.row, perTopUnit, quantity: perTopUnit.times(quantity) });
  }
  return [...totals.values()];
}

export interface ExplosionNode {
  id: string;
  parentId: string | null;
  level: number;
  path: string;
  component: Product;
  /** The BOM exploded for it: the default its replenishment names (the given one at the top). */
  bomId: number | null;
  kind: NodeKind;
  /** Per one unit of the parent node; null at the top. */
  quantityPerParent: Dec | null;
  totalQuantity: Dec;
  onHand: Dec;
  available: Dec;
  shortage: Dec;
}

export interface Requirement {
  component: Product;
  quantity: Dec;
  onHand: Dec;
  available: Dec;
  shortage: Dec;
}

export interface CostRollup {
  materialCostPerUnit: Dec;
  materialCost: Dec;
  setupMinutes: Dec;
  runMinutesPerUnit: Dec;
  operationMinutesPerUnit: Dec;
  operationMinutes: Dec;
}

export interface Explosion {
  /** The top node's product and the BOM exploded there (null for a product without one). */
  product: Product;
  bom: Bom | null;
  nodes: ExplosionNode[];
  requirements: Requirement[];
  cost: CostRollup;
}

/**
 * Turns the rows of `explosionRows` into the explosion of `quantity` top units: nodes, the summary of leaf
 * requirements (a component on several paths summed once) and the cost roll-up. Pure: tests call it directly.
 * Shortage = what stock cannot cover: max(0, need - max(available, 0)); a phantom's own stock is ignored.
 */
export function buildExplosion(rows: ExplosionRow[], quantityInput: Dec): Explosion {
  const quantity = Ratio.of(quantityInput);
  const nodes = linkNodes(rows);
  const top = nodes[0];
  if (!top) throw new Error("An explosion has at least its top node");
  // Explosions repeat the same few stock figures and quantities thousands of times: parse and show each once.
  const shared = new Map<string, Dec>();
  const usable = new Map<string, Ratio>();
  const stockOf = (row: ExplosionRow, need: Ratio, needShown: Dec) => {
    const available = row.node_available ?? "0";
    let free = usable.get(available);
    if (!free) {
      free = Ratio.of(available).max(Ratio.ZERO);
      usable.set(available, free);
    }
    const shortage = free.isZero() ? needShown : need.minus(free).max(Ratio.ZERO).toDisplay(shared);
    return {
      onHand: sharedDec(shared, row.node_on_hand ?? "0"),
      available: sharedDec(shared, available),
      shortage,
    };
  };

  const zero = sharedDec(shared, "0");
  const explosionNodes = nodes.map((node): ExplosionNode => {
    const total = node.perTopUnit.times(quantity);
    const totalQuantity = total.toDisplay(shared);
    const phantom = node.kind === NodeKind.PHANTOM;
    return {
      id: node.id,
      parentId: node.parent?.id ?? null,
      level: node.level,
      path: node.path,
      component: node.row,
      bomId: node.row.node_bom_id,
      kind: node.kind,
      quantityPerParent: node.parent ? node.perTopUnit.div(node.parent.perTopUnit).toDisplay(shared) : null,
      totalQuantity,
      ...stockOf(node.row, phantom ? Ratio.ZERO : total, phantom ? zero : totalQuantity),
    };
  });

  const totals = requirementTotals(nodes, quantity);
  const requirements = totals
    .map((total) => {
      const shown = total.quantity.toDisplay(shared);
      return { component: total.product, quantity: shown, ...stockOf(total.product, total.quantity, shown) };
    })
    .sort((a, b) => (a.component.sku < b.component.sku ? -1 : a.component.sku > b.component.sku ? 1 : 0));

  let materialCostPerUnit = Ratio.ZERO;
  for (const total of totals) {
    materialCostPerUnit = materialCostPerUnit.plus(total.perTopUnit.times(Ratio.of(total.product.cost)));
  }
  let setupMinutes = Ratio.ZERO;
  let runMinutesPerUnit = Ratio.ZERO;
  for (const { row, perTopUnit } of nodes) {
    if (row.node_setup_minutes) setupMinutes = setupMinutes.plus(Ratio.of(row.node_setup_minutes));
    if (row.node_run_minutes)
      runMinutesPerUnit = runMinutesPerUnit.plus(perTopUnit.times(Ratio.of(row.node_run_minutes)));
  }
  const operationMinutes = setupMinutes.plus(runMinutesPerUnit.times(quantity));

  return {
    product: top.row,
    bom: topBomOf(top.row),
    nodes: explosionNodes,
    requirements,
    cost: {
      materialCostPerUnit: materialCostPerUnit.toDisplay(),
      materialCost: materialCostPerUnit.times(quantity).toDisplay(),
      setupMinutes: setupMinutes.toDisplay(),
      runMinutesPerUnit: runMinutesPerUnit.toDisplay(),
      operationMinutesPerUnit: operationMinutes.div(quantity).toDisplay(),
      operationMinutes: operationMinutes.toDisplay(),
    },
  };
}
