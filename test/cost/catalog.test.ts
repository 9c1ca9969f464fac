import { describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { productCreate, productSearch, products } from "../operations/catalog.ts";

/**
 * The ids the search term names (the trigram lookup), the page, its barcodes and its suppliers: the same for 2
 * products as for 30. The key, remembered since the kit's first request, costs none.
 */
const PRODUCT_PAGE_STATEMENTS = 4;

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

describe("products", () => {
  it("pages through products and searches SKU, name and barcode, at a cost independent of the page size", async () => {
    for (let index = 0; index < 30; index++) {
      await kit.execute(productCreate, {
        input: {
          sku: `LIST-${String(index).padStart(2, "0")}`,
          name: `Listed ${index}`,
          barcodes: [`99000${index}`],
        },
      });
    }
    const firstPage = await kit.execute(products, { search: "list-", first: 20 });
    expect(firstPage.data?.products.edges).toHaveLength(20);
    expect(firstPage.data?.products.pageInfo.hasNextPage).toBe(true);
    const secondPage = await kit.execute(products, {
      search: "list-",
      first: 20,
      after: firstPage.data?.products.pageInfo.endCursor,
    });
    expect(secondPage.data?.products.edges.map((edge) => edge.node.sku)).toEqual(
      Array.from({ length: 10 }, (_, index) => `LIST-${20 + index}`),
    );
    const byBarcode = await kit.execute(products, { search: "990007" });
    expect(byBarcode.data?.products.edges.map((edge) => edge.node.sku)).toEqual(["LIST-07"]);

    const small = await kit.countStatements(() => kit.execute(products, { search: "list-", first: 2 }));
    const large = await kit.countStatements(() => kit.execute(products, { search: "list-", first: 30 }));
    expect(large).toBe(small);
    expect(large).toBe(PRODUCT_PAGE_STATEMENTS);
  });

  it("looks a search term up once for a page and its count", async () => {
    const counted = await kit.countStatements(() =>
      kit.execute(productSearch, { search: "list-", first: 5 }),
    );
    // The ids the term names, the page, the count.
    expect(counted).toBe(3);
  });
});
