import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBom } from "../src/domain/bom/boms.ts";
import { dec } from "../src/domain/decimal.ts";
import { postMovements } from "../src/domain/inventory/ledger.ts";
import { updateSettings } from "../src/domain/settings.ts";
import type { ProductionOrderCreateInput } from "./graphql/graphql.ts";
import { graphql } from "./graphql/index.ts";
import { createTestKit, type TestKit } from "./kit/app.ts";
import { seedProducts } from "./kit/bom-trees.ts";
import { decodeId, globalId } from "./kit/ids.ts";
import { expectReservationsMatchOrders, expectStockLevelsMatchLedger } from "./kit/invariants.ts";

graphql(`
  fragment PoOrderFields on ProductionOrder {
    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId
    location { name }
    employee { name }
    customer { name }
    lines { quantity producedQuantity bom { name } product { sku } }
    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }
    movements { quantity reason product { sku } }
    waste { type note movements { quantity product { sku } } }
    events { type beforeStatus afterStatus }
  }
`);

const Create = graphql(`
  mutation PoCreate($input: ProductionOrderCreateInput!) {
    productionOrderCreate(input: $input) {
      productionOrder { ...PoOrderFields }
      userErrors { code message field }
    }
  }
`);

const CreateFromBom = graphql(`
  mutation PoCreateFromBom($input: ProductionOrderCreateFromBomInput!) {
    productionOrderCreateFromBom(input: $input) {
      productionOrder { ...PoOrderFields }
      userErrors { code message field }
    }
  }
`);

graphql(`
  fragment PoStepPayload on ProductionOrderPayload {
    productionOrder { status version }
    userErrors { code message field }
  }
`);

const Authorize = graphql(`
  mutation PoAuthorize($id: ID!, $expectedVersion: Int) {
    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }
  }
`);
const Release = graphql(`
  mutation PoRelease($id: ID!, $expectedVersion: Int) {
    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {
      productionOrder { status version }
      userErrors { code message field }
    }
  }
`);
const Start = graphql(`
  mutation PoStart($id: ID!, $expectedVersion: Int) {
    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }
  }
`);
const Complete = graphql(`
  mutation PoComplete($id: ID!, $expectedVersion: Int, $consumption: [ProductionOrderConsumptionInput!]) {
    productionOrderComplete(id: $id, expectedVersion: $expectedVersion, consumption: $consumption) {
      ...PoStepPayload
    }
  }
`);
const Undo = graphql(`
  mutation PoUndo($id: ID!, $expectedVersion: Int) {
    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }
  }
`);
const Void = graphql(`
  mutation PoVoid($id: ID!, $expectedVersion: Int) {
    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }
  }
`);
const ComponentUpdate = graphql(`
  mutation PoComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {
    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {
      productionOrder { status version components { id requiredQuantity allocatedQuantity } }
      userErrors { code message field }
    }
  }
`);
const RecordWaste = graphql(`
  mutation PoWaste($id: ID!, $input: ProductionOrderWasteInput!) {
    productionOrderRecordWaste(id: $id, input: $input) {
      productionOrder { ...PoOrderFields }
      userErrors { code message field }
    }
  }
`);

const OrderNode = graphql(`
  query PoNode($id: ID!) { node(id: $id) { ... on ProductionOrder { ...PoOrderFields } } }
`);

const OrderList = graphql(`
  query PoList(
    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,
    $startFrom: DateTime, $startBefore: DateTime, $first: Int
  ) {
    productionOrders(
      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,
      startFrom: $startFrom, startBefore: $startBefore, first: $first
    ) {
      edges { node { ...PoOrderFields } }
    }
  }
`);

let kit: TestKit;
let ids: Record<string, number>;
let shop: number;
let warehouse: number;
const boms: Record<string, string> = {};
const gid = {
  product: (sku: string) => globalId("Product", ids[sku] as number),
  shop: () => globalId("Location", shop),
};

