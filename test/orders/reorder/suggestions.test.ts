import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, succeeded, type TestKit } from "../../kit/app.ts";
import { expectConsistent, written } from "../../kit/checks.ts";
import { globalId } from "../../kit/ids.ts";
import { addStock, createBom, createProduct, seedWorld, type World } from "../../kit/world.ts";
import { purchaseOrderCreate, purchaseOrderPlace } from "../../operations/purchasing.ts";
import { reorderSuggestions, reorderSuggestionsApplyDrafts } from "../../operations/reorder.ts";

let kit: TestKit;
let world: World;
const ids: Record<string, number> = {};
const product = (sku: string) => globalId("Product", ids[sku] as number);
const location = (id: number) => globalId("Location", id);

beforeAll(async () => {
  kit = await createTestKit();
  world = await seedWorld(kit);
  const managed = { minBeforeReorder: "10", reorderQuantity: "5" };
  ids.BOLT = await createProduct(kit, "BOLT", { ...managed, primarySupplierId: world.supplierA });
  ids.NUT = await createProduct(kit, "NUT", { ...managed, primarySupplierId: world.supplierB });
  ids.TAPE = await createProduct(kit, "TAPE", { minBeforeReorder: "1" }); // no supplier
  ids.WHEEL = await createProduct(kit, "WHEEL", { minBeforeReorder: "4", reorderQuantity: "2" });
  ids.SPOKE = await createProduct(kit, "SPOKE"); // not managed: min 0
  ids.PLENTY = await createProduct(kit, "PLENTY", { minBeforeReorder: "2" });
  ids.OLD = await createProduct(kit, "OLD", { minBeforeReorder: "2", archivedAt: new Date() });
  await createBom(kit, ids.WHEEL, [[ids.SPOKE, "32"]]);
  await addStock(kit, ids.BOLT, world.warehouse, "3");
  await addStock(kit, ids.BOLT, world.shopFloor, "1");
  await addStock(kit, ids.NUT, world.warehouse, "20");
  await addStock(kit, ids.PLENTY, world.lonelyWarehouse, "5");
  // 2 bolts on order at the warehouse.
  const po = await kit.execute(purchaseOrderCreate, {
    input: {
      supplierId: globalId("Supplier", world.supplierA),
      locationId: location(world.warehouse),
      lines: [{ productId: product("BOLT"), quantity: "2" }],
    },
  });
  await kit.execute(purchaseOrderPlace, { id: po.data?.purchaseOrderCreate.purchaseOrder?.id as string });
});
afterAll(() => kit.close());

