import { beforeAll, describe, expect, it } from "vitest";
import { dec } from "../../src/domain/decimal.ts";
import { postMovements } from "../../src/domain/inventory/ledger.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { seedProducts } from "../kit/bom-trees.ts";
import { written as writtenIn } from "../kit/checks.ts";
import { globalId } from "../kit/ids.ts";
import { expectStockLevelsMatchLedger } from "../kit/invariants.ts";
import { bomCreate, bomRun } from "../operations/bom.ts";

let kit: TestKit;
let ids: Record<string, number>;
let shop: number;
let bikeBom: string;
const product = (sku: string) => globalId("Product", ids[sku] as number);

async function createBom(input: {
  sku: string;
  kind?: "PRODUCTION" | "ASSEMBLY";
  autoAssemble?: boolean;
  outputQuantity?: string;
  lines: [string, string][];
}) {
  const result = await kit.execute(bomCreate, {
    input: {
      productId: product(input.sku),
      kind: input.kind ?? "PRODUCTION",
      name: input.sku,
      autoAssemble: input.autoAssemble ?? null,
      outputQuantity: input.outputQuantity ?? null,
      lines: input.lines.map(([component, quantity]) => ({ componentId: product(component), quantity })),
    },
  });
  expect(result.data?.bomCreate.userErrors).toEqual([]);
  return result.data?.bomCreate.bom?.id as string;
}

async function onHand(sku: string): Promise<string> {
  const level = await kit.db.prisma.stockLevel.findUnique({
    where: { productId_locationId: { productId: ids[sku] as number, locationId: shop } },
  });
  return level ? level.onHand.toFixed() : "0";
}

async function stockOf(...skus: string[]) {
  return Object.fromEntries(await Promise.all(skus.map(async (sku) => [sku, await onHand(sku)])));
}

/** Everything a run may write: a refused run leaves it all as it was. */
const written = () => writtenIn(kit);

const run = (quantity: string, options: { bomId?: string; locationId?: string; key?: string } = {}) =>
  kit.execute(
    bomRun,
    {
      input: {
        bomId: options.bomId ?? bikeBom,
        locationId: options.locationId ?? globalId("Location", shop),
        quantity,
      },
    },
    { key: options.key },
  );

useTestKit((opened) => {
  kit = opened;
});
beforeAll(async () => {
  ids = await seedProducts(kit.db, ["BIKE", "FRAME", "WHEEL", "SPOKE", "SEAT-KIT", "SADDLE", "POST"]);
  const warehouse = await kit.db.prisma.location.create({ data: { name: "Warehouse", kind: "WAREHOUSE" } });
  shop = (
    await kit.db.prisma.location.create({
      data: { name: "Shop floor", kind: "SHOP_FLOOR", connectedWarehouseId: warehouse.id },
    })
  ).id;
  // WHEEL is produced by its own BOM but taken from stock as it is; SEAT-KIT is a phantom: exploded.
  await createBom({ sku: "WHEEL", lines: [["SPOKE", "32"]] });
  await createBom({
    sku: "SEAT-KIT",
    kind: "ASSEMBLY",
    autoAssemble: true,
    lines: [
      ["SADDLE", "1"],
      ["POST", "1"],
    ],
  });
  bikeBom = await createBom({
    sku: "BIKE",
    lines: [
      ["FRAME", "1"],
      ["WHEEL", "2"],
      ["SEAT-KIT", "1"],
    ],
  });
  const stock = (sku: string, quantity: string) => ({
    productId: ids[sku] as number,
    locationId: shop,
    quantity: dec(quantity),
    reason: "ADJUSTMENT" as const,
  });
  await kit.db.transaction((tx) =>
    postMovements(tx, null, [
      stock("FRAME", "10"),
      stock("WHEEL", "20"),
      stock("SADDLE", "5"),
      stock("POST", "5"),
    ]),
  );
});

