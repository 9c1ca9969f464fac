import { graphql } from "../graphql/index.ts";

/** Production orders, their trees and their schedule. */

graphql(`
  fragment ProductionOrderFields on ProductionOrder {
    id
    number
    status
    version
    lines { quantity producedQuantity }
    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }
  }
`);

/** Everything an order shows: its header, lines, components, stock movements, waste and events. */
graphql(`
  fragment ProductionOrderDetails on ProductionOrder {
    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId
    location { name }
    employee { name }
    customer { name }
    lines { quantity producedQuantity bom { name } product { sku } }
    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }
    movements { quantity reason product { sku } }
    waste { type note movements { quantity product { sku } } }
    events { type beforeStatus afterStatus }
  }
`);

export const productionOrderCreate = graphql(`
  mutation productionOrderCreate($input: ProductionOrderCreateInput!) {
    productionOrderCreate(input: $input) { ...ProductionOrderPayloadFields }
  }
`);

/** A new order with every field it was given, read back whole. */
export const productionOrderCreateWithDetails = graphql(`
  mutation productionOrderCreateWithDetails($input: ProductionOrderCreateInput!) {
    productionOrderCreate(input: $input) {
      productionOrder { ...ProductionOrderDetails }
      userErrors { code message field }
    }
  }
`);

export const productionOrderCreateFromBom = graphql(`
  mutation productionOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {
    productionOrderCreateFromBom(input: $input) { ...ProductionOrderPayloadFields }
  }
`);

export const productionOrderCreateFromBomWithDetails = graphql(`
  mutation productionOrderCreateFromBomWithDetails($input: ProductionOrderCreateFromBomInput!) {
    productionOrderCreateFromBom(input: $input) {
      productionOrder { ...ProductionOrderDetails }
      userErrors { code message field }
    }
  }
`);

export const productionOrderAuthorize = graphql(`
  mutation productionOrderAuthorize($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {
    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {
      ...ProductionOrderPayloadFields
    }
  }
`);

/** The events an authorization wrote, read back in its own payload. */
export const productionOrderAuthorizeWithEvents = graphql(`
  mutation productionOrderAuthorizeWithEvents($id: ID!) {
    productionOrderAuthorize(id: $id) {
      productionOrder { status events { type beforeStatus afterStatus } }
      userErrors { code message field }
    }
  }
`);

export const productionOrderRelease = graphql(`
  mutation productionOrderRelease($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {
    productionOrderRelease(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {
      productionOrder { ...ProductionOrderFields }
      unorderedComponents { quantity product { sku } }
      userErrors { code message field }
    }
  }
`);

/** A release refused for a changed plan: the changes, order by order, compared whole. */
export const productionOrderReleaseWithPlanChanges = graphql(`
  mutation productionOrderReleaseWithPlanChanges($id: ID!, $planChoice: PlanChoice) {
    productionOrderRelease(id: $id, planChoice: $planChoice) {
      productionOrder { status }
      unorderedComponents { product { sku } quantity }
      userErrors {
        code
        field
        planChanges { change order { number } parentOrder { number } product { sku } before after }
      }
    }
  }
`);

export const productionOrderStart = graphql(`
  mutation productionOrderStart($id: ID!, $expectedVersion: Int) {
    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }
  }
`);

export const productionOrderComplete = graphql(`
  mutation productionOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!], $expectedVersion: Int) {
    productionOrderComplete(id: $id, consumption: $consumption, expectedVersion: $expectedVersion) {
      ...ProductionOrderPayloadFields
    }
  }
`);

export const productionOrderUndo = graphql(`
  mutation productionOrderUndo($id: ID!, $expectedVersion: Int) {
    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }
  }
`);

export const productionOrderVoid = graphql(`
  mutation productionOrderVoid($id: ID!, $expectedVersion: Int) {
    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }
  }
`);

export const productionOrderComponentUpdate = graphql(`
  mutation productionOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {
    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {
      ...ProductionOrderPayloadFields
    }
  }
`);

/** A component's new requirement and what it holds now, compared whole. */
export const productionOrderComponentUpdateAllocation = graphql(`
  mutation productionOrderComponentUpdateAllocation($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {
    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {
      productionOrder { status version components { id requiredQuantity allocatedQuantity } }
      userErrors { code message field }
    }
  }
`);

export const productionOrderRecordWaste = graphql(`
  mutation productionOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!, $expectedVersion: Int) {
    productionOrderRecordWaste(id: $id, input: $input, expectedVersion: $expectedVersion) {
      productionOrder { ...ProductionOrderFields waste { type note movements { quantity product { sku } } } }
      userErrors { code message field }
    }
  }
`);

