import { beforeAll, describe, expect, it } from "vitest";
import { createBom } from "../../src/domain/bom/boms.ts";
import { createResource } from "../../src/domain/catalog/locations.ts";
import { createEmployee } from "../../src/domain/catalog/partners.ts";
import { createProductionOrder } from "../../src/domain/orders/production/create.ts";
import { productionOrderNumber } from "../../src/domain/orders/production/order.ts";
import { succeeded, type TestKit } from "../kit/app.ts";
import { expectConsistent } from "../kit/checks.ts";
import { eventLockStatements } from "../kit/database.ts";
import { globalId } from "../kit/ids.ts";
import {
  nodeProductionOrderOperations,
  productionOrderConsume,
  productionOrderCreate,
  productionOrderOperationPause,
  productionOrderOperationStart,
  productionOrderRecordWaste,
  productionOrderReportOutput,
  productionOrders,
  productionOrdersWithOperations,
  productionOrdersWithReports,
  productionOrdersWithTrees,
  scheduleWithOrders,
} from "../operations/orders.ts";
import { purchaseOrderPlace, purchaseOrders } from "../operations/purchasing.ts";
import { productionFixtures } from "../orders/production/fixtures.ts";
import { WINDOW as SCHEDULE_WINDOW, scheduleFixtures } from "../orders/production/schedule/fixtures.ts";
import { treeFixtures } from "../orders/production/tree/fixtures.ts";
import { type Seeded, storedTreeFixtures } from "../orders/production/tree/stored-trees.ts";
import { purchasingFixtures } from "../orders/purchasing/fixtures.ts";

/**
 * What reading and planning orders and their schedule costs in SQL statements, each figure beside the law it
 * follows. The kit's key is remembered (src/live/key-cache.ts): no request pays a statement for it.
 */

/** A page of orders with everything it shows: one statement per relation, whatever the page size. */
const PRODUCTION_ORDER_LIST_STATEMENTS = 15;
/**
 * Authorizing a tree three levels deep: statements per tree level, not per nested order, and the same when every
 * nested order is a different product (the loads are per level, not per product). The nested orders' operations
 * are snapshotted in one go, whatever their number.
 */
const AUTHORIZE_THREE_LEVELS_STATEMENTS = 69 + eventLockStatements();
/**
 * A page of orders with their operations, each operation's resource and time logs and their employees, and the
 * planned and actual minutes: one statement per relation, whatever the page size.
 */
const OPERATION_LIST_STATEMENTS = 12;
/**
 * A page of orders with their shop-floor reports, each report's employee, lines (with their component's or output
 * line's product) and movements, and the waste: one statement per relation, whatever the page size.
 */
const REPORT_LIST_STATEMENTS = 14;
/** An order's whole tree with links, components and related orders: the same for 20 orders as for 200. */
const ORDER_TREE_STATEMENTS = 24;
/** A page of orders, each with its tree: the same for a page of 20 as of 50. */
const ORDER_LIST_TREES_STATEMENTS = 7;
/**
 * A schedule board with each order on it read whole: the same however many orders it holds (the orders with
 * operation rows and those without are a statement each; their operation rows, time logs and lines one each; the
 * lines' BOM operations one, by the lines' BOM ids).
 */
const SCHEDULE_BOARD_STATEMENTS = 13;
/** A page of purchase orders with their lines and movements: the same for 30 orders as for 3. */
const PURCHASE_ORDER_LIST_STATEMENTS = 9;

describe("production orders", () => {
  const fixtures = productionFixtures();
  const { gid, expectInvariants, createOrder, complete } = fixtures;
  let kit: TestKit;
  fixtures.use((opened) => {
    kit = opened;
  });

  it("reads a list with lines, components, movements, waste and events in a bounded number of statements", async () => {
    const seed = async (count: number, tag: string) => {
      for (let index = 0; index < count; index++) {
        const order = await createOrder(
          [
            ["BIKE", "1"],
            ["TRIKE", "3"],
          ],
          { tags: [tag], status: "RELEASED" },
        );
        await kit.execute(productionOrderRecordWaste, {
          id: order.id,
          input: { lines: [{ productId: gid.product("FRAME"), quantity: "0.1" }] },
        });
        expect((await complete(order.id)).userErrors).toEqual([]);
      }
    };
    await seed(3, "count-small");
    await seed(30, "count-large");
    const measure = async (tag: string, expected: number) => {
      let rows = 0;
      const statements = await kit.countStatements(async () => {
        const result = await kit.execute(productionOrders, { tag, first: 100 });
        expect(result.errors).toBeUndefined();
        rows = result.data?.productionOrders.edges.length ?? 0;
        const first = result.data?.productionOrders.edges[0]?.node;
        expect(first?.movements.length).toBeGreaterThan(0);
        expect(first?.waste.length).toBe(1);
        // Created, planned, released, started by its completion, completed.
        expect(first?.events.length).toBe(6);
      });
      expect(rows).toBe(expected);
      return statements;
    };
    const small = await measure("count-small", 3);
    const large = await measure("count-large", 30);
    console.info(`production order list: ${small} statements for 3 orders, ${large} for 30`);
    expect(large).toBe(small);
    expect(large).toBe(PRODUCTION_ORDER_LIST_STATEMENTS);
    await expectInvariants();
  });
});

