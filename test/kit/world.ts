import type { Tx } from "../../src/db/database.ts";
import { createBom as createBomAction } from "../../src/domain/bom/boms.ts";
import { archiveLocation, createLocation, createResource } from "../../src/domain/catalog/locations.ts";
import {
  archiveCustomer,
  archiveSupplier,
  createCustomer,
  createEmployee,
  createSupplier,
} from "../../src/domain/catalog/partners.ts";
import { archiveProduct, createProduct as createProductAction } from "../../src/domain/catalog/products.ts";
import { dec } from "../../src/domain/decimal.ts";
import { postMovements } from "../../src/domain/inventory/ledger.ts";
import type { Replenishment } from "../../src/generated/prisma/enums.ts";
import { productionOrderCreate } from "../operations/orders.ts";
import { purchaseOrderCreate, purchaseOrderPlace } from "../operations/purchasing.ts";
import { salesOrderAuthorize, salesOrderCreate } from "../operations/sales.ts";
import { transferOrderComplete, transferOrderCreate } from "../operations/transfers.ts";
import { succeeded, type TestKit } from "./app.ts";
import { globalId } from "./ids.ts";

/**
 * The one way tests build the state they start from: through the domain's own actions (so every row is one the
 * API could have made, events included), in one chained line:
 *
 *   const built = await buildWorld(kit, places).product("A").bom("A", { B: "2" }).stock("B", "5");
 *   built.product("B") // its id
 *
 * Single records with made-up names, and orders in a given status through the public mutations as a client makes
 * them, come from `makeFixtures`.
 */

/** Setup runs as the system, as the bootstrap does: no API key. */
const SYSTEM = null;

/** The places and partners every order test starts from. */
export interface World {
  /** A warehouse with a connected shop floor. */
  warehouse: number;
  shopFloor: number;
  /** A warehouse no shop floor draws from. */
  lonelyWarehouse: number;
  archivedLocation: number;
  supplierA: number;
  supplierB: number;
  archivedSupplier: number;
  customer: number;
  archivedCustomer: number;
}

export async function seedWorld(kit: TestKit): Promise<World> {
  return kit.db.transaction(async (tx) => {
    const location = async (name: string, kind: "WAREHOUSE" | "SHOP_FLOOR", connectedWarehouseId?: number) =>
      (await createLocation(tx, SYSTEM, { name, kind, connectedWarehouseId })).id;
    const supplier = async (name: string) => (await createSupplier(tx, SYSTEM, { name })).id;
    const customer = async (name: string) => (await createCustomer(tx, SYSTEM, { name })).id;
    const warehouse = await location("Main warehouse", "WAREHOUSE");
    const world: World = {
      warehouse,
      shopFloor: await location("Shop floor", "SHOP_FLOOR", warehouse),
      lonelyWarehouse: await location("Overflow warehouse", "WAREHOUSE"),
      archivedLocation: await location("Old shed", "WAREHOUSE"),
      supplierA: await supplier("Acme"),
      supplierB: await supplier("Bolt & Co"),
      archivedSupplier: await supplier("Gone Ltd"),
      customer: await customer("Bike Shop"),
      archivedCustomer: await customer("Closed Shop"),
    };
    await archiveLocation(tx, SYSTEM, world.archivedLocation);
    await archiveSupplier(tx, SYSTEM, world.archivedSupplier);
    await archiveCustomer(tx, SYSTEM, world.archivedCustomer);
    return world;
  });
}

/** A product's fields as productCreate takes them, plus `archivedAt` for a product archived right after. */
export interface ProductFields {
  cost?: string;
  primarySupplierId?: number;
  minBeforeReorder?: string;
  reorderQuantity?: string;
  leadTimeDays?: number;
  maxBatchSize?: string;
  replenishment?: Replenishment;
  archivedAt?: Date;
}

/** A product named by its SKU; its id. */
export async function createProduct(kit: TestKit, sku: string, fields: ProductFields = {}): Promise<number> {
  const { archivedAt, ...input } = fields;
  return kit.db.transaction(async (tx) => {
    const product = await createProductAction(tx, SYSTEM, { sku, name: sku, ...input });
    if (archivedAt) await archiveProduct(tx, SYSTEM, product.id);
    return product.id;
  });
}

