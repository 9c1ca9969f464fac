import { isDeepStrictEqual } from "node:util";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.ts";
import { graphql } from "../graphql/index.ts";
import { createTestKit, type TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { databaseSnapshot } from "../kit/snapshot.ts";
import {
  addStock,
  createBom,
  createProduct,
  type OrderFixtures,
  orderFixtures,
  seedWorld,
  type World,
} from "../kit/world.ts";
import { documentFor, type InputPosition, inputPositions, variablesReaching } from "./schema-inputs.ts";

/**
 * A catalogue of bad requests across every mutation area. Each is refused with a typed error (a userError with
 * its code and field, or a top-level error with its code), the server answers the next request, and the
 * database is exactly as before (every table's rows fingerprinted).
 */

let kit: TestKit;
let world: World;
let fixtures: OrderFixtures;
/** Keys with one permission each. */
let viewer: string;
let shopFloorKey: string;

beforeAll(async () => {
  kit = await createTestKit();
  world = await seedWorld(kit);
  fixtures = orderFixtures(kit, world);
  viewer = await kit.keyWith("PRODUCTION_VIEW");
  shopFloorKey = await kit.keyWith("PRODUCTION_VIEW", "PRODUCTION_ADJUST", "INVENTORY_ADJUST");
});
afterAll(() => kit.close());

const ProductCreate = graphql(`
  mutation BadProductCreate($input: ProductCreateInput!) {
    productCreate(input: $input) { product { id } userErrors { code message field } }
  }
`);
const ProductUpdate = graphql(`
  mutation BadProductUpdate($id: ID!, $input: ProductUpdateInput!) {
    productUpdate(id: $id, input: $input) { product { id } userErrors { code message field } }
  }
`);
const SupplierCreate = graphql(`
  mutation BadSupplierCreate($input: SupplierCreateInput!) {
    supplierCreate(input: $input) { supplier { id } userErrors { code message field } }
  }
`);
const CustomerCreate = graphql(`
  mutation BadCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) { customer { id } userErrors { code message field } }
  }
`);
const EmployeeCreate = graphql(`
  mutation BadEmployeeCreate($input: EmployeeCreateInput!) {
    employeeCreate(input: $input) { employee { id } userErrors { code message field } }
  }
`);
const LocationCreate = graphql(`
  mutation BadLocationCreate($input: LocationCreateInput!) {
    locationCreate(input: $input) { location { id } userErrors { code message field } }
  }
`);
const LocationArchive = graphql(`
  mutation BadLocationArchive($id: ID!) {
    locationArchive(id: $id) { location { id } userErrors { code message field } }
  }
`);
const ResourceCreate = graphql(`
  mutation BadResourceCreate($input: ResourceCreateInput!) {
    resourceCreate(input: $input) { resource { id } userErrors { code message field } }
  }
`);
const BomCreate = graphql(`
  mutation BadBomCreate($input: BomCreateInput!) {
    bomCreate(input: $input) { bom { id } userErrors { code message field } }
  }
`);
const BomLineAdd = graphql(`
  mutation BadBomLineAdd($bomId: ID!, $input: BomLineInput!) {
    bomLineAdd(bomId: $bomId, input: $input) { bomLine { id } userErrors { code message field } }
  }
`);
const BomLineUpdate = graphql(`
  mutation BadBomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {
    bomLineUpdate(id: $id, input: $input) { bomLine { id } userErrors { code message field } }
  }
`);
const BomUpdate = graphql(`
  mutation BadBomUpdate($id: ID!, $input: BomUpdateInput!) {
    bomUpdate(id: $id, input: $input) { bom { id } userErrors { code message field } }
  }
`);
const BomRun = graphql(`
  mutation BadBomRun($input: BomRunInput!) {
    bomRun(input: $input) { bomRun { id } userErrors { code message field } }
  }
`);
const StockAdjust = graphql(`
  mutation BadStockAdjust($input: StockAdjustInput!) {
    stockAdjust(input: $input) { adjustment { id } userErrors { code message field } }
  }
`);
const OrderCreate = graphql(`
  mutation BadOrderCreate($input: ProductionOrderCreateInput!) {
    productionOrderCreate(input: $input) { productionOrder { id } userErrors { code message field } }
  }
`);
const OrderAuthorize = graphql(`
  mutation BadOrderAuthorize($id: ID!, $expectedVersion: Int) {
    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {
      productionOrder { id }
      userErrors { code message field }
    }
  }
`);
const OrderComplete = graphql(`
  mutation BadOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!]) {
    productionOrderComplete(id: $id, consumption: $consumption) {
      productionOrder { id }
      userErrors { code message field }
    }
  }
`);
const OrderComponentUpdate = graphql(`
  mutation BadOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!) {
    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity) {
      productionOrder { id }
      userErrors { code message field }
    }
  }
`);
const OrderVoid = graphql(`
  mutation BadOrderVoid($id: ID!) {
    productionOrderVoid(id: $id) { productionOrder { id } userErrors { code message field } }
  }
`);
const OrderRecordWaste = graphql(`
  mutation BadOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!) {
    productionOrderRecordWaste(id: $id, input: $input) { productionOrder { id } userErrors { code message field } }
  }
`);
const SalesCreate = graphql(`
  mutation BadSalesCreate($input: SalesOrderCreateInput!) {
    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }
  }
`);
const SalesFulfill = graphql(`
  mutation BadSalesFulfill($id: ID!) {
    salesOrderFulfill(id: $id) { salesOrder { id } userErrors { code message field } }
  }
`);
const SalesUpdateLines = graphql(`
  mutation BadSalesUpdateLines($id: ID!, $lines: [OrderLineInput!]!) {
    salesOrderUpdateLines(id: $id, lines: $lines) { salesOrder { id } userErrors { code message field } }
  }
`);
const PurchaseCreate = graphql(`
  mutation BadPurchaseCreate($input: PurchaseOrderCreateInput!) {
    purchaseOrderCreate(input: $input) { purchaseOrder { id } userErrors { code message field } }
  }
`);
const PurchasePlace = graphql(`
  mutation BadPurchasePlace($id: ID!, $expectedVersion: Int) {
    purchaseOrderPlace(id: $id, expectedVersion: $expectedVersion) {
      purchaseOrder { id }
      userErrors { code message field }
    }
  }
`);
const PurchaseReceive = graphql(`
  mutation BadPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {
    purchaseOrderReceive(id: $id, lines: $lines) { purchaseOrder { id } userErrors { code message field } }
  }
`);
const TransferCreate = graphql(`
  mutation BadTransferCreate($input: TransferOrderCreateInput!) {
    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }
  }
`);
const TransferComplete = graphql(`
  mutation BadTransferComplete($id: ID!) {
    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }
  }
`);
const TransferVoid = graphql(`
  mutation BadTransferVoid($id: ID!) {
    transferOrderVoid(id: $id) { transferOrder { id } userErrors { code message field } }
  }
`);
const ApiKeyCreate = graphql(`
  mutation BadApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code message field } }
  }
`);
const ApiKeyRevoke = graphql(`
  mutation BadApiKeyRevoke($id: ID!) {
    apiKeyRevoke(id: $id) { apiKey { id } userErrors { code message field } }
  }
`);
const SettingsUpdate = graphql(`
  mutation BadSettingsUpdate($input: SettingsUpdateInput!) {
    settingsUpdate(input: $input) { settings { allowNegativeStock } userErrors { code message field } }
  }
`);
const ReorderApply = graphql(`
  mutation BadReorderApply($locationId: ID!, $productIds: [ID!]!) {
    reorderSuggestionsApply(locationId: $locationId, productIds: $productIds) {
      purchaseOrders { id }
      userErrors { code message field }
    }
  }
`);
const Ping = graphql(`
  query BadPing { settings { allowNegativeStock } }
`);

// biome-ignore lint/suspicious/noExplicitAny: the catalogue sends every kind of document
type AnyDocument = TypedDocumentNode<any, any>;
type Expected =
  /** A userError with this code, naming this field (the path from the mutation's arguments). */
  | { userError: string; field: string[] | null }
  /** A top-level error with this code: refused arguments or variables, or a missing permission. */
  | { error: string };
interface Case {
  area: string;
  name: string;
  /** Builds what the case needs (before the snapshot) and returns the request. */
  prepare: () => Promise<{ document: AnyDocument; variables: Record<string, unknown>; key?: string }>;
  expected: Expected;
}

const gid = globalId;
const location = (id: number) => gid("Location", id);
const product = async (data = {}) => gid("Product", await createProduct(kit, fixtures.unique("P"), data));
/** A valid global id of a row that does not exist. */
const missing = (type: string) => gid(type, 2_000_000_000);
const userError = (code: string, field: string[] | null): Expected => ({ userError: code, field });
const huge = "x".repeat(100_000);

const catalogue: Case[] = [
  // Catalog
  {
    area: "catalog",
    name: "product with an empty SKU",
    prepare: async () => ({ document: ProductCreate, variables: { input: { sku: " ", name: "Blank" } } }),
    expected: userError("INVALID_INPUT", ["input", "sku"]),
  },
  {
    area: "catalog",
    name: "product with a 100,000-character name",
    prepare: async () => ({ document: ProductCreate, variables: { input: { sku: "HUGE", name: huge } } }),
    expected: userError("INVALID_INPUT", ["input", "name"]),
  },
  {
    area: "catalog",
    name: "product with a SKU already used",
    prepare: async () => {
      await createProduct(kit, "TAKEN");
      return { document: ProductCreate, variables: { input: { sku: "TAKEN", name: "Again" } } };
    },
    expected: userError("ALREADY_EXISTS", ["input", "sku"]),
  },
  {
    area: "catalog",
    name: "product with a negative cost",
    prepare: async () => ({
      document: ProductCreate,
      variables: { input: { sku: "NEG", name: "N", cost: "-1" } },
    }),
    expected: userError("INVALID_INPUT", ["input", "cost"]),
  },
  {
    area: "catalog",
    name: "product cost with 7 decimals (a Decimal the scalar refuses)",
    prepare: async () => ({
      document: ProductCreate,
      variables: { input: { sku: "PREC", name: "P", cost: "1.1234567" } },
    }),
    expected: { error: "BAD_USER_INPUT" },
  },
  {
    area: "catalog",
    name: "product cost of 10^20 (more than 14 integer digits)",
    prepare: async () => ({
      document: ProductCreate,
      variables: { input: { sku: "BIG", name: "B", cost: "100000000000000000000" } },
    }),
    expected: { error: "BAD_USER_INPUT" },
  },
  {
    area: "catalog",
    name: "product lead time given as a string (wrong type)",
    prepare: async () => ({
      document: ProductCreate,
      variables: { input: { sku: "LT", name: "L", leadTimeDays: "ten" } },
    }),
    expected: { error: "BAD_USER_INPUT" },
  },
  {
    area: "catalog",
    name: "product lead time of 2^40 (beyond Int)",
    prepare: async () => ({
      document: ProductCreate,
      variables: { input: { sku: "LT2", name: "L", leadTimeDays: 2 ** 40 } },
    }),
    expected: { error: "BAD_USER_INPUT" },
  },
  {
    area: "catalog",
    name: "product input with an unknown field",
    prepare: async () => ({
      document: ProductCreate,
      variables: { input: { sku: "UNK", name: "U", colour: "red" } },
    }),
    expected: { error: "BAD_USER_INPUT" },
  },
  {
    area: "catalog",
    name: "update of a product that does not exist",
    prepare: async () => ({
      document: ProductUpdate,
      variables: { id: missing("Product"), input: { name: "Ghost" } },
    }),
    expected: userError("NOT_FOUND", ["id"]),
  },
  {
    area: "catalog",
    name: "update with a malformed global id",
    prepare: async () => ({ document: ProductUpdate, variables: { id: "not-an-id", input: { name: "X" } } }),
    expected: { error: "BAD_USER_INPUT" },
  },
  {
    area: "catalog",
    name: "update with the global id of another type",
    prepare: async () => ({
      document: ProductUpdate,
      variables: { id: gid("Customer", world.customer), input: { name: "X" } },
    }),
    expected: { error: "BAD_USER_INPUT" },
  },
  {
    area: "catalog",
    name: "supplier with an invalid email",
    prepare: async () => ({
      document: SupplierCreate,
      variables: { input: { name: "Mail", email: "not-mail" } },
    }),
    expected: userError("INVALID_INPUT", ["input", "email"]),
  },
  {
    area: "catalog",
    name: "customer whose name differs from an archived one only in case",
    prepare: async () => ({ document: CustomerCreate, variables: { input: { name: "closed shop" } } }),
    expected: userError("ALREADY_EXISTS", ["input", "name"]),
  },
  {
    area: "catalog",
    name: "employee with an empty name",
    prepare: async () => ({ document: EmployeeCreate, variables: { input: { name: "" } } }),
    expected: userError("INVALID_INPUT", ["input", "name"]),
  },
  {
    area: "catalog",
    name: "shop floor connected to a shop floor",
    prepare: async () => ({
      document: LocationCreate,
      variables: {
        input: { name: "Floor 2", kind: "SHOP_FLOOR", connectedWarehouseId: location(world.shopFloor) },
      },
    }),
    expected: userError("WRONG_LOCATION_KIND", ["input", "connectedWarehouseId"]),
  },
  {
    area: "catalog",
    name: "archiving a warehouse an active shop floor draws from",
    prepare: async () => ({ document: LocationArchive, variables: { id: location(world.warehouse) } }),
    expected: userError("IN_USE", ["id"]),
  },
  {
    area: "catalog",
    name: "resource with 2,000 minutes a day",
    prepare: async () => ({
      document: ResourceCreate,
      variables: { input: { name: "Oven", capacityMinutesPerDay: 2000 } },
    }),
    expected: userError("INVALID_INPUT", ["input", "capacityMinutesPerDay"]),
  },
  // BOMs
  {
    area: "boms",
    name: "BOM containing its own product",
    prepare: async () => {
      const self = await product();
      return {
        document: BomCreate,
        variables: {
          input: {
            productId: self,
            kind: "PRODUCTION",
            name: "Loop",
            lines: [{ componentId: self, quantity: "1" }],
          },
        },
      };
    },
    expected: userError("CYCLE", ["input", "lines", "0", "componentId"]),
  },
  {
    area: "boms",
    name: "line that closes a cycle two levels down",
    prepare: async () => {
      const [a, b] = [
        await createProduct(kit, fixtures.unique("A")),
        await createProduct(kit, fixtures.unique("B")),
      ];
      await createBom(kit, a, [[b, "1"]]);
      const bomOfB = await createBom(kit, b, [[await createProduct(kit, fixtures.unique("C")), "1"]]);
      return {
        document: BomLineAdd,
        variables: { bomId: gid("Bom", bomOfB), input: { componentId: gid("Product", a), quantity: "1" } },
      };
    },
    expected: userError("CYCLE", ["input", "componentId"]),
  },
  {
    area: "boms",
    name: "BOM line of quantity zero",
    prepare: async () => {
      const { bom } = await fixtures.madeProduct("0");
      return {
        document: BomLineAdd,
        variables: { bomId: gid("Bom", bom), input: { componentId: await product(), quantity: "0" } },
      };
    },
    expected: userError("INVALID_INPUT", ["input", "quantity"]),
  },
  {
    area: "boms",
    name: "assembly BOM with operations",
    prepare: async () => {
      const resource = await kit.db.prisma.resource.create({
        data: { name: fixtures.unique("Bench"), capacityMinutesPerDay: 60 },
      });
      return {
        document: BomCreate,
        variables: {
          input: {
            productId: await product(),
            kind: "ASSEMBLY",
            name: "Kit",
            operations: [{ name: "Pack", resourceId: gid("Resource", resource.id), sequence: 10 }],
          },
        },
      };
    },
    expected: userError("INVALID_INPUT", ["input", "operations"]),
  },
  {
    area: "boms",
    name: "update of a BOM line that does not exist",
    prepare: async () => ({
      document: BomLineUpdate,
      variables: { id: missing("BomLine"), input: { quantity: "2" } },
    }),
    expected: userError("NOT_FOUND", ["id"]),
  },
  {
    area: "boms",
    name: "editing an archived BOM",
    prepare: async () => {
      const { bom } = await fixtures.madeProduct("0");
      await kit.db.prisma.bom.update({ where: { id: bom }, data: { archivedAt: new Date() } });
      return { document: BomUpdate, variables: { id: gid("Bom", bom), input: { name: "Revived" } } };
    },
    expected: userError("ARCHIVED", ["id"]),
  },
  {
    area: "boms",
    name: "BOM run with too little component stock",
    prepare: async () => {
      const { bom } = await fixtures.madeProduct("1");
      return {
        document: BomRun,
        variables: {
          input: { bomId: gid("Bom", bom), locationId: location(world.shopFloor), quantity: "5" },
        },
      };
    },
    expected: userError("INSUFFICIENT_STOCK", ["input", "quantity"]),
  },
  // Inventory
  {
    area: "inventory",
    name: "waste of more than is on hand",
    prepare: async () => {
      const id = await createProduct(kit, fixtures.unique("W"));
      await addStock(kit, id, world.warehouse, "2");
      return {
        document: StockAdjust,
        variables: {
          input: {
            type: "WASTE",
            lines: [{ productId: gid("Product", id), locationId: location(world.warehouse), quantity: "3" }],
          },
        },
      };
    },
    expected: userError("INSUFFICIENT_STOCK", ["input", "lines", "0", "quantity"]),
  },
  {
    area: "inventory",
    name: "adjustment without lines",
    prepare: async () => ({ document: StockAdjust, variables: { input: { type: "OTHER", lines: [] } } }),
    expected: userError("INVALID_INPUT", ["input", "lines"]),
  },
  {
    area: "inventory",
    name: "adjustment of an unknown type (enum)",
    prepare: async () => ({
      document: StockAdjust,
      variables: {
        input: {
          type: "STEAL",
          lines: [{ productId: await product(), locationId: location(world.warehouse), quantity: "1" }],
        },
      },
    }),
    expected: { error: "BAD_USER_INPUT" },
  },
  {
    area: "inventory",
    name: "adjustment at a location that does not exist",
    prepare: async () => ({
      document: StockAdjust,
      variables: {
        input: {
          type: "OTHER",
          lines: [{ productId: await product(), locationId: missing("Location"), quantity: "1" }],
        },
      },
    }),
    expected: userError("NOT_FOUND", ["input", "lines", "0", "locationId"]),
  },
  {
    area: "inventory",
    name: "adjustment by a key without INVENTORY_ADJUST",
    prepare: async () => ({
      document: StockAdjust,
      variables: {
        input: {
          type: "OTHER",
          lines: [{ productId: await product(), locationId: location(world.warehouse), quantity: "1" }],
        },
      },
      key: viewer,
    }),
    expected: { error: "FORBIDDEN" },
  },
  // Production orders
  {
    area: "production orders",
    name: "order at a warehouse",
    prepare: async () => {
      const { bom } = await fixtures.madeProduct("0");
      return {
        document: OrderCreate,
        variables: {
          input: {
            locationId: location(world.warehouse),
            lines: [{ bomId: gid("Bom", bom), quantity: "1" }],
          },
        },
      };
    },
    expected: userError("WRONG_LOCATION_KIND", ["input", "locationId"]),
  },
  {
    area: "production orders",
    name: "order line of a negative quantity",
    prepare: async () => {
      const { bom } = await fixtures.madeProduct("0");
      return {
        document: OrderCreate,
        variables: {
          input: {
            locationId: location(world.shopFloor),
            lines: [{ bomId: gid("Bom", bom), quantity: "-2" }],
          },
        },
      };
    },
    expected: userError("INVALID_INPUT", ["input", "lines", "0", "quantity"]),
  },
  {
    area: "production orders",
    name: "authorizing a PLANNED order (wrong status)",
    prepare: async () => ({
      document: OrderAuthorize,
      variables: { id: (await fixtures.productionOrder("PLANNED")).id },
    }),
    expected: userError("INVALID_STATUS", ["id"]),
  },
  {
    area: "production orders",
    name: "authorizing with a stale expectedVersion",
    prepare: async () => {
      const order = await fixtures.productionOrder("DRAFT");
      return { document: OrderAuthorize, variables: { id: order.id, expectedVersion: order.version + 5 } };
    },
    expected: userError("VERSION_CONFLICT", ["expectedVersion"]),
  },
  {
    area: "production orders",
    name: "completing a DRAFT order",
    prepare: async () => ({
      document: OrderComplete,
      variables: { id: (await fixtures.productionOrder("DRAFT")).id },
    }),
    expected: userError("INVALID_STATUS", ["id"]),
  },
  {
    area: "production orders",
    name: "completing without the components in stock",
    prepare: async () => ({
      document: OrderComplete,
      variables: { id: (await fixtures.productionOrder("RELEASED", "1")).id },
    }),
    expected: userError("INSUFFICIENT_STOCK", null),
  },
  {
    area: "production orders",
    name: "completing with a negative actual consumption",
    prepare: async () => {
      const order = await fixtures.productionOrder("RELEASED");
      return {
        document: OrderComplete,
        variables: { id: order.id, consumption: [{ componentId: order.componentIds[0], quantity: "-1" }] },
      };
    },
    expected: userError("INVALID_INPUT", ["consumption", "0", "quantity"]),
  },
  {
    area: "production orders",
    name: "changing a component of a RELEASED order",
    prepare: async () => {
      const order = await fixtures.productionOrder("RELEASED");
      return {
        document: OrderComponentUpdate,
        variables: { id: order.componentIds[0], requiredQuantity: "9" },
      };
    },
    expected: userError("INVALID_STATUS", ["id"]),
  },
  {
    area: "production orders",
    name: "recording waste on a DRAFT order",
    prepare: async () => {
      const order = await fixtures.productionOrder("DRAFT");
      return {
        document: OrderRecordWaste,
        variables: {
          id: order.id,
          input: { lines: [{ productId: gid("Product", order.component), quantity: "1" }] },
        },
      };
    },
    expected: userError("INVALID_STATUS", ["id"]),
  },
  {
    area: "production orders",
    name: "voiding by a key without PRODUCTION_VOID",
    prepare: async () => ({
      document: OrderVoid,
      variables: { id: (await fixtures.productionOrder("DRAFT")).id },
      key: shopFloorKey,
    }),
    expected: { error: "FORBIDDEN" },
  },
  // Sales
  {
    area: "sales",
    name: "sales order for an archived customer",
    prepare: async () => ({
      document: SalesCreate,
      variables: {
        input: {
          customerId: gid("Customer", world.archivedCustomer),
          locationId: location(world.warehouse),
          lines: [{ productId: await product(), quantity: "1" }],
        },
      },
    }),
    expected: userError("ARCHIVED", ["input", "customerId"]),
  },
  {
    area: "sales",
    name: "fulfilling a DRAFT sales order",
    prepare: async () => ({
      document: SalesFulfill,
      variables: { id: (await fixtures.salesOrder("DRAFT")).id },
    }),
    expected: userError("INVALID_STATUS", ["id"]),
  },
  {
    area: "sales",
    name: "changing the lines of an AUTHORIZED sales order",
    prepare: async () => ({
      document: SalesUpdateLines,
      variables: {
        id: (await fixtures.salesOrder("AUTHORIZED")).id,
        lines: [{ productId: await product(), quantity: "1" }],
      },
    }),
    expected: userError("INVALID_STATUS", ["id"]),
  },
  // Purchasing
  {
    area: "purchasing",
    name: "purchase order from an archived supplier",
    prepare: async () => ({
      document: PurchaseCreate,
      variables: {
        input: {
          supplierId: gid("Supplier", world.archivedSupplier),
          locationId: location(world.warehouse),
          lines: [{ productId: await product(), quantity: "1" }],
        },
      },
    }),
    expected: userError("ARCHIVED", ["input", "supplierId"]),
  },
  {
    area: "purchasing",
    name: "receiving more than ordered",
    prepare: async () => {
      const order = await fixtures.purchaseOrder("ORDERED");
      return {
        document: PurchaseReceive,
        variables: { id: order.id, lines: [{ lineId: order.lineId, quantity: "11" }] },
      };
    },
    expected: userError("INVALID_INPUT", ["lines", "0", "quantity"]),
  },
  {
    area: "purchasing",
    name: "receiving a DRAFT purchase order",
    prepare: async () => {
      const order = await fixtures.purchaseOrder("DRAFT");
      return {
        document: PurchaseReceive,
        variables: { id: order.id, lines: [{ lineId: order.lineId, quantity: "1" }] },
      };
    },
    expected: userError("INVALID_STATUS", ["id"]),
  },
  {
    area: "purchasing",
    name: "placing with a stale expectedVersion",
    prepare: async () => ({
      document: PurchasePlace,
      variables: { id: (await fixtures.purchaseOrder("DRAFT")).id, expectedVersion: 99 },
    }),
    expected: userError("VERSION_CONFLICT", ["expectedVersion"]),
  },
  {
    area: "purchasing",
    name: "purchasing by a key without PURCHASING",
    prepare: async () => ({
      document: PurchaseCreate,
      variables: {
        input: {
          supplierId: gid("Supplier", world.supplierA),
          locationId: location(world.warehouse),
          lines: [{ productId: await product(), quantity: "1" }],
        },
      },
      key: shopFloorKey,
    }),
    expected: { error: "FORBIDDEN" },
  },
  {
    area: "purchasing",
    name: "reorder suggestions at a location that does not exist",
    prepare: async () => ({
      document: ReorderApply,
      variables: { locationId: missing("Location"), productIds: [await product()] },
    }),
    expected: userError("NOT_FOUND", ["locationId"]),
  },
  // Transfers
  {
    area: "transfers",
    name: "transfer to the location it comes from",
    prepare: async () => ({
      document: TransferCreate,
      variables: {
        input: {
          fromLocationId: location(world.warehouse),
          toLocationId: location(world.warehouse),
          lines: [{ productId: await product(), quantity: "1" }],
        },
      },
    }),
    expected: userError("INVALID_INPUT", ["input", "toLocationId"]),
  },
  {
    area: "transfers",
    name: "completing a transfer without the stock to move",
    prepare: async () => {
      const order = await fixtures.transferOrder("DRAFT");
      // Someone else took the stock since the transfer was written.
      await addStock(kit, order.product, world.warehouse, "-18");
      return { document: TransferComplete, variables: { id: order.id } };
    },
    expected: userError("INSUFFICIENT_STOCK", null),
  },
  {
    area: "transfers",
    name: "voiding a COMPLETED transfer",
    prepare: async () => ({
      document: TransferVoid,
      variables: { id: (await fixtures.transferOrder("COMPLETED")).id },
    }),
    expected: userError("INVALID_STATUS", ["id"]),
  },
  {
    area: "transfers",
    name: "transfer with a missing required field (lines)",
    prepare: async () => ({
      document: TransferCreate,
      variables: {
        input: { fromLocationId: location(world.warehouse), toLocationId: location(world.shopFloor) },
      },
    }),
    expected: { error: "BAD_USER_INPUT" },
  },
  // Access and settings
  {
    area: "access",
    name: "API key for a role that does not exist",
    prepare: async () => ({ document: ApiKeyCreate, variables: { input: { name: "k", role: "overlord" } } }),
    expected: userError("NOT_FOUND", ["input", "role"]),
  },
  {
    area: "access",
    name: "API key created by a key without ADMIN",
    prepare: async () => ({
      document: ApiKeyCreate,
      variables: { input: { name: "k", role: "viewer" } },
      key: viewer,
    }),
    expected: { error: "FORBIDDEN" },
  },
  {
    area: "access",
    name: "revoking a key that does not exist",
    prepare: async () => ({ document: ApiKeyRevoke, variables: { id: missing("ApiKey") } }),
    expected: userError("NOT_FOUND", ["id"]),
  },
  {
    area: "access",
    name: "settings changed by a key without ADMIN",
    prepare: async () => ({
      document: SettingsUpdate,
      variables: { input: { allowNegativeStock: true } },
      key: shopFloorKey,
    }),
    expected: { error: "FORBIDDEN" },
  },
  {
    area: "access",
    name: "settings with null for a required flag",
    prepare: async () => ({ document: SettingsUpdate, variables: { input: { allowNegativeStock: null } } }),
    expected: userError("INVALID_INPUT", ["input", "allowNegativeStock"]),
  },
];

describe("bad input", () => {
  it("has at least 40 cases, covering every mutation area", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(40);
    expect(new Set(catalogue.map((entry) => entry.area))).toEqual(
      new Set([
        "catalog",
        "boms",
        "inventory",
        "production orders",
        "sales",
        "purchasing",
        "transfers",
        "access",
      ]),
    );
    console.log(`bad-input catalogue: ${catalogue.length} cases`);
  });

  for (const entry of catalogue) {
    it(`${entry.area}: ${entry.name}`, async () => {
      const request = await entry.prepare();
      const before = await databaseSnapshot(kit.db);
      const result = await kit.execute(request.document, request.variables, { key: request.key });
      if ("userError" in entry.expected) {
        expect(result.errors).toBeUndefined();
        const payload = Object.values(result.data ?? {})[0] as {
          userErrors: { code: string; field: string[] | null }[];
        };
        expect(payload.userErrors.length).toBeGreaterThan(0);
        expect(payload.userErrors[0]).toMatchObject({
          code: entry.expected.userError,
          field: entry.expected.field,
        });
        // The payload's result fields are null or empty: nothing was made.
        const results = Object.entries(payload).filter(([name]) => name !== "userErrors");
        expect(
          results.filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)),
        ).toEqual([]);
      } else {
        expect(result.errors?.map((error) => error.extensions?.code)).toContain(entry.expected.error);
        // No stack, SQL or internals: refused requests are told what was wrong and nothing else.
        expect(JSON.stringify(result.errors)).not.toMatch(/\bat \S+:\d+:\d+|prisma|\bSELECT\b|\bINSERT\b/i);
      }
      // The server still answers, and nothing was written.
      expect((await kit.execute(Ping)).data?.settings).toBeDefined();
      expect(await databaseSnapshot(kit.db)).toEqual(before);
    });
  }
});

