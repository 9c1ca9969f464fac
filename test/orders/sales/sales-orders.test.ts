import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, succeeded, type TestKit } from "../../kit/app.ts";
import { expectConsistent, orderEvents, stockAt, written } from "../../kit/checks.ts";
import { decodeId, globalId } from "../../kit/ids.ts";
import { addStock, createBom, createProduct, seedWorld, type World } from "../../kit/world.ts";
import { settingsUpdate } from "../../operations/inventory.ts";
import {
  salesOrderAuthorize,
  salesOrderCreate,
  salesOrderFulfill,
  salesOrders,
  salesOrderUpdateLines,
  salesOrderVoid,
} from "../../operations/sales.ts";

type Order = { id: string; version: number };

let kit: TestKit;
let world: World;
const ids: Record<string, number> = {};
const product = (sku: string) => globalId("Product", ids[sku] as number);

function create(lines: [string, string][], extra: { customer?: number; location?: number } = {}) {
  return kit.execute(salesOrderCreate, {
    input: {
      customerId: globalId("Customer", extra.customer ?? world.customer),
      locationId: globalId("Location", extra.location ?? world.warehouse),
      note: "rush",
      lines: lines.map(([sku, quantity]) => ({ productId: product(sku), quantity })),
    },
  });
}

async function createOk(lines: [string, string][], extra: { customer?: number; location?: number } = {}) {
  return succeeded<{ salesOrder: Order }>(await create(lines, extra), "salesOrderCreate").salesOrder;
}

const settings = (input: {
  salesOrderProductionStatus?: "DRAFT" | "PLANNED" | "RELEASED" | null;
  allowNegativeStock?: boolean;
}) => kit.execute(settingsUpdate, { input });

beforeAll(async () => {
  kit = await createTestKit();
  world = await seedWorld(kit);
  ids.BIKE = await createProduct(kit, "BIKE");
  ids.FRAME = await createProduct(kit, "FRAME");
  ids.BELL = await createProduct(kit, "BELL");
  ids.OLD = await createProduct(kit, "OLD", { archivedAt: new Date() });
  await createBom(kit, ids.BIKE, [[ids.FRAME, "1"]]);
});
afterAll(() => kit.close());

