import type { Tx } from "../../../../db/database.ts";
import type { Prisma } from "../../../../generated/prisma/client.ts";
import { BomKind, Replenishment } from "../../../../generated/prisma/enums.ts";
import { bomComponentLines } from "../../../bom/explosion.ts";
import type { Ratio } from "../../../bom/ratio.ts";
import { deriveReplenishment } from "../../../bom/replenishment.ts";
import { type Dec, dec, ZERO } from "../../../decimal.ts";
import { readStockLevels, type StockKey } from "../../../inventory/ledger.ts";
import { type OperationTime, operationTime } from "../schedule/durations.ts";

/**
 * What planning needs to know about products, BOMs and stock, loaded in batches (one round of queries per tree
 * level, each product and BOM once per plan) so a tree of a thousand orders costs queries per level, not per order.
 */

export interface BomFacts {
  id: number;
  productId: number;
  kind: BomKind;
  /** Per unit of the BOM's product, phantoms exploded: what an order for it holds as its component snapshot. */
  components: { productId: number; perUnit: Ratio }[];
  operations: OperationTime[];
}

export interface ProductFacts {
  id: number;
  sku: string;
  replenishment: Replenishment;
  /** The default BOM its replenishment names, when that is one an order makes (not a phantom, not archived). */
  bomId: number | null;
  leadTimeDays: number;
  maxBatchSize: Dec | null;
  minBeforeReorder: Dec;
  reorderQuantity: Dec;
}

export interface StockFacts {
  /** On hand at the order's location and its connected warehouse, less what other open orders draw from it. */
  available: Dec;
  onOrder: Dec;
}

/** Stock held by the orders being re-planned: counted as free again, as it was when they were planned. */
export interface HeldStock {
  /** The orders being re-planned: what they hold is theirs to plan again, not another order's claim. */
  orderIds: number[];
  onOrder: Map<number, Dec>;
  /** Output of completed nested orders that their (open) parent has not consumed yet: spoken for. */
  awaitingConsumption: Map<number, Dec>;
}

/** What the open orders other than some (being planned) claim of a product's stock at some locations. */
export interface StockClaims {
  /** What their component rows take from the stock on hand: allocated, less what is not drawn from stock. */
  drawn: Dec;
  /** On order that is theirs: the output of their holding nested orders and the purchases for their shortages. */
  spokenOnOrder: Dec;
}

/**
 * The claims of every open (PLANNED, RELEASED, IN_PROGRESS) production order at `locationIds` except
 * `exceptOrderIds`, per product, in one statement. A component row draws from stock its allocation less what
 * comes from elsewhere: the output still to come of its open, non-surplus nested orders (never below zero: a
 * top-up for minimum stock that one row's nested order makes covers no other row), and the part of its planned
 * shortage that is still to be bought (the whole shortage before release; after release, what the order's open
 * purchase orders still bring). So a rival order holding 2 B of which its nested order makes 1 takes 1 B.
 */
export async function readStockClaims(
  tx: Tx,
  claim: { productIds: number[]; locationIds: number[]; exceptOrderIds: number[] },
): Promise<Map<number, StockClaims>> {
  const claims = new Map<number, StockClaims>();
  if (claim.productIds.length === 0) return claims;
  const rows = await tx.$queryRaw<{ productId: number; drawn: Prisma.Decimal; spoken: Prisma.Decimal }[]>`
    WITH rows AS (
      SELECT o.id AS "orderId", o.status, c."productId",
             SUM(GREATEST(c."allocatedQuantity" - COALESCE(n.open, 0), 0)) AS unmade,
             SUM(LEAST(c."allocatedQuantity", COALESCE(n.holding, 0))) AS "madeOnOrder",
             SUM(c."shortageQuantity") AS shortage
      FROM "ProductionOrderComponent" AS c
      JOIN "ProductionOrder" AS o ON o.id = c."orderId"
      LEFT JOIN LATERAL (
        SELECT SUM(l.quantity - l."producedQuantity") AS open,
               SUM(l.quantity - l."producedQuantity") FILTER (WHERE n.status <> 'DRAFT') AS holding
        FROM "ProductionOrder" AS n JOIN "ProductionOrderLine" AS l ON l."orderId" = n.id
        WHERE n."parentComponentId" = c.id AND NOT n.surplus
          AND n.status IN ('DRAFT', 'PLANNED', 'RELEASED', 'IN_PROGRESS')
      ) AS n ON true
      WHERE c."productId" = ANY(${claim.productIds}::int[]) AND c."allocatedQuantity" > 0
        AND o."locationId" = ANY(${claim.locationIds}::int[])
        AND o.status IN ('PLANNED', 'RELEASED', 'IN_PROGRESS')
        AND NOT (o.id = ANY(${claim.exceptOrderIds}::int[]))
      GROUP BY o.id, o.status, c."productId"
    ), bought AS (
      SELECT p."productionOrderId" AS "orderId", l."productId",
             SUM(l.quantity - l."receivedQuantity") AS coming,
             COALESCE(SUM(l.quantity - l."receivedQuantity") FILTER (WHERE p.status = 'ORDERED'), 0) AS ordered
      FROM "PurchaseOrder" AS p JOIN "PurchaseOrderLine" AS l ON l."purchaseOrderId" = p.id
      WHERE p."productionOrderId" IN (SELECT "orderId" FROM rows WHERE status <> 'PLANNED')
        AND p.status IN ('DRAFT', 'ORDERED') AND l."productId" = ANY(${claim.productIds}::int[])
      GROUP BY 1, 2
    ), claims AS (
      SELECT r."productId", r.unmade, r."madeOnOrder",
             CASE WHEN r.status = 'PLANNED' THEN r.shortage ELSE LEAST(r.shortage, COALESCE(b.coming, 0)) END AS buying,
             CASE WHEN r.status = 'PLANNED' THEN 0 ELSE LEAST(r.shortage, COALESCE(b.ordered, 0)) END AS "buyingOnOrder"
      FROM rows AS r LEFT JOIN bought AS b ON b."orderId" = r."orderId" AND b."productId" = r."productId"
    )
    SELECT "productId", SUM(GREATEST(unmade - buying, 0)) AS drawn, SUM("madeOnOrder" + "buyingOnOrder") AS spoken
    FROM claims GROUP BY "productId"`;
  for (const row of rows) {
    claims.set(row.productId, { drawn: dec(row.drawn), spokenOnOrder: dec(row.spoken) });
  }
  return claims;
}