// ---------------------------------------------------------------- generated from the schema

/**
 * Bad values for every input of every query and mutation, found by walking the built schema (a new argument or
 * input field is covered without editing this file): text PostgreSQL cannot store, decimals and dates that are
 * not what they seem, JSON too deep or too large, and global ids of another type. Each is refused before
 * anything runs with a BAD_USER_INPUT naming the input (`extensions.field`), and nothing is written.
 */

interface BadValue {
  name: string;
  value: unknown;
  /** The value's JSON text, where JSON.stringify cannot write it (it recurses): `value` marks its place. */
  json?: string;
}

const DEEP = 50_000;
const BAD_VALUES: Record<string, BadValue[]> = {
  String: [
    { name: "a NUL character", value: "a\u0000b" },
    { name: "an unpaired UTF-16 surrogate", value: "a\ud800b" },
  ],
  Decimal: [
    { name: "a decimal with spaces", value: " 1 " },
    { name: "a decimal with a comma", value: "1,5" },
  ],
  DateTime: [
    { name: "February 30th", value: "2026-02-30" },
    { name: "April 31st, midnight UTC", value: "2026-04-31T00:00:00Z" },
  ],
  JSON: [
    {
      name: `JSON nested ${DEEP} levels deep`,
      value: null,
      json: `${'{"a":'.repeat(DEEP)}1${"}".repeat(DEEP)}`,
    },
    { name: "JSON whose text holds a NUL character", value: { note: "a\u0000b" } },
    { name: "JSON of 100,000 characters", value: { note: "x".repeat(100_000) } },
  ],
};

