import { describe, expect, it } from "vitest";
import type { TestKit } from "../kit/app.ts";
import { expectStockLevelsMatchLedger } from "../kit/invariants.ts";
import { productStock, settingsNegativeStock } from "../operations/inventory.ts";
import { inventoryFixtures, locationGid, productGid } from "./fixtures.ts";

const { use, ids, createProduct, adjust, adjustOk, onHand, snapshot, setAllowNegativeStock } =
  inventoryFixtures();
let kit: TestKit;
use((opened) => {
  kit = opened;
});

describe("insufficient stock", () => {
  it("refuses taking out more than on hand, naming the line, and writes nothing", async () => {
    const gear = await createProduct("GEAR-1");
    const chain = await createProduct("CHAIN-1");
    await adjustOk("OTHER", [
      { product: gear, location: ids.warehouse, quantity: "10" },
      { product: chain, location: ids.warehouse, quantity: "5" },
    ]);

    const before = await snapshot();
    const refused = await adjust("WASTE", [
      { product: gear, location: ids.warehouse, quantity: "1" },
      { product: chain, location: ids.warehouse, quantity: "7" },
    ]);
    expect(refused.data?.stockAdjust).toEqual({
      adjustment: null,
      userErrors: [
        {
          code: "INSUFFICIENT_STOCK",
          message: 'Not enough stock of "CHAIN-1" at "Main warehouse": on hand 5, requested 7',
          field: ["input", "lines", "1", "quantity"],
        },
      ],
    });
    expect(await snapshot()).toEqual(before);

    // Never stocked there: on hand is zero, and not even an empty stock level row is left behind.
    const nothingThere = await adjust("OTHER", [
      { product: gear, location: ids.shopFloor, quantity: "-0.5" },
    ]);
    expect(nothingThere.data?.stockAdjust.userErrors).toEqual([
      {
        code: "INSUFFICIENT_STOCK",
        message: 'Not enough stock of "GEAR-1" at "Assembly floor": on hand 0, requested 0.5',
        field: ["input", "lines", "0", "quantity"],
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("allows going below zero while the setting allows negative stock", async () => {
    const spoke = await createProduct("SPOKE-1");
    await adjustOk("OTHER", [{ product: spoke, location: ids.warehouse, quantity: "5" }]);

    expect((await kit.execute(settingsNegativeStock)).data?.settings).toEqual({ allowNegativeStock: false });
    const eventsBefore = await kit.db.prisma.event.count({ where: { type: "SETTINGS_UPDATED" } });
    await setAllowNegativeStock(true);
    expect(await kit.db.prisma.event.count({ where: { type: "SETTINGS_UPDATED" } })).toBe(eventsBefore + 1);
    try {
      await adjustOk("WASTE", [{ product: spoke, location: ids.warehouse, quantity: "7" }]);
      expect(await onHand(spoke, ids.warehouse)).toBe("-2");
      const read = await kit.execute(productStock, {
        productId: productGid(spoke),
        locationId: locationGid(ids.warehouse),
      });
      expect(read.data?.node).toMatchObject({ stock: { onHand: "-2", available: "-2" } });
    } finally {
      await setAllowNegativeStock(false);
    }

    // Back to refusing: a receipt is still accepted while on hand stays negative, taking out is not.
    await adjustOk("OTHER", [{ product: spoke, location: ids.warehouse, quantity: "1.5" }]);
    expect(await onHand(spoke, ids.warehouse)).toBe("-0.5");
    const refused = await adjust("WASTE", [{ product: spoke, location: ids.warehouse, quantity: "0.1" }]);
    expect(refused.data?.stockAdjust.userErrors).toMatchObject([{ code: "INSUFFICIENT_STOCK" }]);
    await expectStockLevelsMatchLedger(kit.db);
  });
});