describe("operations of production orders", () => {
  const fixtures = productionFixtures();
  const { ids, gid } = fixtures;
  let kit: TestKit;
  fixtures.use((opened) => {
    kit = opened;
  });

  it("reads a page of orders with their operations and time logs in the same statements for 3 orders as for 30", async () => {
    const { bomId, employeeId } = await kit.db.transaction(async (tx) => {
      const resource = await createResource(tx, null, { name: "Lathe", capacityMinutesPerDay: 480 });
      const bom = await createBom(tx, null, {
        productId: ids.TRIKE,
        kind: "PRODUCTION",
        name: "Trike with operations",
        outputQuantity: "3",
        operations: [
          { sequence: 10, name: "Turn", resourceId: resource.id, setupMinutes: "5", minutesPerUnit: "2" },
          { sequence: 20, name: "Fit", resourceId: resource.id, minutesPerUnit: "1" },
        ],
        lines: [{ componentId: ids.THIRD, quantity: "1" }],
      });
      return { bomId: bom.id, employeeId: (await createEmployee(tx, null, { name: "Turner" })).id };
    });
    const seed = async (count: number, tag: string) => {
      for (let index = 0; index < count; index++) {
        const { productionOrder } = succeeded<{ productionOrder: { id: string } }>(
          await kit.execute(productionOrderCreate, {
            input: {
              locationId: gid.shop(),
              lines: [{ bomId: globalId("Bom", bomId), quantity: "1" }],
              tags: [tag],
              status: "RELEASED",
            },
          }),
          "productionOrderCreate",
        );
        const node = (await kit.execute(nodeProductionOrderOperations, { id: productionOrder.id })).data
          ?.node;
        const [turn] = node && "operations" in node ? node.operations : [];
        const input = { employeeId: globalId("Employee", employeeId) };
        succeeded(
          await kit.execute(productionOrderOperationStart, { id: turn?.id as string, input }),
          "productionOrderOperationStart",
        );
        succeeded(
          await kit.execute(productionOrderOperationPause, {
            id: turn?.id as string,
            input: { reason: "tea" },
          }),
          "productionOrderOperationPause",
        );
      }
    };
    await seed(3, "operations-small");
    await seed(30, "operations-large");
    const measure = async (tag: string, expected: number) => {
      let rows = 0;
      const statements = await kit.countStatements(async () => {
        const result = await kit.execute(productionOrdersWithOperations, { tag, first: 100 });
        expect(result.errors).toBeUndefined();
        const edges = result.data?.productionOrders.edges ?? [];
        rows = edges.length;
        expect(edges[0]?.node.operations.map((operation) => operation.timeLogs.length)).toEqual([1, 0]);
      });
      expect(rows).toBe(expected);
      return statements;
    };
    const small = await measure("operations-small", 3);
    const large = await measure("operations-large", 30);
    console.info(`orders with operations: ${small} statements for 3 orders, ${large} for 30`);
    expect(large).toBe(small);
    expect(large).toBe(OPERATION_LIST_STATEMENTS);
  });
});

