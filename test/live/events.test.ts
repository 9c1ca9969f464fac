import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { listen, type RunningServer } from "../../src/http/server.ts";
import { createTestKit, type TestKit } from "../kit/app.ts";
import { decodeId, globalId } from "../kit/ids.ts";
import { connect, type LiveClient, subscribe, waitFor } from "../kit/live.ts";
import { addStock, createBom, createProduct, seedWorld, succeeded, type World } from "../kit/orders.ts";
import { stockAdjustUserErrors } from "../operations/inventory.ts";
import {
  productionOrderEvents,
  salesOrderEvents,
  stockLevelEvents,
  supplyOrderEvents,
} from "../operations/live.ts";
import {
  productionOrderAuthorize,
  productionOrderComplete,
  productionOrderCreateFromBom,
  productionOrderRelease,
  productionOrderStart,
  productionOrderUndo,
  productionOrderVoid,
} from "../operations/orders.ts";
import { purchaseOrderCreate, purchaseOrderPlace } from "../operations/purchasing.ts";
import {
  salesOrderAuthorize,
  salesOrderCreate,
  salesOrderFulfill,
  salesOrderVoid,
} from "../operations/sales.ts";

let kit: TestKit;
let server: RunningServer;
let world: World;
let wheel: number;
let frame: number;
let bike: number;
let bikeBom: number;
const clients: LiveClient[] = [];

beforeAll(async () => {
  kit = await createTestKit();
  server = await listen(kit.app, { port: 0, host: "127.0.0.1", db: kit.db });
  world = await seedWorld(kit);
  wheel = await createProduct(kit, "WHEEL");
  frame = await createProduct(kit, "FRAME");
  bike = await createProduct(kit, "BIKE");
  bikeBom = await createBom(kit, bike, [
    [wheel, "2"],
    [frame, "1"],
  ]);
  await addStock(kit, wheel, world.shopFloor, "1000");
  await addStock(kit, frame, world.shopFloor, "1000");
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await waitFor(
    () => kit.app.live.subscriptionCount === 0,
    () => `every subscription to end (${kit.app.live.subscriptionCount} open)`,
  );
});
afterAll(async () => {
  await server.close();
  await kit.app.live.close();
  await kit.close();
});

function client(key = kit.adminKey): LiveClient {
  const live = connect(server.url, key);
  clients.push(live);
  return live;
}

/** Subscriptions without `after` start at the feed's position when registered: wait for that before writing. */
async function registered(count: number) {
  await waitFor(
    () => kit.app.live.subscriptionCount >= count,
    () => `${count} subscriptions (have ${kit.app.live.subscriptionCount})`,
  );
}

async function createOrder(quantity = "1"): Promise<string> {
  const result = await kit.execute(productionOrderCreateFromBom, {
    input: { locationId: globalId("Location", world.shopFloor), bomId: globalId("Bom", bikeBom), quantity },
  });
  return succeeded<{ productionOrder: { id: string } }>(result, "productionOrderCreateFromBom")
    .productionOrder.id;
}

async function adjust(productId: number, quantity: string, locationId = world.shopFloor) {
  const result = await kit.execute(stockAdjustUserErrors, {
    input: {
      type: "OTHER",
      lines: [
        { productId: globalId("Product", productId), locationId: globalId("Location", locationId), quantity },
      ],
    },
  });
  succeeded(result, "stockAdjust");
}

async function newestEventId(): Promise<string> {
  const newest = await kit.db.prisma.event.findFirst({ orderBy: { id: "desc" } });
  return String(newest?.id ?? 0n);
}

