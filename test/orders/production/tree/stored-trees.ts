import { expect } from "vitest";
import type { Tx } from "../../../../src/db/database.ts";
import { createTestKit, kitFixtureUse, type TestKit } from "../../../kit/app.ts";
import { globalId } from "../../../kit/ids.ts";
import { createBom, createProduct, seedWorld, type World } from "../../../kit/world.ts";
import { nodeProductionOrderTree } from "../../../operations/orders.ts";

/** Order trees written straight to the tables, far bigger than planning would make in a test, for reading. */

export interface Seeded {
  rootId: number;
  /** Order ids per level, in creation (= id) order. */
  levels: number[][];
  /** parent id -> child ids. */
  childrenOf: Map<number, number[]>;
  purchaseOrders: Map<number, number[]>;
  transferOrders: Map<number, number[]>;
  salesOrderId: number;
}

export const DAY = 86_400_000;
export const BASE = Date.UTC(2031, 0, 10);

/** `use` (or `open` in beforeAll) makes the kit, the places and a part of a bolt and paint; the rest may run after it. */
export function storedTreeFixtures() {
  let kit: TestKit;
  let world: World;
  let products: { top: number; part: number; bolt: number; paint: number };
  let bom: number;

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
      // Every `every`th order of the tree gets a supply order of one line (`create`), linked to it.
      const all = levels.flat();
      const supplyEvery = async (
        every: number,
        create: (productionOrderId: number) => Promise<{ id: number }>,
      ) => {
        const linked = new Map<number, number[]>();
        for (const [index, orderId] of all.entries()) {
          if (index % every === 0) linked.set(orderId, [(await create(orderId)).id]);
        }
        return linked;
      };
      const purchase = {
        supplierId: world.supplierA,
        locationId: world.warehouse,
        lines: { create: [{ position: 0, productId: products.bolt, quantity: "3" }] },
      };
      const transfer = {
        fromLocationId: world.warehouse,
        toLocationId: world.shopFloor,
        lines: { create: [{ position: 0, productId: products.paint, quantity: "1" }] },
      };
      const purchaseOrders = await supplyEvery(5, (productionOrderId) =>
        tx.purchaseOrder.create({ data: { ...purchase, productionOrderId } }),
      );
      const transferOrders = await supplyEvery(7, (productionOrderId) =>
        tx.transferOrder.create({ data: { ...transfer, productionOrderId } }),
      );
      return { rootId, levels, childrenOf, purchaseOrders, transferOrders, salesOrderId: salesOrder.id };
    });
  }

  /** The two trees reads are tried on, 20 orders and 200: what grows with the tree shows between them. */
  async function seedSmallAndLarge(): Promise<{ small: Seeded; large: Seeded }> {
    return {
      small: await seedTree("tree-20", [1, 2, 5, 12]),
      large: await seedTree("tree-200", [1, 4, 20, 175]),
    };
  }

  async function readTree(seeded: Seeded) {
    const result = await kit.execute(nodeProductionOrderTree, {
      id: globalId("ProductionOrder", seeded.rootId),
    });
    expect(result.errors).toBeUndefined();
    const order = result.data?.node;
    if (order?.__typename !== "ProductionOrder") throw new Error("not a production order");
    return order;
  }

  /** Depth first, children by id: what `tree` must list. */
  function expectedTreeOrder(seeded: Seeded, from = seeded.rootId): number[] {
    return [
      from,
      ...(seeded.childrenOf.get(from) ?? []).flatMap((child) => expectedTreeOrder(seeded, child)),
    ];
  }

  async function open() {
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
    return kit;
  }

  return {
    open,
    /** Opens the fixtures for the test file. */
    use: kitFixtureUse(open),
    get world() {
      return world;
    },
    get bom() {
      return bom;
    },
    seedTree,
    seedSmallAndLarge,
    readTree,
    expectedTreeOrder,
  };
}