export const productionOrderUpdate = graphql(`
  mutation productionOrderUpdate($id: ID!, $expectedVersion: Int!, $input: ProductionOrderUpdateInput!) {
    productionOrderUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
      productionOrder {
        ...ProductionOrderFields
        note layout tags attributes employee { id } customer { id } updatedAt
      }
      userErrors { code message field }
    }
  }
`);

/** The order's dates and its operations' places, what a board redraws after a move. */
graphql(`
  fragment ProductionOrderBoardFields on ProductionOrder {
    id number status version startDate expectedDate requiredByDate late
    operations { id status resource { id name } plannedMinutes plannedStart plannedEnd version }
  }
`);

export const productionOrderReschedule = graphql(`
  mutation productionOrderReschedule(
    $id: ID!
    $expectedVersion: Int!
    $startDate: DateTime!
    $expectedDate: DateTime!
    $resourceId: ID
    $cascade: RescheduleCascade
  ) {
    productionOrderReschedule(
      id: $id
      expectedVersion: $expectedVersion
      startDate: $startDate
      expectedDate: $expectedDate
      resourceId: $resourceId
      cascade: $cascade
    ) {
      productionOrder { ...ProductionOrderBoardFields tree { ...ProductionOrderBoardFields } }
      userErrors { code message field }
    }
  }
`);

/** An order as a board reads it, with its tree and its history (payloads included). */
export const nodeProductionOrderBoard = graphql(`
  query nodeProductionOrderBoard($id: ID!) {
    node(id: $id) {
      ... on ProductionOrder {
        ...ProductionOrderBoardFields
        events { type payload }
        tree { ...ProductionOrderBoardFields events { type payload } }
      }
    }
  }
`);

export const productionOrderCreatePurchaseOrders = graphql(`
  mutation productionOrderCreatePurchaseOrders($productionOrderId: ID!, $components: [ID!], $locationId: ID) {
    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId, components: $components, locationId: $locationId) {
      purchaseOrders { ...PurchaseOrderFields }
      componentsWithoutSupplier { sku }
      userErrors { code message field }
    }
  }
`);

/** One order, whole, through node(). */
export const nodeProductionOrder = graphql(`
  query nodeProductionOrder($id: ID!) { node(id: $id) { ... on ProductionOrder { ...ProductionOrderDetails } } }
`);

export const productionOrders = graphql(`
  query productionOrders(
    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,
    $startFrom: DateTime, $startBefore: DateTime, $first: Int
  ) {
    productionOrders(
      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,
      startFrom: $startFrom, startBefore: $startBefore, first: $first
    ) {
      edges { node { ...ProductionOrderDetails } }
    }
  }
`);

/** An order with its whole tree, each order of it with its links, components and related orders. */
export const nodeProductionOrderTree = graphql(`
  query nodeProductionOrderTree($id: ID!) {
    node(id: $id) {
      __typename
      ... on ProductionOrder {
        number level path kind
        root { number }
        timeline { start end }
        tree {
          id number level path kind status orphaned late surplus startDate expectedDate
          parent { number status }
          children { number }
          root { number }
          parentComponent { product { sku } }
          lines { quantity product { sku } }
          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }
          relatedOrders {
            __typename
            ... on ProductionOrder { number kind status }
            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }
            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }
            ... on SalesOrder { number salesStatus: status customer { name } }
          }
        }
      }
    }
  }
`);

/** Where an order sits in its tree: parent, root, level, orphaned, timeline. */
export const nodeProductionOrderLinks = graphql(`
  query nodeProductionOrderLinks($id: ID!) {
    node(id: $id) {
      __typename
      ... on ProductionOrder {
        number orphaned level
        parent { number status }
        root { number }
        timeline { start end }
      }
    }
  }
`);

/** A page of orders of a tag, each with its tree, timeline and related orders. */
export const productionOrdersWithTrees = graphql(`
  query productionOrdersWithTrees($tag: String!) {
    productionOrders(tag: $tag, first: 50) {
      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }
    }
  }
`);

/**
 * An order-list page as a planner's screen reads it: 50 orders, each with its whole tree, the tree's lines,
 * components and related orders (the limits test calibrates the cost limit on it).
 */
