import { globalId } from "../../kit/ids.ts";
import { addStock, createProduct } from "../../kit/world.ts";
import { settingsUpdate, stockAdjust } from "../../operations/inventory.ts";
import {
  type BadInput,
  type CaseContext,
  inArea,
  missing,
  type Retries,
  sending,
  userError,
  withKey,
} from "./context.ts";

/** A line of an adjustment: a new product at the warehouse unless it names others. */
interface AdjustedLine {
  productId?: string;
  locationId?: string;
  quantity: string;
}

/** A stock adjustment of `type` of one line. */
const adjusting = (c: CaseContext, type: string, line: AdjustedLine, note?: string) => async () => ({
  document: stockAdjust,
  variables: {
    input: {
      type,
      ...(note && { note }),
      lines: [
        {
          productId: line.productId ?? (await c.newRecord.product()),
          locationId: line.locationId ?? globalId("Location", c.world.warehouse),
          quantity: line.quantity,
        },
      ],
    },
  },
});

/** The retry case of each mutation of stock and settings. */
export function retries(c: CaseContext): Retries {
  return {
    settingsUpdate: async () => {
      const { allowOverReceipt } = await c.kit.db.prisma.settings.findFirstOrThrow();
      return { document: settingsUpdate, variables: { input: { allowOverReceipt: !allowOverReceipt } } };
    },
    stockAdjust: adjusting(c, "OTHER", { quantity: "7" }, "found on a shelf"),
  };
}

/** Bad requests to the mutations of stock and settings, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  return [
    ...inArea("inventory", [
      {
        name: "waste of more than is on hand",
        prepare: async () => {
          const id = await createProduct(c.kit, c.fixtures.unique("W"));
          await addStock(c.kit, id, c.world.warehouse, "2");
          return adjusting(c, "WASTE", { productId: globalId("Product", id), quantity: "3" })();
        },
        expected: userError("INSUFFICIENT_STOCK", ["input", "lines", "0", "quantity"]),
      },
      {
        name: "adjustment without lines",
        prepare: sending(stockAdjust, { input: { type: "OTHER", lines: [] } }),
        expected: userError("INVALID_INPUT", ["input", "lines"]),
      },
      {
        name: "adjustment of an unknown type (enum)",
        prepare: adjusting(c, "STEAL", { quantity: "1" }),
        expected: { error: "BAD_USER_INPUT" },
      },
      {
        name: "adjustment at a location that does not exist",
        prepare: adjusting(c, "OTHER", { locationId: missing("Location"), quantity: "1" }),
        expected: userError("NOT_FOUND", ["input", "lines", "0", "locationId"]),
      },
      {
        name: "adjustment by a key without INVENTORY_ADJUST",
        prepare: withKey(() => c.viewer, adjusting(c, "OTHER", { quantity: "1" })),
        expected: { error: "FORBIDDEN" },
      },
    ]),
    ...inArea("access", [
      {
        name: "settings changed by a key without ADMIN",
        prepare: withKey(
          () => c.shopFloorKey,
          sending(settingsUpdate, { input: { allowNegativeStock: true } }),
        ),
        expected: { error: "FORBIDDEN" },
      },
      {
        name: "settings with null for a required flag",
        prepare: sending(settingsUpdate, { input: { allowNegativeStock: null } }),
        expected: userError("INVALID_INPUT", ["input", "allowNegativeStock"]),
      },
    ]),
  ];
}
