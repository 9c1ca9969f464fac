import { describe, expect, it } from "vitest";
import type { TestKit } from "../kit/app.ts";
import { expectStockLevelsMatchLedger } from "../kit/invariants.ts";
import { locationStock, productStock, stockLevels, stockMovements } from "../operations/inventory.ts";
import { inventoryFixtures, locationGid, productGid } from "./fixtures.ts";

const { use, ids, createProduct, adjustOk, onHand } = inventoryFixtures();
let kit: TestKit;
use((opened) => {
  kit = opened;
});

describe("stock adjustments", () => {
  it("applies each adjustment type with exact decimal results", async () => {
    const bolt = await createProduct("BOLT-1");
    const { warehouse } = ids;

    const first = await adjustOk("OTHER", [{ product: bolt, location: warehouse, quantity: "0.1" }], {
      note: "opening stock",
    });
    expect(first).toMatchObject({
      type: "OTHER",
      note: "opening stock",
      createdBy: "first admin key",
      movements: [
        {
          quantity: "0.1",
          reason: "ADJUSTMENT",
          product: { sku: "BOLT-1" },
          location: { name: "Main warehouse" },
          createdBy: "first admin key",
        },
      ],
    });
    await adjustOk("OTHER", [{ product: bolt, location: warehouse, quantity: "0.2" }]);
    expect(await onHand(bolt, warehouse)).toBe("0.3");

    // COUNT: the quantity is the counted on hand; the movement is the difference.
    const count = await adjustOk("COUNT", [{ product: bolt, location: warehouse, quantity: "10.5" }]);
    expect(count.movements.map((movement) => movement.quantity)).toEqual(["10.2"]);
    expect(await onHand(bolt, warehouse)).toBe("10.5");
    // A count that matches on hand is recorded, without movements.
    const recount = await adjustOk("COUNT", [{ product: bolt, location: warehouse, quantity: "10.500" }]);
    expect(recount.movements).toEqual([]);

    const waste = await adjustOk("WASTE", [{ product: bolt, location: warehouse, quantity: "0.25" }]);
    expect(waste.movements.map((movement) => movement.quantity)).toEqual(["-0.25"]);
    await adjustOk("DAMAGE", [{ product: bolt, location: warehouse, quantity: "1.05" }]);
    await adjustOk("OTHER", [{ product: bolt, location: warehouse, quantity: "-0.2" }]);
    expect(await onHand(bolt, warehouse)).toBe("9");

    const read = await kit.execute(productStock, {
      productId: productGid(bolt),
      locationId: locationGid(warehouse),
    });
    expect(read.errors).toBeUndefined();
    expect(read.data?.node).toEqual({
      sku: "BOLT-1",
      stock: {
        onHand: "9",
        allocated: "0",
        available: "9",
        onOrder: "0",
        location: { name: "Main warehouse" },
      },
      stockLevels: [{ onHand: "9", location: { name: "Main warehouse" } }],
    });

    // The ledger, newest first, one page at a time.
    const page = async (after: string | null) => {
      const movements = await kit.execute(stockMovements, {
        productId: productGid(bolt),
        locationId: locationGid(warehouse),
        first: 2,
        after,
      });
      expect(movements.errors).toBeUndefined();
      const connection = movements.data?.stockMovements;
      return {
        quantities: connection?.edges.map((edge) => edge.node.quantity) ?? [],
        next: connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
      };
    };
    const quantities: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { quantities: onPage, next } = await page(cursor);
      quantities.push(...onPage);
      cursor = next;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(quantities).toEqual(["-0.2", "-1.05", "-0.25", "10.2", "0.2", "0.1"]);

    // One STOCK_CHANGED event per product x location touched, with on hand before and after.
    const events = await kit.db.prisma.event.findMany({
      where: { type: "STOCK_CHANGED", entityId: String(bolt) },
      orderBy: { id: "asc" },
    });
    expect(events).toHaveLength(6);
    expect(events.at(-1)).toMatchObject({
      entityType: "Product",
      locationId: warehouse,
      payload: { productId: bolt, locationId: warehouse, onHandBefore: "9.2", onHandAfter: "9" },
    });
    expect(await kit.db.prisma.event.count({ where: { type: "INVENTORY_ADJUSTED" } })).toBeGreaterThanOrEqual(
      7,
    );
    await expectStockLevelsMatchLedger(kit.db);
  });

  it("adjusts several products and locations in one adjustment", async () => {
    const nut = await createProduct("NUT-1");
    const washer = await createProduct("WASHER-1");
    const adjustment = await adjustOk("OTHER", [
      { product: nut, location: ids.warehouse, quantity: "100" },
      { product: nut, location: ids.shopFloor, quantity: "5" },
      { product: washer, location: ids.warehouse, quantity: "3.333333" },
    ]);
    expect(adjustment.movements.map((movement) => [movement.product.sku, movement.location.name])).toEqual([
      ["NUT-1", "Main warehouse"],
      ["NUT-1", "Assembly floor"],
      ["WASHER-1", "Main warehouse"],
    ]);

    const count = await adjustOk("COUNT", [
      { product: nut, location: ids.warehouse, quantity: "100" },
      { product: nut, location: ids.shopFloor, quantity: "0" },
      { product: washer, location: ids.shopFloor, quantity: "2" },
    ]);
    expect(count.movements.map((movement) => movement.quantity)).toEqual(["-5", "2"]);

    const levels = await kit.execute(stockLevels, { productId: productGid(nut) });
    expect(levels.data?.stockLevels.edges.map((edge) => edge.node)).toEqual([
      { onHand: "100", available: "100", product: { sku: "NUT-1" }, location: { name: "Main warehouse" } },
      { onHand: "0", available: "0", product: { sku: "NUT-1" }, location: { name: "Assembly floor" } },
    ]);
    const atFloor = await kit.execute(locationStock, { id: locationGid(ids.shopFloor) });
    expect(atFloor.data?.node).toEqual({
      name: "Assembly floor",
      stockLevels: [
        { onHand: "0", product: { sku: "NUT-1" } },
        { onHand: "2", product: { sku: "WASHER-1" } },
      ],
    });

    const never = await kit.execute(productStock, {
      productId: productGid(washer),
      locationId: locationGid(ids.archivedLocation),
    });
    expect(never.data?.node).toMatchObject({ stock: null });
  });
});
