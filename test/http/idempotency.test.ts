import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/domain/access.ts";
import { createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/logger.ts";
import { schema } from "../../src/schema/index.ts";
import { graphql } from "../graphql/index.ts";
import { type ApiFixtures, apiFixtures } from "../kit/api-fixtures.ts";
import { createTestKit, type TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { addStock, createProduct, seedWorld, type World } from "../kit/orders.ts";
import { changedTables, databaseSnapshot } from "../kit/snapshot.ts";

/**
 * Idempotent writes: every mutation retried with its key answers the first result and changes nothing more.
 * The table of cases below must name every Mutation field of the schema (a new mutation fails the test until
 * it has a retry case).
 */

let kit: TestKit;
let world: World;
let fixtures: ApiFixtures;
const unique = (prefix: string) => fixtures.unique(prefix);

beforeAll(async () => {
  kit = await createTestKit();
  world = await seedWorld(kit);
  fixtures = apiFixtures(kit, world);
});
afterAll(() => kit.close());

// biome-ignore lint/suspicious/noExplicitAny: the cases mix every mutation's document and variables
type AnyDocument = TypedDocumentNode<any, any>;
interface Request {
  document: AnyDocument;
  variables: Record<string, unknown>;
}

interface Answer {
  status: number;
  replayed: boolean;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** Sends a request with an idempotency key, in the header or in the request's extensions (as graphql-ws can). */
async function sendWithKey(
  request: Request,
  key: string | null,
  options: { via?: "header" | "extensions"; apiKey?: string; app?: TestKit["app"] } = {},
): Promise<Answer> {
  const via = options.via ?? "header";
  const response = await (options.app ?? kit.app).fetch("http://test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      authorization: `Bearer ${options.apiKey ?? kit.adminKey}`,
      ...(key !== null && via === "header" ? { "idempotency-key": key } : {}),
    },
    body: JSON.stringify({
      query: print(request.document),
      variables: request.variables,
      ...(key !== null && via === "extensions" ? { extensions: { idempotencyKey: key } } : {}),
    }),
  });
  return {
    status: response.status,
    replayed: response.headers.get("idempotent-replayed") === "true",
    body: (await response.json()) as Answer["body"],
  };
}

/** The payload of a mutation field in an answer (failing the test when there is none). */
// biome-ignore lint/suspicious/noExplicitAny: payloads are read loosely
function payloadOf(answer: Answer, field: string): any {
  const payload = answer.body.data?.[field];
  expect(payload).toBeDefined();
  return payload;
}

const gid = globalId;

// ---- Documents ---------------------------------------------------------------------------------------------

graphql(`
  fragment IdemOrder on ProductionOrder {
    id number status version
    lines { quantity producedQuantity }
    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }
  }
`);
graphql(`
  fragment IdemPurchase on PurchaseOrder {
    id number status version lines { id quantity receivedQuantity product { sku } }
  }
`);
graphql(`
  fragment IdemSales on SalesOrder { id number status version lines { quantity product { sku } } }
`);
graphql(`
  fragment IdemTransfer on TransferOrder { id number status version lines { quantity product { sku } } }
`);
graphql(`
  fragment IdemBom on Bom {
    id name kind isDefault archivedAt outputQuantity
    lines { id quantity component { sku } }
    operations { id name sequence }
  }
`);
graphql(`
  fragment IdemErrors on UserError { code message field }
`);

const ApiKeyCreate = graphql(`
  mutation IdemApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) { apiKey { id name prefix role { name } } secret userErrors { ...IdemErrors } }
  }
`);
const ApiKeyRevoke = graphql(`
  mutation IdemApiKeyRevoke($id: ID!) {
    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { ...IdemErrors } }
  }
`);
const BomCreate = graphql(`
  mutation IdemBomCreate($input: BomCreateInput!) {
    bomCreate(input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }
  }
`);
const BomArchive = graphql(`
  mutation IdemBomArchive($id: ID!) { bomArchive(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } } }
`);
const BomLineAdd = graphql(`
  mutation IdemBomLineAdd($bomId: ID!, $input: BomLineInput!) {
    bomLineAdd(bomId: $bomId, input: $input) {
      bomLine { id quantity component { sku } bom { ...IdemBom } }
      userErrors { ...IdemErrors }
    }
  }
`);
const BomLineRemove = graphql(`
  mutation IdemBomLineRemove($id: ID!) {
    bomLineRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }
  }
`);
const BomLineUpdate = graphql(`
  mutation IdemBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {
    bomLineUpdate(id: $id, input: $input) { bomLine { id quantity } userErrors { ...IdemErrors } }
  }
`);
const BomOperationAdd = graphql(`
  mutation IdemBomOperationAdd($bomId: ID!, $input: BomOperationInput!) {
    bomOperationAdd(bomId: $bomId, input: $input) {
      bomOperation { id name sequence setupMinutes minutesPerUnit }
      userErrors { ...IdemErrors }
    }
  }
`);
const BomOperationRemove = graphql(`
  mutation IdemBomOperationRemove($id: ID!) {
    bomOperationRemove(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }
  }
`);
const BomOperationUpdate = graphql(`
  mutation IdemBomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {
    bomOperationUpdate(id: $id, input: $input) { bomOperation { id name sequence } userErrors { ...IdemErrors } }
  }
`);
const BomRun = graphql(`
  mutation IdemBomRun($input: BomRunInput!) {
    bomRun(input: $input) {
      bomRun { id quantity movements { quantity reason product { sku } } }
      userErrors { ...IdemErrors }
    }
  }
`);
const BomSetDefault = graphql(`
  mutation IdemBomSetDefault($id: ID!) {
    bomSetDefault(id: $id) { bom { ...IdemBom } userErrors { ...IdemErrors } }
  }
`);
const BomUpdate = graphql(`
  mutation IdemBomUpdate($id: ID!, $input: BomUpdateInput!) {
    bomUpdate(id: $id, input: $input) { bom { ...IdemBom } userErrors { ...IdemErrors } }
  }
`);
const CustomerCreate = graphql(`
  mutation IdemCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) { customer { id name email archivedAt } userErrors { ...IdemErrors } }
  }
`);
const CustomerUpdate = graphql(`
  mutation IdemCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {
    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { ...IdemErrors } }
  }
`);
const CustomerArchive = graphql(`
  mutation IdemCustomerArchive($id: ID!) {
    customerArchive(id: $id) { customer { id archivedAt } userErrors { ...IdemErrors } }
  }
`);
const EmployeeCreate = graphql(`
  mutation IdemEmployeeCreate($input: EmployeeCreateInput!) {
    employeeCreate(input: $input) { employee { id name email } userErrors { ...IdemErrors } }
  }
`);
const EmployeeUpdate = graphql(`
  mutation IdemEmployeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {
    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { ...IdemErrors } }
  }
`);
const EmployeeArchive = graphql(`
  mutation IdemEmployeeArchive($id: ID!) {
    employeeArchive(id: $id) { employee { id archivedAt } userErrors { ...IdemErrors } }
  }
`);
const LocationCreate = graphql(`
  mutation IdemLocationCreate($input: LocationCreateInput!) {
    locationCreate(input: $input) {
      location { id name kind connectedWarehouse { name } }
      userErrors { ...IdemErrors }
    }
  }
`);
const LocationUpdate = graphql(`
  mutation IdemLocationUpdate($id: ID!, $input: LocationUpdateInput!) {
    locationUpdate(id: $id, input: $input) { location { id name } userErrors { ...IdemErrors } }
  }
`);
const LocationArchive = graphql(`
  mutation IdemLocationArchive($id: ID!) {
    locationArchive(id: $id) { location { id archivedAt } userErrors { ...IdemErrors } }
  }
`);
const ProductCreate = graphql(`
  mutation IdemProductCreate($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product { id sku name unit cost barcodes replenishment }
      userErrors { ...IdemErrors }
    }
  }
`);
const ProductUpdate = graphql(`
  mutation IdemProductUpdate($id: ID!, $input: ProductUpdateInput!) {
    productUpdate(id: $id, input: $input) { product { id sku name cost updatedAt } userErrors { ...IdemErrors } }
  }
`);
const ProductArchive = graphql(`
  mutation IdemProductArchive($id: ID!) {
    productArchive(id: $id) { product { id archivedAt } userErrors { ...IdemErrors } }
  }
`);
const ResourceCreate = graphql(`
  mutation IdemResourceCreate($input: ResourceCreateInput!) {
    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { ...IdemErrors } }
  }
`);
const ResourceUpdate = graphql(`
  mutation IdemResourceUpdate($id: ID!, $input: ResourceUpdateInput!) {
    resourceUpdate(id: $id, input: $input) {
      resource { id name capacityMinutesPerDay }
      userErrors { ...IdemErrors }
    }
  }
`);
const ResourceArchive = graphql(`
  mutation IdemResourceArchive($id: ID!) {
    resourceArchive(id: $id) { resource { id archivedAt } userErrors { ...IdemErrors } }
  }
`);
const SupplierCreate = graphql(`
  mutation IdemSupplierCreate($input: SupplierCreateInput!) {
    supplierCreate(input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }
  }
`);
const SupplierUpdate = graphql(`
  mutation IdemSupplierUpdate($id: ID!, $input: SupplierUpdateInput!) {
    supplierUpdate(id: $id, input: $input) { supplier { id name phone } userErrors { ...IdemErrors } }
  }
`);
const SupplierArchive = graphql(`
  mutation IdemSupplierArchive($id: ID!) {
    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { ...IdemErrors } }
  }
`);
const SettingsUpdate = graphql(`
  mutation IdemSettingsUpdate($input: SettingsUpdateInput!) {
    settingsUpdate(input: $input) {
      settings { allowNegativeStock allowOverReceipt salesOrderProductionStatus }
      userErrors { ...IdemErrors }
    }
  }
`);
const StockAdjust = graphql(`
  mutation IdemStockAdjust($input: StockAdjustInput!) {
    stockAdjust(input: $input) {
      adjustment { id type note movements { quantity reason product { sku } } }
      userErrors { ...IdemErrors }
    }
  }
`);
const OrderCreate = graphql(`
  mutation IdemOrderCreate($input: ProductionOrderCreateInput!) {
    productionOrderCreate(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }
  }
`);
const OrderCreateFromBom = graphql(`
  mutation IdemOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {
    productionOrderCreateFromBom(input: $input) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }
  }
`);
const OrderAuthorize = graphql(`
  mutation IdemOrderAuthorize($id: ID!, $expectedVersion: Int) {
    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {
      productionOrder { ...IdemOrder }
      userErrors { ...IdemErrors }
    }
  }
`);
const OrderAuthorizeWithEvents = graphql(`
  mutation IdemOrderAuthorizeWithEvents($id: ID!) {
    productionOrderAuthorize(id: $id) {
      productionOrder { status events { type beforeStatus afterStatus } }
      userErrors { ...IdemErrors }
    }
  }
`);
const OrderRelease = graphql(`
  mutation IdemOrderRelease($id: ID!) {
    productionOrderRelease(id: $id) {
      productionOrder { ...IdemOrder }
      unorderedComponents { quantity product { sku } }
      userErrors { ...IdemErrors }
    }
  }
`);
const OrderStart = graphql(`
  mutation IdemOrderStart($id: ID!) {
    productionOrderStart(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }
  }
`);
const OrderComplete = graphql(`
  mutation IdemOrderComplete($id: ID!) {
    productionOrderComplete(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }
  }
`);
const OrderUndo = graphql(`
  mutation IdemOrderUndo($id: ID!) {
    productionOrderUndo(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }
  }
`);
const OrderVoid = graphql(`
  mutation IdemOrderVoid($id: ID!) {
    productionOrderVoid(id: $id) { productionOrder { ...IdemOrder } userErrors { ...IdemErrors } }
  }
`);
const OrderComponentUpdate = graphql(`
  mutation IdemOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {
    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {
      productionOrder { ...IdemOrder }
      userErrors { ...IdemErrors }
    }
  }
`);
const OrderRecordWaste = graphql(`
  mutation IdemOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {
    productionOrderRecordWaste(id: $id, input: $input) {
      productionOrder { ...IdemOrder waste { type movements { quantity } } }
      userErrors { ...IdemErrors }
    }
  }
`);
const OrderCreatePurchaseOrders = graphql(`
  mutation IdemOrderCreatePurchaseOrders($productionOrderId: ID!) {
    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId) {
      purchaseOrders { ...IdemPurchase }
      componentsWithoutSupplier { sku }
      userErrors { ...IdemErrors }
    }
  }
`);
const PurchaseCreate = graphql(`
  mutation IdemPurchaseCreate($input: PurchaseOrderCreateInput!) {
    purchaseOrderCreate(input: $input) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }
  }
`);
const PurchasePlace = graphql(`
  mutation IdemPurchasePlace($id: ID!) {
    purchaseOrderPlace(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }
  }
`);
const PurchaseReceive = graphql(`
  mutation IdemPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {
    purchaseOrderReceive(id: $id, lines: $lines) {
      purchaseOrder { ...IdemPurchase movements { quantity reason } }
      userErrors { ...IdemErrors }
    }
  }
`);
const PurchaseUpdateLines = graphql(`
  mutation IdemPurchaseUpdateLines($id: ID!, $lines: [PurchaseOrderLineInput!]!) {
    purchaseOrderUpdateLines(id: $id, lines: $lines) {
      purchaseOrder { ...IdemPurchase }
      userErrors { ...IdemErrors }
    }
  }
`);
const PurchaseVoid = graphql(`
  mutation IdemPurchaseVoid($id: ID!) {
    purchaseOrderVoid(id: $id) { purchaseOrder { ...IdemPurchase } userErrors { ...IdemErrors } }
  }
`);
const ReorderApply = graphql(`
  mutation IdemReorderApply($locationId: ID!, $productIds: [ID!]!) {
    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {
      productionOrders { ...IdemOrder }
      purchaseOrders { ...IdemPurchase }
      productsWithoutSupplier { sku }
      userErrors { ...IdemErrors }
    }
  }
`);
const SalesCreate = graphql(`
  mutation IdemSalesCreate($input: SalesOrderCreateInput!) {
    salesOrderCreate(input: $input) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }
  }
`);
const SalesAuthorize = graphql(`
  mutation IdemSalesAuthorize($id: ID!) {
    salesOrderAuthorize(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }
  }
`);
const SalesFulfill = graphql(`
  mutation IdemSalesFulfill($id: ID!) {
    salesOrderFulfill(id: $id) {
      salesOrder { ...IdemSales movements { quantity reason } }
      userErrors { ...IdemErrors }
    }
  }
`);
const SalesUpdateLines = graphql(`
  mutation IdemSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {
    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }
  }
`);
const SalesVoid = graphql(`
  mutation IdemSalesVoid($id: ID!) {
    salesOrderVoid(id: $id) { salesOrder { ...IdemSales } userErrors { ...IdemErrors } }
  }
`);
const TransferCreate = graphql(`
  mutation IdemTransferCreate($input: TransferOrderCreateInput!) {
    transferOrderCreate(input: $input) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }
  }
`);
const TransferComplete = graphql(`
  mutation IdemTransferComplete($id: ID!) {
    transferOrderComplete(id: $id) {
      transferOrder { ...IdemTransfer movements { quantity reason } }
      userErrors { ...IdemErrors }
    }
  }
`);
const TransferVoid = graphql(`
  mutation IdemTransferVoid($id: ID!) {
    transferOrderVoid(id: $id) { transferOrder { ...IdemTransfer } userErrors { ...IdemErrors } }
  }
`);
const TwoAdjustments = graphql(`
  mutation IdemTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {
    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }
    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { ...IdemErrors } }
  }
`);
const ProductsQuery = graphql(`
  query IdemProducts { products(first: 1) { edges { node { sku } } } }
`);

// ---- Fixtures ----------------------------------------------------------------------------------------------

/** A BOM that is not its product's default, with a line and an operation. */
async function bomWithOperation() {
  const product = await createProduct(kit, unique("OPS"));
  const component = await createProduct(kit, unique("OPC"));
  const resource = await kit.db.prisma.resource.create({
    data: { name: unique("Saw"), capacityMinutesPerDay: 480 },
  });
  const bom = await kit.db.prisma.bom.create({
    data: {
      productId: product,
      kind: "PRODUCTION",
      name: unique("Routing"),
      operations: { create: [{ sequence: 10, name: "Cut", resourceId: resource.id }] },
      lines: { create: [{ componentId: component, quantity: "1", position: 0 }] },
    },
    include: { lines: true, operations: true },
  });
  return {
    bom: gid("Bom", bom.id),
    line: gid("BomLine", bom.lines[0]?.id as number),
    operation: gid("BomOperation", bom.operations[0]?.id as number),
    resource: gid("Resource", resource.id),
    component: gid("Product", component),
  };
}

const row = {
  customer: async () =>
    gid("Customer", (await kit.db.prisma.customer.create({ data: { name: unique("C") } })).id),
  supplier: async () =>
    gid("Supplier", (await kit.db.prisma.supplier.create({ data: { name: unique("S") } })).id),
  employee: async () =>
    gid("Employee", (await kit.db.prisma.employee.create({ data: { name: unique("E") } })).id),
  resource: async () =>
    gid(
      "Resource",
      (await kit.db.prisma.resource.create({ data: { name: unique("R"), capacityMinutesPerDay: 60 } })).id,
    ),
  location: async () =>
    gid(
      "Location",
      (await kit.db.prisma.location.create({ data: { name: unique("L"), kind: "WAREHOUSE" } })).id,
    ),
  product: async () => gid("Product", await createProduct(kit, unique("P"))),
};

// ---- One retry case per mutation ---------------------------------------------------------------------------

/** How to send each mutation once so that it succeeds and changes something. */
const cases: Record<string, () => Promise<Request>> = {
  apiKeyCreate: async () => ({
    document: ApiKeyCreate,
    variables: { input: { name: unique("K"), role: "viewer" } },
  }),
  apiKeyRevoke: async () => {
    const { apiKey } = await kit.db.transaction((tx) =>
      createApiKey(tx, { name: unique("K"), role: "viewer" }, null),
    );
    return { document: ApiKeyRevoke, variables: { id: gid("ApiKey", apiKey.id) } };
  },
  bomCreate: async () => ({
    document: BomCreate,
    variables: {
      input: {
        productId: await row.product(),
        kind: "PRODUCTION",
        name: unique("B"),
        makeDefault: true,
        lines: [{ componentId: await row.product(), quantity: "2.5" }],
      },
    },
  }),
  bomArchive: async () => ({ document: BomArchive, variables: { id: (await bomWithOperation()).bom } }),
  bomLineAdd: async () => ({
    document: BomLineAdd,
    variables: {
      bomId: (await bomWithOperation()).bom,
      input: { componentId: await row.product(), quantity: "4" },
    },
  }),
  bomLineRemove: async () => ({
    document: BomLineRemove,
    variables: { id: (await bomWithOperation()).line },
  }),
  bomLineUpdate: async () => ({
    document: BomLineUpdate,
    variables: { id: (await bomWithOperation()).line, input: { quantity: "3" } },
  }),
  bomOperationAdd: async () => {
    const bom = await bomWithOperation();
    return {
      document: BomOperationAdd,
      variables: {
        bomId: bom.bom,
        input: { name: "Weld", resourceId: bom.resource, sequence: 20, setupMinutes: "5" },
      },
    };
  },
  bomOperationRemove: async () => ({
    document: BomOperationRemove,
    variables: { id: (await bomWithOperation()).operation },
  }),
  bomOperationUpdate: async () => ({
    document: BomOperationUpdate,
    variables: { id: (await bomWithOperation()).operation, input: { name: "Cut twice" } },
  }),
  bomRun: async () => {
    const { bom } = await fixtures.madeProduct();
    return {
      document: BomRun,
      variables: {
        input: { bomId: gid("Bom", bom), locationId: gid("Location", world.shopFloor), quantity: "2" },
      },
    };
  },
  bomSetDefault: async () => ({ document: BomSetDefault, variables: { id: (await bomWithOperation()).bom } }),
  bomUpdate: async () => ({
    document: BomUpdate,
    variables: {
      id: (await bomWithOperation()).bom,
      input: { name: unique("Renamed"), outputQuantity: "2" },
    },
  }),
  customerCreate: async () => ({
    document: CustomerCreate,
    variables: { input: { name: unique("Customer"), email: "buyer@example.com" } },
  }),
  customerUpdate: async () => ({
    document: CustomerUpdate,
    variables: { id: await row.customer(), input: { name: unique("Customer") } },
  }),
  customerArchive: async () => ({ document: CustomerArchive, variables: { id: await row.customer() } }),
  employeeCreate: async () => ({
    document: EmployeeCreate,
    variables: { input: { name: unique("Employee") } },
  }),
  employeeUpdate: async () => ({
    document: EmployeeUpdate,
    variables: { id: await row.employee(), input: { email: `${unique("e")}@example.com` } },
  }),
  employeeArchive: async () => ({ document: EmployeeArchive, variables: { id: await row.employee() } }),
  locationCreate: async () => ({
    document: LocationCreate,
    variables: {
      input: {
        name: unique("Floor"),
        kind: "SHOP_FLOOR",
        connectedWarehouseId: gid("Location", world.warehouse),
      },
    },
  }),
  locationUpdate: async () => ({
    document: LocationUpdate,
    variables: { id: await row.location(), input: { name: unique("Store") } },
  }),
  locationArchive: async () => ({ document: LocationArchive, variables: { id: await row.location() } }),
  productCreate: async () => ({
    document: ProductCreate,
    variables: { input: { sku: unique("NEW"), name: "New", cost: "3.25", barcodes: [unique("400")] } },
  }),
  productUpdate: async () => ({
    document: ProductUpdate,
    variables: { id: await row.product(), input: { name: "Renamed", cost: "9" } },
  }),
  productArchive: async () => ({ document: ProductArchive, variables: { id: await row.product() } }),
  resourceCreate: async () => ({
    document: ResourceCreate,
    variables: { input: { name: unique("Press"), capacityMinutesPerDay: 480 } },
  }),
  resourceUpdate: async () => ({
    document: ResourceUpdate,
    variables: { id: await row.resource(), input: { capacityMinutesPerDay: 600 } },
  }),
  resourceArchive: async () => ({ document: ResourceArchive, variables: { id: await row.resource() } }),
  supplierCreate: async () => ({
    document: SupplierCreate,
    variables: { input: { name: unique("Supplier"), phone: "+31 20 123" } },
  }),
  supplierUpdate: async () => ({
    document: SupplierUpdate,
    variables: { id: await row.supplier(), input: { phone: "+31 10 999" } },
  }),
  supplierArchive: async () => ({ document: SupplierArchive, variables: { id: await row.supplier() } }),
  settingsUpdate: async () => {
    const { allowOverReceipt } = await kit.db.prisma.settings.findFirstOrThrow();
    return { document: SettingsUpdate, variables: { input: { allowOverReceipt: !allowOverReceipt } } };
  },
  stockAdjust: async () => ({
    document: StockAdjust,
    variables: {
      input: {
        type: "OTHER",
        note: "found on a shelf",
        lines: [
          { productId: await row.product(), locationId: gid("Location", world.warehouse), quantity: "7" },
        ],
      },
    },
  }),
  productionOrderCreate: async () => {
    const { bom } = await fixtures.madeProduct();
    return {
      document: OrderCreate,
      variables: {
        input: {
          locationId: gid("Location", world.shopFloor),
          lines: [{ bomId: gid("Bom", bom), quantity: "2" }],
          status: "PLANNED",
        },
      },
    };
  },
  productionOrderCreateFromBom: async () => {
    const { bom } = await fixtures.madeProduct();
    return {
      document: OrderCreateFromBom,
      variables: {
        input: { bomId: gid("Bom", bom), locationId: gid("Location", world.shopFloor), quantity: "5" },
      },
    };
  },
  productionOrderAuthorize: async () => ({
    document: OrderAuthorize,
    variables: { id: (await fixtures.productionOrder("DRAFT")).id, expectedVersion: 1 },
  }),
  productionOrderRelease: async () => ({
    document: OrderRelease,
    variables: { id: (await fixtures.productionOrder("PLANNED")).id },
  }),
  productionOrderStart: async () => ({
    document: OrderStart,
    variables: { id: (await fixtures.productionOrder("RELEASED")).id },
  }),
  productionOrderComplete: async () => ({
    document: OrderComplete,
    variables: { id: (await fixtures.productionOrder("RELEASED")).id },
  }),
  productionOrderUndo: async () => ({
    document: OrderUndo,
    variables: { id: (await fixtures.productionOrder("PLANNED")).id },
  }),
  productionOrderVoid: async () => ({
    document: OrderVoid,
    variables: { id: (await fixtures.productionOrder("PLANNED")).id },
  }),
  productionOrderComponentUpdate: async () => {
    const { componentIds } = await fixtures.productionOrder("DRAFT");
    return {
      document: OrderComponentUpdate,
      variables: { id: componentIds[0], requiredQuantity: "8.5" },
    };
  },
  productionOrderRecordWaste: async () => {
    const { id, component } = await fixtures.productionOrder("RELEASED");
    return {
      document: OrderRecordWaste,
      variables: {
        id,
        input: { lines: [{ productId: gid("Product", component), quantity: "1.5" }], note: "dropped" },
      },
    };
  },
  productionOrderCreatePurchaseOrders: async () => ({
    document: OrderCreatePurchaseOrders,
    variables: { productionOrderId: (await fixtures.productionOrder("PLANNED", "0")).id },
  }),
  purchaseOrderCreate: async () => ({
    document: PurchaseCreate,
    variables: {
      input: {
        supplierId: gid("Supplier", world.supplierB),
        locationId: gid("Location", world.warehouse),
        lines: [{ productId: await row.product(), quantity: "12" }],
      },
    },
  }),
  purchaseOrderPlace: async () => ({
    document: PurchasePlace,
    variables: { id: (await fixtures.purchaseOrder("DRAFT")).id },
  }),
  purchaseOrderReceive: async () => {
    const { id, lineId } = await fixtures.purchaseOrder("ORDERED");
    return { document: PurchaseReceive, variables: { id, lines: [{ lineId, quantity: "4" }] } };
  },
  purchaseOrderUpdateLines: async () => ({
    document: PurchaseUpdateLines,
    variables: {
      id: (await fixtures.purchaseOrder("DRAFT")).id,
      lines: [{ productId: await row.product(), quantity: "3" }],
    },
  }),
  purchaseOrderVoid: async () => ({
    document: PurchaseVoid,
    variables: { id: (await fixtures.purchaseOrder("ORDERED")).id },
  }),
  reorderSuggestionsApply: async () => {
    const product = await createProduct(kit, unique("LOW"), {
      primarySupplierId: world.supplierA,
      minBeforeReorder: "10",
      reorderQuantity: "5",
    });
    return {
      document: ReorderApply,
      variables: { locationId: gid("Location", world.warehouse), productIds: [gid("Product", product)] },
    };
  },
  salesOrderCreate: async () => ({
    document: SalesCreate,
    variables: {
      input: {
        customerId: gid("Customer", world.customer),
        locationId: gid("Location", world.warehouse),
        lines: [{ productId: await row.product(), quantity: "2" }],
      },
    },
  }),
  salesOrderAuthorize: async () => ({
    document: SalesAuthorize,
    variables: { id: (await fixtures.salesOrder("DRAFT")).id },
  }),
  salesOrderFulfill: async () => ({
    document: SalesFulfill,
    variables: { id: (await fixtures.salesOrder("AUTHORIZED")).id },
  }),
  salesOrderUpdateLines: async () => ({
    document: SalesUpdateLines,
    variables: {
      id: (await fixtures.salesOrder("DRAFT")).id,
      lines: [{ productId: await row.product(), quantity: "6" }],
    },
  }),
  salesOrderVoid: async () => ({
    document: SalesVoid,
    variables: { id: (await fixtures.salesOrder("AUTHORIZED")).id },
  }),
  transferOrderCreate: async () => ({
    document: TransferCreate,
    variables: {
      input: {
        fromLocationId: gid("Location", world.warehouse),
        toLocationId: gid("Location", world.shopFloor),
        lines: [{ productId: await row.product(), quantity: "1" }],
      },
    },
  }),
  transferOrderComplete: async () => ({
    document: TransferComplete,
    variables: { id: (await fixtures.transferOrder("DRAFT")).id },
  }),
  transferOrderVoid: async () => ({
    document: TransferVoid,
    variables: { id: (await fixtures.transferOrder("DRAFT")).id },
  }),
};

/** What a replay answers: the first answer, except the secrets that are never stored. */
function replayOf(name: string, first: Answer["body"]): Answer["body"] {
  if (name !== "apiKeyCreate") return first;
  const payload = first.data?.apiKeyCreate as Record<string, unknown>;
  return { data: { apiKeyCreate: { ...payload, secret: null } } };
}

describe("a retry with the same key", () => {
  it("has a case below for every mutation of the schema", () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.length).toBeGreaterThanOrEqual(58);
    expect(Object.keys(cases).sort()).toEqual(mutations);
  });

  Object.entries(cases).forEach(([name, prepare], index) => {
    // Half the cases send the key in the header, half in the request's extensions (as graphql-ws clients do).
    const via = index % 2 === 0 ? "header" : "extensions";
    it(`${name}: answers the first result again and changes nothing (key in the ${via})`, async () => {
      const request = await prepare();
      const key = randomUUID();
      const before = await databaseSnapshot(kit.db);
      const first = await sendWithKey(request, key, { via });
      expect(first.status).toBe(200);
      expect(first.body.errors).toBeUndefined();
      expect(payloadOf(first, name).userErrors).toEqual([]);
      expect(first.replayed).toBe(false);
      const afterFirst = await databaseSnapshot(kit.db);
      // The first call changed the business tables and wrote its key.
      expect(changedTables(before, afterFirst)).toContain("IdempotencyKey");
      expect(changedTables(before, afterFirst).length).toBeGreaterThan(1);

      const retry = await sendWithKey(request, key, { via });
      expect(retry.status).toBe(200);
      expect(retry.replayed).toBe(true);
      expect(retry.body).toEqual(replayOf(name, first.body));
      expect(changedTables(afterFirst, await databaseSnapshot(kit.db))).toEqual([]);
    });
  });
});