export const productionOrdersPlanningPage = graphql(`
  query productionOrdersPlanningPage($tag: String) {
    productionOrders(tag: $tag, first: 50) {
      edges {
        cursor
        node {
          id number status version startDate expectedDate requiredByDate tags
          location { name }
          customer { name }
          timeline { start end }
          lines { id quantity producedQuantity product { sku name } bom { name } }
          relatedOrders {
            __typename
            ... on PurchaseOrder { id number supplier { name } }
            ... on TransferOrder { id number fromLocation { name } }
            ... on SalesOrder { id number }
            ... on ProductionOrder { id number }
          }
          tree {
            id level path kind number status late surplus orphaned startDate requiredByDate
            lines { product { sku } quantity }
            components { product { sku } requiredQuantity allocatedQuantity shortageQuantity }
            relatedOrders {
              __typename
              ... on PurchaseOrder { id number supplier { name } }
              ... on TransferOrder { id number fromLocation { name } }
              ... on ProductionOrder { id number }
            }
          }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** A new order with where it sits in a tree, compared whole. */
export const productionOrderCreateWithTree = graphql(`
  mutation productionOrderCreateWithTree($input: ProductionOrderCreateInput!) {
    productionOrderCreate(input: $input) {
      productionOrder {
        number level path kind orphaned late surplus
        root { number }
        tree { number }
        children { number }
        relatedOrders { __typename ... on SalesOrder { number } }
        timeline { start end }
      }
      userErrors { code message field }
    }
  }
`);

/** Authorizing as the planning model checks it: each plan change by product. */
export const productionOrderAuthorizeModelCheck = graphql(`
  mutation productionOrderAuthorizeModelCheck($id: ID!, $planChoice: PlanChoice) {
    productionOrderAuthorize(id: $id, planChoice: $planChoice) {
      productionOrder { id }
      userErrors { code message field planChanges { change product { sku } before after } }
    }
  }
`);

/** Releasing as the planning model checks it: each plan change by product, each unordered component's order. */
export const productionOrderReleaseModelCheck = graphql(`
  mutation productionOrderReleaseModelCheck($id: ID!, $planChoice: PlanChoice) {
    productionOrderRelease(id: $id, planChoice: $planChoice) {
      productionOrder { id }
      unorderedComponents { order { id } product { sku } quantity reason }
      userErrors { code message field planChanges { change product { sku } before after } }
    }
  }
`);

/** An order's tree with the ids that link it, as the planning model compares it. */
export const nodeProductionOrderTreeModelCheck = graphql(`
  query nodeProductionOrderTreeModelCheck($id: ID!) {
    node(id: $id) {
      ... on ProductionOrder {
        tree {
          id
          status
          kind
          surplus
          parent { id }
          parentComponent { id }
          lines { product { sku } quantity }
          components { id product { sku } requiredQuantity allocatedQuantity shortageQuantity }
        }
      }
    }
  }
`);

export const schedule = graphql(`
  query schedule(
    $from: DateTime!
    $to: DateTime!
    $resourceIds: [ID!]
    $locationId: ID
    $timeZone: String
    $includeDrafts: Boolean
  ) {
    schedule(
      from: $from
      to: $to
      resourceIds: $resourceIds
      locationId: $locationId
      timeZone: $timeZone
      includeDrafts: $includeDrafts
    ) {
      from to timeZone days
      resources {
        resource { name }
        capacityMinutesPerDay
        orders { number start end status late minutes }
        operations {
          number status plannedStart plannedEnd plannedMinutes actualMinutes actualStart actualEnd
          operation { id name }
        }
        days { date loadMinutes capacityMinutes overloaded }
      }
    }
  }
`);

/** A board with each scheduled order read whole (its place and components), for the board's statement count. */
export const scheduleWithOrders = graphql(`
  query scheduleWithOrders($from: DateTime!, $to: DateTime!) {
    schedule(from: $from, to: $to) {
      resources {
        resource { name }
        orders { minutes order { number status location { name } components { product { sku } } } }
        days { loadMinutes }
      }
    }
  }
`);

// ---- operations (shop floor)

/** An operation with everything it shows, its time logs included. */
graphql(`
  fragment ProductionOrderOperationFields on ProductionOrderOperation {
    id position sequence name status plannedMinutes plannedStart plannedEnd completedQuantity scrappedQuantity
    pauseReason skipReason actualMinutes runningSince version
    resource { name }
    line { id }
    timeLogs { id employee { id } startedAt endedAt minutes goodQuantity scrapQuantity pauseReason }
  }
`);

/** What an operation step changed: the operation, and its order (which the first start moves). */
graphql(`
  fragment ProductionOrderOperationPayloadFields on ProductionOrderOperationPayload {
    operation { ...ProductionOrderOperationFields order { status version } }
    userErrors { code message field }
  }
`);

export const productionOrderOperationStart = graphql(`
  mutation productionOrderOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {
    productionOrderOperationStart(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }
  }
`);

export const productionOrderOperationPause = graphql(`
  mutation productionOrderOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {
    productionOrderOperationPause(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }
  }
`);

export const productionOrderOperationResume = graphql(`
  mutation productionOrderOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {
    productionOrderOperationResume(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }
  }
`);

export const productionOrderOperationComplete = graphql(`
  mutation productionOrderOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {
    productionOrderOperationComplete(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }
  }
`);

export const productionOrderOperationSkip = graphql(`
  mutation productionOrderOperationSkip($id: ID!, $input: ProductionOrderOperationSkipInput) {
    productionOrderOperationSkip(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }
  }
`);

/** An order's operations with its planned and actual minutes, and when it was released. */
export const nodeProductionOrderOperations = graphql(`
  query nodeProductionOrderOperations($id: ID!) {
    node(id: $id) {
      ... on ProductionOrder {
        number status version startDate releasedAt plannedMinutes actualMinutes
        lines { id quantity }
        operations { ...ProductionOrderOperationFields }
      }
    }
  }
`);

/** A page of orders, each with its operations and their logs, for the statement count of the list. */
export const productionOrdersWithOperations = graphql(`
  query productionOrdersWithOperations($tag: String, $first: Int) {
    productionOrders(tag: $tag, first: $first) {
      edges {
        node {
          number plannedMinutes actualMinutes
          operations { name status actualMinutes runningSince resource { name } timeLogs { minutes employee { name } } }
        }
      }
    }
  }
`);

// ---- reports (shop floor)

export const productionOrderConsume = graphql(`
  mutation productionOrderConsume($id: ID!, $expectedVersion: Int, $input: ProductionOrderConsumeInput!) {
    productionOrderConsume(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...ProductionOrderPayloadFields
    }
  }
`);

export const productionOrderReportOutput = graphql(`
  mutation productionOrderReportOutput($id: ID!, $expectedVersion: Int, $input: ProductionOrderReportOutputInput!) {
    productionOrderReportOutput(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...ProductionOrderPayloadFields
    }
  }
`);

export const productionReportUndo = graphql(`
  mutation productionReportUndo($id: ID!, $expectedVersion: Int) {
    productionReportUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }
  }
