import { globalId } from "../../kit/ids.ts";
import {
  salesOrderAuthorize,
  salesOrderCreate,
  salesOrderFulfill,
  salesOrderUpdateLines,
  salesOrderVoid,
} from "../../operations/sales.ts";
import {
  type BadInput,
  type CaseContext,
  newRecords,
  type Retries,
  sendingIdOf,
  userError,
} from "./context.ts";

/** The retry case of each mutation of sales orders. */
export function retries(c: CaseContext): Retries {
  const row = newRecords(c);
  return {
    salesOrderCreate: async () => ({
      document: salesOrderCreate,
      variables: {
        input: {
          customerId: globalId("Customer", c.world.customer),
          locationId: globalId("Location", c.world.warehouse),
          lines: [{ productId: await row.product(), quantity: "2" }],
        },
      },
    }),
    salesOrderAuthorize: sendingIdOf(salesOrderAuthorize, () => c.fixtures.salesOrder("DRAFT")),
    salesOrderFulfill: sendingIdOf(salesOrderFulfill, () => c.fixtures.salesOrder("AUTHORIZED")),
    salesOrderUpdateLines: async () => ({
      document: salesOrderUpdateLines,
      variables: {
        id: (await c.fixtures.salesOrder("DRAFT")).id,
        lines: [{ productId: await row.product(), quantity: "6" }],
      },
    }),
    salesOrderVoid: sendingIdOf(salesOrderVoid, () => c.fixtures.salesOrder("AUTHORIZED")),
  };
}

/** Bad requests to the mutations of sales orders, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  const row = newRecords(c);
  return [
    {
      area: "sales",
      name: "sales order for an archived customer",
      prepare: async () => ({
        document: salesOrderCreate,
        variables: {
          input: {
            customerId: globalId("Customer", c.world.archivedCustomer),
            locationId: globalId("Location", c.world.warehouse),
            lines: [{ productId: await row.product(), quantity: "1" }],
          },
        },
      }),
      expected: userError("ARCHIVED", ["input", "customerId"]),
    },
    {
      area: "sales",
      name: "fulfilling a DRAFT sales order",
      prepare: sendingIdOf(salesOrderFulfill, () => c.fixtures.salesOrder("DRAFT")),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      area: "sales",
      name: "changing the lines of an AUTHORIZED sales order",
      prepare: async () => ({
        document: salesOrderUpdateLines,
        variables: {
          id: (await c.fixtures.salesOrder("AUTHORIZED")).id,
          lines: [{ productId: await row.product(), quantity: "1" }],
        },
      }),
      expected: userError("INVALID_STATUS", ["id"]),
    },
  ];
}
