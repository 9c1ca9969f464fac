import { globalId } from "../../kit/ids.ts";
import type { World } from "../../kit/world.ts";
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
  creatingOrder,
  inArea,
  type Retries,
  replacingLines,
  sendingIdOf,
  userError,
  withKey,
} from "./context.ts";

/** A purchase order from `supplier` into the warehouse. */
const orderFrom = (c: CaseContext, supplier: keyof World, quantity: string) =>
  creatingOrder(c, purchaseOrderCreate, quantity, (world) => ({
    supplierId: globalId("Supplier", world[supplier]),
    locationId: globalId("Location", world.warehouse),
  }));

type Status = "DRAFT" | "ORDERED";

/** Makes a purchase order in `status` when the case runs. */
const purchaseOrderIn = (c: CaseContext, status: Status) => () => c.fixtures.purchaseOrder(status);

/** Receiving `quantity` of the one line of a purchase order in `status`. */
const receiving = (c: CaseContext, status: Status, quantity: string) => async () => {
  const { id, lineId } = await c.fixtures.purchaseOrder(status);
  return { document: purchaseOrderReceive, variables: { id, lines: [{ lineId, quantity }] } };
};

/** The retry case of each mutation of purchase orders. */
export function retries(c: CaseContext): Retries {
  return {
    purchaseOrderCreate: orderFrom(c, "supplierB", "12"),
    purchaseOrderPlace: sendingIdOf(purchaseOrderPlace, purchaseOrderIn(c, "DRAFT")),
    purchaseOrderReceive: receiving(c, "ORDERED", "4"),
    purchaseOrderUpdateLines: replacingLines(c, purchaseOrderUpdateLines, purchaseOrderIn(c, "DRAFT"), "3"),
    purchaseOrderVoid: sendingIdOf(purchaseOrderVoid, purchaseOrderIn(c, "ORDERED")),
  };
}

/** Bad requests to the mutations of purchase orders, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  return inArea("purchasing", [
    {
      name: "purchase order from an archived supplier",
      prepare: orderFrom(c, "archivedSupplier", "1"),
      expected: userError("ARCHIVED", ["input", "supplierId"]),
    },
    {
      name: "receiving more than ordered",
      prepare: receiving(c, "ORDERED", "11"),
      expected: userError("INVALID_INPUT", ["lines", "0", "quantity"]),
    },
    {
      name: "receiving a DRAFT purchase order",
      prepare: receiving(c, "DRAFT", "1"),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "placing with a stale expectedVersion",
      prepare: async () => ({
        document: purchaseOrderPlace,
        variables: { id: (await c.fixtures.purchaseOrder("DRAFT")).id, expectedVersion: 99 },
      }),
      expected: userError("VERSION_CONFLICT", ["expectedVersion"]),
    },
    {
      name: "purchasing by a key without PURCHASING",
      prepare: withKey(() => c.shopFloorKey, orderFrom(c, "supplierA", "1")),
      expected: { error: "FORBIDDEN" },
    },
  ]);
}
