import { createBom } from "../../../src/domain/bom/boms.ts";
import { succeeded } from "../../kit/app.ts";
import { globalId } from "../../kit/ids.ts";
import type { World } from "../../kit/world.ts";
import {
  nodeProductionOrderOperations,
  nodeProductionOrderShopFloor,
  productionOrderAuthorize,
  productionOrderComplete,
  productionOrderComponentUpdate,
  productionOrderConsume,
  productionOrderCreate,
  productionOrderCreateFromBom,
  productionOrderCreatePurchaseOrders,
  productionOrderOperationComplete,
  productionOrderOperationPause,
  productionOrderOperationResume,
  productionOrderOperationSkip,
  productionOrderOperationStart,
  productionOrderRecordWaste,
  productionOrderRelease,
  productionOrderReportOutput,
  productionOrderReschedule,
  productionOrderStart,
  productionOrderUndo,
  productionOrderUpdate,
  productionOrderVoid,
  productionReportUndo,
} from "../../operations/orders.ts";
import {
  type AnyDocument,
  type BadInput,
  type CaseContext,
  inArea,
  type Retries,
  sendingIdOf,
  userError,
  withKey,
} from "./context.ts";

type Status = "DRAFT" | "PLANNED" | "RELEASED";

/** An order at `place` of one line of a new BOM, its component `componentStock` on hand. */
const creating =
  (c: CaseContext, place: keyof World, quantity: string, componentStock?: string, status?: Status) =>
  async () => {
    const { bom } = await c.fixtures.madeProduct(componentStock);
    const lines = [{ bomId: globalId("Bom", bom), quantity }];
    return {
      document: productionOrderCreate,
      variables: {
        input: { locationId: globalId("Location", c.world[place]), lines, ...(status && { status }) },
      },
    };
  };

/** A move of an order in `status` by a day, sent with its version plus `stale`. */
const rescheduling =
  (
    c: CaseContext,
    status: Status,
    dates = { startDate: "2031-03-03T08:00:00Z", expectedDate: "2031-03-04T08:00:00Z" },
    stale = 0,
  ) =>
  async () => {
    const { id, version } = await c.fixtures.productionOrder(status);
    return {
      document: productionOrderReschedule,
      variables: { id, expectedVersion: version + stale, ...dates, cascade: "NESTED" as const },
    };
  };

/** New details of an order in `status`, sent with its version plus `stale`. */
const updating =
  (c: CaseContext, status: Status, input: Record<string, unknown>, stale = 0) =>
  async () => {
    const { id, version } = await c.fixtures.productionOrder(status);
    return { document: productionOrderUpdate, variables: { id, expectedVersion: version + stale, input } };
  };

/** Makes an order in `status` when the case runs. */
const orderIn = (c: CaseContext, status: Status, componentStock?: string) => () =>
  c.fixtures.productionOrder(status, componentStock);

/** A new required quantity of the first component of an order in `status`. */
const changingComponent = (c: CaseContext, status: Status, requiredQuantity: string) => async () => ({
  document: productionOrderComponentUpdate,
  variables: { id: (await c.fixtures.productionOrder(status)).componentIds[0], requiredQuantity },
});

/** Waste of the component of an order in `status`. */
const recordingWaste = (c: CaseContext, status: Status, quantity: string, note?: string) => async () => {
  const { id, component } = await c.fixtures.productionOrder(status);
  const lines = [{ productId: globalId("Product", component), quantity }];
  return { document: productionOrderRecordWaste, variables: { id, input: { lines, ...(note && { note }) } } };
};

type OperationStatus = "PENDING" | "RUNNING" | "PAUSED";

/**
 * The first operation of a new order of 2 (its BOM: one operation on a new resource), the order created in
 * `orderStatus`, the operation brought to `status` through the API: its global id.
 */
