import type { Database } from "../../src/db/database.ts";
import { hasValidCheckDigit } from "../../src/domain/scan/gtin.ts";
import type { Probes } from "./hot-path-probes.ts";
import type { Client } from "./http-client.ts";
import { decodeId, globalId } from "./ids.ts";
import { barcodeOf, type Plant, skuOf } from "./plant.ts";
import { ORDERS_PER_TREE } from "./plant-size.ts";

/**
 * The hot paths of a plant, each as the requests a client sends: measured at two sizes by `npm run bench:scale`
 * and EXPLAINed, statement by statement, by test/cost/query-plans.test.ts. A new hot path is one entry of
 * `HOT_PATHS`, and both pick it up.
 */

/** The explosions, smallest first: `HOT_PATHS` explodes each. */
const EXPLOSION_SIZES = ["small", "medium", "large"] as const;

export interface World {
  db: Database;
  client: Client;
  plant: Plant;
  probes: Probes;
}

export interface HotPath {
  name: string;
  /** Why its cost grows with the data by nature (its answer grows); absent: it should be flat. */
  answerGrows?: string;
  /** Timed runs in bench:scale (after one warm-up run). */
  runs: number;
  /** Not timed, before each run; its result is handed to `run`. */
  prepare?: (world: World, run: number) => Promise<unknown>;
  /** One request (or one subscription's replay), its answer checked; returns the answer's size ("50 products"). */
  run(world: World, run: number, prepared: unknown): Promise<string>;
  /** Not timed, after each run: checks what it wrote; returns the answer's size instead. */
  verify?: (world: World, prepared: unknown) => Promise<string>;
}

/** A product near the n-th spread one whose barcode is an EAN-13 with its check digit right (one in ten is). */
function productWithEan13(plant: Plant, run: number): number {
  let product = spreadProduct(plant, run);
  while (!hasValidCheckDigit(barcodeOf(product), 13)) product = (product % plant.size.products) + 1;
  return product;
}

/** The n-th of `count` products spread over the whole catalog (so lookups do not sit in one corner of it). */
function spreadProduct(plant: Plant, run: number): number {
  return 1 + ((run * 7_919 + 4_567) % plant.size.products);
}

function expect(condition: boolean, what: string, answer: unknown) {
  if (!condition) throw new Error(`${what}: unexpected answer ${JSON.stringify(answer).slice(0, 400)}`);
}

const SCAN = `query Scan($code: String!) {
  productByBarcode(code: $code) { id sku name unit barcodes stockLevels { location { name } onHand available } }
}`;

const SCAN_ANY = `query ScanAny($code: String!) {
  scan(code: $code) {
    gs1 { gtin lot expiryDate }
    matches {
      __typename
      ... on Product { id sku name unit barcodes }
      ... on Location { id name }
      ... on ProductionOrder { id number status }
    }
  }
}`;

