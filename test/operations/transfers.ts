import { graphql } from "../graphql/index.ts";

/** Transfer orders. */

graphql(`
  fragment TransferOrderFields on TransferOrder {
    id
    number
    status
    version
    lines { id quantity movedQuantity openQuantity product { sku } }
  }
`);

export const transferOrderCreate = graphql(`
  mutation transferOrderCreate($input: TransferOrderCreateInput!) {
    transferOrderCreate(input: $input) { ...TransferOrderPayloadFields }
  }
`);

export const transferOrderComplete = graphql(`
  mutation transferOrderComplete($id: ID!, $expectedVersion: Int) {
    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {
      transferOrder { ...TransferOrderFields movements { quantity reason location { name } transferOrder { number } } }
      userErrors { code message field }
    }
  }
`);

export const transferOrderMove = graphql(`
  mutation transferOrderMove($id: ID!, $lines: [TransferOrderMoveInput!]!, $expectedVersion: Int) {
    transferOrderMove(id: $id, lines: $lines, expectedVersion: $expectedVersion) {
      transferOrder { ...TransferOrderFields movements { quantity reason location { name } } }
      userErrors { code message field }
    }
  }
`);

export const transferOrderVoid = graphql(`
  mutation transferOrderVoid($id: ID!, $expectedVersion: Int) {
    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...TransferOrderPayloadFields }
  }
`);

export const transferOrders = graphql(`
  query transferOrders($locationId: ID, $status: [TransferOrderStatus!]) {
    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }
  }
`);