beforeAll(async () => {
  kit = await createTestKit();
  ids = await seedProducts(kit.db, [
    "BIKE",
    "FRAME",
    "WHEEL",
    "SPOKE",
    "SEAT-KIT",
    "SADDLE",
    "POST",
    "TRIKE",
    "THIRD",
    "GADGET",
    "SCARCE",
  ]);
  warehouse = (await kit.db.prisma.location.create({ data: { name: "Warehouse", kind: "WAREHOUSE" } })).id;
  shop = (
    await kit.db.prisma.location.create({
      data: { name: "Shop floor", kind: "SHOP_FLOOR", connectedWarehouseId: warehouse },
    })
  ).id;
  const bom = (sku: string, lines: [string, string][], extra: Record<string, unknown> = {}) =>
    kit.db.transaction(async (tx) => {
      const created = await createBom(tx, null, {
        productId: ids[sku],
        kind: "PRODUCTION",
        name: sku,
        lines: lines.map(([component, quantity]) => ({ componentId: ids[component], quantity })),
        ...extra,
      });
      boms[sku] = globalId("Bom", created.id);
    });
  // WHEEL is produced by its own BOM but taken from stock; SEAT-KIT is a phantom, exploded into the order.
  await bom("WHEEL", [["SPOKE", "32"]]);
  await bom(
    "SEAT-KIT",
    [
      ["SADDLE", "1"],
      ["POST", "1"],
    ],
    { kind: "ASSEMBLY", autoAssemble: true },
  );
  await bom("BIKE", [
    ["FRAME", "1"],
    ["WHEEL", "2"],
    ["SEAT-KIT", "1"],
  ]);
  // Makes 3 per run from 1 THIRD: 1/3 per unit, which a snapshot must round up.
  await bom("TRIKE", [["THIRD", "1"]], { outputQuantity: "3" });
  await bom("GADGET", [["SCARCE", "1"]]);
  await stock({ FRAME: "100", WHEEL: "100", SADDLE: "100", POST: "100", THIRD: "100", SCARCE: "5" });
});
afterAll(() => kit.close());

async function stock(quantities: Record<string, string>) {
  await kit.db.transaction((tx) =>
    postMovements(
      tx,
      null,
      Object.entries(quantities).map(([sku, quantity]) => ({
        productId: ids[sku] as number,
        locationId: shop,
        quantity: dec(quantity),
        reason: "ADJUSTMENT" as const,
      })),
    ),
  );
}

/** onHand / allocated / available / onOrder of a product at the shop floor. */
async function figures(sku: string) {
  const level = await kit.db.prisma.stockLevel.findUnique({
    where: { productId_locationId: { productId: ids[sku] as number, locationId: shop } },
  });
  const onHand = dec(level?.onHand ?? 0);
  const allocated = dec(level?.allocated ?? 0);
  return {
    onHand: onHand.toFixed(),
    allocated: allocated.toFixed(),
    available: onHand.minus(allocated).toFixed(),
    onOrder: dec(level?.onOrder ?? 0).toFixed(),
  };
}

async function allStock() {
  const levels = await kit.db.prisma.stockLevel.findMany({
    orderBy: [{ productId: "asc" }, { locationId: "asc" }],
  });
  return levels.map((level) => ({
    key: `${level.productId}@${level.locationId}`,
    onHand: dec(level.onHand).toFixed(),
    allocated: dec(level.allocated).toFixed(),
    onOrder: dec(level.onOrder).toFixed(),
  }));
}

/** Stock levels that hold anything: voiding may leave rows at zero that did not exist before. */
function withoutEmpty(levels: Awaited<ReturnType<typeof allStock>>) {
  return levels.filter((level) => level.onHand !== "0" || level.allocated !== "0" || level.onOrder !== "0");
}

async function expectInvariants() {
  await expectStockLevelsMatchLedger(kit.db);
  await expectReservationsMatchOrders(kit.db);
}

function createInput(lines: [string, string][], extra: Partial<ProductionOrderCreateInput> = {}) {
  return {
    locationId: gid.shop(),
    lines: lines.map(([sku, quantity]) => ({ bomId: boms[sku] as string, quantity })),
    ...extra,
  };
}

async function createOrder(lines: [string, string][], extra: Partial<ProductionOrderCreateInput> = {}) {
  const result = await kit.execute(Create, { input: createInput(lines, extra) });
  expect(result.errors).toBeUndefined();
  expect(result.data?.productionOrderCreate.userErrors).toEqual([]);
  const order = result.data?.productionOrderCreate.productionOrder;
  if (!order) throw new Error("no order");
  return order;
}

