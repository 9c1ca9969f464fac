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
    "\n  mutation CreateKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateKeyDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } }\n  }\n": typeof types.RevokeKeyDocument,
    "\n  query Viewer { viewer { apiKey { name } permissions } }\n": typeof types.ViewerDocument,
    "\n  mutation BadProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message field } }\n  }\n": typeof types.BadProductCreateDocument,
    "\n  mutation BadProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) { product { id } userErrors { code message field } }\n  }\n": typeof types.BadProductUpdateDocument,
    "\n  mutation BadSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id } userErrors { code message field } }\n  }\n": typeof types.BadSupplierCreateDocument,
    "\n  mutation BadCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id } userErrors { code message field } }\n  }\n": typeof types.BadCustomerCreateDocument,
    "\n  mutation BadEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id } userErrors { code message field } }\n  }\n": typeof types.BadEmployeeCreateDocument,
    "\n  mutation BadLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message field } }\n  }\n": typeof types.BadLocationCreateDocument,
    "\n  mutation BadLocationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id } userErrors { code message field } }\n  }\n": typeof types.BadLocationArchiveDocument,
    "\n  mutation BadResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id } userErrors { code message field } }\n  }\n": typeof types.BadResourceCreateDocument,
    "\n  mutation BadBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": typeof types.BadBomCreateDocument,
    "\n  mutation BadBomLineAdd($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) { bomLine { id } userErrors { code message field } }\n  }\n": typeof types.BadBomLineAddDocument,
    "\n  mutation BadBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) { bomLine { id } userErrors { code message field } }\n  }\n": typeof types.BadBomLineUpdateDocument,
    "\n  mutation BadBomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { id } userErrors { code message field } }\n  }\n": typeof types.BadBomUpdateDocument,
    "\n  mutation BadBomRun($input: BomRunInput!) {\n    bomRun(input: $input) { bomRun { id } userErrors { code message field } }\n  }\n": typeof types.BadBomRunDocument,
    "\n  mutation BadStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n": typeof types.BadStockAdjustDocument,
    "\n  mutation BadOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadOrderCreateDocument,
    "\n  mutation BadOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BadOrderAuthorizeDocument,
    "\n  mutation BadOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!]) {\n    productionOrderComplete(id: $id, consumption: $consumption) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BadOrderCompleteDocument,
    "\n  mutation BadOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BadOrderComponentUpdateDocument,
    "\n  mutation BadOrderVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadOrderVoidDocument,
    "\n  mutation BadOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadOrderRecordWasteDocument,
    "\n  mutation BadSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadSalesCreateDocument,
    "\n  mutation BadSalesFulfill($id: ID!) {\n    salesOrderFulfill(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadSalesFulfillDocument,
    "\n  mutation BadSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {\n    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadSalesUpdateLinesDocument,
    "\n  mutation BadPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadPurchaseCreateDocument,
    "\n  mutation BadPurchasePlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { id }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BadPurchasePlaceDocument,
    "\n  mutation BadPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadPurchaseReceiveDocument,
    "\n  mutation BadTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadTransferCreateDocument,
    "\n  mutation BadTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadTransferCompleteDocument,
    "\n  mutation BadTransferVoid($id: ID!) {\n    transferOrderVoid(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n": typeof types.BadTransferVoidDocument,
    "\n  mutation BadApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code message field } }\n  }\n": typeof types.BadApiKeyCreateDocument,
    "\n  mutation BadApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id } userErrors { code message field } }\n  }\n": typeof types.BadApiKeyRevokeDocument,
    "\n  mutation BadSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { allowNegativeStock } userErrors { code message field } }\n  }\n": typeof types.BadSettingsUpdateDocument,
    "\n  mutation BadReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      purchaseOrders { id }\n      userErrors { code message field }\n    }\n  }\n": typeof types.BadReorderApplyDocument,
    "\n  query BadPing { settings { allowNegativeStock } }\n": typeof types.BadPingDocument,
    "\n  mutation CreateBomForExplosion($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": typeof types.CreateBomForExplosionDocument,
    "\n  query Explosion($productId: ID, $bomId: ID, $quantity: Decimal, $locationId: ID) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity, locationId: $locationId) {\n      product { sku }\n      bom { id name }\n      quantity\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { id sku name }\n      }\n      requirements { component { sku } quantity onHand available shortage }\n      cost {\n        materialCostPerUnit materialCost setupMinutes runMinutesPerUnit operationMinutesPerUnit operationMinutes\n      }\n    }\n  }\n": typeof types.ExplosionDocument,
    "\n  query ExplosionWithLocation($productId: ID!, $locationId: ID) {\n    bomExplosion(productId: $productId, locationId: $locationId) {\n      location { name }\n      nodes { bom { name kind } component { sku } }\n    }\n  }\n": typeof types.ExplosionWithLocationDocument,
    "\n  query WhereUsed($componentId: ID!) {\n    bomWhereUsed(componentId: $componentId) {\n      product { sku }\n      bom { name }\n      level\n      path\n      quantityPerUnit\n    }\n  }\n": typeof types.WhereUsedDocument,
    "\n  query AuthOnly { __typename }\n": typeof types.AuthOnlyDocument,
    "\n  query Flat($id: ID!) {\n    node(id: $id) { ... on Product { sku } }\n  }\n": typeof types.FlatDocument,
    "\n  query NestedSixLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n        bom { name lines { quantity component { sku bom { name lines { quantity component { sku } } } } } }\n      }\n    }\n  }\n": typeof types.NestedSixLevelsDocument,
    "\n  query NestedTwelveLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        bom { lines { component {\n          bom { lines { component {\n            bom { lines { component {\n              bom { lines { quantity component { sku } } }\n            } } }\n          } } }\n        } } }\n      }\n    }\n  }\n": typeof types.NestedTwelveLevelsDocument,
    "\n  mutation CreateBomForRun($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": typeof types.CreateBomForRunDocument,
    "\n  mutation RunBom($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun {\n        id quantity\n        bom { name }\n        location { name }\n        movements { quantity reason product { sku } location { name } bomRun { id } }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RunBomDocument,
    "\n  fragment BomFields on Bom {\n    id name kind outputQuantity autoAssemble isDefault archivedAt\n    product { sku replenishment }\n    lines { id position quantity component { sku } operation { sequence } }\n    operations { id sequence name setupMinutes minutesPerUnit resource { name } }\n  }\n": typeof types.BomFieldsFragmentDoc,
    "\n  mutation CreateBom($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { ...BomFields } userErrors { code message field } }\n  }\n": typeof types.CreateBomDocument,
    "\n  mutation UpdateBom($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { ...BomFields } userErrors { code message field } }\n  }\n": typeof types.UpdateBomDocument,
    "\n  mutation AddLine($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) {\n      bomLine { id position quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddLineDocument,
    "\n  mutation UpdateLine($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) {\n      bomLine { id quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateLineDocument,
    "\n  mutation RemoveLine($id: ID!) {\n    bomLineRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n": typeof types.RemoveLineDocument,
    "\n  mutation AddOperation($bomId: ID!, $input: BomOperationInput!) {\n    bomOperationAdd(bomId: $bomId, input: $input) {\n      bomOperation { id sequence name setupMinutes minutesPerUnit resource { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddOperationDocument,
    "\n  mutation UpdateOperation($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) {\n      bomOperation { sequence name minutesPerUnit }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateOperationDocument,
    "\n  mutation RemoveOperation($id: ID!) {\n    bomOperationRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n": typeof types.RemoveOperationDocument,
    "\n  mutation SetDefault($id: ID!) {\n    bomSetDefault(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n": typeof types.SetDefaultDocument,
    "\n  mutation ArchiveBom($id: ID!) {\n    bomArchive(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n": typeof types.ArchiveBomDocument,
    "\n  query ProductBoms($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku replenishment\n        bom { name kind }\n        boms(includeArchived: true) { name isDefault archivedAt }\n      }\n    }\n  }\n": typeof types.ProductBomsDocument,
    "\n  query ExplodeForBom($productId: ID, $bomId: ID, $quantity: Decimal) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {\n      bom { name }\n      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }\n      requirements { component { sku } quantity }\n    }\n  }\n": typeof types.ExplodeForBomDocument,
    "\n  mutation CreateSupplier($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) {\n      supplier { id name email phone archivedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateSupplierDocument,
    "\n  mutation UpdateSupplier($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) {\n      supplier { id name email phone }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateSupplierDocument,
    "\n  mutation ArchiveSupplier($id: ID!) {\n    supplierArchive(id: $id) {\n      supplier { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ArchiveSupplierDocument,
    "\n  query Suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {\n    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {\n      edges { node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SuppliersDocument,
    "\n  mutation CreateCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { id name email phone }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation ArchiveCustomer($id: ID!) {\n    customerArchive(id: $id) {\n      customer { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ArchiveCustomerDocument,
    "\n  query Customers($search: String, $includeArchived: Boolean) {\n    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }\n  }\n": typeof types.CustomersDocument,
    "\n  mutation CreateEmployee($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      employee { id name email }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateEmployeeDocument,
    "\n  mutation UpdateEmployee($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      employee { id name email }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateEmployeeDocument,
    "\n  query Employees($search: String) {\n    employees(search: $search) { edges { node { name email } } }\n  }\n": typeof types.EmployeesDocument,
    "\n  mutation CreateLocation($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateLocationDocument,
    "\n  mutation UpdateLocation($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateLocationDocument,
    "\n  mutation ArchiveLocation($id: ID!) {\n    locationArchive(id: $id) {\n      location { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ArchiveLocationDocument,
    "\n  query Locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {\n    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {\n      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }\n    }\n  }\n": typeof types.LocationsDocument,
    "\n  mutation CreateResource($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateResourceDocument,
    "\n  mutation UpdateResource($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateResourceDocument,
    "\n  mutation ArchiveResource($id: ID!) {\n    resourceArchive(id: $id) {\n      resource { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ArchiveResourceDocument,
    "\n  query Resources($search: String, $includeArchived: Boolean) {\n    resources(search: $search, includeArchived: $includeArchived) {\n      edges { node { name capacityMinutesPerDay } }\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  mutation RushComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { id status } userErrors { code message field } }\n  }\n": typeof types.RushCompleteDocument,
    "\n  mutation RushAuthorize($id: ID!) {\n    productionOrderAuthorize(id: $id) { productionOrder { id status } userErrors { code message field } }\n  }\n": typeof types.RushAuthorizeDocument,
    "\n  mutation RushAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n": typeof types.RushAdjustDocument,
    "\n  mutation RushReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id status } userErrors { code message field } }\n  }\n": typeof types.RushReceiveDocument,
    "\n  mutation RushTransfer($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id status } userErrors { code message field } }\n  }\n": typeof types.RushTransferDocument,
    "\n  mutation RushCreateOrder($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { id components { product { id } requiredQuantity } lines { quantity } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RushCreateOrderDocument,
    "\n  mutation RushCreatePurchase($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id } } userErrors { code message field } }\n  }\n": typeof types.RushCreatePurchaseDocument,
    "\n  mutation RushPlacePurchase($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n": typeof types.RushPlacePurchaseDocument,
    "\n  mutation RushCreateTransfer($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n": typeof types.RushCreateTransferDocument,
    "\n  mutation InProgressAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message } }\n  }\n": typeof types.InProgressAdjustDocument,
    "\n  query InProgressViewer { viewer { permissions } }\n": typeof types.InProgressViewerDocument,
    "\n  fragment IdemOrder on ProductionOrder {\n    id number status version\n    lines { quantity producedQuantity }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n  }\n": typeof types.IdemOrderFragmentDoc,
    "\n  fragment IdemPurchase on PurchaseOrder {\n    id number status version lines { id quantity receivedQuantity product { sku } }\n  }\n": typeof types.IdemPurchaseFragmentDoc,
    "\n  fragment IdemSales on SalesOrder { id number status version lines { quantity product { sku } } }\n": typeof types.IdemSalesFragmentDoc,
    "\n  fragment IdemTransfer on TransferOrder { id number status version lines { quantity product { sku } } }\n": typeof types.IdemTransferFragmentDoc,
    "\n  fragment IdemBom on Bom {\n    id name kind isDefault archivedAt outputQuantity\n    lines { id quantity component { sku } }\n    operations { id name sequence }\n  }\n": typeof types.IdemBomFragmentDoc,
    "\n  fragment IdemErrors on UserError { code message field }\n": typeof types.IdemErrorsFragmentDoc,
    "\n  mutation IdemApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id name prefix role { name } } secret userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemApiKeyCreateDocument,
    "\n  mutation IdemApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemApiKeyRevokeDocument,
    "\n  mutation IdemBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemBomCreateDocument,
    "\n  mutation IdemBomArchive($id: ID!) { bomArchive(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } } }\n": typeof types.IdemBomArchiveDocument,
    "\n  mutation IdemBomLineAdd($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) {\n      bomLine { id quantity component { sku } bom { ...IdemBom } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemBomLineAddDocument,
    "\n  mutation IdemBomLineRemove($id: ID!) {\n    bomLineRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemBomLineRemoveDocument,
    "\n  mutation IdemBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) { bomLine { id quantity } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemBomLineUpdateDocument,
    "\n  mutation IdemBomOperationAdd($bomId: ID!, $input: BomOperationInput!) {\n    bomOperationAdd(bomId: $bomId, input: $input) {\n      bomOperation { id name sequence setupMinutes minutesPerUnit }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemBomOperationAddDocument,
    "\n  mutation IdemBomOperationRemove($id: ID!) {\n    bomOperationRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemBomOperationRemoveDocument,
    "\n  mutation IdemBomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) { bomOperation { id name sequence } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemBomOperationUpdateDocument,
    "\n  mutation IdemBomRun($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun { id quantity movements { quantity reason product { sku } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemBomRunDocument,
    "\n  mutation IdemBomSetDefault($id: ID!) {\n    bomSetDefault(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemBomSetDefaultDocument,
    "\n  mutation IdemBomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemBomUpdateDocument,
    "\n  mutation IdemCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id name email archivedAt } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemCustomerCreateDocument,
    "\n  mutation IdemCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemCustomerUpdateDocument,
    "\n  mutation IdemCustomerArchive($id: ID!) {\n    customerArchive(id: $id) { customer { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemCustomerArchiveDocument,
    "\n  mutation IdemEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id name email } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemEmployeeCreateDocument,
    "\n  mutation IdemEmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemEmployeeUpdateDocument,
    "\n  mutation IdemEmployeeArchive($id: ID!) {\n    employeeArchive(id: $id) { employee { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemEmployeeArchiveDocument,
    "\n  mutation IdemLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemLocationCreateDocument,
    "\n  mutation IdemLocationUpdate($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) { location { id name } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemLocationUpdateDocument,
    "\n  mutation IdemLocationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemLocationArchiveDocument,
    "\n  mutation IdemProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemProductCreateDocument,
    "\n  mutation IdemProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) { product { id sku name cost updatedAt } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemProductUpdateDocument,
    "\n  mutation IdemProductArchive($id: ID!) {\n    productArchive(id: $id) { product { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemProductArchiveDocument,
    "\n  mutation IdemResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemResourceCreateDocument,
    "\n  mutation IdemResourceUpdate($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemResourceUpdateDocument,
    "\n  mutation IdemResourceArchive($id: ID!) {\n    resourceArchive(id: $id) { resource { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemResourceArchiveDocument,
    "\n  mutation IdemSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemSupplierCreateDocument,
    "\n  mutation IdemSupplierUpdate($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemSupplierUpdateDocument,
    "\n  mutation IdemSupplierArchive($id: ID!) {\n    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemSupplierArchiveDocument,
    "\n  mutation IdemSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemSettingsUpdateDocument,
    "\n  mutation IdemStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment { id type note movements { quantity reason product { sku } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemStockAdjustDocument,
    "\n  mutation IdemOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemOrderCreateDocument,
    "\n  mutation IdemOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemOrderCreateFromBomDocument,
    "\n  mutation IdemOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { ...IdemOrder }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemOrderAuthorizeDocument,
    "\n  mutation IdemOrderAuthorizeWithEvents($id: ID!) {\n    productionOrderAuthorize(id: $id) {\n      productionOrder { status events { type beforeStatus afterStatus } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemOrderAuthorizeWithEventsDocument,
    "\n  mutation IdemOrderRelease($id: ID!) {\n    productionOrderRelease(id: $id) {\n      productionOrder { ...IdemOrder }\n      unorderedComponents { quantity product { sku } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemOrderReleaseDocument,
    "\n  mutation IdemOrderStart($id: ID!) {\n    productionOrderStart(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemOrderStartDocument,
    "\n  mutation IdemOrderComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemOrderCompleteDocument,
    "\n  mutation IdemOrderUndo($id: ID!) {\n    productionOrderUndo(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemOrderUndoDocument,
    "\n  mutation IdemOrderVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemOrderVoidDocument,
    "\n  mutation IdemOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {\n      productionOrder { ...IdemOrder }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemOrderComponentUpdateDocument,
    "\n  mutation IdemOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) {\n      productionOrder { ...IdemOrder waste { type movements { quantity } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemOrderRecordWasteDocument,
    "\n  mutation IdemOrderCreatePurchaseOrders($productionOrderId: ID!) {\n    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId) {\n      purchaseOrders { ...IdemPurchase }\n      componentsWithoutSupplier { sku }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemOrderCreatePurchaseOrdersDocument,
    "\n  mutation IdemPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemPurchaseCreateDocument,
    "\n  mutation IdemPurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemPurchasePlaceDocument,
    "\n  mutation IdemPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) {\n      purchaseOrder { ...IdemPurchase movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemPurchaseReceiveDocument,
    "\n  mutation IdemPurchaseUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines) {\n      purchaseOrder { ...IdemPurchase }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemPurchaseUpdateLinesDocument,
    "\n  mutation IdemPurchaseVoid($id: ID!) {\n    purchaseOrderVoid(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemPurchaseVoidDocument,
    "\n  mutation IdemReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      productionOrders { ...IdemOrder }\n      purchaseOrders { ...IdemPurchase }\n      productsWithoutSupplier { sku }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemReorderApplyDocument,
    "\n  mutation IdemSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemSalesCreateDocument,
    "\n  mutation IdemSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemSalesAuthorizeDocument,
    "\n  mutation IdemSalesFulfill($id: ID!) {\n    salesOrderFulfill(id: $id) {\n      salesOrder { ...IdemSales movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemSalesFulfillDocument,
    "\n  mutation IdemSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {\n    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemSalesUpdateLinesDocument,
    "\n  mutation IdemSalesVoid($id: ID!) {\n    salesOrderVoid(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemSalesVoidDocument,
    "\n  mutation IdemTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemTransferCreateDocument,
    "\n  mutation IdemTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) {\n      transferOrder { ...IdemTransfer movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": typeof types.IdemTransferCompleteDocument,
    "\n  mutation IdemTransferVoid($id: ID!) {\n    transferOrderVoid(id: $id) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemTransferVoidDocument,
    "\n  mutation IdemTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {\n    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }\n    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }\n  }\n": typeof types.IdemTwoAdjustmentsDocument,
    "\n  query IdemProducts { products(first: 1) { edges { node { sku } } } }\n": typeof types.IdemProductsDocument,
    "\n  mutation InvStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InvStockAdjustDocument,
    "\n  query InvProductStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n": typeof types.InvProductStockDocument,
    "\n  query InvStockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InvStockMovementsDocument,
    "\n  query InvStockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InvStockLevelsDocument,
    "\n  query InvLocationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n": typeof types.InvLocationStockDocument,
    "\n  query InvProductsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n": typeof types.InvProductsWithStockDocument,
    "\n  query InvSettings { settings { allowNegativeStock } }\n": typeof types.InvSettingsDocument,
    "\n  mutation InvSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InvSettingsUpdateDocument,
    "\n  subscription BurstBoardEvents($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) { id product { sku barcodes } }\n  }\n": typeof types.BurstBoardEventsDocument,
    "\n  subscription BurstWideEvents($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) {\n      id product { sku barcodes } location { name } stockLevel { onHand }\n    }\n  }\n": typeof types.BurstWideEventsDocument,
    "\n  mutation BurstLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message } }\n  }\n": typeof types.BurstLocationCreateDocument,
    "\n  mutation BurstProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message } }\n  }\n": typeof types.BurstProductCreateDocument,
    "\n  mutation BurstCount($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { code message } } }\n": typeof types.BurstCountDocument,
    "\n  subscription LiveConnStockEvents($productId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, after: $after) { id payload }\n  }\n": typeof types.LiveConnStockEventsDocument,
    "\n  mutation LiveConnAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n": typeof types.LiveConnAdjustDocument,
    "\n  mutation LiveConnRevoke($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code message } } }\n": typeof types.LiveConnRevokeDocument,
    "\n  subscription LiveRetentionStockEvents($productId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, after: $after) { id }\n  }\n": typeof types.LiveRetentionStockEventsDocument,
    "\n  subscription LiveOrderEvents(\n    $orderId: ID, $rootOrderId: ID, $locationId: ID, $statuses: [ProductionOrderStatus!], $after: String\n  ) {\n    productionOrderEvents(\n      orderId: $orderId, rootOrderId: $rootOrderId, locationId: $locationId, statuses: $statuses, after: $after\n    ) {\n      id type beforeStatus afterStatus payload createdAt\n      productionOrder { number }\n    }\n  }\n": typeof types.LiveOrderEventsDocument,
    "\n  subscription LiveStockEvents($productId: ID, $locationId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, locationId: $locationId, after: $after) {\n      id type payload\n      product { sku }\n      location { name }\n      stockLevel { onHand }\n    }\n  }\n": typeof types.LiveStockEventsDocument,
    "\n  subscription LiveSupplyEvents($kind: SupplyOrderKind, $orderId: ID, $after: String) {\n    supplyOrderEvents(kind: $kind, orderId: $orderId, after: $after) {\n      id type kind beforeStatus afterStatus\n      purchaseOrder { number }\n      transferOrder { number }\n    }\n  }\n": typeof types.LiveSupplyEventsDocument,
    "\n  subscription LiveSalesEvents($orderId: ID, $locationId: ID, $statuses: [SalesOrderStatus!], $after: String) {\n    salesOrderEvents(orderId: $orderId, locationId: $locationId, statuses: $statuses, after: $after) {\n      id type beforeStatus afterStatus payload\n      salesOrder { number status }\n    }\n  }\n": typeof types.LiveSalesEventsDocument,
    "\n  mutation LiveSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n": typeof types.LiveSalesCreateDocument,
    "\n  mutation LiveSalesAuthorize($id: ID!) { salesOrderAuthorize(id: $id) { userErrors { code message } } }\n": typeof types.LiveSalesAuthorizeDocument,
    "\n  mutation LiveSalesFulfill($id: ID!) { salesOrderFulfill(id: $id) { userErrors { code message } } }\n": typeof types.LiveSalesFulfillDocument,
    "\n  mutation LiveSalesVoid($id: ID!) { salesOrderVoid(id: $id) { userErrors { code message } } }\n": typeof types.LiveSalesVoidDocument,
    "\n  mutation LiveOrderCreate($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n": typeof types.LiveOrderCreateDocument,
    "\n  mutation LiveAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { code message } } }\n": typeof types.LiveAuthorizeDocument,
    "\n  mutation LiveRelease($id: ID!) { productionOrderRelease(id: $id) { userErrors { code message } } }\n": typeof types.LiveReleaseDocument,
    "\n  mutation LiveStart($id: ID!) { productionOrderStart(id: $id) { userErrors { code message } } }\n": typeof types.LiveStartDocument,
    "\n  mutation LiveComplete($id: ID!) { productionOrderComplete(id: $id) { userErrors { code message } } }\n": typeof types.LiveCompleteDocument,
    "\n  mutation LiveUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { code message } } }\n": typeof types.LiveUndoDocument,
    "\n  mutation LiveVoid($id: ID!) { productionOrderVoid(id: $id) { userErrors { code message } } }\n": typeof types.LiveVoidDocument,
    "\n  mutation LiveAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n": typeof types.LiveAdjustDocument,
    "\n  mutation LivePurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n": typeof types.LivePurchaseCreateDocument,
    "\n  mutation LivePurchasePlace($id: ID!) { purchaseOrderPlace(id: $id) { userErrors { code message field } } }\n": typeof types.LivePurchasePlaceDocument,
    "\n  mutation NestedRelease($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { status }\n      unorderedComponents { product { sku } quantity }\n      userErrors {\n        code\n        field\n        planChanges { change order { number } parentOrder { number } product { sku } before after }\n      }\n    }\n  }\n": typeof types.NestedReleaseDocument,
    "\n  query AccessMe { viewer { apiKey { id role { name permissions } } } }\n": typeof types.AccessMeDocument,
    "\n  mutation AccessCreateOrder($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { id status } userErrors { code } }\n  }\n": typeof types.AccessCreateOrderDocument,
    "\n  query OrderTreeRead($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number level path kind\n        root { number }\n        timeline { start end }\n        tree {\n          id number level path kind status orphaned late surplus startDate expectedDate\n          parent { number status }\n          children { number }\n          root { number }\n          parentComponent { product { sku } }\n          lines { quantity product { sku } }\n          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }\n          relatedOrders {\n            __typename\n            ... on ProductionOrder { number kind status }\n            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }\n            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }\n            ... on SalesOrder { number salesStatus: status customer { name } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderTreeReadDocument,
    "\n  query OrderTreeLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number orphaned level\n        parent { number status }\n        root { number }\n        timeline { start end }\n      }\n    }\n  }\n": typeof types.OrderTreeLinksDocument,
    "\n  query OrderTreeList($tag: String!) {\n    productionOrders(tag: $tag, first: 50) {\n      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }\n    }\n  }\n": typeof types.OrderTreeListDocument,
    "\n  mutation OrderTreeCreateDraft($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder {\n        number level path kind orphaned late surplus\n        root { number }\n        tree { number }\n        children { number }\n        relatedOrders { __typename ... on SalesOrder { number } }\n        timeline { start end }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.OrderTreeCreateDraftDocument,
    "\n  mutation PropsLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message field } }\n  }\n": typeof types.PropsLocationCreateDocument,
    "\n  mutation PropsSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id } userErrors { code message field } }\n  }\n": typeof types.PropsSupplierCreateDocument,
    "\n  mutation PropsResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id } userErrors { code message field } }\n  }\n": typeof types.PropsResourceCreateDocument,
    "\n  mutation PropsSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { quantityPolicy allowNegativeStock } userErrors { code message field } }\n  }\n": typeof types.PropsSettingsUpdateDocument,
    "\n  mutation PropsProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message field } }\n  }\n": typeof types.PropsProductCreateDocument,
    "\n  mutation PropsBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": typeof types.PropsBomCreateDocument,
    "\n  mutation PropsStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n": typeof types.PropsStockAdjustDocument,
    "\n  mutation PropsPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n": typeof types.PropsPurchaseCreateDocument,
    "\n  mutation PropsPurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n": typeof types.PropsPurchasePlaceDocument,
    "\n  mutation PropsOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n": typeof types.PropsOrderCreateDocument,
    "\n  mutation PropsCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id } userErrors { code message field } }\n  }\n": typeof types.PropsCustomerCreateDocument,
    "\n  mutation PropsSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n": typeof types.PropsSalesCreateDocument,
    "\n  mutation PropsSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n": typeof types.PropsSalesAuthorizeDocument,
    "\n  mutation PropsReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      productionOrders { id }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PropsReorderApplyDocument,
    "\n  mutation PropsAuthorize($id: ID!, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n": typeof types.PropsAuthorizeDocument,
    "\n  mutation PropsRelease($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      unorderedComponents { order { id } product { sku } quantity reason }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n": typeof types.PropsReleaseDocument,
    "\n  mutation PropsUndo($id: ID!) {\n    productionOrderUndo(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n": typeof types.PropsUndoDocument,
    "\n  mutation PropsVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n": typeof types.PropsVoidDocument,
    "\n  mutation PropsPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id } userErrors { code message field } }\n  }\n": typeof types.PropsPurchaseReceiveDocument,
    "\n  mutation PropsComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n": typeof types.PropsCompleteDocument,
    "\n  query PropsTree($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        tree {\n          id\n          status\n          kind\n          surplus\n          parent { id }\n          parentComponent { id }\n          lines { product { sku } quantity }\n          components { id product { sku } requiredQuantity allocatedQuantity shortageQuantity }\n        }\n      }\n    }\n  }\n": typeof types.PropsTreeDocument,
    "\n  fragment PoOrderFields on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n": typeof types.PoOrderFieldsFragmentDoc,
    "\n  mutation PoCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PoCreateDocument,
    "\n  mutation PoCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PoCreateFromBomDocument,
    "\n  fragment PoStepPayload on ProductionOrderPayload {\n    productionOrder { status version }\n    userErrors { code message field }\n  }\n": typeof types.PoStepPayloadFragmentDoc,
    "\n  mutation PoAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": typeof types.PoAuthorizeDocument,
    "\n  mutation PoRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { status version }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PoReleaseDocument,
    "\n  mutation PoStart($id: ID!, $expectedVersion: Int) {\n    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": typeof types.PoStartDocument,
    "\n  mutation PoComplete($id: ID!, $expectedVersion: Int, $consumption: [ProductionOrderConsumptionInput!]) {\n    productionOrderComplete(id: $id, expectedVersion: $expectedVersion, consumption: $consumption) {\n      ...PoStepPayload\n    }\n  }\n": typeof types.PoCompleteDocument,
    "\n  mutation PoUndo($id: ID!, $expectedVersion: Int) {\n    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": typeof types.PoUndoDocument,
    "\n  mutation PoVoid($id: ID!, $expectedVersion: Int) {\n    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": typeof types.PoVoidDocument,
    "\n  mutation PoComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      productionOrder { status version components { id requiredQuantity allocatedQuantity } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PoComponentUpdateDocument,
    "\n  mutation PoWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PoWasteDocument,
    "\n  query PoNode($id: ID!) { node(id: $id) { ... on ProductionOrder { ...PoOrderFields } } }\n": typeof types.PoNodeDocument,
    "\n  query PoList(\n    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,\n    $startFrom: DateTime, $startBefore: DateTime, $first: Int\n  ) {\n    productionOrders(\n      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,\n      startFrom: $startFrom, startBefore: $startBefore, first: $first\n    ) {\n      edges { node { ...PoOrderFields } }\n    }\n  }\n": typeof types.PoListDocument,
    "\n  mutation CreateProduct($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) { __typename ... on Product { sku } }\n  }\n": typeof types.NodeLookupDocument,
    "\n  query ProductList($search: String, $first: Int, $after: String) {\n    products(search: $search, first: $first, after: $after) {\n      edges { node { sku barcodes primarySupplier { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ProductListDocument,
    "\n  mutation CreateBomForFilter($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": typeof types.CreateBomForFilterDocument,
    "\n  query ProductsByReplenishment($replenishment: Replenishment, $search: String) {\n    products(replenishment: $replenishment, search: $search, first: 50) { edges { node { sku replenishment } } }\n  }\n": typeof types.ProductsByReplenishmentDocument,
    "\n  query ProductByBarcode($code: String!) {\n    productByBarcode(code: $code) { sku name }\n  }\n": typeof types.ProductByBarcodeDocument,
    "\n  mutation ProductBatchCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id maxBatchSize }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductBatchCreateDocument,
    "\n  mutation ProductBatchUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { maxBatchSize name }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ProductBatchUpdateDocument,
    "\n  fragment PurchFields on PurchaseOrder {\n    id number status version\n    supplier { name }\n    location { name }\n    productionOrder { id }\n    lines { id quantity receivedQuantity openQuantity unitCost product { sku } }\n    movements { quantity reason location { name } purchaseOrder { number } }\n  }\n": typeof types.PurchFieldsFragmentDoc,
    "\n  mutation PurchCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PurchCreateDocument,
    "\n  mutation PurchUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!, $expectedVersion: Int) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PurchUpdateLinesDocument,
    "\n  mutation PurchPlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PurchPlaceDocument,
    "\n  mutation PurchReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!, $expectedVersion: Int) {\n    purchaseOrderReceive(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PurchReceiveDocument,
    "\n  mutation PurchVoid($id: ID!, $expectedVersion: Int) {\n    purchaseOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PurchVoidDocument,
    "\n  mutation PurchForProduction($productionOrderId: ID!, $components: [ID!], $locationId: ID) {\n    productionOrderCreatePurchaseOrders(\n      productionOrderId: $productionOrderId, components: $components, locationId: $locationId\n    ) {\n      purchaseOrders { ...PurchFields }\n      componentsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PurchForProductionDocument,
    "\n  query PurchList($status: [PurchaseOrderStatus!], $supplierId: ID, $productionOrderId: ID, $first: Int) {\n    purchaseOrders(status: $status, supplierId: $supplierId, productionOrderId: $productionOrderId, first: $first) {\n      edges { node { ...PurchFields } }\n    }\n  }\n": typeof types.PurchListDocument,
    "\n  mutation PurchSettings($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { allowOverReceipt allowNegativeStock } userErrors { code } }\n  }\n": typeof types.PurchSettingsDocument,
    "\n  query ReorderList($locationId: ID) {\n    reorderSuggestions(locationId: $locationId) {\n      product { sku } type available onOrder minBeforeReorder reorderQuantity suggestedQuantity\n    }\n  }\n": typeof types.ReorderListDocument,
    "\n  mutation ReorderApply($productIds: [ID!]!, $locationId: ID!, $allLocations: Boolean) {\n    reorderSuggestionsApply(productIds: $productIds, locationId: $locationId, allLocations: $allLocations) {\n      productionOrders { status location { name } lines { quantity product { sku } } }\n      purchaseOrders { status supplier { name } location { name } lines { quantity product { sku } } }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ReorderApplyDocument,
    "\n  mutation ReorderPlace($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code } }\n  }\n": typeof types.ReorderPlaceDocument,
    "\n  mutation ReorderPlaceOrder($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { status } userErrors { code } }\n  }\n": typeof types.ReorderPlaceOrderDocument,
    "\n  fragment SalesFields on SalesOrder {\n    id number status version\n    customer { name }\n    location { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } salesOrder { number } }\n    productionOrders { id status location { name } customer { name } lines { quantity product { sku } } }\n  }\n": typeof types.SalesFieldsFragmentDoc,
    "\n  mutation SalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { ...SalesFields } userErrors { code message field } }\n  }\n": typeof types.SalesCreateDocument,
    "\n  mutation SalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!, $expectedVersion: Int) {\n    salesOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SalesUpdateLinesDocument,
    "\n  mutation SalesAuthorize($id: ID!, $expectedVersion: Int) {\n    salesOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SalesAuthorizeDocument,
    "\n  mutation SalesFulfill($id: ID!, $expectedVersion: Int) {\n    salesOrderFulfill(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SalesFulfillDocument,
    "\n  mutation SalesVoid($id: ID!, $expectedVersion: Int) {\n    salesOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SalesVoidDocument,
    "\n  query SalesList($status: [SalesOrderStatus!], $customerId: ID, $locationId: ID, $createdAfter: DateTime) {\n    salesOrders(status: $status, customerId: $customerId, locationId: $locationId, createdAfter: $createdAfter) {\n      edges { node { number status } }\n    }\n  }\n": typeof types.SalesListDocument,
    "\n  mutation SalesSettings($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { salesOrderProductionStatus allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SalesSettingsDocument,
    "\n  query ScheduleBoard($from: DateTime!, $to: DateTime!, $resourceIds: [ID!], $locationId: ID, $includeDrafts: Boolean) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds, locationId: $locationId, includeDrafts: $includeDrafts) {\n      from to days\n      resources {\n        resource { name }\n        capacityMinutesPerDay\n        orders { number start end status late minutes }\n        days { date loadMinutes capacityMinutes overloaded }\n      }\n    }\n  }\n": typeof types.ScheduleBoardDocument,
    "\n  query ScheduleBoardOrders($from: DateTime!, $to: DateTime!) {\n    schedule(from: $from, to: $to) {\n      resources {\n        resource { name }\n        orders { minutes order { number status location { name } components { product { sku } } } }\n        days { loadMinutes }\n      }\n    }\n  }\n": typeof types.ScheduleBoardOrdersDocument,
    "\n  query SettingsPolicyRead { settings { quantityPolicy allowNegativeStock } }\n": typeof types.SettingsPolicyReadDocument,
    "\n  mutation SettingsPolicyUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { quantityPolicy allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SettingsPolicyUpdateDocument,
    "\n  mutation FixtureOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { id version components { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.FixtureOrderCreateDocument,
    "\n  mutation FixturePurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id } } userErrors { code message field } }\n  }\n": typeof types.FixturePurchaseCreateDocument,
    "\n  mutation FixturePurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n": typeof types.FixturePurchasePlaceDocument,
    "\n  mutation FixtureSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n": typeof types.FixtureSalesCreateDocument,
    "\n  mutation FixtureSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n": typeof types.FixtureSalesAuthorizeDocument,
    "\n  mutation FixtureTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n": typeof types.FixtureTransferCreateDocument,
    "\n  mutation FixtureTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n": typeof types.FixtureTransferCompleteDocument,
    "\n  fragment XferFields on TransferOrder {\n    id number status version\n    fromLocation { name }\n    toLocation { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } transferOrder { number } }\n  }\n": typeof types.XferFieldsFragmentDoc,
    "\n  mutation XferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { ...XferFields } userErrors { code message field } }\n  }\n": typeof types.XferCreateDocument,
    "\n  mutation XferComplete($id: ID!, $expectedVersion: Int) {\n    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.XferCompleteDocument,
    "\n  mutation XferVoid($id: ID!, $expectedVersion: Int) {\n    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.XferVoidDocument,
    "\n  query XferList($locationId: ID, $status: [TransferOrderStatus!]) {\n    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }\n  }\n": typeof types.XferListDocument,
};
const documents: Documents = {
    "\n  query BenchExplosion($productId: ID!, $quantity: Decimal!) {\n    bomExplosion(productId: $productId, quantity: $quantity) {\n      bom { id name }\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { sku name unit }\n      }\n      requirements { component { sku } quantity available shortage }\n      cost { materialCostPerUnit materialCost operationMinutes }\n    }\n  }\n": types.BenchExplosionDocument,
    "\n  subscription FanoutEvents($orderId: ID!) {\n    productionOrderEvents(orderId: $orderId) { id afterStatus productionOrder { status } }\n  }\n": types.FanoutEventsDocument,
    "\n  mutation FanoutCreate($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { id } userErrors { message } }\n  }\n": types.FanoutCreateDocument,
    "\n  mutation FanoutAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { message } } }\n": types.FanoutAuthorizeDocument,
    "\n  mutation FanoutUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { message } } }\n": types.FanoutUndoDocument,
    "\n  subscription FanoutBurstEvents($locationId: ID!) {\n    stockLevelEvents(locationId: $locationId) { id product { sku barcodes } }\n  }\n": types.FanoutBurstEventsDocument,
    "\n  mutation FanoutBurstAdjust($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { message } } }\n": types.FanoutBurstAdjustDocument,
    "\n  mutation CreateKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n": types.CreateKeyDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } }\n  }\n": types.RevokeKeyDocument,
    "\n  query Viewer { viewer { apiKey { name } permissions } }\n": types.ViewerDocument,
    "\n  mutation BadProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message field } }\n  }\n": types.BadProductCreateDocument,
    "\n  mutation BadProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) { product { id } userErrors { code message field } }\n  }\n": types.BadProductUpdateDocument,
    "\n  mutation BadSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id } userErrors { code message field } }\n  }\n": types.BadSupplierCreateDocument,
    "\n  mutation BadCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id } userErrors { code message field } }\n  }\n": types.BadCustomerCreateDocument,
    "\n  mutation BadEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id } userErrors { code message field } }\n  }\n": types.BadEmployeeCreateDocument,
    "\n  mutation BadLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message field } }\n  }\n": types.BadLocationCreateDocument,
    "\n  mutation BadLocationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id } userErrors { code message field } }\n  }\n": types.BadLocationArchiveDocument,
    "\n  mutation BadResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id } userErrors { code message field } }\n  }\n": types.BadResourceCreateDocument,
    "\n  mutation BadBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": types.BadBomCreateDocument,
    "\n  mutation BadBomLineAdd($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) { bomLine { id } userErrors { code message field } }\n  }\n": types.BadBomLineAddDocument,
    "\n  mutation BadBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) { bomLine { id } userErrors { code message field } }\n  }\n": types.BadBomLineUpdateDocument,
    "\n  mutation BadBomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { id } userErrors { code message field } }\n  }\n": types.BadBomUpdateDocument,
    "\n  mutation BadBomRun($input: BomRunInput!) {\n    bomRun(input: $input) { bomRun { id } userErrors { code message field } }\n  }\n": types.BadBomRunDocument,
    "\n  mutation BadStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n": types.BadStockAdjustDocument,
    "\n  mutation BadOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n": types.BadOrderCreateDocument,
    "\n  mutation BadOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n": types.BadOrderAuthorizeDocument,
    "\n  mutation BadOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!]) {\n    productionOrderComplete(id: $id, consumption: $consumption) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n": types.BadOrderCompleteDocument,
    "\n  mutation BadOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n": types.BadOrderComponentUpdateDocument,
    "\n  mutation BadOrderVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n": types.BadOrderVoidDocument,
    "\n  mutation BadOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n": types.BadOrderRecordWasteDocument,
    "\n  mutation BadSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n": types.BadSalesCreateDocument,
    "\n  mutation BadSalesFulfill($id: ID!) {\n    salesOrderFulfill(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n": types.BadSalesFulfillDocument,
    "\n  mutation BadSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {\n    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { id } userErrors { code message field } }\n  }\n": types.BadSalesUpdateLinesDocument,
    "\n  mutation BadPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n": types.BadPurchaseCreateDocument,
    "\n  mutation BadPurchasePlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { id }\n      userErrors { code message field }\n    }\n  }\n": types.BadPurchasePlaceDocument,
    "\n  mutation BadPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id } userErrors { code message field } }\n  }\n": types.BadPurchaseReceiveDocument,
    "\n  mutation BadTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n": types.BadTransferCreateDocument,
    "\n  mutation BadTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n": types.BadTransferCompleteDocument,
    "\n  mutation BadTransferVoid($id: ID!) {\n    transferOrderVoid(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n": types.BadTransferVoidDocument,
    "\n  mutation BadApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code message field } }\n  }\n": types.BadApiKeyCreateDocument,
    "\n  mutation BadApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id } userErrors { code message field } }\n  }\n": types.BadApiKeyRevokeDocument,
    "\n  mutation BadSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { allowNegativeStock } userErrors { code message field } }\n  }\n": types.BadSettingsUpdateDocument,
    "\n  mutation BadReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      purchaseOrders { id }\n      userErrors { code message field }\n    }\n  }\n": types.BadReorderApplyDocument,
    "\n  query BadPing { settings { allowNegativeStock } }\n": types.BadPingDocument,
    "\n  mutation CreateBomForExplosion($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": types.CreateBomForExplosionDocument,
    "\n  query Explosion($productId: ID, $bomId: ID, $quantity: Decimal, $locationId: ID) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity, locationId: $locationId) {\n      product { sku }\n      bom { id name }\n      quantity\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { id sku name }\n      }\n      requirements { component { sku } quantity onHand available shortage }\n      cost {\n        materialCostPerUnit materialCost setupMinutes runMinutesPerUnit operationMinutesPerUnit operationMinutes\n      }\n    }\n  }\n": types.ExplosionDocument,
    "\n  query ExplosionWithLocation($productId: ID!, $locationId: ID) {\n    bomExplosion(productId: $productId, locationId: $locationId) {\n      location { name }\n      nodes { bom { name kind } component { sku } }\n    }\n  }\n": types.ExplosionWithLocationDocument,
    "\n  query WhereUsed($componentId: ID!) {\n    bomWhereUsed(componentId: $componentId) {\n      product { sku }\n      bom { name }\n      level\n      path\n      quantityPerUnit\n    }\n  }\n": types.WhereUsedDocument,
    "\n  query AuthOnly { __typename }\n": types.AuthOnlyDocument,
    "\n  query Flat($id: ID!) {\n    node(id: $id) { ... on Product { sku } }\n  }\n": types.FlatDocument,
    "\n  query NestedSixLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n        bom { name lines { quantity component { sku bom { name lines { quantity component { sku } } } } } }\n      }\n    }\n  }\n": types.NestedSixLevelsDocument,
    "\n  query NestedTwelveLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        bom { lines { component {\n          bom { lines { component {\n            bom { lines { component {\n              bom { lines { quantity component { sku } } }\n            } } }\n          } } }\n        } } }\n      }\n    }\n  }\n": types.NestedTwelveLevelsDocument,
    "\n  mutation CreateBomForRun($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": types.CreateBomForRunDocument,
    "\n  mutation RunBom($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun {\n        id quantity\n        bom { name }\n        location { name }\n        movements { quantity reason product { sku } location { name } bomRun { id } }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.RunBomDocument,
    "\n  fragment BomFields on Bom {\n    id name kind outputQuantity autoAssemble isDefault archivedAt\n    product { sku replenishment }\n    lines { id position quantity component { sku } operation { sequence } }\n    operations { id sequence name setupMinutes minutesPerUnit resource { name } }\n  }\n": types.BomFieldsFragmentDoc,
    "\n  mutation CreateBom($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { ...BomFields } userErrors { code message field } }\n  }\n": types.CreateBomDocument,
    "\n  mutation UpdateBom($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { ...BomFields } userErrors { code message field } }\n  }\n": types.UpdateBomDocument,
    "\n  mutation AddLine($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) {\n      bomLine { id position quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n": types.AddLineDocument,
    "\n  mutation UpdateLine($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) {\n      bomLine { id quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateLineDocument,
    "\n  mutation RemoveLine($id: ID!) {\n    bomLineRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n": types.RemoveLineDocument,
    "\n  mutation AddOperation($bomId: ID!, $input: BomOperationInput!) {\n    bomOperationAdd(bomId: $bomId, input: $input) {\n      bomOperation { id sequence name setupMinutes minutesPerUnit resource { name } }\n      userErrors { code message field }\n    }\n  }\n": types.AddOperationDocument,
    "\n  mutation UpdateOperation($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) {\n      bomOperation { sequence name minutesPerUnit }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateOperationDocument,
    "\n  mutation RemoveOperation($id: ID!) {\n    bomOperationRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n": types.RemoveOperationDocument,
    "\n  mutation SetDefault($id: ID!) {\n    bomSetDefault(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n": types.SetDefaultDocument,
    "\n  mutation ArchiveBom($id: ID!) {\n    bomArchive(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n": types.ArchiveBomDocument,
    "\n  query ProductBoms($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku replenishment\n        bom { name kind }\n        boms(includeArchived: true) { name isDefault archivedAt }\n      }\n    }\n  }\n": types.ProductBomsDocument,
    "\n  query ExplodeForBom($productId: ID, $bomId: ID, $quantity: Decimal) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {\n      bom { name }\n      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }\n      requirements { component { sku } quantity }\n    }\n  }\n": types.ExplodeForBomDocument,
    "\n  mutation CreateSupplier($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) {\n      supplier { id name email phone archivedAt }\n      userErrors { code message field }\n    }\n  }\n": types.CreateSupplierDocument,
    "\n  mutation UpdateSupplier($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) {\n      supplier { id name email phone }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateSupplierDocument,
    "\n  mutation ArchiveSupplier($id: ID!) {\n    supplierArchive(id: $id) {\n      supplier { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n": types.ArchiveSupplierDocument,
    "\n  query Suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {\n    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {\n      edges { node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SuppliersDocument,
    "\n  mutation CreateCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { id name email phone }\n      userErrors { code message field }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation ArchiveCustomer($id: ID!) {\n    customerArchive(id: $id) {\n      customer { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n": types.ArchiveCustomerDocument,
    "\n  query Customers($search: String, $includeArchived: Boolean) {\n    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }\n  }\n": types.CustomersDocument,
    "\n  mutation CreateEmployee($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      employee { id name email }\n      userErrors { code message field }\n    }\n  }\n": types.CreateEmployeeDocument,
    "\n  mutation UpdateEmployee($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      employee { id name email }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateEmployeeDocument,
    "\n  query Employees($search: String) {\n    employees(search: $search) { edges { node { name email } } }\n  }\n": types.EmployeesDocument,
    "\n  mutation CreateLocation($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n": types.CreateLocationDocument,
    "\n  mutation UpdateLocation($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateLocationDocument,
    "\n  mutation ArchiveLocation($id: ID!) {\n    locationArchive(id: $id) {\n      location { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n": types.ArchiveLocationDocument,
    "\n  query Locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {\n    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {\n      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }\n    }\n  }\n": types.LocationsDocument,
    "\n  mutation CreateResource($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n": types.CreateResourceDocument,
    "\n  mutation UpdateResource($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateResourceDocument,
    "\n  mutation ArchiveResource($id: ID!) {\n    resourceArchive(id: $id) {\n      resource { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n": types.ArchiveResourceDocument,
    "\n  query Resources($search: String, $includeArchived: Boolean) {\n    resources(search: $search, includeArchived: $includeArchived) {\n      edges { node { name capacityMinutesPerDay } }\n    }\n  }\n": types.ResourcesDocument,
    "\n  mutation RushComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { id status } userErrors { code message field } }\n  }\n": types.RushCompleteDocument,
    "\n  mutation RushAuthorize($id: ID!) {\n    productionOrderAuthorize(id: $id) { productionOrder { id status } userErrors { code message field } }\n  }\n": types.RushAuthorizeDocument,
    "\n  mutation RushAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n": types.RushAdjustDocument,
    "\n  mutation RushReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id status } userErrors { code message field } }\n  }\n": types.RushReceiveDocument,
    "\n  mutation RushTransfer($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id status } userErrors { code message field } }\n  }\n": types.RushTransferDocument,
    "\n  mutation RushCreateOrder($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { id components { product { id } requiredQuantity } lines { quantity } }\n      userErrors { code message field }\n    }\n  }\n": types.RushCreateOrderDocument,
    "\n  mutation RushCreatePurchase($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id } } userErrors { code message field } }\n  }\n": types.RushCreatePurchaseDocument,
    "\n  mutation RushPlacePurchase($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n": types.RushPlacePurchaseDocument,
    "\n  mutation RushCreateTransfer($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n": types.RushCreateTransferDocument,
    "\n  mutation InProgressAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message } }\n  }\n": types.InProgressAdjustDocument,
    "\n  query InProgressViewer { viewer { permissions } }\n": types.InProgressViewerDocument,
    "\n  fragment IdemOrder on ProductionOrder {\n    id number status version\n    lines { quantity producedQuantity }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n  }\n": types.IdemOrderFragmentDoc,
    "\n  fragment IdemPurchase on PurchaseOrder {\n    id number status version lines { id quantity receivedQuantity product { sku } }\n  }\n": types.IdemPurchaseFragmentDoc,
    "\n  fragment IdemSales on SalesOrder { id number status version lines { quantity product { sku } } }\n": types.IdemSalesFragmentDoc,
    "\n  fragment IdemTransfer on TransferOrder { id number status version lines { quantity product { sku } } }\n": types.IdemTransferFragmentDoc,
    "\n  fragment IdemBom on Bom {\n    id name kind isDefault archivedAt outputQuantity\n    lines { id quantity component { sku } }\n    operations { id name sequence }\n  }\n": types.IdemBomFragmentDoc,
    "\n  fragment IdemErrors on UserError { code message field }\n": types.IdemErrorsFragmentDoc,
    "\n  mutation IdemApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id name prefix role { name } } secret userErrors { ...IdemErrors } }\n  }\n": types.IdemApiKeyCreateDocument,
    "\n  mutation IdemApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { ...IdemErrors } }\n  }\n": types.IdemApiKeyRevokeDocument,
    "\n  mutation IdemBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": types.IdemBomCreateDocument,
    "\n  mutation IdemBomArchive($id: ID!) { bomArchive(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } } }\n": types.IdemBomArchiveDocument,
    "\n  mutation IdemBomLineAdd($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) {\n      bomLine { id quantity component { sku } bom { ...IdemBom } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemBomLineAddDocument,
    "\n  mutation IdemBomLineRemove($id: ID!) {\n    bomLineRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": types.IdemBomLineRemoveDocument,
    "\n  mutation IdemBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) { bomLine { id quantity } userErrors { ...IdemErrors } }\n  }\n": types.IdemBomLineUpdateDocument,
    "\n  mutation IdemBomOperationAdd($bomId: ID!, $input: BomOperationInput!) {\n    bomOperationAdd(bomId: $bomId, input: $input) {\n      bomOperation { id name sequence setupMinutes minutesPerUnit }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemBomOperationAddDocument,
    "\n  mutation IdemBomOperationRemove($id: ID!) {\n    bomOperationRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": types.IdemBomOperationRemoveDocument,
    "\n  mutation IdemBomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) { bomOperation { id name sequence } userErrors { ...IdemErrors } }\n  }\n": types.IdemBomOperationUpdateDocument,
    "\n  mutation IdemBomRun($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun { id quantity movements { quantity reason product { sku } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemBomRunDocument,
    "\n  mutation IdemBomSetDefault($id: ID!) {\n    bomSetDefault(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": types.IdemBomSetDefaultDocument,
    "\n  mutation IdemBomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n": types.IdemBomUpdateDocument,
    "\n  mutation IdemCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id name email archivedAt } userErrors { ...IdemErrors } }\n  }\n": types.IdemCustomerCreateDocument,
    "\n  mutation IdemCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { ...IdemErrors } }\n  }\n": types.IdemCustomerUpdateDocument,
    "\n  mutation IdemCustomerArchive($id: ID!) {\n    customerArchive(id: $id) { customer { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": types.IdemCustomerArchiveDocument,
    "\n  mutation IdemEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id name email } userErrors { ...IdemErrors } }\n  }\n": types.IdemEmployeeCreateDocument,
    "\n  mutation IdemEmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { ...IdemErrors } }\n  }\n": types.IdemEmployeeUpdateDocument,
    "\n  mutation IdemEmployeeArchive($id: ID!) {\n    employeeArchive(id: $id) { employee { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": types.IdemEmployeeArchiveDocument,
    "\n  mutation IdemLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemLocationCreateDocument,
    "\n  mutation IdemLocationUpdate($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) { location { id name } userErrors { ...IdemErrors } }\n  }\n": types.IdemLocationUpdateDocument,
    "\n  mutation IdemLocationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": types.IdemLocationArchiveDocument,
    "\n  mutation IdemProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemProductCreateDocument,
    "\n  mutation IdemProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) { product { id sku name cost updatedAt } userErrors { ...IdemErrors } }\n  }\n": types.IdemProductUpdateDocument,
    "\n  mutation IdemProductArchive($id: ID!) {\n    productArchive(id: $id) { product { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": types.IdemProductArchiveDocument,
    "\n  mutation IdemResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { ...IdemErrors } }\n  }\n": types.IdemResourceCreateDocument,
    "\n  mutation IdemResourceUpdate($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemResourceUpdateDocument,
    "\n  mutation IdemResourceArchive($id: ID!) {\n    resourceArchive(id: $id) { resource { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": types.IdemResourceArchiveDocument,
    "\n  mutation IdemSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }\n  }\n": types.IdemSupplierCreateDocument,
    "\n  mutation IdemSupplierUpdate($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }\n  }\n": types.IdemSupplierUpdateDocument,
    "\n  mutation IdemSupplierArchive($id: ID!) {\n    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { ...IdemErrors } }\n  }\n": types.IdemSupplierArchiveDocument,
    "\n  mutation IdemSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemSettingsUpdateDocument,
    "\n  mutation IdemStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment { id type note movements { quantity reason product { sku } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemStockAdjustDocument,
    "\n  mutation IdemOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": types.IdemOrderCreateDocument,
    "\n  mutation IdemOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": types.IdemOrderCreateFromBomDocument,
    "\n  mutation IdemOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { ...IdemOrder }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemOrderAuthorizeDocument,
    "\n  mutation IdemOrderAuthorizeWithEvents($id: ID!) {\n    productionOrderAuthorize(id: $id) {\n      productionOrder { status events { type beforeStatus afterStatus } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemOrderAuthorizeWithEventsDocument,
    "\n  mutation IdemOrderRelease($id: ID!) {\n    productionOrderRelease(id: $id) {\n      productionOrder { ...IdemOrder }\n      unorderedComponents { quantity product { sku } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemOrderReleaseDocument,
    "\n  mutation IdemOrderStart($id: ID!) {\n    productionOrderStart(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": types.IdemOrderStartDocument,
    "\n  mutation IdemOrderComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": types.IdemOrderCompleteDocument,
    "\n  mutation IdemOrderUndo($id: ID!) {\n    productionOrderUndo(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": types.IdemOrderUndoDocument,
    "\n  mutation IdemOrderVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n": types.IdemOrderVoidDocument,
    "\n  mutation IdemOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {\n      productionOrder { ...IdemOrder }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemOrderComponentUpdateDocument,
    "\n  mutation IdemOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) {\n      productionOrder { ...IdemOrder waste { type movements { quantity } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemOrderRecordWasteDocument,
    "\n  mutation IdemOrderCreatePurchaseOrders($productionOrderId: ID!) {\n    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId) {\n      purchaseOrders { ...IdemPurchase }\n      componentsWithoutSupplier { sku }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemOrderCreatePurchaseOrdersDocument,
    "\n  mutation IdemPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n": types.IdemPurchaseCreateDocument,
    "\n  mutation IdemPurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n": types.IdemPurchasePlaceDocument,
    "\n  mutation IdemPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) {\n      purchaseOrder { ...IdemPurchase movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemPurchaseReceiveDocument,
    "\n  mutation IdemPurchaseUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines) {\n      purchaseOrder { ...IdemPurchase }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemPurchaseUpdateLinesDocument,
    "\n  mutation IdemPurchaseVoid($id: ID!) {\n    purchaseOrderVoid(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n": types.IdemPurchaseVoidDocument,
    "\n  mutation IdemReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      productionOrders { ...IdemOrder }\n      purchaseOrders { ...IdemPurchase }\n      productsWithoutSupplier { sku }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemReorderApplyDocument,
    "\n  mutation IdemSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n": types.IdemSalesCreateDocument,
    "\n  mutation IdemSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n": types.IdemSalesAuthorizeDocument,
    "\n  mutation IdemSalesFulfill($id: ID!) {\n    salesOrderFulfill(id: $id) {\n      salesOrder { ...IdemSales movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemSalesFulfillDocument,
    "\n  mutation IdemSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {\n    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n": types.IdemSalesUpdateLinesDocument,
    "\n  mutation IdemSalesVoid($id: ID!) {\n    salesOrderVoid(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n": types.IdemSalesVoidDocument,
    "\n  mutation IdemTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }\n  }\n": types.IdemTransferCreateDocument,
    "\n  mutation IdemTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) {\n      transferOrder { ...IdemTransfer movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n": types.IdemTransferCompleteDocument,
    "\n  mutation IdemTransferVoid($id: ID!) {\n    transferOrderVoid(id: $id) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }\n  }\n": types.IdemTransferVoidDocument,
    "\n  mutation IdemTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {\n    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }\n    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }\n  }\n": types.IdemTwoAdjustmentsDocument,
    "\n  query IdemProducts { products(first: 1) { edges { node { sku } } } }\n": types.IdemProductsDocument,
    "\n  mutation InvStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.InvStockAdjustDocument,
    "\n  query InvProductStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n": types.InvProductStockDocument,
    "\n  query InvStockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InvStockMovementsDocument,
    "\n  query InvStockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InvStockLevelsDocument,
    "\n  query InvLocationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n": types.InvLocationStockDocument,
    "\n  query InvProductsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n": types.InvProductsWithStockDocument,
    "\n  query InvSettings { settings { allowNegativeStock } }\n": types.InvSettingsDocument,
    "\n  mutation InvSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": types.InvSettingsUpdateDocument,
    "\n  subscription BurstBoardEvents($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) { id product { sku barcodes } }\n  }\n": types.BurstBoardEventsDocument,
    "\n  subscription BurstWideEvents($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) {\n      id product { sku barcodes } location { name } stockLevel { onHand }\n    }\n  }\n": types.BurstWideEventsDocument,
    "\n  mutation BurstLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message } }\n  }\n": types.BurstLocationCreateDocument,
    "\n  mutation BurstProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message } }\n  }\n": types.BurstProductCreateDocument,
    "\n  mutation BurstCount($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { code message } } }\n": types.BurstCountDocument,
    "\n  subscription LiveConnStockEvents($productId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, after: $after) { id payload }\n  }\n": types.LiveConnStockEventsDocument,
    "\n  mutation LiveConnAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n": types.LiveConnAdjustDocument,
    "\n  mutation LiveConnRevoke($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code message } } }\n": types.LiveConnRevokeDocument,
    "\n  subscription LiveRetentionStockEvents($productId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, after: $after) { id }\n  }\n": types.LiveRetentionStockEventsDocument,
    "\n  subscription LiveOrderEvents(\n    $orderId: ID, $rootOrderId: ID, $locationId: ID, $statuses: [ProductionOrderStatus!], $after: String\n  ) {\n    productionOrderEvents(\n      orderId: $orderId, rootOrderId: $rootOrderId, locationId: $locationId, statuses: $statuses, after: $after\n    ) {\n      id type beforeStatus afterStatus payload createdAt\n      productionOrder { number }\n    }\n  }\n": types.LiveOrderEventsDocument,
    "\n  subscription LiveStockEvents($productId: ID, $locationId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, locationId: $locationId, after: $after) {\n      id type payload\n      product { sku }\n      location { name }\n      stockLevel { onHand }\n    }\n  }\n": types.LiveStockEventsDocument,
    "\n  subscription LiveSupplyEvents($kind: SupplyOrderKind, $orderId: ID, $after: String) {\n    supplyOrderEvents(kind: $kind, orderId: $orderId, after: $after) {\n      id type kind beforeStatus afterStatus\n      purchaseOrder { number }\n      transferOrder { number }\n    }\n  }\n": types.LiveSupplyEventsDocument,
    "\n  subscription LiveSalesEvents($orderId: ID, $locationId: ID, $statuses: [SalesOrderStatus!], $after: String) {\n    salesOrderEvents(orderId: $orderId, locationId: $locationId, statuses: $statuses, after: $after) {\n      id type beforeStatus afterStatus payload\n      salesOrder { number status }\n    }\n  }\n": types.LiveSalesEventsDocument,
    "\n  mutation LiveSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n": types.LiveSalesCreateDocument,
    "\n  mutation LiveSalesAuthorize($id: ID!) { salesOrderAuthorize(id: $id) { userErrors { code message } } }\n": types.LiveSalesAuthorizeDocument,
    "\n  mutation LiveSalesFulfill($id: ID!) { salesOrderFulfill(id: $id) { userErrors { code message } } }\n": types.LiveSalesFulfillDocument,
    "\n  mutation LiveSalesVoid($id: ID!) { salesOrderVoid(id: $id) { userErrors { code message } } }\n": types.LiveSalesVoidDocument,
    "\n  mutation LiveOrderCreate($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n": types.LiveOrderCreateDocument,
    "\n  mutation LiveAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { code message } } }\n": types.LiveAuthorizeDocument,
    "\n  mutation LiveRelease($id: ID!) { productionOrderRelease(id: $id) { userErrors { code message } } }\n": types.LiveReleaseDocument,
    "\n  mutation LiveStart($id: ID!) { productionOrderStart(id: $id) { userErrors { code message } } }\n": types.LiveStartDocument,
    "\n  mutation LiveComplete($id: ID!) { productionOrderComplete(id: $id) { userErrors { code message } } }\n": types.LiveCompleteDocument,
    "\n  mutation LiveUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { code message } } }\n": types.LiveUndoDocument,
    "\n  mutation LiveVoid($id: ID!) { productionOrderVoid(id: $id) { userErrors { code message } } }\n": types.LiveVoidDocument,
    "\n  mutation LiveAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n": types.LiveAdjustDocument,
    "\n  mutation LivePurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n": types.LivePurchaseCreateDocument,
    "\n  mutation LivePurchasePlace($id: ID!) { purchaseOrderPlace(id: $id) { userErrors { code message field } } }\n": types.LivePurchasePlaceDocument,
    "\n  mutation NestedRelease($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { status }\n      unorderedComponents { product { sku } quantity }\n      userErrors {\n        code\n        field\n        planChanges { change order { number } parentOrder { number } product { sku } before after }\n      }\n    }\n  }\n": types.NestedReleaseDocument,
    "\n  query AccessMe { viewer { apiKey { id role { name permissions } } } }\n": types.AccessMeDocument,
    "\n  mutation AccessCreateOrder($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { id status } userErrors { code } }\n  }\n": types.AccessCreateOrderDocument,
    "\n  query OrderTreeRead($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number level path kind\n        root { number }\n        timeline { start end }\n        tree {\n          id number level path kind status orphaned late surplus startDate expectedDate\n          parent { number status }\n          children { number }\n          root { number }\n          parentComponent { product { sku } }\n          lines { quantity product { sku } }\n          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }\n          relatedOrders {\n            __typename\n            ... on ProductionOrder { number kind status }\n            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }\n            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }\n            ... on SalesOrder { number salesStatus: status customer { name } }\n          }\n        }\n      }\n    }\n  }\n": types.OrderTreeReadDocument,
    "\n  query OrderTreeLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number orphaned level\n        parent { number status }\n        root { number }\n        timeline { start end }\n      }\n    }\n  }\n": types.OrderTreeLinksDocument,
    "\n  query OrderTreeList($tag: String!) {\n    productionOrders(tag: $tag, first: 50) {\n      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }\n    }\n  }\n": types.OrderTreeListDocument,
    "\n  mutation OrderTreeCreateDraft($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder {\n        number level path kind orphaned late surplus\n        root { number }\n        tree { number }\n        children { number }\n        relatedOrders { __typename ... on SalesOrder { number } }\n        timeline { start end }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.OrderTreeCreateDraftDocument,
    "\n  mutation PropsLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message field } }\n  }\n": types.PropsLocationCreateDocument,
    "\n  mutation PropsSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id } userErrors { code message field } }\n  }\n": types.PropsSupplierCreateDocument,
    "\n  mutation PropsResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id } userErrors { code message field } }\n  }\n": types.PropsResourceCreateDocument,
    "\n  mutation PropsSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { quantityPolicy allowNegativeStock } userErrors { code message field } }\n  }\n": types.PropsSettingsUpdateDocument,
    "\n  mutation PropsProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message field } }\n  }\n": types.PropsProductCreateDocument,
    "\n  mutation PropsBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": types.PropsBomCreateDocument,
    "\n  mutation PropsStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n": types.PropsStockAdjustDocument,
    "\n  mutation PropsPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n": types.PropsPurchaseCreateDocument,
    "\n  mutation PropsPurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n": types.PropsPurchasePlaceDocument,
    "\n  mutation PropsOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n": types.PropsOrderCreateDocument,
    "\n  mutation PropsCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id } userErrors { code message field } }\n  }\n": types.PropsCustomerCreateDocument,
    "\n  mutation PropsSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n": types.PropsSalesCreateDocument,
    "\n  mutation PropsSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n": types.PropsSalesAuthorizeDocument,
    "\n  mutation PropsReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      productionOrders { id }\n      userErrors { code message field }\n    }\n  }\n": types.PropsReorderApplyDocument,
    "\n  mutation PropsAuthorize($id: ID!, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n": types.PropsAuthorizeDocument,
    "\n  mutation PropsRelease($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      unorderedComponents { order { id } product { sku } quantity reason }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n": types.PropsReleaseDocument,
    "\n  mutation PropsUndo($id: ID!) {\n    productionOrderUndo(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n": types.PropsUndoDocument,
    "\n  mutation PropsVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n": types.PropsVoidDocument,
    "\n  mutation PropsPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id } userErrors { code message field } }\n  }\n": types.PropsPurchaseReceiveDocument,
    "\n  mutation PropsComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n": types.PropsCompleteDocument,
    "\n  query PropsTree($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        tree {\n          id\n          status\n          kind\n          surplus\n          parent { id }\n          parentComponent { id }\n          lines { product { sku } quantity }\n          components { id product { sku } requiredQuantity allocatedQuantity shortageQuantity }\n        }\n      }\n    }\n  }\n": types.PropsTreeDocument,
    "\n  fragment PoOrderFields on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n": types.PoOrderFieldsFragmentDoc,
    "\n  mutation PoCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": types.PoCreateDocument,
    "\n  mutation PoCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": types.PoCreateFromBomDocument,
    "\n  fragment PoStepPayload on ProductionOrderPayload {\n    productionOrder { status version }\n    userErrors { code message field }\n  }\n": types.PoStepPayloadFragmentDoc,
    "\n  mutation PoAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": types.PoAuthorizeDocument,
    "\n  mutation PoRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { status version }\n      userErrors { code message field }\n    }\n  }\n": types.PoReleaseDocument,
    "\n  mutation PoStart($id: ID!, $expectedVersion: Int) {\n    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": types.PoStartDocument,
    "\n  mutation PoComplete($id: ID!, $expectedVersion: Int, $consumption: [ProductionOrderConsumptionInput!]) {\n    productionOrderComplete(id: $id, expectedVersion: $expectedVersion, consumption: $consumption) {\n      ...PoStepPayload\n    }\n  }\n": types.PoCompleteDocument,
    "\n  mutation PoUndo($id: ID!, $expectedVersion: Int) {\n    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": types.PoUndoDocument,
    "\n  mutation PoVoid($id: ID!, $expectedVersion: Int) {\n    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": types.PoVoidDocument,
    "\n  mutation PoComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      productionOrder { status version components { id requiredQuantity allocatedQuantity } }\n      userErrors { code message field }\n    }\n  }\n": types.PoComponentUpdateDocument,
    "\n  mutation PoWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": types.PoWasteDocument,
    "\n  query PoNode($id: ID!) { node(id: $id) { ... on ProductionOrder { ...PoOrderFields } } }\n": types.PoNodeDocument,
    "\n  query PoList(\n    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,\n    $startFrom: DateTime, $startBefore: DateTime, $first: Int\n  ) {\n    productionOrders(\n      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,\n      startFrom: $startFrom, startBefore: $startBefore, first: $first\n    ) {\n      edges { node { ...PoOrderFields } }\n    }\n  }\n": types.PoListDocument,
    "\n  mutation CreateProduct($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment }\n      userErrors { code message field }\n    }\n  }\n": types.CreateProductDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) { __typename ... on Product { sku } }\n  }\n": types.NodeLookupDocument,
    "\n  query ProductList($search: String, $first: Int, $after: String) {\n    products(search: $search, first: $first, after: $after) {\n      edges { node { sku barcodes primarySupplier { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ProductListDocument,
    "\n  mutation CreateBomForFilter($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n": types.CreateBomForFilterDocument,
    "\n  query ProductsByReplenishment($replenishment: Replenishment, $search: String) {\n    products(replenishment: $replenishment, search: $search, first: 50) { edges { node { sku replenishment } } }\n  }\n": types.ProductsByReplenishmentDocument,
    "\n  query ProductByBarcode($code: String!) {\n    productByBarcode(code: $code) { sku name }\n  }\n": types.ProductByBarcodeDocument,
    "\n  mutation ProductBatchCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id maxBatchSize }\n      userErrors { code message field }\n    }\n  }\n": types.ProductBatchCreateDocument,
    "\n  mutation ProductBatchUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { maxBatchSize name }\n      userErrors { code message field }\n    }\n  }\n": types.ProductBatchUpdateDocument,
    "\n  fragment PurchFields on PurchaseOrder {\n    id number status version\n    supplier { name }\n    location { name }\n    productionOrder { id }\n    lines { id quantity receivedQuantity openQuantity unitCost product { sku } }\n    movements { quantity reason location { name } purchaseOrder { number } }\n  }\n": types.PurchFieldsFragmentDoc,
    "\n  mutation PurchCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": types.PurchCreateDocument,
    "\n  mutation PurchUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!, $expectedVersion: Int) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": types.PurchUpdateLinesDocument,
    "\n  mutation PurchPlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": types.PurchPlaceDocument,
    "\n  mutation PurchReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!, $expectedVersion: Int) {\n    purchaseOrderReceive(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": types.PurchReceiveDocument,
    "\n  mutation PurchVoid($id: ID!, $expectedVersion: Int) {\n    purchaseOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n": types.PurchVoidDocument,
    "\n  mutation PurchForProduction($productionOrderId: ID!, $components: [ID!], $locationId: ID) {\n    productionOrderCreatePurchaseOrders(\n      productionOrderId: $productionOrderId, components: $components, locationId: $locationId\n    ) {\n      purchaseOrders { ...PurchFields }\n      componentsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": types.PurchForProductionDocument,
    "\n  query PurchList($status: [PurchaseOrderStatus!], $supplierId: ID, $productionOrderId: ID, $first: Int) {\n    purchaseOrders(status: $status, supplierId: $supplierId, productionOrderId: $productionOrderId, first: $first) {\n      edges { node { ...PurchFields } }\n    }\n  }\n": types.PurchListDocument,
    "\n  mutation PurchSettings($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { allowOverReceipt allowNegativeStock } userErrors { code } }\n  }\n": types.PurchSettingsDocument,
    "\n  query ReorderList($locationId: ID) {\n    reorderSuggestions(locationId: $locationId) {\n      product { sku } type available onOrder minBeforeReorder reorderQuantity suggestedQuantity\n    }\n  }\n": types.ReorderListDocument,
    "\n  mutation ReorderApply($productIds: [ID!]!, $locationId: ID!, $allLocations: Boolean) {\n    reorderSuggestionsApply(productIds: $productIds, locationId: $locationId, allLocations: $allLocations) {\n      productionOrders { status location { name } lines { quantity product { sku } } }\n      purchaseOrders { status supplier { name } location { name } lines { quantity product { sku } } }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n": types.ReorderApplyDocument,
    "\n  mutation ReorderPlace($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code } }\n  }\n": types.ReorderPlaceDocument,
    "\n  mutation ReorderPlaceOrder($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { status } userErrors { code } }\n  }\n": types.ReorderPlaceOrderDocument,
    "\n  fragment SalesFields on SalesOrder {\n    id number status version\n    customer { name }\n    location { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } salesOrder { number } }\n    productionOrders { id status location { name } customer { name } lines { quantity product { sku } } }\n  }\n": types.SalesFieldsFragmentDoc,
    "\n  mutation SalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { ...SalesFields } userErrors { code message field } }\n  }\n": types.SalesCreateDocument,
    "\n  mutation SalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!, $expectedVersion: Int) {\n    salesOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n": types.SalesUpdateLinesDocument,
    "\n  mutation SalesAuthorize($id: ID!, $expectedVersion: Int) {\n    salesOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n": types.SalesAuthorizeDocument,
    "\n  mutation SalesFulfill($id: ID!, $expectedVersion: Int) {\n    salesOrderFulfill(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n": types.SalesFulfillDocument,
    "\n  mutation SalesVoid($id: ID!, $expectedVersion: Int) {\n    salesOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n": types.SalesVoidDocument,
    "\n  query SalesList($status: [SalesOrderStatus!], $customerId: ID, $locationId: ID, $createdAfter: DateTime) {\n    salesOrders(status: $status, customerId: $customerId, locationId: $locationId, createdAfter: $createdAfter) {\n      edges { node { number status } }\n    }\n  }\n": types.SalesListDocument,
    "\n  mutation SalesSettings($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { salesOrderProductionStatus allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": types.SalesSettingsDocument,
    "\n  query ScheduleBoard($from: DateTime!, $to: DateTime!, $resourceIds: [ID!], $locationId: ID, $includeDrafts: Boolean) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds, locationId: $locationId, includeDrafts: $includeDrafts) {\n      from to days\n      resources {\n        resource { name }\n        capacityMinutesPerDay\n        orders { number start end status late minutes }\n        days { date loadMinutes capacityMinutes overloaded }\n      }\n    }\n  }\n": types.ScheduleBoardDocument,
    "\n  query ScheduleBoardOrders($from: DateTime!, $to: DateTime!) {\n    schedule(from: $from, to: $to) {\n      resources {\n        resource { name }\n        orders { minutes order { number status location { name } components { product { sku } } } }\n        days { loadMinutes }\n      }\n    }\n  }\n": types.ScheduleBoardOrdersDocument,
    "\n  query SettingsPolicyRead { settings { quantityPolicy allowNegativeStock } }\n": types.SettingsPolicyReadDocument,
    "\n  mutation SettingsPolicyUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { quantityPolicy allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": types.SettingsPolicyUpdateDocument,
    "\n  mutation FixtureOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { id version components { id } }\n      userErrors { code message field }\n    }\n  }\n": types.FixtureOrderCreateDocument,
    "\n  mutation FixturePurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id } } userErrors { code message field } }\n  }\n": types.FixturePurchaseCreateDocument,
    "\n  mutation FixturePurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n": types.FixturePurchasePlaceDocument,
    "\n  mutation FixtureSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n": types.FixtureSalesCreateDocument,
    "\n  mutation FixtureSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n": types.FixtureSalesAuthorizeDocument,
    "\n  mutation FixtureTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n": types.FixtureTransferCreateDocument,
    "\n  mutation FixtureTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n": types.FixtureTransferCompleteDocument,
    "\n  fragment XferFields on TransferOrder {\n    id number status version\n    fromLocation { name }\n    toLocation { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } transferOrder { number } }\n  }\n": types.XferFieldsFragmentDoc,
    "\n  mutation XferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { ...XferFields } userErrors { code message field } }\n  }\n": types.XferCreateDocument,
    "\n  mutation XferComplete($id: ID!, $expectedVersion: Int) {\n    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n": types.XferCompleteDocument,
    "\n  mutation XferVoid($id: ID!, $expectedVersion: Int) {\n    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n": types.XferVoidDocument,
    "\n  query XferList($locationId: ID, $status: [TransferOrderStatus!]) {\n    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }\n  }\n": types.XferListDocument,
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
export function graphql(source: "\n  mutation CreateKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer { viewer { apiKey { name } permissions } }\n"): (typeof documents)["\n  query Viewer { viewer { apiKey { name } permissions } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) { product { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) { product { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadLocationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadLocationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadBomLineAdd($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) { bomLine { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadBomLineAdd($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) { bomLine { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) { bomLine { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) { bomLine { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadBomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadBomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadBomRun($input: BomRunInput!) {\n    bomRun(input: $input) { bomRun { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadBomRun($input: BomRunInput!) {\n    bomRun(input: $input) { bomRun { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation BadOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!]) {\n    productionOrderComplete(id: $id, consumption: $consumption) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation BadOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!]) {\n    productionOrderComplete(id: $id, consumption: $consumption) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation BadOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadOrderVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadOrderVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadSalesFulfill($id: ID!) {\n    salesOrderFulfill(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadSalesFulfill($id: ID!) {\n    salesOrderFulfill(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {\n    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {\n    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadPurchasePlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { id }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation BadPurchasePlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { id }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadTransferVoid($id: ID!) {\n    transferOrderVoid(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadTransferVoid($id: ID!) {\n    transferOrderVoid(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { allowNegativeStock } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BadSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { allowNegativeStock } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      purchaseOrders { id }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation BadReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      purchaseOrders { id }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadPing { settings { allowNegativeStock } }\n"): (typeof documents)["\n  query BadPing { settings { allowNegativeStock } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBomForExplosion($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CreateBomForExplosion($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Explosion($productId: ID, $bomId: ID, $quantity: Decimal, $locationId: ID) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity, locationId: $locationId) {\n      product { sku }\n      bom { id name }\n      quantity\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { id sku name }\n      }\n      requirements { component { sku } quantity onHand available shortage }\n      cost {\n        materialCostPerUnit materialCost setupMinutes runMinutesPerUnit operationMinutesPerUnit operationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query Explosion($productId: ID, $bomId: ID, $quantity: Decimal, $locationId: ID) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity, locationId: $locationId) {\n      product { sku }\n      bom { id name }\n      quantity\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { id sku name }\n      }\n      requirements { component { sku } quantity onHand available shortage }\n      cost {\n        materialCostPerUnit materialCost setupMinutes runMinutesPerUnit operationMinutesPerUnit operationMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplosionWithLocation($productId: ID!, $locationId: ID) {\n    bomExplosion(productId: $productId, locationId: $locationId) {\n      location { name }\n      nodes { bom { name kind } component { sku } }\n    }\n  }\n"): (typeof documents)["\n  query ExplosionWithLocation($productId: ID!, $locationId: ID) {\n    bomExplosion(productId: $productId, locationId: $locationId) {\n      location { name }\n      nodes { bom { name kind } component { sku } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhereUsed($componentId: ID!) {\n    bomWhereUsed(componentId: $componentId) {\n      product { sku }\n      bom { name }\n      level\n      path\n      quantityPerUnit\n    }\n  }\n"): (typeof documents)["\n  query WhereUsed($componentId: ID!) {\n    bomWhereUsed(componentId: $componentId) {\n      product { sku }\n      bom { name }\n      level\n      path\n      quantityPerUnit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthOnly { __typename }\n"): (typeof documents)["\n  query AuthOnly { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Flat($id: ID!) {\n    node(id: $id) { ... on Product { sku } }\n  }\n"): (typeof documents)["\n  query Flat($id: ID!) {\n    node(id: $id) { ... on Product { sku } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedSixLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n        bom { name lines { quantity component { sku bom { name lines { quantity component { sku } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedSixLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n        bom { name lines { quantity component { sku bom { name lines { quantity component { sku } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedTwelveLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        bom { lines { component {\n          bom { lines { component {\n            bom { lines { component {\n              bom { lines { quantity component { sku } } }\n            } } }\n          } } }\n        } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedTwelveLevels($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        bom { lines { component {\n          bom { lines { component {\n            bom { lines { component {\n              bom { lines { quantity component { sku } } }\n            } } }\n          } } }\n        } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBomForRun($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CreateBomForRun($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunBom($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun {\n        id quantity\n        bom { name }\n        location { name }\n        movements { quantity reason product { sku } location { name } bomRun { id } }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RunBom($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun {\n        id quantity\n        bom { name }\n        location { name }\n        movements { quantity reason product { sku } location { name } bomRun { id } }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BomFields on Bom {\n    id name kind outputQuantity autoAssemble isDefault archivedAt\n    product { sku replenishment }\n    lines { id position quantity component { sku } operation { sequence } }\n    operations { id sequence name setupMinutes minutesPerUnit resource { name } }\n  }\n"): (typeof documents)["\n  fragment BomFields on Bom {\n    id name kind outputQuantity autoAssemble isDefault archivedAt\n    product { sku replenishment }\n    lines { id position quantity component { sku } operation { sequence } }\n    operations { id sequence name setupMinutes minutesPerUnit resource { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBom($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { ...BomFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CreateBom($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { ...BomFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBom($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { ...BomFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation UpdateBom($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { ...BomFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLine($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) {\n      bomLine { id position quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddLine($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) {\n      bomLine { id position quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLine($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) {\n      bomLine { id quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLine($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) {\n      bomLine { id quantity component { sku } operation { sequence } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLine($id: ID!) {\n    bomLineRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RemoveLine($id: ID!) {\n    bomLineRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOperation($bomId: ID!, $input: BomOperationInput!) {\n    bomOperationAdd(bomId: $bomId, input: $input) {\n      bomOperation { id sequence name setupMinutes minutesPerUnit resource { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddOperation($bomId: ID!, $input: BomOperationInput!) {\n    bomOperationAdd(bomId: $bomId, input: $input) {\n      bomOperation { id sequence name setupMinutes minutesPerUnit resource { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOperation($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) {\n      bomOperation { sequence name minutesPerUnit }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOperation($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) {\n      bomOperation { sequence name minutesPerUnit }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOperation($id: ID!) {\n    bomOperationRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RemoveOperation($id: ID!) {\n    bomOperationRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefault($id: ID!) {\n    bomSetDefault(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation SetDefault($id: ID!) {\n    bomSetDefault(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveBom($id: ID!) {\n    bomArchive(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ArchiveBom($id: ID!) {\n    bomArchive(id: $id) { bom { ...BomFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductBoms($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku replenishment\n        bom { name kind }\n        boms(includeArchived: true) { name isDefault archivedAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductBoms($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku replenishment\n        bom { name kind }\n        boms(includeArchived: true) { name isDefault archivedAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplodeForBom($productId: ID, $bomId: ID, $quantity: Decimal) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {\n      bom { name }\n      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }\n      requirements { component { sku } quantity }\n    }\n  }\n"): (typeof documents)["\n  query ExplodeForBom($productId: ID, $bomId: ID, $quantity: Decimal) {\n    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {\n      bom { name }\n      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }\n      requirements { component { sku } quantity }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupplier($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) {\n      supplier { id name email phone archivedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupplier($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) {\n      supplier { id name email phone archivedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupplier($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) {\n      supplier { id name email phone }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupplier($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) {\n      supplier { id name email phone }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveSupplier($id: ID!) {\n    supplierArchive(id: $id) {\n      supplier { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveSupplier($id: ID!) {\n    supplierArchive(id: $id) {\n      supplier { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {\n    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {\n      edges { node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {\n    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {\n      edges { node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { id name email phone }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer { id name email phone }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCustomer($id: ID!) {\n    customerArchive(id: $id) {\n      customer { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCustomer($id: ID!) {\n    customerArchive(id: $id) {\n      customer { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($search: String, $includeArchived: Boolean) {\n    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }\n  }\n"): (typeof documents)["\n  query Customers($search: String, $includeArchived: Boolean) {\n    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmployee($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      employee { id name email }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEmployee($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) {\n      employee { id name email }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmployee($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      employee { id name email }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmployee($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) {\n      employee { id name email }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees($search: String) {\n    employees(search: $search) { edges { node { name email } } }\n  }\n"): (typeof documents)["\n  query Employees($search: String) {\n    employees(search: $search) { edges { node { name email } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLocation($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLocation($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocation($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLocation($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveLocation($id: ID!) {\n    locationArchive(id: $id) {\n      location { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveLocation($id: ID!) {\n    locationArchive(id: $id) {\n      location { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {\n    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {\n      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }\n    }\n  }\n"): (typeof documents)["\n  query Locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {\n    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {\n      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResource($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResource($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResource($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResource($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveResource($id: ID!) {\n    resourceArchive(id: $id) {\n      resource { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveResource($id: ID!) {\n    resourceArchive(id: $id) {\n      resource { id archivedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources($search: String, $includeArchived: Boolean) {\n    resources(search: $search, includeArchived: $includeArchived) {\n      edges { node { name capacityMinutesPerDay } }\n    }\n  }\n"): (typeof documents)["\n  query Resources($search: String, $includeArchived: Boolean) {\n    resources(search: $search, includeArchived: $includeArchived) {\n      edges { node { name capacityMinutesPerDay } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RushComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { id status } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RushComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { id status } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RushAuthorize($id: ID!) {\n    productionOrderAuthorize(id: $id) { productionOrder { id status } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RushAuthorize($id: ID!) {\n    productionOrderAuthorize(id: $id) { productionOrder { id status } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RushAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RushAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RushReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id status } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RushReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id status } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RushTransfer($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id status } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RushTransfer($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id status } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RushCreateOrder($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { id components { product { id } requiredQuantity } lines { quantity } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RushCreateOrder($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { id components { product { id } requiredQuantity } lines { quantity } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RushCreatePurchase($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RushCreatePurchase($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RushPlacePurchase($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RushPlacePurchase($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RushCreateTransfer($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RushCreateTransfer($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InProgressAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation InProgressAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InProgressViewer { viewer { permissions } }\n"): (typeof documents)["\n  query InProgressViewer { viewer { permissions } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdemOrder on ProductionOrder {\n    id number status version\n    lines { quantity producedQuantity }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n  }\n"): (typeof documents)["\n  fragment IdemOrder on ProductionOrder {\n    id number status version\n    lines { quantity producedQuantity }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdemPurchase on PurchaseOrder {\n    id number status version lines { id quantity receivedQuantity product { sku } }\n  }\n"): (typeof documents)["\n  fragment IdemPurchase on PurchaseOrder {\n    id number status version lines { id quantity receivedQuantity product { sku } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdemSales on SalesOrder { id number status version lines { quantity product { sku } } }\n"): (typeof documents)["\n  fragment IdemSales on SalesOrder { id number status version lines { quantity product { sku } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdemTransfer on TransferOrder { id number status version lines { quantity product { sku } } }\n"): (typeof documents)["\n  fragment IdemTransfer on TransferOrder { id number status version lines { quantity product { sku } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdemBom on Bom {\n    id name kind isDefault archivedAt outputQuantity\n    lines { id quantity component { sku } }\n    operations { id name sequence }\n  }\n"): (typeof documents)["\n  fragment IdemBom on Bom {\n    id name kind isDefault archivedAt outputQuantity\n    lines { id quantity component { sku } }\n    operations { id name sequence }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdemErrors on UserError { code message field }\n"): (typeof documents)["\n  fragment IdemErrors on UserError { code message field }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id name prefix role { name } } secret userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id name prefix role { name } } secret userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomArchive($id: ID!) { bomArchive(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } } }\n"): (typeof documents)["\n  mutation IdemBomArchive($id: ID!) { bomArchive(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomLineAdd($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) {\n      bomLine { id quantity component { sku } bom { ...IdemBom } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemBomLineAdd($bomId: ID!, $input: BomLineInput!) {\n    bomLineAdd(bomId: $bomId, input: $input) {\n      bomLine { id quantity component { sku } bom { ...IdemBom } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomLineRemove($id: ID!) {\n    bomLineRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemBomLineRemove($id: ID!) {\n    bomLineRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) { bomLine { id quantity } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {\n    bomLineUpdate(id: $id, input: $input) { bomLine { id quantity } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomOperationAdd($bomId: ID!, $input: BomOperationInput!) {\n    bomOperationAdd(bomId: $bomId, input: $input) {\n      bomOperation { id name sequence setupMinutes minutesPerUnit }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemBomOperationAdd($bomId: ID!, $input: BomOperationInput!) {\n    bomOperationAdd(bomId: $bomId, input: $input) {\n      bomOperation { id name sequence setupMinutes minutesPerUnit }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomOperationRemove($id: ID!) {\n    bomOperationRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemBomOperationRemove($id: ID!) {\n    bomOperationRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) { bomOperation { id name sequence } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemBomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {\n    bomOperationUpdate(id: $id, input: $input) { bomOperation { id name sequence } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomRun($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun { id quantity movements { quantity reason product { sku } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemBomRun($input: BomRunInput!) {\n    bomRun(input: $input) {\n      bomRun { id quantity movements { quantity reason product { sku } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomSetDefault($id: ID!) {\n    bomSetDefault(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemBomSetDefault($id: ID!) {\n    bomSetDefault(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemBomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemBomUpdate($id: ID!, $input: BomUpdateInput!) {\n    bomUpdate(id: $id, input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id name email archivedAt } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id name email archivedAt } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemCustomerArchive($id: ID!) {\n    customerArchive(id: $id) { customer { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemCustomerArchive($id: ID!) {\n    customerArchive(id: $id) { customer { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id name email } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemEmployeeCreate($input: EmployeeCreateInput!) {\n    employeeCreate(input: $input) { employee { id name email } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemEmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemEmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {\n    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemEmployeeArchive($id: ID!) {\n    employeeArchive(id: $id) { employee { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemEmployeeArchive($id: ID!) {\n    employeeArchive(id: $id) { employee { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) {\n      location { id name kind connectedWarehouse { name } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemLocationUpdate($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) { location { id name } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemLocationUpdate($id: ID!, $input: LocationUpdateInput!) {\n    locationUpdate(id: $id, input: $input) { location { id name } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemLocationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemLocationArchive($id: ID!) {\n    locationArchive(id: $id) { location { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) { product { id sku name cost updatedAt } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemProductUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) { product { id sku name cost updatedAt } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemProductArchive($id: ID!) {\n    productArchive(id: $id) { product { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemProductArchive($id: ID!) {\n    productArchive(id: $id) { product { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemResourceUpdate($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemResourceUpdate($id: ID!, $input: ResourceUpdateInput!) {\n    resourceUpdate(id: $id, input: $input) {\n      resource { id name capacityMinutesPerDay }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemResourceArchive($id: ID!) {\n    resourceArchive(id: $id) { resource { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemResourceArchive($id: ID!) {\n    resourceArchive(id: $id) { resource { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemSupplierUpdate($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemSupplierUpdate($id: ID!, $input: SupplierUpdateInput!) {\n    supplierUpdate(id: $id, input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemSupplierArchive($id: ID!) {\n    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemSupplierArchive($id: ID!) {\n    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment { id type note movements { quantity reason product { sku } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment { id type note movements { quantity reason product { sku } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { ...IdemOrder }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemOrderAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { ...IdemOrder }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderAuthorizeWithEvents($id: ID!) {\n    productionOrderAuthorize(id: $id) {\n      productionOrder { status events { type beforeStatus afterStatus } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemOrderAuthorizeWithEvents($id: ID!) {\n    productionOrderAuthorize(id: $id) {\n      productionOrder { status events { type beforeStatus afterStatus } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderRelease($id: ID!) {\n    productionOrderRelease(id: $id) {\n      productionOrder { ...IdemOrder }\n      unorderedComponents { quantity product { sku } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemOrderRelease($id: ID!) {\n    productionOrderRelease(id: $id) {\n      productionOrder { ...IdemOrder }\n      unorderedComponents { quantity product { sku } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderStart($id: ID!) {\n    productionOrderStart(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemOrderStart($id: ID!) {\n    productionOrderStart(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemOrderComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderUndo($id: ID!) {\n    productionOrderUndo(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemOrderUndo($id: ID!) {\n    productionOrderUndo(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemOrderVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {\n      productionOrder { ...IdemOrder }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {\n      productionOrder { ...IdemOrder }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) {\n      productionOrder { ...IdemOrder waste { type movements { quantity } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) {\n      productionOrder { ...IdemOrder waste { type movements { quantity } } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemOrderCreatePurchaseOrders($productionOrderId: ID!) {\n    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId) {\n      purchaseOrders { ...IdemPurchase }\n      componentsWithoutSupplier { sku }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemOrderCreatePurchaseOrders($productionOrderId: ID!) {\n    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId) {\n      purchaseOrders { ...IdemPurchase }\n      componentsWithoutSupplier { sku }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemPurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemPurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) {\n      purchaseOrder { ...IdemPurchase movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) {\n      purchaseOrder { ...IdemPurchase movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemPurchaseUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines) {\n      purchaseOrder { ...IdemPurchase }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemPurchaseUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines) {\n      purchaseOrder { ...IdemPurchase }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemPurchaseVoid($id: ID!) {\n    purchaseOrderVoid(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemPurchaseVoid($id: ID!) {\n    purchaseOrderVoid(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      productionOrders { ...IdemOrder }\n      purchaseOrders { ...IdemPurchase }\n      productsWithoutSupplier { sku }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      productionOrders { ...IdemOrder }\n      purchaseOrders { ...IdemPurchase }\n      productsWithoutSupplier { sku }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemSalesFulfill($id: ID!) {\n    salesOrderFulfill(id: $id) {\n      salesOrder { ...IdemSales movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemSalesFulfill($id: ID!) {\n    salesOrderFulfill(id: $id) {\n      salesOrder { ...IdemSales movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {\n    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {\n    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemSalesVoid($id: ID!) {\n    salesOrderVoid(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemSalesVoid($id: ID!) {\n    salesOrderVoid(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) {\n      transferOrder { ...IdemTransfer movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) {\n      transferOrder { ...IdemTransfer movements { quantity reason } }\n      userErrors { ...IdemErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemTransferVoid($id: ID!) {\n    transferOrderVoid(id: $id) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemTransferVoid($id: ID!) {\n    transferOrderVoid(id: $id) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {\n    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }\n    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }\n  }\n"): (typeof documents)["\n  mutation IdemTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {\n    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }\n    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdemProducts { products(first: 1) { edges { node { sku } } } }\n"): (typeof documents)["\n  query IdemProducts { products(first: 1) { edges { node { sku } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation InvStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvProductStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvProductStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvStockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query InvStockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvStockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query InvStockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvLocationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n"): (typeof documents)["\n  query InvLocationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvProductsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query InvProductsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvSettings { settings { allowNegativeStock } }\n"): (typeof documents)["\n  query InvSettings { settings { allowNegativeStock } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation InvSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BurstBoardEvents($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) { id product { sku barcodes } }\n  }\n"): (typeof documents)["\n  subscription BurstBoardEvents($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) { id product { sku barcodes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BurstWideEvents($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) {\n      id product { sku barcodes } location { name } stockLevel { onHand }\n    }\n  }\n"): (typeof documents)["\n  subscription BurstWideEvents($locationId: ID, $after: String) {\n    stockLevelEvents(locationId: $locationId, after: $after) {\n      id product { sku barcodes } location { name } stockLevel { onHand }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation BurstLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation BurstProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstCount($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation BurstCount($input: StockAdjustInput!) { stockAdjust(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveConnStockEvents($productId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, after: $after) { id payload }\n  }\n"): (typeof documents)["\n  subscription LiveConnStockEvents($productId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, after: $after) { id payload }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveConnAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation LiveConnAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveConnRevoke($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveConnRevoke($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveRetentionStockEvents($productId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, after: $after) { id }\n  }\n"): (typeof documents)["\n  subscription LiveRetentionStockEvents($productId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, after: $after) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveOrderEvents(\n    $orderId: ID, $rootOrderId: ID, $locationId: ID, $statuses: [ProductionOrderStatus!], $after: String\n  ) {\n    productionOrderEvents(\n      orderId: $orderId, rootOrderId: $rootOrderId, locationId: $locationId, statuses: $statuses, after: $after\n    ) {\n      id type beforeStatus afterStatus payload createdAt\n      productionOrder { number }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveOrderEvents(\n    $orderId: ID, $rootOrderId: ID, $locationId: ID, $statuses: [ProductionOrderStatus!], $after: String\n  ) {\n    productionOrderEvents(\n      orderId: $orderId, rootOrderId: $rootOrderId, locationId: $locationId, statuses: $statuses, after: $after\n    ) {\n      id type beforeStatus afterStatus payload createdAt\n      productionOrder { number }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveStockEvents($productId: ID, $locationId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, locationId: $locationId, after: $after) {\n      id type payload\n      product { sku }\n      location { name }\n      stockLevel { onHand }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveStockEvents($productId: ID, $locationId: ID, $after: String) {\n    stockLevelEvents(productId: $productId, locationId: $locationId, after: $after) {\n      id type payload\n      product { sku }\n      location { name }\n      stockLevel { onHand }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveSupplyEvents($kind: SupplyOrderKind, $orderId: ID, $after: String) {\n    supplyOrderEvents(kind: $kind, orderId: $orderId, after: $after) {\n      id type kind beforeStatus afterStatus\n      purchaseOrder { number }\n      transferOrder { number }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveSupplyEvents($kind: SupplyOrderKind, $orderId: ID, $after: String) {\n    supplyOrderEvents(kind: $kind, orderId: $orderId, after: $after) {\n      id type kind beforeStatus afterStatus\n      purchaseOrder { number }\n      transferOrder { number }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveSalesEvents($orderId: ID, $locationId: ID, $statuses: [SalesOrderStatus!], $after: String) {\n    salesOrderEvents(orderId: $orderId, locationId: $locationId, statuses: $statuses, after: $after) {\n      id type beforeStatus afterStatus payload\n      salesOrder { number status }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveSalesEvents($orderId: ID, $locationId: ID, $statuses: [SalesOrderStatus!], $after: String) {\n    salesOrderEvents(orderId: $orderId, locationId: $locationId, statuses: $statuses, after: $after) {\n      id type beforeStatus afterStatus payload\n      salesOrder { number status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation LiveSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSalesAuthorize($id: ID!) { salesOrderAuthorize(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveSalesAuthorize($id: ID!) { salesOrderAuthorize(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSalesFulfill($id: ID!) { salesOrderFulfill(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveSalesFulfill($id: ID!) { salesOrderFulfill(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSalesVoid($id: ID!) { salesOrderVoid(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveSalesVoid($id: ID!) { salesOrderVoid(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveOrderCreate($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveOrderCreate($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { id }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveAuthorize($id: ID!) { productionOrderAuthorize(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveRelease($id: ID!) { productionOrderRelease(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveRelease($id: ID!) { productionOrderRelease(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveStart($id: ID!) { productionOrderStart(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveStart($id: ID!) { productionOrderStart(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveComplete($id: ID!) { productionOrderComplete(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveComplete($id: ID!) { productionOrderComplete(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveUndo($id: ID!) { productionOrderUndo(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveVoid($id: ID!) { productionOrderVoid(id: $id) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation LiveVoid($id: ID!) { productionOrderVoid(id: $id) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation LiveAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation LivePurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePurchasePlace($id: ID!) { purchaseOrderPlace(id: $id) { userErrors { code message field } } }\n"): (typeof documents)["\n  mutation LivePurchasePlace($id: ID!) { purchaseOrderPlace(id: $id) { userErrors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NestedRelease($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { status }\n      unorderedComponents { product { sku } quantity }\n      userErrors {\n        code\n        field\n        planChanges { change order { number } parentOrder { number } product { sku } before after }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NestedRelease($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { status }\n      unorderedComponents { product { sku } quantity }\n      userErrors {\n        code\n        field\n        planChanges { change order { number } parentOrder { number } product { sku } before after }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessMe { viewer { apiKey { id role { name permissions } } } }\n"): (typeof documents)["\n  query AccessMe { viewer { apiKey { id role { name permissions } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateOrder($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AccessCreateOrder($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) { productionOrder { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderTreeRead($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number level path kind\n        root { number }\n        timeline { start end }\n        tree {\n          id number level path kind status orphaned late surplus startDate expectedDate\n          parent { number status }\n          children { number }\n          root { number }\n          parentComponent { product { sku } }\n          lines { quantity product { sku } }\n          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }\n          relatedOrders {\n            __typename\n            ... on ProductionOrder { number kind status }\n            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }\n            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }\n            ... on SalesOrder { number salesStatus: status customer { name } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderTreeRead($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number level path kind\n        root { number }\n        timeline { start end }\n        tree {\n          id number level path kind status orphaned late surplus startDate expectedDate\n          parent { number status }\n          children { number }\n          root { number }\n          parentComponent { product { sku } }\n          lines { quantity product { sku } }\n          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }\n          relatedOrders {\n            __typename\n            ... on ProductionOrder { number kind status }\n            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }\n            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }\n            ... on SalesOrder { number salesStatus: status customer { name } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderTreeLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number orphaned level\n        parent { number status }\n        root { number }\n        timeline { start end }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderTreeLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on ProductionOrder {\n        number orphaned level\n        parent { number status }\n        root { number }\n        timeline { start end }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderTreeList($tag: String!) {\n    productionOrders(tag: $tag, first: 50) {\n      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }\n    }\n  }\n"): (typeof documents)["\n  query OrderTreeList($tag: String!) {\n    productionOrders(tag: $tag, first: 50) {\n      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderTreeCreateDraft($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder {\n        number level path kind orphaned late surplus\n        root { number }\n        tree { number }\n        children { number }\n        relatedOrders { __typename ... on SalesOrder { number } }\n        timeline { start end }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation OrderTreeCreateDraft($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder {\n        number level path kind orphaned late surplus\n        root { number }\n        tree { number }\n        children { number }\n        relatedOrders { __typename ... on SalesOrder { number } }\n        timeline { start end }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsLocationCreate($input: LocationCreateInput!) {\n    locationCreate(input: $input) { location { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsSupplierCreate($input: SupplierCreateInput!) {\n    supplierCreate(input: $input) { supplier { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsResourceCreate($input: ResourceCreateInput!) {\n    resourceCreate(input: $input) { resource { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { quantityPolicy allowNegativeStock } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { quantityPolicy allowNegativeStock } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsProductCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) { product { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsBomCreate($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsPurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsPurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsPurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) { productionOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { customer { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      productionOrders { id }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PropsReorderApply($locationId: ID!, $productIds: [ID!]!) {\n    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {\n      productionOrders { id }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsAuthorize($id: ID!, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n"): (typeof documents)["\n  mutation PropsAuthorize($id: ID!, $planChoice: PlanChoice) {\n    productionOrderAuthorize(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsRelease($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      unorderedComponents { order { id } product { sku } quantity reason }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n"): (typeof documents)["\n  mutation PropsRelease($id: ID!, $planChoice: PlanChoice) {\n    productionOrderRelease(id: $id, planChoice: $planChoice) {\n      productionOrder { id }\n      unorderedComponents { order { id } product { sku } quantity reason }\n      userErrors { code message field planChanges { change product { sku } before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsUndo($id: ID!) {\n    productionOrderUndo(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsUndo($id: ID!) {\n    productionOrderUndo(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsVoid($id: ID!) {\n    productionOrderVoid(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {\n    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropsComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation PropsComplete($id: ID!) {\n    productionOrderComplete(id: $id) { productionOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropsTree($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        tree {\n          id\n          status\n          kind\n          surplus\n          parent { id }\n          parentComponent { id }\n          lines { product { sku } quantity }\n          components { id product { sku } requiredQuantity allocatedQuantity shortageQuantity }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PropsTree($id: ID!) {\n    node(id: $id) {\n      ... on ProductionOrder {\n        tree {\n          id\n          status\n          kind\n          surplus\n          parent { id }\n          parentComponent { id }\n          lines { product { sku } quantity }\n          components { id product { sku } requiredQuantity allocatedQuantity shortageQuantity }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PoOrderFields on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n"): (typeof documents)["\n  fragment PoOrderFields on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PoCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PoCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PoStepPayload on ProductionOrderPayload {\n    productionOrder { status version }\n    userErrors { code message field }\n  }\n"): (typeof documents)["\n  fragment PoStepPayload on ProductionOrderPayload {\n    productionOrder { status version }\n    userErrors { code message field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"): (typeof documents)["\n  mutation PoAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { status version }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PoRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {\n      productionOrder { status version }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoStart($id: ID!, $expectedVersion: Int) {\n    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"): (typeof documents)["\n  mutation PoStart($id: ID!, $expectedVersion: Int) {\n    productionOrderStart(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoComplete($id: ID!, $expectedVersion: Int, $consumption: [ProductionOrderConsumptionInput!]) {\n    productionOrderComplete(id: $id, expectedVersion: $expectedVersion, consumption: $consumption) {\n      ...PoStepPayload\n    }\n  }\n"): (typeof documents)["\n  mutation PoComplete($id: ID!, $expectedVersion: Int, $consumption: [ProductionOrderConsumptionInput!]) {\n    productionOrderComplete(id: $id, expectedVersion: $expectedVersion, consumption: $consumption) {\n      ...PoStepPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoUndo($id: ID!, $expectedVersion: Int) {\n    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"): (typeof documents)["\n  mutation PoUndo($id: ID!, $expectedVersion: Int) {\n    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoVoid($id: ID!, $expectedVersion: Int) {\n    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"): (typeof documents)["\n  mutation PoVoid($id: ID!, $expectedVersion: Int) {\n    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      productionOrder { status version components { id requiredQuantity allocatedQuantity } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PoComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {\n    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {\n      productionOrder { status version components { id requiredQuantity allocatedQuantity } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PoWaste($id: ID!, $input: ProductionOrderWasteInput!) {\n    productionOrderRecordWaste(id: $id, input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoNode($id: ID!) { node(id: $id) { ... on ProductionOrder { ...PoOrderFields } } }\n"): (typeof documents)["\n  query PoNode($id: ID!) { node(id: $id) { ... on ProductionOrder { ...PoOrderFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoList(\n    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,\n    $startFrom: DateTime, $startBefore: DateTime, $first: Int\n  ) {\n    productionOrders(\n      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,\n      startFrom: $startFrom, startBefore: $startBefore, first: $first\n    ) {\n      edges { node { ...PoOrderFields } }\n    }\n  }\n"): (typeof documents)["\n  query PoList(\n    $statuses: [ProductionOrderStatus!], $locationId: ID, $customerId: ID, $tag: String,\n    $startFrom: DateTime, $startBefore: DateTime, $first: Int\n  ) {\n    productionOrders(\n      statuses: $statuses, locationId: $locationId, customerId: $customerId, tag: $tag,\n      startFrom: $startFrom, startBefore: $startBefore, first: $first\n    ) {\n      edges { node { ...PoOrderFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id sku name unit cost barcodes replenishment }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookup($id: ID!) {\n    node(id: $id) { __typename ... on Product { sku } }\n  }\n"): (typeof documents)["\n  query NodeLookup($id: ID!) {\n    node(id: $id) { __typename ... on Product { sku } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductList($search: String, $first: Int, $after: String) {\n    products(search: $search, first: $first, after: $after) {\n      edges { node { sku barcodes primarySupplier { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ProductList($search: String, $first: Int, $after: String) {\n    products(search: $search, first: $first, after: $after) {\n      edges { node { sku barcodes primarySupplier { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBomForFilter($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CreateBomForFilter($input: BomCreateInput!) {\n    bomCreate(input: $input) { bom { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsByReplenishment($replenishment: Replenishment, $search: String) {\n    products(replenishment: $replenishment, search: $search, first: 50) { edges { node { sku replenishment } } }\n  }\n"): (typeof documents)["\n  query ProductsByReplenishment($replenishment: Replenishment, $search: String) {\n    products(replenishment: $replenishment, search: $search, first: 50) { edges { node { sku replenishment } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductByBarcode($code: String!) {\n    productByBarcode(code: $code) { sku name }\n  }\n"): (typeof documents)["\n  query ProductByBarcode($code: String!) {\n    productByBarcode(code: $code) { sku name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductBatchCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id maxBatchSize }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ProductBatchCreate($input: ProductCreateInput!) {\n    productCreate(input: $input) {\n      product { id maxBatchSize }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductBatchUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { maxBatchSize name }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ProductBatchUpdate($id: ID!, $input: ProductUpdateInput!) {\n    productUpdate(id: $id, input: $input) {\n      product { maxBatchSize name }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PurchFields on PurchaseOrder {\n    id number status version\n    supplier { name }\n    location { name }\n    productionOrder { id }\n    lines { id quantity receivedQuantity openQuantity unitCost product { sku } }\n    movements { quantity reason location { name } purchaseOrder { number } }\n  }\n"): (typeof documents)["\n  fragment PurchFields on PurchaseOrder {\n    id number status version\n    supplier { name }\n    location { name }\n    productionOrder { id }\n    lines { id quantity receivedQuantity openQuantity unitCost product { sku } }\n    movements { quantity reason location { name } purchaseOrder { number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!, $expectedVersion: Int) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!, $expectedVersion: Int) {\n    purchaseOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchPlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchPlace($id: ID!, $expectedVersion: Int) {\n    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!, $expectedVersion: Int) {\n    purchaseOrderReceive(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!, $expectedVersion: Int) {\n    purchaseOrderReceive(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchVoid($id: ID!, $expectedVersion: Int) {\n    purchaseOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchVoid($id: ID!, $expectedVersion: Int) {\n    purchaseOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      purchaseOrder { ...PurchFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchForProduction($productionOrderId: ID!, $components: [ID!], $locationId: ID) {\n    productionOrderCreatePurchaseOrders(\n      productionOrderId: $productionOrderId, components: $components, locationId: $locationId\n    ) {\n      purchaseOrders { ...PurchFields }\n      componentsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchForProduction($productionOrderId: ID!, $components: [ID!], $locationId: ID) {\n    productionOrderCreatePurchaseOrders(\n      productionOrderId: $productionOrderId, components: $components, locationId: $locationId\n    ) {\n      purchaseOrders { ...PurchFields }\n      componentsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchList($status: [PurchaseOrderStatus!], $supplierId: ID, $productionOrderId: ID, $first: Int) {\n    purchaseOrders(status: $status, supplierId: $supplierId, productionOrderId: $productionOrderId, first: $first) {\n      edges { node { ...PurchFields } }\n    }\n  }\n"): (typeof documents)["\n  query PurchList($status: [PurchaseOrderStatus!], $supplierId: ID, $productionOrderId: ID, $first: Int) {\n    purchaseOrders(status: $status, supplierId: $supplierId, productionOrderId: $productionOrderId, first: $first) {\n      edges { node { ...PurchFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchSettings($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { allowOverReceipt allowNegativeStock } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation PurchSettings($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) { settings { allowOverReceipt allowNegativeStock } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReorderList($locationId: ID) {\n    reorderSuggestions(locationId: $locationId) {\n      product { sku } type available onOrder minBeforeReorder reorderQuantity suggestedQuantity\n    }\n  }\n"): (typeof documents)["\n  query ReorderList($locationId: ID) {\n    reorderSuggestions(locationId: $locationId) {\n      product { sku } type available onOrder minBeforeReorder reorderQuantity suggestedQuantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderApply($productIds: [ID!]!, $locationId: ID!, $allLocations: Boolean) {\n    reorderSuggestionsApply(productIds: $productIds, locationId: $locationId, allLocations: $allLocations) {\n      productionOrders { status location { name } lines { quantity product { sku } } }\n      purchaseOrders { status supplier { name } location { name } lines { quantity product { sku } } }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderApply($productIds: [ID!]!, $locationId: ID!, $allLocations: Boolean) {\n    reorderSuggestionsApply(productIds: $productIds, locationId: $locationId, allLocations: $allLocations) {\n      productionOrders { status location { name } lines { quantity product { sku } } }\n      purchaseOrders { status supplier { name } location { name } lines { quantity product { sku } } }\n      productsWithoutSupplier { sku }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderPlace($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ReorderPlace($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderPlaceOrder($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ReorderPlaceOrder($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesFields on SalesOrder {\n    id number status version\n    customer { name }\n    location { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } salesOrder { number } }\n    productionOrders { id status location { name } customer { name } lines { quantity product { sku } } }\n  }\n"): (typeof documents)["\n  fragment SalesFields on SalesOrder {\n    id number status version\n    customer { name }\n    location { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } salesOrder { number } }\n    productionOrders { id status location { name } customer { name } lines { quantity product { sku } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { ...SalesFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation SalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { ...SalesFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!, $expectedVersion: Int) {\n    salesOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!, $expectedVersion: Int) {\n    salesOrderUpdateLines(id: $id, lines: $lines, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesAuthorize($id: ID!, $expectedVersion: Int) {\n    salesOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SalesAuthorize($id: ID!, $expectedVersion: Int) {\n    salesOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesFulfill($id: ID!, $expectedVersion: Int) {\n    salesOrderFulfill(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SalesFulfill($id: ID!, $expectedVersion: Int) {\n    salesOrderFulfill(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesVoid($id: ID!, $expectedVersion: Int) {\n    salesOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SalesVoid($id: ID!, $expectedVersion: Int) {\n    salesOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      salesOrder { ...SalesFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesList($status: [SalesOrderStatus!], $customerId: ID, $locationId: ID, $createdAfter: DateTime) {\n    salesOrders(status: $status, customerId: $customerId, locationId: $locationId, createdAfter: $createdAfter) {\n      edges { node { number status } }\n    }\n  }\n"): (typeof documents)["\n  query SalesList($status: [SalesOrderStatus!], $customerId: ID, $locationId: ID, $createdAfter: DateTime) {\n    salesOrders(status: $status, customerId: $customerId, locationId: $locationId, createdAfter: $createdAfter) {\n      edges { node { number status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesSettings($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { salesOrderProductionStatus allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SalesSettings($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { salesOrderProductionStatus allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleBoard($from: DateTime!, $to: DateTime!, $resourceIds: [ID!], $locationId: ID, $includeDrafts: Boolean) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds, locationId: $locationId, includeDrafts: $includeDrafts) {\n      from to days\n      resources {\n        resource { name }\n        capacityMinutesPerDay\n        orders { number start end status late minutes }\n        days { date loadMinutes capacityMinutes overloaded }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleBoard($from: DateTime!, $to: DateTime!, $resourceIds: [ID!], $locationId: ID, $includeDrafts: Boolean) {\n    schedule(from: $from, to: $to, resourceIds: $resourceIds, locationId: $locationId, includeDrafts: $includeDrafts) {\n      from to days\n      resources {\n        resource { name }\n        capacityMinutesPerDay\n        orders { number start end status late minutes }\n        days { date loadMinutes capacityMinutes overloaded }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleBoardOrders($from: DateTime!, $to: DateTime!) {\n    schedule(from: $from, to: $to) {\n      resources {\n        resource { name }\n        orders { minutes order { number status location { name } components { product { sku } } } }\n        days { loadMinutes }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleBoardOrders($from: DateTime!, $to: DateTime!) {\n    schedule(from: $from, to: $to) {\n      resources {\n        resource { name }\n        orders { minutes order { number status location { name } components { product { sku } } } }\n        days { loadMinutes }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPolicyRead { settings { quantityPolicy allowNegativeStock } }\n"): (typeof documents)["\n  query SettingsPolicyRead { settings { quantityPolicy allowNegativeStock } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsPolicyUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { quantityPolicy allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsPolicyUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { quantityPolicy allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { id version components { id } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureOrderCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { id version components { id } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixturePurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation FixturePurchaseCreate($input: PurchaseOrderCreateInput!) {\n    purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixturePurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation FixturePurchasePlace($id: ID!) {\n    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation FixtureSalesCreate($input: SalesOrderCreateInput!) {\n    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation FixtureSalesAuthorize($id: ID!) {\n    salesOrderAuthorize(id: $id) { salesOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation FixtureTransferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation FixtureTransferComplete($id: ID!) {\n    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment XferFields on TransferOrder {\n    id number status version\n    fromLocation { name }\n    toLocation { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } transferOrder { number } }\n  }\n"): (typeof documents)["\n  fragment XferFields on TransferOrder {\n    id number status version\n    fromLocation { name }\n    toLocation { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } transferOrder { number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { ...XferFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation XferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { ...XferFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XferComplete($id: ID!, $expectedVersion: Int) {\n    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation XferComplete($id: ID!, $expectedVersion: Int) {\n    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XferVoid($id: ID!, $expectedVersion: Int) {\n    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation XferVoid($id: ID!, $expectedVersion: Int) {\n    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XferList($locationId: ID, $status: [TransferOrderStatus!]) {\n    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }\n  }\n"): (typeof documents)["\n  query XferList($locationId: ID, $status: [TransferOrderStatus!]) {\n    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;