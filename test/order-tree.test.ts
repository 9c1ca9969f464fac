import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tx } from "../src/db/database.ts";
import { productionOrderNumber } from "../src/domain/orders/production/order.ts";
import { graphql } from "./graphql/index.ts";
import { createTestKit, type TestKit } from "./kit/app.ts";
import { decodeId, globalId } from "./kit/ids.ts";
import { createBom, createProduct, seedWorld, type World } from "./kit/orders.ts";

const TreeRead = graphql(`
  query OrderTreeRead($id: ID!) {
    node(id: $id) {
      __typename
      ... on ProductionOrder {
        number level path kind
        root { number }
        timeline { start end }
        tree {
          id number level path kind status orphaned late surplus startDate expectedDate
          parent { number status }
          children { number }
          root { number }
          parentComponent { product { sku } }
          lines { quantity product { sku } }
          components { requiredQuantity shortageQuantity product { sku } nestedOrders { number } }
          relatedOrders {
            __typename
            ... on ProductionOrder { number kind status }
            ... on PurchaseOrder { number purchaseStatus: status supplier { name } lines { quantity product { sku } } }
            ... on TransferOrder { number transferStatus: status fromLocation { name } lines { quantity product { sku } } }
            ... on SalesOrder { number salesStatus: status customer { name } }
          }
        }
      }
    }
  }
`);

const OrderLinks = graphql(`
  query OrderTreeLinks($id: ID!) {
    node(id: $id) {
      __typename
      ... on ProductionOrder {
        number orphaned level
        parent { number status }
        root { number }
        timeline { start end }
      }
    }
  }
`);

const OrderListTrees = graphql(`
  query OrderTreeList($tag: String!) {
    productionOrders(tag: $tag, first: 50) {
      edges { node { number tree { number } timeline { start end } relatedOrders { __typename } } }
    }
  }
`);

const CreateDraft = graphql(`
  mutation OrderTreeCreateDraft($input: ProductionOrderCreateInput!) {
    productionOrderCreate(input: $input) {
      productionOrder {
        number level path kind orphaned late surplus
        root { number }
        tree { number }
        children { number }
        relatedOrders { __typename ... on SalesOrder { number } }
        timeline { start end }
      }
      userErrors { code message field }
    }
  }
`);

let kit: TestKit;
let world: World;
let products: { top: number; part: number; bolt: number; paint: number };
let bom: number;

beforeAll(async () => {
  kit = await createTestKit();
  world = await seedWorld(kit);
  const bolt = await createProduct(kit, "BOLT", { primarySupplierId: world.supplierA });
  const paint = await createProduct(kit, "PAINT", { primarySupplierId: world.supplierB });
  const part = await createProduct(kit, "PART");
  const top = await createProduct(kit, "TOP");
  products = { top, part, bolt, paint };
  bom = await createBom(kit, part, [
    [bolt, "2"],
    [paint, "0.5"],
  ]);
});
afterAll(() => kit.close());

interface Seeded {
  rootId: number;
  /** Order ids per level, in creation (= id) order. */
  levels: number[][];
  /** parent id -> child ids. */
  childrenOf: Map<number, number[]>;
  purchaseOrders: Map<number, number[]>;
  transferOrders: Map<number, number[]>;
  salesOrderId: number;
}

const DAY = 86_400_000;
const BASE = Date.UTC(2031, 0, 10);

/**
 * A tree written straight to the tables, `counts[level]` orders per level (the root is level 0), each level's
 * orders spread round-robin over the level above. Every order has one line and two components; each nested
 * order makes a component of its parent. Every 5th order has a purchase order, every 7th a transfer, and the
 * root is made for a sales order. Dates: level n starts n days before the root and takes a day.
 */
