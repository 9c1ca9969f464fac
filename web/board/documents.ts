import { graphql } from "../graphql/index.ts";

/**
 * The board's GraphQL documents. Every document that returns an order selects `BoardBarOrder`, the fields
 * model.ts places a bar by, so the schedule, a live event and a mutation's answer all update a bar the same way.
 */
export const boardOrderFields = graphql(`
  fragment BoardBarOrder on ProductionOrder {
    id
    number
    status
    version
    late
    startDate
    expectedDate
    operations {
      id
      name
      status
      plannedStart
      plannedEnd
      plannedMinutes
      resource {
        id
      }
    }
    lines {
      bom {
        operations {
          resource {
            id
          }
        }
      }
    }
  }
`);

export const dayLoadFields = graphql(`
  fragment BoardDayLoad on ResourceDayLoad {
    date
    capacityMinutes
    loadMinutes
    overloaded
  }
`);

/** The board and the live cursor, read from one snapshot (README's board pattern). */
export const boardQuery = graphql(`
  query Board($from: DateTime!, $to: DateTime!) {
    liveCursor
    schedule(from: $from, to: $to) {
      days
      to
      timeZone
      resources {
        capacityMinutesPerDay
        resource {
          id
          name
        }
        days {
          ...BoardDayLoad
        }
        orders {
          order {
            ...BoardBarOrder
          }
        }
      }
    }
  }
`);

/** The daily loads of the resources a change touched: the server's figures, not the page's. */
export const resourceDaysQuery = graphql(`
  query BoardResourceDays($from: DateTime!, $to: DateTime!, $resourceIds: [ID!]!) {
    schedule(from: $from, to: $to, resourceIds: $resourceIds) {
      resources {
        resource {
          id
        }
        days {
          ...BoardDayLoad
        }
      }
    }
  }
`);

export const boardChanges = graphql(`
  subscription BoardChanges($after: String) {
    productionOrderEvents(after: $after) {
      cursor
      type
      afterStatus
      operationAfterStatus
      productionOrder {
        ...BoardBarOrder
      }
    }
  }
`);

/** An order as it is now: what a lost race shows. */
export const currentOrderQuery = graphql(`
  query BoardCurrentOrder($id: ID!) {
    node(id: $id) {
      ... on ProductionOrder {
        ...BoardBarOrder
      }
    }
  }
`);

export const rescheduleMutation = graphql(`
  mutation BoardReschedule(
    $id: ID!
    $expectedVersion: Int!
    $startDate: DateTime!
    $expectedDate: DateTime!
    $resourceId: ID
  ) {
    productionOrderReschedule(
      id: $id
      expectedVersion: $expectedVersion
      startDate: $startDate
      expectedDate: $expectedDate
      resourceId: $resourceId
    ) {
      productionOrder {
        ...BoardBarOrder
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** An order's whole tree, in one request: each order's status, components, shortages and related orders. */
export const orderTreeQuery = graphql(`
  query BoardOrderTree($id: ID!) {
    node(id: $id) {
      ... on ProductionOrder {
        id
        number
        location {
          id
        }
        root {
          tree {
            id
            number
            status
            version
            level
            late
            startDate
            expectedDate
            lines {
              quantity
              product {
                id
                sku
                name
              }
            }
            components {
              id
              product {
                sku
              }
              requiredQuantity
              allocatedQuantity
              shortageQuantity
            }
            relatedOrders {
              __typename
              ... on Order {
                id
                number
                orderStatus
              }
            }
          }
        }
      }
    }
  }
`);

export const authorizeMutation = graphql(`
  mutation BoardAuthorize($id: ID!, $expectedVersion: Int) {
    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {
      productionOrder {
        ...BoardBarOrder
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const releaseMutation = graphql(`
  mutation BoardRelease($id: ID!, $expectedVersion: Int) {
    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {
      productionOrder {
        ...BoardBarOrder
      }
      unorderedComponents {
        product {
          sku
        }
        quantity
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const explosionQuery = graphql(`
  query BoardExplosion($productId: ID!, $quantity: Decimal!, $locationId: ID) {
    bomExplosion(productId: $productId, quantity: $quantity, locationId: $locationId) {
      id
      nodes {
        id
        level
        kind
        totalQuantity
        available
        shortage
        component {
          sku
          name
        }
      }
    }
  }
`);
