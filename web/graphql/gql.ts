/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment BoardBarOrder on ProductionOrder {\n    id\n    number\n    status\n    version\n    late\n    startDate\n    expectedDate\n    operations {\n      id\n      name\n      status\n      plannedStart\n      plannedEnd\n      plannedMinutes\n      resource {\n        id\n      }\n    }\n    lines {\n      bom {\n        operations {\n          resource {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardBarOrderFragmentDoc,
    "\n  fragment BoardDayLoad on ResourceDayLoad {\n    date\n    capacityMinutes\n    loadMinutes\n    overloaded\n  }\n": typeof types.BoardDayLoadFragmentDoc,
    "\n  query Board($from: DateTime!, $to: DateTime!) {\n    liveCursor\n    schedule(from: $from, to: $to) {\n      days\n      to\n      timeZone\n      resources {\n        capacityMinutesPerDay\n        resource {\n          id\n          name\n        }\n        days {\n          ...BoardDayLoad\n        }\n        orders {\n          order {\n            ...BoardBarOrder\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  query BoardResourceDays($from: DateTime!, $to: DateTime!, $resourceIds: [ID!]!) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds) {\n      resources {\n        resource {\n          id\n        }\n        days {\n          ...BoardDayLoad\n        }\n      }\n    }\n  }\n": typeof types.BoardResourceDaysDocument,
    "\n  subscription BoardChanges($after: String) {\n    productionOrderEvents(after: $after) {\n      cursor\n      type\n      afterStatus\n      operationAfterStatus\n      productionOrder {\n        ...BoardBarOrder\n      }\n    }\n  }\n": typeof types.BoardChangesDocument,
    "\n  query BoardCurrentOrder($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        ...BoardBarOrder\n      }\n    }\n  }\n": typeof types.BoardCurrentOrderDocument,
    "\n  mutation BoardReschedule(\n    $id: ID!\n    $expectedVersion: Int!\n    $startDate: DateTime!\n    $expectedDate: DateTime!\n    $resourceId: ID\n  ) {\n    productionOrderReschedule(\n      id: $id\n      expectedVersion: $expectedVersion\n      startDate: $startDate\n      expectedDate: $expectedDate\n      resourceId: $resourceId\n    ) {\n      productionOrder {\n        ...BoardBarOrder\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BoardRescheduleDocument,
    "\n  query BoardOrderTree($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        id\n        number\n        location {\n          id\n        }\n        root {\n          tree {\n            id\n            number\n            status\n            version\n            level\n            late\n            startDate\n            expectedDate\n            lines {\n              quantity\n              product {\n                id\n                sku\n                name\n              }\n            }\n            components {\n              id\n              product {\n                sku\n              }\n              requiredQuantity\n              allocatedQuantity\n              shortageQuantity\n            }\n            relatedOrders {\n              __typename\n              ... on Order {\n                id\n                number\n                orderStatus\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardOrderTreeDocument,
    "\n  mutation BoardAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder {\n        ...BoardBarOrder\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BoardAuthorizeDocument,
    "\n  mutation BoardRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder {\n        ...BoardBarOrder\n      }\n      unorderedComponents {\n        product {\n          sku\n        }\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BoardReleaseDocument,
    "\n  query BoardExplosion($productId: ID!, $quantity: Decimal!, $locationId: ID) {\n    bomExplosion(productId: $productId, quantity: $quantity, locationId: $locationId) {\n      id\n      nodes {\n        id\n        level\n        kind\n        totalQuantity\n        available\n        shortage\n        component {\n          sku\n          name\n        }\n      }\n    }\n  }\n": typeof types.BoardExplosionDocument,
    "\n  query ScannerScan($code: String!) {\n    scan(code: $code) {\n      code\n      gs1Problem\n      gs1 {\n        gtin\n        lot\n      }\n      matches {\n        __typename\n        ... on Product {\n          ...ScannerProduct\n        }\n        ... on Location {\n          id\n          code\n          name\n        }\n        ... on ProductionOrder {\n          ...ScannerProductionOrder\n        }\n        ... on PurchaseOrder {\n          ...ScannerPurchaseOrder\n        }\n        ... on TransferOrder {\n          ...ScannerTransferOrder\n        }\n        ... on SalesOrder {\n          id\n          number\n          salesStatus: status\n        }\n      }\n    }\n  }\n": typeof types.ScannerScanDocument,
    "\n  fragment ScannerProduct on Product {\n    id\n    sku\n    name\n    unit\n    stockLevels {\n      onHand\n      location {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ScannerProductFragmentDoc,
    "\n  fragment ScannerProductionOrder on ProductionOrder {\n    id\n    number\n    productionStatus: status\n    lines {\n      id\n      quantity\n      producedQuantity\n      scrappedQuantity\n      product {\n        sku\n      }\n    }\n    operations {\n      id\n      name\n      status\n      pauseReason\n      completedQuantity\n    }\n    components {\n      id\n      requiredQuantity\n      consumedQuantity\n      product {\n        id\n        sku\n        name\n      }\n    }\n  }\n": typeof types.ScannerProductionOrderFragmentDoc,
    "\n  fragment ScannerPurchaseOrder on PurchaseOrder {\n    id\n    number\n    purchaseStatus: status\n    supplier {\n      name\n    }\n    lines {\n      id\n      quantity\n      openQuantity\n      product {\n        sku\n      }\n    }\n  }\n": typeof types.ScannerPurchaseOrderFragmentDoc,
    "\n  fragment ScannerTransferOrder on TransferOrder {\n    id\n    number\n    transferStatus: status\n    fromLocation {\n      name\n    }\n    toLocation {\n      name\n    }\n    lines {\n      id\n      openQuantity\n      product {\n        sku\n      }\n    }\n  }\n": typeof types.ScannerTransferOrderFragmentDoc,
    "\n  fragment ScannerUserError on UserError {\n    code\n    field\n    message\n  }\n": typeof types.ScannerUserErrorFragmentDoc,
    "\n  mutation ScannerOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationStart(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": typeof types.ScannerOperationStartDocument,
    "\n  mutation ScannerOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {\n    productionOrderOperationPause(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": typeof types.ScannerOperationPauseDocument,
    "\n  mutation ScannerOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationResume(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": typeof types.ScannerOperationResumeDocument,
    "\n  mutation ScannerOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {\n    productionOrderOperationComplete(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": typeof types.ScannerOperationCompleteDocument,
    "\n  mutation ScannerConsume($id: ID!, $input: ProductionOrderConsumeInput!) {\n    productionOrderConsume(id: $id, input: $input) {\n      productionOrder {\n        ...ScannerProductionOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": typeof types.ScannerConsumeDocument,
    "\n  mutation ScannerReportOutput($id: ID!, $input: ProductionOrderReportOutputInput!) {\n    productionOrderReportOutput(id: $id, input: $input) {\n      productionOrder {\n        ...ScannerProductionOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": typeof types.ScannerReportOutputDocument,
    "\n  mutation ScannerPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) {\n      purchaseOrder {\n        ...ScannerPurchaseOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": typeof types.ScannerPurchaseReceiveDocument,
    "\n  mutation ScannerTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) {\n      transferOrder {\n        ...ScannerTransferOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": typeof types.ScannerTransferCompleteDocument,
    "\n  mutation ScannerStockCount($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        movements {\n          product {\n            ...ScannerProduct\n          }\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": typeof types.ScannerStockCountDocument,
    "\n  mutation ScannerKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        name\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.ScannerKeyCreateDocument,
    "\n  query SignedIn {\n    me {\n      apiKey {\n        id\n        name\n        role {\n          name\n        }\n      }\n      permissions\n    }\n  }\n": typeof types.SignedInDocument,
};
const documents: Documents = {
    "\n  fragment BoardBarOrder on ProductionOrder {\n    id\n    number\n    status\n    version\n    late\n    startDate\n    expectedDate\n    operations {\n      id\n      name\n      status\n      plannedStart\n      plannedEnd\n      plannedMinutes\n      resource {\n        id\n      }\n    }\n    lines {\n      bom {\n        operations {\n          resource {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.BoardBarOrderFragmentDoc,
    "\n  fragment BoardDayLoad on ResourceDayLoad {\n    date\n    capacityMinutes\n    loadMinutes\n    overloaded\n  }\n": types.BoardDayLoadFragmentDoc,
    "\n  query Board($from: DateTime!, $to: DateTime!) {\n    liveCursor\n    schedule(from: $from, to: $to) {\n      days\n      to\n      timeZone\n      resources {\n        capacityMinutesPerDay\n        resource {\n          id\n          name\n        }\n        days {\n          ...BoardDayLoad\n        }\n        orders {\n          order {\n            ...BoardBarOrder\n          }\n        }\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  query BoardResourceDays($from: DateTime!, $to: DateTime!, $resourceIds: [ID!]!) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds) {\n      resources {\n        resource {\n          id\n        }\n        days {\n          ...BoardDayLoad\n        }\n      }\n    }\n  }\n": types.BoardResourceDaysDocument,
    "\n  subscription BoardChanges($after: String) {\n    productionOrderEvents(after: $after) {\n      cursor\n      type\n      afterStatus\n      operationAfterStatus\n      productionOrder {\n        ...BoardBarOrder\n      }\n    }\n  }\n": types.BoardChangesDocument,
    "\n  query BoardCurrentOrder($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        ...BoardBarOrder\n      }\n    }\n  }\n": types.BoardCurrentOrderDocument,
    "\n  mutation BoardReschedule(\n    $id: ID!\n    $expectedVersion: Int!\n    $startDate: DateTime!\n    $expectedDate: DateTime!\n    $resourceId: ID\n  ) {\n    productionOrderReschedule(\n      id: $id\n      expectedVersion: $expectedVersion\n      startDate: $startDate\n      expectedDate: $expectedDate\n      resourceId: $resourceId\n    ) {\n      productionOrder {\n        ...BoardBarOrder\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BoardRescheduleDocument,
    "\n  query BoardOrderTree($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        id\n        number\n        location {\n          id\n        }\n        root {\n          tree {\n            id\n            number\n            status\n            version\n            level\n            late\n            startDate\n            expectedDate\n            lines {\n              quantity\n              product {\n                id\n                sku\n                name\n              }\n            }\n            components {\n              id\n              product {\n                sku\n              }\n              requiredQuantity\n              allocatedQuantity\n              shortageQuantity\n            }\n            relatedOrders {\n              __typename\n              ... on Order {\n                id\n                number\n                orderStatus\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BoardOrderTreeDocument,
    "\n  mutation BoardAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder {\n        ...BoardBarOrder\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BoardAuthorizeDocument,
    "\n  mutation BoardRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder {\n        ...BoardBarOrder\n      }\n      unorderedComponents {\n        product {\n          sku\n        }\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BoardReleaseDocument,
    "\n  query BoardExplosion($productId: ID!, $quantity: Decimal!, $locationId: ID) {\n    bomExplosion(productId: $productId, quantity: $quantity, locationId: $locationId) {\n      id\n      nodes {\n        id\n        level\n        kind\n        totalQuantity\n        available\n        shortage\n        component {\n          sku\n          name\n        }\n      }\n    }\n  }\n": types.BoardExplosionDocument,
    "\n  query ScannerScan($code: String!) {\n    scan(code: $code) {\n      code\n      gs1Problem\n      gs1 {\n        gtin\n        lot\n      }\n      matches {\n        __typename\n        ... on Product {\n          ...ScannerProduct\n        }\n        ... on Location {\n          id\n          code\n          name\n        }\n        ... on ProductionOrder {\n          ...ScannerProductionOrder\n        }\n        ... on PurchaseOrder {\n          ...ScannerPurchaseOrder\n        }\n        ... on TransferOrder {\n          ...ScannerTransferOrder\n        }\n        ... on SalesOrder {\n          id\n          number\n          salesStatus: status\n        }\n      }\n    }\n  }\n": types.ScannerScanDocument,
    "\n  fragment ScannerProduct on Product {\n    id\n    sku\n    name\n    unit\n    stockLevels {\n      onHand\n      location {\n        id\n        name\n      }\n    }\n  }\n": types.ScannerProductFragmentDoc,
    "\n  fragment ScannerProductionOrder on ProductionOrder {\n    id\n    number\n    productionStatus: status\n    lines {\n      id\n      quantity\n      producedQuantity\n      scrappedQuantity\n      product {\n        sku\n      }\n    }\n    operations {\n      id\n      name\n      status\n      pauseReason\n      completedQuantity\n    }\n    components {\n      id\n      requiredQuantity\n      consumedQuantity\n      product {\n        id\n        sku\n        name\n      }\n    }\n  }\n": types.ScannerProductionOrderFragmentDoc,
    "\n  fragment ScannerPurchaseOrder on PurchaseOrder {\n    id\n    number\n    purchaseStatus: status\n    supplier {\n      name\n    }\n    lines {\n      id\n      quantity\n      openQuantity\n      product {\n        sku\n      }\n    }\n  }\n": types.ScannerPurchaseOrderFragmentDoc,
    "\n  fragment ScannerTransferOrder on TransferOrder {\n    id\n    number\n    transferStatus: status\n    fromLocation {\n      name\n    }\n    toLocation {\n      name\n    }\n    lines {\n      id\n      openQuantity\n      product {\n        sku\n      }\n    }\n  }\n": types.ScannerTransferOrderFragmentDoc,
    "\n  fragment ScannerUserError on UserError {\n    code\n    field\n    message\n  }\n": types.ScannerUserErrorFragmentDoc,
    "\n  mutation ScannerOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationStart(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": types.ScannerOperationStartDocument,
    "\n  mutation ScannerOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {\n    productionOrderOperationPause(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": types.ScannerOperationPauseDocument,
    "\n  mutation ScannerOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationResume(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": types.ScannerOperationResumeDocument,
    "\n  mutation ScannerOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {\n    productionOrderOperationComplete(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": types.ScannerOperationCompleteDocument,
    "\n  mutation ScannerConsume($id: ID!, $input: ProductionOrderConsumeInput!) {\n    productionOrderConsume(id: $id, input: $input) {\n      productionOrder {\n        ...ScannerProductionOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": types.ScannerConsumeDocument,
    "\n  mutation ScannerReportOutput($id: ID!, $input: ProductionOrderReportOutputInput!) {\n    productionOrderReportOutput(id: $id, input: $input) {\n      productionOrder {\n        ...ScannerProductionOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": types.ScannerReportOutputDocument,
    "\n  mutation ScannerPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) {\n      purchaseOrder {\n        ...ScannerPurchaseOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": types.ScannerPurchaseReceiveDocument,
    "\n  mutation ScannerTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) {\n      transferOrder {\n        ...ScannerTransferOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": types.ScannerTransferCompleteDocument,
    "\n  mutation ScannerStockCount($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        movements {\n          product {\n            ...ScannerProduct\n          }\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n": types.ScannerStockCountDocument,
    "\n  mutation ScannerKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        name\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.ScannerKeyCreateDocument,
    "\n  query SignedIn {\n    me {\n      apiKey {\n        id\n        name\n        role {\n          name\n        }\n      }\n      permissions\n    }\n  }\n": types.SignedInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardBarOrder on ProductionOrder {\n    id\n    number\n    status\n    version\n    late\n    startDate\n    expectedDate\n    operations {\n      id\n      name\n      status\n      plannedStart\n      plannedEnd\n      plannedMinutes\n      resource {\n        id\n      }\n    }\n    lines {\n      bom {\n        operations {\n          resource {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardBarOrderFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardDayLoad on ResourceDayLoad {\n    date\n    capacityMinutes\n    loadMinutes\n    overloaded\n  }\n"): typeof import('./graphql.js').BoardDayLoadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($from: DateTime!, $to: DateTime!) {\n    liveCursor\n    schedule(from: $from, to: $to) {\n      days\n      to\n      timeZone\n      resources {\n        capacityMinutesPerDay\n        resource {\n          id\n          name\n        }\n        days {\n          ...BoardDayLoad\n        }\n        orders {\n          order {\n            ...BoardBarOrder\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardResourceDays($from: DateTime!, $to: DateTime!, $resourceIds: [ID!]!) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds) {\n      resources {\n        resource {\n          id\n        }\n        days {\n          ...BoardDayLoad\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardResourceDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardChanges($after: String) {\n    productionOrderEvents(after: $after) {\n      cursor\n      type\n      afterStatus\n      operationAfterStatus\n      productionOrder {\n        ...BoardBarOrder\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardCurrentOrder($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        ...BoardBarOrder\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardCurrentOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardReschedule(\n    $id: ID!\n    $expectedVersion: Int!\n    $startDate: DateTime!\n    $expectedDate: DateTime!\n    $resourceId: ID\n  ) {\n    productionOrderReschedule(\n      id: $id\n      expectedVersion: $expectedVersion\n      startDate: $startDate\n      expectedDate: $expectedDate\n      resourceId: $resourceId\n    ) {\n      productionOrder {\n        ...BoardBarOrder\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOrderTree($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        id\n        number\n        location {\n          id\n        }\n        root {\n          tree {\n            id\n            number\n            status\n            version\n            level\n            late\n            startDate\n            expectedDate\n            lines {\n              quantity\n              product {\n                id\n                sku\n                name\n              }\n            }\n            components {\n              id\n              product {\n                sku\n              }\n              requiredQuantity\n              allocatedQuantity\n              shortageQuantity\n            }\n            relatedOrders {\n              __typename\n              ... on Order {\n                id\n                number\n                orderStatus\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardOrderTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder {\n        ...BoardBarOrder\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardAuthorizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder {\n        ...BoardBarOrder\n      }\n      unorderedComponents {\n        product {\n          sku\n        }\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardExplosion($productId: ID!, $quantity: Decimal!, $locationId: ID) {\n    bomExplosion(productId: $productId, quantity: $quantity, locationId: $locationId) {\n      id\n      nodes {\n        id\n        level\n        kind\n        totalQuantity\n        available\n        shortage\n        component {\n          sku\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BoardExplosionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScannerScan($code: String!) {\n    scan(code: $code) {\n      code\n      gs1Problem\n      gs1 {\n        gtin\n        lot\n      }\n      matches {\n        __typename\n        ... on Product {\n          ...ScannerProduct\n        }\n        ... on Location {\n          id\n          code\n          name\n        }\n        ... on ProductionOrder {\n          ...ScannerProductionOrder\n        }\n        ... on PurchaseOrder {\n          ...ScannerPurchaseOrder\n        }\n        ... on TransferOrder {\n          ...ScannerTransferOrder\n        }\n        ... on SalesOrder {\n          id\n          number\n          salesStatus: status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScannerProduct on Product {\n    id\n    sku\n    name\n    unit\n    stockLevels {\n      onHand\n      location {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerProductFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScannerProductionOrder on ProductionOrder {\n    id\n    number\n    productionStatus: status\n    lines {\n      id\n      quantity\n      producedQuantity\n      scrappedQuantity\n      product {\n        sku\n      }\n    }\n    operations {\n      id\n      name\n      status\n      pauseReason\n      completedQuantity\n    }\n    components {\n      id\n      requiredQuantity\n      consumedQuantity\n      product {\n        id\n        sku\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerProductionOrderFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScannerPurchaseOrder on PurchaseOrder {\n    id\n    number\n    purchaseStatus: status\n    supplier {\n      name\n    }\n    lines {\n      id\n      quantity\n      openQuantity\n      product {\n        sku\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerPurchaseOrderFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScannerTransferOrder on TransferOrder {\n    id\n    number\n    transferStatus: status\n    fromLocation {\n      name\n    }\n    toLocation {\n      name\n    }\n    lines {\n      id\n      openQuantity\n      product {\n        sku\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerTransferOrderFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScannerUserError on UserError {\n    code\n    field\n    message\n  }\n"): typeof import('./graphql.js').ScannerUserErrorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationStart(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerOperationStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {\n    productionOrderOperationPause(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerOperationPauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationResume(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerOperationResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {\n    productionOrderOperationComplete(id: $id, input: $input) {\n      operation {\n        order {\n          ...ScannerProductionOrder\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerOperationCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerConsume($id: ID!, $input: ProductionOrderConsumeInput!) {\n    productionOrderConsume(id: $id, input: $input) {\n      productionOrder {\n        ...ScannerProductionOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerConsumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerReportOutput($id: ID!, $input: ProductionOrderReportOutputInput!) {\n    productionOrderReportOutput(id: $id, input: $input) {\n      productionOrder {\n        ...ScannerProductionOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerReportOutputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) {\n      purchaseOrder {\n        ...ScannerPurchaseOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerPurchaseReceiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) {\n      transferOrder {\n        ...ScannerTransferOrder\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerTransferCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerStockCount($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        movements {\n          product {\n            ...ScannerProduct\n          }\n        }\n      }\n      userErrors {\n        ...ScannerUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerStockCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScannerKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        name\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScannerKeyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedIn {\n    me {\n      apiKey {\n        id\n        name\n        role {\n          name\n        }\n      }\n      permissions\n    }\n  }\n"): typeof import('./graphql.js').SignedInDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