const operationIn = async (
  c: CaseContext,
  status: OperationStatus,
  orderStatus: Status = "RELEASED",
): Promise<string> => {
  const { component, product } = await c.fixtures.madeProduct();
  const resourceId = await c.fixtures.resource();
  const bom = await c.kit.db.transaction((tx) =>
    createBom(tx, null, {
      productId: product,
      kind: "PRODUCTION",
      name: c.fixtures.unique("Operated"),
      operations: [{ sequence: 10, name: "Work", resourceId, minutesPerUnit: "3" }],
      lines: [{ componentId: component, quantity: "1" }],
    }),
  );
  const input = {
    locationId: globalId("Location", c.world.shopFloor),
    lines: [{ bomId: globalId("Bom", bom.id), quantity: "2" }],
    status: orderStatus,
  };
  const order = succeeded<{ productionOrder: { id: string } }>(
    await c.kit.execute(productionOrderCreate, { input }),
    "productionOrderCreate",
  );
  const node = (await c.kit.execute(nodeProductionOrderOperations, { id: order.productionOrder.id })).data
    ?.node;
  const id = node && "operations" in node ? node.operations[0]?.id : undefined;
  if (!id) throw new Error("the order has no operation");
  if (status !== "PENDING") {
    succeeded(await c.kit.execute(productionOrderOperationStart, { id }), "productionOrderOperationStart");
  }
  if (status === "PAUSED") {
    succeeded(
      await c.kit.execute(productionOrderOperationPause, { id, input: { reason: "waiting" } }),
      "productionOrderOperationPause",
    );
  }
  return id;
};

/** An operation step sent to an operation in `status` (of an order in `orderStatus`) with `input`. */
const operating =
  (
    c: CaseContext,
    document: AnyDocument,
    status: OperationStatus,
    input?: Record<string, unknown>,
    orderStatus?: Status,
  ) =>
  async () => ({
    document,
    variables: { id: await operationIn(c, status, orderStatus), ...(input && { input }) },
  });

/** `quantity` of the component of a new order in `status` consumed on the shop floor (or another product). */
const consuming =
  (c: CaseContext, status: Status, quantity: string, product?: () => Promise<number>) => async () => {
    const { id, component } = await c.fixtures.productionOrder(status);
    const productId = globalId("Product", product ? await product() : component);
    return { document: productionOrderConsume, variables: { id, input: { productId, quantity } } };
  };

/** Output reported on a new order in `status`. */
const reporting = (c: CaseContext, status: Status, input: Record<string, string>) => async () => ({
  document: productionOrderReportOutput,
  variables: { id: (await c.fixtures.productionOrder(status)).id, input },
});

/** The report of a consumption on a new RELEASED order (undone once already when `undone`): its global id. */
const reportOf = async (c: CaseContext, undone = false) => {
  const { document, variables } = await consuming(c, "RELEASED", "1")();
  succeeded(await c.kit.execute(document, variables), "productionOrderConsume");
  const node = (await c.kit.execute(nodeProductionOrderShopFloor, { id: variables.id })).data?.node;
  const id = node && "reports" in node ? node.reports[0]?.id : undefined;
  if (!id) throw new Error("the order has no report");
  if (undone) succeeded(await c.kit.execute(productionReportUndo, { id }), "productionReportUndo");
  return { document: productionReportUndo, variables: { id } };
};

