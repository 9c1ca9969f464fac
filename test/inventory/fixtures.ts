import { expect } from "vitest";
import { dec } from "../../src/domain/decimal.ts";
import type { AdjustmentType, StockAdjustInput } from "../graphql/graphql.ts";
import { createTestKit, forTheFile, type TestKit } from "../kit/app.ts";
import { written } from "../kit/checks.ts";
import { globalId } from "../kit/ids.ts";
import { settingsUpdateNegativeStock, stockAdjust } from "../operations/inventory.ts";

/** The inventory tests' fixtures: a warehouse and its shop floor, products by SKU, adjustments through the API. */

export type Line = { product: number; location: number; quantity: string };
type Extra = { note?: string; key?: string };

export const productGid = (id: number) => globalId("Product", id);
export const locationGid = (id: number) => globalId("Location", id);

/** `use` makes the file's kit and the places (`ids`) before its first test; the rest may run after it. */
export function inventoryFixtures() {
  let kit: TestKit;
  const ids = { warehouse: 0, shopFloor: 0, archivedLocation: 0, archivedProduct: 0 };

  const adjust = (type: AdjustmentType, lines: Line[], extra: Extra = {}) => {
    const input: StockAdjustInput = {
      type,
      ...(extra.note === undefined ? {} : { note: extra.note }),
      lines: lines.map((line) => ({
        productId: productGid(line.product),
        locationId: locationGid(line.location),
        quantity: line.quantity,
      })),
    };
    return kit.execute(stockAdjust, { input }, extra.key ? { key: extra.key } : {});
  };

  async function open() {
    kit = await createTestKit();
    const prisma = kit.db.prisma;
    const warehouse = await prisma.location.create({ data: { name: "Main warehouse", kind: "WAREHOUSE" } });
    ids.warehouse = warehouse.id;
    ids.shopFloor = (
      await prisma.location.create({
        data: { name: "Assembly floor", kind: "SHOP_FLOOR", connectedWarehouseId: warehouse.id },
      })
    ).id;
    ids.archivedLocation = (
      await prisma.location.create({
        data: { name: "Old shed", kind: "WAREHOUSE", archivedAt: new Date() },
      })
    ).id;
    ids.archivedProduct = (
      await prisma.product.create({ data: { sku: "OLD-1", name: "Retired", archivedAt: new Date() } })
    ).id;
    return kit;
  }

  return {
    ids,
    adjust,
    /** Opens the kit and the places for the test file (see `forTheFile`), handing `take` the kit. */
    use(take: (kit: TestKit) => void) {
      forTheFile(open, take);
    },
    async createProduct(sku: string): Promise<number> {
      const product = await kit.db.prisma.product.create({ data: { sku, name: `Product ${sku}` } });
      return product.id;
    },
    /** Adjusts and expects success; returns the adjustment. */
    async adjustOk(type: AdjustmentType, lines: Line[], extra: Extra = {}) {
      const result = await adjust(type, lines, extra);
      expect(result.errors).toBeUndefined();
      expect(result.data?.stockAdjust.userErrors).toEqual([]);
      const adjustment = result.data?.stockAdjust.adjustment;
      if (!adjustment) throw new Error("no adjustment returned");
      return adjustment;
    },
    async onHand(product: number, location: number): Promise<string | null> {
      const level = await kit.db.prisma.stockLevel.findUnique({
        where: { productId_locationId: { productId: product, locationId: location } },
      });
      return level ? dec(level.onHand).toFixed() : null;
    },
    /** Everything a refused adjustment must leave untouched. */
    snapshot: () => written(kit),
    async setAllowNegativeStock(allow: boolean) {
      const result = await kit.execute(settingsUpdateNegativeStock, { input: { allowNegativeStock: allow } });
      expect(result.data?.settingsUpdate).toEqual({
        settings: { allowNegativeStock: allow },
        userErrors: [],
      });
    },
  };
}
