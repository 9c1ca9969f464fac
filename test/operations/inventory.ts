import { graphql } from "../graphql/index.ts";

/** Stock: adjustments and the settings that rule it. */

export const settingsUpdate = graphql(`
  mutation settingsUpdate($input: SettingsUpdateInput!) {
    settingsUpdate(input: $input) {
      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }
      userErrors { code message field }
    }
  }
`);

export const stockAdjust = graphql(`
  mutation stockAdjust($input: StockAdjustInput!) {
    stockAdjust(input: $input) {
      adjustment {
        id type note createdBy
        movements { quantity reason product { sku } location { name } createdBy }
      }
      userErrors { code message field }
    }
  }
`);

/** The over-production tolerance alone, which operations (and output reports) are held to. */
export const settingsUpdateOverProductionTolerance = graphql(`
  mutation settingsUpdateOverProductionTolerance($input: SettingsUpdateInput!) {
    settingsUpdate(input: $input) {
      settings { overProductionTolerancePercent }
      userErrors { code message field }
    }
  }
`);

/** The two settings the quantity-policy test compares whole. */
export const settingsUpdateQuantityPolicy = graphql(`
  mutation settingsUpdateQuantityPolicy($input: SettingsUpdateInput!) {
    settingsUpdate(input: $input) {
      settings { quantityPolicy allowNegativeStock }
      userErrors { code message field }
    }
  }
`);

/** Negative stock alone, compared whole by the adjustment tests. */
export const settingsUpdateNegativeStock = graphql(`
  mutation settingsUpdateNegativeStock($input: SettingsUpdateInput!) {
    settingsUpdate(input: $input) {
      settings { allowNegativeStock }
      userErrors { code message field }
    }
  }
`);

export const settings = graphql(`
  query settings { settings { quantityPolicy allowNegativeStock } }
`);

/** Negative stock alone, compared whole. */
export const settingsNegativeStock = graphql(`
  query settingsNegativeStock { settings { allowNegativeStock } }
`);

export const stockLevels = graphql(`
  query stockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {
    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {
      edges { node { onHand available product { sku } location { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const stockMovements = graphql(`
  query stockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {
    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {
      edges { node { id quantity reason adjustment { type } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** A product's stock at one location and everywhere. */
export const productStock = graphql(`
  query productStock($productId: ID!, $locationId: ID!) {
    node(id: $productId) {
      ... on Product {
        sku
        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }
        stockLevels { onHand location { name } }
      }
    }
  }
`);

/** What one location holds. */
export const locationStock = graphql(`
  query locationStock($id: ID!) {
    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }
  }
`);

/** A page of products with their stock levels, a read whose statement count must not grow with the page. */
export const productsWithStock = graphql(`
  query productsWithStock($search: String!, $first: Int!) {
    products(search: $search, first: $first) {
      edges { node { sku stockLevels { onHand location { name } } } }
    }
  }
`);

/** A stock change made for its events: nothing read back, so its statements are the change's own. */
export const stockAdjustUserErrors = graphql(`
  mutation stockAdjustUserErrors($input: StockAdjustInput!) {
    stockAdjust(input: $input) { userErrors { code message field } }
  }
`);
