import { beforeAll, describe, expect, it } from "vitest";
import { createProduct, SEARCH_MATCHES_BY_ID } from "../../src/domain/catalog/products.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { productSearch } from "../operations/catalog.ts";

/**
 * `products(search:)`: a part of the SKU or the name, ignoring case, or a whole barcode. A rare term is found
 * through the trigram indexes, a common one (more than SEARCH_MATCHES_BY_ID matches) by walking the list's
 * order: both give what the rule says, checked here against the rule applied to every product.
 */

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

interface Made {
  sku: string;
  name: string;
  barcodes: string[];
}
const made: Made[] = [];

beforeAll(async () => {
  // More bolts than the id lookup takes, so "bolt" is a common term; a few rarer things beside them.
  for (let i = 0; i < SEARCH_MATCHES_BY_ID + 5; i++) {
    made.push({ sku: `BOLT-${String(i).padStart(5, "0")}`, name: `Hex bolt ${i}`, barcodes: [] });
  }
  made.push(
    { sku: "WASHER-M8", name: "Washer for an M8 bolt", barcodes: ["4006381333931"] },
    { sku: "NUT-M8", name: "Nut, zinc plated", barcodes: ["CODE-NUT-8"] },
    { sku: "GEAR-1", name: "Gear with 100% markup_ and a p\\lus", barcodes: [] },
  );
  await kit.db.transaction(async (tx) => {
    for (const product of made) await createProduct(tx, null, product);
  });
}, 120_000);

/** The rule, applied to every product: what the first page and the count must show. */
function expected(term: string) {
  const lower = term.toLowerCase();
  const matches = made
    .filter(
      (product) =>
        product.sku.toLowerCase().includes(lower) ||
        product.name.toLowerCase().includes(lower) ||
        product.barcodes.some((code) => code.toLowerCase() === lower),
    )
    .map((product) => product.sku)
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  return { totalCount: matches.length, page: matches.slice(0, 50) };
}

describe("product search", () => {
  it.each([
    ["a rare SKU part", "LT-0004"],
    ["one SKU, in another case", "bolt-00042"],
    ["a name part", "zinc"],
    ["a common term, walked in order", "bolt"],
    ["a common term in names", "Hex"],
    ["a term shorter than a trigram", "M8"],
    ["a whole barcode", "code-nut-8"],
    ["a part of a barcode, which is no match", "CODE-NUT"],
    ["an EAN-13 barcode", "4006381333931"],
    ["LIKE's wildcards, as plain text", "100%"],
    ["a short wildcard, as plain text", "t_"],
    ["an escape character, as plain text", "p\\l"],
    ["nothing", "no such thing"],
  ])("finds %s (%s) as the rule says", async (_what, term) => {
    const result = await kit.execute(productSearch, { search: term, first: 50 });
    expect(result.errors).toBeUndefined();
    const { totalCount, page } = expected(term);
    expect(result.data?.products.totalCount).toBe(totalCount);
    expect(result.data?.products.edges.map((edge) => edge.node.sku)).toEqual(page);
  });
});
