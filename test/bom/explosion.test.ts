import { describe, expect, it } from "vitest";
import { buildExplosion, type ExplosionRow } from "../../src/domain/bom/explosion.ts";
import { dec } from "../../src/domain/decimal.ts";
import { postMovements } from "../../src/domain/inventory/ledger.ts";
import { BomKind } from "../../src/generated/prisma/enums.ts";
import type { TestKit } from "../kit/app.ts";
import { seedProducts } from "../kit/bom-trees.ts";
import { globalId } from "../kit/ids.ts";
import { bomCreate, bomExplosion, bomExplosionBoms, bomWhereUsed } from "../operations/bom.ts";
import { measured, pathOf, useBicycle } from "./fixtures.ts";

let kit: TestKit;
let ids: Record<string, number>;
const product = (sku: string) => globalId("Product", ids[sku] as number);

async function explode(variables: {
  productId?: string;
  bomId?: string;
  quantity?: string;
  locationId?: string;
}) {
  const result = await kit.execute(bomExplosion, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.bomExplosion;
}

useBicycle((opened) => {
  ({ kit, ids } = opened);
});

describe("bomExplosion", () => {
  it("returns every node once per path with exact quantities through every level", async () => {
    const explosion = await explode({ productId: product("BIKE"), quantity: "3" });
    expect(explosion?.product.sku).toBe("BIKE");
    expect(explosion?.quantity).toBe("3");
    const rows = explosion?.nodes.map((node) => [
      "  ".repeat(node.level) + node.component.sku,
      node.kind,
      node.quantityPerParent,
      node.totalQuantity,
    ]);
    expect(rows).toEqual([
      ["BIKE", "PRODUCED", null, "3"],
      ["  FRAME", "PRODUCED", "1", "3"],
      ["    TUBE", "SIMPLE", "3", "9"],
      ["    BOLT", "SIMPLE", "2", "6"],
      ["    BRAKE", "PRODUCED", "1", "3"],
      ["      PAD", "SIMPLE", "2", "6"],
      ["  WHEEL", "ASSEMBLED", "2", "6"],
      ["    HUB", "PRODUCED", "1", "6"],
      ["      BOLT", "SIMPLE", "1", "6"],
      ["      AXLE", "SIMPLE", "0.5", "3"],
      ["    SPOKE", "SIMPLE", "32", "192"],
      ["    RIM", "SIMPLE", "1", "6"],
      ["    BRAKE", "PRODUCED", "1", "6"],
      ["      PAD", "SIMPLE", "2", "12"],
      ["  BOLT", "SIMPLE", "4", "12"],
    ]);
    // Node ids end in their paths: unique, and each parent's path is a prefix of its children's.
    const nodeIds = explosion?.nodes.map((node) => node.id) ?? [];
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    for (const node of explosion?.nodes ?? []) {
      if (node.parentId) expect(pathOf(node.id).startsWith(`${pathOf(node.parentId)}.`)).toBe(true);
    }
    expect(explosion?.nodes[5]?.path).toBe("BIKE > FRAME > BRAKE > PAD");
  });

  it("names each explosion and its nodes by what changes their figures: quantity, location, BOM", async () => {
    const five = await explode({ productId: product("BIKE"), quantity: "5" });
    const one = await explode({ productId: product("BIKE"), quantity: "1" });
    const fiveAgain = await explode({ productId: product("BIKE"), quantity: "5.000" });
    const atShop = await explode({
      productId: product("BIKE"),
      quantity: "5",
      locationId: globalId(
        "Location",
        (await kit.db.prisma.location.create({ data: { name: "Ids warehouse", kind: "WAREHOUSE" } })).id,
      ),
    });
    const idsOf = (explosion: typeof five) => [
      explosion?.id,
      ...(explosion?.nodes.map((node) => node.id) ?? []),
    ];
    // The same arguments name the same objects; other arguments other objects, node for node.
    expect(idsOf(fiveAgain)).toEqual(idsOf(five));
    const all = [five, one, atShop].flatMap(idsOf);
    expect(new Set(all).size).toBe(all.length);
    expect(one?.nodes.map((node) => pathOf(node.id))).toEqual(five?.nodes.map((node) => pathOf(node.id)));
    expect(five?.nodes.find((node) => node.parentId)?.parentId).toBe(five?.nodes[0]?.id);
  });

  it("sums shared components once in the requirements and rolls up cost and operation time", async () => {
    const explosion = await explode({ productId: product("BIKE"), quantity: "3" });
    expect(explosion?.requirements.map((row) => [row.component.sku, row.quantity])).toEqual([
      ["AXLE", "3"],
      ["BOLT", "24"],
      ["PAD", "18"],
      ["RIM", "6"],
      ["SPOKE", "192"],
      ["TUBE", "9"],
    ]);
    // Per bike: AXLE 1 x 3 + BOLT 8 x 0.1 + PAD 6 x 2 + RIM 2 x 12 + SPOKE 64 x 0.25 + TUBE 3 x 5 = 70.8.
    // Operations: setup 10 + 30 + 5 = 45; run per bike 20 (BIKE) + 12 (FRAME) + 2 hubs x 1.5 = 35.
    expect(explosion?.cost).toEqual({
      materialCostPerUnit: "70.8",
      materialCost: "212.4",
      setupMinutes: "45",
      runMinutesPerUnit: "35",
      operationMinutesPerUnit: "50",
      operationMinutes: "150",
    });
  });

  it("counts stock at the location plus its connected warehouse, not elsewhere", async () => {
    const warehouse = await kit.db.prisma.location.create({
      data: { name: "Main warehouse", kind: "WAREHOUSE" },
    });
    const shop = await kit.db.prisma.location.create({
      data: { name: "Shop floor", kind: "SHOP_FLOOR", connectedWarehouseId: warehouse.id },
    });
    const elsewhere = await kit.db.prisma.location.create({ data: { name: "Far away", kind: "WAREHOUSE" } });
    const receive = (sku: string, locationId: number, quantity: string) => ({
      productId: ids[sku] as number,
      locationId,
      quantity: dec(quantity),
      reason: "ADJUSTMENT" as const,
    });
    await kit.db.transaction((tx) =>
      postMovements(tx, null, [
        receive("SPOKE", shop.id, "100"),
        receive("SPOKE", warehouse.id, "50"),
        receive("SPOKE", elsewhere.id, "1000"),
        receive("BOLT", warehouse.id, "30"),
      ]),
    );
    await kit.db.prisma.stockLevel.update({
      where: { productId_locationId: { productId: ids.SPOKE as number, locationId: warehouse.id } },
      data: { allocated: "10" },
    });

    const explosion = await explode({
      productId: product("BIKE"),
      quantity: "3",
      locationId: globalId("Location", shop.id),
    });
    const requirement = (sku: string) => explosion?.requirements.find((row) => row.component.sku === sku);
    expect(requirement("SPOKE")).toEqual({
      component: { sku: "SPOKE" },
      quantity: "192",
      onHand: "150",
      available: "140",
      shortage: "52",
    });
    expect(requirement("BOLT")).toMatchObject({
      quantity: "24",
      onHand: "30",
      available: "30",
      shortage: "0",
    });
    expect(requirement("TUBE")).toMatchObject({ onHand: "0", shortage: "9" });
    // Each node compares its own path's need with the whole stock; only the summary nets shared components.
    const bolts = explosion?.nodes.filter((node) => node.component.sku === "BOLT");
    expect(bolts?.map((node) => [node.totalQuantity, node.shortage])).toEqual([
      ["6", "0"],
      ["6", "0"],
      ["12", "0"],
    ]);

    const fromWarehouse = await explode({
      productId: product("BIKE"),
      quantity: "3",
      locationId: globalId("Location", warehouse.id),
    });
    expect(fromWarehouse?.requirements.find((row) => row.component.sku === "SPOKE")).toMatchObject({
      onHand: "50",
      available: "40",
    });
    const everywhere = await explode({ productId: product("BIKE"), quantity: "3" });
    expect(everywhere?.requirements.find((row) => row.component.sku === "SPOKE")).toMatchObject({
      onHand: "1150",
      available: "1140",
      shortage: "0",
    });

    const located = await kit.execute(bomExplosionBoms, {
      productId: product("BIKE"),
      locationId: globalId("Location", shop.id),
    });
    expect(located.data?.bomExplosion.location).toEqual({ name: "Shop floor" });
    expect(located.data?.bomExplosion.nodes[1]).toEqual({
      bom: { name: "FRAME", kind: "PRODUCTION" },
      component: { sku: "FRAME" },
    });
  });

  it("says which BOM it used, explodes a given BOM, and never explodes archived products or BOMs", async () => {
    const defaultBom = await kit.db.prisma.bom.findFirstOrThrow({ where: { productId: ids.BIKE } });
    const explosion = await explode({ productId: product("BIKE") });
    expect(explosion?.bom).toEqual({ id: globalId("Bom", defaultBom.id), name: "BIKE" });

    const extra = await seedProducts(kit.db, ["TRIKE", "OLD-PART", "OLD-INNER"]);
    ids = { ...ids, ...extra };
    const inner = await kit.execute(bomCreate, {
      input: {
        productId: product("OLD-PART"),
        kind: BomKind.PRODUCTION,
        name: "old",
        lines: [{ componentId: product("OLD-INNER"), quantity: "1" }],
      },
    });
    expect(inner.data?.bomCreate.userErrors).toEqual([]);
    const trike = await kit.execute(bomCreate, {
      input: {
        productId: product("TRIKE"),
        kind: BomKind.PRODUCTION,
        name: "trike",
        lines: [
          { componentId: product("WHEEL"), quantity: "3" },
          { componentId: product("OLD-PART"), quantity: "1" },
        ],
      },
    });
    const trikeBom = trike.data?.bomCreate.bom?.id as string;
    await kit.db.prisma.product.update({ where: { id: ids["OLD-PART"] }, data: { archivedAt: new Date() } });

    const byBom = await explode({ bomId: trikeBom, quantity: "2" });
    expect(byBom?.bom?.name).toBe("trike");
    const oldPart = byBom?.nodes.find((node) => node.component.sku === "OLD-PART");
    expect(oldPart).toMatchObject({ kind: "SIMPLE", totalQuantity: "2" });
    expect(byBom?.nodes.some((node) => node.component.sku === "OLD-INNER")).toBe(false);

    const archivedTop = await kit.execute(bomExplosion, { productId: product("OLD-PART") });
    expect(archivedTop.errors?.[0]?.extensions).toMatchObject({ code: "ARCHIVED", field: ["productId"] });
    const unknown = await kit.execute(bomExplosion, { productId: globalId("Product", 999_999) });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: ["productId"] });
    const unknownLocation = await kit.execute(bomExplosion, {
      productId: product("BIKE"),
      locationId: globalId("Location", 999_999),
    });
    expect(unknownLocation.errors?.[0]?.extensions).toMatchObject({
      code: "NOT_FOUND",
      field: ["locationId"],
    });
    const neither = await kit.execute(bomExplosion, {});
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_INPUT", field: ["productId"] });
    const zero = await kit.execute(bomExplosion, { productId: product("BIKE"), quantity: "0" });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_INPUT", field: ["quantity"] });
  });
});

