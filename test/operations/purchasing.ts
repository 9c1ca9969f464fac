import { graphql } from "../graphql/index.ts";

/** Purchase orders. */

graphql(`
  fragment PurchaseOrderFields on PurchaseOrder {
    id
    number
    status
    version
    supplier { name }
    location { name }
    productionOrder { id }
    lines { id quantity receivedQuantity openQuantity unitCost product { sku } }
    movements { quantity reason location { name } purchaseOrder { number } }
  }
`);

export const purchaseOrderCreate = graphql(`
  mutation purchaseOrderCreate($input: PurchaseOrderCreateInput!) {
    purchaseOrderCreate(input: $input) { ...PurchaseOrderPayloadFields }
  }
`);

export const purchaseOrderPlace = graphql(`
  mutation purchaseOrderPlace($id: ID!, $expectedVersion: Int) {
    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }
  }
`);

export const purchaseOrderReceive = graphql(`
  mutation purchaseOrderReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!, $expectedVersion: Int) {
    purchaseOrderReceive(id: $id, lines: $lines, expectedVersion: $expectedVersion) {
      ...PurchaseOrderPayloadFields
    }
  }
`);

export const purchaseOrderUpdateLines = graphql(`
  mutation purchaseOrderUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!, $expectedVersion: Int) {
    purchaseOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {
      ...PurchaseOrderPayloadFields
    }
  }
`);

export const purchaseOrderVoid = graphql(`
  mutation purchaseOrderVoid($id: ID!, $expectedVersion: Int) {
    purchaseOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }
  }
`);

export const purchaseOrders = graphql(`
  query purchaseOrders($status: [PurchaseOrderStatus!], $supplierId: ID, $productionOrderId: ID, $first: Int) {
    purchaseOrders(status: $status, supplierId: $supplierId, productionOrderId: $productionOrderId, first: $first) {
      edges { node { ...PurchaseOrderFields } }
    }
  }
`);
