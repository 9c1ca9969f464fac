import { graphql } from "../graphql/index.ts";

/** Sales orders. */

graphql(`
  fragment SalesOrderFields on SalesOrder {
    id
    number
    status
    version
    customer { name }
    location { name }
    lines { quantity product { sku } }
    movements { quantity reason location { name } salesOrder { number } }
    productionOrders { id status location { name } customer { name } lines { quantity product { sku } } }
  }
`);

export const salesOrderCreate = graphql(`
  mutation salesOrderCreate($input: SalesOrderCreateInput!) {
    salesOrderCreate(input: $input) { ...SalesOrderPayloadFields }
  }
`);

export const salesOrderAuthorize = graphql(`
  mutation salesOrderAuthorize($id: ID!, $expectedVersion: Int) {
    salesOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }
  }
`);

export const salesOrderFulfill = graphql(`
  mutation salesOrderFulfill($id: ID!, $expectedVersion: Int) {
    salesOrderFulfill(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }
  }
`);

export const salesOrderUpdateLines = graphql(`
  mutation salesOrderUpdateLines($id: ID!, $lines: [OrderLineInput!]!, $expectedVersion: Int) {
    salesOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {
      ...SalesOrderPayloadFields
    }
  }
`);

export const salesOrderVoid = graphql(`
  mutation salesOrderVoid($id: ID!, $expectedVersion: Int) {
    salesOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }
  }
`);

export const salesOrders = graphql(`
  query salesOrders($status: [SalesOrderStatus!], $customerId: ID, $locationId: ID, $createdAfter: DateTime) {
    salesOrders(status: $status, customerId: $customerId, locationId: $locationId, createdAfter: $createdAfter) {
      edges { node { number status } }
    }
  }
`);