describe("bomWhereUsed", () => {
  it("lists every product that uses a component at any depth, per path, with the quantity per unit", async () => {
    const { statements, result } = await measured(kit, () =>
      kit.execute(bomWhereUsed, { componentId: product("BOLT") }),
    );
    expect(result.errors).toBeUndefined();
    // The recursive statement (1) and every row's BOM in one batched lookup (1); the kit's key is remembered.
    expect(statements).toBe(2);
    expect(
      result.data?.bomWhereUsed.map((row) => [row.level, row.product.sku, row.path, row.quantityPerUnit]),
    ).toEqual([
      [1, "BIKE", "BIKE > BOLT", "4"],
      [1, "FRAME", "FRAME > BOLT", "2"],
      [1, "HUB", "HUB > BOLT", "1"],
      [2, "BIKE", "BIKE > FRAME > BOLT", "2"],
      [2, "WHEEL", "WHEEL > HUB > BOLT", "1"],
      [3, "BIKE", "BIKE > WHEEL > HUB > BOLT", "2"],
      [3, "TRIKE", "TRIKE > WHEEL > HUB > BOLT", "3"],
    ]);
    expect(result.data?.bomWhereUsed[0]?.bom).toEqual({ name: "BIKE" });
    // The inverse of the explosion: BIKE's paths sum to its BOLT requirement per bike (8).
    const unknown = await kit.execute(bomWhereUsed, { componentId: globalId("Product", 999_999) });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: ["componentId"] });
  });
});