/** The product's default production BOM, made of `[componentId, quantity]` lines; its id. */
export async function createBom(kit: TestKit, productId: number, lines: [number, string][]): Promise<number> {
  const bom = await kit.db.transaction((tx) =>
    createBomAction(tx, SYSTEM, {
      productId,
      kind: "PRODUCTION",
      name: `BOM ${productId}`,
      makeDefault: true,
      lines: lines.map(([componentId, quantity]) => ({ componentId, quantity })),
    }),
  );
  return bom.id;
}

/** Puts stock on hand through the ledger (an adjustment); a negative quantity takes it away. */
export async function addStock(kit: TestKit, productId: number, locationId: number, quantity: string) {
  await kit.db.transaction((tx) =>
    postMovements(tx, SYSTEM, [{ productId, locationId, quantity: dec(quantity), reason: "ADJUSTMENT" }]),
  );
}

/** What a built world holds: the places, and what the chain named, by SKU. */
export interface Built {
  places: World;
  /** The id of a product the chain made (an unknown SKU fails the test). */
  product(sku: string): number;
  /** The id of the default BOM the chain made for a product. */
  bom(sku: string): number;
}

/** Ids by SKU while the chain runs. */
interface Made {
  products: Map<string, number>;
  boms: Map<string, number>;
}

type Step = (made: Made) => Promise<void>;

/** A chain of setup steps, run in order when awaited. */
export interface WorldBuilder extends PromiseLike<Built> {
  /** A product named by its SKU. */
  product(sku: string, fields?: ProductFields): WorldBuilder;
  /** `sku`'s default production BOM of `{ componentSku: quantity }`; products not named yet are created. */
  bom(sku: string, lines: Record<string, string>): WorldBuilder;
  /** Stock of `sku` on hand at a place of the world (the warehouse unless named). */
  stock(sku: string, quantity: string, at?: keyof World): WorldBuilder;
}

export function buildWorld(kit: TestKit, places: World): WorldBuilder {
  const steps: Step[] = [];
  const productId = async (made: Made, sku: string) => {
    const id = made.products.get(sku) ?? (await createProduct(kit, sku));
    made.products.set(sku, id);
    return id;
  };
  const lookUp = (ids: Map<string, number>, what: string) => (sku: string) => {
    const id = ids.get(sku);
    if (id === undefined) throw new Error(`the world has no ${what} for ${sku}`);
    return id;
  };
  const build = async (): Promise<Built> => {
    const made: Made = { products: new Map(), boms: new Map() };
    for (const step of steps) await step(made);
    return { places, product: lookUp(made.products, "product"), bom: lookUp(made.boms, "BOM") };
  };
  const builder: WorldBuilder = {
    product(sku, fields) {
      steps.push(async (made) => {
        made.products.set(sku, await createProduct(kit, sku, fields));
      });
      return builder;
    },
    bom(sku, lines) {
      steps.push(async (made) => {
        const rows: [number, string][] = [];
        for (const [component, quantity] of Object.entries(lines)) {
          rows.push([await productId(made, component), quantity]);
        }
        made.boms.set(sku, await createBom(kit, await productId(made, sku), rows));
      });
      return builder;
    },
    stock(sku, quantity, at = "warehouse") {
      steps.push(async (made) => addStock(kit, await productId(made, sku), places[at], quantity));
      return builder;
    },
    // biome-ignore lint/suspicious/noThenProperty: awaiting the chain runs it
    then(onBuilt, onFailed) {
      return build().then(onBuilt, onFailed);
    },
  };
  return builder;
}

export interface Fixtures {
  /** A name nobody used yet. */
  unique(prefix: string): string;
  /** A new record of each catalog table, with a name nobody used yet; its id. */
  customer(): Promise<number>;
  supplier(): Promise<number>;
  employee(): Promise<number>;
  /** A work centre of 60 minutes a day. */
  resource(): Promise<number>;
  /** A warehouse. */
  location(): Promise<number>;
  product(fields?: ProductFields): Promise<number>;
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
  transferOrder(status: "DRAFT" | "COMPLETED"): Promise<{ id: string; lineId: string; product: number }>;
}

interface Payload {
  userErrors: unknown[];
}

