import type { Database } from "../../src/db/database.ts";
import { ORDERS_PER_TREE, type PlantShape, type PlantSize, PRODUCTS_PER_FAMILY } from "./plant-size.ts";

/**
 * A plant-sized dataset, written in bulk by SQL (`INSERT ... SELECT generate_series`, no round trip per row) into
 * a migrated, bootstrapped and otherwise empty database, on PostgreSQL or PGlite. Used by `npm run bench:scale`
 * (the same plant at two sizes, 10x apart) and by test/cost/query-plans.test.ts (enough rows that PostgreSQL
 * prefers an index).
 *
 * The catalog is made of families of 100 products with the same shape, so a bigger plant has more of the same
 * and every lookup the benches make has the same answer at every size (only the data around it grows):
 * - 80 purchased parts and 20 made products per family, the made ones on levels 1 to 8; each made product has
 *   a default production BOM (one operation on a resource) with 3 of the family's parts and, from level 2 on,
 *   the first two made products of the level below: a family's top explodes into ~1,000 nodes over 8 levels;
 * - one barcode per product (a second one for every tenth), SKUs `P0000001`;
 * - a common part (SKU `COMMON-PART`) on the level-1 BOM of `commonPartUses` families spread over the catalog.
 * Production orders come in trees of 10 (a root, 3 children, 6 grandchildren), one tree every
 * 14 days / `openTrees`: the newest `openTrees` trees are open (PLANNED, RELEASED, IN_PROGRESS) and start in the
 * two weeks from `anchor`, the older ones are history (COMPLETED, every 20th VOIDED). Each order has the
 * operation row of its BOM's operation, laid out from its start, except the orders of every tenth tree (written
 * before operations existed). Stock movements are spread over the products and 6 locations (2 warehouses, 4 shop
 * floors), their stock levels are their sums; events are 90% STOCK_CHANGED and 10% production order changes, all
 * from the last 20 days (retention keeps 30).
 */

const MADE_PER_FAMILY = 20;
const WAREHOUSES = [1, 2];
const FLOORS = [3, 4, 5, 6];
const RESOURCES = 12;
const SUPPLIERS = 200;
const CUSTOMERS = 1_000;
const EMPLOYEES = 100;
const OPEN_DAYS = 14;
const EVENT_DAYS = 20;
/** Every tenth tree predates operations: no operation rows, its BOMs' operations are its load on the board. */
const LEGACY_TREE_EVERY = 10;

/** Ids and facts the benches and the plan test look things up by. */
export interface Plant {
  size: PlantSize;
  shape: PlantShape;
  families: number;
  trees: number;
  warehouseIds: number[];
  floorIds: number[];
  resourceIds: number[];
  commonPartId: number;
  /** Roots of the open trees, oldest first. */
  openRootIds: number[];
  /** The id of the newest event. */
  lastEventId: bigint;
}

/** The barcode of product `n` (EAN-13 sized); every tenth product also has a second one, starting with 3. */
export function barcodeOf(productId: number): string {
  return `2${String(productId).padStart(12, "0")}`;
}
export function skuOf(productId: number): string {
  return `P${String(productId).padStart(7, "0")}`;
}

/**
 * Writes the plant. The database must be migrated and bootstrapped, with no catalog, orders or events yet (rows
 * are written with their ids). Statistics are gathered at the end (PGlite never does it by itself).
 */
