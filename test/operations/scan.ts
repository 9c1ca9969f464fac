import { graphql } from "../graphql/index.ts";

/** One scan for any code, and the order lists looked up by number and searched (their other filters: orders.ts). */

export const scan = graphql(`
  query scan($code: String!) {
    scan(code: $code) {
      code
      gs1Problem
      gs1 {
        sscc gtin containedGtin lot productionDate packagingDate bestBeforeDate expiryDate serial variableCount count
        elements { ai title value }
      }
      matches {
        __typename
        ... on Product { id sku barcodes }
        ... on Location { id name code }
        ... on ProductionOrder { id number }
        ... on PurchaseOrder { id number }
        ... on TransferOrder { id number }
        ... on SalesOrder { id number }
      }
    }
  }
`);

/** What a scanner app reads for each kind of match: enough to act on it without a second request. */
export const scanForTheFloor = graphql(`
  query scanForTheFloor($code: String!) {
    scan(code: $code) {
      gs1 { gtin lot expiryDate }
      matches {
        __typename
        ... on Product { id sku name unit stockLevels { location { name } onHand available } }
        ... on Location { id name kind }
        ... on ProductionOrder { id number orderStatus: status location { name } lines { product { sku } quantity } }
        ... on PurchaseOrder { id number purchaseStatus: status supplier { name } }
        ... on TransferOrder { id number transferStatus: status }
        ... on SalesOrder { id number salesStatus: status customer { name } }
      }
    }
  }
`);

export const productionOrdersByNumber = graphql(`
  query productionOrdersByNumber($number: String, $search: String) {
    productionOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }
  }
`);

export const purchaseOrdersByNumber = graphql(`
  query purchaseOrdersByNumber($number: String, $search: String) {
    purchaseOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }
  }
`);

export const salesOrdersByNumber = graphql(`
  query salesOrdersByNumber($number: String, $search: String) {
    salesOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }
  }
`);

export const transferOrdersByNumber = graphql(`
  query transferOrdersByNumber($number: String, $search: String) {
    transferOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }
  }
`);