type StepResult = { productionOrder: { status: string; version: number } | null; userErrors: unknown[] };

/** Runs a status mutation and returns its payload. */
type StepDocument = TypedDocumentNode<unknown, { id: string; expectedVersion?: number | null }>;

async function step(
  document: StepDocument,
  id: string,
  expectedVersion?: number,
  key?: string,
): Promise<StepResult> {
  const result = await kit.execute(document, { id, expectedVersion }, { key });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as StepResult;
}

async function stepOk(document: StepDocument, id: string) {
  const payload = await step(document, id);
  expect(payload.userErrors).toEqual([]);
  return payload.productionOrder;
}

async function complete(id: string, consumption?: { componentId: string; quantity: string }[]) {
  const result = await kit.execute(Complete, { id, consumption });
  expect(result.errors).toBeUndefined();
  return result.data?.productionOrderComplete as StepResult;
}

/** Everything a refused mutation must leave as it was. */
async function written() {
  const prisma = kit.db.prisma;
  return {
    orders: await prisma.productionOrder.count(),
    lines: await prisma.productionOrderLine.count(),
    components: await prisma.productionOrderComponent.count(),
    movements: await prisma.stockMovement.count(),
    adjustments: await prisma.inventoryAdjustment.count(),
    events: await prisma.event.count(),
    stock: await allStock(),
  };
}