describe("production order events", () => {
  it("delivers every status step, undo and void of an order, in commit order", async () => {
    const orderId = await createOrder();
    const live = client();
    const all = subscribe(live, productionOrderEvents, { orderId });
    const completions = subscribe(live, productionOrderEvents, { statuses: ["COMPLETED"] });
    const elsewhere = subscribe(live, productionOrderEvents, {
      locationId: globalId("Location", world.warehouse),
    });
    await registered(3);

    const steps = [
      () => kit.execute(productionOrderAuthorize, { id: orderId }),
      () => kit.execute(productionOrderRelease, { id: orderId }),
      () => kit.execute(productionOrderStart, { id: orderId }),
      () => kit.execute(productionOrderComplete, { id: orderId }),
      () => kit.execute(productionOrderUndo, { id: orderId }),
      () => kit.execute(productionOrderVoid, { id: orderId }),
    ];
    for (const step of steps) {
      const result = await step();
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {})[0]?.userErrors).toEqual([]);
    }

    const events = await all.waitForResults(6);
    expect(events.map(({ productionOrderEvents: event }) => [event.beforeStatus, event.afterStatus])).toEqual(
      [
        ["DRAFT", "PLANNED"],
        ["PLANNED", "RELEASED"],
        ["RELEASED", "IN_PROGRESS"],
        ["IN_PROGRESS", "COMPLETED"],
        ["COMPLETED", "IN_PROGRESS"],
        ["IN_PROGRESS", "VOIDED"],
      ],
    );
    expect(events.map(({ productionOrderEvents: event }) => event.type)).toEqual([
      "PRODUCTION_ORDER_PLANNED",
      "PRODUCTION_ORDER_RELEASED",
      "PRODUCTION_ORDER_IN_PROGRESS",
      "PRODUCTION_ORDER_COMPLETED",
      "PRODUCTION_ORDER_IN_PROGRESS",
      "PRODUCTION_ORDER_VOIDED",
    ]);
    const ids = events.map(({ productionOrderEvents: event }) => BigInt(event.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    const number = `MO-${String(decodeId(orderId)).padStart(5, "0")}`;
    expect(events[0]?.productionOrderEvents.productionOrder?.number).toBe(number);
    expect(events[0]?.productionOrderEvents.payload).toMatchObject({ number });

    // Into or out of COMPLETED: the completion and its undo; nothing happened at the warehouse.
    const completed = await completions.waitForResults(2);
    expect(completed.map(({ productionOrderEvents: event }) => event.id)).toEqual(
      [events[3], events[4]].map((event) => event?.productionOrderEvents.id),
    );
    expect(elsewhere.results).toEqual([]);
  });

  it("follows a whole order tree by its root", async () => {
    const rootId = await createOrder();
    const nestedId = await createOrder();
    const [root, nested] = [rootId, nestedId].map(decodeId);
    // The nesting itself is made by authorizing (src/domain/orders/nesting); here only the tree columns matter.
    await kit.db.prisma.productionOrder.update({
      where: { id: nested },
      data: { parentId: root, rootId: root },
    });
    const unrelated = await createOrder();

    const tree = subscribe(client(), productionOrderEvents, { rootOrderId: rootId });
    await registered(1);
    await kit.execute(productionOrderAuthorize, { id: unrelated });
    await kit.execute(productionOrderAuthorize, { id: nestedId });
    await kit.execute(productionOrderAuthorize, { id: rootId });

    const events = await tree.waitForResults(2);
    expect(events.map(({ productionOrderEvents: event }) => event.productionOrder?.number)).toEqual([
      `MO-${String(nested).padStart(5, "0")}`,
      `MO-${String(root).padStart(5, "0")}`,
    ]);

    const refused = subscribe(client(), productionOrderEvents, { rootOrderId: nestedId });
    expect(await refused.waitForErrors()).toMatchObject([
      {
        message: expect.stringContaining("root order"),
        extensions: { code: "INVALID_INPUT", field: ["rootOrderId"] },
      },
    ]);
  });
});