describe("shop-floor reports of production orders", () => {
  const fixtures = productionFixtures();
  const { gid } = fixtures;
  let kit: TestKit;
  fixtures.use((opened) => {
    kit = opened;
  });

  it("reads a page of orders with their reports, report lines and movements in the same statements for 3 orders as for 30", async () => {
    const employeeId = await kit.db.transaction(
      async (tx) => (await createEmployee(tx, null, { name: "Fitter" })).id,
    );
    // Enough of every component that no release plans nested orders for a shortage: the page holds the 33 only.
    await fixtures.stock({ FRAME: "100", WHEEL: "200", SADDLE: "100", POST: "100", THIRD: "100" });
    const seed = async (count: number, tag: string) => {
      for (let index = 0; index < count; index++) {
        const { productionOrder } = succeeded<{ productionOrder: { id: string } }>(
          await kit.execute(productionOrderCreate, {
            input: { ...fixtures.createInput([["BIKE", "2"]]), tags: [tag], status: "RELEASED" },
          }),
          "productionOrderCreate",
        );
        const id = productionOrder.id;
        const employee = globalId("Employee", employeeId);
        succeeded(
          await kit.execute(productionOrderConsume, {
            id,
            input: { productId: gid.product("THIRD"), quantity: "1", unplanned: true, employeeId: employee },
          }),
          "productionOrderConsume",
        );
        succeeded(
          await kit.execute(productionOrderReportOutput, {
            id,
            input: { goodQuantity: "1", scrapQuantity: "0.5", employeeId: employee },
          }),
          "productionOrderReportOutput",
        );
        succeeded(
          await kit.execute(productionOrderRecordWaste, {
            id,
            input: { lines: [{ productId: gid.product("FRAME"), quantity: "0.1" }] },
          }),
          "productionOrderRecordWaste",
        );
      }
    };
    await seed(3, "reports-small");
    await seed(30, "reports-large");
    const measure = async (tag: string, expected: number) => {
      let rows = 0;
      const statements = await kit.countStatements(async () => {
        const result = await kit.execute(productionOrdersWithReports, { tag, first: 100 });
        expect(result.errors).toBeUndefined();
        const edges = result.data?.productionOrders.edges ?? [];
        rows = edges.length;
        const first = edges[0]?.node;
        expect(first?.reports.map((report) => [report.kind, report.employee?.name])).toEqual([
          ["CONSUMPTION", "Fitter"],
          ["OUTPUT", "Fitter"],
        ]);
        expect(first?.reports[1]?.movements.length).toBeGreaterThan(1);
        expect(first?.waste).toHaveLength(1);
      });
      expect(rows).toBe(expected);
      return statements;
    };
    const small = await measure("reports-small", 3);
    const large = await measure("reports-large", 30);
    console.info(`orders with reports: ${small} statements for 3 orders, ${large} for 30`);
    expect(large).toBe(small);
    expect(large).toBe(REPORT_LIST_STATEMENTS);
    await fixtures.expectInvariants();
  });
});