describe("creating production orders", () => {
  it("creates an order with several lines, every header field and a component snapshot", async () => {
    const employee = await kit.db.prisma.employee.create({ data: { name: "Ada" } });
    const customer = await kit.db.prisma.customer.create({ data: { name: "Cycles Ltd" } });
    const salesOrder = await kit.db.prisma.salesOrder.create({
      data: { customerId: customer.id, locationId: warehouse },
    });
    const order = await createOrder(
      [
        ["BIKE", "5"],
        ["TRIKE", "2"],
      ],
      {
        note: "Rush",
        startDate: "2026-12-01T08:00:00.000Z",
        expectedDate: "2026-12-03T16:00:00.000Z",
        requiredByDate: "2026-12-05T00:00:00.000Z",
        employeeId: globalId("Employee", employee.id),
        customerId: globalId("Customer", customer.id),
        salesOrderId: globalId("SalesOrder", salesOrder.id),
        layout: "Line A",
        tags: ["rush", "blue", "rush"],
        attributes: { colour: "blue", gears: 21 },
      },
    );
    expect(order).toMatchObject({
      number: `MO-${String(decodeId(order.id)).padStart(5, "0")}`,
      status: "DRAFT",
      version: 1,
      note: "Rush",
      startDate: "2026-12-01T08:00:00.000Z",
      expectedDate: "2026-12-03T16:00:00.000Z",
      requiredByDate: "2026-12-05T00:00:00.000Z",
      layout: "Line A",
      tags: ["rush", "blue"],
      attributes: { colour: "blue", gears: 21 },
      salesOrderId: globalId("SalesOrder", salesOrder.id),
      location: { name: "Shop floor" },
      employee: { name: "Ada" },
      customer: { name: "Cycles Ltd" },
      lines: [
        { quantity: "5", producedQuantity: "0", bom: { name: "BIKE" }, product: { sku: "BIKE" } },
        { quantity: "2", producedQuantity: "0", bom: { name: "TRIKE" }, product: { sku: "TRIKE" } },
      ],
      movements: [],
      waste: [],
      events: [{ type: "PRODUCTION_ORDER_CREATED", beforeStatus: null, afterStatus: "DRAFT" }],
    });
    expect(order.number).toMatch(/^MO-\d{5}$/);
    // The phantom seat kit is exploded into saddle and post; 2 trikes at 1/3 each round up to 0.666667.
    expect(
      order.components.map((component) => [
        component.product.sku,
        component.requiredQuantity,
        component.allocatedQuantity,
      ]),
    ).toEqual([
      ["FRAME", "5", "0"],
      ["WHEEL", "10", "0"],
      ["SADDLE", "5", "0"],
      ["POST", "5", "0"],
      ["THIRD", "0.666667", "0"],
    ]);
    // DRAFT reserves nothing.
    expect(await figures("WHEEL")).toMatchObject({ allocated: "0", onHand: "100" });
    await step(Void, order.id);
    await expectInvariants();
  });

  it("creates from a BOM, directly in a later status running the same transitions", async () => {
    const result = await kit.execute(CreateFromBom, {
      input: { bomId: boms.BIKE as string, quantity: "1", locationId: gid.shop(), status: "RELEASED" },
    });
    expect(result.data?.productionOrderCreateFromBom.userErrors).toEqual([]);
    const order = result.data?.productionOrderCreateFromBom.productionOrder;
    expect(order).toMatchObject({
      status: "RELEASED",
      version: 3,
      lines: [{ quantity: "1", product: { sku: "BIKE" } }],
    });
    expect(order?.events.map((event) => [event.type, event.beforeStatus, event.afterStatus])).toEqual([
      ["PRODUCTION_ORDER_CREATED", null, "DRAFT"],
      ["PRODUCTION_ORDER_PLANNED", "DRAFT", "PLANNED"],
      ["PRODUCTION_ORDER_RELEASED", "PLANNED", "RELEASED"],
    ]);
    expect(order?.components.map((component) => component.allocatedQuantity)).toEqual(["1", "2", "1", "1"]);
    await expectInvariants();
    await step(Void, order?.id as string);
    await expectInvariants();
  });

  it("names the BOM fields of the from-BOM input in its errors", async () => {
    const result = await kit.execute(CreateFromBom, {
      input: { bomId: boms["SEAT-KIT"] as string, quantity: "1", locationId: gid.shop() },
    });
    expect(result.data?.productionOrderCreateFromBom.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", field: ["input", "bomId"] }),
    ]);
  });

  it("refuses bad input with typed errors and writes nothing", async () => {
    const archivedBom = await kit.db.transaction((tx) =>
      createBom(tx, null, { productId: ids.FRAME, kind: "PRODUCTION", name: "old frame", lines: [] }),
    );
    await kit.db.prisma.bom.update({ where: { id: archivedBom.id }, data: { archivedAt: new Date() } });
    const archivedShop = await kit.db.prisma.location.create({
      data: { name: "Old shop", kind: "SHOP_FLOOR", archivedAt: new Date() },
    });
    const cases: [Partial<ProductionOrderCreateInput>, string, string[]][] = [
      [
        { lines: [{ bomId: boms.BIKE as string, quantity: "0" }] },
        "INVALID_INPUT",
        ["input", "lines", "0", "quantity"],
      ],
      [
        { lines: [{ bomId: boms.BIKE as string, quantity: "-1" }] },
        "INVALID_INPUT",
        ["input", "lines", "0", "quantity"],
      ],
      [{ lines: [] }, "INVALID_INPUT", ["input", "lines"]],
      [
        { lines: [{ bomId: globalId("Bom", 99999), quantity: "1" }] },
        "NOT_FOUND",
        ["input", "lines", "0", "bomId"],
      ],
      [
        { lines: [{ bomId: globalId("Bom", archivedBom.id), quantity: "1" }] },
        "ARCHIVED",
        ["input", "lines", "0", "bomId"],
      ],
      [
        { lines: [{ bomId: boms["SEAT-KIT"] as string, quantity: "1" }] },
        "INVALID_INPUT",
        ["input", "lines", "0", "bomId"],
      ],
      [{ locationId: globalId("Location", warehouse) }, "WRONG_LOCATION_KIND", ["input", "locationId"]],
      [{ locationId: globalId("Location", archivedShop.id) }, "ARCHIVED", ["input", "locationId"]],
      [{ locationId: globalId("Location", 99999) }, "NOT_FOUND", ["input", "locationId"]],
      [{ customerId: globalId("Customer", 99999) }, "NOT_FOUND", ["input", "customerId"]],
      [{ attributes: ["not", "an", "object"] }, "INVALID_INPUT", ["input", "attributes"]],
      [
        { lines: [{ bomId: boms.BIKE as string, quantity: "99999999999999" }] },
        "INVALID_INPUT",
        ["input", "lines", "0", "quantity"],
      ],
    ];
    const before = await written();
    for (const [extra, code, field] of cases) {
      const result = await kit.execute(Create, { input: { ...createInput([["BIKE", "1"]]), ...extra } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.productionOrderCreate.productionOrder).toBeNull();
      expect(result.data?.productionOrderCreate.userErrors).toContainEqual(
        expect.objectContaining({ code, field }),
      );
    }
    // Creating in PLANNED runs authorize in the same transaction: a failure there leaves no order either.
    expect(await written()).toEqual(before);
  });
});

