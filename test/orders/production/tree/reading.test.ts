import { beforeAll, describe, expect, it } from "vitest";
import { productionOrderNumber } from "../../../../src/domain/orders/production/order.ts";
import type { TestKit } from "../../../kit/app.ts";
import { decodeId, globalId } from "../../../kit/ids.ts";
import { nodeProductionOrderLinks, productionOrderCreateWithTree } from "../../../operations/orders.ts";
import { BASE, DAY, type Seeded, storedTreeFixtures } from "./stored-trees.ts";

/** Reading a stored tree: each order's place in it, its related orders, orphans and timelines. */

const fixtures = storedTreeFixtures();
const { seedTree, seedSmallAndLarge, readTree, expectedTreeOrder } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

const number = productionOrderNumber;

describe("reading an order tree", () => {
  let small: Seeded;
  let large: Seeded;
  beforeAll(async () => {
    ({ small, large } = await seedSmallAndLarge());
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
      const result = await kit.execute(nodeProductionOrderLinks, { id: globalId("ProductionOrder", id) });
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
      data: { customerId: fixtures.world.customer, locationId: fixtures.world.warehouse },
    });
    const result = await kit.execute(productionOrderCreateWithTree, {
      input: {
        locationId: globalId("Location", fixtures.world.shopFloor),
        lines: [{ bomId: globalId("Bom", fixtures.bom), quantity: "2" }],
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
