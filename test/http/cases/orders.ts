import { globalId } from "../../kit/ids.ts";
import {
  productionOrderAuthorize,
  productionOrderComplete,
  productionOrderComponentUpdate,
  productionOrderCreate,
  productionOrderCreateFromBom,
  productionOrderCreatePurchaseOrders,
  productionOrderRecordWaste,
  productionOrderRelease,
  productionOrderStart,
  productionOrderUndo,
  productionOrderVoid,
} from "../../operations/orders.ts";
import {
  type BadInput,
  type CaseContext,
  newRecords,
  type Retries,
  sendingIdOf,
  userError,
} from "./context.ts";

/** The retry case of each mutation of production orders. */
export function retries(c: CaseContext): Retries {
  const _row = newRecords(c);
  return {
    productionOrderCreate: async () => {
      const { bom } = await c.fixtures.madeProduct();
      return {
        document: productionOrderCreate,
        variables: {
          input: {
            locationId: globalId("Location", c.world.shopFloor),
            lines: [{ bomId: globalId("Bom", bom), quantity: "2" }],
            status: "PLANNED",
          },
        },
      };
    },
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
    productionOrderRelease: sendingIdOf(productionOrderRelease, () => c.fixtures.productionOrder("PLANNED")),
    productionOrderStart: sendingIdOf(productionOrderStart, () => c.fixtures.productionOrder("RELEASED")),
    productionOrderComplete: sendingIdOf(productionOrderComplete, () =>
      c.fixtures.productionOrder("RELEASED"),
    ),
    productionOrderUndo: sendingIdOf(productionOrderUndo, () => c.fixtures.productionOrder("PLANNED")),
    productionOrderVoid: sendingIdOf(productionOrderVoid, () => c.fixtures.productionOrder("PLANNED")),
    productionOrderComponentUpdate: async () => {
      const { componentIds } = await c.fixtures.productionOrder("DRAFT");
      return {
        document: productionOrderComponentUpdate,
        variables: { id: componentIds[0], requiredQuantity: "8.5" },
      };
    },
    productionOrderRecordWaste: async () => {
      const { id, component } = await c.fixtures.productionOrder("RELEASED");
      return {
        document: productionOrderRecordWaste,
        variables: {
          id,
          input: { lines: [{ productId: globalId("Product", component), quantity: "1.5" }], note: "dropped" },
        },
      };
    },
    productionOrderCreatePurchaseOrders: async () => ({
      document: productionOrderCreatePurchaseOrders,
      variables: { productionOrderId: (await c.fixtures.productionOrder("PLANNED", "0")).id },
    }),
  };
}

/** Bad requests to the mutations of production orders, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  const _row = newRecords(c);
  return [
    {
      area: "production orders",
      name: "order at a warehouse",
      prepare: async () => {
        const { bom } = await c.fixtures.madeProduct("0");
        return {
          document: productionOrderCreate,
          variables: {
            input: {
              locationId: globalId("Location", c.world.warehouse),
              lines: [{ bomId: globalId("Bom", bom), quantity: "1" }],
            },
          },
        };
      },
      expected: userError("WRONG_LOCATION_KIND", ["input", "locationId"]),
    },
    {
      area: "production orders",
      name: "order line of a negative quantity",
      prepare: async () => {
        const { bom } = await c.fixtures.madeProduct("0");
        return {
          document: productionOrderCreate,
          variables: {
            input: {
              locationId: globalId("Location", c.world.shopFloor),
              lines: [{ bomId: globalId("Bom", bom), quantity: "-2" }],
            },
          },
        };
      },
      expected: userError("INVALID_INPUT", ["input", "lines", "0", "quantity"]),
    },
    {
      area: "production orders",
      name: "authorizing a PLANNED order (wrong status)",
      prepare: sendingIdOf(productionOrderAuthorize, () => c.fixtures.productionOrder("PLANNED")),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      area: "production orders",
      name: "authorizing with a stale expectedVersion",
      prepare: async () => {
        const order = await c.fixtures.productionOrder("DRAFT");
        return {
          document: productionOrderAuthorize,
          variables: { id: order.id, expectedVersion: order.version + 5 },
        };
      },
      expected: userError("VERSION_CONFLICT", ["expectedVersion"]),
    },
    {
      area: "production orders",
      name: "completing a DRAFT order",
      prepare: sendingIdOf(productionOrderComplete, () => c.fixtures.productionOrder("DRAFT")),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      area: "production orders",
      name: "completing without the components in stock",
      prepare: sendingIdOf(productionOrderComplete, () => c.fixtures.productionOrder("RELEASED", "1")),
      expected: userError("INSUFFICIENT_STOCK", null),
    },
    {
      area: "production orders",
      name: "completing with a negative actual consumption",
      prepare: async () => {
        const order = await c.fixtures.productionOrder("RELEASED");
        return {
          document: productionOrderComplete,
          variables: { id: order.id, consumption: [{ componentId: order.componentIds[0], quantity: "-1" }] },
        };
      },
      expected: userError("INVALID_INPUT", ["consumption", "0", "quantity"]),
    },
    {
      area: "production orders",
      name: "changing a component of a RELEASED order",
      prepare: async () => {
        const order = await c.fixtures.productionOrder("RELEASED");
        return {
          document: productionOrderComponentUpdate,
          variables: { id: order.componentIds[0], requiredQuantity: "9" },
        };
      },
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      area: "production orders",
      name: "recording waste on a DRAFT order",
      prepare: async () => {
        const order = await c.fixtures.productionOrder("DRAFT");
        return {
          document: productionOrderRecordWaste,
          variables: {
            id: order.id,
            input: { lines: [{ productId: globalId("Product", order.component), quantity: "1" }] },
          },
        };
      },
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      area: "production orders",
      name: "voiding by a key without PRODUCTION_VOID",
      prepare: async () => ({
        document: productionOrderVoid,
        variables: { id: (await c.fixtures.productionOrder("DRAFT")).id },
        key: c.shopFloorKey,
      }),
      expected: { error: "FORBIDDEN" },
    },
  ];
}
