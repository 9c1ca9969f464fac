import { describe, expect, it } from "vitest";
import { readSettings } from "../../src/domain/settings.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { settings, settingsUpdateQuantityPolicy } from "../operations/inventory.ts";

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

describe("quantity policy setting", () => {
  it("defaults to QUANTITY_REQUIRED, changes with an event, and cannot be cleared", async () => {
    expect((await kit.execute(settings)).data?.settings).toEqual({
      quantityPolicy: "QUANTITY_REQUIRED",
      allowNegativeStock: false,
    });

    const changed = await kit.execute(settingsUpdateQuantityPolicy, {
      input: { quantityPolicy: "REQUIRED_PLUS_MIN_STOCK" },
    });
    expect(changed.data?.settingsUpdate).toEqual({
      settings: { quantityPolicy: "REQUIRED_PLUS_MIN_STOCK", allowNegativeStock: false },
      userErrors: [],
    });
    const event = await kit.db.prisma.event.findFirst({
      where: { type: "SETTINGS_UPDATED" },
      orderBy: { id: "desc" },
    });
    expect(event?.payload).toEqual({
      changed: { quantityPolicy: { before: "QUANTITY_REQUIRED", after: "REQUIRED_PLUS_MIN_STOCK" } },
    });

    // Other settings leave it as it is.
    const other = await kit.execute(settingsUpdateQuantityPolicy, { input: { allowNegativeStock: false } });
    expect(other.data?.settingsUpdate.settings?.quantityPolicy).toBe("REQUIRED_PLUS_MIN_STOCK");

    const cleared = await kit.execute(settingsUpdateQuantityPolicy, { input: { quantityPolicy: null } });
    expect(cleared.data?.settingsUpdate.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", field: ["input", "quantityPolicy"] }),
    ]);
    expect((await readSettings(kit.db.prisma)).quantityPolicy).toBe("REQUIRED_PLUS_MIN_STOCK");

    const viewer = await kit.keyWith("PRODUCTION_VIEW");
    const refused = await kit.execute(
      settingsUpdateQuantityPolicy,
      { input: { quantityPolicy: "SHORTAGE_ONLY" } },
      { key: viewer },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await readSettings(kit.db.prisma)).quantityPolicy).toBe("REQUIRED_PLUS_MIN_STOCK");
  });
});
