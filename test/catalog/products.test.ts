import { describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { bomArchive, bomCreate } from "../operations/bom.ts";
import {
  node,
  productByBarcode,
  productCreate,
  productsByReplenishment,
  productUpdateBatchSize,
} from "../operations/catalog.ts";

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

describe("products", () => {
  it("creates a product and finds it by barcode", async () => {
    const created = await kit.execute(productCreate, {
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

    const found = await kit.execute(productByBarcode, { code: "4006381333931" });
    expect(found.data?.productByBarcode).toEqual({ sku: "WHEEL-1", name: "Wheel" });
  });

  it("refuses a duplicate SKU with a typed error and writes nothing", async () => {
    const before = await kit.db.prisma.product.count();
    const duplicate = await kit.execute(productCreate, { input: { sku: "WHEEL-1", name: "Another wheel" } });
    expect(duplicate.data?.productCreate).toEqual({
      product: null,
      userErrors: [
        { code: "ALREADY_EXISTS", message: 'SKU "WHEEL-1" is already used', field: ["input", "sku"] },
      ],
    });
    expect(await kit.db.prisma.product.count()).toBe(before);
  });

  it("refuses requests without an API key", async () => {
    const result = await kit.execute(productByBarcode, { code: "x" }, { key: null });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("finds any product by its global id through node(id)", async () => {
    const created = await kit.execute(productCreate, { input: { sku: "NODE-1", name: "Node lookup" } });
    const id = created.data?.productCreate.product?.id ?? "";
    const found = await kit.execute(node, { id });
    expect(found.data?.node).toEqual({ __typename: "Product", sku: "NODE-1" });
    const malformed = await kit.execute(node, { id: "not-an-id" });
    expect(malformed.errors?.[0]).toMatchObject({
      message: 'id: "not-an-id" is not a valid id',
      extensions: { code: "BAD_USER_INPUT", field: ["id"] },
    });
  });

  it.each([
    [{ sku: "", name: "x" }, "INVALID_INPUT", ["input", "sku"]],
    [{ sku: "has space", name: "x" }, "INVALID_INPUT", ["input", "sku"]],
    [{ sku: "LONG", name: "n".repeat(201) }, "INVALID_INPUT", ["input", "name"]],
    [{ sku: "NEG", name: "x", cost: "-1" }, "INVALID_INPUT", ["input", "cost"]],
    [{ sku: "LEAD", name: "x", leadTimeDays: -2 }, "INVALID_INPUT", ["input", "leadTimeDays"]],
    [{ sku: "DUPBC", name: "x", barcodes: ["111", "111"] }, "INVALID_INPUT", ["input", "barcodes"]],
    [
      { sku: "TAKENBC", name: "x", barcodes: ["4006381333931"] },
      "ALREADY_EXISTS",
      ["input", "barcodes", "0"],
    ],
    [
      { sku: "NOSUP", name: "x", primarySupplierId: globalId("Supplier", 999999) },
      "NOT_FOUND",
      ["input", "primarySupplierId"],
    ],
  ])("refuses bad input %j with %s on %j and writes nothing", async (input, code, field) => {
    const before = await Promise.all([kit.db.prisma.product.count(), kit.db.prisma.event.count()]);
    const result = await kit.execute(productCreate, { input: input as { sku: string; name: string } });
    expect(result.data?.productCreate.product).toBeNull();
    expect(result.data?.productCreate.userErrors).toContainEqual(expect.objectContaining({ code, field }));
    expect(await Promise.all([kit.db.prisma.product.count(), kit.db.prisma.event.count()])).toEqual(before);
  });

  it("refuses a decimal with more than 6 places before anything runs", async () => {
    const result = await kit.execute(productCreate, { input: { sku: "PREC", name: "x", cost: "0.1234567" } });
    expect(result.errors?.[0]?.message).toContain("more than 6 decimal places");
    expect(await kit.db.prisma.product.count({ where: { sku: "PREC" } })).toBe(0);
  });

  it("filters by the effective replenishment, derived from default BOMs when not chosen", async () => {
    const make = async (sku: string, replenishment?: "PURCHASE" | "PRODUCE" | "ASSEMBLE") => {
      const created = await kit.execute(productCreate, { input: { sku, name: sku, replenishment } });
      return created.data?.productCreate.product?.id ?? "";
    };
    const part = await make("REPL-PART");
    const made = await make("REPL-MADE");
    await make("REPL-BOUGHT-EXPLICIT", "PURCHASE");
    await make("REPL-PRODUCE-EXPLICIT", "PRODUCE");
    const bom = await kit.execute(bomCreate, {
      input: {
        productId: made,
        kind: "PRODUCTION",
        name: "made",
        lines: [{ componentId: part, quantity: "1" }],
      },
    });
    expect(bom.data?.bomCreate.userErrors).toEqual([]);

    // The filter (a column triggers keep) and the field (deriveReplenishment) give the same answer.
    const skus = async (replenishment: "PURCHASE" | "PRODUCE" | "ASSEMBLE") => {
      const result = await kit.execute(productsByReplenishment, { replenishment, search: "REPL-" });
      const nodes = result.data?.products.edges.map((edge) => edge.node) ?? [];
      for (const node of nodes) expect(node.replenishment).toBe(replenishment);
      return nodes.map((node) => node.sku).sort();
    };
    expect(await skus("PRODUCE")).toEqual(["REPL-MADE", "REPL-PRODUCE-EXPLICIT"]);
    expect(await skus("PURCHASE")).toEqual(["REPL-BOUGHT-EXPLICIT", "REPL-PART"]);
    expect(await skus("ASSEMBLE")).toEqual([]);

    // Defaults added and removed (archiving a BOM removes it as default) change the derived replenishment.
    const assembly = await kit.execute(bomCreate, {
      input: {
        productId: made,
        kind: "ASSEMBLY",
        name: "kit",
        lines: [{ componentId: part, quantity: "1" }],
      },
    });
    expect(assembly.data?.bomCreate.userErrors).toEqual([]);
    expect(await skus("PRODUCE")).toEqual(["REPL-MADE", "REPL-PRODUCE-EXPLICIT"]);
    await kit.execute(bomArchive, { id: bom.data?.bomCreate.bom?.id ?? "" });
    expect(await skus("ASSEMBLE")).toEqual(["REPL-MADE"]);
    expect(await skus("PRODUCE")).toEqual(["REPL-PRODUCE-EXPLICIT"]);
    await kit.execute(bomArchive, { id: assembly.data?.bomCreate.bom?.id ?? "" });
    expect(await skus("PURCHASE")).toEqual(["REPL-BOUGHT-EXPLICIT", "REPL-MADE", "REPL-PART"]);
    expect(await skus("ASSEMBLE")).toEqual([]);
  });

  it("keeps a max batch size: a positive decimal, null to clear it", async () => {
    const plain = await kit.execute(productCreate, { input: { sku: "BATCH-NONE", name: "none" } });
    expect(plain.data?.productCreate.product?.maxBatchSize).toBeNull();

    const created = await kit.execute(productCreate, {
      input: { sku: "BATCH-1", name: "b", maxBatchSize: "25.5" },
    });
    expect(created.data?.productCreate.userErrors).toEqual([]);
    const id = created.data?.productCreate.product?.id ?? "";
    expect(created.data?.productCreate.product?.maxBatchSize).toBe("25.5");

    for (const maxBatchSize of ["0", "-3"]) {
      const refused = await kit.execute(productCreate, {
        input: { sku: "BATCH-BAD", name: "b", maxBatchSize },
      });
      expect(refused.data?.productCreate).toEqual({
        product: null,
        userErrors: [
          { code: "INVALID_INPUT", message: "must be greater than zero", field: ["input", "maxBatchSize"] },
        ],
      });
    }

    const update = async (input: { maxBatchSize?: string | null; name?: string }) =>
      (await kit.execute(productUpdateBatchSize, { id, input })).data?.productUpdate;
    expect(await update({ maxBatchSize: "10" })).toEqual({
      product: { maxBatchSize: "10", name: "b" },
      userErrors: [],
    });
    expect(await update({ name: "renamed" })).toEqual({
      product: { maxBatchSize: "10", name: "renamed" },
      userErrors: [],
    });
    expect((await update({ maxBatchSize: "0" }))?.userErrors).toEqual([
      { code: "INVALID_INPUT", message: "must be greater than zero", field: ["input", "maxBatchSize"] },
    ]);
    expect(await update({ maxBatchSize: null })).toEqual({
      product: { maxBatchSize: null, name: "renamed" },
      userErrors: [],
    });
  });
});
