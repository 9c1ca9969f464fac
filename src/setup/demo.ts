import type { Database, Tx } from "../db/database.ts";
import { createBom } from "../domain/bom/boms.ts";
import { createLocation, createResource } from "../domain/catalog/locations.ts";
import { createSupplier } from "../domain/catalog/partners.ts";
import { createProduct } from "../domain/catalog/products.ts";
import { adjustStock } from "../domain/inventory/adjustments.ts";
import { createProductionOrder } from "../domain/orders/production/create.ts";
import { MS_PER_DAY } from "../domain/time.ts";

/**
 * Demo data for a new database, written through the same business rules as the API (so it also has its
 * events and ledger). Returns false, writing nothing, when the database already holds products.
 *
 * Bicycle (BIKE) = 2 Wheel (produced) + 1 Frame + 1 Seat kit (phantom: saddle + seat post)
 * Wheel (WHEEL)  = 1 Rim + 36 Spokes + 1 Tire + 1 Hub, on the wheel-truing bench
 * Frame (FRAME)  = 1 Frame tube set + 0.25 l Paint (produced, so the tree has three levels)
 * and a released order for 3 bicycles with its nested orders (MO-00001).
 */
export async function seedDemo(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    if ((await tx.product.count()) > 0) return false;
    const actor = null;
    const warehouse = await createLocation(tx, actor, { name: "Main warehouse", kind: "WAREHOUSE" });
    const shopFloor = await createLocation(tx, actor, {
      name: "Assembly line",
      kind: "SHOP_FLOOR",
      connectedWarehouseId: warehouse.id,
    });
    const supplier = await createSupplier(tx, actor, {
      name: "Acme Bike Parts",
      email: "orders@acme.example",
    });
    const bench = await createResource(tx, actor, { name: "Wheel truing bench", capacityMinutesPerDay: 480 });

    const product = (sku: string, name: string, cost: string, extra: Record<string, unknown> = {}) =>
      createProduct(tx, actor, {
        sku,
        name,
        cost,
        primarySupplierId: supplier.id,
        leadTimeDays: 3,
        ...extra,
      });
    const rim = await product("RIM", "Rim", "18", { barcodes: ["4000000000011"] });
    const spoke = await product("SPOKE", "Spoke", "0.35", {
      minBeforeReorder: "200",
      reorderQuantity: "500",
    });
    const tire = await product("TIRE", "Tire", "22.5");
    const hub = await product("HUB", "Hub", "31");
    const tubes = await product("TUBESET", "Frame tube set", "85");
    const paint = await product("PAINT", "Paint", "40", { unit: "l" });
    const saddle = await product("SADDLE", "Saddle", "25");
    const seatPost = await product("SEATPOST", "Seat post", "12");
    const wheel = await product("WHEEL", "Wheel", "0", { barcodes: ["4000000000028"] });
    const frame = await product("FRAME", "Frame", "0");
    const seatKit = await product("SEATKIT", "Seat kit", "0");
    const bicycle = await product("BIKE", "Bicycle", "0", { barcodes: ["4000000000035"] });

    await bom(
      tx,
      wheel.id,
      "PRODUCTION",
      "Wheel",
      [
        [rim.id, "1"],
        [spoke.id, "36"],
        [tire.id, "1"],
        [hub.id, "1"],
      ],
      {
        operations: [
          {
            sequence: 10,
            name: "Lace and true",
            resourceId: bench.id,
            setupMinutes: "5",
            minutesPerUnit: "12",
          },
        ],
      },
    );
    await bom(tx, frame.id, "PRODUCTION", "Frame", [
      [tubes.id, "1"],
      [paint.id, "0.25"],
    ]);
    await bom(
      tx,
      seatKit.id,
      "ASSEMBLY",
      "Seat kit",
      [
        [saddle.id, "1"],
        [seatPost.id, "1"],
      ],
      { autoAssemble: true },
    );
    const bicycleBom = await bom(tx, bicycle.id, "PRODUCTION", "Bicycle", [
      [wheel.id, "2"],
      [frame.id, "1"],
      [seatKit.id, "1"],
    ]);

    await adjustStock(tx, actor, {
      type: "COUNT",
      note: "Opening stock (demo)",
      lines: [
        { productId: rim.id, locationId: warehouse.id, quantity: "20" },
        { productId: spoke.id, locationId: warehouse.id, quantity: "500" },
        { productId: tire.id, locationId: warehouse.id, quantity: "12" },
        { productId: hub.id, locationId: warehouse.id, quantity: "8" },
        { productId: tubes.id, locationId: warehouse.id, quantity: "3" },
        { productId: paint.id, locationId: warehouse.id, quantity: "2.5" },
        { productId: saddle.id, locationId: shopFloor.id, quantity: "4" },
        { productId: seatPost.id, locationId: shopFloor.id, quantity: "4" },
        { productId: wheel.id, locationId: shopFloor.id, quantity: "2" },
      ],
    });
    // A released order for 3 bicycles (MO-00001): its nested wheel and frame orders, and the transfers and
    // purchases its release created, are there to read in one query.
    await createProductionOrder(tx, actor, {
      locationId: shopFloor.id,
      lines: [{ bomId: bicycleBom.id, quantity: "3" }],
      status: "RELEASED",
      requiredByDate: new Date(Date.now() + 14 * MS_PER_DAY),
      tags: ["demo"],
    });
    return true;
  });
}

async function bom(
  tx: Tx,
  productId: number,
  kind: "PRODUCTION" | "ASSEMBLY",
  name: string,
  lines: [componentId: number, quantity: string][],
  extra: Record<string, unknown> = {},
) {
  return createBom(tx, null, {
    productId,
    kind,
    name,
    lines: lines.map(([componentId, quantity]) => ({ componentId, quantity })),
    ...extra,
  });
}
