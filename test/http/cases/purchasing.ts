import { globalId } from "../../kit/ids.ts";
import {
  purchaseOrderCreate,
  purchaseOrderPlace,
  purchaseOrderReceive,
  purchaseOrderUpdateLines,
  purchaseOrderVoid,
} from "../../operations/purchasing.ts";
import {
  type BadInput,
  type CaseContext,
  newRecords,
  type Retries,
  sendingIdOf,
  userError,
} from "./context.ts";

/** The retry case of each mutation of purchase orders. */
export function retries(c: CaseContext): Retries {
  const row = newRecords(c);
  return {
    purchaseOrderCreate: async () => ({
      document: purchaseOrderCreate,
      variables: {
        input: {
          supplierId: globalId("Supplier", c.world.supplierB),
          locationId: globalId("Location", c.world.warehouse),
          lines: [{ productId: await row.product(), quantity: "12" }],
        },
      },
    }),
    purchaseOrderPlace: sendingIdOf(purchaseOrderPlace, () => c.fixtures.purchaseOrder("DRAFT")),
    purchaseOrderReceive: async () => {
      const { id, lineId } = await c.fixtures.purchaseOrder("ORDERED");
      return { document: purchaseOrderReceive, variables: { id, lines: [{ lineId, quantity: "4" }] } };
    },
    purchaseOrderUpdateLines: async () => ({
      document: purchaseOrderUpdateLines,
      variables: {
        id: (await c.fixtures.purchaseOrder("DRAFT")).id,
        lines: [{ productId: await row.product(), quantity: "3" }],
      },
    }),
    purchaseOrderVoid: sendingIdOf(purchaseOrderVoid, () => c.fixtures.purchaseOrder("ORDERED")),
  };
}

/** Bad requests to the mutations of purchase orders, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  const row = newRecords(c);
  return [
    {
      area: "purchasing",
      name: "purchase order from an archived supplier",
      prepare: async () => ({
        document: purchaseOrderCreate,
        variables: {
          input: {
            supplierId: globalId("Supplier", c.world.archivedSupplier),
            locationId: globalId("Location", c.world.warehouse),
            lines: [{ productId: await row.product(), quantity: "1" }],
          },
        },
      }),
      expected: userError("ARCHIVED", ["input", "supplierId"]),
    },
    {
      area: "purchasing",
      name: "receiving more than ordered",
      prepare: async () => {
        const order = await c.fixtures.purchaseOrder("ORDERED");
        return {
          document: purchaseOrderReceive,
          variables: { id: order.id, lines: [{ lineId: order.lineId, quantity: "11" }] },
        };
      },
      expected: userError("INVALID_INPUT", ["lines", "0", "quantity"]),
    },
    {
      area: "purchasing",
      name: "receiving a DRAFT purchase order",
      prepare: async () => {
        const order = await c.fixtures.purchaseOrder("DRAFT");
        return {
          document: purchaseOrderReceive,
          variables: { id: order.id, lines: [{ lineId: order.lineId, quantity: "1" }] },
        };
      },
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      area: "purchasing",
      name: "placing with a stale expectedVersion",
      prepare: async () => ({
        document: purchaseOrderPlace,
        variables: { id: (await c.fixtures.purchaseOrder("DRAFT")).id, expectedVersion: 99 },
      }),
      expected: userError("VERSION_CONFLICT", ["expectedVersion"]),
    },
    {
      area: "purchasing",
      name: "purchasing by a key without PURCHASING",
      prepare: async () => ({
        document: purchaseOrderCreate,
        variables: {
          input: {
            supplierId: globalId("Supplier", c.world.supplierA),
            locationId: globalId("Location", c.world.warehouse),
            lines: [{ productId: await row.product(), quantity: "1" }],
          },
        },
        key: c.shopFloorKey,
      }),
      expected: { error: "FORBIDDEN" },
    },
  ];
}