describe("bomRun (add to inventory)", () => {
  it("consumes the components (phantoms exploded) and adds the product, in the ledger under the run", async () => {
    const result = await run("2");
    expect(result.errors).toBeUndefined();
    expect(result.data?.bomRun.userErrors).toEqual([]);
    const bomRun = result.data?.bomRun.bomRun;
    expect(bomRun).toMatchObject({ quantity: "2", bom: { name: "BIKE" }, location: { name: "Shop floor" } });
    const movements = bomRun?.movements.map((movement) => [
      movement.product.sku,
      movement.quantity,
      movement.reason,
    ]);
    expect(movements?.sort()).toEqual(
      [
        ["BIKE", "2", "BOM_RUN_OUTPUT"],
        ["FRAME", "-2", "BOM_RUN_CONSUMPTION"],
        ["POST", "-2", "BOM_RUN_CONSUMPTION"],
        ["SADDLE", "-2", "BOM_RUN_CONSUMPTION"],
        ["WHEEL", "-4", "BOM_RUN_CONSUMPTION"],
      ].sort(),
    );
    expect(bomRun?.movements.every((movement) => movement.bomRun?.id === bomRun.id)).toBe(true);
    expect(bomRun?.movements.every((movement) => movement.location.name === "Shop floor")).toBe(true);
    expect(await stockOf("BIKE", "FRAME", "WHEEL", "SADDLE", "POST", "SPOKE", "SEAT-KIT")).toEqual({
      BIKE: "2",
      FRAME: "8",
      WHEEL: "16",
      SADDLE: "3",
      POST: "3",
      SPOKE: "0",
      "SEAT-KIT": "0",
    });
    await expectStockLevelsMatchLedger(kit.db);
  });

  it("reverses with a negative quantity: removes the product and returns the components", async () => {
    const result = await run("-2");
    expect(result.data?.bomRun.userErrors).toEqual([]);
    expect(
      result.data?.bomRun.bomRun?.movements.find((movement) => movement.product.sku === "WHEEL"),
    ).toMatchObject({
      quantity: "4",
      reason: "BOM_RUN_CONSUMPTION",
    });
    expect(await stockOf("BIKE", "FRAME", "WHEEL", "SADDLE", "POST")).toEqual({
      BIKE: "0",
      FRAME: "10",
      WHEEL: "20",
      SADDLE: "5",
      POST: "5",
    });
    await expectStockLevelsMatchLedger(kit.db);
  });

  it("refuses insufficient stock with a typed error and writes nothing", async () => {
    const before = await written();
    const result = await run("6");
    expect(result.data?.bomRun.bomRun).toBeNull();
    expect(result.data?.bomRun.userErrors.map((error) => [error.code, error.field])).toEqual([
      ["INSUFFICIENT_STOCK", ["input", "quantity"]],
      ["INSUFFICIENT_STOCK", ["input", "quantity"]],
    ]);
    expect(result.data?.bomRun.userErrors.map((error) => error.message)).toEqual([
      'Not enough stock of "SADDLE" at "Shop floor": on hand 5, requested 6',
      'Not enough stock of "POST" at "Shop floor": on hand 5, requested 6',
    ]);
    expect(await written()).toEqual(before);

    const reverseTooMuch = await run("-1");
    expect(reverseTooMuch.data?.bomRun.userErrors).toMatchObject([{ code: "INSUFFICIENT_STOCK" }]);
    expect(await written()).toEqual(before);
  });

  it("goes below zero when negative stock is allowed", async () => {
    await kit.db.prisma.settings.update({ where: { id: 1 }, data: { allowNegativeStock: true } });
    try {
      const result = await run("6");
      expect(result.data?.bomRun.userErrors).toEqual([]);
      expect(await stockOf("SADDLE", "POST", "BIKE")).toEqual({ SADDLE: "-1", POST: "-1", BIKE: "6" });
      expect((await run("-6")).data?.bomRun.userErrors).toEqual([]);
    } finally {
      await kit.db.prisma.settings.update({ where: { id: 1 }, data: { allowNegativeStock: false } });
    }
    await expectStockLevelsMatchLedger(kit.db);
  });

  it("rounds consumption away from zero to 6 decimals, so a reversal returns exactly what was taken", async () => {
    const extra = await seedProducts(kit.db, ["BATCH", "RESIN"]);
    ids = { ...ids, ...extra };
    const batch = await createBom({ sku: "BATCH", outputQuantity: "3", lines: [["RESIN", "1"]] });
    await kit.db.transaction((tx) =>
      postMovements(tx, null, [
        { productId: ids.RESIN as number, locationId: shop, quantity: dec("1"), reason: "ADJUSTMENT" },
      ]),
    );
    const made = await run("1", { bomId: batch });
    expect(
      made.data?.bomRun.bomRun?.movements.find((movement) => movement.product.sku === "RESIN")?.quantity,
    ).toBe("-0.333334");
    expect(await onHand("RESIN")).toBe("0.666666");
    await run("-1", { bomId: batch });
    expect(await onHand("RESIN")).toBe("1");
  });

  it("refuses bad input and phantom or archived BOMs, writing nothing", async () => {
    const before = await written();
    const phantom = await kit.db.prisma.bom.findFirstOrThrow({ where: { productId: ids["SEAT-KIT"] } });
    const cases = [
      [run("0"), [{ code: "INVALID_INPUT", field: ["input", "quantity"] }]],
      [
        run("1", { locationId: globalId("Location", 999_999) }),
        [{ code: "NOT_FOUND", field: ["input", "locationId"] }],
      ],
      [run("1", { bomId: globalId("Bom", 999_999) }), [{ code: "NOT_FOUND", field: ["input", "bomId"] }]],
      [
        run("1", { bomId: globalId("Bom", phantom.id) }),
        [{ code: "INVALID_INPUT", field: ["input", "bomId"] }],
      ],
    ] as const;
    for (const [pending, expected] of cases) {
      expect((await pending).data?.bomRun.userErrors).toMatchObject(expected);
    }
    expect(await written()).toEqual(before);
  });

  it("needs INVENTORY_ADJUST (BOM_MANAGE is not enough)", async () => {
    const bomManager = await kit.keyWith("BOM_MANAGE");
    const refused = await run("1", { key: bomManager });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const shopFloor = await kit.keyWith("INVENTORY_ADJUST");
    const allowed = await run("1", { key: shopFloor });
    expect(allowed.data?.bomRun.userErrors).toEqual([]);
  });
});