`);

/** An order as the shop floor sees it: lines with output and scrap, components with consumption, its reports. */
export const nodeProductionOrderShopFloor = graphql(`
  query nodeProductionOrderShopFloor($id: ID!) {
    node(id: $id) {
      ... on ProductionOrder {
        number status version
        lines { id quantity producedQuantity scrappedQuantity }
        components {
          id requiredQuantity allocatedQuantity consumedQuantity variance unplanned product { id sku }
        }
        reports {
          id kind at note undoneAt employee { name }
          lines { quantity scrapQuantity allocationReleased onOrderReleased component { id } orderLine { id } }
          movements { quantity reason product { sku } }
        }
        waste { type movements { quantity product { sku } } }
      }
    }
  }
`);

/** A page of orders with their reports read whole: the cost test counts one statement per relation. */
export const productionOrdersWithReports = graphql(`
  query productionOrdersWithReports($tag: String, $first: Int) {
    productionOrders(tag: $tag, first: $first) {
      edges {
        node {
          number
          lines { producedQuantity scrappedQuantity }
          components { consumedQuantity variance unplanned }
          reports {
            kind at employee { name }
            lines { quantity component { product { sku } } orderLine { product { sku } } }
            movements { quantity product { sku } }
          }
          waste { movements { quantity } }
        }
      }
    }
  }
`);

/** A production order's related orders read through the Order interface (their own status beside it). */
export const relatedOrdersAsOrders = graphql(`
  query relatedOrdersAsOrders {
    productionOrders(first: 10) {
      edges {
        node {
          relatedOrders {
            __typename
            ... on Order { id number orderStatus version createdAt updatedAt }
            ... on ProductionOrder { status }
            ... on PurchaseOrder { purchaseStatus: status }
            ... on TransferOrder { transferStatus: status }
            ... on SalesOrder { salesStatus: status }
          }
        }
      }
    }
  }
`);

/** Orders of any kind by id, as Orders. */
export const ordersAsOrders = graphql(`
  query ordersAsOrders($ids: [ID!]!) {
    nodes(ids: $ids) { __typename ... on Order { number orderStatus } }
  }
`);
