import { graphql } from "../graphql/index.ts";

/**
 * What a mutation answers, for the kinds whose mutations share one payload: the row it changed (its fields are
 * the fragment of its area's file) and the user errors that say why not.
 */

graphql(`
  fragment BomPayloadFields on BomPayload {
    bom { ...BomFields }
    userErrors { code message field }
  }
`);

graphql(`
  fragment ProductionOrderPayloadFields on ProductionOrderPayload {
    productionOrder { ...ProductionOrderFields }
    userErrors { code message field }
  }
`);

graphql(`
  fragment PurchaseOrderPayloadFields on PurchaseOrderPayload {
    purchaseOrder { ...PurchaseOrderFields }
    userErrors { code message field }
  }
`);

graphql(`
  fragment SalesOrderPayloadFields on SalesOrderPayload {
    salesOrder { ...SalesOrderFields }
    userErrors { code message field }
  }
`);

graphql(`
  fragment TransferOrderPayloadFields on TransferOrderPayload {
    transferOrder { ...TransferOrderFields }
    userErrors { code message field }
  }
`);