/** Records and orders one call each, for tests that need many. */
export function makeFixtures(kit: TestKit, places: World): Fixtures {
  let count = 0;
  const unique = (prefix: string) => `${prefix}-${++count}`;
  const location = (id: number) => globalId("Location", id);
  /** The payload of a setup mutation, which must succeed. */
  const made = <Field extends string, Result extends { [F in Field]?: Payload | null }>(
    result: { data?: Result | null; errors?: readonly unknown[] },
    field: Field,
  ) => succeeded<NonNullable<Result[Field]>>(result, field);

  const madeProduct = async (componentStock = "100") => {
    const component = await createProduct(kit, unique("PART"), {
      primarySupplierId: places.supplierA,
      cost: "2",
    });
    const product = await createProduct(kit, unique("MADE"));
    const bom = await createBom(kit, product, [[component, "2"]]);
    if (componentStock !== "0") await addStock(kit, component, places.shopFloor, componentStock);
    return { component, product, bom };
  };

  const record = <Row extends { id: number }>(
    create: (tx: Tx, actor: null, input: unknown) => Promise<Row>,
    prefix: string,
  ) => kit.db.transaction(async (tx) => (await create(tx, SYSTEM, { name: unique(prefix) })).id);

  return {
    unique,
    customer: () => record(createCustomer, "Customer"),
    supplier: () => record(createSupplier, "Supplier"),
    employee: () => record(createEmployee, "Employee"),
    resource: () =>
      kit.db.transaction(
        async (tx) => (await createResource(tx, SYSTEM, { name: unique("R"), capacityMinutesPerDay: 60 })).id,
      ),
    location: () =>
      kit.db.transaction(
        async (tx) => (await createLocation(tx, SYSTEM, { name: unique("L"), kind: "WAREHOUSE" })).id,
      ),
    product: (fields) => createProduct(kit, unique("P"), fields),
    madeProduct,
    async productionOrder(status, componentStock = "100") {
      const { component, bom } = await madeProduct(componentStock);
      const input = {
        locationId: location(places.shopFloor),
        lines: [{ bomId: globalId("Bom", bom), quantity: "3" }],
        status,
      };
      const { productionOrder } = made(
        await kit.execute(productionOrderCreate, { input }),
        "productionOrderCreate",
      );
      if (!productionOrder) throw new Error("productionOrderCreate made no order");
      return {
        id: productionOrder.id,
        version: productionOrder.version,
        componentIds: productionOrder.components.map((row) => row.id),
        component,
        bom,
      };
    },
    async purchaseOrder(status) {
      const product = await createProduct(kit, unique("BUY"));
      const input = {
        supplierId: globalId("Supplier", places.supplierA),
        locationId: location(places.warehouse),
        lines: [{ productId: globalId("Product", product), quantity: "10", unitCost: "1.5" }],
      };
      const { purchaseOrder } = made(
        await kit.execute(purchaseOrderCreate, { input }),
        "purchaseOrderCreate",
      );
      if (!purchaseOrder?.lines[0]) throw new Error("purchaseOrderCreate made no order");
      if (status === "ORDERED") {
        made(await kit.execute(purchaseOrderPlace, { id: purchaseOrder.id }), "purchaseOrderPlace");
      }
      return { id: purchaseOrder.id, lineId: purchaseOrder.lines[0].id, product };
    },
    async salesOrder(status) {
      const product = await createProduct(kit, unique("SELL"));
      await addStock(kit, product, places.warehouse, "20");
      const input = {
        customerId: globalId("Customer", places.customer),
        locationId: location(places.warehouse),
        lines: [{ productId: globalId("Product", product), quantity: "4" }],
      };
      const { salesOrder } = made(await kit.execute(salesOrderCreate, { input }), "salesOrderCreate");
      if (!salesOrder) throw new Error("salesOrderCreate made no order");
      if (status === "AUTHORIZED") {
        made(await kit.execute(salesOrderAuthorize, { id: salesOrder.id }), "salesOrderAuthorize");
      }
      return { id: salesOrder.id, product };
    },
    async transferOrder(status) {
      const product = await createProduct(kit, unique("MOVE"));
      await addStock(kit, product, places.warehouse, "20");
      const input = {
        fromLocationId: location(places.warehouse),
        toLocationId: location(places.shopFloor),
        lines: [{ productId: globalId("Product", product), quantity: "5" }],
      };
      const { transferOrder } = made(
        await kit.execute(transferOrderCreate, { input }),
        "transferOrderCreate",
      );
      if (!transferOrder?.lines[0]) throw new Error("transferOrderCreate made no order");
      if (status === "COMPLETED") {
        made(await kit.execute(transferOrderComplete, { id: transferOrder.id }), "transferOrderComplete");
      }
      return { id: transferOrder.id, lineId: transferOrder.lines[0].id, product };
    },
  };
}
