import { graphql } from "../graphql/index.ts";

/** Who made each change of an order's history: its key, the employee and the request id. */
export const productionOrderHistory = graphql(`
  query productionOrderHistory($id: ID!) {
    node(id: $id) {
      ... on ProductionOrder {
        status
        events {
          type
          beforeStatus
          afterStatus
          actor { apiKey { name } employee { name } requestId }
        }
      }
    }
  }
`);

/** The same history without the keys: what a key without ADMIN reads without a refusal. */
export const productionOrderHistoryWithoutKeys = graphql(`
  query productionOrderHistoryWithoutKeys($id: ID!) {
    node(id: $id) {
      ... on ProductionOrder {
        events { type actor { employee { name } requestId } }
      }
    }
  }
`);

/** A production order's live events with who made them. */
export const productionOrderEventsActors = graphql(`
  subscription productionOrderEventsActors($orderId: ID, $after: String) {
    productionOrderEvents(orderId: $orderId, after: $after) {
      id
      type
      actor { apiKey { name } employee { name } requestId }
    }
  }
`);

/** A stock level's live events with who made them. */
export const stockLevelEventsActors = graphql(`
  subscription stockLevelEventsActors($productId: ID, $after: String) {
    stockLevelEvents(productId: $productId, after: $after) {
      id
      actor { apiKey { name } employee { name } requestId }
    }
  }
`);
