import { globalId } from "../../kit/ids.ts";
import { addStock, type World } from "../../kit/world.ts";
import {
  transferOrderComplete,
  transferOrderCreate,
  transferOrderMove,
  transferOrderVoid,
} from "../../operations/transfers.ts";
import {
  type BadInput,
  type CaseContext,
  creatingOrder,
  inArea,
  type Retries,
  sending,
  sendingIdOf,
  userError,
  withKey,
} from "./context.ts";

/** Out of the warehouse to `to`. */
const route = (to: keyof World) => (world: World) => ({
  fromLocationId: globalId("Location", world.warehouse),
  toLocationId: globalId("Location", world[to]),
});

const transferTo = (c: CaseContext, to: keyof World) => creatingOrder(c, transferOrderCreate, "1", route(to));

/** A move of `quantity` of the one line (5) of a new DRAFT transfer. */
const movingOf = (c: CaseContext, quantity: string) => async () => {
  const order = await c.fixtures.transferOrder("DRAFT");
  return {
    document: transferOrderMove,
    variables: { id: order.id, lines: [{ lineId: order.lineId, quantity }] },
  };
};

/** The retry case of each mutation of transfer orders. */
export function retries(c: CaseContext): Retries {
  return {
    transferOrderCreate: transferTo(c, "shopFloor"),
    transferOrderComplete: sendingIdOf(transferOrderComplete, () => c.fixtures.transferOrder("DRAFT")),
    transferOrderVoid: sendingIdOf(transferOrderVoid, () => c.fixtures.transferOrder("DRAFT")),
    transferOrderMove: movingOf(c, "2"),
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
      name: "moving more of a transfer line than it still has to move",
      prepare: movingOf(c, "5.5"),
      expected: userError("INVALID_INPUT", ["lines", "0", "quantity"]),
    },
    {
      name: "moving a line of another transfer",
      prepare: async () => {
        const [order, other] = [
          await c.fixtures.transferOrder("DRAFT"),
          await c.fixtures.transferOrder("DRAFT"),
        ];
        return {
          document: transferOrderMove,
          variables: { id: order.id, lines: [{ lineId: other.lineId, quantity: "1" }] },
        };
      },
      expected: userError("NOT_FOUND", ["lines", "0", "lineId"]),
    },
    {
      name: "moving a line of a COMPLETED transfer",
      prepare: async () => {
        const order = await c.fixtures.transferOrder("COMPLETED");
        return {
          document: transferOrderMove,
          variables: { id: order.id, lines: [{ lineId: order.lineId, quantity: "1" }] },
        };
      },
      expected: userError("INVALID_STATUS", ["id"]),
    },
    {
      name: "moving transfer lines without INVENTORY_ADJUST or INVENTORY_RECEIVE",
      prepare: withKey(() => c.viewer, movingOf(c, "1")),
      expected: { error: "FORBIDDEN" },
    },
    {
      name: "transfer with a missing required field (lines)",
      prepare: sending(transferOrderCreate, () => ({ input: route("shopFloor")(c.world) })),
      expected: { error: "BAD_USER_INPUT" },
    },
  ]);
}
