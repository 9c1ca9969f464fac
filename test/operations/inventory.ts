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
      adjustment { id type note movements { quantity reason product { sku } } }
      userErrors { code message field }
    }
  }
`);