describe("keys", () => {
  const adjust = async (quantity = "1", productId?: string) => ({
    document: StockAdjust,
    variables: {
      input: {
        type: "OTHER",
        lines: [
          {
            productId: productId ?? (await row.product()),
            locationId: gid("Location", world.warehouse),
            quantity,
          },
        ],
      },
    },
  });

  it("answers with the events the request wrote, as the same request without a key does", async () => {
    const authorize = async (key: string | null) => {
      const request = {
        document: OrderAuthorizeWithEvents,
        variables: { id: (await fixtures.productionOrder("DRAFT")).id },
      };
      return payloadOf(await sendWithKey(request, key), "productionOrderAuthorize").productionOrder;
    };
    const withoutKey = await authorize(null);
    expect(withoutKey.events).toContainEqual({
      type: "PRODUCTION_ORDER_PLANNED",
      beforeStatus: "DRAFT",
      afterStatus: "PLANNED",
    });
    expect(await authorize(randomUUID())).toEqual(withoutKey);
  });

  it("refuses the same key with other input or another mutation, changing nothing", async () => {
    const key = randomUUID();
    const product = await row.product();
    const first = await sendWithKey(await adjust("2", product), key);
    expect(first.body.errors).toBeUndefined();
    const before = await databaseSnapshot(kit.db);
    for (const other of [
      await adjust("3", product),
      { document: SupplierCreate, variables: { input: { name: "X" } } },
    ]) {
      const answer = await sendWithKey(other, key);
      expect(answer.status).toBe(422);
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(
            /^The idempotency key ".+" was already used with another request \(stockAdjust\)/,
          ),
          extensions: { code: "IDEMPOTENCY_KEY_REUSED" },
        }),
      ]);
    }
    expect(changedTables(before, await databaseSnapshot(kit.db))).toEqual([]);
  });

  it("treats the same document with variables in another order as the same request", async () => {
    const key = randomUUID();
    const request = await adjust("2");
    const first = await sendWithKey(request, key);
    const input = request.variables.input as Record<string, unknown>;
    const reordered = {
      document: StockAdjust,
      variables: { input: { lines: input.lines, type: input.type } },
    };
    const retry = await sendWithKey(reordered, key);
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(first.body);
  });

  it("are scoped to the API key: another client's identical key is its own", async () => {
    const key = randomUUID();
    const otherClient = await kit.keyWith("INVENTORY_ADJUST");
    const request = await adjust("1");
    const mine = await sendWithKey(request, key);
    const theirs = await sendWithKey(request, key, { apiKey: otherClient });
    expect(theirs.replayed).toBe(false);
    expect(theirs.body.errors).toBeUndefined();
    const ids = [mine, theirs].map((answer) => payloadOf(answer, "stockAdjust").adjustment.id);
    expect(new Set(ids).size).toBe(2);
  });

  it("applies concurrent duplicates once and answers each of them the same", async () => {
    const key = randomUUID();
    const request = await adjust("5");
    const before = await kit.db.prisma.inventoryAdjustment.count();
    const answers = await Promise.all(Array.from({ length: 6 }, () => sendWithKey(request, key)));
    expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before + 1);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]?.body);
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
    expect(answers[0]?.body.errors).toBeUndefined();
  });

  it("replays a refusal (userErrors) too: a new attempt needs a new key", async () => {
    const product = await createProduct(kit, unique("SCARCE"));
    const take = {
      document: StockAdjust,
      variables: {
        input: {
          type: "WASTE",
          lines: [
            {
              productId: gid("Product", product),
              locationId: gid("Location", world.warehouse),
              quantity: "3",
            },
          ],
        },
      },
    };
    const key = randomUUID();
    const refused = await sendWithKey(take, key);
    expect(payloadOf(refused, "stockAdjust").userErrors[0]?.code).toBe("INSUFFICIENT_STOCK");
    await addStock(kit, product, world.warehouse, "10");
    const retry = await sendWithKey(take, key);
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(refused.body);
    expect(
      await kit.db.prisma.inventoryAdjustment.count({
        where: { movements: { some: { productId: product } } },
      }),
    ).toBe(0);
    const fresh = await sendWithKey(take, randomUUID());
    expect(payloadOf(fresh, "stockAdjust").userErrors).toEqual([]);
  });

  it("does not keep a request refused as a whole (here: forbidden), nor write anything for it", async () => {
    const viewer = await kit.keyWith("PRODUCTION_VIEW");
    const key = randomUUID();
    const request = await adjust("1");
    const before = await databaseSnapshot(kit.db);
    const answer = await sendWithKey(request, key, { apiKey: viewer });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(changedTables(before, await databaseSnapshot(kit.db))).toEqual([]);
  });

  it("applies a multi-mutation request once, as a whole", async () => {
    const key = randomUUID();
    const [first, second] = [await adjust("1"), await adjust("2")];
    const request = {
      document: TwoAdjustments,
      variables: { first: first.variables.input, second: second.variables.input },
    };
    const before = await kit.db.prisma.inventoryAdjustment.count();
    const answer = await sendWithKey(request, key);
    expect(answer.body.errors).toBeUndefined();
    const retry = await sendWithKey(request, key);
    expect(retry.body).toEqual(answer.body);
    expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before + 2);
  });

  it("refuses malformed keys and a header that contradicts the extensions", async () => {
    const request = await adjust("1");
    for (const key of ["", "with space", "x".repeat(256), "é"]) {
      const answer = await sendWithKey(request, key, { via: "extensions" });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_INVALID");
    }
    const response = await kit.app.fetch("http://test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        authorization: `Bearer ${kit.adminKey}`,
        "idempotency-key": "one",
      },
      body: JSON.stringify({
        query: print(request.document),
        variables: request.variables,
        extensions: { idempotencyKey: "two" },
      }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Answer["body"]).errors?.[0]?.message).toMatch(/differ/);
  });

  it("is ignored on queries, which are safe to repeat", async () => {
    const key = randomUUID();
    const answer = await sendWithKey({ document: ProductsQuery, variables: {} }, key);
    expect(answer.body.errors).toBeUndefined();
    expect(await kit.db.prisma.idempotencyKey.count({ where: { key } })).toBe(0);
  });
});

