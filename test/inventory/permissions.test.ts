import { describe, expect, it } from "vitest";
import type { TestKit } from "../kit/app.ts";
import { settingsNegativeStock, settingsUpdateNegativeStock } from "../operations/inventory.ts";
import { inventoryFixtures } from "./fixtures.ts";

const { use, ids, createProduct, adjust, adjustOk, snapshot } = inventoryFixtures();
let kit: TestKit;
use((opened) => {
  kit = opened;
});

describe("permissions", () => {
  it("refuses stockAdjust without INVENTORY_ADJUST and settingsUpdate without ADMIN", async () => {
    const viewerKey = await kit.keyWith("PRODUCTION_VIEW");
    const before = await snapshot();
    const refused = await adjust(
      "OTHER",
      [{ product: ids.archivedProduct, location: ids.warehouse, quantity: "1" }],
      {
        key: viewerKey,
      },
    );
    expect(refused.data?.stockAdjust ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    const adjusterKey = await kit.keyWith("INVENTORY_ADJUST");
    const settings = await kit.execute(
      settingsUpdateNegativeStock,
      { input: { allowNegativeStock: true } },
      { key: adjusterKey },
    );
    expect(settings.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await kit.execute(settingsNegativeStock, undefined, { key: viewerKey })).data?.settings).toEqual({
      allowNegativeStock: false,
    });

    const pedal = await createProduct("PEDAL-1");
    const adjustment = await adjustOk("OTHER", [{ product: pedal, location: ids.warehouse, quantity: "4" }], {
      key: adjusterKey,
    });
    expect(adjustment.createdBy).toMatch(/^test-role-/);
  });
});
