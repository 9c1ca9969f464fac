import { graphql } from "../graphql/index.ts";

/** The live update subscriptions. */

export const productionOrderEvents = graphql(`
  subscription productionOrderEvents(
    $orderId: ID, $rootOrderId: ID, $locationId: ID, $statuses: [ProductionOrderStatus!], $after: String
  ) {
    productionOrderEvents(
      orderId: $orderId, rootOrderId: $rootOrderId, locationId: $locationId, statuses: $statuses, after: $after
    ) {
      cursor type beforeStatus afterStatus payload createdAt
      productionOrder { number }
    }
  }
`);

/** The events of an order tree with the operation each operation step names, as a shop-floor board reads them. */
export const productionOrderEventsWithOperations = graphql(`
  subscription productionOrderEventsWithOperations($orderId: ID, $rootOrderId: ID, $after: String) {
    productionOrderEvents(orderId: $orderId, rootOrderId: $rootOrderId, after: $after) {
      cursor type beforeStatus afterStatus operationBeforeStatus operationAfterStatus
      productionOrder { number status }
      operation { name status }
    }
  }
`);

/** The events of an order with the shop-floor report each stock step names. */
export const productionOrderEventsWithReports = graphql(`
  subscription productionOrderEventsWithReports($orderId: ID, $after: String) {
    productionOrderEvents(orderId: $orderId, after: $after) {
      cursor type afterStatus
      report { id kind undoneAt lines { quantity scrapQuantity } }
    }
  }
`);

/** Every relation of a stock event: the cost tests count one read per relation and batch. */
export const stockLevelEvents = graphql(`
  subscription stockLevelEvents($productId: ID, $locationId: ID, $after: String) {
    stockLevelEvents(productId: $productId, locationId: $locationId, after: $after) {
      id cursor type payload
      product { sku barcodes }
      location { name }
      stockLevel { onHand }
    }
  }
`);

/** One relation (the product and its barcodes) per event, as a scanner board reads them. */
export const stockLevelEventsWithProduct = graphql(`
  subscription stockLevelEventsWithProduct($locationId: ID, $after: String) {
    stockLevelEvents(locationId: $locationId, after: $after) { cursor product { sku barcodes } }
  }
`);

export const supplyOrderEvents = graphql(`
  subscription supplyOrderEvents($kind: SupplyOrderKind, $orderId: ID, $after: String) {
    supplyOrderEvents(kind: $kind, orderId: $orderId, after: $after) {
      cursor type kind beforeStatus afterStatus
      purchaseOrder { number }
      transferOrder { number }
    }
  }
`);

export const salesOrderEvents = graphql(`
  subscription salesOrderEvents($orderId: ID, $locationId: ID, $statuses: [SalesOrderStatus!], $after: String) {
    salesOrderEvents(orderId: $orderId, locationId: $locationId, statuses: $statuses, after: $after) {
      cursor type beforeStatus afterStatus payload
      salesOrder { number status }
    }
  }
`);

/** The newest committed event, as a query sees it. */
export const liveCursor = graphql(`
  query liveCursor {
    liveCursor
  }
`);

/**
 * A product's stock and the cursor, read together (the cursor through an inline fragment, as a client's
 * fragments put it): the stock shows exactly the events up to the cursor.
 */
export const stockWithLiveCursor = graphql(`
  query stockWithLiveCursor($code: String!) {
    ... on Query { liveCursor }
    productByBarcode(code: $code) { stockLevels { location { id } onHand } }
  }
`);

/** A scheduler board's orders with the cursor to subscribe after (the board pattern of the README). */
export const boardWithLiveCursor = graphql(`
  query boardWithLiveCursor($from: DateTime!, $to: DateTime!) {
    liveCursor
    schedule(from: $from, to: $to) {
      resources { orders { order { ...BoardOrder } } }
    }
  }
`);

/** An order as a board shows it. */
graphql(`
  fragment BoardOrder on ProductionOrder { id number status version startDate expectedDate }
`);

/** The changes a board follows: each with the order as it is now. */
export const boardChanges = graphql(`
  subscription boardChanges($after: String) {
    productionOrderEvents(after: $after) { cursor type productionOrder { ...BoardOrder } }
  }
`);