async function seedTree(tag: string, counts: [1, number, number, number]): Promise<Seeded> {
  return kit.db.transaction(async (tx: Tx) => {
    const salesOrder = await tx.salesOrder.create({
      data: { customerId: world.customer, locationId: world.warehouse, status: "AUTHORIZED" },
    });
    const levels: number[][] = [];
    const childrenOf = new Map<number, number[]>();
    /** Per order, the components its children make. */
    const componentsOf = new Map<number, number[]>();
    const ancestorsOf = new Map<number, number[]>();
    let rootId = 0;
    for (const [level, count] of counts.entries()) {
      const parents = levels[level - 1] ?? [];
      const rows = await tx.productionOrder.createManyAndReturn({
        data: Array.from({ length: count }, (_, index) => {
          const parentId = parents.length > 0 ? (parents[index % parents.length] as number) : null;
          // Round-robin: this is the parent's (index / parents)th child.
          const siblings = parents.length > 0 ? Math.floor(index / parents.length) : 0;
          return {
            locationId: world.shopFloor,
            status: "PLANNED" as const,
            kind: level === 3 && index % 2 === 1 ? ("ASSEMBLY" as const) : ("PRODUCTION" as const),
            tags: [tag],
            parentId,
            rootId: parentId ? rootId : null,
            ancestorIds: parentId ? [...(ancestorsOf.get(parentId) ?? []), parentId] : [],
            parentComponentId: parentId ? componentsOf.get(parentId)?.[siblings % 2] : null,
            salesOrderId: level === 0 ? salesOrder.id : null,
            startDate: new Date(BASE - (level + 1) * DAY),
            expectedDate: new Date(BASE - level * DAY),
            late: level === 3,
          };
        }),
        select: { id: true, parentId: true, ancestorIds: true },
      });
      for (const row of rows) {
        ancestorsOf.set(row.id, row.ancestorIds);
        if (row.parentId) childrenOf.set(row.parentId, [...(childrenOf.get(row.parentId) ?? []), row.id]);
      }
      if (level === 0) rootId = (rows[0] as { id: number }).id;
      levels.push(rows.map((row) => row.id));
      const lines = await tx.productionOrderLine.createManyAndReturn({
        data: rows.map((row) => ({
          orderId: row.id,
          position: 0,
          bomId: bom,
          productId: level === 0 ? products.top : products.part,
          quantity: "4",
        })),
        select: { id: true, orderId: true },
      });
      const components = await tx.productionOrderComponent.createManyAndReturn({
        data: lines.flatMap((line) => [
          {
            orderId: line.orderId,
            lineId: line.id,
            position: 0,
            productId: products.bolt,
            requiredQuantity: "8",
            shortageQuantity: "3",
          },
          {
            orderId: line.orderId,
            lineId: line.id,
            position: 1,
            productId: products.paint,
            requiredQuantity: "2",
          },
        ]),
        select: { id: true, orderId: true },
      });
      for (const component of components) {
        componentsOf.set(component.orderId, [...(componentsOf.get(component.orderId) ?? []), component.id]);
      }
    }
    const all = levels.flat();
    const purchaseOrders = new Map<number, number[]>();
    const transferOrders = new Map<number, number[]>();
    for (const [index, orderId] of all.entries()) {
      if (index % 5 === 0) {
        const purchase = await tx.purchaseOrder.create({
          data: {
            supplierId: world.supplierA,
            locationId: world.warehouse,
            productionOrderId: orderId,
            lines: { create: [{ position: 0, productId: products.bolt, quantity: "3" }] },
          },
        });
        purchaseOrders.set(orderId, [purchase.id]);
      }
      if (index % 7 === 0) {
        const transfer = await tx.transferOrder.create({
          data: {
            fromLocationId: world.warehouse,
            toLocationId: world.shopFloor,
            productionOrderId: orderId,
            lines: { create: [{ position: 0, productId: products.paint, quantity: "1" }] },
          },
        });
        transferOrders.set(orderId, [transfer.id]);
      }
    }
    return { rootId, levels, childrenOf, purchaseOrders, transferOrders, salesOrderId: salesOrder.id };
  });
}

async function readTree(seeded: Seeded) {
  const result = await kit.execute(TreeRead, { id: globalId("ProductionOrder", seeded.rootId) });
  expect(result.errors).toBeUndefined();
  const order = result.data?.node;
  if (order?.__typename !== "ProductionOrder") throw new Error("not a production order");
  return order;
}

/** Depth first, children by id: what `tree` must list. */
function expectedTreeOrder(seeded: Seeded, from = seeded.rootId): number[] {
  return [from, ...(seeded.childrenOf.get(from) ?? []).flatMap((child) => expectedTreeOrder(seeded, child))];
}

