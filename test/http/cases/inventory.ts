import { globalId } from "../../kit/ids.ts";
import { addStock, createProduct } from "../../kit/world.ts";
import { settingsUpdate, stockAdjust } from "../../operations/inventory.ts";
import { type BadInput, type CaseContext, missing, newRecords, type Retries, userError } from "./context.ts";

/** The retry case of each mutation of stock and settings. */
export function retries(c: CaseContext): Retries {
  const row = newRecords(c);
  return {
    settingsUpdate: async () => {
      const { allowOverReceipt } = await c.kit.db.prisma.settings.findFirstOrThrow();
      return { document: settingsUpdate, variables: { input: { allowOverReceipt: !allowOverReceipt } } };
    },
    stockAdjust: async () => ({
      document: stockAdjust,
      variables: {
        input: {
          type: "OTHER",
          note: "found on a shelf",
          lines: [
            {
              productId: await row.product(),
              locationId: globalId("Location", c.world.warehouse),
              quantity: "7",
            },
          ],
        },
      },
    }),
  };
}

/** Bad requests to the mutations of stock and settings, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  const row = newRecords(c);
  return [
    {
      area: "inventory",
      name: "waste of more than is on hand",
      prepare: async () => {
        const id = await createProduct(c.kit, c.fixtures.unique("W"));
        await addStock(c.kit, id, c.world.warehouse, "2");
        return {
          document: stockAdjust,
          variables: {
            input: {
              type: "WASTE",
              lines: [
                {
                  productId: globalId("Product", id),
                  locationId: globalId("Location", c.world.warehouse),
                  quantity: "3",
                },
              ],
            },
          },
        };
      },
      expected: userError("INSUFFICIENT_STOCK", ["input", "lines", "0", "quantity"]),
    },
    {
      area: "inventory",
      name: "adjustment without lines",
      prepare: async () => ({ document: stockAdjust, variables: { input: { type: "OTHER", lines: [] } } }),
      expected: userError("INVALID_INPUT", ["input", "lines"]),
    },
    {
      area: "inventory",
      name: "adjustment of an unknown type (enum)",
      prepare: async () => ({
        document: stockAdjust,
        variables: {
          input: {
            type: "STEAL",
            lines: [
              {
                productId: await row.product(),
                locationId: globalId("Location", c.world.warehouse),
                quantity: "1",
              },
            ],
          },
        },
      }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      area: "inventory",
      name: "adjustment at a location that does not exist",
      prepare: async () => ({
        document: stockAdjust,
        variables: {
          input: {
            type: "OTHER",
            lines: [{ productId: await row.product(), locationId: missing("Location"), quantity: "1" }],
          },
        },
      }),
      expected: userError("NOT_FOUND", ["input", "lines", "0", "locationId"]),
    },
    {
      area: "inventory",
      name: "adjustment by a key without INVENTORY_ADJUST",
      prepare: async () => ({
        document: stockAdjust,
        variables: {
          input: {
            type: "OTHER",
            lines: [
              {
                productId: await row.product(),
                locationId: globalId("Location", c.world.warehouse),
                quantity: "1",
              },
            ],
          },
        },
        key: c.viewer,
      }),
      expected: { error: "FORBIDDEN" },
    },
    {
      area: "access",
      name: "settings changed by a key without ADMIN",
      prepare: async () => ({
        document: settingsUpdate,
        variables: { input: { allowNegativeStock: true } },
        key: c.shopFloorKey,
      }),
      expected: { error: "FORBIDDEN" },
    },
    {
      area: "access",
      name: "settings with null for a required flag",
      prepare: async () => ({ document: settingsUpdate, variables: { input: { allowNegativeStock: null } } }),
      expected: userError("INVALID_INPUT", ["input", "allowNegativeStock"]),
    },
  ];
}