describe("stock level and supply order events", () => {
  it("delivers stock changes of one product with its current level", async () => {
    const live = client();
    const wheels = subscribe(live, stockLevelEvents, { productId: globalId("Product", wheel) });
    await registered(1);
    await adjust(frame, "1");
    await adjust(wheel, "5");
    await adjust(wheel, "-2");
    const events = await wheels.waitForResults(2);
    expect(events.map(({ stockLevelEvents: event }) => [event.type, event.payload])).toEqual([
      ["STOCK_CHANGED", expect.objectContaining({ onHandAfter: expect.any(String) })],
      ["STOCK_CHANGED", expect.objectContaining({ onHandAfter: expect.any(String) })],
    ]);
    const [first, second] = events.map(
      ({ stockLevelEvents: event }) => event.payload as { onHandAfter: string },
    );
    expect(Number(second?.onHandAfter) - Number(first?.onHandAfter)).toBe(-2);
    expect(events[0]?.stockLevelEvents).toMatchObject({
      product: { sku: "WHEEL" },
      location: { name: "Shop floor" },
    });
    expect(wheels.results).toHaveLength(2);
  });

  it("delivers purchase order changes, by kind and by order", async () => {
    const live = client();
    const purchases = subscribe(live, supplyOrderEvents, { kind: "PURCHASE" });
    const transfers = subscribe(live, supplyOrderEvents, { kind: "TRANSFER" });
    await registered(2);
    const created = await kit.execute(purchaseOrderCreate, {
      input: {
        supplierId: globalId("Supplier", world.supplierA),
        locationId: globalId("Location", world.warehouse),
        lines: [{ productId: globalId("Product", wheel), quantity: "10" }],
      },
    });
    const orderId = succeeded<{ purchaseOrder: { id: string } }>(created, "purchaseOrderCreate").purchaseOrder
      .id;
    const oneOrder = subscribe(live, supplyOrderEvents, { orderId });
    await registered(3);
    succeeded(await kit.execute(purchaseOrderPlace, { id: orderId }), "purchaseOrderPlace");

    const events = await purchases.waitForResults(2);
    expect(
      events.map(({ supplyOrderEvents: event }) => [event.kind, event.beforeStatus, event.afterStatus]),
    ).toEqual([
      ["PURCHASE", null, "DRAFT"],
      ["PURCHASE", "DRAFT", "ORDERED"],
    ]);
    expect(events[1]?.supplyOrderEvents).toMatchObject({
      purchaseOrder: { number: expect.stringMatching(/^PO-/) },
    });
    expect(await oneOrder.waitForResults(1)).toEqual([events[1]]);
    expect(transfers.results).toEqual([]);
  });
});

describe("sales order events", () => {
  async function createSales(locationId: number) {
    const created = await kit.execute(salesOrderCreate, {
      input: {
        customerId: globalId("Customer", world.customer),
        locationId: globalId("Location", locationId),
        lines: [{ productId: globalId("Product", wheel), quantity: "2" }],
      },
    });
    return succeeded<{ salesOrder: { id: string } }>(created, "salesOrderCreate").salesOrder.id;
  }

  it("delivers every change of sales orders, by order, location and status, with the order", async () => {
    const live = client();
    const all = subscribe(live, salesOrderEvents, {});
    const fromShopFloor = subscribe(live, salesOrderEvents, {
      locationId: globalId("Location", world.shopFloor),
    });
    const voided = subscribe(live, salesOrderEvents, { statuses: ["VOIDED"] });
    await registered(3);
    const shipped = await createSales(world.shopFloor);
    const oneOrder = subscribe(live, salesOrderEvents, { orderId: shipped });
    await registered(4);
    succeeded(await kit.execute(salesOrderAuthorize, { id: shipped }), "salesOrderAuthorize");
    succeeded(await kit.execute(salesOrderFulfill, { id: shipped }), "salesOrderFulfill");
    const dropped = await createSales(world.warehouse);
    succeeded(await kit.execute(salesOrderVoid, { id: dropped }), "salesOrderVoid");

    const events = (await all.waitForResults(5)).map(({ salesOrderEvents: event }) => event);
    expect(events.map((event) => [event.type, event.beforeStatus, event.afterStatus])).toEqual([
      ["SALES_ORDER_CREATED", null, "DRAFT"],
      ["SALES_ORDER_AUTHORIZED", "DRAFT", "AUTHORIZED"],
      ["SALES_ORDER_FULFILLED", "AUTHORIZED", "FULFILLED"],
      ["SALES_ORDER_CREATED", null, "DRAFT"],
      ["SALES_ORDER_VOIDED", "DRAFT", "VOIDED"],
    ]);
    expect(events[2]?.payload).toMatchObject({ shipped: [{ quantity: "2" }] });
    expect(events[4]?.salesOrder).toMatchObject({
      number: expect.stringMatching(/^SO-/),
      status: "VOIDED",
    });
    expect(await fromShopFloor.waitForResults(3)).toEqual(all.results.slice(0, 3));
    expect(await oneOrder.waitForResults(2)).toEqual(all.results.slice(1, 3));
    expect(await voided.waitForResults(1)).toEqual(all.results.slice(4));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([fromShopFloor, oneOrder, voided].map((subscription) => subscription.results.length)).toEqual([
      3, 2, 1,
    ]);
  });

  it("refuses an unknown order before subscribing, and serves any valid key, as the reads do", async () => {
    const live = client(await kit.keyWith("PRODUCTION_VIEW"));
    const unknown = subscribe(live, salesOrderEvents, { orderId: globalId("SalesOrder", 999_999) });
    expect(await unknown.waitForErrors()).toEqual([
      expect.objectContaining({ extensions: { code: "NOT_FOUND", field: ["orderId"] } }),
    ]);
    const allowed = subscribe(live, salesOrderEvents, {});
    await registered(1);
    await createSales(world.warehouse);
    await allowed.waitForResults(1);
  });
});