/** The retry case of each mutation of production orders. */
export function retries(c: CaseContext): Retries {
  return {
    productionOrderOperationStart: operating(c, productionOrderOperationStart, "PENDING", {
      employeeId: null,
    }),
    productionOrderOperationPause: operating(c, productionOrderOperationPause, "RUNNING", { reason: "jam" }),
    productionOrderOperationResume: operating(c, productionOrderOperationResume, "PAUSED"),
    productionOrderOperationComplete: operating(c, productionOrderOperationComplete, "RUNNING", {
      goodQuantity: "2",
      scrapQuantity: "0.5",
    }),
    productionOrderOperationSkip: operating(c, productionOrderOperationSkip, "PENDING", {
      reason: "not needed",
    }),
    productionOrderConsume: consuming(c, "RELEASED", "1.5"),
    productionOrderReportOutput: reporting(c, "RELEASED", { goodQuantity: "0.5", scrapQuantity: "0.25" }),
    productionReportUndo: () => reportOf(c),
    productionOrderCreate: creating(c, "shopFloor", "2", undefined, "PLANNED"),
    productionOrderCreateFromBom: async () => {
      const { bom } = await c.fixtures.madeProduct();
      return {
        document: productionOrderCreateFromBom,
        variables: {
          input: {
            bomId: globalId("Bom", bom),
            locationId: globalId("Location", c.world.shopFloor),
            quantity: "5",
          },
        },
      };
    },
    productionOrderAuthorize: async () => ({
      document: productionOrderAuthorize,
      variables: { id: (await c.fixtures.productionOrder("DRAFT")).id, expectedVersion: 1 },
    }),
    productionOrderRelease: sendingIdOf(productionOrderRelease, orderIn(c, "PLANNED")),
    productionOrderStart: sendingIdOf(productionOrderStart, orderIn(c, "RELEASED")),
    productionOrderComplete: sendingIdOf(productionOrderComplete, orderIn(c, "RELEASED")),
    productionOrderUndo: sendingIdOf(productionOrderUndo, orderIn(c, "PLANNED")),
    productionOrderVoid: sendingIdOf(productionOrderVoid, orderIn(c, "PLANNED")),
    productionOrderComponentUpdate: changingComponent(c, "DRAFT", "8.5"),
    productionOrderRecordWaste: recordingWaste(c, "RELEASED", "1.5", "dropped"),
    productionOrderReschedule: rescheduling(c, "PLANNED"),
    productionOrderUpdate: updating(c, "RELEASED", { note: "second shift", tags: ["rush"] }),
    productionOrderCreatePurchaseOrders: async () => ({
      document: productionOrderCreatePurchaseOrders,
      variables: { productionOrderId: (await c.fixtures.productionOrder("PLANNED", "0")).id },
    }),
  };
}