describe("nested orders", () => {
  const fixtures = treeFixtures();
  const { authorize } = fixtures;
  let kit: TestKit;
  fixtures.use((opened) => {
    ({ kit } = opened);
  });

  /** A catalog whose trees are `depth` levels of sub-assemblies, each using the next one on `width` lines. */
  async function wideTree(tag: string, width: number, depth: number) {
    const prisma = kit.db.prisma;
    const floor = (await prisma.location.create({ data: { name: `${tag} floor`, kind: "SHOP_FLOOR" } })).id;
    let below = (await prisma.product.create({ data: { sku: `${tag}-leaf`, name: "leaf" } })).id;
    let bomId = 0;
    for (let level = depth; level >= 0; level--) {
      const product = (await prisma.product.create({ data: { sku: `${tag}-${level}`, name: `${level}` } }))
        .id;
      const bom = await prisma.bom.create({
        data: {
          productId: product,
          kind: "PRODUCTION",
          name: `${tag} ${level}`,
          lines: {
            create: Array.from({ length: width }, (_, position) => ({
              componentId: below,
              quantity: 1,
              position,
            })),
          },
        },
      });
      await prisma.bomDefault.create({ data: { productId: product, kind: "PRODUCTION", bomId: bom.id } });
      below = product;
      bomId = bom.id;
    }
    return { floor, bomId };
  }

  it("authorizing costs SQL statements per tree level, not per nested order", async () => {
    const counts: Record<string, number> = {};
    for (const width of [2, 4]) {
      const { floor, bomId } = await wideTree(`wide-${width}`, width, 3);
      const order = await kit.db.transaction((tx) =>
        createProductionOrder(tx, null, { locationId: floor, lines: [{ bomId, quantity: "1" }] }),
      );
      counts[`statements-${width}`] = await kit.countStatements(() => authorize(order.id));
      counts[`orders-${width}`] = await kit.db.prisma.productionOrder.count({ where: { rootId: order.id } });
    }
    // width 2: 2 + 4 + 8 = 14 nested orders; width 4: 4 + 16 + 64 = 84; the same statements for both.
    expect(counts["orders-2"]).toBe(14);
    expect(counts["orders-4"]).toBe(84);
    expect(counts["statements-4"]).toBe(counts["statements-2"]);
    expect(counts["statements-4"]).toBe(AUTHORIZE_THREE_LEVELS_STATEMENTS);
    console.log(
      `authorize: ${counts["statements-2"]} statements for 14 nested orders, ${counts["statements-4"]} for 84`,
    );
  });

  /**
   * A catalog without repeats: every made product has `width` sub-assemblies of its own, `depth` levels
   * deep, and the last level uses `width` bought leaves each. Returns the top BOM.
   */
  async function distinctTree(tag: string, width: number, depth: number) {
    const prisma = kit.db.prisma;
    const floor = (await prisma.location.create({ data: { name: `${tag} floor`, kind: "SHOP_FLOOR" } })).id;
    const level = (at: number, count: number) =>
      prisma.product.createManyAndReturn({
        data: Array.from({ length: count }, (_, index) => ({ sku: `${tag}-${at}-${index}`, name: `${at}` })),
        select: { id: true },
      });
    let below = await level(depth + 1, width ** (depth + 1));
    let topBom = 0;
    for (let at = depth; at >= 0; at--) {
      const made = await level(at, width ** at);
      const boms = await prisma.bom.createManyAndReturn({
        data: made.map((product) => ({ productId: product.id, kind: "PRODUCTION", name: `${tag} ${at}` })),
        select: { id: true, productId: true },
      });
      await prisma.bomLine.createMany({
        data: boms.flatMap((bom, index) =>
          Array.from({ length: width }, (_, position) => ({
            bomId: bom.id,
            componentId: (below[index * width + position] as { id: number }).id,
            quantity: 1,
            position,
          })),
        ),
      });
      await prisma.bomDefault.createMany({
        data: boms.map((bom) => ({ productId: bom.productId, kind: "PRODUCTION", bomId: bom.id })),
      });
      below = made;
      topBom = (boms[0] as { id: number }).id;
    }
    return { floor, bomId: topBom };
  }

  it("costs the same statements when every nested order is a different product, and allocates all of them", async () => {
    const counts: Record<string, number> = {};
    for (const width of [2, 7]) {
      const { floor, bomId } = await distinctTree(`distinct-${width}`, width, 3);
      const order = await kit.db.transaction((tx) =>
        createProductionOrder(tx, null, { locationId: floor, lines: [{ bomId, quantity: "1" }] }),
      );
      counts[`statements-${width}`] = await kit.countStatements(() => authorize(order.id));
      counts[`orders-${width}`] = await kit.db.prisma.productionOrder.count({ where: { rootId: order.id } });
      // Every component of every order is allocated at the floor: the made ones and the bought leaves.
      counts[`allocated-${width}`] = await kit.db.prisma.stockLevel.count({
        where: { locationId: floor, allocated: 1 },
      });
    }
    // width 2: 2 + 4 + 8 = 14 nested orders over 16 leaves; width 7: 7 + 49 + 343 = 399 over 2,401 leaves.
    expect(counts["orders-2"]).toBe(14);
    expect(counts["orders-7"]).toBe(399);
    expect(counts["allocated-2"]).toBe(14 + 16);
    expect(counts["allocated-7"]).toBe(399 + 2401);
    expect(counts["statements-7"]).toBe(counts["statements-2"]);
    expect(counts["statements-7"]).toBe(AUTHORIZE_THREE_LEVELS_STATEMENTS);
    await expectConsistent(kit);
    console.log(
      `authorize, distinct products: ${counts["statements-2"]} statements for 14 orders, ${counts["statements-7"]} for 399`,
    );
  });
});