const PRODUCT_PAGE = `query ProductPage($after: String, $search: String, $replenishment: Replenishment) {
  products(first: 50, after: $after, search: $search, replenishment: $replenishment) {
    edges { cursor node { id sku name unit cost replenishment barcodes } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ORDER_PAGE = `query OrderPage($statuses: [ProductionOrderStatus!], $locationId: ID) {
  productionOrders(first: 20, statuses: $statuses, locationId: $locationId) {
    edges { node {
      id number status kind startDate expectedDate
      lines { product { sku } quantity }
      timeline { start end }
      tree { number level status }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ORDER_TREE = `query OrderTree($id: ID!) {
  node(id: $id) {
    ... on ProductionOrder {
      number status timeline { start end }
      tree {
        level path kind status late surplus orphaned startDate requiredByDate
        lines { product { sku } quantity }
        components { product { sku } requiredQuantity shortageQuantity }
        relatedOrders {
          __typename
          ... on PurchaseOrder { id supplier { name } }
          ... on TransferOrder { id fromLocation { name } }
          ... on ProductionOrder { number }
        }
      }
    }
  }
}`;

const EXPLOSION = `query Explosion($productId: ID!, $quantity: Decimal!) {
  bomExplosion(productId: $productId, quantity: $quantity) {
    bom { id name }
    nodes { id parentId level path kind quantityPerParent totalQuantity onHand available shortage component { sku name unit } }
    requirements { component { sku } quantity available shortage }
    cost { materialCostPerUnit materialCost operationMinutes }
  }
}`;

const WHERE_USED = `query WhereUsed($componentId: ID!) {
  bomWhereUsed(componentId: $componentId) { level path quantityPerUnit product { sku name } bom { id name } }
}`;

const CREATE_ORDER = `mutation CreateOrder($input: ProductionOrderCreateFromBomInput!) {
  productionOrderCreateFromBom(input: $input) { productionOrder { id } userErrors { code message } }
}`;

const AUTHORIZE = `mutation Authorize($id: ID!) {
  productionOrderAuthorize(id: $id) { productionOrder { id status } userErrors { code message } }
}`;

const SCHEDULE = `query Schedule($from: DateTime!, $to: DateTime!) {
  schedule(from: $from, to: $to) {
    days
    resources {
      resource { name } capacityMinutesPerDay
      orders { number start end status minutes }
      days { date loadMinutes capacityMinutes overloaded }
    }
  }
}`;

const STOCK_ADJUST = `mutation Adjust($input: StockAdjustInput!) {
  stockAdjust(input: $input) { userErrors { code message } }
}`;

const REPLAY = `subscription Replay($after: String) { stockLevelEvents(after: $after) { id type } }`;

const DAY_MS = 86_400_000;

export const HOT_PATHS: HotPath[] = [
  {
    name: "productByBarcode (barcode)",
    runs: 200,
    async run({ client, plant }, run) {
      const product = spreadProduct(plant, run);
      const data = await client.graphql(SCAN, { code: barcodeOf(product) });
      expect(data.productByBarcode?.sku === skuOf(product), "productByBarcode", data);
      return "1 product";
    },
  },
  {
    name: "productByBarcode (SKU)",
    runs: 200,
    async run({ client, plant }, run) {
      const sku = skuOf(spreadProduct(plant, run));
      const data = await client.graphql(SCAN, { code: sku });
      expect(data.productByBarcode?.sku === sku, "productByBarcode", data);
      return "1 product";
    },
  },
  {
    name: "scan (a barcode)",
    runs: 200,
    async run({ client, plant }, run) {
      const product = spreadProduct(plant, run);
      const data = await client.graphql(SCAN_ANY, { code: barcodeOf(product) });
      expect(data.scan.matches[0]?.sku === skuOf(product), "scan", data);
      return "1 product";
    },
  },
  {
    name: "scan (a GS1 DataMatrix whose GTIN is stored as EAN-13)",
    runs: 200,
    async run({ client, plant }, run) {
      const product = productWithEan13(plant, run);
      const gtin14 = barcodeOf(product).padStart(14, "0");
      const code = ["]d2", "01", gtin14, "17", "271231", "10", `LOT${run}`].join("");
      const data = await client.graphql(SCAN_ANY, { code });
      expect(
        data.scan.gs1?.lot === `LOT${run}` && data.scan.matches[0]?.sku === skuOf(product),
        "scan",
        data,
      );
      return "1 product";
    },
  },
  {
    name: "scan (an order's number)",
    runs: 100,
    async run({ client, plant }, run) {
      const orderId = plant.openRootIds[run % plant.openRootIds.length] as number;
      const number = `MO-${String(orderId).padStart(5, "0")}`;
      const data = await client.graphql(SCAN_ANY, { code: number.toLowerCase() });
      expect(data.scan.matches[0]?.number === number, "scan", data);
      return "1 order";
    },
  },
  {
    name: "products: first page",
    runs: 50,
    async run({ client }) {
      const data = await client.graphql(PRODUCT_PAGE, {});
      expect(data.products.edges.length === 50, "products", data);
      return "50 products";
    },
  },
  {
    name: "products: a page in the middle",
    runs: 50,
    async run({ client, probes }) {
      const data = await client.graphql(PRODUCT_PAGE, { after: probes.middleCursor });
      expect(data.products.edges.length === 50, "products", data);
      return "50 products";
    },
  },
  {
    name: "products: filtered by replenishment",
    runs: 50,
    async run({ client }) {
      const data = await client.graphql(PRODUCT_PAGE, { replenishment: "PRODUCE" });
      expect(data.products.edges.length === 50, "products", data);
      return "50 products";
    },
  },
  {
    name: "products: search one SKU",
    runs: 20,
    async run({ client, plant }, run) {
      const sku = skuOf(spreadProduct(plant, run));
      const data = await client.graphql(PRODUCT_PAGE, { search: sku });
      expect(data.products.edges[0]?.node.sku === sku, "products search", data);
      return `${data.products.edges.length} product`;
    },
  },
  {
    name: "productionOrders: open at a floor, with trees",
    runs: 30,
    async run({ client, plant }, run) {
      const floorId = plant.floorIds[run % plant.floorIds.length] as number;
      const data = await client.graphql(ORDER_PAGE, {
        statuses: ["PLANNED", "RELEASED", "IN_PROGRESS"],
        locationId: globalId("Location", floorId),
      });
      expect(data.productionOrders.edges.length === 20, "productionOrders", data);
      return "20 orders";
    },
  },
  {
    name: "productionOrders: newest page",
    runs: 30,
    async run({ client }) {
      const data = await client.graphql(ORDER_PAGE, {});
      expect(data.productionOrders.edges.length === 20, "productionOrders", data);
      return "20 orders";
    },
  },
  {
    name: `order tree read (${ORDERS_PER_TREE} orders)`,
    runs: 50,
    async run({ client, plant }, run) {
      const rootId = plant.openRootIds[run % plant.openRootIds.length] as number;
      const data = await client.graphql(ORDER_TREE, { id: globalId("ProductionOrder", rootId) });
      expect(data.node?.tree?.length === ORDERS_PER_TREE, "order tree", data);
      return `${ORDERS_PER_TREE} orders`;
    },
  },
  ...EXPLOSION_SIZES.map(
    (label, index): HotPath => ({
      name: `bomExplosion (${label})`,
      runs: [30, 7, 3][index] as number,
      async run({ client, probes }) {
        const explosion = probes.explosions[index];
        if (!explosion) return "no probe";
        const data = await client.graphql(EXPLOSION, {
          productId: globalId("Product", explosion.tree.rootProductId),
          quantity: "3",
        });
        expect(
          data.bomExplosion.nodes.length === explosion.tree.nodes,
          "bomExplosion",
          data.bomExplosion.bom,
        );
        return `${explosion.tree.nodes} nodes`;
      },
    }),
  ),
  {
    name: "bomWhereUsed (common part)",
    runs: 10,
    async run({ client, plant }) {
      const data = await client.graphql(WHERE_USED, { componentId: globalId("Product", plant.commonPartId) });
      expect(data.bomWhereUsed.length > 0, "bomWhereUsed", data);
      return `${data.bomWhereUsed.length} paths`;
    },
  },
  {
    name: "productionOrderAuthorize (a tree)",
    runs: 3,
    async prepare({ client, probes }) {
      const data = await client.graphql(CREATE_ORDER, {
        input: {
          locationId: globalId("Location", probes.authorize.floorId),
          bomId: globalId("Bom", probes.authorize.bomId),
          quantity: "1",
        },
      });
      expect(data.productionOrderCreateFromBom.userErrors.length === 0, "create", data);
      return data.productionOrderCreateFromBom.productionOrder.id as string;
    },
    async run({ client }, _run, orderId) {
      const data = await client.graphql(AUTHORIZE, { id: orderId });
      expect(data.productionOrderAuthorize.userErrors.length === 0, "authorize", data);
      return "authorized";
    },
    async verify({ db, probes }, orderId) {
      const rootId = decodeId(String(orderId));
      const nested = await db.prisma.productionOrder.count({ where: { rootId } });
      expect(
        nested === probes.authorize.orders,
        `authorize: ${probes.authorize.orders} nested orders`,
        nested,
      );
      return `${nested} nested orders`;
    },
  },
  {
    name: "schedule (two weeks)",
    runs: 10,
    async run({ client, plant }) {
      const from = plant.shape.anchor;
      const data = await client.graphql(SCHEDULE, {
        from: from.toISOString(),
        to: new Date(from.getTime() + 14 * DAY_MS).toISOString(),
      });
      const orders = data.schedule.resources.reduce(
        (sum: number, board: { orders: unknown[] }) => sum + board.orders.length,
        0,
      );
      expect(orders > 0, "schedule", data.schedule.days);
      return `${orders} orders`;
    },
  },
  {
    name: "stockAdjust (5 lines: ledger locks)",
    runs: 30,
    async run({ client, plant }, run) {
      const lines = Array.from({ length: 5 }, (_, line) => ({
        productId: globalId("Product", spreadProduct(plant, run * 5 + line)),
        locationId: globalId("Location", plant.warehouseIds[0] as number),
        quantity: "1",
      }));
      const data = await client.graphql(STOCK_ADJUST, { input: { type: "OTHER", lines } });
      expect(data.stockAdjust.userErrors.length === 0, "stockAdjust", data);
      return "5 movements";
    },
  },
  {
    name: "resume replay (stockLevelEvents after)",
    runs: 2,
    async run({ client, probes }) {
      await client.events(REPLAY, { after: probes.replayAfter }, probes.replayEvents);
      return `${probes.replayEvents} events`;
    },
  },
];