describe("sales orders", () => {
  it("goes DRAFT -> AUTHORIZED -> FULFILLED, shipping from its location through the ledger", async () => {
    await addStock(kit, ids.BELL as number, world.warehouse, "10");
    const created = await create([["BELL", "2"]]);
    const order = succeeded<{ salesOrder: Order }>(created, "salesOrderCreate").salesOrder;
    const id = decodeId(order.id);
    const number = `SO-${String(id).padStart(5, "0")}`;
    expect(created.data?.salesOrderCreate.salesOrder).toMatchObject({
      number,
      status: "DRAFT",
      version: 1,
      customer: { name: "Bike Shop" },
      location: { name: "Main warehouse" },
    });
    const edited = await kit.execute(salesOrderUpdateLines, {
      id: order.id,
      lines: [{ productId: product("BELL"), quantity: "3.5" }],
      expectedVersion: 1,
    });
    expect(succeeded<{ salesOrder: unknown }>(edited, "salesOrderUpdateLines").salesOrder).toMatchObject({
      version: 2,
      lines: [{ quantity: "3.5", product: { sku: "BELL" } }],
    });
    const authorized = await kit.execute(salesOrderAuthorize, { id: order.id, expectedVersion: 2 });
    expect(succeeded<{ salesOrder: unknown }>(authorized, "salesOrderAuthorize").salesOrder).toMatchObject({
      status: "AUTHORIZED",
      version: 3,
      productionOrders: [],
    });
    const fulfilled = await kit.execute(salesOrderFulfill, { id: order.id });
    expect(succeeded<{ salesOrder: unknown }>(fulfilled, "salesOrderFulfill").salesOrder).toMatchObject({
      status: "FULFILLED",
      version: 4,
      movements: [
        {
          quantity: "-3.5",
          reason: "SALES_SHIPMENT",
          location: { name: "Main warehouse" },
          salesOrder: { number },
        },
      ],
    });
    expect((await stockAt(kit, ids.BELL as number, world.warehouse)).onHand).toBe("6.5");
    await expectConsistent(kit);
    expect(await orderEvents(kit, "SalesOrder", id)).toEqual([
      { type: "SALES_ORDER_CREATED", beforeStatus: null, afterStatus: "DRAFT", locationId: world.warehouse },
      {
        type: "SALES_ORDER_LINES_UPDATED",
        beforeStatus: "DRAFT",
        afterStatus: "DRAFT",
        locationId: world.warehouse,
      },
      {
        type: "SALES_ORDER_AUTHORIZED",
        beforeStatus: "DRAFT",
        afterStatus: "AUTHORIZED",
        locationId: world.warehouse,
      },
      {
        type: "SALES_ORDER_FULFILLED",
        beforeStatus: "AUTHORIZED",
        afterStatus: "FULFILLED",
        locationId: world.warehouse,
      },
    ]);

    const list = await kit.execute(salesOrders, {
      status: ["FULFILLED"],
      customerId: globalId("Customer", world.customer),
    });
    expect(list.data?.salesOrders.edges.map((edge) => edge.node.number)).toContain(number);
    const none = await kit.execute(salesOrders, {
      createdAfter: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(none.data?.salesOrders.edges).toEqual([]);
  });

  it("refuses to ship without stock unless negative stock is allowed", async () => {
    const order = await createOk([["FRAME", "1"]]);
    succeeded(await kit.execute(salesOrderAuthorize, { id: order.id }), "salesOrderAuthorize");
    const before = await written(kit);
    const short = await kit.execute(salesOrderFulfill, { id: order.id });
    expect(short.data?.salesOrderFulfill.userErrors[0]).toMatchObject({ code: "INSUFFICIENT_STOCK" });
    expect(await written(kit)).toEqual(before);
    await settings({ allowNegativeStock: true });
    try {
      succeeded(await kit.execute(salesOrderFulfill, { id: order.id }), "salesOrderFulfill");
      expect((await stockAt(kit, ids.FRAME as number, world.warehouse)).onHand).toBe("-1");
    } finally {
      await settings({ allowNegativeStock: false });
      await addStock(kit, ids.FRAME as number, world.warehouse, "1");
    }
  });

  it("refuses wrong transitions, stale versions and bad input, writing nothing", async () => {
    const order = await createOk([["BELL", "1"]]);
    const before = await written(kit);
    const fulfillDraft = await kit.execute(salesOrderFulfill, { id: order.id });
    expect(fulfillDraft.data?.salesOrderFulfill.userErrors).toEqual([
      {
        code: "INVALID_STATUS",
        message: expect.stringMatching(/^SO-\d{5} is DRAFT; only a AUTHORIZED sales order can be fulfilled$/),
        field: ["id"],
      },
    ]);
    const stale = await kit.execute(salesOrderAuthorize, { id: order.id, expectedVersion: 2 });
    expect(stale.data?.salesOrderAuthorize.userErrors[0]?.code).toBe("VERSION_CONFLICT");
    const unknown = await kit.execute(salesOrderAuthorize, { id: globalId("SalesOrder", 999999) });
    expect(unknown.data?.salesOrderAuthorize.userErrors[0]?.code).toBe("NOT_FOUND");
    const bad = await create(
      [
        ["BELL", "0"],
        ["OLD", "1"],
      ],
      { customer: world.archivedCustomer },
    );
    expect(bad.data?.salesOrderCreate.userErrors).toEqual([
      {
        code: "INVALID_INPUT",
        message: "must be greater than zero",
        field: ["input", "lines", "0", "quantity"],
      },
    ]);
    const archived = await create([["OLD", "1"]], { customer: world.archivedCustomer });
    expect(archived.data?.salesOrderCreate.userErrors).toEqual([
      { code: "ARCHIVED", message: "The customer is archived", field: ["input", "customerId"] },
    ]);
    const archivedProduct = await create([
      ["BELL", "1"],
      ["OLD", "1"],
    ]);
    expect(archivedProduct.data?.salesOrderCreate.userErrors).toEqual([
      { code: "ARCHIVED", message: 'Product "OLD" is archived', field: ["input", "lines", "1", "productId"] },
    ]);
    const archivedLocation = await create([["BELL", "1"]], { location: world.archivedLocation });
    expect(archivedLocation.data?.salesOrderCreate.userErrors[0]?.code).toBe("ARCHIVED");
    expect(await written(kit)).toEqual(before);

    succeeded(await kit.execute(salesOrderVoid, { id: order.id, expectedVersion: 1 }), "salesOrderVoid");
    const afterVoid = await written(kit);
    const again = await kit.execute(salesOrderAuthorize, { id: order.id });
    expect(again.data?.salesOrderAuthorize.userErrors[0]?.message).toContain("is VOIDED");
    const edit = await kit.execute(salesOrderUpdateLines, {
      id: order.id,
      lines: [{ productId: product("BELL"), quantity: "1" }],
    });
    expect(edit.data?.salesOrderUpdateLines.userErrors[0]?.code).toBe("INVALID_STATUS");
    expect(await written(kit)).toEqual(afterVoid);
  });

  it("needs SALES", async () => {
    const key = await kit.keyWith("PURCHASING");
    const result = await kit.execute(
      salesOrderCreate,
      {
        input: {
          customerId: globalId("Customer", world.customer),
          locationId: globalId("Location", world.warehouse),
          lines: [{ productId: product("BELL"), quantity: "1" }],
        },
      },
      { key },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("production orders from sales orders", () => {
  it("creates one per produced line, at the connected shop floor, in the configured status", async () => {
    succeeded(await settings({ salesOrderProductionStatus: "PLANNED" }), "settingsUpdate");
    try {
      await addStock(kit, ids.FRAME as number, world.shopFloor, "10");
      const order = await createOk([
        ["BIKE", "2"],
        ["BELL", "1"],
      ]);
      const authorized = await kit.execute(salesOrderAuthorize, { id: order.id });
      const result = succeeded<{ salesOrder: { productionOrders: { id: string }[] } }>(
        authorized,
        "salesOrderAuthorize",
      );
      expect(result.salesOrder.productionOrders).toMatchObject([
        {
          status: "PLANNED",
          location: { name: "Shop floor" },
          customer: { name: "Bike Shop" },
          lines: [{ quantity: "2", product: { sku: "BIKE" } }],
        },
      ]);
      expect(await stockAt(kit, ids.BIKE as number, world.shopFloor)).toMatchObject({ onOrder: "2" });
      await expectConsistent(kit);

      // Voiding the sales order leaves its production orders alone.
      const voided = succeeded<{ salesOrder: unknown }>(
        await kit.execute(salesOrderVoid, { id: order.id }),
        "salesOrderVoid",
      );
      expect(voided.salesOrder).toMatchObject({
        status: "VOIDED",
        productionOrders: [{ status: "PLANNED" }],
      });
      await expectConsistent(kit);

      // No shop floor to make it at: the authorization is refused and nothing is written.
      const lonely = await createOk([["BIKE", "1"]], { location: world.lonelyWarehouse });
      const before = await written(kit);
      const refused = await kit.execute(salesOrderAuthorize, { id: lonely.id });
      expect(refused.data?.salesOrderAuthorize.userErrors).toEqual([
        {
          code: "WRONG_LOCATION_KIND",
          message: expect.stringContaining("no active shop floor"),
          field: ["id"],
        },
      ]);
      expect(await written(kit)).toEqual(before);

      // Shipping from the shop floor itself makes it there.
      const atFloor = await createOk([["BIKE", "1"]], { location: world.shopFloor });
      await settings({ salesOrderProductionStatus: "DRAFT" });
      const draft = succeeded<{ salesOrder: unknown }>(
        await kit.execute(salesOrderAuthorize, { id: atFloor.id }),
        "salesOrderAuthorize",
      );
      expect(draft.salesOrder).toMatchObject({
        productionOrders: [{ status: "DRAFT", location: { name: "Shop floor" } }],
      });
    } finally {
      await settings({ salesOrderProductionStatus: null });
    }
    const off = await createOk([["BIKE", "1"]]);
    const plain = succeeded<{ salesOrder: unknown }>(
      await kit.execute(salesOrderAuthorize, { id: off.id }),
      "salesOrderAuthorize",
    );
    expect(plain.salesOrder).toMatchObject({ productionOrders: [] });
    await expectConsistent(kit);
  });
});
