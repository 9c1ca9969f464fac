import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/domain/access.ts";
import { archiveEmployee, createEmployee } from "../../src/domain/catalog/partners.ts";
import { forTheFile, succeeded, type TestKit } from "../kit/app.ts";
import { written } from "../kit/checks.ts";
import { decodeId, globalId } from "../kit/ids.ts";
import { connect, type LiveClient, openLiveKit, subscribe } from "../kit/live.ts";
import { type Fixtures, makeFixtures, type World } from "../kit/world.ts";
import {
  productionOrderEventsActors,
  productionOrderHistory,
  productionOrderHistoryWithoutKeys,
  stockLevelEventsActors,
} from "../operations/audit.ts";
import { productCreate } from "../operations/catalog.ts";
import {
  nodeProductionOrderShopFloor,
  productionOrderAuthorize,
  productionOrderConsume,
  productionOrderReportOutput,
  productionOrderStart,
} from "../operations/orders.ts";

/** Every event names who made it: the API key, the employee who did the work and the request's id (ADR 0026). */

let kit: TestKit;
let live: LiveClient;
let url: string;
let world: World;
let fixtures: Fixtures;
let ann: string;
let bob: string;
let gone: string;

forTheFile(openLiveKit, (opened) => {
  ({ kit, live, url, world } = opened);
});

beforeAll(async () => {
  fixtures = makeFixtures(kit, world);
  const employee = (name: string) =>
    kit.db.transaction(async (tx) => globalId("Employee", (await createEmployee(tx, null, { name })).id));
  ann = await employee("Ann");
  bob = await employee("Bob");
  gone = await employee("Gone");
  await kit.db.transaction((tx) => archiveEmployee(tx, null, decodeId(gone)));
});

async function history(orderId: string, key?: string) {
  const result = await kit.execute(productionOrderHistory, { id: orderId }, { key });
  expect(result.errors).toBeUndefined();
  const node = result.data?.node;
  if (!node || !("events" in node)) throw new Error("no production order");
  return node.events;
}

const ADMIN_KEY = { name: "first admin key" };

