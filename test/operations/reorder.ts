import { graphql } from "../graphql/index.ts";

/** Reorder suggestions. */

export const reorderSuggestionsApply = graphql(`
  mutation reorderSuggestionsApply($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {
    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {
      productionOrders { ...ProductionOrderFields }
      purchaseOrders { ...PurchaseOrderFields }
      productsWithoutSupplier { sku }
      userErrors { code message field }
    }
  }
`);