const number = productionOrderNumber;

describe("reading an order tree", () => {
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
    expect(few.result?.tree).toHaveLength(20);
    expect(many.result?.tree).toHaveLength(200);
  });

  it("lists the tree depth first with levels, paths, links and related orders", async () => {
    for (const seeded of [small, large]) {
      const root = await readTree(seeded);
      expect(root).toMatchObject({ number: number(seeded.rootId), level: 0, kind: "PRODUCTION" });
      expect(root.path).toEqual([number(seeded.rootId)]);
      expect(root.root.number).toBe(number(seeded.rootId));

      const expectedOrder = expectedTreeOrder(seeded);
      expect(root.tree.map((order) => decodeId(order.id))).toEqual(expectedOrder);
      const parentOf = new Map<number, number>();
      for (const [parent, children] of seeded.childrenOf)
        for (const child of children) parentOf.set(child, parent);
      const pathOf = (id: number): number[] => {
        const parent = parentOf.get(id);
        return parent ? [...pathOf(parent), id] : [id];
      };

      for (const order of root.tree) {
        const id = decodeId(order.id);
        const level = seeded.levels.findIndex((ids) => ids.includes(id));
        expect(order.level).toBe(level);
        expect(order.path).toEqual(pathOf(id).map(number));
        expect(order.root.number).toBe(number(seeded.rootId));
        expect(order.parent?.number ?? null).toBe(
          parentOf.has(id) ? number(parentOf.get(id) as number) : null,
        );
        expect(order.orphaned).toBe(false);
        expect(order.late).toBe(level === 3);
        const children = (seeded.childrenOf.get(id) ?? []).map(number);
        expect(order.children.map((child) => child.number)).toEqual(children);
        expect(order.components.map((component) => component.product.sku)).toEqual(["BOLT", "PAINT"]);
        expect(order.components[0]).toMatchObject({ requiredQuantity: "8", shortageQuantity: "3" });
        expect(order.lines).toEqual([{ quantity: "4", product: { sku: level === 0 ? "TOP" : "PART" } }]);
        const siblings = seeded.childrenOf.get(parentOf.get(id) ?? 0) ?? [];
        const makes = level === 0 ? null : ["BOLT", "PAINT"][siblings.indexOf(id) % 2];
        expect(order.parentComponent?.product.sku ?? null).toBe(makes);

        // Children first, then purchases, transfers and the sales order, each kind by id.
        const related = order.relatedOrders.map((linked) => `${linked.__typename} ${linked.number}`);
        expect(related).toEqual([
          ...children.map((child) => `ProductionOrder ${child}`),
          ...(seeded.purchaseOrders.get(id) ?? []).map(
            (po) => `PurchaseOrder PO-${String(po).padStart(5, "0")}`,
          ),
          ...(seeded.transferOrders.get(id) ?? []).map(
            (to) => `TransferOrder TO-${String(to).padStart(5, "0")}`,
          ),
          ...(level === 0 ? [`SalesOrder SO-${String(seeded.salesOrderId).padStart(5, "0")}`] : []),
        ]);
        for (const linked of order.relatedOrders) {
          if (linked.__typename === "PurchaseOrder") {
            expect(linked).toMatchObject({
              purchaseStatus: "DRAFT",
              supplier: { name: "Acme" },
              lines: [{ quantity: "3", product: { sku: "BOLT" } }],
            });
          } else if (linked.__typename === "TransferOrder") {
            expect(linked).toMatchObject({
              transferStatus: "DRAFT",
              fromLocation: { name: "Main warehouse" },
              lines: [{ quantity: "1", product: { sku: "PAINT" } }],
            });
          } else if (linked.__typename === "SalesOrder") {
            expect(linked).toMatchObject({ salesStatus: "AUTHORIZED", customer: { name: "Bike Shop" } });
          } else {
            expect(linked).toMatchObject({ status: "PLANNED" });
          }
        }
      }
      // A component knows the nested orders that make it; together they are every nested order.
      const made = root.tree.flatMap((order) =>
        order.components.flatMap((c) => c.nestedOrders.map((o) => o.number)),
      );
      expect(made.sort()).toEqual(expectedOrder.slice(1).map(number).sort());
      expect(root.tree.filter((order) => order.kind === "ASSEMBLY").length).toBeGreaterThan(0);
      // The root's timeline covers the whole tree: the deepest level starts 4 days before BASE.
      expect(root.timeline).toEqual({
        start: new Date(BASE - 4 * DAY).toISOString(),
        end: new Date(BASE).toISOString(),
      });
    }
  });

  it("reads the tree of every order of a list in the same number of statements", async () => {
    const list = async (tag: string) => {
      let nodes: { number: string; tree: { number: string }[]; relatedOrders: unknown[] }[] = [];
      const statements = await kit.countStatements(async () => {
        const result = await kit.execute(OrderListTrees, { tag });
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
    const root = few.nodes.find((node) => node.number === number(small.rootId));
    expect(root?.tree).toHaveLength(20);
    for (const node of many.nodes) expect(node.tree[0]?.number).toBe(node.number);
  });
});

describe("orphans and timelines", () => {
  it("marks the children of a voided parent as orphaned; voided nested orders leave the timeline", async () => {
    // R > A > (B1 > C1, B2 > C2)
    const seeded = await seedTree("tree-orphans", [1, 1, 2, 2]);
    const [a] = seeded.levels[1] as [number];
    const [b1, b2] = seeded.levels[2] as [number, number];
    const [c1, c2] = seeded.levels[3] as [number, number];
    await kit.db.prisma.productionOrder.update({ where: { id: a }, data: { status: "VOIDED" } });
    await kit.db.prisma.productionOrder.update({
      where: { id: c2 },
      data: { status: "VOIDED", startDate: new Date(BASE - 30 * DAY) },
    });
    const read = async (id: number) => {
      const result = await kit.execute(OrderLinks, { id: globalId("ProductionOrder", id) });
      expect(result.errors).toBeUndefined();
      const order = result.data?.node;
      if (order?.__typename !== "ProductionOrder") throw new Error("not a production order");
      return order;
    };
    const span = (startDays: number, endDays: number) => ({
      start: new Date(BASE - startDays * DAY).toISOString(),
      end: new Date(BASE - endDays * DAY).toISOString(),
    });

    expect(await read(seeded.rootId)).toMatchObject({ orphaned: false, parent: null, timeline: span(4, 0) });
    expect(await read(a)).toMatchObject({
      orphaned: false,
      parent: { status: "PLANNED" },
      timeline: span(4, 1),
    });
    for (const b of [b1, b2]) {
      expect(await read(b)).toMatchObject({
        orphaned: true,
        level: 2,
        parent: { number: number(a), status: "VOIDED" },
        root: { number: number(seeded.rootId) },
      });
    }
    expect((await read(b1)).timeline).toEqual(span(4, 2));
    // C2 is voided: its own timeline still shows it, its parent's leaves it out.
    expect((await read(b2)).timeline).toEqual(span(3, 2));
    expect((await read(c2)).timeline).toEqual(span(30, 3));
    expect(await read(c1)).toMatchObject({ orphaned: false, parent: { status: "PLANNED" } });
  });
});

describe("an order outside any tree", () => {
  it("is its own root and tree, also when a mutation returns it", async () => {
    const salesOrder = await kit.db.prisma.salesOrder.create({
      data: { customerId: world.customer, locationId: world.warehouse },
    });
    const result = await kit.execute(CreateDraft, {
      input: {
        locationId: globalId("Location", world.shopFloor),
        lines: [{ bomId: globalId("Bom", bom), quantity: "2" }],
        salesOrderId: globalId("SalesOrder", salesOrder.id),
        startDate: new Date(BASE).toISOString(),
      },
    });
    expect(result.errors).toBeUndefined();
    const order = result.data?.productionOrderCreate.productionOrder;
    const own = order?.number ?? "";
    expect(order).toEqual({
      number: own,
      level: 0,
      path: [own],
      kind: "PRODUCTION",
      orphaned: false,
      late: false,
      surplus: false,
      root: { number: own },
      tree: [{ number: own }],
      children: [],
      relatedOrders: [{ __typename: "SalesOrder", number: `SO-${String(salesOrder.id).padStart(5, "0")}` }],
      timeline: { start: new Date(BASE).toISOString(), end: null },
    });
  });
});
