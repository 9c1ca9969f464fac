/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query BenchExplosion($productId: ID!, $quantity: Decimal!) {\n    bomExplosion(productId: $productId, quantity: $quantity) {\n      bom { id name }\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { sku name unit }\n      }\n      requirements { component { sku } quantity available shortage }\n      cost { materialCostPerUnit materialCost operationMinutes }\n    }\n  }\n": typeof types.BenchExplosionDocument,
    "\n  subscription FanoutEvents($orderId: ID!) {\n    productionOrderEvents(orderId: $orderId) { id afterStatus productionOrder { status } }\n  }\n": typeof types.FanoutEventsDocument,
    "\n  mutation FanoutCreate($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { id } userErrors { message } }\n  }\n": typeof types.FanoutCreateDocument,
    "\n  mutation FanoutAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { message } } }\n": typeof types.FanoutAuthorizeDocument,
    "\n  mutation FanoutUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { message } } }\n": typeof types.FanoutUndoDocument,
    "\n  subscription FanoutBurstEvents($locationId: ID!) {\n    stockLevelEvents(locationId: $locationId) { id product { sku barcodes } }\n  }\n": typeof types.FanoutBurstEventsDocument,
    "\n  mutation FanoutBurstAdjust($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { message } } }\n": typeof types.FanoutBurstAdjustDocument,
    "\n  query BadPing { settings { allowNegativeStock } }\n": typeof types.BadPingDocument,
    "\n  mutation idempotencyTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {\n    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { code message field } }\n    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { code message field } }\n  }\n": typeof types.IdempotencyTwoAdjustmentsDocument,
    "\n  mutation apiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n": typeof types.ApiKeyCreateDocument,
    "\n  mutation apiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { code message field } }\n  }\n": typeof types.ApiKeyRevokeDocument,
    "\n  query me { me { apiKey { name role { name permissions } } permissions } }\n": typeof types.MeDocument,
    "\n  query meApiKeyRole { me { apiKey { id role { name permissions } } } }\n": typeof types.MeApiKeyRoleDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    permissions\n    builtIn\n    archivedAt\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  mutation roleCreate($input: RoleCreateInput!) {\n    roleCreate(input: $input) { role { ...RoleFields } userErrors { code message field } }\n  }\n": typeof types.RoleCreateDocument,
    "\n  mutation roleUpdate($id: ID!, $input: RoleUpdateInput!) {\n    roleUpdate(id: $id, input: $input) { role { ...RoleFields } userErrors { code message field } }\n  }\n": typeof types.RoleUpdateDocument,
    "\n  mutation roleArchive($id: ID!) {\n    roleArchive(id: $id) { role { ...RoleFields } userErrors { code message field } }\n  }\n": typeof types.RoleArchiveDocument,
    "\n  query roles($includeArchived: Boolean) {\n    roles(includeArchived: $includeArchived) { ...RoleFields createdAt }\n  }\n": typeof types.RolesDocument,
    "\n  fragment BomFields on Bom {\n    id\n    name\n    kind\n    outputQuantity\n    autoAssemble\n    isDefault\n    archivedAt\n    product { sku replenishment }\n    lines { id position quantity component { sku } operation { sequence } }\n    operations { id sequence name setupMinutes minutesPerUnit resource { name } }\n  }\n": typeof types.BomFieldsFragmentDoc,
    "\n  mutation bomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { ...BomPayloadFields }\n  }\n": typeof types.BomCreateDocument,
    "\n  mutation bomArchive($id: ID!) {\n    bomArchive(id: $id) { ...BomPayloadFields }\n  }\n": typeof types.BomArchiveDocument,
    "\n  mutation bomLineAdd($input: BomLineInput!, $bomId: ID!) {\n    bomLineAdd(input: $input, bomId: $bomId) {\n      bomLine { id position quantity component { sku } operation { sequence } bom { ...BomFields } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BomLineAddDocument,
    "\n  mutation bomLineRemove($id: ID!) {\n    bomLineRemove(id: $id) { ...BomPayloadFields }\n  }\n": typeof types.BomLineRemoveDocument,
    "\n  mutation bomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) {\n      bomLine { id quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BomLineUpdateDocument,
    "\n  mutation bomOperationAdd($input: BomOperationInput!, $bomId: ID!) {\n    bomOperationAdd(input: $input, bomId: $bomId) {\n      bomOperation { id name sequence setupMinutes minutesPerUnit resource { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BomOperationAddDocument,
    "\n  mutation bomOperationRemove($id: ID!) {\n    bomOperationRemove(id: $id) { ...BomPayloadFields }\n  }\n": typeof types.BomOperationRemoveDocument,
    "\n  mutation bomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) {\n      bomOperation { id name sequence minutesPerUnit }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BomOperationUpdateDocument,
    "\n  mutation bomRun($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun {\n        id quantity\n        bom { name }\n        location { name }\n        movements { quantity reason product { sku } location { name } bomRun { id } }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BomRunDocument,
    "\n  mutation bomSetDefault($id: ID!) {\n    bomSetDefault(id: $id) { ...BomPayloadFields }\n  }\n": typeof types.BomSetDefaultDocument,
    "\n  mutation bomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { ...BomPayloadFields }\n  }\n": typeof types.BomUpdateDocument,
    "\n  query productBoms($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku replenishment\n        bom { name kind }\n        boms(includeArchived: true) { name isDefault archivedAt }\n      }\n    }\n  }\n": typeof types.ProductBomsDocument,
    "\n  query bomExplosion($productId: ID, $bomId: ID, $quantity: Decimal, $locationId: ID) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity, locationId: $locationId) {\n      product { sku }\n      bom { id name }\n      quantity\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { id sku name }\n      }\n      requirements { component { sku } quantity onHand available shortage }\n      cost {\n        materialCostPerUnit materialCost setupMinutes runMinutesPerUnit operationMinutesPerUnit operationMinutes\n      }\n    }\n  }\n": typeof types.BomExplosionDocument,
    "\n  query bomExplosionTree($productId: ID, $bomId: ID, $quantity: Decimal) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {\n      bom { name }\n      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }\n      requirements { component { sku } quantity }\n    }\n  }\n": typeof types.BomExplosionTreeDocument,
    "\n  query bomExplosionBoms($productId: ID!, $locationId: ID) {\n    bomExplosion(productId: $productId, locationId: $locationId) {\n      location { name }\n      nodes { bom { name kind } component { sku } }\n    }\n  }\n": typeof types.BomExplosionBomsDocument,
    "\n  query bomWhereUsed($componentId: ID!) {\n    bomWhereUsed(componentId: $componentId) {\n      product { sku }\n      bom { name }\n      level\n      path\n      quantityPerUnit\n    }\n  }\n": typeof types.BomWhereUsedDocument,
    "\n  query typename { __typename }\n": typeof types.TypenameDocument,
    "\n  query productBomSixLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n        bom { name lines { quantity component { sku bom { name lines { quantity component { sku } } } } } }\n      }\n    }\n  }\n": typeof types.ProductBomSixLevelsDocument,
    "\n  query productBomTwelveLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        bom { lines { component {\n          bom { lines { component {\n            bom { lines { component {\n              bom { lines { quantity component { sku } } }\n            } } }\n          } } }\n        } } }\n      }\n    }\n  }\n": typeof types.ProductBomTwelveLevelsDocument,
    "\n  mutation customerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { id name email phone archivedAt }\n      userErrors { code message field } }\n  }\n": typeof types.CustomerCreateDocument,
    "\n  mutation customerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { code message field } }\n  }\n": typeof types.CustomerUpdateDocument,
    "\n  mutation customerArchive($id: ID!) {\n    customerArchive(id: $id) { customer { id archivedAt } userErrors { code message field } }\n  }\n": typeof types.CustomerArchiveDocument,
    "\n  mutation employeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id name email } userErrors { code message field } }\n  }\n": typeof types.EmployeeCreateDocument,
    "\n  mutation employeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { code message field } }\n  }\n": typeof types.EmployeeUpdateDocument,
    "\n  mutation employeeArchive($id: ID!) {\n    employeeArchive(id: $id) { employee { id archivedAt } userErrors { code message field } }\n  }\n": typeof types.EmployeeArchiveDocument,
    "\n  mutation locationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name code kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.LocationCreateDocument,
    "\n  mutation locationUpdate($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) {\n      location { id name code kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.LocationUpdateDocument,
    "\n  mutation locationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id archivedAt } userErrors { code message field } }\n  }\n": typeof types.LocationArchiveDocument,
    "\n  mutation productCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment maxBatchSize }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductCreateDocument,
    "\n  mutation productUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { id sku name cost updatedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductUpdateDocument,
    "\n  mutation productArchive($id: ID!) {\n    productArchive(id: $id) { product { id archivedAt } userErrors { code message field } }\n  }\n": typeof types.ProductArchiveDocument,
    "\n  mutation resourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { code message field } }\n  }\n": typeof types.ResourceCreateDocument,
    "\n  mutation resourceUpdate($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ResourceUpdateDocument,
    "\n  mutation resourceArchive($id: ID!) {\n    resourceArchive(id: $id) { resource { id archivedAt } userErrors { code message field } }\n  }\n": typeof types.ResourceArchiveDocument,
    "\n  mutation supplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) {\n      supplier { id name email phone archivedAt }\n      userErrors { code message field } }\n  }\n": typeof types.SupplierCreateDocument,
    "\n  mutation supplierUpdate($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) { supplier { id name email phone } userErrors { code message field } }\n  }\n": typeof types.SupplierUpdateDocument,
    "\n  mutation supplierArchive($id: ID!) {\n    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { code message field } }\n  }\n": typeof types.SupplierArchiveDocument,
    "\n  mutation productUpdateBatchSize($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { maxBatchSize name }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductUpdateBatchSizeDocument,
    "\n  query products($search: String, $first: Int, $after: String) {\n    products(search: $search, first: $first, after: $after) {\n      edges { node { sku barcodes primarySupplier { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query productsByReplenishment($replenishment: Replenishment, $search: String) {\n    products(replenishment: $replenishment, search: $search, first: 50) { edges { node { sku replenishment } } }\n  }\n": typeof types.ProductsByReplenishmentDocument,
    "\n  query productByBarcode($code: String!) {\n    productByBarcode(code: $code) { sku name }\n  }\n": typeof types.ProductByBarcodeDocument,
    "\n  query node($id: ID!) {\n    node(id: $id) { __typename ... on Product { sku } }\n  }\n": typeof types.NodeDocument,
    "\n  query suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {\n    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {\n      edges { node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SuppliersDocument,
    "\n  query customers($search: String, $includeArchived: Boolean) {\n    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }\n  }\n": typeof types.CustomersDocument,
    "\n  query employees($search: String) {\n    employees(search: $search) { edges { node { name email } } }\n  }\n": typeof types.EmployeesDocument,
    "\n  query locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {\n    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {\n      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }\n    }\n  }\n": typeof types.LocationsDocument,
    "\n  query resources($search: String, $includeArchived: Boolean) {\n    resources(search: $search, includeArchived: $includeArchived) {\n      edges { node { name capacityMinutesPerDay } }\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  fragment BomPayloadFields on BomPayload {\n    bom { ...BomFields }\n    userErrors { code message field }\n  }\n": typeof types.BomPayloadFieldsFragmentDoc,
    "\n  fragment ProductionOrderPayloadFields on ProductionOrderPayload {\n    productionOrder { ...ProductionOrderFields }\n    userErrors { code message field }\n  }\n": typeof types.ProductionOrderPayloadFieldsFragmentDoc,
    "\n  fragment PurchaseOrderPayloadFields on PurchaseOrderPayload {\n    purchaseOrder { ...PurchaseOrderFields }\n    userErrors { code message field }\n  }\n": typeof types.PurchaseOrderPayloadFieldsFragmentDoc,
    "\n  fragment SalesOrderPayloadFields on SalesOrderPayload {\n    salesOrder { ...SalesOrderFields }\n    userErrors { code message field }\n  }\n": typeof types.SalesOrderPayloadFieldsFragmentDoc,
    "\n  fragment TransferOrderPayloadFields on TransferOrderPayload {\n    transferOrder { ...TransferOrderFields }\n    userErrors { code message field }\n  }\n": typeof types.TransferOrderPayloadFieldsFragmentDoc,
    "\n  mutation settingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SettingsUpdateDocument,
    "\n  mutation stockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.StockAdjustDocument,
    "\n  mutation settingsUpdateOverProductionTolerance($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { overProductionTolerancePercent }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SettingsUpdateOverProductionToleranceDocument,
    "\n  mutation settingsUpdateQuantityPolicy($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { quantityPolicy allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SettingsUpdateQuantityPolicyDocument,
    "\n  mutation settingsUpdateNegativeStock($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SettingsUpdateNegativeStockDocument,
    "\n  query settings { settings { quantityPolicy allowNegativeStock } }\n": typeof types.SettingsDocument,
    "\n  query settingsNegativeStock { settings { allowNegativeStock } }\n": typeof types.SettingsNegativeStockDocument,
    "\n  query stockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.StockLevelsDocument,
    "\n  query stockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.StockMovementsDocument,
    "\n  query productStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n": typeof types.ProductStockDocument,
    "\n  query locationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n": typeof types.LocationStockDocument,
    "\n  query productsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n": typeof types.ProductsWithStockDocument,
    "\n  mutation stockAdjustUserErrors($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n": typeof types.StockAdjustUserErrorsDocument,
    "\n  subscription productionOrderEvents(\n    $orderId: ID, $rootOrderId: ID, $locationId: ID, $statuses: [ProductionOrderStatus!], $after: String\n  ) {\n    productionOrderEvents(\n      orderId: $orderId, rootOrderId: $rootOrderId, locationId: $locationId, statuses: $statuses, after: $after\n    ) {\n      id type beforeStatus afterStatus payload createdAt\n      productionOrder { number }\n    }\n  }\n": typeof types.ProductionOrderEventsDocument,
    "\n  subscription productionOrderEventsWithOperations($orderId: ID, $rootOrderId: ID, $after: String) {\n    productionOrderEvents(orderId: $orderId, rootOrderId: $rootOrderId, after: $after) {\n      id type beforeStatus afterStatus operationBeforeStatus operationAfterStatus\n      productionOrder { number status }\n      operation { name status }\n    }\n  }\n": typeof types.ProductionOrderEventsWithOperationsDocument,
    "\n  subscription productionOrderEventsWithReports($orderId: ID, $after: String) {\n    productionOrderEvents(orderId: $orderId, after: $after) {\n      id type afterStatus\n      report { id kind undoneAt lines { quantity scrapQuantity } }\n    }\n  }\n": typeof types.ProductionOrderEventsWithReportsDocument,
    "\n  subscription stockLevelEvents($productId: ID, $locationId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, locationId: $locationId, after: $after) {\n      id type payload\n      product { sku barcodes }\n      location { name }\n      stockLevel { onHand }\n    }\n  }\n": typeof types.StockLevelEventsDocument,
    "\n  subscription stockLevelEventsWithProduct($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) { id product { sku barcodes } }\n  }\n": typeof types.StockLevelEventsWithProductDocument,
    "\n  subscription supplyOrderEvents($kind: SupplyOrderKind, $orderId: ID, $after: String) {\n    supplyOrderEvents(kind: $kind, orderId: $orderId, after: $after) {\n      id type kind beforeStatus afterStatus\n      purchaseOrder { number }\n      transferOrder { number }\n    }\n  }\n": typeof types.SupplyOrderEventsDocument,
    "\n  subscription salesOrderEvents($orderId: ID, $locationId: ID, $statuses: [SalesOrderStatus!], $after: String) {\n    salesOrderEvents(orderId: $orderId, locationId: $locationId, statuses: $statuses, after: $after) {\n      id type beforeStatus afterStatus payload\n      salesOrder { number status }\n    }\n  }\n": typeof types.SalesOrderEventsDocument,
    "\n  fragment ProductionOrderFields on ProductionOrder {\n    id\n    number\n    status\n    version\n    lines { quantity producedQuantity }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n  }\n": typeof types.ProductionOrderFieldsFragmentDoc,
    "\n  fragment ProductionOrderDetails on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n": typeof types.ProductionOrderDetailsFragmentDoc,
    "\n  mutation productionOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { ...ProductionOrderPayloadFields }\n  }\n": typeof types.ProductionOrderCreateDocument,
    "\n  mutation productionOrderCreateWithDetails($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...ProductionOrderDetails }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductionOrderCreateWithDetailsDocument,
    "\n  mutation productionOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { ...ProductionOrderPayloadFields }\n  }\n": typeof types.ProductionOrderCreateFromBomDocument,
    "\n  mutation productionOrderCreateFromBomWithDetails($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...ProductionOrderDetails }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductionOrderCreateFromBomWithDetailsDocument,
    "\n  mutation productionOrderAuthorize($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": typeof types.ProductionOrderAuthorizeDocument,
    "\n  mutation productionOrderAuthorizeWithEvents($id: ID!) {\n    productionOrderAuthorize(id: $id) {\n      productionOrder { status events { type beforeStatus afterStatus } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductionOrderAuthorizeWithEventsDocument,
    "\n  mutation productionOrderRelease($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {\n      productionOrder { ...ProductionOrderFields }\n      unorderedComponents { quantity product { sku } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductionOrderReleaseDocument,
    "\n  mutation productionOrderReleaseWithPlanChanges($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { status }\n      unorderedComponents { product { sku } quantity }\n      userErrors {\n        code\n        field\n        planChanges { change order { number } parentOrder { number } product { sku } before after }\n      }\n    }\n  }\n": typeof types.ProductionOrderReleaseWithPlanChangesDocument,
    "\n  mutation productionOrderStart($id: ID!, $expectedVersion: Int) {\n    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n": typeof types.ProductionOrderStartDocument,
    "\n  mutation productionOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!], $expectedVersion: Int) {\n    productionOrderComplete(id: $id, consumption: $consumption, expectedVersion: $expectedVersion) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": typeof types.ProductionOrderCompleteDocument,
    "\n  mutation productionOrderUndo($id: ID!, $expectedVersion: Int) {\n    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n": typeof types.ProductionOrderUndoDocument,
    "\n  mutation productionOrderVoid($id: ID!, $expectedVersion: Int) {\n    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n": typeof types.ProductionOrderVoidDocument,
    "\n  mutation productionOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": typeof types.ProductionOrderComponentUpdateDocument,
    "\n  mutation productionOrderComponentUpdateAllocation($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      productionOrder { status version components { id requiredQuantity allocatedQuantity } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductionOrderComponentUpdateAllocationDocument,
    "\n  mutation productionOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!, $expectedVersion: Int) {\n    productionOrderRecordWaste(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      productionOrder { ...ProductionOrderFields waste { type note movements { quantity product { sku } } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductionOrderRecordWasteDocument,
    "\n  mutation productionOrderCreatePurchaseOrders($productionOrderId: ID!, $components: [ID!], $locationId: ID) {\n    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId, components: $components, locationId: $locationId) {\n      purchaseOrders { ...PurchaseOrderFields }\n      componentsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductionOrderCreatePurchaseOrdersDocument,
    "\n  query nodeProductionOrder($id: ID!) { node(id: $id) { ... on ProductionOrder { ...ProductionOrderDetails } } }\n": typeof types.NodeProductionOrderDocument,
    "\n  query productionOrders(\n    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,\n    $startFrom: DateTime, $startBefore: DateTime, $first: Int\n  ) {\n    productionOrders(\n      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,\n      startFrom: $startFrom, startBefore: $startBefore, first: $first\n    ) {\n      edges { node { ...ProductionOrderDetails } }\n    }\n  }\n": typeof types.ProductionOrdersDocument,
    "\n  query nodeProductionOrderTree($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number level path kind\n        root { number }\n        timeline { start end }\n        tree {\n          id number level path kind status orphaned late surplus startDate expectedDate\n          parent { number status }\n          children { number }\n          root { number }\n          parentComponent { product { sku } }\n          lines { quantity product { sku } }\n          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }\n          relatedOrders {\n            __typename\n            ... on ProductionOrder { number kind status }\n            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }\n            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }\n            ... on SalesOrder { number salesStatus: status customer { name } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NodeProductionOrderTreeDocument,
    "\n  query nodeProductionOrderLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number orphaned level\n        parent { number status }\n        root { number }\n        timeline { start end }\n      }\n    }\n  }\n": typeof types.NodeProductionOrderLinksDocument,
    "\n  query productionOrdersWithTrees($tag: String!) {\n    productionOrders(tag: $tag, first: 50) {\n      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }\n    }\n  }\n": typeof types.ProductionOrdersWithTreesDocument,
    "\n  mutation productionOrderCreateWithTree($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder {\n        number level path kind orphaned late surplus\n        root { number }\n        tree { number }\n        children { number }\n        relatedOrders { __typename ... on SalesOrder { number } }\n        timeline { start end }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductionOrderCreateWithTreeDocument,
    "\n  mutation productionOrderAuthorizeModelCheck($id: ID!, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n": typeof types.ProductionOrderAuthorizeModelCheckDocument,
    "\n  mutation productionOrderReleaseModelCheck($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      unorderedComponents { order { id } product { sku } quantity reason }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n": typeof types.ProductionOrderReleaseModelCheckDocument,
    "\n  query nodeProductionOrderTreeModelCheck($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        tree {\n          id\n          status\n          kind\n          surplus\n          parent { id }\n          parentComponent { id }\n          lines { product { sku } quantity }\n          components { id product { sku } requiredQuantity allocatedQuantity shortageQuantity }\n        }\n      }\n    }\n  }\n": typeof types.NodeProductionOrderTreeModelCheckDocument,
    "\n  query schedule($from: DateTime!, $to: DateTime!, $resourceIds: [ID!], $locationId: ID, $includeDrafts: Boolean) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds, locationId: $locationId, includeDrafts: $includeDrafts) {\n      from to days\n      resources {\n        resource { name }\n        capacityMinutesPerDay\n        orders { number start end status late minutes }\n        days { date loadMinutes capacityMinutes overloaded }\n      }\n    }\n  }\n": typeof types.ScheduleDocument,
    "\n  query scheduleWithOrders($from: DateTime!, $to: DateTime!) {\n    schedule(from: $from, to: $to) {\n      resources {\n        resource { name }\n        orders { minutes order { number status location { name } components { product { sku } } } }\n        days { loadMinutes }\n      }\n    }\n  }\n": typeof types.ScheduleWithOrdersDocument,
    "\n  fragment ProductionOrderOperationFields on ProductionOrderOperation {\n    id position sequence name status plannedMinutes plannedStart plannedEnd completedQuantity scrappedQuantity\n    pauseReason skipReason actualMinutes runningSince version\n    resource { name }\n    line { id }\n    timeLogs { id employee { id } startedAt endedAt minutes goodQuantity scrapQuantity pauseReason }\n  }\n": typeof types.ProductionOrderOperationFieldsFragmentDoc,
    "\n  fragment ProductionOrderOperationPayloadFields on ProductionOrderOperationPayload {\n    operation { ...ProductionOrderOperationFields order { status version } }\n    userErrors { code message field }\n  }\n": typeof types.ProductionOrderOperationPayloadFieldsFragmentDoc,
    "\n  mutation productionOrderOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationStart(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": typeof types.ProductionOrderOperationStartDocument,
    "\n  mutation productionOrderOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {\n    productionOrderOperationPause(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": typeof types.ProductionOrderOperationPauseDocument,
    "\n  mutation productionOrderOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationResume(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": typeof types.ProductionOrderOperationResumeDocument,
    "\n  mutation productionOrderOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {\n    productionOrderOperationComplete(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": typeof types.ProductionOrderOperationCompleteDocument,
    "\n  mutation productionOrderOperationSkip($id: ID!, $input: ProductionOrderOperationSkipInput) {\n    productionOrderOperationSkip(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": typeof types.ProductionOrderOperationSkipDocument,
    "\n  query nodeProductionOrderOperations($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        number status version startDate releasedAt plannedMinutes actualMinutes\n        lines { id quantity }\n        operations { ...ProductionOrderOperationFields }\n      }\n    }\n  }\n": typeof types.NodeProductionOrderOperationsDocument,
    "\n  query productionOrdersWithOperations($tag: String, $first: Int) {\n    productionOrders(tag: $tag, first: $first) {\n      edges {\n        node {\n          number plannedMinutes actualMinutes\n          operations { name status actualMinutes runningSince resource { name } timeLogs { minutes employee { name } } }\n        }\n      }\n    }\n  }\n": typeof types.ProductionOrdersWithOperationsDocument,
    "\n  mutation productionOrderConsume($id: ID!, $expectedVersion: Int, $input: ProductionOrderConsumeInput!) {\n    productionOrderConsume(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": typeof types.ProductionOrderConsumeDocument,
    "\n  mutation productionOrderReportOutput($id: ID!, $expectedVersion: Int, $input: ProductionOrderReportOutputInput!) {\n    productionOrderReportOutput(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": typeof types.ProductionOrderReportOutputDocument,
    "\n  mutation productionReportUndo($id: ID!, $expectedVersion: Int) {\n    productionReportUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n": typeof types.ProductionReportUndoDocument,
    "\n  query nodeProductionOrderShopFloor($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        number status version\n        lines { id quantity producedQuantity scrappedQuantity }\n        components {\n          id requiredQuantity allocatedQuantity consumedQuantity variance unplanned product { id sku }\n        }\n        reports {\n          id kind at note undoneAt employee { name }\n          lines { quantity scrapQuantity allocationReleased onOrderReleased component { id } orderLine { id } }\n          movements { quantity reason product { sku } }\n        }\n        waste { type movements { quantity product { sku } } }\n      }\n    }\n  }\n": typeof types.NodeProductionOrderShopFloorDocument,
    "\n  query productionOrdersWithReports($tag: String, $first: Int) {\n    productionOrders(tag: $tag, first: $first) {\n      edges {\n        node {\n          number\n          lines { producedQuantity scrappedQuantity }\n          components { consumedQuantity variance unplanned }\n          reports {\n            kind at employee { name }\n            lines { quantity component { product { sku } } orderLine { product { sku } } }\n            movements { quantity product { sku } }\n          }\n          waste { movements { quantity } }\n        }\n      }\n    }\n  }\n": typeof types.ProductionOrdersWithReportsDocument,
    "\n  fragment PurchaseOrderFields on PurchaseOrder {\n    id\n    number\n    status\n    version\n    supplier { name }\n    location { name }\n    productionOrder { id }\n    lines { id quantity receivedQuantity openQuantity unitCost product { sku } }\n    movements { quantity reason location { name } purchaseOrder { number } }\n  }\n": typeof types.PurchaseOrderFieldsFragmentDoc,
    "\n  mutation purchaseOrderCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { ...PurchaseOrderPayloadFields }\n  }\n": typeof types.PurchaseOrderCreateDocument,
    "\n  mutation purchaseOrderPlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }\n  }\n": typeof types.PurchaseOrderPlaceDocument,
    "\n  mutation purchaseOrderReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!, $expectedVersion: Int) {\n    purchaseOrderReceive(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...PurchaseOrderPayloadFields\n    }\n  }\n": typeof types.PurchaseOrderReceiveDocument,
    "\n  mutation purchaseOrderUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!, $expectedVersion: Int) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...PurchaseOrderPayloadFields\n    }\n  }\n": typeof types.PurchaseOrderUpdateLinesDocument,
    "\n  mutation purchaseOrderVoid($id: ID!, $expectedVersion: Int) {\n    purchaseOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }\n  }\n": typeof types.PurchaseOrderVoidDocument,
    "\n  query purchaseOrders($status: [PurchaseOrderStatus!], $supplierId: ID, $productionOrderId: ID, $first: Int) {\n    purchaseOrders(status: $status, supplierId: $supplierId, productionOrderId: $productionOrderId, first: $first) {\n      edges { node { ...PurchaseOrderFields } }\n    }\n  }\n": typeof types.PurchaseOrdersDocument,
    "\n  mutation reorderSuggestionsApply($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {\n      productionOrders { ...ProductionOrderFields }\n      purchaseOrders { ...PurchaseOrderFields }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ReorderSuggestionsApplyDocument,
    "\n  mutation reorderSuggestionsApplyDrafts($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {\n      productionOrders { status location { name } lines { quantity product { sku } } }\n      purchaseOrders { status supplier { name } location { name } lines { quantity product { sku } } }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ReorderSuggestionsApplyDraftsDocument,
    "\n  query reorderSuggestions($locationId: ID) {\n    reorderSuggestions(locationId: $locationId) {\n      product { sku } type available onOrder minBeforeReorder reorderQuantity suggestedQuantity\n    }\n  }\n": typeof types.ReorderSuggestionsDocument,
    "\n  fragment SalesOrderFields on SalesOrder {\n    id\n    number\n    status\n    version\n    customer { name }\n    location { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } salesOrder { number } }\n    productionOrders { id status location { name } customer { name } lines { quantity product { sku } } }\n  }\n": typeof types.SalesOrderFieldsFragmentDoc,
    "\n  mutation salesOrderCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { ...SalesOrderPayloadFields }\n  }\n": typeof types.SalesOrderCreateDocument,
    "\n  mutation salesOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    salesOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n": typeof types.SalesOrderAuthorizeDocument,
    "\n  mutation salesOrderFulfill($id: ID!, $expectedVersion: Int) {\n    salesOrderFulfill(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n": typeof types.SalesOrderFulfillDocument,
    "\n  mutation salesOrderUpdateLines($id: ID!, $lines: [OrderLineInput!]!, $expectedVersion: Int) {\n    salesOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...SalesOrderPayloadFields\n    }\n  }\n": typeof types.SalesOrderUpdateLinesDocument,
    "\n  mutation salesOrderVoid($id: ID!, $expectedVersion: Int) {\n    salesOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n": typeof types.SalesOrderVoidDocument,
    "\n  query salesOrders($status: [SalesOrderStatus!], $customerId: ID, $locationId: ID, $createdAfter: DateTime) {\n    salesOrders(status: $status, customerId: $customerId, locationId: $locationId, createdAfter: $createdAfter) {\n      edges { node { number status } }\n    }\n  }\n": typeof types.SalesOrdersDocument,
    "\n  query scan($code: String!) {\n    scan(code: $code) {\n      code\n      gs1Problem\n      gs1 {\n        sscc gtin containedGtin lot productionDate packagingDate bestBeforeDate expiryDate serial variableCount count\n        elements { ai title value }\n      }\n      matches {\n        __typename\n        ... on Product { id sku barcodes }\n        ... on Location { id name code }\n        ... on ProductionOrder { id number }\n        ... on PurchaseOrder { id number }\n        ... on TransferOrder { id number }\n        ... on SalesOrder { id number }\n      }\n    }\n  }\n": typeof types.ScanDocument,
    "\n  query scanForTheFloor($code: String!) {\n    scan(code: $code) {\n      gs1 { gtin lot expiryDate }\n      matches {\n        __typename\n        ... on Product { id sku name unit stockLevels { location { name } onHand available } }\n        ... on Location { id name kind }\n        ... on ProductionOrder { id number orderStatus: status location { name } lines { product { sku } quantity } }\n        ... on PurchaseOrder { id number purchaseStatus: status supplier { name } }\n        ... on TransferOrder { id number transferStatus: status }\n        ... on SalesOrder { id number salesStatus: status customer { name } }\n      }\n    }\n  }\n": typeof types.ScanForTheFloorDocument,
    "\n  query productionOrdersByNumber($number: String, $search: String) {\n    productionOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n": typeof types.ProductionOrdersByNumberDocument,
    "\n  query purchaseOrdersByNumber($number: String, $search: String) {\n    purchaseOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n": typeof types.PurchaseOrdersByNumberDocument,
    "\n  query salesOrdersByNumber($number: String, $search: String) {\n    salesOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n": typeof types.SalesOrdersByNumberDocument,
    "\n  query transferOrdersByNumber($number: String, $search: String) {\n    transferOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n": typeof types.TransferOrdersByNumberDocument,
    "\n  fragment TransferOrderFields on TransferOrder {\n    id\n    number\n    status\n    version\n    lines { id quantity movedQuantity openQuantity product { sku } }\n  }\n": typeof types.TransferOrderFieldsFragmentDoc,
    "\n  mutation transferOrderCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { ...TransferOrderPayloadFields }\n  }\n": typeof types.TransferOrderCreateDocument,
    "\n  mutation transferOrderComplete($id: ID!, $expectedVersion: Int) {\n    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...TransferOrderFields movements { quantity reason location { name } transferOrder { number } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TransferOrderCompleteDocument,
    "\n  mutation transferOrderMove($id: ID!, $lines: [TransferOrderMoveInput!]!, $expectedVersion: Int) {\n    transferOrderMove(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      transferOrder { ...TransferOrderFields movements { quantity reason location { name } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TransferOrderMoveDocument,
    "\n  mutation transferOrderVoid($id: ID!, $expectedVersion: Int) {\n    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...TransferOrderPayloadFields }\n  }\n": typeof types.TransferOrderVoidDocument,
    "\n  query transferOrders($locationId: ID, $status: [TransferOrderStatus!]) {\n    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }\n  }\n": typeof types.TransferOrdersDocument,
};
const documents: Documents = {
    "\n  query BenchExplosion($productId: ID!, $quantity: Decimal!) {\n    bomExplosion(productId: $productId, quantity: $quantity) {\n      bom { id name }\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { sku name unit }\n      }\n      requirements { component { sku } quantity available shortage }\n      cost { materialCostPerUnit materialCost operationMinutes }\n    }\n  }\n": types.BenchExplosionDocument,
    "\n  subscription FanoutEvents($orderId: ID!) {\n    productionOrderEvents(orderId: $orderId) { id afterStatus productionOrder { status } }\n  }\n": types.FanoutEventsDocument,
    "\n  mutation FanoutCreate($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { id } userErrors { message } }\n  }\n": types.FanoutCreateDocument,
    "\n  mutation FanoutAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { message } } }\n": types.FanoutAuthorizeDocument,
    "\n  mutation FanoutUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { message } } }\n": types.FanoutUndoDocument,
    "\n  subscription FanoutBurstEvents($locationId: ID!) {\n    stockLevelEvents(locationId: $locationId) { id product { sku barcodes } }\n  }\n": types.FanoutBurstEventsDocument,
    "\n  mutation FanoutBurstAdjust($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { message } } }\n": types.FanoutBurstAdjustDocument,
    "\n  query BadPing { settings { allowNegativeStock } }\n": types.BadPingDocument,
    "\n  mutation idempotencyTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {\n    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { code message field } }\n    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { code message field } }\n  }\n": types.IdempotencyTwoAdjustmentsDocument,
    "\n  mutation apiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n": types.ApiKeyCreateDocument,
    "\n  mutation apiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { code message field } }\n  }\n": types.ApiKeyRevokeDocument,
    "\n  query me { me { apiKey { name role { name permissions } } permissions } }\n": types.MeDocument,
    "\n  query meApiKeyRole { me { apiKey { id role { name permissions } } } }\n": types.MeApiKeyRoleDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    permissions\n    builtIn\n    archivedAt\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  mutation roleCreate($input: RoleCreateInput!) {\n    roleCreate(input: $input) { role { ...RoleFields } userErrors { code message field } }\n  }\n": types.RoleCreateDocument,
    "\n  mutation roleUpdate($id: ID!, $input: RoleUpdateInput!) {\n    roleUpdate(id: $id, input: $input) { role { ...RoleFields } userErrors { code message field } }\n  }\n": types.RoleUpdateDocument,
    "\n  mutation roleArchive($id: ID!) {\n    roleArchive(id: $id) { role { ...RoleFields } userErrors { code message field } }\n  }\n": types.RoleArchiveDocument,
    "\n  query roles($includeArchived: Boolean) {\n    roles(includeArchived: $includeArchived) { ...RoleFields createdAt }\n  }\n": types.RolesDocument,
    "\n  fragment BomFields on Bom {\n    id\n    name\n    kind\n    outputQuantity\n    autoAssemble\n    isDefault\n    archivedAt\n    product { sku replenishment }\n    lines { id position quantity component { sku } operation { sequence } }\n    operations { id sequence name setupMinutes minutesPerUnit resource { name } }\n  }\n": types.BomFieldsFragmentDoc,
    "\n  mutation bomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { ...BomPayloadFields }\n  }\n": types.BomCreateDocument,
    "\n  mutation bomArchive($id: ID!) {\n    bomArchive(id: $id) { ...BomPayloadFields }\n  }\n": types.BomArchiveDocument,
    "\n  mutation bomLineAdd($input: BomLineInput!, $bomId: ID!) {\n    bomLineAdd(input: $input, bomId: $bomId) {\n      bomLine { id position quantity component { sku } operation { sequence } bom { ...BomFields } }\n      userErrors { code message field }\n    }\n  }\n": types.BomLineAddDocument,
    "\n  mutation bomLineRemove($id: ID!) {\n    bomLineRemove(id: $id) { ...BomPayloadFields }\n  }\n": types.BomLineRemoveDocument,
    "\n  mutation bomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) {\n      bomLine { id quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n": types.BomLineUpdateDocument,
    "\n  mutation bomOperationAdd($input: BomOperationInput!, $bomId: ID!) {\n    bomOperationAdd(input: $input, bomId: $bomId) {\n      bomOperation { id name sequence setupMinutes minutesPerUnit resource { name } }\n      userErrors { code message field }\n    }\n  }\n": types.BomOperationAddDocument,
    "\n  mutation bomOperationRemove($id: ID!) {\n    bomOperationRemove(id: $id) { ...BomPayloadFields }\n  }\n": types.BomOperationRemoveDocument,
    "\n  mutation bomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) {\n      bomOperation { id name sequence minutesPerUnit }\n      userErrors { code message field }\n    }\n  }\n": types.BomOperationUpdateDocument,
    "\n  mutation bomRun($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun {\n        id quantity\n        bom { name }\n        location { name }\n        movements { quantity reason product { sku } location { name } bomRun { id } }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.BomRunDocument,
    "\n  mutation bomSetDefault($id: ID!) {\n    bomSetDefault(id: $id) { ...BomPayloadFields }\n  }\n": types.BomSetDefaultDocument,
    "\n  mutation bomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { ...BomPayloadFields }\n  }\n": types.BomUpdateDocument,
    "\n  query productBoms($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku replenishment\n        bom { name kind }\n        boms(includeArchived: true) { name isDefault archivedAt }\n      }\n    }\n  }\n": types.ProductBomsDocument,
    "\n  query bomExplosion($productId: ID, $bomId: ID, $quantity: Decimal, $locationId: ID) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity, locationId: $locationId) {\n      product { sku }\n      bom { id name }\n      quantity\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { id sku name }\n      }\n      requirements { component { sku } quantity onHand available shortage }\n      cost {\n        materialCostPerUnit materialCost setupMinutes runMinutesPerUnit operationMinutesPerUnit operationMinutes\n      }\n    }\n  }\n": types.BomExplosionDocument,
    "\n  query bomExplosionTree($productId: ID, $bomId: ID, $quantity: Decimal) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {\n      bom { name }\n      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }\n      requirements { component { sku } quantity }\n    }\n  }\n": types.BomExplosionTreeDocument,
    "\n  query bomExplosionBoms($productId: ID!, $locationId: ID) {\n    bomExplosion(productId: $productId, locationId: $locationId) {\n      location { name }\n      nodes { bom { name kind } component { sku } }\n    }\n  }\n": types.BomExplosionBomsDocument,
    "\n  query bomWhereUsed($componentId: ID!) {\n    bomWhereUsed(componentId: $componentId) {\n      product { sku }\n      bom { name }\n      level\n      path\n      quantityPerUnit\n    }\n  }\n": types.BomWhereUsedDocument,
    "\n  query typename { __typename }\n": types.TypenameDocument,
    "\n  query productBomSixLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n        bom { name lines { quantity component { sku bom { name lines { quantity component { sku } } } } } }\n      }\n    }\n  }\n": types.ProductBomSixLevelsDocument,
    "\n  query productBomTwelveLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        bom { lines { component {\n          bom { lines { component {\n            bom { lines { component {\n              bom { lines { quantity component { sku } } }\n            } } }\n          } } }\n        } } }\n      }\n    }\n  }\n": types.ProductBomTwelveLevelsDocument,
    "\n  mutation customerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { id name email phone archivedAt }\n      userErrors { code message field } }\n  }\n": types.CustomerCreateDocument,
    "\n  mutation customerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { code message field } }\n  }\n": types.CustomerUpdateDocument,
    "\n  mutation customerArchive($id: ID!) {\n    customerArchive(id: $id) { customer { id archivedAt } userErrors { code message field } }\n  }\n": types.CustomerArchiveDocument,
    "\n  mutation employeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id name email } userErrors { code message field } }\n  }\n": types.EmployeeCreateDocument,
    "\n  mutation employeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { code message field } }\n  }\n": types.EmployeeUpdateDocument,
    "\n  mutation employeeArchive($id: ID!) {\n    employeeArchive(id: $id) { employee { id archivedAt } userErrors { code message field } }\n  }\n": types.EmployeeArchiveDocument,
    "\n  mutation locationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name code kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n": types.LocationCreateDocument,
    "\n  mutation locationUpdate($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) {\n      location { id name code kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n": types.LocationUpdateDocument,
    "\n  mutation locationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id archivedAt } userErrors { code message field } }\n  }\n": types.LocationArchiveDocument,
    "\n  mutation productCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment maxBatchSize }\n      userErrors { code message field }\n    }\n  }\n": types.ProductCreateDocument,
    "\n  mutation productUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { id sku name cost updatedAt }\n      userErrors { code message field }\n    }\n  }\n": types.ProductUpdateDocument,
    "\n  mutation productArchive($id: ID!) {\n    productArchive(id: $id) { product { id archivedAt } userErrors { code message field } }\n  }\n": types.ProductArchiveDocument,
    "\n  mutation resourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { code message field } }\n  }\n": types.ResourceCreateDocument,
    "\n  mutation resourceUpdate($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n": types.ResourceUpdateDocument,
    "\n  mutation resourceArchive($id: ID!) {\n    resourceArchive(id: $id) { resource { id archivedAt } userErrors { code message field } }\n  }\n": types.ResourceArchiveDocument,
    "\n  mutation supplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) {\n      supplier { id name email phone archivedAt }\n      userErrors { code message field } }\n  }\n": types.SupplierCreateDocument,
    "\n  mutation supplierUpdate($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) { supplier { id name email phone } userErrors { code message field } }\n  }\n": types.SupplierUpdateDocument,
    "\n  mutation supplierArchive($id: ID!) {\n    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { code message field } }\n  }\n": types.SupplierArchiveDocument,
    "\n  mutation productUpdateBatchSize($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { maxBatchSize name }\n      userErrors { code message field }\n    }\n  }\n": types.ProductUpdateBatchSizeDocument,
    "\n  query products($search: String, $first: Int, $after: String) {\n    products(search: $search, first: $first, after: $after) {\n      edges { node { sku barcodes primarySupplier { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ProductsDocument,
    "\n  query productsByReplenishment($replenishment: Replenishment, $search: String) {\n    products(replenishment: $replenishment, search: $search, first: 50) { edges { node { sku replenishment } } }\n  }\n": types.ProductsByReplenishmentDocument,
    "\n  query productByBarcode($code: String!) {\n    productByBarcode(code: $code) { sku name }\n  }\n": types.ProductByBarcodeDocument,
    "\n  query node($id: ID!) {\n    node(id: $id) { __typename ... on Product { sku } }\n  }\n": types.NodeDocument,
    "\n  query suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {\n    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {\n      edges { node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SuppliersDocument,
    "\n  query customers($search: String, $includeArchived: Boolean) {\n    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }\n  }\n": types.CustomersDocument,
    "\n  query employees($search: String) {\n    employees(search: $search) { edges { node { name email } } }\n  }\n": types.EmployeesDocument,
    "\n  query locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {\n    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {\n      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }\n    }\n  }\n": types.LocationsDocument,
    "\n  query resources($search: String, $includeArchived: Boolean) {\n    resources(search: $search, includeArchived: $includeArchived) {\n      edges { node { name capacityMinutesPerDay } }\n    }\n  }\n": types.ResourcesDocument,
    "\n  fragment BomPayloadFields on BomPayload {\n    bom { ...BomFields }\n    userErrors { code message field }\n  }\n": types.BomPayloadFieldsFragmentDoc,
    "\n  fragment ProductionOrderPayloadFields on ProductionOrderPayload {\n    productionOrder { ...ProductionOrderFields }\n    userErrors { code message field }\n  }\n": types.ProductionOrderPayloadFieldsFragmentDoc,
    "\n  fragment PurchaseOrderPayloadFields on PurchaseOrderPayload {\n    purchaseOrder { ...PurchaseOrderFields }\n    userErrors { code message field }\n  }\n": types.PurchaseOrderPayloadFieldsFragmentDoc,
    "\n  fragment SalesOrderPayloadFields on SalesOrderPayload {\n    salesOrder { ...SalesOrderFields }\n    userErrors { code message field }\n  }\n": types.SalesOrderPayloadFieldsFragmentDoc,
    "\n  fragment TransferOrderPayloadFields on TransferOrderPayload {\n    transferOrder { ...TransferOrderFields }\n    userErrors { code message field }\n  }\n": types.TransferOrderPayloadFieldsFragmentDoc,
    "\n  mutation settingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }\n      userErrors { code message field }\n    }\n  }\n": types.SettingsUpdateDocument,
    "\n  mutation stockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.StockAdjustDocument,
    "\n  mutation settingsUpdateOverProductionTolerance($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { overProductionTolerancePercent }\n      userErrors { code message field }\n    }\n  }\n": types.SettingsUpdateOverProductionToleranceDocument,
    "\n  mutation settingsUpdateQuantityPolicy($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { quantityPolicy allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": types.SettingsUpdateQuantityPolicyDocument,
    "\n  mutation settingsUpdateNegativeStock($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": types.SettingsUpdateNegativeStockDocument,
    "\n  query settings { settings { quantityPolicy allowNegativeStock } }\n": types.SettingsDocument,
    "\n  query settingsNegativeStock { settings { allowNegativeStock } }\n": types.SettingsNegativeStockDocument,
    "\n  query stockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.StockLevelsDocument,
    "\n  query stockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.StockMovementsDocument,
    "\n  query productStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n": types.ProductStockDocument,
    "\n  query locationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n": types.LocationStockDocument,
    "\n  query productsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n": types.ProductsWithStockDocument,
    "\n  mutation stockAdjustUserErrors($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n": types.StockAdjustUserErrorsDocument,
    "\n  subscription productionOrderEvents(\n    $orderId: ID, $rootOrderId: ID, $locationId: ID, $statuses: [ProductionOrderStatus!], $after: String\n  ) {\n    productionOrderEvents(\n      orderId: $orderId, rootOrderId: $rootOrderId, locationId: $locationId, statuses: $statuses, after: $after\n    ) {\n      id type beforeStatus afterStatus payload createdAt\n      productionOrder { number }\n    }\n  }\n": types.ProductionOrderEventsDocument,
    "\n  subscription productionOrderEventsWithOperations($orderId: ID, $rootOrderId: ID, $after: String) {\n    productionOrderEvents(orderId: $orderId, rootOrderId: $rootOrderId, after: $after) {\n      id type beforeStatus afterStatus operationBeforeStatus operationAfterStatus\n      productionOrder { number status }\n      operation { name status }\n    }\n  }\n": types.ProductionOrderEventsWithOperationsDocument,
    "\n  subscription productionOrderEventsWithReports($orderId: ID, $after: String) {\n    productionOrderEvents(orderId: $orderId, after: $after) {\n      id type afterStatus\n      report { id kind undoneAt lines { quantity scrapQuantity } }\n    }\n  }\n": types.ProductionOrderEventsWithReportsDocument,
    "\n  subscription stockLevelEvents($productId: ID, $locationId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, locationId: $locationId, after: $after) {\n      id type payload\n      product { sku barcodes }\n      location { name }\n      stockLevel { onHand }\n    }\n  }\n": types.StockLevelEventsDocument,
    "\n  subscription stockLevelEventsWithProduct($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) { id product { sku barcodes } }\n  }\n": types.StockLevelEventsWithProductDocument,
    "\n  subscription supplyOrderEvents($kind: SupplyOrderKind, $orderId: ID, $after: String) {\n    supplyOrderEvents(kind: $kind, orderId: $orderId, after: $after) {\n      id type kind beforeStatus afterStatus\n      purchaseOrder { number }\n      transferOrder { number }\n    }\n  }\n": types.SupplyOrderEventsDocument,
    "\n  subscription salesOrderEvents($orderId: ID, $locationId: ID, $statuses: [SalesOrderStatus!], $after: String) {\n    salesOrderEvents(orderId: $orderId, locationId: $locationId, statuses: $statuses, after: $after) {\n      id type beforeStatus afterStatus payload\n      salesOrder { number status }\n    }\n  }\n": types.SalesOrderEventsDocument,
    "\n  fragment ProductionOrderFields on ProductionOrder {\n    id\n    number\n    status\n    version\n    lines { quantity producedQuantity }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n  }\n": types.ProductionOrderFieldsFragmentDoc,
    "\n  fragment ProductionOrderDetails on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n": types.ProductionOrderDetailsFragmentDoc,
    "\n  mutation productionOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { ...ProductionOrderPayloadFields }\n  }\n": types.ProductionOrderCreateDocument,
    "\n  mutation productionOrderCreateWithDetails($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...ProductionOrderDetails }\n      userErrors { code message field }\n    }\n  }\n": types.ProductionOrderCreateWithDetailsDocument,
    "\n  mutation productionOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { ...ProductionOrderPayloadFields }\n  }\n": types.ProductionOrderCreateFromBomDocument,
    "\n  mutation productionOrderCreateFromBomWithDetails($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...ProductionOrderDetails }\n      userErrors { code message field }\n    }\n  }\n": types.ProductionOrderCreateFromBomWithDetailsDocument,
    "\n  mutation productionOrderAuthorize($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": types.ProductionOrderAuthorizeDocument,
    "\n  mutation productionOrderAuthorizeWithEvents($id: ID!) {\n    productionOrderAuthorize(id: $id) {\n      productionOrder { status events { type beforeStatus afterStatus } }\n      userErrors { code message field }\n    }\n  }\n": types.ProductionOrderAuthorizeWithEventsDocument,
    "\n  mutation productionOrderRelease($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {\n      productionOrder { ...ProductionOrderFields }\n      unorderedComponents { quantity product { sku } }\n      userErrors { code message field }\n    }\n  }\n": types.ProductionOrderReleaseDocument,
    "\n  mutation productionOrderReleaseWithPlanChanges($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { status }\n      unorderedComponents { product { sku } quantity }\n      userErrors {\n        code\n        field\n        planChanges { change order { number } parentOrder { number } product { sku } before after }\n      }\n    }\n  }\n": types.ProductionOrderReleaseWithPlanChangesDocument,
    "\n  mutation productionOrderStart($id: ID!, $expectedVersion: Int) {\n    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n": types.ProductionOrderStartDocument,
    "\n  mutation productionOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!], $expectedVersion: Int) {\n    productionOrderComplete(id: $id, consumption: $consumption, expectedVersion: $expectedVersion) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": types.ProductionOrderCompleteDocument,
    "\n  mutation productionOrderUndo($id: ID!, $expectedVersion: Int) {\n    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n": types.ProductionOrderUndoDocument,
    "\n  mutation productionOrderVoid($id: ID!, $expectedVersion: Int) {\n    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n": types.ProductionOrderVoidDocument,
    "\n  mutation productionOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": types.ProductionOrderComponentUpdateDocument,
    "\n  mutation productionOrderComponentUpdateAllocation($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      productionOrder { status version components { id requiredQuantity allocatedQuantity } }\n      userErrors { code message field }\n    }\n  }\n": types.ProductionOrderComponentUpdateAllocationDocument,
    "\n  mutation productionOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!, $expectedVersion: Int) {\n    productionOrderRecordWaste(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      productionOrder { ...ProductionOrderFields waste { type note movements { quantity product { sku } } } }\n      userErrors { code message field }\n    }\n  }\n": types.ProductionOrderRecordWasteDocument,
    "\n  mutation productionOrderCreatePurchaseOrders($productionOrderId: ID!, $components: [ID!], $locationId: ID) {\n    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId, components: $components, locationId: $locationId) {\n      purchaseOrders { ...PurchaseOrderFields }\n      componentsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": types.ProductionOrderCreatePurchaseOrdersDocument,
    "\n  query nodeProductionOrder($id: ID!) { node(id: $id) { ... on ProductionOrder { ...ProductionOrderDetails } } }\n": types.NodeProductionOrderDocument,
    "\n  query productionOrders(\n    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,\n    $startFrom: DateTime, $startBefore: DateTime, $first: Int\n  ) {\n    productionOrders(\n      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,\n      startFrom: $startFrom, startBefore: $startBefore, first: $first\n    ) {\n      edges { node { ...ProductionOrderDetails } }\n    }\n  }\n": types.ProductionOrdersDocument,
    "\n  query nodeProductionOrderTree($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number level path kind\n        root { number }\n        timeline { start end }\n        tree {\n          id number level path kind status orphaned late surplus startDate expectedDate\n          parent { number status }\n          children { number }\n          root { number }\n          parentComponent { product { sku } }\n          lines { quantity product { sku } }\n          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }\n          relatedOrders {\n            __typename\n            ... on ProductionOrder { number kind status }\n            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }\n            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }\n            ... on SalesOrder { number salesStatus: status customer { name } }\n          }\n        }\n      }\n    }\n  }\n": types.NodeProductionOrderTreeDocument,
    "\n  query nodeProductionOrderLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number orphaned level\n        parent { number status }\n        root { number }\n        timeline { start end }\n      }\n    }\n  }\n": types.NodeProductionOrderLinksDocument,
    "\n  query productionOrdersWithTrees($tag: String!) {\n    productionOrders(tag: $tag, first: 50) {\n      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }\n    }\n  }\n": types.ProductionOrdersWithTreesDocument,
    "\n  mutation productionOrderCreateWithTree($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder {\n        number level path kind orphaned late surplus\n        root { number }\n        tree { number }\n        children { number }\n        relatedOrders { __typename ... on SalesOrder { number } }\n        timeline { start end }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.ProductionOrderCreateWithTreeDocument,
    "\n  mutation productionOrderAuthorizeModelCheck($id: ID!, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n": types.ProductionOrderAuthorizeModelCheckDocument,
    "\n  mutation productionOrderReleaseModelCheck($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      unorderedComponents { order { id } product { sku } quantity reason }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n": types.ProductionOrderReleaseModelCheckDocument,
    "\n  query nodeProductionOrderTreeModelCheck($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        tree {\n          id\n          status\n          kind\n          surplus\n          parent { id }\n          parentComponent { id }\n          lines { product { sku } quantity }\n          components { id product { sku } requiredQuantity allocatedQuantity shortageQuantity }\n        }\n      }\n    }\n  }\n": types.NodeProductionOrderTreeModelCheckDocument,
    "\n  query schedule($from: DateTime!, $to: DateTime!, $resourceIds: [ID!], $locationId: ID, $includeDrafts: Boolean) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds, locationId: $locationId, includeDrafts: $includeDrafts) {\n      from to days\n      resources {\n        resource { name }\n        capacityMinutesPerDay\n        orders { number start end status late minutes }\n        days { date loadMinutes capacityMinutes overloaded }\n      }\n    }\n  }\n": types.ScheduleDocument,
    "\n  query scheduleWithOrders($from: DateTime!, $to: DateTime!) {\n    schedule(from: $from, to: $to) {\n      resources {\n        resource { name }\n        orders { minutes order { number status location { name } components { product { sku } } } }\n        days { loadMinutes }\n      }\n    }\n  }\n": types.ScheduleWithOrdersDocument,
    "\n  fragment ProductionOrderOperationFields on ProductionOrderOperation {\n    id position sequence name status plannedMinutes plannedStart plannedEnd completedQuantity scrappedQuantity\n    pauseReason skipReason actualMinutes runningSince version\n    resource { name }\n    line { id }\n    timeLogs { id employee { id } startedAt endedAt minutes goodQuantity scrapQuantity pauseReason }\n  }\n": types.ProductionOrderOperationFieldsFragmentDoc,
    "\n  fragment ProductionOrderOperationPayloadFields on ProductionOrderOperationPayload {\n    operation { ...ProductionOrderOperationFields order { status version } }\n    userErrors { code message field }\n  }\n": types.ProductionOrderOperationPayloadFieldsFragmentDoc,
    "\n  mutation productionOrderOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationStart(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": types.ProductionOrderOperationStartDocument,
    "\n  mutation productionOrderOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {\n    productionOrderOperationPause(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": types.ProductionOrderOperationPauseDocument,
    "\n  mutation productionOrderOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationResume(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": types.ProductionOrderOperationResumeDocument,
    "\n  mutation productionOrderOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {\n    productionOrderOperationComplete(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": types.ProductionOrderOperationCompleteDocument,
    "\n  mutation productionOrderOperationSkip($id: ID!, $input: ProductionOrderOperationSkipInput) {\n    productionOrderOperationSkip(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n": types.ProductionOrderOperationSkipDocument,
    "\n  query nodeProductionOrderOperations($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        number status version startDate releasedAt plannedMinutes actualMinutes\n        lines { id quantity }\n        operations { ...ProductionOrderOperationFields }\n      }\n    }\n  }\n": types.NodeProductionOrderOperationsDocument,
    "\n  query productionOrdersWithOperations($tag: String, $first: Int) {\n    productionOrders(tag: $tag, first: $first) {\n      edges {\n        node {\n          number plannedMinutes actualMinutes\n          operations { name status actualMinutes runningSince resource { name } timeLogs { minutes employee { name } } }\n        }\n      }\n    }\n  }\n": types.ProductionOrdersWithOperationsDocument,
    "\n  mutation productionOrderConsume($id: ID!, $expectedVersion: Int, $input: ProductionOrderConsumeInput!) {\n    productionOrderConsume(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": types.ProductionOrderConsumeDocument,
    "\n  mutation productionOrderReportOutput($id: ID!, $expectedVersion: Int, $input: ProductionOrderReportOutputInput!) {\n    productionOrderReportOutput(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n": types.ProductionOrderReportOutputDocument,
    "\n  mutation productionReportUndo($id: ID!, $expectedVersion: Int) {\n    productionReportUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n": types.ProductionReportUndoDocument,
    "\n  query nodeProductionOrderShopFloor($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        number status version\n        lines { id quantity producedQuantity scrappedQuantity }\n        components {\n          id requiredQuantity allocatedQuantity consumedQuantity variance unplanned product { id sku }\n        }\n        reports {\n          id kind at note undoneAt employee { name }\n          lines { quantity scrapQuantity allocationReleased onOrderReleased component { id } orderLine { id } }\n          movements { quantity reason product { sku } }\n        }\n        waste { type movements { quantity product { sku } } }\n      }\n    }\n  }\n": types.NodeProductionOrderShopFloorDocument,
    "\n  query productionOrdersWithReports($tag: String, $first: Int) {\n    productionOrders(tag: $tag, first: $first) {\n      edges {\n        node {\n          number\n          lines { producedQuantity scrappedQuantity }\n          components { consumedQuantity variance unplanned }\n          reports {\n            kind at employee { name }\n            lines { quantity component { product { sku } } orderLine { product { sku } } }\n            movements { quantity product { sku } }\n          }\n          waste { movements { quantity } }\n        }\n      }\n    }\n  }\n": types.ProductionOrdersWithReportsDocument,
    "\n  fragment PurchaseOrderFields on PurchaseOrder {\n    id\n    number\n    status\n    version\n    supplier { name }\n    location { name }\n    productionOrder { id }\n    lines { id quantity receivedQuantity openQuantity unitCost product { sku } }\n    movements { quantity reason location { name } purchaseOrder { number } }\n  }\n": types.PurchaseOrderFieldsFragmentDoc,
    "\n  mutation purchaseOrderCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { ...PurchaseOrderPayloadFields }\n  }\n": types.PurchaseOrderCreateDocument,
    "\n  mutation purchaseOrderPlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }\n  }\n": types.PurchaseOrderPlaceDocument,
    "\n  mutation purchaseOrderReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!, $expectedVersion: Int) {\n    purchaseOrderReceive(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...PurchaseOrderPayloadFields\n    }\n  }\n": types.PurchaseOrderReceiveDocument,
    "\n  mutation purchaseOrderUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!, $expectedVersion: Int) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...PurchaseOrderPayloadFields\n    }\n  }\n": types.PurchaseOrderUpdateLinesDocument,
    "\n  mutation purchaseOrderVoid($id: ID!, $expectedVersion: Int) {\n    purchaseOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }\n  }\n": types.PurchaseOrderVoidDocument,
    "\n  query purchaseOrders($status: [PurchaseOrderStatus!], $supplierId: ID, $productionOrderId: ID, $first: Int) {\n    purchaseOrders(status: $status, supplierId: $supplierId, productionOrderId: $productionOrderId, first: $first) {\n      edges { node { ...PurchaseOrderFields } }\n    }\n  }\n": types.PurchaseOrdersDocument,
    "\n  mutation reorderSuggestionsApply($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {\n      productionOrders { ...ProductionOrderFields }\n      purchaseOrders { ...PurchaseOrderFields }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": types.ReorderSuggestionsApplyDocument,
    "\n  mutation reorderSuggestionsApplyDrafts($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {\n      productionOrders { status location { name } lines { quantity product { sku } } }\n      purchaseOrders { status supplier { name } location { name } lines { quantity product { sku } } }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": types.ReorderSuggestionsApplyDraftsDocument,
    "\n  query reorderSuggestions($locationId: ID) {\n    reorderSuggestions(locationId: $locationId) {\n      product { sku } type available onOrder minBeforeReorder reorderQuantity suggestedQuantity\n    }\n  }\n": types.ReorderSuggestionsDocument,
    "\n  fragment SalesOrderFields on SalesOrder {\n    id\n    number\n    status\n    version\n    customer { name }\n    location { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } salesOrder { number } }\n    productionOrders { id status location { name } customer { name } lines { quantity product { sku } } }\n  }\n": types.SalesOrderFieldsFragmentDoc,
    "\n  mutation salesOrderCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { ...SalesOrderPayloadFields }\n  }\n": types.SalesOrderCreateDocument,
    "\n  mutation salesOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    salesOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n": types.SalesOrderAuthorizeDocument,
    "\n  mutation salesOrderFulfill($id: ID!, $expectedVersion: Int) {\n    salesOrderFulfill(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n": types.SalesOrderFulfillDocument,
    "\n  mutation salesOrderUpdateLines($id: ID!, $lines: [OrderLineInput!]!, $expectedVersion: Int) {\n    salesOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...SalesOrderPayloadFields\n    }\n  }\n": types.SalesOrderUpdateLinesDocument,
    "\n  mutation salesOrderVoid($id: ID!, $expectedVersion: Int) {\n    salesOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n": types.SalesOrderVoidDocument,
    "\n  query salesOrders($status: [SalesOrderStatus!], $customerId: ID, $locationId: ID, $createdAfter: DateTime) {\n    salesOrders(status: $status, customerId: $customerId, locationId: $locationId, createdAfter: $createdAfter) {\n      edges { node { number status } }\n    }\n  }\n": types.SalesOrdersDocument,
    "\n  query scan($code: String!) {\n    scan(code: $code) {\n      code\n      gs1Problem\n      gs1 {\n        sscc gtin containedGtin lot productionDate packagingDate bestBeforeDate expiryDate serial variableCount count\n        elements { ai title value }\n      }\n      matches {\n        __typename\n        ... on Product { id sku barcodes }\n        ... on Location { id name code }\n        ... on ProductionOrder { id number }\n        ... on PurchaseOrder { id number }\n        ... on TransferOrder { id number }\n        ... on SalesOrder { id number }\n      }\n    }\n  }\n": types.ScanDocument,
    "\n  query scanForTheFloor($code: String!) {\n    scan(code: $code) {\n      gs1 { gtin lot expiryDate }\n      matches {\n        __typename\n        ... on Product { id sku name unit stockLevels { location { name } onHand available } }\n        ... on Location { id name kind }\n        ... on ProductionOrder { id number orderStatus: status location { name } lines { product { sku } quantity } }\n        ... on PurchaseOrder { id number purchaseStatus: status supplier { name } }\n        ... on TransferOrder { id number transferStatus: status }\n        ... on SalesOrder { id number salesStatus: status customer { name } }\n      }\n    }\n  }\n": types.ScanForTheFloorDocument,
    "\n  query productionOrdersByNumber($number: String, $search: String) {\n    productionOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n": types.ProductionOrdersByNumberDocument,
    "\n  query purchaseOrdersByNumber($number: String, $search: String) {\n    purchaseOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n": types.PurchaseOrdersByNumberDocument,
    "\n  query salesOrdersByNumber($number: String, $search: String) {\n    salesOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n": types.SalesOrdersByNumberDocument,
    "\n  query transferOrdersByNumber($number: String, $search: String) {\n    transferOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n": types.TransferOrdersByNumberDocument,
    "\n  fragment TransferOrderFields on TransferOrder {\n    id\n    number\n    status\n    version\n    lines { id quantity movedQuantity openQuantity product { sku } }\n  }\n": types.TransferOrderFieldsFragmentDoc,
    "\n  mutation transferOrderCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { ...TransferOrderPayloadFields }\n  }\n": types.TransferOrderCreateDocument,
    "\n  mutation transferOrderComplete($id: ID!, $expectedVersion: Int) {\n    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...TransferOrderFields movements { quantity reason location { name } transferOrder { number } } }\n      userErrors { code message field }\n    }\n  }\n": types.TransferOrderCompleteDocument,
    "\n  mutation transferOrderMove($id: ID!, $lines: [TransferOrderMoveInput!]!, $expectedVersion: Int) {\n    transferOrderMove(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      transferOrder { ...TransferOrderFields movements { quantity reason location { name } } }\n      userErrors { code message field }\n    }\n  }\n": types.TransferOrderMoveDocument,
    "\n  mutation transferOrderVoid($id: ID!, $expectedVersion: Int) {\n    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...TransferOrderPayloadFields }\n  }\n": types.TransferOrderVoidDocument,
    "\n  query transferOrders($locationId: ID, $status: [TransferOrderStatus!]) {\n    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }\n  }\n": types.TransferOrdersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchExplosion($productId: ID!, $quantity: Decimal!) {\n    bomExplosion(productId: $productId, quantity: $quantity) {\n      bom { id name }\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { sku name unit }\n      }\n      requirements { component { sku } quantity available shortage }\n      cost { materialCostPerUnit materialCost operationMinutes }\n    }\n  }\n"): (typeof documents)["\n  query BenchExplosion($productId: ID!, $quantity: Decimal!) {\n    bomExplosion(productId: $productId, quantity: $quantity) {\n      bom { id name }\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { sku name unit }\n      }\n      requirements { component { sku } quantity available shortage }\n      cost { materialCostPerUnit materialCost operationMinutes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutEvents($orderId: ID!) {\n    productionOrderEvents(orderId: $orderId) { id afterStatus productionOrder { status } }\n  }\n"): (typeof documents)["\n  subscription FanoutEvents($orderId: ID!) {\n    productionOrderEvents(orderId: $orderId) { id afterStatus productionOrder { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutCreate($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { id } userErrors { message } }\n  }\n"): (typeof documents)["\n  mutation FanoutCreate($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { id } userErrors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { message } } }\n"): (typeof documents)["\n  mutation FanoutAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { message } } }\n"): (typeof documents)["\n  mutation FanoutUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutBurstEvents($locationId: ID!) {\n    stockLevelEvents(locationId: $locationId) { id product { sku barcodes } }\n  }\n"): (typeof documents)["\n  subscription FanoutBurstEvents($locationId: ID!) {\n    stockLevelEvents(locationId: $locationId) { id product { sku barcodes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutBurstAdjust($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { message } } }\n"): (typeof documents)["\n  mutation FanoutBurstAdjust($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadPing { settings { allowNegativeStock } }\n"): (typeof documents)["\n  query BadPing { settings { allowNegativeStock } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation idempotencyTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {\n    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { code message field } }\n    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation idempotencyTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {\n    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { code message field } }\n    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation apiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation apiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation apiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation apiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query me { me { apiKey { name role { name permissions } } permissions } }\n"): (typeof documents)["\n  query me { me { apiKey { name role { name permissions } } permissions } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query meApiKeyRole { me { apiKey { id role { name permissions } } } }\n"): (typeof documents)["\n  query meApiKeyRole { me { apiKey { id role { name permissions } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on Role {\n    id\n    name\n    permissions\n    builtIn\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment RoleFields on Role {\n    id\n    name\n    permissions\n    builtIn\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation roleCreate($input: RoleCreateInput!) {\n    roleCreate(input: $input) { role { ...RoleFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation roleCreate($input: RoleCreateInput!) {\n    roleCreate(input: $input) { role { ...RoleFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation roleUpdate($id: ID!, $input: RoleUpdateInput!) {\n    roleUpdate(id: $id, input: $input) { role { ...RoleFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation roleUpdate($id: ID!, $input: RoleUpdateInput!) {\n    roleUpdate(id: $id, input: $input) { role { ...RoleFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation roleArchive($id: ID!) {\n    roleArchive(id: $id) { role { ...RoleFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation roleArchive($id: ID!) {\n    roleArchive(id: $id) { role { ...RoleFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query roles($includeArchived: Boolean) {\n    roles(includeArchived: $includeArchived) { ...RoleFields createdAt }\n  }\n"): (typeof documents)["\n  query roles($includeArchived: Boolean) {\n    roles(includeArchived: $includeArchived) { ...RoleFields createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BomFields on Bom {\n    id\n    name\n    kind\n    outputQuantity\n    autoAssemble\n    isDefault\n    archivedAt\n    product { sku replenishment }\n    lines { id position quantity component { sku } operation { sequence } }\n    operations { id sequence name setupMinutes minutesPerUnit resource { name } }\n  }\n"): (typeof documents)["\n  fragment BomFields on Bom {\n    id\n    name\n    kind\n    outputQuantity\n    autoAssemble\n    isDefault\n    archivedAt\n    product { sku replenishment }\n    lines { id position quantity component { sku } operation { sequence } }\n    operations { id sequence name setupMinutes minutesPerUnit resource { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { ...BomPayloadFields }\n  }\n"): (typeof documents)["\n  mutation bomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { ...BomPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomArchive($id: ID!) {\n    bomArchive(id: $id) { ...BomPayloadFields }\n  }\n"): (typeof documents)["\n  mutation bomArchive($id: ID!) {\n    bomArchive(id: $id) { ...BomPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomLineAdd($input: BomLineInput!, $bomId: ID!) {\n    bomLineAdd(input: $input, bomId: $bomId) {\n      bomLine { id position quantity component { sku } operation { sequence } bom { ...BomFields } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation bomLineAdd($input: BomLineInput!, $bomId: ID!) {\n    bomLineAdd(input: $input, bomId: $bomId) {\n      bomLine { id position quantity component { sku } operation { sequence } bom { ...BomFields } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomLineRemove($id: ID!) {\n    bomLineRemove(id: $id) { ...BomPayloadFields }\n  }\n"): (typeof documents)["\n  mutation bomLineRemove($id: ID!) {\n    bomLineRemove(id: $id) { ...BomPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) {\n      bomLine { id quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation bomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) {\n      bomLine { id quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomOperationAdd($input: BomOperationInput!, $bomId: ID!) {\n    bomOperationAdd(input: $input, bomId: $bomId) {\n      bomOperation { id name sequence setupMinutes minutesPerUnit resource { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation bomOperationAdd($input: BomOperationInput!, $bomId: ID!) {\n    bomOperationAdd(input: $input, bomId: $bomId) {\n      bomOperation { id name sequence setupMinutes minutesPerUnit resource { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomOperationRemove($id: ID!) {\n    bomOperationRemove(id: $id) { ...BomPayloadFields }\n  }\n"): (typeof documents)["\n  mutation bomOperationRemove($id: ID!) {\n    bomOperationRemove(id: $id) { ...BomPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) {\n      bomOperation { id name sequence minutesPerUnit }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation bomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) {\n      bomOperation { id name sequence minutesPerUnit }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomRun($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun {\n        id quantity\n        bom { name }\n        location { name }\n        movements { quantity reason product { sku } location { name } bomRun { id } }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation bomRun($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun {\n        id quantity\n        bom { name }\n        location { name }\n        movements { quantity reason product { sku } location { name } bomRun { id } }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomSetDefault($id: ID!) {\n    bomSetDefault(id: $id) { ...BomPayloadFields }\n  }\n"): (typeof documents)["\n  mutation bomSetDefault($id: ID!) {\n    bomSetDefault(id: $id) { ...BomPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation bomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { ...BomPayloadFields }\n  }\n"): (typeof documents)["\n  mutation bomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { ...BomPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productBoms($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku replenishment\n        bom { name kind }\n        boms(includeArchived: true) { name isDefault archivedAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query productBoms($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku replenishment\n        bom { name kind }\n        boms(includeArchived: true) { name isDefault archivedAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query bomExplosion($productId: ID, $bomId: ID, $quantity: Decimal, $locationId: ID) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity, locationId: $locationId) {\n      product { sku }\n      bom { id name }\n      quantity\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { id sku name }\n      }\n      requirements { component { sku } quantity onHand available shortage }\n      cost {\n        materialCostPerUnit materialCost setupMinutes runMinutesPerUnit operationMinutesPerUnit operationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query bomExplosion($productId: ID, $bomId: ID, $quantity: Decimal, $locationId: ID) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity, locationId: $locationId) {\n      product { sku }\n      bom { id name }\n      quantity\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { id sku name }\n      }\n      requirements { component { sku } quantity onHand available shortage }\n      cost {\n        materialCostPerUnit materialCost setupMinutes runMinutesPerUnit operationMinutesPerUnit operationMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query bomExplosionTree($productId: ID, $bomId: ID, $quantity: Decimal) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {\n      bom { name }\n      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }\n      requirements { component { sku } quantity }\n    }\n  }\n"): (typeof documents)["\n  query bomExplosionTree($productId: ID, $bomId: ID, $quantity: Decimal) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {\n      bom { name }\n      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }\n      requirements { component { sku } quantity }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query bomExplosionBoms($productId: ID!, $locationId: ID) {\n    bomExplosion(productId: $productId, locationId: $locationId) {\n      location { name }\n      nodes { bom { name kind } component { sku } }\n    }\n  }\n"): (typeof documents)["\n  query bomExplosionBoms($productId: ID!, $locationId: ID) {\n    bomExplosion(productId: $productId, locationId: $locationId) {\n      location { name }\n      nodes { bom { name kind } component { sku } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query bomWhereUsed($componentId: ID!) {\n    bomWhereUsed(componentId: $componentId) {\n      product { sku }\n      bom { name }\n      level\n      path\n      quantityPerUnit\n    }\n  }\n"): (typeof documents)["\n  query bomWhereUsed($componentId: ID!) {\n    bomWhereUsed(componentId: $componentId) {\n      product { sku }\n      bom { name }\n      level\n      path\n      quantityPerUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query typename { __typename }\n"): (typeof documents)["\n  query typename { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productBomSixLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n        bom { name lines { quantity component { sku bom { name lines { quantity component { sku } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query productBomSixLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n        bom { name lines { quantity component { sku bom { name lines { quantity component { sku } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productBomTwelveLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        bom { lines { component {\n          bom { lines { component {\n            bom { lines { component {\n              bom { lines { quantity component { sku } } }\n            } } }\n          } } }\n        } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query productBomTwelveLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        bom { lines { component {\n          bom { lines { component {\n            bom { lines { component {\n              bom { lines { quantity component { sku } } }\n            } } }\n          } } }\n        } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation customerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { id name email phone archivedAt }\n      userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation customerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { id name email phone archivedAt }\n      userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation customerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation customerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation customerArchive($id: ID!) {\n    customerArchive(id: $id) { customer { id archivedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation customerArchive($id: ID!) {\n    customerArchive(id: $id) { customer { id archivedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation employeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id name email } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation employeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id name email } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation employeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation employeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation employeeArchive($id: ID!) {\n    employeeArchive(id: $id) { employee { id archivedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation employeeArchive($id: ID!) {\n    employeeArchive(id: $id) { employee { id archivedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation locationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name code kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation locationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name code kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation locationUpdate($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) {\n      location { id name code kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation locationUpdate($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) {\n      location { id name code kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation locationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id archivedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation locationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id archivedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment maxBatchSize }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment maxBatchSize }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { id sku name cost updatedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { id sku name cost updatedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productArchive($id: ID!) {\n    productArchive(id: $id) { product { id archivedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation productArchive($id: ID!) {\n    productArchive(id: $id) { product { id archivedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation resourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation resourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation resourceUpdate($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation resourceUpdate($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation resourceArchive($id: ID!) {\n    resourceArchive(id: $id) { resource { id archivedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation resourceArchive($id: ID!) {\n    resourceArchive(id: $id) { resource { id archivedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation supplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) {\n      supplier { id name email phone archivedAt }\n      userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation supplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) {\n      supplier { id name email phone archivedAt }\n      userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation supplierUpdate($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) { supplier { id name email phone } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation supplierUpdate($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) { supplier { id name email phone } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation supplierArchive($id: ID!) {\n    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation supplierArchive($id: ID!) {\n    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productUpdateBatchSize($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { maxBatchSize name }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productUpdateBatchSize($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { maxBatchSize name }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query products($search: String, $first: Int, $after: String) {\n    products(search: $search, first: $first, after: $after) {\n      edges { node { sku barcodes primarySupplier { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query products($search: String, $first: Int, $after: String) {\n    products(search: $search, first: $first, after: $after) {\n      edges { node { sku barcodes primarySupplier { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productsByReplenishment($replenishment: Replenishment, $search: String) {\n    products(replenishment: $replenishment, search: $search, first: 50) { edges { node { sku replenishment } } }\n  }\n"): (typeof documents)["\n  query productsByReplenishment($replenishment: Replenishment, $search: String) {\n    products(replenishment: $replenishment, search: $search, first: 50) { edges { node { sku replenishment } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productByBarcode($code: String!) {\n    productByBarcode(code: $code) { sku name }\n  }\n"): (typeof documents)["\n  query productByBarcode($code: String!) {\n    productByBarcode(code: $code) { sku name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query node($id: ID!) {\n    node(id: $id) { __typename ... on Product { sku } }\n  }\n"): (typeof documents)["\n  query node($id: ID!) {\n    node(id: $id) { __typename ... on Product { sku } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {\n    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {\n      edges { node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {\n    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {\n      edges { node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query customers($search: String, $includeArchived: Boolean) {\n    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }\n  }\n"): (typeof documents)["\n  query customers($search: String, $includeArchived: Boolean) {\n    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query employees($search: String) {\n    employees(search: $search) { edges { node { name email } } }\n  }\n"): (typeof documents)["\n  query employees($search: String) {\n    employees(search: $search) { edges { node { name email } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {\n    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {\n      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }\n    }\n  }\n"): (typeof documents)["\n  query locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {\n    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {\n      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query resources($search: String, $includeArchived: Boolean) {\n    resources(search: $search, includeArchived: $includeArchived) {\n      edges { node { name capacityMinutesPerDay } }\n    }\n  }\n"): (typeof documents)["\n  query resources($search: String, $includeArchived: Boolean) {\n    resources(search: $search, includeArchived: $includeArchived) {\n      edges { node { name capacityMinutesPerDay } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BomPayloadFields on BomPayload {\n    bom { ...BomFields }\n    userErrors { code message field }\n  }\n"): (typeof documents)["\n  fragment BomPayloadFields on BomPayload {\n    bom { ...BomFields }\n    userErrors { code message field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductionOrderPayloadFields on ProductionOrderPayload {\n    productionOrder { ...ProductionOrderFields }\n    userErrors { code message field }\n  }\n"): (typeof documents)["\n  fragment ProductionOrderPayloadFields on ProductionOrderPayload {\n    productionOrder { ...ProductionOrderFields }\n    userErrors { code message field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PurchaseOrderPayloadFields on PurchaseOrderPayload {\n    purchaseOrder { ...PurchaseOrderFields }\n    userErrors { code message field }\n  }\n"): (typeof documents)["\n  fragment PurchaseOrderPayloadFields on PurchaseOrderPayload {\n    purchaseOrder { ...PurchaseOrderFields }\n    userErrors { code message field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesOrderPayloadFields on SalesOrderPayload {\n    salesOrder { ...SalesOrderFields }\n    userErrors { code message field }\n  }\n"): (typeof documents)["\n  fragment SalesOrderPayloadFields on SalesOrderPayload {\n    salesOrder { ...SalesOrderFields }\n    userErrors { code message field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferOrderPayloadFields on TransferOrderPayload {\n    transferOrder { ...TransferOrderFields }\n    userErrors { code message field }\n  }\n"): (typeof documents)["\n  fragment TransferOrderPayloadFields on TransferOrderPayload {\n    transferOrder { ...TransferOrderFields }\n    userErrors { code message field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation settingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation settingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation stockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation stockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation settingsUpdateOverProductionTolerance($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { overProductionTolerancePercent }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation settingsUpdateOverProductionTolerance($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { overProductionTolerancePercent }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation settingsUpdateQuantityPolicy($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { quantityPolicy allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation settingsUpdateQuantityPolicy($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { quantityPolicy allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation settingsUpdateNegativeStock($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation settingsUpdateNegativeStock($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query settings { settings { quantityPolicy allowNegativeStock } }\n"): (typeof documents)["\n  query settings { settings { quantityPolicy allowNegativeStock } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query settingsNegativeStock { settings { allowNegativeStock } }\n"): (typeof documents)["\n  query settingsNegativeStock { settings { allowNegativeStock } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query stockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query stockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query stockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query stockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query productStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query locationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n"): (typeof documents)["\n  query locationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query productsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation stockAdjustUserErrors($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation stockAdjustUserErrors($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription productionOrderEvents(\n    $orderId: ID, $rootOrderId: ID, $locationId: ID, $statuses: [ProductionOrderStatus!], $after: String\n  ) {\n    productionOrderEvents(\n      orderId: $orderId, rootOrderId: $rootOrderId, locationId: $locationId, statuses: $statuses, after: $after\n    ) {\n      id type beforeStatus afterStatus payload createdAt\n      productionOrder { number }\n    }\n  }\n"): (typeof documents)["\n  subscription productionOrderEvents(\n    $orderId: ID, $rootOrderId: ID, $locationId: ID, $statuses: [ProductionOrderStatus!], $after: String\n  ) {\n    productionOrderEvents(\n      orderId: $orderId, rootOrderId: $rootOrderId, locationId: $locationId, statuses: $statuses, after: $after\n    ) {\n      id type beforeStatus afterStatus payload createdAt\n      productionOrder { number }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription productionOrderEventsWithOperations($orderId: ID, $rootOrderId: ID, $after: String) {\n    productionOrderEvents(orderId: $orderId, rootOrderId: $rootOrderId, after: $after) {\n      id type beforeStatus afterStatus operationBeforeStatus operationAfterStatus\n      productionOrder { number status }\n      operation { name status }\n    }\n  }\n"): (typeof documents)["\n  subscription productionOrderEventsWithOperations($orderId: ID, $rootOrderId: ID, $after: String) {\n    productionOrderEvents(orderId: $orderId, rootOrderId: $rootOrderId, after: $after) {\n      id type beforeStatus afterStatus operationBeforeStatus operationAfterStatus\n      productionOrder { number status }\n      operation { name status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription productionOrderEventsWithReports($orderId: ID, $after: String) {\n    productionOrderEvents(orderId: $orderId, after: $after) {\n      id type afterStatus\n      report { id kind undoneAt lines { quantity scrapQuantity } }\n    }\n  }\n"): (typeof documents)["\n  subscription productionOrderEventsWithReports($orderId: ID, $after: String) {\n    productionOrderEvents(orderId: $orderId, after: $after) {\n      id type afterStatus\n      report { id kind undoneAt lines { quantity scrapQuantity } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription stockLevelEvents($productId: ID, $locationId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, locationId: $locationId, after: $after) {\n      id type payload\n      product { sku barcodes }\n      location { name }\n      stockLevel { onHand }\n    }\n  }\n"): (typeof documents)["\n  subscription stockLevelEvents($productId: ID, $locationId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, locationId: $locationId, after: $after) {\n      id type payload\n      product { sku barcodes }\n      location { name }\n      stockLevel { onHand }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription stockLevelEventsWithProduct($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) { id product { sku barcodes } }\n  }\n"): (typeof documents)["\n  subscription stockLevelEventsWithProduct($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) { id product { sku barcodes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription supplyOrderEvents($kind: SupplyOrderKind, $orderId: ID, $after: String) {\n    supplyOrderEvents(kind: $kind, orderId: $orderId, after: $after) {\n      id type kind beforeStatus afterStatus\n      purchaseOrder { number }\n      transferOrder { number }\n    }\n  }\n"): (typeof documents)["\n  subscription supplyOrderEvents($kind: SupplyOrderKind, $orderId: ID, $after: String) {\n    supplyOrderEvents(kind: $kind, orderId: $orderId, after: $after) {\n      id type kind beforeStatus afterStatus\n      purchaseOrder { number }\n      transferOrder { number }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription salesOrderEvents($orderId: ID, $locationId: ID, $statuses: [SalesOrderStatus!], $after: String) {\n    salesOrderEvents(orderId: $orderId, locationId: $locationId, statuses: $statuses, after: $after) {\n      id type beforeStatus afterStatus payload\n      salesOrder { number status }\n    }\n  }\n"): (typeof documents)["\n  subscription salesOrderEvents($orderId: ID, $locationId: ID, $statuses: [SalesOrderStatus!], $after: String) {\n    salesOrderEvents(orderId: $orderId, locationId: $locationId, statuses: $statuses, after: $after) {\n      id type beforeStatus afterStatus payload\n      salesOrder { number status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductionOrderFields on ProductionOrder {\n    id\n    number\n    status\n    version\n    lines { quantity producedQuantity }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n  }\n"): (typeof documents)["\n  fragment ProductionOrderFields on ProductionOrder {\n    id\n    number\n    status\n    version\n    lines { quantity producedQuantity }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductionOrderDetails on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n"): (typeof documents)["\n  fragment ProductionOrderDetails on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { ...ProductionOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { ...ProductionOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderCreateWithDetails($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...ProductionOrderDetails }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderCreateWithDetails($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...ProductionOrderDetails }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { ...ProductionOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { ...ProductionOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderCreateFromBomWithDetails($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...ProductionOrderDetails }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderCreateFromBomWithDetails($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...ProductionOrderDetails }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderAuthorize($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderAuthorize($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderAuthorizeWithEvents($id: ID!) {\n    productionOrderAuthorize(id: $id) {\n      productionOrder { status events { type beforeStatus afterStatus } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderAuthorizeWithEvents($id: ID!) {\n    productionOrderAuthorize(id: $id) {\n      productionOrder { status events { type beforeStatus afterStatus } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderRelease($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {\n      productionOrder { ...ProductionOrderFields }\n      unorderedComponents { quantity product { sku } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderRelease($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {\n      productionOrder { ...ProductionOrderFields }\n      unorderedComponents { quantity product { sku } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderReleaseWithPlanChanges($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { status }\n      unorderedComponents { product { sku } quantity }\n      userErrors {\n        code\n        field\n        planChanges { change order { number } parentOrder { number } product { sku } before after }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderReleaseWithPlanChanges($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { status }\n      unorderedComponents { product { sku } quantity }\n      userErrors {\n        code\n        field\n        planChanges { change order { number } parentOrder { number } product { sku } before after }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderStart($id: ID!, $expectedVersion: Int) {\n    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderStart($id: ID!, $expectedVersion: Int) {\n    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!], $expectedVersion: Int) {\n    productionOrderComplete(id: $id, consumption: $consumption, expectedVersion: $expectedVersion) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!], $expectedVersion: Int) {\n    productionOrderComplete(id: $id, consumption: $consumption, expectedVersion: $expectedVersion) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderUndo($id: ID!, $expectedVersion: Int) {\n    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderUndo($id: ID!, $expectedVersion: Int) {\n    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderVoid($id: ID!, $expectedVersion: Int) {\n    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderVoid($id: ID!, $expectedVersion: Int) {\n    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderComponentUpdateAllocation($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      productionOrder { status version components { id requiredQuantity allocatedQuantity } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderComponentUpdateAllocation($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      productionOrder { status version components { id requiredQuantity allocatedQuantity } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!, $expectedVersion: Int) {\n    productionOrderRecordWaste(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      productionOrder { ...ProductionOrderFields waste { type note movements { quantity product { sku } } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!, $expectedVersion: Int) {\n    productionOrderRecordWaste(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      productionOrder { ...ProductionOrderFields waste { type note movements { quantity product { sku } } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderCreatePurchaseOrders($productionOrderId: ID!, $components: [ID!], $locationId: ID) {\n    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId, components: $components, locationId: $locationId) {\n      purchaseOrders { ...PurchaseOrderFields }\n      componentsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderCreatePurchaseOrders($productionOrderId: ID!, $components: [ID!], $locationId: ID) {\n    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId, components: $components, locationId: $locationId) {\n      purchaseOrders { ...PurchaseOrderFields }\n      componentsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query nodeProductionOrder($id: ID!) { node(id: $id) { ... on ProductionOrder { ...ProductionOrderDetails } } }\n"): (typeof documents)["\n  query nodeProductionOrder($id: ID!) { node(id: $id) { ... on ProductionOrder { ...ProductionOrderDetails } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productionOrders(\n    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,\n    $startFrom: DateTime, $startBefore: DateTime, $first: Int\n  ) {\n    productionOrders(\n      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,\n      startFrom: $startFrom, startBefore: $startBefore, first: $first\n    ) {\n      edges { node { ...ProductionOrderDetails } }\n    }\n  }\n"): (typeof documents)["\n  query productionOrders(\n    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,\n    $startFrom: DateTime, $startBefore: DateTime, $first: Int\n  ) {\n    productionOrders(\n      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,\n      startFrom: $startFrom, startBefore: $startBefore, first: $first\n    ) {\n      edges { node { ...ProductionOrderDetails } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query nodeProductionOrderTree($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number level path kind\n        root { number }\n        timeline { start end }\n        tree {\n          id number level path kind status orphaned late surplus startDate expectedDate\n          parent { number status }\n          children { number }\n          root { number }\n          parentComponent { product { sku } }\n          lines { quantity product { sku } }\n          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }\n          relatedOrders {\n            __typename\n            ... on ProductionOrder { number kind status }\n            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }\n            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }\n            ... on SalesOrder { number salesStatus: status customer { name } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query nodeProductionOrderTree($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number level path kind\n        root { number }\n        timeline { start end }\n        tree {\n          id number level path kind status orphaned late surplus startDate expectedDate\n          parent { number status }\n          children { number }\n          root { number }\n          parentComponent { product { sku } }\n          lines { quantity product { sku } }\n          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }\n          relatedOrders {\n            __typename\n            ... on ProductionOrder { number kind status }\n            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }\n            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }\n            ... on SalesOrder { number salesStatus: status customer { name } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query nodeProductionOrderLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number orphaned level\n        parent { number status }\n        root { number }\n        timeline { start end }\n      }\n    }\n  }\n"): (typeof documents)["\n  query nodeProductionOrderLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number orphaned level\n        parent { number status }\n        root { number }\n        timeline { start end }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productionOrdersWithTrees($tag: String!) {\n    productionOrders(tag: $tag, first: 50) {\n      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }\n    }\n  }\n"): (typeof documents)["\n  query productionOrdersWithTrees($tag: String!) {\n    productionOrders(tag: $tag, first: 50) {\n      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderCreateWithTree($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder {\n        number level path kind orphaned late surplus\n        root { number }\n        tree { number }\n        children { number }\n        relatedOrders { __typename ... on SalesOrder { number } }\n        timeline { start end }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderCreateWithTree($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder {\n        number level path kind orphaned late surplus\n        root { number }\n        tree { number }\n        children { number }\n        relatedOrders { __typename ... on SalesOrder { number } }\n        timeline { start end }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderAuthorizeModelCheck($id: ID!, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderAuthorizeModelCheck($id: ID!, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderReleaseModelCheck($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      unorderedComponents { order { id } product { sku } quantity reason }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderReleaseModelCheck($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      unorderedComponents { order { id } product { sku } quantity reason }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query nodeProductionOrderTreeModelCheck($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        tree {\n          id\n          status\n          kind\n          surplus\n          parent { id }\n          parentComponent { id }\n          lines { product { sku } quantity }\n          components { id product { sku } requiredQuantity allocatedQuantity shortageQuantity }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query nodeProductionOrderTreeModelCheck($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        tree {\n          id\n          status\n          kind\n          surplus\n          parent { id }\n          parentComponent { id }\n          lines { product { sku } quantity }\n          components { id product { sku } requiredQuantity allocatedQuantity shortageQuantity }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query schedule($from: DateTime!, $to: DateTime!, $resourceIds: [ID!], $locationId: ID, $includeDrafts: Boolean) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds, locationId: $locationId, includeDrafts: $includeDrafts) {\n      from to days\n      resources {\n        resource { name }\n        capacityMinutesPerDay\n        orders { number start end status late minutes }\n        days { date loadMinutes capacityMinutes overloaded }\n      }\n    }\n  }\n"): (typeof documents)["\n  query schedule($from: DateTime!, $to: DateTime!, $resourceIds: [ID!], $locationId: ID, $includeDrafts: Boolean) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds, locationId: $locationId, includeDrafts: $includeDrafts) {\n      from to days\n      resources {\n        resource { name }\n        capacityMinutesPerDay\n        orders { number start end status late minutes }\n        days { date loadMinutes capacityMinutes overloaded }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query scheduleWithOrders($from: DateTime!, $to: DateTime!) {\n    schedule(from: $from, to: $to) {\n      resources {\n        resource { name }\n        orders { minutes order { number status location { name } components { product { sku } } } }\n        days { loadMinutes }\n      }\n    }\n  }\n"): (typeof documents)["\n  query scheduleWithOrders($from: DateTime!, $to: DateTime!) {\n    schedule(from: $from, to: $to) {\n      resources {\n        resource { name }\n        orders { minutes order { number status location { name } components { product { sku } } } }\n        days { loadMinutes }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductionOrderOperationFields on ProductionOrderOperation {\n    id position sequence name status plannedMinutes plannedStart plannedEnd completedQuantity scrappedQuantity\n    pauseReason skipReason actualMinutes runningSince version\n    resource { name }\n    line { id }\n    timeLogs { id employee { id } startedAt endedAt minutes goodQuantity scrapQuantity pauseReason }\n  }\n"): (typeof documents)["\n  fragment ProductionOrderOperationFields on ProductionOrderOperation {\n    id position sequence name status plannedMinutes plannedStart plannedEnd completedQuantity scrappedQuantity\n    pauseReason skipReason actualMinutes runningSince version\n    resource { name }\n    line { id }\n    timeLogs { id employee { id } startedAt endedAt minutes goodQuantity scrapQuantity pauseReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductionOrderOperationPayloadFields on ProductionOrderOperationPayload {\n    operation { ...ProductionOrderOperationFields order { status version } }\n    userErrors { code message field }\n  }\n"): (typeof documents)["\n  fragment ProductionOrderOperationPayloadFields on ProductionOrderOperationPayload {\n    operation { ...ProductionOrderOperationFields order { status version } }\n    userErrors { code message field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationStart(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationStart(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {\n    productionOrderOperationPause(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {\n    productionOrderOperationPause(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationResume(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {\n    productionOrderOperationResume(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {\n    productionOrderOperationComplete(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {\n    productionOrderOperationComplete(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderOperationSkip($id: ID!, $input: ProductionOrderOperationSkipInput) {\n    productionOrderOperationSkip(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionOrderOperationSkip($id: ID!, $input: ProductionOrderOperationSkipInput) {\n    productionOrderOperationSkip(id: $id, input: $input) { ...ProductionOrderOperationPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query nodeProductionOrderOperations($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        number status version startDate releasedAt plannedMinutes actualMinutes\n        lines { id quantity }\n        operations { ...ProductionOrderOperationFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query nodeProductionOrderOperations($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        number status version startDate releasedAt plannedMinutes actualMinutes\n        lines { id quantity }\n        operations { ...ProductionOrderOperationFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productionOrdersWithOperations($tag: String, $first: Int) {\n    productionOrders(tag: $tag, first: $first) {\n      edges {\n        node {\n          number plannedMinutes actualMinutes\n          operations { name status actualMinutes runningSince resource { name } timeLogs { minutes employee { name } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query productionOrdersWithOperations($tag: String, $first: Int) {\n    productionOrders(tag: $tag, first: $first) {\n      edges {\n        node {\n          number plannedMinutes actualMinutes\n          operations { name status actualMinutes runningSince resource { name } timeLogs { minutes employee { name } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderConsume($id: ID!, $expectedVersion: Int, $input: ProductionOrderConsumeInput!) {\n    productionOrderConsume(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderConsume($id: ID!, $expectedVersion: Int, $input: ProductionOrderConsumeInput!) {\n    productionOrderConsume(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionOrderReportOutput($id: ID!, $expectedVersion: Int, $input: ProductionOrderReportOutputInput!) {\n    productionOrderReportOutput(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation productionOrderReportOutput($id: ID!, $expectedVersion: Int, $input: ProductionOrderReportOutputInput!) {\n    productionOrderReportOutput(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...ProductionOrderPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation productionReportUndo($id: ID!, $expectedVersion: Int) {\n    productionReportUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation productionReportUndo($id: ID!, $expectedVersion: Int) {\n    productionReportUndo(id: $id, expectedVersion: $expectedVersion) { ...ProductionOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query nodeProductionOrderShopFloor($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        number status version\n        lines { id quantity producedQuantity scrappedQuantity }\n        components {\n          id requiredQuantity allocatedQuantity consumedQuantity variance unplanned product { id sku }\n        }\n        reports {\n          id kind at note undoneAt employee { name }\n          lines { quantity scrapQuantity allocationReleased onOrderReleased component { id } orderLine { id } }\n          movements { quantity reason product { sku } }\n        }\n        waste { type movements { quantity product { sku } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query nodeProductionOrderShopFloor($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        number status version\n        lines { id quantity producedQuantity scrappedQuantity }\n        components {\n          id requiredQuantity allocatedQuantity consumedQuantity variance unplanned product { id sku }\n        }\n        reports {\n          id kind at note undoneAt employee { name }\n          lines { quantity scrapQuantity allocationReleased onOrderReleased component { id } orderLine { id } }\n          movements { quantity reason product { sku } }\n        }\n        waste { type movements { quantity product { sku } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productionOrdersWithReports($tag: String, $first: Int) {\n    productionOrders(tag: $tag, first: $first) {\n      edges {\n        node {\n          number\n          lines { producedQuantity scrappedQuantity }\n          components { consumedQuantity variance unplanned }\n          reports {\n            kind at employee { name }\n            lines { quantity component { product { sku } } orderLine { product { sku } } }\n            movements { quantity product { sku } }\n          }\n          waste { movements { quantity } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query productionOrdersWithReports($tag: String, $first: Int) {\n    productionOrders(tag: $tag, first: $first) {\n      edges {\n        node {\n          number\n          lines { producedQuantity scrappedQuantity }\n          components { consumedQuantity variance unplanned }\n          reports {\n            kind at employee { name }\n            lines { quantity component { product { sku } } orderLine { product { sku } } }\n            movements { quantity product { sku } }\n          }\n          waste { movements { quantity } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PurchaseOrderFields on PurchaseOrder {\n    id\n    number\n    status\n    version\n    supplier { name }\n    location { name }\n    productionOrder { id }\n    lines { id quantity receivedQuantity openQuantity unitCost product { sku } }\n    movements { quantity reason location { name } purchaseOrder { number } }\n  }\n"): (typeof documents)["\n  fragment PurchaseOrderFields on PurchaseOrder {\n    id\n    number\n    status\n    version\n    supplier { name }\n    location { name }\n    productionOrder { id }\n    lines { id quantity receivedQuantity openQuantity unitCost product { sku } }\n    movements { quantity reason location { name } purchaseOrder { number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation purchaseOrderCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { ...PurchaseOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation purchaseOrderCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { ...PurchaseOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation purchaseOrderPlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation purchaseOrderPlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation purchaseOrderReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!, $expectedVersion: Int) {\n    purchaseOrderReceive(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...PurchaseOrderPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation purchaseOrderReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!, $expectedVersion: Int) {\n    purchaseOrderReceive(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...PurchaseOrderPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation purchaseOrderUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!, $expectedVersion: Int) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...PurchaseOrderPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation purchaseOrderUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!, $expectedVersion: Int) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...PurchaseOrderPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation purchaseOrderVoid($id: ID!, $expectedVersion: Int) {\n    purchaseOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation purchaseOrderVoid($id: ID!, $expectedVersion: Int) {\n    purchaseOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PurchaseOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query purchaseOrders($status: [PurchaseOrderStatus!], $supplierId: ID, $productionOrderId: ID, $first: Int) {\n    purchaseOrders(status: $status, supplierId: $supplierId, productionOrderId: $productionOrderId, first: $first) {\n      edges { node { ...PurchaseOrderFields } }\n    }\n  }\n"): (typeof documents)["\n  query purchaseOrders($status: [PurchaseOrderStatus!], $supplierId: ID, $productionOrderId: ID, $first: Int) {\n    purchaseOrders(status: $status, supplierId: $supplierId, productionOrderId: $productionOrderId, first: $first) {\n      edges { node { ...PurchaseOrderFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation reorderSuggestionsApply($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {\n      productionOrders { ...ProductionOrderFields }\n      purchaseOrders { ...PurchaseOrderFields }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation reorderSuggestionsApply($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {\n      productionOrders { ...ProductionOrderFields }\n      purchaseOrders { ...PurchaseOrderFields }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation reorderSuggestionsApplyDrafts($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {\n      productionOrders { status location { name } lines { quantity product { sku } } }\n      purchaseOrders { status supplier { name } location { name } lines { quantity product { sku } } }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation reorderSuggestionsApplyDrafts($locationId: ID!, $productIds: [ID!]!, $allLocations: Boolean) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds, allLocations: $allLocations) {\n      productionOrders { status location { name } lines { quantity product { sku } } }\n      purchaseOrders { status supplier { name } location { name } lines { quantity product { sku } } }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query reorderSuggestions($locationId: ID) {\n    reorderSuggestions(locationId: $locationId) {\n      product { sku } type available onOrder minBeforeReorder reorderQuantity suggestedQuantity\n    }\n  }\n"): (typeof documents)["\n  query reorderSuggestions($locationId: ID) {\n    reorderSuggestions(locationId: $locationId) {\n      product { sku } type available onOrder minBeforeReorder reorderQuantity suggestedQuantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesOrderFields on SalesOrder {\n    id\n    number\n    status\n    version\n    customer { name }\n    location { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } salesOrder { number } }\n    productionOrders { id status location { name } customer { name } lines { quantity product { sku } } }\n  }\n"): (typeof documents)["\n  fragment SalesOrderFields on SalesOrder {\n    id\n    number\n    status\n    version\n    customer { name }\n    location { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } salesOrder { number } }\n    productionOrders { id status location { name } customer { name } lines { quantity product { sku } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation salesOrderCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { ...SalesOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation salesOrderCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { ...SalesOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation salesOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    salesOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation salesOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    salesOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation salesOrderFulfill($id: ID!, $expectedVersion: Int) {\n    salesOrderFulfill(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation salesOrderFulfill($id: ID!, $expectedVersion: Int) {\n    salesOrderFulfill(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation salesOrderUpdateLines($id: ID!, $lines: [OrderLineInput!]!, $expectedVersion: Int) {\n    salesOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...SalesOrderPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation salesOrderUpdateLines($id: ID!, $lines: [OrderLineInput!]!, $expectedVersion: Int) {\n    salesOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      ...SalesOrderPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation salesOrderVoid($id: ID!, $expectedVersion: Int) {\n    salesOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation salesOrderVoid($id: ID!, $expectedVersion: Int) {\n    salesOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...SalesOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query salesOrders($status: [SalesOrderStatus!], $customerId: ID, $locationId: ID, $createdAfter: DateTime) {\n    salesOrders(status: $status, customerId: $customerId, locationId: $locationId, createdAfter: $createdAfter) {\n      edges { node { number status } }\n    }\n  }\n"): (typeof documents)["\n  query salesOrders($status: [SalesOrderStatus!], $customerId: ID, $locationId: ID, $createdAfter: DateTime) {\n    salesOrders(status: $status, customerId: $customerId, locationId: $locationId, createdAfter: $createdAfter) {\n      edges { node { number status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query scan($code: String!) {\n    scan(code: $code) {\n      code\n      gs1Problem\n      gs1 {\n        sscc gtin containedGtin lot productionDate packagingDate bestBeforeDate expiryDate serial variableCount count\n        elements { ai title value }\n      }\n      matches {\n        __typename\n        ... on Product { id sku barcodes }\n        ... on Location { id name code }\n        ... on ProductionOrder { id number }\n        ... on PurchaseOrder { id number }\n        ... on TransferOrder { id number }\n        ... on SalesOrder { id number }\n      }\n    }\n  }\n"): (typeof documents)["\n  query scan($code: String!) {\n    scan(code: $code) {\n      code\n      gs1Problem\n      gs1 {\n        sscc gtin containedGtin lot productionDate packagingDate bestBeforeDate expiryDate serial variableCount count\n        elements { ai title value }\n      }\n      matches {\n        __typename\n        ... on Product { id sku barcodes }\n        ... on Location { id name code }\n        ... on ProductionOrder { id number }\n        ... on PurchaseOrder { id number }\n        ... on TransferOrder { id number }\n        ... on SalesOrder { id number }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query scanForTheFloor($code: String!) {\n    scan(code: $code) {\n      gs1 { gtin lot expiryDate }\n      matches {\n        __typename\n        ... on Product { id sku name unit stockLevels { location { name } onHand available } }\n        ... on Location { id name kind }\n        ... on ProductionOrder { id number orderStatus: status location { name } lines { product { sku } quantity } }\n        ... on PurchaseOrder { id number purchaseStatus: status supplier { name } }\n        ... on TransferOrder { id number transferStatus: status }\n        ... on SalesOrder { id number salesStatus: status customer { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query scanForTheFloor($code: String!) {\n    scan(code: $code) {\n      gs1 { gtin lot expiryDate }\n      matches {\n        __typename\n        ... on Product { id sku name unit stockLevels { location { name } onHand available } }\n        ... on Location { id name kind }\n        ... on ProductionOrder { id number orderStatus: status location { name } lines { product { sku } quantity } }\n        ... on PurchaseOrder { id number purchaseStatus: status supplier { name } }\n        ... on TransferOrder { id number transferStatus: status }\n        ... on SalesOrder { id number salesStatus: status customer { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query productionOrdersByNumber($number: String, $search: String) {\n    productionOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n"): (typeof documents)["\n  query productionOrdersByNumber($number: String, $search: String) {\n    productionOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query purchaseOrdersByNumber($number: String, $search: String) {\n    purchaseOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n"): (typeof documents)["\n  query purchaseOrdersByNumber($number: String, $search: String) {\n    purchaseOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query salesOrdersByNumber($number: String, $search: String) {\n    salesOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n"): (typeof documents)["\n  query salesOrdersByNumber($number: String, $search: String) {\n    salesOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query transferOrdersByNumber($number: String, $search: String) {\n    transferOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n"): (typeof documents)["\n  query transferOrdersByNumber($number: String, $search: String) {\n    transferOrders(number: $number, search: $search, first: 50) { edges { node { number note } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferOrderFields on TransferOrder {\n    id\n    number\n    status\n    version\n    lines { id quantity movedQuantity openQuantity product { sku } }\n  }\n"): (typeof documents)["\n  fragment TransferOrderFields on TransferOrder {\n    id\n    number\n    status\n    version\n    lines { id quantity movedQuantity openQuantity product { sku } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation transferOrderCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { ...TransferOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation transferOrderCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { ...TransferOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation transferOrderComplete($id: ID!, $expectedVersion: Int) {\n    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...TransferOrderFields movements { quantity reason location { name } transferOrder { number } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation transferOrderComplete($id: ID!, $expectedVersion: Int) {\n    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...TransferOrderFields movements { quantity reason location { name } transferOrder { number } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation transferOrderMove($id: ID!, $lines: [TransferOrderMoveInput!]!, $expectedVersion: Int) {\n    transferOrderMove(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      transferOrder { ...TransferOrderFields movements { quantity reason location { name } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation transferOrderMove($id: ID!, $lines: [TransferOrderMoveInput!]!, $expectedVersion: Int) {\n    transferOrderMove(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      transferOrder { ...TransferOrderFields movements { quantity reason location { name } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation transferOrderVoid($id: ID!, $expectedVersion: Int) {\n    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...TransferOrderPayloadFields }\n  }\n"): (typeof documents)["\n  mutation transferOrderVoid($id: ID!, $expectedVersion: Int) {\n    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...TransferOrderPayloadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query transferOrders($locationId: ID, $status: [TransferOrderStatus!]) {\n    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }\n  }\n"): (typeof documents)["\n  query transferOrders($locationId: ID, $status: [TransferOrderStatus!]) {\n    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;