describe("order trees", () => {
  const fixtures = storedTreeFixtures();
  const { seedTree, readTree } = fixtures;
  const number = productionOrderNumber;
  let kit: TestKit;
  fixtures.use((opened) => {
    ({ kit } = opened);
  });
  let small: Seeded;
  let large: Seeded;
  beforeAll(async () => {
    small = await seedTree("tree-20", [1, 2, 5, 12]);
    large = await seedTree("tree-200", [1, 4, 20, 175]);
  });

  it("reads root, tree, related orders and components in a fixed number of statements", async () => {
    const measure = async (seeded: Seeded) => {
      let result: Awaited<ReturnType<typeof readTree>> | undefined;
      const statements = await kit.countStatements(async () => {
        result = await readTree(seeded);
      });
      return { statements, result };
    };
    const few = await measure(small);
    const many = await measure(large);
    console.info(`order tree: ${few.statements} statements for 20 orders, ${many.statements} for 200`);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(25);
    expect(many.statements).toBe(ORDER_TREE_STATEMENTS);
    expect(few.result?.tree).toHaveLength(20);
    expect(many.result?.tree).toHaveLength(200);
  });

  it("reads the tree of every order of a list in the same number of statements", async () => {
    const list = async (tag: string) => {
      let nodes: { number: string; tree: { number: string }[]; relatedOrders: unknown[] }[] = [];
      const statements = await kit.countStatements(async () => {
        const result = await kit.execute(productionOrdersWithTrees, { tag });
        expect(result.errors).toBeUndefined();
        nodes = result.data?.productionOrders.edges.map((edge) => edge.node) ?? [];
      });
      return { statements, nodes };
    };
    const few = await list("tree-20");
    const many = await list("tree-200");
    expect(few.nodes).toHaveLength(20);
    expect(many.nodes).toHaveLength(50);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBe(ORDER_LIST_TREES_STATEMENTS);
    const root = few.nodes.find((node) => node.number === number(small.rootId));
    expect(root?.tree).toHaveLength(20);
    for (const node of many.nodes) expect(node.tree[0]?.number).toBe(node.number);
  });
});

describe("schedule", () => {
  const fixtures = scheduleFixtures();
  const { order, boms } = fixtures;
  let kit: TestKit;
  fixtures.use((opened) => {
    ({ kit } = opened);
  });

  it("reads a board in the same number of statements however many orders it holds", async () => {
    const measure = async () => {
      let loads = 0;
      const statements = await kit.countStatements(async () => {
        const result = await kit.execute(scheduleWithOrders, SCHEDULE_WINDOW);
        expect(result.errors).toBeUndefined();
        const boards = result.data?.schedule.resources ?? [];
        loads = boards.reduce((total, board) => total + board.orders.length, 0);
        for (const board of boards) {
          for (const scheduled of board.orders) {
            expect(scheduled.order.components).toEqual([]);
            expect(scheduled.order.location.name).toMatch(/shop floor/i);
          }
        }
      });
      return { statements, loads };
    };
    const before = await measure();
    for (let index = 0; index < 25; index++) {
      await order(`MORE${index}`, "PLANNED", [[boms.chair, "1"]], {
        start: "04T00:00:00",
        end: "05T00:00:00",
      });
    }
    const after = await measure();
    expect(after.loads).toBe(before.loads + 50); // each chair runs on the saw and the paint booth
    expect(after.statements).toBe(before.statements);
    console.info(`schedule: ${after.statements} statements for ${after.loads} orders on boards`);
    expect(after.statements).toBe(SCHEDULE_BOARD_STATEMENTS);
  });
});

describe("purchase orders", () => {
  const fixtures = purchasingFixtures();
  const { createOk, receive } = fixtures;
  let kit: TestKit;
  fixtures.use((opened) => {
    ({ kit } = opened);
  });

  it("lists 30 orders with lines and movements in as many statements as 3", async () => {
    const supplier = await kit.db.prisma.supplier.create({ data: { name: "Bulk supplier" } });
    const listOf = (count: number) =>
      kit.countStatements(async () => {
        const result = await kit.execute(purchaseOrders, {
          supplierId: globalId("Supplier", supplier.id),
          first: count,
        });
        expect(result.data?.purchaseOrders.edges).toHaveLength(count);
      });
    const make = async (count: number) => {
      for (let index = 0; index < count; index++) {
        const order = await createOk(
          [
            { sku: "BOLT", quantity: "1" },
            { sku: "NUT", quantity: "1" },
          ],
          { supplier: supplier.id },
        );
        succeeded(await kit.execute(purchaseOrderPlace, { id: order.id }), "purchaseOrderPlace");
        const read = await kit.execute(purchaseOrders, {
          supplierId: globalId("Supplier", supplier.id),
          first: 1,
        });
        const line = read.data?.purchaseOrders.edges[0]?.node.lines[0]?.id as string;
        succeeded(await receive(order.id, [[line, "1"]]), "purchaseOrderReceive");
      }
    };
    await make(3);
    const three = await listOf(3);
    await make(27);
    const thirty = await listOf(30);
    expect(thirty).toBe(three);
    console.log(`purchaseOrders list: ${three} statements for 3 orders, ${thirty} for 30`);
    expect(thirty).toBe(PURCHASE_ORDER_LIST_STATEMENTS);
  });
});
