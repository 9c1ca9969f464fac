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

/** The orders a reorder drafted, with where they are and their lines, compared line by line. */
export const reorderSuggestionsApplyDrafts = graphql(`
  mutation reorderSuggestionsApplyDrafts($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {
    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {
      productionOrders { status location { name } lines { quantity product { sku } } }
      purchaseOrders { status supplier { name } location { name } lines { quantity product { sku } } }
      productsWithoutSupplier { sku }
      userErrors { code message field }
    }
  }
`);

export const reorderSuggestions = graphql(`
  query reorderSuggestions($locationId: ID) {
    reorderSuggestions(locationId: $locationId) {
      product { sku } type available onOrder minBeforeReorder reorderQuantity suggestedQuantity
    }
  }
`);
