import { dec } from "../../../../src/domain/decimal.ts";
import { createProductionOrder } from "../../../../src/domain/orders/production/create.ts";
import {
  authorizeProductionOrder,
  releaseProductionOrder,
  undoProductionOrder,
  voidProductionOrder,
} from "../../../../src/domain/orders/production/transitions.ts";
import type { BomKind } from "../../../../src/generated/prisma/enums.ts";
import { createTestKit, kitFixtureUse, type TestKit } from "../../../kit/app.ts";

/**
 * Nested production orders over small worlds of a test's own. Each test builds its world under its own `tag`
 * (its own warehouse, shop floor and supplier), so tests do not share stock.
 *
 * The worked cases use one tree: a finished product A uses sub-assembly B in two lines, C, an assembly F (not
 * auto-assembled) and a phantom P (its component P1 lands in A's components); B uses E, E uses the bought M, C
 * uses the bought L, F the bought G (no supplier).
 */

/** A test's own places and supplier, and the products it makes there (named by SKU without the tag). */
export interface TaggedWorld {
  floor: number;
  warehouse: number;
  supplier: number;
  /** `supplier`: bought from the world's supplier; `min` and `reorder`: minimum stock and reorder quantity. */
  product(sku: string, data?: { supplier?: boolean; min?: string; reorder?: string }): Promise<number>;
  /** The product's default BOM of `kind`, `[componentId, quantity]` lines; its id. */
  bom(productId: number, lines: [number, string][], kind?: BomKind, autoAssemble?: boolean): Promise<number>;
  /** A product made of `lines` by its default BOM of `kind`; the product's id. */
  made(sku: string, lines: [number, string][], kind?: BomKind): Promise<number>;
  sku(id: number): string;
}

export interface Tree extends TaggedWorld {
  ids: Record<"A" | "B" | "C" | "E" | "F" | "P" | "P1" | "L" | "M" | "G", number>;
  bomA: number;
}

/**
 * The top order's tags and attributes, which its nested orders copy: text an array or JSON literal must quote
 * (quotes, backslashes, commas, braces, non-ASCII) comes back as it was sent.
 */
export const TOP_TAGS = ["rush", 'bay "B", row\\2', "{x}", "Größe", "NULL"];
export const TOP_ATTRIBUTES = {
  customerRef: "X-1",
  note: 'a "quoted" \\ value',
  lot: { size: 1.5, parts: [1, null] },
};

export const rows = (entries: { row: string }[]) => entries.map((entry) => entry.row).sort();

/** The first worked case: 1 A with no stock anywhere, QUANTITY_REQUIRED. */
export const NO_STOCK_TREE = [
  "B 1 under A component 0",
  "B 1 under A component 1",
  "C 1 under A component 2",
  "F 1 (assembly) under A component 3",
  "E 1 under B component 0",
  "E 1 under B component 0",
].sort();