describe("status transitions and stock", () => {
  it("the bicycle: 5 bikes allocate 10 wheels when planned and consume them when completed", async () => {
    const order = await createOrder([["BIKE", "5"]]);
    const wheels = await figures("WHEEL");
    const bikesBefore = await figures("BIKE");
    await stepOk(Authorize, order.id);
    expect((await figures("BIKE")).onOrder).toBe(dec(bikesBefore.onOrder).plus(5).toFixed());
    expect(await figures("WHEEL")).toEqual({
      onHand: wheels.onHand,
      allocated: dec(wheels.allocated).plus(10).toFixed(),
      available: dec(wheels.available).minus(10).toFixed(),
      onOrder: wheels.onOrder,
    });
    await expectInvariants();
    const bikes = await figures("BIKE");
    await stepOk(Release, order.id);
    expect(await figures("WHEEL")).toMatchObject({ allocated: dec(wheels.allocated).plus(10).toFixed() });
    const completed = await complete(order.id);
    expect(completed.userErrors).toEqual([]);
    expect(completed.productionOrder?.status).toBe("COMPLETED");
    expect(await figures("WHEEL")).toEqual({
      ...wheels,
      onHand: dec(wheels.onHand).minus(10).toFixed(),
      available: dec(wheels.available).minus(10).toFixed(),
    });
    expect(await figures("BIKE")).toMatchObject({
      onHand: dec(bikes.onHand).plus(5).toFixed(),
      onOrder: dec(bikes.onOrder).minus(5).toFixed(),
    });
    const read = await kit.execute(OrderNode, { id: order.id });
    const node = read.data?.node as { movements: unknown[]; components: unknown[]; lines: unknown[] };
    expect(node.movements).toEqual(
      expect.arrayContaining([
        { quantity: "-10", reason: "PRODUCTION_CONSUMPTION", product: { sku: "WHEEL" } },
        { quantity: "5", reason: "PRODUCTION_OUTPUT", product: { sku: "BIKE" } },
      ]),
    );
    expect(node.lines).toEqual([expect.objectContaining({ producedQuantity: "5" })]);
    expect(node.components).toContainEqual(
      expect.objectContaining({
        product: { sku: "WHEEL" },
        requiredQuantity: "10",
        allocatedQuantity: "0",
        consumedQuantity: "10",
      }),
    );
    await expectInvariants();
  });

  it("complete then undo restores every stock figure exactly, back to the status it was completed from", async () => {
    const initial = await allStock();
    const order = await createOrder(
      [
        ["BIKE", "3"],
        ["TRIKE", "1"],
      ],
      { status: "RELEASED" },
    );
    await stepOk(Start, order.id);
    const started = await allStock();
    expect((await complete(order.id)).userErrors).toEqual([]);
    expect(await allStock()).not.toEqual(started);
    expect(await stepOk(Undo, order.id)).toMatchObject({ status: "IN_PROGRESS" });
    expect(await allStock()).toEqual(started);
    await expectInvariants();
    // Completed straight from RELEASED: undo goes back to RELEASED.
    await stepOk(Undo, order.id);
    expect((await complete(order.id)).userErrors).toEqual([]);
    expect(await stepOk(Undo, order.id)).toMatchObject({ status: "RELEASED" });
    expect(await allStock()).toEqual(started);
    // Back to DRAFT: nothing held any more.
    expect(await stepOk(Undo, order.id)).toMatchObject({ status: "PLANNED" });
    expect(await stepOk(Undo, order.id)).toMatchObject({ status: "DRAFT" });
    expect(withoutEmpty(await allStock())).toEqual(withoutEmpty(initial));
    await expectInvariants();
    await stepOk(Void, order.id);
  });

  it("void releases every allocation from any open status and never from a closed one", async () => {
    const before = await allStock();
    const planned = await createOrder([["BIKE", "2"]], { status: "PLANNED" });
    const released = await createOrder([["BIKE", "2"]], { status: "RELEASED" });
    const started = await createOrder([["TRIKE", "4"]], { status: "RELEASED" });
    await stepOk(Start, started.id);
    const draft = await createOrder([["BIKE", "2"]]);
    expect(await allStock()).not.toEqual(before);
    for (const order of [planned, released, started, draft]) {
      expect(await stepOk(Void, order.id)).toMatchObject({ status: "VOIDED" });
    }
    expect(withoutEmpty(await allStock())).toEqual(withoutEmpty(before));
    const again = await step(Void, planned.id);
    expect(again.userErrors).toEqual([expect.objectContaining({ code: "INVALID_STATUS", field: ["id"] })]);
    await expectInvariants();
  });

  it("refuses illegal transitions naming the current status, and writes nothing", async () => {
    const order = await createOrder([["BIKE", "1"]]);
    const before = await written();
    const refusals: [StepDocument, string][] = [
      [Release, "DRAFT"],
      [Start, "DRAFT"],
      [Undo, "DRAFT"],
    ];
    for (const [document, status] of refusals) {
      const payload = await step(document, order.id);
      expect(payload.productionOrder).toBeNull();
      expect(payload.userErrors).toEqual([
        { code: "INVALID_STATUS", message: expect.stringContaining(`is ${status};`), field: ["id"] },
      ]);
    }
    expect((await complete(order.id)).userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_STATUS", message: expect.stringContaining("is DRAFT;") }),
    ]);
    const missing = await step(Authorize, globalId("ProductionOrder", 99999));
    expect(missing.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    expect(await written()).toEqual(before);
    await stepOk(Void, order.id);
  });

  it("refuses a stale expectedVersion with VERSION_CONFLICT naming the current version", async () => {
    const order = await createOrder([["BIKE", "1"]]);
    const planned = await step(Authorize, order.id, 1);
    expect(planned.productionOrder).toEqual({ status: "PLANNED", version: 2 });
    const before = await written();
    const stale = await step(Release, order.id, 1);
    expect(stale.userErrors).toEqual([
      { code: "VERSION_CONFLICT", message: expect.stringContaining("version 2"), field: ["expectedVersion"] },
    ]);
    expect(await written()).toEqual(before);
    expect((await step(Release, order.id, 2)).productionOrder).toEqual({ status: "RELEASED", version: 3 });
    await stepOk(Void, order.id);
  });

  it("completes with actual consumption per component", async () => {
    const order = await createOrder([["BIKE", "2"]], { status: "RELEASED" });
    const frame = order.components.find((component) => component.product.sku === "FRAME");
    const before = await figures("FRAME");
    const result = await complete(order.id, [{ componentId: frame?.id as string, quantity: "3" }]);
    expect(result.userErrors).toEqual([]);
    expect(await figures("FRAME")).toMatchObject({ onHand: dec(before.onHand).minus(3).toFixed() });
    const read = await kit.execute(OrderNode, { id: order.id });
    const node = read.data?.node as { components: { product: { sku: string }; consumedQuantity: string }[] };
    const components = node.components;
    expect(components.map((component) => [component.product.sku, component.consumedQuantity])).toEqual([
      ["FRAME", "3"],
      ["WHEEL", "4"],
      ["SADDLE", "2"],
      ["POST", "2"],
    ]);
    await stepOk(Undo, order.id);
    expect(await figures("FRAME")).toEqual({ ...before, allocated: dec(before.allocated).toFixed() });
    await stepOk(Void, order.id);
    await expectInvariants();
  });

  it("edits components while DRAFT or PLANNED, keeping allocations consistent", async () => {
    const order = await createOrder([["BIKE", "1"]], { status: "PLANNED" });
    const wheel = order.components.find((component) => component.product.sku === "WHEEL");
    const before = await figures("WHEEL");
    const result = await kit.execute(ComponentUpdate, {
      id: wheel?.id as string,
      requiredQuantity: "3.5",
      expectedVersion: 2,
    });
    expect(result.data?.productionOrderComponentUpdate.userErrors).toEqual([]);
    expect(result.data?.productionOrderComponentUpdate.productionOrder?.version).toBe(3);
    expect(result.data?.productionOrderComponentUpdate.productionOrder?.components).toContainEqual({
      id: wheel?.id,
      requiredQuantity: "3.5",
      allocatedQuantity: "3.5",
    });
    expect(await figures("WHEEL")).toMatchObject({ allocated: dec(before.allocated).plus(1.5).toFixed() });
    await expectInvariants();
    await stepOk(Release, order.id);
    const refused = await kit.execute(ComponentUpdate, { id: wheel?.id as string, requiredQuantity: "1" });
    expect(refused.data?.productionOrderComponentUpdate.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_STATUS", message: expect.stringContaining("is RELEASED;") }),
    ]);
    await stepOk(Void, order.id);
    await expectInvariants();
  });

  it("records waste during production as a WASTE adjustment that references the order", async () => {
    const order = await createOrder([["BIKE", "1"]], { status: "RELEASED" });
    const before = await figures("SPOKE");
    await stock({ SPOKE: "10" });
    const result = await kit.execute(RecordWaste, {
      id: order.id,
      input: { note: "bent", lines: [{ productId: gid.product("SPOKE"), quantity: "4" }] },
    });
    expect(result.data?.productionOrderRecordWaste.userErrors).toEqual([]);
    expect(result.data?.productionOrderRecordWaste.productionOrder).toMatchObject({
      version: 4,
      waste: [{ type: "WASTE", note: "bent", movements: [{ quantity: "-4", product: { sku: "SPOKE" } }] }],
    });
    expect(await figures("SPOKE")).toMatchObject({ onHand: dec(before.onHand).plus(6).toFixed() });
    const refused = await kit.execute(RecordWaste, {
      id: order.id,
      input: { lines: [{ productId: gid.product("SPOKE"), quantity: "0" }] },
    });
    expect(refused.data?.productionOrderRecordWaste.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", field: ["input", "lines", "0", "quantity"] }),
    ]);
    await stepOk(Void, order.id);
    const closed = await kit.execute(RecordWaste, {
      id: order.id,
      input: { lines: [{ productId: gid.product("SPOKE"), quantity: "1" }] },
    });
    expect(closed.data?.productionOrderRecordWaste.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_STATUS" }),
    ]);
    await expectInvariants();
  });
});

