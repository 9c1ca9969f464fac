import { describe, expect, it } from "vitest";
import { createProductionOrder } from "../../../src/domain/orders/production/create.ts";
import { succeeded, type TestKit } from "../../kit/app.ts";
import { expectConsistent, written } from "../../kit/checks.ts";
import { globalId } from "../../kit/ids.ts";
import { addStock, createBom, createProduct, type World } from "../../kit/world.ts";
import { productionOrderCreatePurchaseOrders } from "../../operations/orders.ts";
import { purchaseOrders } from "../../operations/purchasing.ts";
import { purchasingFixtures } from "./fixtures.ts";

const fixtures = purchasingFixtures();
const { product, at } = fixtures;
let kit: TestKit;
let world: World;
fixtures.use((opened) => ({ kit, world } = opened));

describe("purchase orders for a production order", () => {
  it("orders the short components from their primary suppliers, one order per supplier, linked back", async () => {
    const frame = await createProduct(kit, "FRAME", { primarySupplierId: world.supplierA, cost: "40" });
    const wheel = await createProduct(kit, "WHEEL", { primarySupplierId: world.supplierB });
    const spoke = await createProduct(kit, "SPOKE", { primarySupplierId: world.supplierA });
    const paint = await createProduct(kit, "PAINT"); // no supplier
    const grip = await createProduct(kit, "GRIP", { primarySupplierId: world.supplierA }); // enough stock
    const bike = await createProduct(kit, "BIKE");
    const bom = await createBom(kit, bike, [
      [frame, "1"],
      [wheel, "2"],
      [spoke, "64"],
      [paint, "0.5"],
      [grip, "2"],
    ]);
    await addStock(kit, wheel, world.shopFloor, "1");
    await addStock(kit, wheel, world.warehouse, "2");
    await addStock(kit, grip, world.warehouse, "10");
    const productionOrder = await kit.db.transaction((tx) =>
      createProductionOrder(tx, null, {
        locationId: world.shopFloor,
        lines: [{ bomId: bom, quantity: "3" }],
      }),
    );
    const productionOrderId = globalId("ProductionOrder", productionOrder.id);

    const result = await kit.execute(productionOrderCreatePurchaseOrders, { productionOrderId });
    const payload = succeeded<NonNullable<typeof result.data>["productionOrderCreatePurchaseOrders"]>(
      result,
      "productionOrderCreatePurchaseOrders",
    );
    expect(payload.componentsWithoutSupplier).toEqual([{ sku: "PAINT" }]);
    expect(payload.purchaseOrders).toMatchObject([
      {
        status: "DRAFT",
        supplier: { name: "Acme" },
        location: { name: "Main warehouse" },
        productionOrder: { id: productionOrderId },
        lines: [
          { product: { sku: "FRAME" }, quantity: "3", unitCost: "40" },
          { product: { sku: "SPOKE" }, quantity: "192" },
        ],
      },
      {
        supplier: { name: "Bolt & Co" },
        productionOrder: { id: productionOrderId },
        lines: [{ product: { sku: "WHEEL" }, quantity: "3" }],
      },
    ]);
    const linked = await kit.execute(purchaseOrders, { productionOrderId });
    expect(linked.data?.purchaseOrders.edges).toHaveLength(2);

    // Chosen components: a short one for its shortage, one in stock for its whole requirement; elsewhere.
    const chosen = await kit.execute(productionOrderCreatePurchaseOrders, {
      productionOrderId,
      components: [globalId("Product", grip)],
      locationId: at(world.shopFloor),
    });
    expect(chosen.data?.productionOrderCreatePurchaseOrders.purchaseOrders).toMatchObject([
      { location: { name: "Shop floor" }, lines: [{ product: { sku: "GRIP" }, quantity: "6" }] },
    ]);

    const before = await written(kit);
    const notAComponent = await kit.execute(productionOrderCreatePurchaseOrders, {
      productionOrderId,
      components: [product("BOLT")],
    });
    expect(notAComponent.data?.productionOrderCreatePurchaseOrders.userErrors).toEqual([
      {
        code: "INVALID_INPUT",
        message: "is not a component of this production order",
        field: ["components", "0"],
      },
    ]);
    expect(await written(kit)).toEqual(before);
    await expectConsistent(kit);
  });
});