describe("reorder suggestions", () => {
  it("lists products below their minimum over all locations or at one, with type and quantity", async () => {
    const all = await kit.execute(reorderSuggestions, {});
    expect(all.errors).toBeUndefined();
    expect(all.data?.reorderSuggestions).toEqual([
      // 3 + 1 on hand + 2 on order = 6 < 10: 10 + 5 - 6.
      {
        product: { sku: "BOLT" },
        type: "PURCHASE",
        available: "4",
        onOrder: "2",
        minBeforeReorder: "10",
        reorderQuantity: "5",
        suggestedQuantity: "9",
      },
      {
        product: { sku: "TAPE" },
        type: "PURCHASE",
        available: "0",
        onOrder: "0",
        minBeforeReorder: "1",
        reorderQuantity: "0",
        suggestedQuantity: "1",
      },
      {
        product: { sku: "WHEEL" },
        type: "PRODUCTION",
        available: "0",
        onOrder: "0",
        minBeforeReorder: "4",
        reorderQuantity: "2",
        suggestedQuantity: "6",
      },
    ]);
    const atFloor = await kit.execute(reorderSuggestions, { locationId: location(world.shopFloor) });
    expect(atFloor.data?.reorderSuggestions.map((s) => [s.product.sku, s.suggestedQuantity])).toEqual([
      ["BOLT", "14"],
      ["NUT", "15"],
      ["PLENTY", "2"],
      ["TAPE", "1"],
      ["WHEEL", "6"],
    ]);
  });

  it("turns selected suggestions into DRAFT production and purchase orders", async () => {
    const result = await kit.execute(reorderSuggestionsApplyDrafts, {
      productIds: [product("BOLT"), product("WHEEL"), product("TAPE")],
      locationId: location(world.warehouse),
      allLocations: true,
    });
    const payload = succeeded<NonNullable<typeof result.data>["reorderSuggestionsApply"]>(
      result,
      "reorderSuggestionsApply",
    );
    expect(payload).toMatchObject({
      productionOrders: [
        {
          status: "DRAFT",
          location: { name: "Shop floor" },
          lines: [{ quantity: "6", product: { sku: "WHEEL" } }],
        },
      ],
      purchaseOrders: [
        {
          status: "DRAFT",
          supplier: { name: "Acme" },
          location: { name: "Main warehouse" },
          lines: [{ quantity: "9", product: { sku: "BOLT" } }],
        },
      ],
      productsWithoutSupplier: [{ sku: "TAPE" }],
    });
    await expectConsistent(kit);

    // At one location the suggestion is computed there.
    const atWarehouse = await kit.execute(reorderSuggestionsApplyDrafts, {
      productIds: [product("BOLT")],
      locationId: location(world.warehouse),
    });
    expect(atWarehouse.data?.reorderSuggestionsApply.purchaseOrders[0]?.lines).toEqual([
      { quantity: "10", product: { sku: "BOLT" } },
    ]);
  });

  it("refuses products without a suggestion, and production without a shop floor, writing nothing", async () => {
    const before = await written(kit);
    const notBelow = await kit.execute(reorderSuggestionsApplyDrafts, {
      productIds: [product("NUT"), product("SPOKE")],
      locationId: location(world.warehouse),
    });
    expect(notBelow.data?.reorderSuggestionsApply.userErrors).toEqual([
      { code: "INVALID_INPUT", message: "has no reorder suggestion here", field: ["productIds", "0"] },
      { code: "INVALID_INPUT", message: "has no reorder suggestion here", field: ["productIds", "1"] },
    ]);
    const noFloor = await kit.execute(reorderSuggestionsApplyDrafts, {
      productIds: [product("WHEEL")],
      locationId: location(world.lonelyWarehouse),
    });
    expect(noFloor.data?.reorderSuggestionsApply.userErrors[0]).toMatchObject({
      code: "WRONG_LOCATION_KIND",
      field: ["locationId"],
    });
    const archived = await kit.execute(reorderSuggestionsApplyDrafts, {
      productIds: [product("WHEEL")],
      locationId: location(world.archivedLocation),
    });
    expect(archived.data?.reorderSuggestionsApply.userErrors[0]).toMatchObject({
      code: "ARCHIVED",
      field: ["locationId"],
    });
    expect(await written(kit)).toEqual(before);
  });

  it("needs PURCHASING to read and buy, PRODUCTION_FULFILL to produce, both for both", async () => {
    const purchasing = await kit.keyWith("PURCHASING");
    // Reading the created production orders needs PRODUCTION_VIEW.
    const production = await kit.keyWith("PRODUCTION_FULFILL", "PRODUCTION_VIEW");
    const neither = await kit.keyWith("SALES");
    expect(
      (await kit.execute(reorderSuggestions, {}, { key: production })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    const before = await written(kit);
    const both = { productIds: [product("BOLT"), product("WHEEL")], locationId: location(world.shopFloor) };
    for (const key of [purchasing, production, neither]) {
      const refused = await kit.execute(reorderSuggestionsApplyDrafts, both, { key });
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(
      (await kit.execute(reorderSuggestionsApplyDrafts, both, { key: purchasing })).errors?.[0]?.message,
    ).toContain("PRODUCTION_FULFILL");
    expect(await written(kit)).toEqual(before);
    const buy = await kit.execute(
      reorderSuggestionsApplyDrafts,
      { productIds: [product("NUT")], locationId: location(world.shopFloor) },
      { key: purchasing },
    );
    expect(buy.data?.reorderSuggestionsApply.purchaseOrders).toHaveLength(1);
    const make = await kit.execute(
      reorderSuggestionsApplyDrafts,
      { productIds: [product("WHEEL")], locationId: location(world.shopFloor) },
      { key: production },
    );
    expect(make.data?.reorderSuggestionsApply.productionOrders).toHaveLength(1);
  });
});
