import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dec } from "../src/domain/decimal.ts";
import { DomainError } from "../src/domain/errors.ts";
import { postMovements } from "../src/domain/inventory/ledger.ts";
import type { AdjustmentType, StockAdjustInput } from "./graphql/graphql.ts";
import { graphql } from "./graphql/index.ts";
import { createTestKit, type TestKit } from "./kit/app.ts";
import { expectStockLevelsMatchLedger } from "./kit/invariants.ts";
import { seededRandom } from "./kit/random.ts";

const StockAdjust = graphql(`
  mutation InvStockAdjust($input: StockAdjustInput!) {
    stockAdjust(input: $input) {
      adjustment {
        id type note createdBy
        movements { quantity reason product { sku } location { name } createdBy }
      }
      userErrors { code message field }
    }
  }
`);

const ProductStock = graphql(`
  query InvProductStock($productId: ID!, $locationId: ID!) {
    node(id: $productId) {
      ... on Product {
        sku
        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }
        stockLevels { onHand location { name } }
      }
    }
  }
`);

const StockMovements = graphql(`
  query InvStockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {
    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {
      edges { node { id quantity reason adjustment { type } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const StockLevels = graphql(`
  query InvStockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {
    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {
      edges { node { onHand available product { sku } location { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const LocationStock = graphql(`
  query InvLocationStock($id: ID!) {
    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }
  }
`);

const ProductsWithStock = graphql(`
  query InvProductsWithStock($search: String!, $first: Int!) {
    products(search: $search, first: $first) {
      edges { node { sku stockLevels { onHand location { name } } } }
    }
  }
`);

const Settings = graphql(`
  query InvSettings { settings { allowNegativeStock } }
`);

const SettingsUpdate = graphql(`
  mutation InvSettingsUpdate($input: SettingsUpdateInput!) {
    settingsUpdate(input: $input) {
      settings { allowNegativeStock }
      userErrors { code message field }
    }
  }
`);

let kit: TestKit;
const ids = { warehouse: 0, shopFloor: 0, archivedLocation: 0, archivedProduct: 0 };

const productGid = (id: number) => encodeGlobalID("Product", id);
const locationGid = (id: number) => encodeGlobalID("Location", id);

async function createProduct(sku: string): Promise<number> {
  const product = await kit.db.prisma.product.create({ data: { sku, name: `Product ${sku}` } });
  return product.id;
}

type Line = { product: number; location: number; quantity: string };

function adjust(type: AdjustmentType, lines: Line[], extra: { note?: string; key?: string } = {}) {
  const input: StockAdjustInput = {
    type,
    ...(extra.note === undefined ? {} : { note: extra.note }),
    lines: lines.map((line) => ({
      productId: productGid(line.product),
      locationId: locationGid(line.location),
      quantity: line.quantity,
    })),
  };
  return kit.execute(StockAdjust, { input }, extra.key ? { key: extra.key } : {});
}

/** Adjusts and expects success; returns the adjustment. */
async function adjustOk(type: AdjustmentType, lines: Line[], extra: { note?: string; key?: string } = {}) {
  const result = await adjust(type, lines, extra);
  expect(result.errors).toBeUndefined();
  expect(result.data?.stockAdjust.userErrors).toEqual([]);
  const adjustment = result.data?.stockAdjust.adjustment;
  if (!adjustment) throw new Error("no adjustment returned");
  return adjustment;
}

async function onHand(product: number, location: number): Promise<string | null> {
  const level = await kit.db.prisma.stockLevel.findUnique({
    where: { productId_locationId: { productId: product, locationId: location } },
  });
  return level ? dec(level.onHand).toFixed() : null;
}

/** Everything a refused adjustment must leave untouched. */
async function snapshot() {
  const prisma = kit.db.prisma;
  return {
    movements: await prisma.stockMovement.count(),
    levels: await prisma.stockLevel.count(),
    adjustments: await prisma.inventoryAdjustment.count(),
    events: await prisma.event.count(),
    onHand: (
      await prisma.stockLevel.findMany({ orderBy: [{ productId: "asc" }, { locationId: "asc" }] })
    ).map((level) => `${level.productId}:${level.locationId}=${dec(level.onHand).toFixed()}`),
  };
}

async function setAllowNegativeStock(allow: boolean) {
  const result = await kit.execute(SettingsUpdate, { input: { allowNegativeStock: allow } });
  expect(result.data?.settingsUpdate).toEqual({ settings: { allowNegativeStock: allow }, userErrors: [] });
}

beforeAll(async () => {
  kit = await createTestKit();
  const prisma = kit.db.prisma;
  const warehouse = await prisma.location.create({ data: { name: "Main warehouse", kind: "WAREHOUSE" } });
  ids.warehouse = warehouse.id;
  ids.shopFloor = (
    await prisma.location.create({
      data: { name: "Assembly floor", kind: "SHOP_FLOOR", connectedWarehouseId: warehouse.id },
    })
  ).id;
  ids.archivedLocation = (
    await prisma.location.create({ data: { name: "Old shed", kind: "WAREHOUSE", archivedAt: new Date() } })
  ).id;
  ids.archivedProduct = (
    await prisma.product.create({ data: { sku: "OLD-1", name: "Retired", archivedAt: new Date() } })
  ).id;
});
afterAll(() => kit.close());

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

    const read = await kit.execute(ProductStock, {
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
      const movements = await kit.execute(StockMovements, {
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

    const levels = await kit.execute(StockLevels, { productId: productGid(nut) });
    expect(levels.data?.stockLevels.edges.map((edge) => edge.node)).toEqual([
      { onHand: "100", available: "100", product: { sku: "NUT-1" }, location: { name: "Main warehouse" } },
      { onHand: "0", available: "0", product: { sku: "NUT-1" }, location: { name: "Assembly floor" } },
    ]);
    const atFloor = await kit.execute(LocationStock, { id: locationGid(ids.shopFloor) });
    expect(atFloor.data?.node).toEqual({
      name: "Assembly floor",
      stockLevels: [
        { onHand: "0", product: { sku: "NUT-1" } },
        { onHand: "2", product: { sku: "WASHER-1" } },
      ],
    });

    const never = await kit.execute(ProductStock, {
      productId: productGid(washer),
      locationId: locationGid(ids.archivedLocation),
    });
    expect(never.data?.node).toMatchObject({ stock: null });
  });
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

    expect((await kit.execute(Settings)).data?.settings).toEqual({ allowNegativeStock: false });
    const eventsBefore = await kit.db.prisma.event.count({ where: { type: "SETTINGS_UPDATED" } });
    await setAllowNegativeStock(true);
    expect(await kit.db.prisma.event.count({ where: { type: "SETTINGS_UPDATED" } })).toBe(eventsBefore + 1);
    try {
      await adjustOk("WASTE", [{ product: spoke, location: ids.warehouse, quantity: "7" }]);
      expect(await onHand(spoke, ids.warehouse)).toBe("-2");
      const read = await kit.execute(ProductStock, {
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

describe("bad input", () => {
  let part = 0;
  beforeAll(async () => {
    part = await createProduct("PART-1");
    await adjustOk("OTHER", [{ product: part, location: ids.warehouse, quantity: "10" }]);
  });

  const cases: {
    name: string;
    type: AdjustmentType;
    lines: () => Line[];
    note?: string;
    errors: { code: string; message?: string; field: string[] }[];
  }[] = [
    {
      name: "an unknown product",
      type: "OTHER",
      lines: () => [{ product: 999_999, location: ids.warehouse, quantity: "1" }],
      errors: [
        {
          code: "NOT_FOUND",
          message: "No product with this id",
          field: ["input", "lines", "0", "productId"],
        },
      ],
    },
    {
      name: "an unknown location",
      type: "OTHER",
      lines: () => [{ product: part, location: 999_999, quantity: "1" }],
      errors: [
        {
          code: "NOT_FOUND",
          message: "No location with this id",
          field: ["input", "lines", "0", "locationId"],
        },
      ],
    },
    {
      name: "an archived product and an archived location, both reported",
      type: "OTHER",
      lines: () => [
        { product: ids.archivedProduct, location: ids.warehouse, quantity: "1" },
        { product: part, location: ids.archivedLocation, quantity: "1" },
      ],
      errors: [
        { code: "ARCHIVED", message: "The product is archived", field: ["input", "lines", "0", "productId"] },
        {
          code: "ARCHIVED",
          message: "The location is archived",
          field: ["input", "lines", "1", "locationId"],
        },
      ],
    },
    ...(["WASTE", "DAMAGE"] as const).flatMap((type) =>
      ["0", "-1"].map((quantity) => ({
        name: `${type} of ${quantity}`,
        type,
        lines: () => [{ product: part, location: ids.warehouse, quantity }],
        errors: [
          {
            code: "INVALID_INPUT",
            message: "must be greater than zero",
            field: ["input", "lines", "0", "quantity"],
          },
        ],
      })),
    ),
    {
      name: "an OTHER change of zero",
      type: "OTHER",
      lines: () => [{ product: part, location: ids.warehouse, quantity: "0.000" }],
      errors: [
        { code: "INVALID_INPUT", message: "must not be zero", field: ["input", "lines", "0", "quantity"] },
      ],
    },
    {
      name: "a negative count",
      type: "COUNT",
      lines: () => [{ product: part, location: ids.warehouse, quantity: "-1" }],
      errors: [
        {
          code: "INVALID_INPUT",
          message: "must not be negative",
          field: ["input", "lines", "0", "quantity"],
        },
      ],
    },
    {
      name: "a note over 1000 characters",
      type: "OTHER",
      note: "x".repeat(1001),
      lines: () => [{ product: part, location: ids.warehouse, quantity: "1" }],
      errors: [
        { code: "INVALID_INPUT", message: "must be at most 1000 characters", field: ["input", "note"] },
      ],
    },
    {
      name: "the same product and location twice",
      type: "OTHER",
      lines: () => [
        { product: part, location: ids.warehouse, quantity: "1" },
        { product: part, location: ids.shopFloor, quantity: "1" },
        { product: part, location: ids.warehouse, quantity: "2" },
      ],
      errors: [{ code: "INVALID_INPUT", field: ["input", "lines", "2"] }],
    },
    {
      name: "no lines",
      type: "OTHER",
      lines: () => [],
      errors: [{ code: "INVALID_INPUT", message: "must have at least one line", field: ["input", "lines"] }],
    },
    {
      name: "more than 200 lines",
      type: "OTHER",
      lines: () =>
        Array.from({ length: 201 }, (_, index) => ({
          product: part,
          location: ids.warehouse + index,
          quantity: "1",
        })),
      errors: [{ code: "INVALID_INPUT", message: "must have at most 200 lines", field: ["input", "lines"] }],
    },
  ];

  for (const example of cases) {
    it(`refuses ${example.name} and writes nothing`, async () => {
      const before = await snapshot();
      const result = await adjust(
        example.type,
        example.lines(),
        example.note === undefined ? {} : { note: example.note },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.stockAdjust.adjustment).toBeNull();
      expect(result.data?.stockAdjust.userErrors).toMatchObject(example.errors);
      expect(result.data?.stockAdjust.userErrors).toHaveLength(example.errors.length);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("refuses a Decimal with more than 6 decimals before running anything", async () => {
    const before = await snapshot();
    const result = await adjust("OTHER", [{ product: part, location: ids.warehouse, quantity: "0.1234567" }]);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toContain("more than 6 decimal places");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a global id of the wrong type", async () => {
    const result = await kit.execute(StockAdjust, {
      input: {
        type: "OTHER",
        lines: [
          { productId: locationGid(ids.warehouse), locationId: locationGid(ids.warehouse), quantity: "1" },
        ],
      },
    });
    expect(result.data?.stockAdjust ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toContain("is the id of a Location, not of a Product");
    expect(result.errors?.[0]?.extensions?.field).toEqual(["input", "lines", "0", "productId"]);
  });
});

describe("the ledger", () => {
  it("nets movements per product x location, returns them in order and writes one event per pair", async () => {
    const rim = await createProduct("RIM-1");
    const eventsBefore = await kit.db.prisma.event.count({ where: { type: "STOCK_CHANGED" } });
    const movements = await kit.db.transaction((tx) =>
      postMovements(tx, null, [
        { productId: rim, locationId: ids.warehouse, quantity: dec("4"), reason: "BOM_RUN_OUTPUT" },
        { productId: rim, locationId: ids.shopFloor, quantity: dec("2"), reason: "BOM_RUN_OUTPUT" },
        { productId: rim, locationId: ids.warehouse, quantity: dec("-1.5"), reason: "BOM_RUN_CONSUMPTION" },
      ]),
    );
    expect(movements.map((movement) => [movement.locationId, dec(movement.quantity).toFixed()])).toEqual([
      [ids.warehouse, "4"],
      [ids.shopFloor, "2"],
      [ids.warehouse, "-1.5"],
    ]);
    expect(await onHand(rim, ids.warehouse)).toBe("2.5");
    const level = await kit.db.prisma.stockLevel.findUniqueOrThrow({
      where: { productId_locationId: { productId: rim, locationId: ids.warehouse } },
    });
    expect(Math.abs(level.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    const events = await kit.db.prisma.event.findMany({
      where: { type: "STOCK_CHANGED", entityId: String(rim) },
      orderBy: { locationId: "asc" },
    });
    expect(events.map((event) => event.payload)).toEqual([
      { productId: rim, locationId: ids.warehouse, onHandBefore: "0", onHandAfter: "2.5" },
      { productId: rim, locationId: ids.shopFloor, onHandBefore: "0", onHandAfter: "2" },
    ]);
    expect(await kit.db.prisma.event.count({ where: { type: "STOCK_CHANGED" } })).toBe(eventsBefore + 2);

    // Errors name the caller's field; quantities the columns cannot hold exactly are refused, not rounded.
    const refusal = (quantity: string) =>
      kit.db
        .transaction((tx) =>
          postMovements(tx, null, [
            {
              productId: rim,
              locationId: ids.warehouse,
              quantity: dec(quantity),
              reason: "BOM_RUN_CONSUMPTION",
              field: ["input", "quantity"],
            },
          ]),
        )
        .then(
          () => null,
          (error: unknown) => (error instanceof DomainError ? error.errors : error),
        );
    expect(await refusal("-3")).toEqual([
      {
        code: "INSUFFICIENT_STOCK",
        message: 'Not enough stock of "RIM-1" at "Main warehouse": on hand 2.5, requested 3',
        field: ["input", "quantity"],
      },
    ]);
    expect(await refusal("-0.0000001")).toMatchObject([
      { code: "INVALID_INPUT", field: ["input", "quantity"] },
    ]);
    expect(await refusal("0")).toMatchObject([{ code: "INVALID_INPUT", message: "must not be zero" }]);
    expect(await onHand(rim, ids.warehouse)).toBe("2.5");
  });

  it("keeps every stock level equal to its ledger over a random sequence of 100 adjustments", async () => {
    const random = seededRandom(20261122);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const products = [
      await createProduct("RND-1"),
      await createProduct("RND-2"),
      await createProduct("RND-3"),
    ];
    const locations = [ids.warehouse, ids.shopFloor];
    const keys = products.flatMap((product) => locations.map((location) => ({ product, location })));
    const model = new Map(keys.map(({ product, location }) => [`${product}:${location}`, dec(0)]));
    const types = ["COUNT", "WASTE", "DAMAGE", "OTHER", "OTHER"] as const;
    let applied = 0;
    let refused = 0;

    for (let step = 0; step < 100; step++) {
      const type = pick(types);
      const chosen = shuffled(keys, random).slice(0, 1 + Math.floor(random() * 3));
      const lines = chosen.map(({ product, location }) => {
        const magnitude = dec(Math.floor(random() * 20_000))
          .div(1000)
          .plus("0.001");
        const quantity = type === "OTHER" && random() < 0.4 ? magnitude.negated() : magnitude;
        return { product, location, quantity: quantity.toFixed() };
      });
      const expected = new Map<string, ReturnType<typeof dec>>();
      let short = false;
      for (const line of lines) {
        const key = `${line.product}:${line.location}`;
        const current = model.get(key) ?? dec(0);
        const quantity = dec(line.quantity);
        const next =
          type === "COUNT" ? quantity : type === "OTHER" ? current.plus(quantity) : current.minus(quantity);
        if (next.lessThan(current) && next.isNegative()) short = true;
        expected.set(key, next);
      }

      const result = await adjust(type, lines);
      expect(result.errors).toBeUndefined();
      if (short) {
        expect(result.data?.stockAdjust.userErrors.map((error) => error.code)).toContain(
          "INSUFFICIENT_STOCK",
        );
        refused++;
      } else {
        expect(result.data?.stockAdjust.userErrors).toEqual([]);
        for (const [key, value] of expected) model.set(key, value);
        applied++;
      }
    }

    expect(applied).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(5);
    await expectStockLevelsMatchLedger(kit.db);
    for (const { product, location } of keys) {
      expect(await onHand(product, location)).toBe((model.get(`${product}:${location}`) ?? dec(0)).toFixed());
    }
  });
});

describe("concurrency", () => {
  it("applies 20 concurrent adjustments of one product and location exactly", async () => {
    const axle = await createProduct("AXLE-1");
    const location = ids.warehouse;
    const receive = (quantity: string) => adjust("OTHER", [{ product: axle, location, quantity }]);

    // Nothing stocked yet: the writers also race to create the stock level row.
    const first = await Promise.all(
      Array.from({ length: 20 }, (_, index) => receive(index % 2 === 0 ? "0.1" : "2.25")),
    );
    for (const result of first) expect(result.data?.stockAdjust.userErrors).toEqual([]);
    expect(await onHand(axle, location)).toBe("23.5");

    // Mixed increases and decreases on the now existing row.
    const second = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        index % 2 === 0 ? adjust("WASTE", [{ product: axle, location, quantity: "0.15" }]) : receive("0.35"),
      ),
    );
    for (const result of second) expect(result.data?.stockAdjust.userErrors).toEqual([]);
    expect(await onHand(axle, location)).toBe("25.5");
    expect(await kit.db.prisma.stockMovement.count({ where: { productId: axle } })).toBe(40);
    await expectStockLevelsMatchLedger(kit.db);

    // The writers ran one after the other: each saw the on hand the previous one left.
    const events = await kit.db.prisma.event.findMany({
      where: { type: "STOCK_CHANGED", entityId: String(axle) },
      orderBy: { id: "asc" },
    });
    const chain = events.map((event) => event.payload as { onHandBefore: string; onHandAfter: string });
    expect(chain).toHaveLength(40);
    expect(chain[0]?.onHandBefore).toBe("0");
    chain.slice(1).forEach((link, index) => {
      expect(link.onHandBefore).toBe(chain[index]?.onHandAfter);
    });
    expect(chain.at(-1)?.onHandAfter).toBe("25.5");
  });

  it("lets exactly as many concurrent removals succeed as there is stock for", async () => {
    const tube = await createProduct("TUBE-1");
    const location = ids.shopFloor;
    await adjustOk("OTHER", [{ product: tube, location, quantity: "1" }]);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => adjust("WASTE", [{ product: tube, location, quantity: "0.1" }])),
    );
    const codes = results.map((result) => result.data?.stockAdjust.userErrors[0]?.code ?? "OK");
    expect(codes.filter((code) => code === "OK")).toHaveLength(10);
    expect(codes.filter((code) => code === "INSUFFICIENT_STOCK")).toHaveLength(10);
    expect(await onHand(tube, location)).toBe("0");
    await expectStockLevelsMatchLedger(kit.db);
  });
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
      SettingsUpdate,
      { input: { allowNegativeStock: true } },
      { key: adjusterKey },
    );
    expect(settings.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await kit.execute(Settings, undefined, { key: viewerKey })).data?.settings).toEqual({
      allowNegativeStock: false,
    });

    const pedal = await createProduct("PEDAL-1");
    const adjustment = await adjustOk("OTHER", [{ product: pedal, location: ids.warehouse, quantity: "4" }], {
      key: adjusterKey,
    });
    expect(adjustment.createdBy).toMatch(/^test-role-/);
  });
});

describe("reads", () => {
  it("loads 50 products with their stock levels and locations in a bounded number of statements", async () => {
    await kit.db.prisma.product.createMany({
      data: Array.from({ length: 50 }, (_, index) => ({
        sku: `QC-${String(index).padStart(3, "0")}`,
        name: `Query count ${index}`,
      })),
    });
    const products = await kit.db.prisma.product.findMany({
      where: { sku: { startsWith: "QC-" } },
      orderBy: { sku: "asc" },
    });
    await adjustOk(
      "OTHER",
      products.flatMap((product) => [
        { product: product.id, location: ids.warehouse, quantity: "1" },
        { product: product.id, location: ids.shopFloor, quantity: "2" },
      ]),
    );

    const run = (first: number) => kit.execute(ProductsWithStock, { search: "QC-", first });
    const small = await kit.countStatements(() => run(5));
    let result: Awaited<ReturnType<typeof run>> | undefined;
    const large = await kit.countStatements(async () => {
      result = await run(50);
    });
    expect(result?.errors).toBeUndefined();
    const nodes = result?.data?.products.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(50);
    expect(nodes[0]).toEqual({
      sku: "QC-000",
      stockLevels: [
        { onHand: "1", location: { name: "Main warehouse" } },
        { onHand: "2", location: { name: "Assembly floor" } },
      ],
    });
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
    console.info(`query-count: 50 products with stockLevels { location { name } } = ${large} statements`);
  });
});

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
