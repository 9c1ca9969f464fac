import { globalId } from "../../kit/ids.ts";
import { addStock } from "../../kit/world.ts";
import { transferOrderComplete, transferOrderCreate, transferOrderVoid } from "../../operations/transfers.ts";
import {
  type BadInput,
  type CaseContext,
  newRecords,
  type Retries,
  sendingIdOf,
  userError,
} from "./context.ts";

/** The retry case of each mutation of transfer orders. */
export function retries(c: CaseContext): Retries {
  const row = newRecords(c);
  return {
    transferOrderCreate: async () => ({
      document: transferOrderCreate,
      variables: {
        input: {
          fromLocationId: globalId("Location", c.world.warehouse),
          toLocationId: globalId("Location", c.world.shopFloor),
          lines: [{ productId: await row.product(), quantity: "1" }],
        },
      },
    }),
    transferOrderComplete: sendingIdOf(transferOrderComplete, () => c.fixtures.transferOrder("DRAFT")),
    transferOrderVoid: sendingIdOf(transferOrderVoid, () => c.fixtures.transferOrder("DRAFT")),
  };
}

/** Bad requests to the mutations of transfer orders, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  const row = newRecords(c);
  return [
    {
      area: "transfers",
      name: "transfer to the location it comes from",
      prepare: async () => ({
        document: transferOrderCreate,
        variables: {
          input: {
            fromLocationId: globalId("Location", c.world.warehouse),
            toLocationId: globalId("Location", c.world.warehouse),
            lines: [{ productId: await row.product(), quantity: "1" }],
          },
        },
      }),
      expected: userError("INVALID_INPUT", ["input", "toLocationId"]),
    },
    {
      area: "transfers",
      name: "completing a transfer without the stock to move",
      prepare: async () => {
        const order = await c.fixtures.transferOrder("DRAFT");
        // Someone else took the stock since the transfer was written.
        await addStock(c.kit, order.product, c.world.warehouse, "-18");
        return { document: transferOrderComplete, variables: { id: order.id } };
      },
      expected: userError("INSUFFICIENT_STOCK", null),
    },
    {
      area: "transfers",
      name: "voiding a COMPLETED transfer",
      prepare: sendingIdOf(transferOrderVoid, () => c.fixtures.transferOrder("COMPLETED")),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      area: "transfers",
      name: "transfer with a missing required field (lines)",
      prepare: async () => ({
        document: transferOrderCreate,
        variables: {
          input: {
            fromLocationId: globalId("Location", c.world.warehouse),
            toLocationId: globalId("Location", c.world.shopFloor),
          },
        },
      }),
      expected: { error: "BAD_USER_INPUT" },
    },
  ];
}