export async function generatePlant(db: Database, size: PlantSize, shape: PlantShape): Promise<Plant> {
  if (size.products % PRODUCTS_PER_FAMILY !== 0 || size.orders % ORDERS_PER_TREE !== 0) {
    throw new Error(`products must be a multiple of ${PRODUCTS_PER_FAMILY}, orders of ${ORDERS_PER_TREE}`);
  }
  const families = size.products / PRODUCTS_PER_FAMILY;
  const trees = size.orders / ORDERS_PER_TREE;
  if (shape.openTrees > trees || shape.commonPartUses > families) {
    throw new Error(`shape ${JSON.stringify(shape)} does not fit ${families} families and ${trees} trees`);
  }
  const used = await db.prisma.$queryRaw<{ rows: number }[]>`
    SELECT CAST((SELECT count(*) FROM "Product") + (SELECT count(*) FROM "ProductionOrder")
      + (SELECT count(*) FROM "Location") AS int) AS rows`;
  if (used[0]?.rows !== 0)
    throw new Error("generatePlant needs a database without products, orders or locations");
  // Bootstrapping recorded events already: the plant's come after them.
  const events = await db.prisma.event.aggregate({ _max: { id: true } });
  const eventBase = Number(events._max.id ?? 0n);

  const commonPartId = size.products + 1;
  const closedTrees = trees - shape.openTrees;
  const script = plantScript({ size, shape, families, trees, commonPartId, closedTrees, eventBase });
  for (const step of script) await db.sqlTransaction((sql) => sql.exec(step));
  await db.sqlTransaction((sql) => sql.exec("ANALYZE"));

  const openRootIds = Array.from(
    { length: shape.openTrees },
    (_, index) => (closedTrees + index) * ORDERS_PER_TREE + 1,
  );
  return {
    size,
    shape,
    families,
    trees,
    warehouseIds: WAREHOUSES,
    floorIds: FLOORS,
    resourceIds: Array.from({ length: RESOURCES }, (_, index) => index + 1),
    commonPartId,
    openRootIds,
    lastEventId: BigInt(eventBase + size.events),
  };
}

