import { graphql } from "../graphql/index.ts";

/**
 * The scanner's documents: what a code names (with what its actions need), and one mutation per action. Every
 * mutation answers the thing it changed in the shape `scan` gave it, so the page shows it as it now is.
 */
export const scanCode = graphql(`
  query ScannerScan($code: String!) {
    scan(code: $code) {
      code
      gs1Problem
      gs1 {
        gtin
        lot
      }
      matches {
        __typename
        ... on Product {
          ...ScannerProduct
        }
        ... on Location {
          id
          code
          name
        }
        ... on ProductionOrder {
          ...ScannerProductionOrder
        }
        ... on PurchaseOrder {
          ...ScannerPurchaseOrder
        }
        ... on TransferOrder {
          ...ScannerTransferOrder
        }
        ... on SalesOrder {
          id
          number
          salesStatus: status
        }
      }
    }
  }
`);

graphql(`
  fragment ScannerProduct on Product {
    id
    sku
    name
    unit
    stockLevels {
      onHand
      location {
        id
        name
      }
    }
  }
`);

graphql(`
  fragment ScannerProductionOrder on ProductionOrder {
    id
    number
    productionStatus: status
    lines {
      id
      quantity
      producedQuantity
      scrappedQuantity
      product {
        sku
      }
    }
    operations {
      id
      name
      status
      pauseReason
      completedQuantity
    }
    components {
      id
      requiredQuantity
      consumedQuantity
      product {
        id
        sku
        name
      }
    }
  }
`);

graphql(`
  fragment ScannerPurchaseOrder on PurchaseOrder {
    id
    number
    purchaseStatus: status
    supplier {
      name
    }
    lines {
      id
      quantity
      openQuantity
      product {
        sku
      }
    }
  }
`);

graphql(`
  fragment ScannerTransferOrder on TransferOrder {
    id
    number
    transferStatus: status
    fromLocation {
      name
    }
    toLocation {
      name
    }
    lines {
      id
      openQuantity
      product {
        sku
      }
    }
  }
`);

graphql(`
  fragment ScannerUserError on UserError {
    code
    field
    message
  }
`);

export const operationStart = graphql(`
  mutation ScannerOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {
    productionOrderOperationStart(id: $id, input: $input) {
      operation {
        order {
          ...ScannerProductionOrder
        }
      }
      userErrors {
        ...ScannerUserError
      }
    }
  }
`);

export const operationPause = graphql(`
  mutation ScannerOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {
    productionOrderOperationPause(id: $id, input: $input) {
      operation {
        order {
          ...ScannerProductionOrder
        }
      }
      userErrors {
        ...ScannerUserError
      }
    }
  }
`);

export const operationResume = graphql(`
  mutation ScannerOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {
    productionOrderOperationResume(id: $id, input: $input) {
      operation {
        order {
          ...ScannerProductionOrder
        }
      }
      userErrors {
        ...ScannerUserError
      }
    }
  }
`);

export const operationComplete = graphql(`
  mutation ScannerOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {
    productionOrderOperationComplete(id: $id, input: $input) {
      operation {
        order {
          ...ScannerProductionOrder
        }
      }
      userErrors {
        ...ScannerUserError
      }
    }
  }
`);

export const consume = graphql(`
  mutation ScannerConsume($id: ID!, $input: ProductionOrderConsumeInput!) {
    productionOrderConsume(id: $id, input: $input) {
      productionOrder {
        ...ScannerProductionOrder
      }
      userErrors {
        ...ScannerUserError
      }
    }
  }
`);

export const reportOutput = graphql(`
  mutation ScannerReportOutput($id: ID!, $input: ProductionOrderReportOutputInput!) {
    productionOrderReportOutput(id: $id, input: $input) {
      productionOrder {
        ...ScannerProductionOrder
      }
      userErrors {
        ...ScannerUserError
      }
    }
  }
`);

export const purchaseReceive = graphql(`
  mutation ScannerPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {
    purchaseOrderReceive(id: $id, lines: $lines) {
      purchaseOrder {
        ...ScannerPurchaseOrder
      }
      userErrors {
        ...ScannerUserError
      }
    }
  }
`);

export const transferComplete = graphql(`
  mutation ScannerTransferComplete($id: ID!) {
    transferOrderComplete(id: $id) {
      transferOrder {
        ...ScannerTransferOrder
      }
      userErrors {
        ...ScannerUserError
      }
    }
  }
`);

export const stockCount = graphql(`
  mutation ScannerStockCount($input: StockAdjustInput!) {
    stockAdjust(input: $input) {
      adjustment {
        movements {
          product {
            ...ScannerProduct
          }
        }
      }
      userErrors {
        ...ScannerUserError
      }
    }
  }
`);
