import { globalId } from "../../kit/ids.ts";
import type { World } from "../../kit/world.ts";
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
  creatingOrder,
  inArea,
  type Retries,
  replacingLines,
  sendingIdOf,
  userError,
} from "./context.ts";

/** A sales order for `customer`, shipped from the warehouse. */
const orderFor = (c: CaseContext, customer: keyof World, quantity: string) =>
  creatingOrder(c, salesOrderCreate, quantity, (world) => ({
    customerId: globalId("Customer", world[customer]),
    locationId: globalId("Location", world.warehouse),
  }));

/** Makes a sales order in `status` when the case runs. */
const salesOrderIn = (c: CaseContext, status: "DRAFT" | "AUTHORIZED") => () => c.fixtures.salesOrder(status);

/** The retry case of each mutation of sales orders. */
export function retries(c: CaseContext): Retries {
  return {
    salesOrderCreate: orderFor(c, "customer", "2"),
    salesOrderAuthorize: sendingIdOf(salesOrderAuthorize, salesOrderIn(c, "DRAFT")),
    salesOrderFulfill: sendingIdOf(salesOrderFulfill, salesOrderIn(c, "AUTHORIZED")),
    salesOrderUpdateLines: replacingLines(c, salesOrderUpdateLines, salesOrderIn(c, "DRAFT"), "6"),
    salesOrderVoid: sendingIdOf(salesOrderVoid, salesOrderIn(c, "AUTHORIZED")),
  };
}

/** Bad requests to the mutations of sales orders, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  return inArea("sales", [
    {
      name: "sales order for an archived customer",
      prepare: orderFor(c, "archivedCustomer", "1"),
      expected: userError("ARCHIVED", ["input", "customerId"]),
    },
    {
      name: "fulfilling a DRAFT sales order",
      prepare: sendingIdOf(salesOrderFulfill, salesOrderIn(c, "DRAFT")),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "changing the lines of an AUTHORIZED sales order",
      prepare: replacingLines(c, salesOrderUpdateLines, salesOrderIn(c, "AUTHORIZED"), "1"),
      expected: userError("INVALID_STATUS", ["id"]),
    },
  ]);
}
