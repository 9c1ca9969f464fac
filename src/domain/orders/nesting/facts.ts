import type { Tx } from "../../../db/database.ts";
import { BomKind, Replenishment } from "../../../generated/prisma/enums.ts";
import { bomComponentLines } from "../../bom/explosion.ts";
import type { Ratio } from "../../bom/ratio.ts";
import { deriveReplenishment } from "../../bom/replenishment.ts";
import { type Dec, dec, ZERO } from "../../decimal.ts";
import { readStockLevels, type StockKey } from "../../inventory/ledger.ts";
import { type OperationTime, operationTime } from "../scheduling.ts";

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
  /** On hand - allocated at the order's location and its connected warehouse. */
  available: Dec;
  onOrder: Dec;
}

/** Stock held by the orders being re-planned: counted as free again, as it was when they were planned. */
export interface HeldStock {
  allocated: Map<number, Dec>;
  onOrder: Map<number, Dec>;
  /** Output of completed nested orders that their (open) parent has not consumed yet: spoken for. */
  awaitingConsumption: Map<number, Dec>;
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

  private async loadStock(productIds: number[]): Promise<void> {
    const { locationId, connectedWarehouseId } = this.locations;
    const places = connectedWarehouseId === null ? [locationId] : [locationId, connectedWarehouseId];
    const keys: StockKey[] = productIds.flatMap((productId) =>
      places.map((place) => ({ productId, locationId: place })),
    );
    const levels = await readStockLevels(this.tx, keys);
    for (const productId of productIds) {
      let available = this.held.allocated.get(productId) ?? ZERO;
      let onOrder = (this.held.onOrder.get(productId) ?? ZERO).negated();
      available = available.minus(this.held.awaitingConsumption.get(productId) ?? ZERO);
      for (const place of places) {
        const level = levels.get(`${productId}:${place}`);
        if (!level) continue;
        available = available.plus(level.onHand).minus(level.allocated);
        onOrder = onOrder.plus(level.onOrder);
      }
      this.stock.set(productId, { available, onOrder });
    }
  }
}
