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
    "\n  mutation CreateKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateKeyDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } }\n  }\n": typeof types.RevokeKeyDocument,
    "\n  query Viewer { viewer { apiKey { name } permissions } }\n": typeof types.ViewerDocument,
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
    "\n  mutation InvStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InvStockAdjustDocument,
    "\n  query InvProductStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n": typeof types.InvProductStockDocument,
    "\n  query InvStockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InvStockMovementsDocument,
    "\n  query InvStockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InvStockLevelsDocument,
    "\n  query InvLocationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n": typeof types.InvLocationStockDocument,
    "\n  query InvProductsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n": typeof types.InvProductsWithStockDocument,
    "\n  query InvSettings { settings { allowNegativeStock } }\n": typeof types.InvSettingsDocument,
    "\n  mutation InvSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InvSettingsUpdateDocument,
    "\n  fragment PoOrderFields on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n": typeof types.PoOrderFieldsFragmentDoc,
    "\n  mutation PoCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PoCreateDocument,
    "\n  mutation PoCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PoCreateFromBomDocument,
    "\n  fragment PoStepPayload on ProductionOrderPayload {\n    productionOrder { status version }\n    userErrors { code message field }\n  }\n": typeof types.PoStepPayloadFragmentDoc,
    "\n  mutation PoAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": typeof types.PoAuthorizeDocument,
    "\n  mutation PoRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": typeof types.PoReleaseDocument,
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
    "\n  fragment XferFields on TransferOrder {\n    id number status version\n    fromLocation { name }\n    toLocation { name }\n    lines { quantity product { sku } }\n    movements { quantity reason location { name } transferOrder { number } }\n  }\n": typeof types.XferFieldsFragmentDoc,
    "\n  mutation XferCreate($input: TransferOrderCreateInput!) {\n    transferOrderCreate(input: $input) { transferOrder { ...XferFields } userErrors { code message field } }\n  }\n": typeof types.XferCreateDocument,
    "\n  mutation XferComplete($id: ID!, $expectedVersion: Int) {\n    transferOrderComplete(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.XferCompleteDocument,
    "\n  mutation XferVoid($id: ID!, $expectedVersion: Int) {\n    transferOrderVoid(id: $id, expectedVersion: $expectedVersion) {\n      transferOrder { ...XferFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.XferVoidDocument,
    "\n  query XferList($locationId: ID, $status: [TransferOrderStatus!]) {\n    transferOrders(locationId: $locationId, status: $status) { edges { node { number status } } }\n  }\n": typeof types.XferListDocument,
};
const documents: Documents = {
    "\n  query BenchExplosion($productId: ID!, $quantity: Decimal!) {\n    bomExplosion(productId: $productId, quantity: $quantity) {\n      bom { id name }\n      nodes {\n        id parentId level path kind quantityPerParent totalQuantity onHand available shortage\n        component { sku name unit }\n      }\n      requirements { component { sku } quantity available shortage }\n      cost { materialCostPerUnit materialCost operationMinutes }\n    }\n  }\n": types.BenchExplosionDocument,
    "\n  mutation CreateKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey { id name prefix role { name permissions } }\n      secret\n      userErrors { code message field }\n    }\n  }\n": types.CreateKeyDocument,
    "\n  mutation RevokeKey($id: ID!) {\n    apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } }\n  }\n": types.RevokeKeyDocument,
    "\n  query Viewer { viewer { apiKey { name } permissions } }\n": types.ViewerDocument,
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
    "\n  mutation InvStockAdjust($input: StockAdjustInput!) {\n    stockAdjust(input: $input) {\n      adjustment {\n        id type note createdBy\n        movements { quantity reason product { sku } location { name } createdBy }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.InvStockAdjustDocument,
    "\n  query InvProductStock($productId: ID!, $locationId: ID!) {\n    node(id: $productId) {\n      ... on Product {\n        sku\n        stock(locationId: $locationId) { onHand allocated available onOrder location { name } }\n        stockLevels { onHand location { name } }\n      }\n    }\n  }\n": types.InvProductStockDocument,
    "\n  query InvStockMovements($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockMovements(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { id quantity reason adjustment { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InvStockMovementsDocument,
    "\n  query InvStockLevels($productId: ID, $locationId: ID, $first: Int, $after: String) {\n    stockLevels(productId: $productId, locationId: $locationId, first: $first, after: $after) {\n      edges { node { onHand available product { sku } location { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InvStockLevelsDocument,
    "\n  query InvLocationStock($id: ID!) {\n    node(id: $id) { ... on Location { name stockLevels { onHand product { sku } } } }\n  }\n": types.InvLocationStockDocument,
    "\n  query InvProductsWithStock($search: String!, $first: Int!) {\n    products(search: $search, first: $first) {\n      edges { node { sku stockLevels { onHand location { name } } } }\n    }\n  }\n": types.InvProductsWithStockDocument,
    "\n  query InvSettings { settings { allowNegativeStock } }\n": types.InvSettingsDocument,
    "\n  mutation InvSettingsUpdate($input: SettingsUpdateInput!) {\n    settingsUpdate(input: $input) {\n      settings { allowNegativeStock }\n      userErrors { code message field }\n    }\n  }\n": types.InvSettingsUpdateDocument,
    "\n  fragment PoOrderFields on ProductionOrder {\n    id number status version note startDate expectedDate requiredByDate layout tags attributes salesOrderId\n    location { name }\n    employee { name }\n    customer { name }\n    lines { quantity producedQuantity bom { name } product { sku } }\n    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }\n    movements { quantity reason product { sku } }\n    waste { type note movements { quantity product { sku } } }\n    events { type beforeStatus afterStatus }\n  }\n": types.PoOrderFieldsFragmentDoc,
    "\n  mutation PoCreate($input: ProductionOrderCreateInput!) {\n    productionOrderCreate(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": types.PoCreateDocument,
    "\n  mutation PoCreateFromBom($input: ProductionOrderCreateFromBomInput!) {\n    productionOrderCreateFromBom(input: $input) {\n      productionOrder { ...PoOrderFields }\n      userErrors { code message field }\n    }\n  }\n": types.PoCreateFromBomDocument,
    "\n  fragment PoStepPayload on ProductionOrderPayload {\n    productionOrder { status version }\n    userErrors { code message field }\n  }\n": types.PoStepPayloadFragmentDoc,
    "\n  mutation PoAuthorize($id: ID!, $expectedVersion: Int) {\n    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": types.PoAuthorizeDocument,
    "\n  mutation PoRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n": types.PoReleaseDocument,
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
export function graphql(source: "\n  mutation PoRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"): (typeof documents)["\n  mutation PoRelease($id: ID!, $expectedVersion: Int) {\n    productionOrderRelease(id: $id, expectedVersion: $expectedVersion) { ...PoStepPayload }\n  }\n"];
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