const nodeTypeNames = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && type.getInterfaces().some((parent) => parent.name === "Node"))
  .map((type) => type.name);

/** The bad values of one input: by its scalar, or for a global id, the id of a type it does not accept. */
function badValuesOf(position: InputPosition): BadValue[] {
  if (position.isGlobalId) {
    const other = nodeTypeNames.find((name) => !position.idFor?.includes(name));
    // node(id:) and nodes(ids:) take any type.
    if (!position.idFor || !other) return [];
    return [{ name: `the id of a ${other}`, value: globalId(other, 1) }];
  }
  return BAD_VALUES[position.type.name] ?? [];
}

/** Posts the request as text: a value that JSON.stringify cannot write travels as its own JSON text. */
async function sendRaw(document: string, variables: Record<string, unknown>, bad: BadValue) {
  const placeholder = "\u0001bad value\u0001";
  let body = JSON.stringify({ query: document, variables }, (_key, value) =>
    value === bad.value && bad.json ? placeholder : value,
  );
  if (bad.json) body = body.replace(JSON.stringify(placeholder), bad.json);
  const response = await kit.app.fetch("http://test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      authorization: `Bearer ${kit.adminKey}`,
    },
    body,
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

describe("bad input generated from the schema", () => {
  const positions = [...inputPositions("Mutation"), ...inputPositions("Query")];

  it("every id argument and input field names the types it accepts", () => {
    const withoutType = positions
      .filter((position) => position.type.name === "ID" && !["node", "nodes"].includes(position.field.name))
      .filter((position) => !position.isGlobalId || !position.idFor?.length)
      .map((position) => `${position.field.name}: ${position.path.join(".")}`);
    expect(withoutType).toEqual([]);
  });

  const byField = new Map<string, InputPosition[]>();
  for (const position of positions) {
    const key = `${position.root}.${position.field.name}`;
    byField.set(key, [...(byField.get(key) ?? []), position]);
  }
  const counts: Record<string, number> = {};
  for (const [field, fieldPositions] of byField) {
    const cases = fieldPositions.flatMap((position) =>
      badValuesOf(position).map((bad) => ({ position, bad })),
    );
    if (cases.length === 0) continue;
    it(`${field}: ${cases.length} bad inputs, each refused naming its field, nothing written`, async () => {
      const before = await databaseSnapshot(kit.db);
      const wrong: string[] = [];
      for (const { position, bad } of cases) {
        const variables = variablesReaching(position, bad.value);
        const result = await sendRaw(documentFor(position, variables), variables, bad);
        const error = result.errors?.[0];
        const refused =
          error?.extensions?.code === "BAD_USER_INPUT" &&
          isDeepStrictEqual(error.extensions.field, position.path) &&
          (result.data?.[position.field.name] ?? null) === null;
        if (!refused)
          wrong.push(`${position.path.join(".")} = ${bad.name}: ${JSON.stringify(result).slice(0, 300)}`);
        counts[position.isGlobalId ? "ID of another type" : position.type.name] =
          (counts[position.isGlobalId ? "ID of another type" : position.type.name] ?? 0) + 1;
      }
      expect(wrong).toEqual([]);
      expect((await kit.execute(Ping)).data?.settings).toBeDefined();
      expect(await databaseSnapshot(kit.db)).toEqual(before);
    });
  }

  afterAll(() => {
    console.log(`bad input generated from the schema: ${JSON.stringify(counts)}`);
  });
});