/** Bad requests to the mutations of production orders, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  return inArea("production orders", [
    {
      name: "order at a warehouse",
      prepare: creating(c, "warehouse", "1", "0"),
      expected: userError("WRONG_LOCATION_KIND", ["input", "locationId"]),
    },
    {
      name: "order line of a negative quantity",
      prepare: creating(c, "shopFloor", "-2", "0"),
      expected: userError("INVALID_INPUT", ["input", "lines", "0", "quantity"]),
    },
    {
      name: "authorizing a PLANNED order (wrong status)",
      prepare: sendingIdOf(productionOrderAuthorize, orderIn(c, "PLANNED")),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "authorizing with a stale expectedVersion",
      prepare: async () => {
        const { id, version } = await c.fixtures.productionOrder("DRAFT");
        return { document: productionOrderAuthorize, variables: { id, expectedVersion: version + 5 } };
      },
      expected: userError("VERSION_CONFLICT", ["expectedVersion"]),
    },
    {
      name: "completing a DRAFT order",
      prepare: sendingIdOf(productionOrderComplete, orderIn(c, "DRAFT")),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "completing without the components in stock",
      prepare: sendingIdOf(productionOrderComplete, orderIn(c, "RELEASED", "1")),
      expected: userError("INSUFFICIENT_STOCK", null),
    },
    {
      name: "completing with a negative actual consumption",
      prepare: async () => {
        const { id, componentIds } = await c.fixtures.productionOrder("RELEASED");
        const consumption = [{ componentId: componentIds[0], quantity: "-1" }];
        return { document: productionOrderComplete, variables: { id, consumption } };
      },
      expected: userError("INVALID_INPUT", ["consumption", "0", "quantity"]),
    },
    {
      name: "changing a component of a RELEASED order",
      prepare: changingComponent(c, "RELEASED", "9"),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "rescheduling with a stale expectedVersion",
      prepare: rescheduling(c, "PLANNED", undefined, 1),
      expected: userError("VERSION_CONFLICT", ["expectedVersion"]),
    },
    {
      name: "rescheduling to a start after the expected date",
      prepare: rescheduling(c, "DRAFT", {
        startDate: "2031-03-05T00:00:00Z",
        expectedDate: "2031-03-04T00:00:00Z",
      }),
      expected: userError("INVALID_INPUT", ["expectedDate"]),
    },
    {
      name: "updating a note beyond 2000 characters",
      prepare: updating(c, "DRAFT", { note: "n".repeat(2001) }),
      expected: userError("INVALID_INPUT", ["input", "note"]),
    },
    {
      name: "updating with a stale expectedVersion",
      prepare: updating(c, "PLANNED", { layout: "L2" }, 1),
      expected: userError("VERSION_CONFLICT", ["expectedVersion"]),
    },
    {
      name: "recording waste on a DRAFT order",
      prepare: recordingWaste(c, "DRAFT", "1"),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "starting an operation of a PLANNED order",
      prepare: operating(c, productionOrderOperationStart, "PENDING", undefined, "PLANNED"),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "starting an operation at a time in the future",
      prepare: async () => ({
        document: productionOrderOperationStart,
        variables: {
          id: await operationIn(c, "PENDING"),
          input: { at: new Date(Date.now() + 3_600_000).toISOString() },
        },
      }),
      expected: userError("INVALID_INPUT", ["input", "at"]),
    },
    {
      name: "pausing an operation with a blank reason",
      prepare: operating(c, productionOrderOperationPause, "RUNNING", { reason: "  " }),
      expected: userError("INVALID_INPUT", ["input", "reason"]),
    },
    {
      name: "completing an operation with a negative good quantity",
      prepare: operating(c, productionOrderOperationComplete, "RUNNING", { goodQuantity: "-1" }),
      expected: userError("INVALID_INPUT", ["input", "goodQuantity"]),
    },
    {
      name: "completing an operation beyond its line's quantity",
      prepare: operating(c, productionOrderOperationComplete, "PAUSED", { goodQuantity: "2.5" }),
      expected: userError("INVALID_INPUT", ["input", "goodQuantity"]),
    },
    {
      name: "resuming an operation that runs",
      prepare: operating(c, productionOrderOperationResume, "RUNNING"),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "starting an operation by a key without PRODUCTION_EXECUTE",
      prepare: withKey(() => c.shopFloorKey, operating(c, productionOrderOperationStart, "PENDING")),
      expected: { error: "FORBIDDEN" },
    },
    {
      name: "consuming a product that is no component of the order (not marked unplanned)",
      prepare: consuming(c, "RELEASED", "1", async () => (await c.fixtures.madeProduct()).product),
      expected: userError("INVALID_INPUT", ["input", "productId"]),
    },
    {
      name: "consuming a quantity of 0",
      prepare: consuming(c, "RELEASED", "0"),
      expected: userError("INVALID_INPUT", ["input", "quantity"]),
    },
    {
      name: "reporting output on a PLANNED order",
      prepare: reporting(c, "PLANNED", { goodQuantity: "1" }),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "reporting output beyond the order's quantity",
      prepare: reporting(c, "RELEASED", { goodQuantity: "100000" }),
      expected: userError("INVALID_INPUT", ["input", "goodQuantity"]),
    },
    {
      name: "reporting neither good units nor scrap",
      prepare: reporting(c, "RELEASED", { goodQuantity: "0", scrapQuantity: "0" }),
      expected: userError("INVALID_INPUT", ["input", "goodQuantity"]),
    },
    {
      name: "undoing a report twice",
      prepare: () => reportOf(c, true),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "consuming by a key without PRODUCTION_EXECUTE",
      prepare: withKey(() => c.shopFloorKey, consuming(c, "RELEASED", "1")),
      expected: { error: "FORBIDDEN" },
    },
    {
      name: "voiding by a key without PRODUCTION_VOID",
      prepare: withKey(() => c.shopFloorKey, sendingIdOf(productionOrderVoid, orderIn(c, "DRAFT"))),
      expected: { error: "FORBIDDEN" },
    },
  ]);
}
