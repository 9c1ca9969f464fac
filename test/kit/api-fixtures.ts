import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "../graphql/index.ts";
import type { TestKit } from "./app.ts";
import { globalId } from "./ids.ts";
import { addStock, createBom, createProduct, succeeded, type World } from "./orders.ts";

/** Orders in a given status, made through the public mutations (as a client would), for tests that need many. */

const OrderCreate = graphql(`
  mutation FixtureOrderCreate($input: ProductionOrderCreateInput!) {
    productionOrderCreate(input: $input) {
      productionOrder { id version components { id } }
      userErrors { code message field }
    }
  }
`);
const PurchaseCreate = graphql(`
  mutation FixturePurchaseCreate($input: PurchaseOrderCreateInput!) {
    purchaseOrderCreate(input: $input) { purchaseOrder { id lines { id } } userErrors { code message field } }
  }
`);
const PurchasePlace = graphql(`
  mutation FixturePurchasePlace($id: ID!) {
    purchaseOrderPlace(id: $id) { purchaseOrder { id } userErrors { code message field } }
  }
`);
const SalesCreate = graphql(`
  mutation FixtureSalesCreate($input: SalesOrderCreateInput!) {
    salesOrderCreate(input: $input) { salesOrder { id } userErrors { code message field } }
  }
`);
const SalesAuthorize = graphql(`
  mutation FixtureSalesAuthorize($id: ID!) {
    salesOrderAuthorize(id: $id) { salesOrder { id } userErrors { code message field } }
  }
`);
const TransferCreate = graphql(`
  mutation FixtureTransferCreate($input: TransferOrderCreateInput!) {
    transferOrderCreate(input: $input) { transferOrder { id } userErrors { code message field } }
  }
`);
const TransferComplete = graphql(`
  mutation FixtureTransferComplete($id: ID!) {
    transferOrderComplete(id: $id) { transferOrder { id } userErrors { code message field } }
  }
`);

export interface ApiFixtures {
  /** A name nobody used yet. */
  unique(prefix: string): string;
  /** A purchased component (primary supplier A) and a product made of 2 of it through its default BOM. */
  madeProduct(componentStock?: string): Promise<{ component: number; product: number; bom: number }>;
  /** A production order of 3 at the shop floor, created in `status` (DRAFT, PLANNED or RELEASED). */
  productionOrder(
    status: "DRAFT" | "PLANNED" | "RELEASED",
    componentStock?: string,
  ): Promise<{ id: string; version: number; componentIds: string[]; component: number; bom: number }>;
  /** A purchase order of 10 of a new product, received at the warehouse. */
  purchaseOrder(status: "DRAFT" | "ORDERED"): Promise<{ id: string; lineId: string; product: number }>;
  /** A sales order of 4 of a new product (20 in stock at the warehouse). */
  salesOrder(status: "DRAFT" | "AUTHORIZED"): Promise<{ id: string; product: number }>;
  /** A transfer of 5 of a new product from the warehouse (20 there) to the shop floor. */
  transferOrder(status: "DRAFT" | "COMPLETED"): Promise<{ id: string; product: number }>;
}

// biome-ignore lint/suspicious/noExplicitAny: the fixtures send several documents
type AnyDocument = TypedDocumentNode<any, any>;

/** Runs a mutation that must succeed; its payload, read loosely. */
// biome-ignore lint/suspicious/noExplicitAny: setup payloads are read loosely
async function setup(kit: TestKit, document: AnyDocument, variables: Record<string, unknown>): Promise<any> {
  const result = await kit.execute(document, variables);
  return succeeded(result, Object.keys(result.data ?? {})[0] as string);
}

export function apiFixtures(kit: TestKit, world: World): ApiFixtures {
  let count = 0;
  const unique = (prefix: string) => `${prefix}-${++count}`;
  const location = (id: number) => globalId("Location", id);

  const madeProduct = async (componentStock = "100") => {
    const component = await createProduct(kit, unique("PART"), {
      primarySupplierId: world.supplierA,
      cost: "2",
    });
    const product = await createProduct(kit, unique("MADE"));
    const bom = await createBom(kit, product, [[component, "2"]]);
    if (componentStock !== "0") await addStock(kit, component, world.shopFloor, componentStock);
    return { component, product, bom };
  };

  return {
    unique,
    madeProduct,
    async productionOrder(status, componentStock = "100") {
      const { component, bom } = await madeProduct(componentStock);
      const { productionOrder } = await setup(kit, OrderCreate, {
        input: {
          locationId: location(world.shopFloor),
          lines: [{ bomId: globalId("Bom", bom), quantity: "3" }],
          status,
        },
      });
      return {
        id: productionOrder.id,
        version: productionOrder.version,
        componentIds: productionOrder.components.map((row: { id: string }) => row.id),
        component,
        bom,
      };
    },
    async purchaseOrder(status) {
      const product = await createProduct(kit, unique("BUY"));
      const { purchaseOrder } = await setup(kit, PurchaseCreate, {
        input: {
          supplierId: globalId("Supplier", world.supplierA),
          locationId: location(world.warehouse),
          lines: [{ productId: globalId("Product", product), quantity: "10", unitCost: "1.5" }],
        },
      });
      if (status === "ORDERED") await setup(kit, PurchasePlace, { id: purchaseOrder.id });
      return { id: purchaseOrder.id, lineId: purchaseOrder.lines[0].id, product };
    },
    async salesOrder(status) {
      const product = await createProduct(kit, unique("SELL"));
      await addStock(kit, product, world.warehouse, "20");
      const { salesOrder } = await setup(kit, SalesCreate, {
        input: {
          customerId: globalId("Customer", world.customer),
          locationId: location(world.warehouse),
          lines: [{ productId: globalId("Product", product), quantity: "4" }],
        },
      });
      if (status === "AUTHORIZED") await setup(kit, SalesAuthorize, { id: salesOrder.id });
      return { id: salesOrder.id, product };
    },
    async transferOrder(status) {
      const product = await createProduct(kit, unique("MOVE"));
      await addStock(kit, product, world.warehouse, "20");
      const { transferOrder } = await setup(kit, TransferCreate, {
        input: {
          fromLocationId: location(world.warehouse),
          toLocationId: location(world.shopFloor),
          lines: [{ productId: globalId("Product", product), quantity: "5" }],
        },
      });
      if (status === "COMPLETED") await setup(kit, TransferComplete, { id: transferOrder.id });
      return { id: transferOrder.id, product };
    },
  };
}