/** The SQL, one transaction per step (so no single transaction holds everything). */
function plantScript(plant: {
  size: PlantSize;
  shape: PlantShape;
  families: number;
  trees: number;
  commonPartId: number;
  closedTrees: number;
  eventBase: number;
}): string[] {
  const { size, shape, families, trees, commonPartId, closedTrees, eventBase } = plant;
  const anchor = `TIMESTAMP '${shape.anchor.toISOString().slice(0, 19).replace("T", " ")}'`;
  const now = `(now() AT TIME ZONE 'UTC')`;
  // A tree's start: one tree every OPEN_DAYS / openTrees, the open ones from the anchor on, history before it.
  const treeStart = (tree: string) =>
    `(${anchor} + (${tree} - ${closedTrees}) * (INTERVAL '${OPEN_DAYS} days' / ${shape.openTrees}))`;
  // Deterministic spreading without a random generator: a hash of the row number.
  const spread = (value: string, modulo: number) => `(abs(hashint8(${value})) % ${modulo})`;
  const commonStride = Math.floor(families / shape.commonPartUses);
  // The made product of family f at local index j (0..19) is product 100f + 5(j + 1); its BOM is 20f + j + 1.
  // Its level is 1 + floor(8j / 20); the first made product of level L is j = ceil(2.5 (L - 1)).
  const level = (j: string) => `(1 + (${j}) * 8 / ${MADE_PER_FAMILY})`;
  // Purchased part q (0..79) of family f: the products of the family that are not multiples of 5.
  const part = (f: string, q: string) => `(${PRODUCTS_PER_FAMILY} * ${f} + (${q}) + (${q}) / 4 + 1)`;
  // What an order of a tree makes: its position k (0 root, 1-3 children, 4-9 grandchildren) picks the made product.
  const orderJ = `(ARRAY[19, 17, 16, 15, 14, 13, 12, 11, 10, 9])[k + 1]`;
  const orderFamily = `(t % ${families})`;

  return [
    `
    INSERT INTO "Location" (id, name, kind, "connectedWarehouseId")
    SELECT w, 'Plant warehouse ' || w, CAST('WAREHOUSE' AS "LocationKind"), NULL FROM unnest(ARRAY[${WAREHOUSES}]) w
    UNION ALL
    SELECT f, 'Plant floor ' || (f - ${FLOORS[0]} + 1), CAST('SHOP_FLOOR' AS "LocationKind"), ${WAREHOUSES[0]} + (f % 2)
    FROM unnest(ARRAY[${FLOORS}]) f;
    INSERT INTO "Resource" (id, name, "capacityMinutesPerDay")
    SELECT r, 'Work centre ' || r, 960 FROM generate_series(1, ${RESOURCES}) r;
    INSERT INTO "Supplier" (id, name) SELECT s, 'Supplier ' || s FROM generate_series(1, ${SUPPLIERS}) s;
    INSERT INTO "Customer" (id, name) SELECT c, 'Customer ' || c FROM generate_series(1, ${CUSTOMERS}) c;
    INSERT INTO "Employee" (id, name) SELECT e, 'Employee ' || e FROM generate_series(1, ${EMPLOYEES}) e;
    `,
    `
    INSERT INTO "Product" (id, sku, name, cost, "leadTimeDays", "primarySupplierId", "createdAt", "updatedAt")
    SELECT n, 'P' || lpad(n::text, 7, '0'),
      CASE WHEN n % 5 = 0 THEN 'Assembly ' ELSE 'Part ' END || n,
      1 + n % 50, n % 10, CASE WHEN n % 5 = 0 THEN NULL ELSE 1 + n % ${SUPPLIERS} END, ${now}, ${now}
    FROM generate_series(1, ${size.products}) n
    UNION ALL
    SELECT ${commonPartId}, 'COMMON-PART', 'Common part', 0.05, 2, 1, ${now}, ${now};
    INSERT INTO "Barcode" (id, code, "productId")
    SELECT n, '2' || lpad(n::text, 12, '0'), n FROM generate_series(1, ${size.products}) n
    UNION ALL
    SELECT ${size.products} + n / 10, '3' || lpad(n::text, 12, '0'), n
    FROM generate_series(10, ${size.products}, 10) n;
    `,
    `
    INSERT INTO "Bom" (id, "productId", kind, name, "updatedAt")
    SELECT ${MADE_PER_FAMILY} * f + j + 1, ${PRODUCTS_PER_FAMILY} * f + 5 * (j + 1), 'PRODUCTION',
      'BOM P' || lpad((${PRODUCTS_PER_FAMILY} * f + 5 * (j + 1))::text, 7, '0'), ${now}
    FROM generate_series(0, ${families - 1}) f, generate_series(0, ${MADE_PER_FAMILY - 1}) j;
    INSERT INTO "BomDefault" ("productId", kind, "bomId") SELECT "productId", kind, id FROM "Bom";
    INSERT INTO "BomOperation" (id, "bomId", sequence, name, "resourceId", "setupMinutes", "minutesPerUnit")
    SELECT id, id, 10, 'Assemble', 1 + id % ${RESOURCES}, 15, 2 FROM "Bom";
    INSERT INTO "BomLine" ("bomId", position, "componentId", quantity)
    SELECT ${MADE_PER_FAMILY} * f + j + 1, k + 1, ${part("f", `j * 3 + k`)}, 2
    FROM generate_series(0, ${families - 1}) f, generate_series(0, ${MADE_PER_FAMILY - 1}) j,
      generate_series(0, 2) k
    UNION ALL
    SELECT ${MADE_PER_FAMILY} * f + j + 1, 4 + s,
      ${PRODUCTS_PER_FAMILY} * f + 5 * (ceil(2.5 * (${level("j")} - 2))::int + s + 1), 1
    FROM generate_series(0, ${families - 1}) f, generate_series(0, ${MADE_PER_FAMILY - 1}) j,
      generate_series(0, 1) s
    WHERE ${level("j")} >= 2
    UNION ALL
    SELECT ${MADE_PER_FAMILY} * f + 1, 6, ${commonPartId}, 4
    FROM generate_series(0, ${commonStride * (shape.commonPartUses - 1)}, ${commonStride}) f;
    `,
    `
    INSERT INTO "ProductionOrder" (id, kind, status, "locationId", "startDate", "expectedDate", "requiredByDate",
      "customerId", tags, "parentId", "rootId", "ancestorIds", "createdAt", "updatedAt")
    SELECT ${ORDERS_PER_TREE} * t + k + 1, 'PRODUCTION',
      CAST(CASE
        WHEN t >= ${closedTrees} THEN (ARRAY['PLANNED', 'RELEASED', 'IN_PROGRESS'])[1 + t % 3]
        WHEN t % 20 = 7 THEN 'VOIDED'
        ELSE 'COMPLETED'
      END AS "ProductionOrderStatus"),
      ${FLOORS[0]} + t % ${FLOORS.length},
      ${treeStart("t")} - depth * INTERVAL '1 day',
      ${treeStart("t")} - depth * INTERVAL '1 day' + INTERVAL '1 day',
      ${treeStart("t")} + INTERVAL '1 day',
      CASE WHEN k = 0 THEN 1 + t % ${CUSTOMERS} END,
      CASE WHEN t % 7 = 0 THEN ARRAY['rush'] ELSE ARRAY[]::text[] END,
      CASE WHEN k > 0 THEN ${ORDERS_PER_TREE} * t + parent + 1 END,
      CASE WHEN k > 0 THEN ${ORDERS_PER_TREE} * t + 1 END,
      CASE depth
        WHEN 0 THEN ARRAY[]::int[]
        WHEN 1 THEN ARRAY[${ORDERS_PER_TREE} * t + 1]
        ELSE ARRAY[${ORDERS_PER_TREE} * t + 1, ${ORDERS_PER_TREE} * t + parent + 1]
      END,
      ${treeStart("t")} - INTERVAL '10 days', ${treeStart("t")} - INTERVAL '10 days'
    FROM generate_series(0, ${trees - 1}) t,
      LATERAL (SELECT k, CASE WHEN k = 0 THEN 0 WHEN k <= 3 THEN 1 ELSE 2 END AS depth,
        CASE WHEN k <= 3 THEN 0 ELSE 1 + (k - 4) / 2 END AS parent
        FROM generate_series(0, ${ORDERS_PER_TREE - 1}) k) shape;
    INSERT INTO "ProductionOrderLine" (id, "orderId", position, "bomId", "productId", quantity, "producedQuantity")
    SELECT o.id, o.id, 1, ${MADE_PER_FAMILY} * ${orderFamily} + ${orderJ} + 1,
      ${PRODUCTS_PER_FAMILY} * ${orderFamily} + 5 * (${orderJ} + 1), 10,
      CASE WHEN o.status = 'COMPLETED' THEN 10 ELSE 0 END
    FROM "ProductionOrder" o, LATERAL (SELECT (o.id - 1) / ${ORDERS_PER_TREE} AS t,
      (o.id - 1) % ${ORDERS_PER_TREE} AS k) position;
    INSERT INTO "ProductionOrderComponent" (id, "orderId", "lineId", position, "productId", "requiredQuantity",
      "allocatedQuantity", "consumedQuantity")
    SELECT 3 * (o.id - 1) + c + 1, o.id, o.id, c + 1, ${part(orderFamily, `${orderJ} * 3 + c`)}, 20,
      CASE WHEN o.status IN ('PLANNED', 'RELEASED', 'IN_PROGRESS') THEN 20 ELSE 0 END,
      CASE WHEN o.status = 'COMPLETED' THEN 20 ELSE 0 END
    FROM "ProductionOrder" o, LATERAL (SELECT (o.id - 1) / ${ORDERS_PER_TREE} AS t,
      (o.id - 1) % ${ORDERS_PER_TREE} AS k) position, generate_series(0, 2) c;
    INSERT INTO "ProductionOrderOperation" (id, "orderId", "lineId", position, sequence, name, "resourceId",
      "plannedMinutes", "plannedStart", "plannedEnd", status, "updatedAt")
    SELECT o.id, o.id, l.id, 1, 10, 'Assemble', 1 + l."bomId" % ${RESOURCES}, 15 + 2 * l.quantity,
      o."startDate", o."startDate" + (15 + 2 * l.quantity) * INTERVAL '1 minute',
      CAST(CASE o.status WHEN 'COMPLETED' THEN 'DONE' WHEN 'VOIDED' THEN 'SKIPPED' ELSE 'PENDING' END
        AS "OperationStatus"), ${now}
    FROM "ProductionOrder" o JOIN "ProductionOrderLine" l ON l."orderId" = o.id
    WHERE ((o.id - 1) / ${ORDERS_PER_TREE}) % ${LEGACY_TREE_EVERY} <> ${LEGACY_TREE_EVERY - 1};
    `,
    `
    INSERT INTO "StockMovement" (id, "productId", "locationId", quantity, reason, "productionOrderId", "createdAt")
    SELECT i, p, CASE WHEN i % 2 = 0 THEN ${WAREHOUSES[0]} + p % 2 ELSE ${FLOORS[0]} + p % ${FLOORS.length} END,
      CASE i % 10 WHEN 0 THEN 50 WHEN 1 THEN 50 WHEN 2 THEN 50 WHEN 3 THEN 50
        WHEN 8 THEN 1 WHEN 9 THEN 5 ELSE -5 END,
      CAST(CASE i % 10 WHEN 0 THEN 'PURCHASE_RECEIPT' WHEN 1 THEN 'PURCHASE_RECEIPT'
        WHEN 2 THEN 'PURCHASE_RECEIPT' WHEN 3 THEN 'PURCHASE_RECEIPT'
        WHEN 8 THEN 'ADJUSTMENT' WHEN 9 THEN 'TRANSFER_IN' ELSE 'PRODUCTION_CONSUMPTION' END AS "MovementReason"),
      CASE WHEN i % 10 BETWEEN 4 AND 7 AND ${closedTrees} > 0
        THEN 1 + ${spread("i * 3", Math.max(1, closedTrees * ORDERS_PER_TREE))} END,
      ${treeStart("0")} + (i::float8 / ${size.movements}) * (${anchor} - ${treeStart("0")})
    FROM generate_series(1, ${size.movements}) i, LATERAL (SELECT 1 + ${spread("i", size.products)} AS p) product;
    INSERT INTO "StockLevel" ("productId", "locationId", "onHand", "updatedAt")
    SELECT "productId", "locationId", sum(quantity), ${now} FROM "StockMovement" GROUP BY 1, 2;
    `,
    `
    INSERT INTO "Event" (id, type, "entityType", "entityId", "rootOrderId", "locationId", "beforeStatus",
      "afterStatus", payload, "createdAt")
    SELECT ${eventBase} + i,
      CASE WHEN i % 10 = 0 THEN 'PRODUCTION_ORDER_RELEASED' ELSE 'STOCK_CHANGED' END,
      CASE WHEN i % 10 = 0 THEN 'ProductionOrder' ELSE 'Product' END,
      CASE WHEN i % 10 = 0 THEN o::text ELSE p::text END,
      CASE WHEN i % 10 = 0 THEN ${ORDERS_PER_TREE} * ((o - 1) / ${ORDERS_PER_TREE}) + 1 END,
      CASE WHEN i % 10 = 0 THEN ${FLOORS[0]} + ((o - 1) / ${ORDERS_PER_TREE}) % ${FLOORS.length}
        ELSE ${FLOORS[0]} + p % ${FLOORS.length} END,
      CASE WHEN i % 10 = 0 THEN 'PLANNED' END,
      CASE WHEN i % 10 = 0 THEN 'RELEASED' END,
      CASE WHEN i % 10 = 0 THEN jsonb_build_object('version', 2)
        ELSE jsonb_build_object('productId', p, 'locationId', ${FLOORS[0]} + p % ${FLOORS.length},
          'onHandBefore', '10', 'onHandAfter', '15') END,
      ${now} - INTERVAL '${EVENT_DAYS} days' + (i::float8 / ${size.events}) * INTERVAL '${EVENT_DAYS - 1} days'
    FROM generate_series(1, ${size.events}) i,
      LATERAL (SELECT 1 + ${spread("i", size.products)} AS p, 1 + ${spread("i * 7", size.orders)} AS o) picked;
    `,
    // Serial columns go on after the ids written here.
    [
      "Location",
      "Resource",
      "Supplier",
      "Customer",
      "Employee",
      "Product",
      "Barcode",
      "Bom",
      "BomOperation",
      "ProductionOrder",
      "ProductionOrderLine",
      "ProductionOrderComponent",
      "ProductionOrderOperation",
      "StockMovement",
      "Event",
    ]
      .map(
        (table) =>
          `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"));`,
      )
      .join("\n"),
  ];
}
