import { describe, expect, it } from "vitest";
import { inventoryFixtures } from "../inventory/fixtures.ts";
import type { TestKit } from "../kit/app.ts";
import { productsWithStock } from "../operations/inventory.ts";

/**
 * The ids the search term names (the trigram lookup), the page, its stock levels and their locations: one
 * statement each, whatever the page size (the key is remembered: none for it).
 */
const PRODUCT_PAGE_WITH_STOCK_STATEMENTS = 4;

const { use, ids, adjustOk } = inventoryFixtures();
let kit: TestKit;
use((opened) => {
  kit = opened;
});

describe("reads", () => {
  it("loads 50 products with their stock levels and locations in a bounded number of statements", async () => {
    await kit.db.prisma.product.createMany({
      data: Array.from({ length: 50 }, (_, index) => ({
        sku: `QC-${String(index).padStart(3, "0")}`,
        name: `Query count ${index}`,
      })),
    });
    const products = await kit.db.prisma.product.findMany({
      where: { sku: { startsWith: "QC-" } },
      orderBy: { sku: "asc" },
    });
    await adjustOk(
      "OTHER",
      products.flatMap((product) => [
        { product: product.id, location: ids.warehouse, quantity: "1" },
        { product: product.id, location: ids.shopFloor, quantity: "2" },
      ]),
    );

    const run = (first: number) => kit.execute(productsWithStock, { search: "QC-", first });
    const small = await kit.countStatements(() => run(5));
    let result: Awaited<ReturnType<typeof run>> | undefined;
    const large = await kit.countStatements(async () => {
      result = await run(50);
    });
    expect(result?.errors).toBeUndefined();
    const nodes = result?.data?.products.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(50);
    expect(nodes[0]).toEqual({
      sku: "QC-000",
      stockLevels: [
        { onHand: "1", location: { name: "Main warehouse" } },
        { onHand: "2", location: { name: "Assembly floor" } },
      ],
    });
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
    expect(large).toBe(PRODUCT_PAGE_WITH_STOCK_STATEMENTS);
    console.info(`query-count: 50 products with stockLevels { location { name } } = ${large} statements`);
  });
});