describe("permissions", () => {
  it("each action needs its permission; reading needs PRODUCTION_VIEW, through node() too", async () => {
    const order = await createOrder([["BIKE", "1"]]);
    const viewer = await kit.keyWith("PRODUCTION_VIEW");
    const noView = await kit.keyWith("PRODUCTION_FULFILL");
    const forbidden = async (document: StepDocument, key: string) => {
      const result = await kit.execute(document, { id: order.id }, { key });
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    };
    await forbidden(Authorize, viewer);
    await forbidden(Undo, noView);
    await forbidden(Void, noView);
    const create = await kit.execute(Create, { input: createInput([["BIKE", "1"]]) }, { key: viewer });
    expect(create.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const completeResult = await kit.execute(Complete, { id: order.id }, { key: noView });
    expect(completeResult.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const read = await kit.execute(OrderNode, { id: order.id }, { key: noView });
    expect(read.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const list = await kit.execute(OrderList, {}, { key: noView });
    expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const allowed = await kit.execute(OrderNode, { id: order.id }, { key: viewer });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.node).toMatchObject({ status: "DRAFT" });
    await stepOk(Void, order.id);
  });
});

describe("reading orders", () => {
  it("filters the list by status, location, start date, customer and tag", async () => {
    const customer = await kit.db.prisma.customer.create({ data: { name: "Filter Co" } });
    const a = await createOrder([["BIKE", "1"]], {
      tags: ["filter-a"],
      startDate: "2027-01-10T00:00:00.000Z",
      customerId: globalId("Customer", customer.id),
    });
    const b = await createOrder([["BIKE", "1"]], { tags: ["filter-a", "filter-b"], status: "PLANNED" });
    const numbers = async (variables: Parameters<typeof kit.execute<unknown, object>>[1]) => {
      const result = await kit.execute(OrderList, { first: 100, ...(variables as object) });
      expect(result.errors).toBeUndefined();
      return result.data?.productionOrders.edges.map((edge) => edge.node.number) ?? [];
    };
    expect(await numbers({ tag: "filter-a" })).toEqual([b.number, a.number]);
    expect(await numbers({ tag: "filter-a", statuses: ["PLANNED"] })).toEqual([b.number]);
    expect(await numbers({ tag: "filter-b", statuses: ["DRAFT", "VOIDED"] })).toEqual([]);
    expect(await numbers({ customerId: globalId("Customer", customer.id) })).toEqual([a.number]);
    expect(
      await numbers({ startFrom: "2027-01-10T00:00:00.000Z", startBefore: "2027-01-11T00:00:00.000Z" }),
    ).toEqual([a.number]);
    expect(await numbers({ tag: "filter-a", locationId: globalId("Location", warehouse) })).toEqual([]);
    expect(await numbers({ tag: "filter-a", locationId: gid.shop() })).toEqual([b.number, a.number]);
    await stepOk(Void, a.id);
    await stepOk(Void, b.id);
  });

  it("reads a list with lines, components, movements, waste and events in a bounded number of statements", async () => {
    const seed = async (count: number, tag: string) => {
      for (let index = 0; index < count; index++) {
        const order = await createOrder(
          [
            ["BIKE", "1"],
            ["TRIKE", "3"],
          ],
          { tags: [tag], status: "RELEASED" },
        );
        await kit.execute(RecordWaste, {
          id: order.id,
          input: { lines: [{ productId: gid.product("FRAME"), quantity: "0.1" }] },
        });
        expect((await complete(order.id)).userErrors).toEqual([]);
      }
    };
    await seed(3, "count-small");
    await seed(30, "count-large");
    const measure = async (tag: string, expected: number) => {
      let rows = 0;
      const statements = await kit.countStatements(async () => {
        const result = await kit.execute(OrderList, { tag, first: 100 });
        expect(result.errors).toBeUndefined();
        rows = result.data?.productionOrders.edges.length ?? 0;
        const first = result.data?.productionOrders.edges[0]?.node;
        expect(first?.movements.length).toBeGreaterThan(0);
        expect(first?.waste.length).toBe(1);
        expect(first?.events.length).toBe(5);
      });
      expect(rows).toBe(expected);
      return statements;
    };
    const small = await measure("count-small", 3);
    const large = await measure("count-large", 30);
    console.info(`production order list: ${small} statements for 3 orders, ${large} for 30`);
    expect(large).toBe(small);
    await expectInvariants();
  });
});

describe("concurrency", () => {
  it("20 concurrent completions competing for a scarce component never go below zero or lose a movement", async () => {
    await kit.db.transaction((tx) => updateSettings(tx, null, { allowNegativeStock: false }));
    const scarce = await figures("SCARCE");
    expect(scarce.onHand).toBe("5");
    const orders = [];
    for (let index = 0; index < 20; index++)
      orders.push(await createOrder([["GADGET", "1"]], { status: "RELEASED" }));
    expect((await figures("SCARCE")).available).toBe("-15");
    const results = await Promise.all(orders.map((order) => complete(order.id)));
    const won = results.filter((result) => result.userErrors.length === 0);
    const lost = results.filter((result) => result.userErrors.length > 0);
    expect(won).toHaveLength(5);
    for (const result of lost) {
      expect(result.userErrors).toEqual([expect.objectContaining({ code: "INSUFFICIENT_STOCK" })]);
    }
    expect(await figures("SCARCE")).toEqual({ onHand: "0", allocated: "15", available: "-15", onOrder: "0" });
    const consumed = await kit.db.prisma.stockMovement.count({
      where: { productId: ids.SCARCE, reason: "PRODUCTION_CONSUMPTION" },
    });
    expect(consumed).toBe(5);
    await expectInvariants();
  });

  it("concurrent transitions of one order serialize: exactly one wins", async () => {
    const order = await createOrder([["BIKE", "1"]], { status: "RELEASED" });
    const results = await Promise.all(Array.from({ length: 5 }, () => step(Start, order.id)));
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    await stepOk(Void, order.id);
    await expectInvariants();
  });
});