describe("the actor of an event", () => {
  it("is the key, the employee the request named and the request id it sent, on every event of the request", async () => {
    const order = await fixtures.productionOrder("RELEASED");
    const [componentId] = order.componentIds;
    const consumed = await kit.execute(
      productionOrderConsume,
      { id: order.id, input: { componentId, quantity: "1" } },
      { headers: { "x-request-id": "scanner-7.consume-1", "x-employee-id": ann } },
    );
    succeeded(consumed, "productionOrderConsume");

    // The step started the order and recorded its report: both events say who and which request.
    const events = await history(order.id);
    const actor = { apiKey: ADMIN_KEY, employee: { name: "Ann" }, requestId: "scanner-7.consume-1" };
    expect(events.slice(-2)).toEqual([
      expect.objectContaining({ type: "PRODUCTION_ORDER_IN_PROGRESS", actor }),
      expect.objectContaining({ type: "PRODUCTION_ORDER_CONSUMED", actor }),
    ]);
    // Made before, without a header: the key, a request id of the server's, no employee.
    expect(events[0]).toMatchObject({
      type: "PRODUCTION_ORDER_CREATED",
      actor: { apiKey: ADMIN_KEY, employee: null, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    // The stock the step moved says the same, as its live events show.
    const stock = subscribe(live, stockLevelEventsActors, {
      productId: globalId("Product", order.component),
      after: "0",
    });
    // Three changes: the fixture's receipt and the allocation of the order's release, then the consumption.
    const stockEvents = await stock.waitForResults(3);
    stock.unsubscribe();
    expect(stockEvents).toHaveLength(3);
    expect(stockEvents[2]?.stockLevelEvents.actor).toEqual(actor);
    // The report the step wrote names Ann as the one who did it.
    const read = await kit.execute(nodeProductionOrderShopFloor, { id: order.id });
    const node = read.data?.node;
    expect(node && "reports" in node ? node.reports.map((report) => report.employee?.name) : null).toEqual([
      "Ann",
    ]);
  });

  it("is the employee a shop-floor step names, over the request's", async () => {
    const order = await fixtures.productionOrder("RELEASED");
    succeeded(
      await kit.execute(
        productionOrderReportOutput,
        { id: order.id, input: { goodQuantity: "1", employeeId: bob } },
        { headers: { "x-employee-id": ann } },
      ),
      "productionOrderReportOutput",
    );
    const events = await history(order.id);
    expect(events.at(-1)).toMatchObject({
      type: "PRODUCTION_ORDER_OUTPUT_REPORTED",
      actor: { employee: { name: "Bob" } },
    });
  });

  it("carries the request id the server gave when the client sent none: the one in the response header", async () => {
    const order = await fixtures.productionOrder("RELEASED");
    const response = await kit.post(
      JSON.stringify({ query: print(productionOrderStart), variables: { id: order.id } }),
    );
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await history(order.id)).at(-1)).toMatchObject({
      type: "PRODUCTION_ORDER_IN_PROGRESS",
      actor: { requestId, employee: null },
    });
  });

  it("over graphql-ws is the socket's key and each operation's extensions.requestId and .employeeId, live too", async () => {
    const order = await fixtures.productionOrder("RELEASED");
    // From the start of the order's events: once they are replayed, the subscription is live.
    const before = (await history(order.id)).length;
    const watching = subscribe(live, productionOrderEventsActors, { orderId: order.id, after: "0" });
    await watching.waitForResults(before);
    const scanner = connect(url, kit.adminKey);
    try {
      const started = subscribe(
        scanner,
        productionOrderStart,
        { id: order.id },
        { requestId: "ws-start-1", employeeId: ann },
      );
      const [result] = await started.waitForResults(1);
      expect(result?.productionOrderStart.userErrors).toEqual([]);
    } finally {
      await scanner.dispose();
    }
    const actor = { apiKey: ADMIN_KEY, employee: { name: "Ann" }, requestId: "ws-start-1" };
    const event = (await watching.waitForResults(before + 1))[before];
    watching.unsubscribe();
    expect(event?.productionOrderEvents).toMatchObject({ type: "PRODUCTION_ORDER_IN_PROGRESS", actor });
    expect((await history(order.id)).at(-1)).toMatchObject({ actor });
  });
});

describe("a request naming its employee (x-employee-id)", () => {
  it("is refused when the employee is unknown or archived: a userError naming the header, nothing written", async () => {
    const cases = [
      { employee: globalId("Employee", 999_999), code: "NOT_FOUND", message: "No employee with this id" },
      { employee: gone, code: "ARCHIVED", message: "The employee is archived" },
    ];
    for (const { employee, code, message } of cases) {
      const before = await written(kit);
      const result = await kit.execute(
        productCreate,
        { input: { sku: fixtures.unique("HDR"), name: "Header test" } },
        { headers: { "x-employee-id": employee } },
      );
      expect(result.data?.productCreate).toEqual({
        product: null,
        userErrors: [{ code, message, field: ["x-employee-id"] }],
      });
      expect(await written(kit)).toEqual(before);
    }
  });

  it("is a BAD_USER_INPUT when the header is no Employee id; reads ignore it", async () => {
    const before = await written(kit);
    const result = await kit.execute(
      productCreate,
      { input: { sku: fixtures.unique("HDR"), name: "Header test" } },
      { headers: { "x-employee-id": globalId("Product", 1) } },
    );
    expect(result.errors).toMatchObject([
      { message: expect.stringContaining("is not an Employee id"), extensions: { code: "BAD_USER_INPUT" } },
    ]);
    expect(await written(kit)).toEqual(before);
    const order = await fixtures.productionOrder("DRAFT");
    const read = await kit.execute(
      productionOrderHistory,
      { id: order.id },
      { headers: { "x-employee-id": "not an id" } },
    );
    expect(read.errors).toBeUndefined();
  });
});

describe("who may read an event's key", () => {
  it("a key without ADMIN reads its own key, the employee and the request id; another key is FORBIDDEN", async () => {
    const order = await fixtures.productionOrder("DRAFT");
    const planner = await kit.db.transaction(
      async (tx) => (await createApiKey(tx, { name: "planner 1", role: "planner" }, null)).secret,
    );
    succeeded(
      await kit.execute(
        productionOrderAuthorize,
        { id: order.id },
        { key: planner, headers: { "x-employee-id": ann } },
      ),
      "productionOrderAuthorize",
    );
    const withoutKeys = await kit.execute(
      productionOrderHistoryWithoutKeys,
      { id: order.id },
      { key: planner },
    );
    expect(withoutKeys.errors).toBeUndefined();

    const result = await kit.execute(productionOrderHistory, { id: order.id }, { key: planner });
    const node = result.data?.node;
    const events = node && "events" in node ? node.events : [];
    expect(events.map((event) => event.actor.apiKey)).toEqual([null, { name: "planner 1" }]);
    expect(events[1]?.actor.employee).toEqual({ name: "Ann" });
    expect(result.errors).toMatchObject([
      {
        message: "Not allowed to read ApiKey (at EventActor.apiKey): needs the permission ADMIN",
        extensions: { code: "FORBIDDEN", permission: "ADMIN" },
      },
    ]);
  });
});