/** `use` (or `open` in beforeAll) makes the kit; the rest may run after it. */
export function treeFixtures() {
  let kit: TestKit;

  async function open() {
    kit = await createTestKit();
    return kit;
  }

  async function taggedWorld(tag: string): Promise<TaggedWorld> {
    const prisma = kit.db.prisma;
    const warehouse = (
      await prisma.location.create({ data: { name: `${tag} warehouse`, kind: "WAREHOUSE" } })
    ).id;
    const floor = (
      await prisma.location.create({
        data: { name: `${tag} floor`, kind: "SHOP_FLOOR", connectedWarehouseId: warehouse },
      })
    ).id;
    const supplier = (await prisma.supplier.create({ data: { name: `${tag} supplier` } })).id;
    const skus = new Map<number, string>();
    const world: TaggedWorld = {
      floor,
      warehouse,
      supplier,
      async product(sku, data = {}) {
        const id = (
          await prisma.product.create({
            data: {
              sku: `${tag}-${sku}`,
              name: sku,
              primarySupplierId: data.supplier ? supplier : null,
              minBeforeReorder: data.min ?? 0,
              reorderQuantity: data.reorder ?? 0,
            },
          })
        ).id;
        skus.set(id, sku);
        return id;
      },
      async bom(productId, lines, kind = "PRODUCTION", autoAssemble = false) {
        const created = await prisma.bom.create({
          data: {
            productId,
            kind,
            name: `${skus.get(productId)} ${kind}`,
            autoAssemble,
            lines: {
              create: lines.map(([componentId, quantity], position) => ({ componentId, quantity, position })),
            },
          },
        });
        await prisma.bomDefault.create({ data: { productId, kind, bomId: created.id } });
        return created.id;
      },
      async made(sku, lines, kind) {
        const id = await world.product(sku);
        await world.bom(id, lines, kind);
        return id;
      },
      sku: (id) => skus.get(id) ?? String(id),
    };
    return world;
  }

  async function buildTree(tag: string): Promise<Tree> {
    const world = await taggedWorld(tag);
    const ids = {
      L: await world.product("L", { supplier: true }),
      M: await world.product("M", { supplier: true }),
      P1: await world.product("P1", { supplier: true }),
      G: await world.product("G"),
      A: await world.product("A"),
      B: await world.product("B"),
      C: await world.product("C"),
      E: await world.product("E"),
      F: await world.product("F"),
      P: await world.product("P"),
    };
    await world.bom(ids.E, [[ids.M, "1"]]);
    await world.bom(ids.B, [[ids.E, "1"]]);
    await world.bom(ids.C, [[ids.L, "1"]]);
    await world.bom(ids.F, [[ids.G, "1"]], "ASSEMBLY");
    await world.bom(ids.P, [[ids.P1, "1"]], "ASSEMBLY", true);
    const bomA = await world.bom(ids.A, [
      [ids.B, "1"],
      [ids.B, "1"],
      [ids.C, "1"],
      [ids.F, "1"],
      [ids.P, "1"],
    ]);
    return { ...world, ids, bomA };
  }

  /** A DRAFT production order of one line at the world's shop floor. */
  const order = (world: TaggedWorld, bomId: number, quantity = "1", extra: Record<string, unknown> = {}) =>
    kit.db.transaction((tx) =>
      createProductionOrder(tx, null, { locationId: world.floor, lines: [{ bomId, quantity }], ...extra }),
    );

  /** An order for A of the worked cases, with a tag and an attribute its nested orders must inherit. */
  const createA = (tree: Tree, quantity = "1", extra: Record<string, unknown> = {}) =>
    order(tree, tree.bomA, quantity, { tags: TOP_TAGS, attributes: TOP_ATTRIBUTES, ...extra });

  const authorize = (id: number, input?: unknown) =>
    kit.db.transaction((tx) => authorizeProductionOrder(tx, null, id, input));

  /** An order of the BOM's product at the world's shop floor, authorized. */
  async function authorizedOrder(world: TaggedWorld, bomId: number) {
    const created = await order(world, bomId);
    await authorize(created.id);
    return created;
  }

  /** The worked tree under `tag` and an order for `quantity` A, authorized over no stock at all. */
  async function authorizedTree(tag: string, quantity = "1") {
    const tree = await buildTree(tag);
    const a = await createA(tree, quantity);
    await authorize(a.id);
    return { tree, a };
  }
  const release = (id: number, input?: unknown) =>
    kit.db.transaction((tx) => releaseProductionOrder(tx, null, id, input));
  const undo = (id: number) => kit.db.transaction((tx) => undoProductionOrder(tx, null, id));
  const voidOrder = (id: number) => kit.db.transaction((tx) => voidProductionOrder(tx, null, id));

  /** The tree below `rootId` as "SKU quantity (kind) under PARENT-SKU line N", sorted, for comparing with tables. */
  async function treeOf(tree: TaggedWorld, rootId: number) {
    const orders = await kit.db.prisma.productionOrder.findMany({
      where: { rootId },
      include: { lines: true, parentComponent: true, parent: { include: { lines: true } } },
      orderBy: { id: "asc" },
    });
    return orders.map((order) => {
      const line = order.lines[0];
      const parentLine = order.parent?.lines[0];
      return {
        id: order.id,
        status: order.status,
        row:
          `${tree.sku(line?.productId ?? 0)} ${dec(line?.quantity ?? 0).toFixed()}` +
          `${order.kind === "ASSEMBLY" ? " (assembly)" : ""} under ${tree.sku(parentLine?.productId ?? 0)}` +
          ` component ${order.parentComponent?.position}`,
        order,
      };
    });
  }

  return {
    open,
    /** Opens the fixtures for the test file. */
    use: kitFixtureUse(open),
    taggedWorld,
    buildTree,
    order,
    createA,
    authorize,
    authorizedOrder,
    authorizedTree,
    release,
    undo,
    voidOrder,
    treeOf,
  };
}
