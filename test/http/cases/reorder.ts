import { globalId } from "../../kit/ids.ts";
import { createProduct } from "../../kit/world.ts";
import { reorderSuggestionsApply } from "../../operations/reorder.ts";
import { type BadInput, type CaseContext, inArea, missing, type Retries, userError } from "./context.ts";

/** The retry case of each mutation of reorder suggestions. */
export function retries(c: CaseContext): Retries {
  return {
    reorderSuggestionsApply: async () => {
      const product = await createProduct(c.kit, c.fixtures.unique("LOW"), {
        primarySupplierId: c.world.supplierA,
        minBeforeReorder: "10",
        reorderQuantity: "5",
      });
      return {
        document: reorderSuggestionsApply,
        variables: {
          locationId: globalId("Location", c.world.warehouse),
          productIds: [globalId("Product", product)],
        },
      };
    },
  };
}

/** Bad requests to the mutations of reorder suggestions, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  return inArea("purchasing", [
    {
      name: "reorder suggestions at a location that does not exist",
      prepare: async () => ({
        document: reorderSuggestionsApply,
        variables: { locationId: missing("Location"), productIds: [await c.newRecord.product()] },
      }),
      expected: userError("NOT_FOUND", ["locationId"]),
    },
  ]);
}
