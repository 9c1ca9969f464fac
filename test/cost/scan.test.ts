import { beforeAll, describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { seedProducts } from "../kit/bom-trees.ts";
import { decodeId, globalId } from "../kit/ids.ts";
import { makeFixtures, seedWorld } from "../kit/world.ts";
import {
  locationCreate,
  productByBarcode,
  productByBarcodeForTheFloor,
  productCreate,
} from "../operations/catalog.ts";
import { stockAdjust } from "../operations/inventory.ts";
import { scan, scanForTheFloor } from "../operations/scan.ts";

/**
 * What a scan costs in SQL statements (the kit's key is remembered: none for it). Law: ONE lookup statement (a
 * UNION ALL of index probes) whatever the code and the catalogue's size, then per kind of record matched one
 * statement, and one more per relation selected below it (Prisma reads a relation in a statement of its own):
 * never one per record, so the same for 2 products as for 2,000, and for a code naming two products as for one.
 */

/** The lookup: a code that names nothing. */
const SCAN_NOTHING_STATEMENTS = 1;
/** ... then the products it names, and their barcodes (selected). */
const SCAN_PRODUCT_STATEMENTS = 3;
/** A code naming a product and a location: one more, for the locations. */
const SCAN_PRODUCT_AND_LOCATION_STATEMENTS = 4;
/** What a scanner app shows of a product: its stock levels and their locations (two relations). */
const SCAN_FOR_THE_FLOOR_PRODUCT_STATEMENTS = 4;
/** ... and of a production order: its location and its lines with their products (three relations). */
const SCAN_FOR_THE_FLOOR_ORDER_STATEMENTS = 5;
/** The product-only lookup, which brings the product's row with it. */
const PRODUCT_BY_BARCODE_STATEMENTS = 1;
/**
 * ... and what a scanner app shows of it, its barcodes and its stock levels with their locations: the Prisma
 * plugin reads the product again by its id with the relations selected (the product, then one per relation).
 */
const PRODUCT_BY_BARCODE_FOR_THE_FLOOR_STATEMENTS = 5;

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

let orderNumber = "";

beforeAll(async () => {
  const world = await seedWorld(kit);
  const fork = await kit.execute(productCreate, {
    input: { sku: "FORK-2", name: "Fork", barcodes: ["9501101530003"] },
  });
  await kit.execute(stockAdjust, {
    input: {
      type: "COUNT",
      lines: [
        {
          productId: fork.data?.productCreate.product?.id ?? "",
          locationId: globalId("Location", world.warehouse),
          quantity: "12",
        },
      ],
    },
  });
  await kit.execute(productCreate, { input: { sku: "DOCK-1", name: "Dock sign" } });
  await kit.execute(locationCreate, { input: { name: "Dock", code: "DOCK-1", kind: "WAREHOUSE" } });
  // A SKU that is another product's barcode: one code, two products.
  await kit.execute(productCreate, { input: { sku: "TWIN-1", name: "Twin" } });
  await kit.execute(productCreate, { input: { sku: "TWIN-2", name: "Twin too", barcodes: ["twin-1"] } });
  const order = await makeFixtures(kit, world).productionOrder("RELEASED");
  orderNumber = `MO-${String(decodeId(order.id)).padStart(5, "0")}`;
});

/** The statements of each scan, checked to have found what it should. */
async function costs() {
  const count = async (code: string, found: number, forTheFloor = false) =>
    kit.countStatements(async () => {
      const result = forTheFloor
        ? await kit.execute(scanForTheFloor, { code })
        : await kit.execute(scan, { code });
      expect(result.errors).toBeUndefined();
      expect(result.data?.scan.matches, code).toHaveLength(found);
    });
  return {
    nothing: await count("NO-SUCH-CODE", 0),
    product: await count("(01)09501101530003(17)261231(10)LOT7", 1),
    twoProducts: await count("twin-1", 2),
    productAndLocation: await count("dock-1", 2),
    forTheFloor: { product: await count("9501101530003", 1, true), order: await count(orderNumber, 1, true) },
    productByBarcode: await kit.countStatements(async () => {
      const result = await kit.execute(productByBarcode, { code: "fork-2" });
      expect(result.data?.productByBarcode?.sku).toBe("FORK-2");
    }),
    productByBarcodeForTheFloor: await kit.countStatements(async () => {
      const result = await kit.execute(productByBarcodeForTheFloor, { code: "9501101530003" });
      expect(result.errors).toBeUndefined();
      expect(result.data?.productByBarcode).toEqual({
        sku: "FORK-2",
        barcodes: ["9501101530003"],
        stockLevels: [{ location: { name: "Main warehouse" }, onHand: "12" }],
      });
    }),
  };
}

describe("scan", () => {
  it("costs one lookup statement, then statements per kind matched and relation selected, whatever the catalogue's size", async () => {
    const small = await costs();
    expect(small).toEqual({
      nothing: SCAN_NOTHING_STATEMENTS,
      product: SCAN_PRODUCT_STATEMENTS,
      twoProducts: SCAN_PRODUCT_STATEMENTS,
      productAndLocation: SCAN_PRODUCT_AND_LOCATION_STATEMENTS,
      forTheFloor: {
        product: SCAN_FOR_THE_FLOOR_PRODUCT_STATEMENTS,
        order: SCAN_FOR_THE_FLOOR_ORDER_STATEMENTS,
      },
      productByBarcode: PRODUCT_BY_BARCODE_STATEMENTS,
      productByBarcodeForTheFloor: PRODUCT_BY_BARCODE_FOR_THE_FLOOR_STATEMENTS,
    });
    await seedProducts(
      kit.db,
      Array.from({ length: 2_000 }, (_, index) => `BULK-${index}`),
    );
    expect(await costs()).toEqual(small);
  });
});