describe("resuming with after", () => {
  it("replays exactly the events missed while disconnected, then continues live without duplicates", async () => {
    const first = client();
    const before = subscribe(first, stockLevelEvents, { productId: globalId("Product", frame) });
    await registered(1);
    await adjust(frame, "1");
    const [seen] = await before.waitForResults(1);
    const lastId = seen?.stockLevelEvents.id ?? "";
    await first.dispose();
    await waitFor(
      () => kit.app.live.subscriptionCount === 0,
      () => "the disconnect",
    );

    const missed = 5;
    for (let change = 1; change <= missed; change++) await adjust(frame, String(change));

    const again = subscribe(client(), stockLevelEvents, {
      productId: globalId("Product", frame),
      after: lastId,
    });
    const replayed = await again.waitForResults(missed);
    const onHand = (event: { payload: unknown }) =>
      Number((event.payload as { onHandAfter: string }).onHandAfter);
    const base = onHand(seen?.stockLevelEvents ?? { payload: {} });
    // +1, +2, ... +5 while disconnected.
    expect(replayed.map(({ stockLevelEvents: event }) => onHand(event) - base)).toEqual([1, 3, 6, 10, 15]);
    await adjust(frame, "100");
    const all = await again.waitForResults(missed + 1);
    const ids = all.map(({ stockLevelEvents: event }) => BigInt(event.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBeGreaterThan(BigInt(lastId));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    expect(onHand(all[missed]?.stockLevelEvents ?? { payload: {} }) - base).toBe(115);
    // Nothing else arrives.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(again.results).toHaveLength(missed + 1);
  });

  it("switches from replay to live while others commit, over several replay pages, missing and repeating nothing", async () => {
    const after = await newestEventId();
    // 4 x 130 lines: 520 events to replay (pages of 500).
    const products = await Promise.all(
      Array.from({ length: 130 }, (_, index) => createProduct(kit, `LIVE-R-${index}`)),
    );
    const adjustAll = async (quantity: string) => {
      const result = await kit.execute(stockAdjustUserErrors, {
        input: {
          type: "OTHER",
          lines: products.map((productId) => ({
            productId: globalId("Product", productId),
            locationId: globalId("Location", world.warehouse),
            quantity,
          })),
        },
      });
      succeeded(result, "stockAdjust");
    };
    for (let round = 0; round < 4; round++) await adjustAll("1");

    const resumed = subscribe(client(), stockLevelEvents, {
      locationId: globalId("Location", world.warehouse),
      after,
    });
    // Commits racing with the replay and the switch to live.
    for (let round = 0; round < 3; round++) await adjustAll("1");

    const expected = (
      await kit.db.prisma.event.findMany({
        where: { id: { gt: BigInt(after) }, type: "STOCK_CHANGED", locationId: world.warehouse },
        orderBy: { id: "asc" },
        select: { id: true },
      })
    ).map((event) => String(event.id));
    expect(expected).toHaveLength(7 * 130);
    const received = await resumed.waitForResults(expected.length, 60_000);
    expect(received.map(({ stockLevelEvents: event }) => event.id)).toEqual(expected);
  });
});

describe("commit order", () => {
  it("delivers every event of concurrent transactions, in id order", async () => {
    const products = await Promise.all(
      Array.from({ length: 20 }, (_, index) => createProduct(kit, `LIVE-C-${index}`)),
    );
    const after = await newestEventId();
    const live = subscribe(client(), stockLevelEvents, { locationId: globalId("Location", world.warehouse) });
    await registered(1);
    // On PostgreSQL these run in parallel; a feed reading "id > last" must still skip none of them.
    await Promise.all(products.map((productId) => adjust(productId, "1", world.warehouse)));
    const expected = (
      await kit.db.prisma.event.findMany({
        where: { id: { gt: BigInt(after) }, type: "STOCK_CHANGED", locationId: world.warehouse },
        orderBy: { id: "asc" },
        select: { id: true },
      })
    ).map((event) => String(event.id));
    expect(expected).toHaveLength(20);
    const received = await live.waitForResults(20);
    expect(received.map(({ stockLevelEvents: event }) => event.id)).toEqual(expected);
  });
});

describe("bad input", () => {
  it("refuses unknown ids before subscribing, naming the argument", async () => {
    const live = client();
    const cases = [
      [subscribe(live, productionOrderEvents, { orderId: globalId("ProductionOrder", 999999) }), "orderId"],
      [
        subscribe(live, productionOrderEvents, { rootOrderId: globalId("ProductionOrder", 999999) }),
        "rootOrderId",
      ],
      [subscribe(live, productionOrderEvents, { locationId: globalId("Location", 999999) }), "locationId"],
      [subscribe(live, stockLevelEvents, { productId: globalId("Product", 999999) }), "productId"],
      [subscribe(live, supplyOrderEvents, { orderId: globalId("TransferOrder", 999999) }), "orderId"],
    ] as const;
    for (const [subscription, field] of cases) {
      expect(await subscription.waitForErrors()).toMatchObject([
        { extensions: { code: "NOT_FOUND", field: [field] } },
      ]);
    }
    const malformed = subscribe(live, productionOrderEvents, { orderId: "not-an-id" });
    expect(await malformed.waitForErrors()).toMatchObject([{ extensions: { code: "BAD_USER_INPUT" } }]);
    const wrongType = subscribe(live, supplyOrderEvents, { orderId: globalId("Product", wheel) });
    expect((await wrongType.waitForErrors()).length).toBe(1);
    expect(kit.app.live.subscriptionCount).toBe(0);
  });

  it("refuses production order events to a key without PRODUCTION_VIEW, but not stock events", async () => {
    const live = client(await kit.keyWith("INVENTORY_ADJUST"));
    const refused = subscribe(live, productionOrderEvents, {});
    expect(await refused.waitForErrors()).toMatchObject([
      {
        message: expect.stringContaining("Subscription.productionOrderEvents"),
        extensions: { code: "FORBIDDEN" },
      },
    ]);
    const stock = subscribe(live, stockLevelEvents, { productId: globalId("Product", wheel) });
    await registered(1);
    await adjust(wheel, "1");
    expect(await stock.waitForResults(1)).toHaveLength(1);
  });

  it("refuses a malformed `after` and one beyond the newest event", async () => {
    const live = client();
    for (const after of ["abc", "-1", "01", "1.5", "", "99999999999999999999"]) {
      const subscription = subscribe(live, stockLevelEvents, { after });
      expect(await subscription.waitForErrors()).toMatchObject([
        {
          message: expect.stringContaining("after"),
          extensions: { code: "BAD_USER_INPUT", field: ["after"] },
        },
      ]);
    }
    const future = subscribe(live, stockLevelEvents, {
      after: String(BigInt(await newestEventId()) + 1000n),
    });
    expect(await future.waitForErrors()).toMatchObject([
      {
        message: expect.stringContaining("newest event"),
        extensions: { code: "BAD_USER_INPUT", field: ["after"] },
      },
    ]);
  });
});

describe("server-sent events", () => {
  it("serves the same subscriptions over SSE, authenticated by the Authorization header", async () => {
    const controller = new AbortController();
    const response = await fetch(server.url, {
      method: "POST",
      signal: controller.signal,
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${kit.adminKey}`,
      },
      body: JSON.stringify({
        query: "subscription($p: ID) { stockLevelEvents(productId: $p) { id product { sku } } }",
        variables: { p: globalId("Product", frame) },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    await registered(1);
    await adjust(frame, "3");

    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = "";
    while (!text.includes("event: next")) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    controller.abort();
    const data = /event: next\ndata: (.*)\n/.exec(text)?.[1];
    expect(JSON.parse(data ?? "null")).toMatchObject({
      data: { stockLevelEvents: { id: expect.stringMatching(/^\d+$/), product: { sku: "FRAME" } } },
    });
    await waitFor(
      () => kit.app.live.subscriptionCount === 0,
      () => "the SSE subscription to end",
    );
  });

  it("refuses an SSE subscription without a key", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: "subscription { stockLevelEvents { id } }" }),
    });
    expect(await response.text()).toContain("UNAUTHENTICATED");
  });
});
