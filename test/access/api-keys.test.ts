import { describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { apiKeyCreate, apiKeyRevoke, me } from "../operations/access.ts";

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

describe("API keys", () => {
  it("an admin creates a key that works at once and stops working when revoked", async () => {
    const created = await kit.execute(apiKeyCreate, { input: { name: "scanner 3", role: "shop-floor" } });
    const payload = created.data?.apiKeyCreate;
    expect(payload?.userErrors).toEqual([]);
    const shopFloor = [
      "PRODUCTION_VIEW",
      "PRODUCTION_EXECUTE",
      "PRODUCTION_ADJUST",
      "INVENTORY_ADJUST",
      "INVENTORY_RECEIVE",
    ];
    expect(payload?.apiKey?.role.permissions).toEqual(shopFloor);
    const secret = payload?.secret ?? "";
    expect(secret.startsWith(payload?.apiKey?.prefix ?? "-")).toBe(true);

    const asScanner = await kit.execute(me, {}, { key: secret });
    expect(asScanner.data?.me).toEqual({
      apiKey: { name: "scanner 3", role: { name: "shop-floor", permissions: shopFloor } },
      // In the enum's order.
      permissions: [
        "PRODUCTION_VIEW",
        "PRODUCTION_ADJUST",
        "INVENTORY_ADJUST",
        "PRODUCTION_EXECUTE",
        "INVENTORY_RECEIVE",
      ],
    });

    await kit.execute(apiKeyRevoke, { id: payload?.apiKey?.id ?? "" });
    const afterRevoke = await kit.execute(me, {}, { key: secret });
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("stores only a hash of the key", async () => {
    const created = await kit.execute(apiKeyCreate, { input: { name: "hash check", role: "viewer" } });
    const secret = created.data?.apiKeyCreate.secret ?? "";
    const rows = await kit.db.prisma.apiKey.findMany();
    expect(rows.some((row) => JSON.stringify(row).includes(secret))).toBe(false);
  });

  it("refuses an unknown role as a user error", async () => {
    const created = await kit.execute(apiKeyCreate, { input: { name: "x", role: "wizard" } });
    expect(created.data?.apiKeyCreate.userErrors).toEqual([
      { code: "NOT_FOUND", message: 'No role named "wizard"', field: ["input", "role"] },
    ]);
  });

  it("refuses key management to a key without ADMIN, naming the field", async () => {
    const planner = await kit.keyWith("PRODUCTION_VIEW", "BOM_MANAGE");
    const result = await kit.execute(apiKeyCreate, { input: { name: "x", role: "admin" } }, { key: planner });
    expect(result.data?.apiKeyCreate ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.errors?.[0]?.message).toContain("Mutation.apiKeyCreate");
  });

  it("refuses a malformed bearer token and a missing header alike", async () => {
    for (const key of ["not-a-key", ""]) {
      const result = await kit.execute(me, {}, { key });
      expect(result.status).toBe(401);
    }
  });
});
