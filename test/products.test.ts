import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./graphql/index.ts";
import { createTestKit, type TestKit } from "./support/kit.ts";

const CreateProduct = graphql(`
  mutation CreateProduct($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product { id sku name unit cost barcodes replenishment }
      userErrors { code message field }
    }
  }
`);

const ProductByBarcode = graphql(`
  query ProductByBarcode($code: String!) {
    productByBarcode(code: $code) { sku name }
  }
`);

let kit: TestKit;
beforeAll(async () => {
  kit = await createTestKit();
});
afterAll(() => kit.close());

describe("products", () => {
  it("creates a product and finds it by barcode", async () => {
    const created = await kit.execute(CreateProduct, {
      input: { sku: "WHEEL-1", name: "Wheel", cost: "12.50", barcodes: ["4006381333931"] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.productCreate.userErrors).toEqual([]);
    expect(created.data?.productCreate.product).toMatchObject({
      sku: "WHEEL-1",
      unit: "pcs",
      cost: "12.5",
      barcodes: ["4006381333931"],
      replenishment: "PURCHASE",
    });

    const found = await kit.execute(ProductByBarcode, { code: "4006381333931" });
    expect(found.data?.productByBarcode).toEqual({ sku: "WHEEL-1", name: "Wheel" });
  });

  it("refuses a duplicate SKU with a typed error and writes nothing", async () => {
    const before = await kit.db.prisma.product.count();
    const duplicate = await kit.execute(CreateProduct, { input: { sku: "WHEEL-1", name: "Another wheel" } });
    expect(duplicate.data?.productCreate).toEqual({
      product: null,
      userErrors: [
        { code: "ALREADY_EXISTS", message: 'SKU "WHEEL-1" is already used', field: ["input", "sku"] },
      ],
    });
    expect(await kit.db.prisma.product.count()).toBe(before);
  });

  it("refuses requests without an API key", async () => {
    const result = await kit.execute(ProductByBarcode, { code: "x" }, { key: null });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