export class PlanningFacts {
  private readonly products = new Map<number, ProductFacts>();
  private readonly boms = new Map<number, BomFacts>();
  private readonly stock = new Map<number, StockFacts>();

  constructor(
    private readonly tx: Tx,
    private readonly locations: { locationId: number; connectedWarehouseId: number | null },
    private readonly held: HeldStock,
  ) {}

  async loadProducts(ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.products.has(id));
    if (missing.length === 0) return;
    const rows = await this.tx.product.findMany({
      where: { id: { in: missing } },
      include: { defaultBoms: { include: { bom: true } } },
    });
    for (const row of rows) {
      const replenishment = deriveReplenishment(
        row.replenishment,
        row.defaultBoms.map((entry) => entry.kind),
      );
      const wanted = replenishment === Replenishment.PRODUCE ? BomKind.PRODUCTION : BomKind.ASSEMBLY;
      const bom =
        replenishment === Replenishment.PURCHASE || row.archivedAt
          ? undefined
          : row.defaultBoms.find((entry) => entry.kind === wanted)?.bom;
      this.products.set(row.id, {
        id: row.id,
        sku: row.sku,
        replenishment,
        bomId: bom && !bom.autoAssemble && !bom.archivedAt ? bom.id : null,
        leadTimeDays: row.leadTimeDays,
        maxBatchSize: row.maxBatchSize ? dec(row.maxBatchSize) : null,
        minBeforeReorder: dec(row.minBeforeReorder),
        reorderQuantity: dec(row.reorderQuantity),
      });
    }
    await this.loadStock(missing);
  }

  product(id: number): ProductFacts {
    const facts = this.products.get(id);
    if (!facts) throw new Error(`Product ${id} was not loaded before planning used it`);
    return facts;
  }

  /** BOMs: their phantom-exploded components and operations (two queries per call, each BOM once per plan). */
  async loadBoms(ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.boms.has(id));
    if (missing.length === 0) return;
    const rows = await this.tx.bom.findMany({
      where: { id: { in: missing } },
      include: { operations: { include: { resource: true }, orderBy: { sequence: "asc" } } },
    });
    const componentsByBom = await bomComponentLines(
      this.tx,
      rows.map((row) => row.id),
    );
    for (const row of rows) {
      const components = componentsByBom.get(row.id) ?? [];
      this.boms.set(row.id, {
        id: row.id,
        productId: row.productId,
        kind: row.kind,
        components: components.map((component) => ({
          productId: component.product.id,
          perUnit: component.perUnit,
        })),
        operations: row.operations.map(operationTime),
      });
    }
  }

  bom(id: number): BomFacts {
    const facts = this.boms.get(id);
    if (!facts) throw new Error(`BOM ${id} was not loaded before planning used it`);
    return facts;
  }

  stockOf(productId: number): StockFacts {
    return this.stock.get(productId) ?? { available: ZERO, onOrder: ZERO };
  }

  /**
   * A product's pool: on hand at the two places less what other open orders draw from it (see
   * `readStockClaims`) and the output of completed nested orders their parents still have to consume. On order:
   * the stock levels' less the re-planned orders' own output and what other orders' rows have spoken for.
   */
  private async loadStock(productIds: number[]): Promise<void> {
    const { locationId, connectedWarehouseId } = this.locations;
    const places = connectedWarehouseId === null ? [locationId] : [locationId, connectedWarehouseId];
    const keys: StockKey[] = productIds.flatMap((productId) =>
      places.map((place) => ({ productId, locationId: place })),
    );
    const levels = await readStockLevels(this.tx, keys);
    const claims = await readStockClaims(this.tx, {
      productIds,
      locationIds: places,
      exceptOrderIds: this.held.orderIds,
    });
    for (const productId of productIds) {
      const claim = claims.get(productId);
      let available = (claim?.drawn ?? ZERO)
        .plus(this.held.awaitingConsumption.get(productId) ?? ZERO)
        .negated();
      let onOrder = (this.held.onOrder.get(productId) ?? ZERO).plus(claim?.spokenOnOrder ?? ZERO).negated();
      for (const place of places) {
        const level = levels.get(`${productId}:${place}`);
        if (!level) continue;
        available = available.plus(level.onHand);
        onOrder = onOrder.plus(level.onOrder);
      }
      this.stock.set(productId, { available, onOrder });
    }
  }
}
