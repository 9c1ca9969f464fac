import { globalId } from "../../kit/ids.ts";
import { addStock, type World } from "../../kit/world.ts";
import { transferOrderComplete, transferOrderCreate, transferOrderVoid } from "../../operations/transfers.ts";
import {
  type BadInput,
  type CaseContext,
  creatingOrder,
  inArea,
  type Retries,
  sending,
  sendingIdOf,
  userError,
} from "./context.ts";

/** Out of the warehouse to `to`. */
const route = (to: keyof World) => (world: World) => ({
  fromLocationId: globalId("Location", world.warehouse),
  toLocationId: globalId("Location", world[to]),
});

const transferTo = (c: CaseContext, to: keyof World) => creatingOrder(c, transferOrderCreate, "1", route(to));

/** The retry case of each mutation of transfer orders. */
export function retries(c: CaseContext): Retries {
  return {
    transferOrderCreate: transferTo(c, "shopFloor"),
    transferOrderComplete: sendingIdOf(transferOrderComplete, () => c.fixtures.transferOrder("DRAFT")),
    transferOrderVoid: sendingIdOf(transferOrderVoid, () => c.fixtures.transferOrder("DRAFT")),
  };
}

/** Bad requests to the mutations of transfer orders, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  return inArea("transfers", [
    {
      name: "transfer to the location it comes from",
      prepare: transferTo(c, "warehouse"),
      expected: userError("INVALID_INPUT", ["input", "toLocationId"]),
    },
    {
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
      name: "voiding a COMPLETED transfer",
      prepare: sendingIdOf(transferOrderVoid, () => c.fixtures.transferOrder("COMPLETED")),
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "transfer with a missing required field (lines)",
      prepare: sending(transferOrderCreate, () => ({ input: route("shopFloor")(c.world) })),
      expected: { error: "BAD_USER_INPUT" },
    },
  ]);
}