describe("expiry", () => {
  it("stores keys for the configured time", async () => {
    const app = createApp({ db: kit.db, logger: createLogger("error"), idempotencyKeyTtlHours: 2 });
    const key = randomUUID();
    const startedAt = Date.now();
    await sendWithKey({ document: StockAdjust, variables: (await adjustRequest()).variables }, key, { app });
    const stored = await kit.db.prisma.idempotencyKey.findFirstOrThrow({ where: { key } });
    const hours = (stored.expiresAt.getTime() - startedAt) / 3_600_000;
    expect(hours).toBeGreaterThan(1.99);
    expect(hours).toBeLessThan(2.01);
  });

  it("runs a request again once its key has expired, and prunes expired keys", async () => {
    const key = randomUUID();
    const request = await adjustRequest();
    const first = await sendWithKey(request, key);
    // Expire it, and leave another client's long-expired key behind.
    await kit.db.prisma.idempotencyKey.updateMany({
      where: { key },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await kit.db.prisma.idempotencyKey.create({
      data: {
        apiKeyId: 1,
        key: "forgotten",
        operation: "stockAdjust",
        requestHash: "x",
        response: {},
        expiresAt: new Date(Date.now() - 86_400_000),
      },
    });
    // A new instance prunes on its first idempotent request.
    const app = createApp({ db: kit.db, logger: createLogger("error") });
    const again = await sendWithKey(request, key, { app });
    expect(again.replayed).toBe(false);
    const ids = [first, again].map((answer) => payloadOf(answer, "stockAdjust").adjustment.id);
    expect(ids[0]).not.toBe(ids[1]);
    expect(await kit.db.prisma.idempotencyKey.count({ where: { key: "forgotten" } })).toBe(0);
    const renewed = await kit.db.prisma.idempotencyKey.findFirstOrThrow({ where: { key } });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  async function adjustRequest() {
    return {
      document: StockAdjust,
      variables: {
        input: {
          type: "OTHER",
          lines: [
            { productId: await row.product(), locationId: gid("Location", world.warehouse), quantity: "1" },
          ],
        },
      },
    };
  }
});