describe("buildExplosion (the pure part)", () => {
  type RowSpec = {
    key: string;
    sku: string;
    num: string;
    den: string;
    bom?: BomKind;
    phantom?: boolean;
    cost?: string;
  };
  const row = (spec: RowSpec): ExplosionRow =>
    ({
      id: Number.parseInt(spec.sku.replace(/\D/g, ""), 10) || spec.sku.length,
      sku: spec.sku,
      cost: dec(spec.cost ?? "0"),
      node_key: spec.key,
      node_num: spec.num,
      node_den: spec.den,
      node_phantom: spec.phantom ?? false,
      node_bom_id: spec.bom ? 1 : null,
      node_bom_kind: spec.bom ?? null,
      node_on_hand: "1",
      node_available: "1",
      node_setup_minutes: null,
      node_run_minutes: null,
    }) as unknown as ExplosionRow;

  it("divides once: 1/3 per unit through a phantom, summed over two paths, stays exact", () => {
    const explosion = buildExplosion(
      [
        row({ key: "1", sku: "TOP", num: "1", den: "1", bom: BomKind.PRODUCTION }),
        row({ key: "1.10", sku: "KIT1", num: "1", den: "3", bom: BomKind.ASSEMBLY, phantom: true }),
        row({ key: "1.10.20", sku: "C2", num: "1", den: "3", cost: "3" }),
        row({ key: "1.11", sku: "C2", num: "2", den: "3", cost: "3" }),
      ],
      dec(3),
    );
    expect(explosion.nodes.map((node) => [node.id, node.parentId, node.level, node.kind])).toEqual([
      ["1", null, 0, "PRODUCED"],
      ["1.10", "1", 1, "PHANTOM"],
      ["1.10.20", "1", 1, "SIMPLE"],
      ["1.11", "1", 1, "SIMPLE"],
    ]);
    expect(explosion.nodes[1]?.shortage.toFixed()).toBe("0");
    expect(explosion.nodes[2]?.totalQuantity.toFixed()).toBe("1");
    expect(explosion.requirements).toHaveLength(1);
    expect(explosion.requirements[0]?.quantity.toFixed()).toBe("3");
    expect(explosion.requirements[0]?.shortage.toFixed()).toBe("2");
    expect(explosion.cost.materialCostPerUnit.toFixed()).toBe("3");
  });

  it("rounds only for display", () => {
    const explosion = buildExplosion(
      [
        row({ key: "1", sku: "TOP", num: "1", den: "1", bom: BomKind.PRODUCTION }),
        row({ key: "1.5", sku: "C5", num: "2", den: "3" }),
      ],
      dec(1),
    );
    expect(explosion.nodes[1]?.totalQuantity.toFixed()).toBe("0.666667");
    expect(explosion.requirements[0]?.quantity.toFixed()).toBe("0.666667");
  });
});
