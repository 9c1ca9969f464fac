import { dec } from "../../../../src/domain/decimal.ts";
import { createProductionOrder } from "../../../../src/domain/orders/production/create.ts";
import {
  authorizeProductionOrder,
  releaseProductionOrder,
} from "../../../../src/domain/orders/production/transitions.ts";
import type { BomKind } from "../../../../src/generated/prisma/enums.ts";
import { createTestKit, type TestKit } from "../../../kit/app.ts";

/**
 * The worked cases of nested production orders. A finished product A uses sub-assembly B in two lines, C, an
 * assembly F (not auto-assembled) and a phantom P (its component P1 lands in A's components); B uses E, E uses
 * the bought M, C uses the bought L, F the bought G (no supplier). Each test builds its own copy (`tag`) at its
 * own shop floor, so tests do not share stock.
 */

export interface Tree {
  floor: number;
  warehouse: number;
  supplier: number;
  ids: Record<"A" | "B" | "C" | "E" | "F" | "P" | "P1" | "L" | "M" | "G", number>;
  bomA: number;
  sku: (id: number) => string;
}

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

/** `open` in beforeAll makes the kit; the rest may run after it. */
export function treeFixtures() {
  let kit: TestKit;

  async function buildTree(tag: string): Promise<Tree> {
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
    const product = async (sku: string, data: { primarySupplierId?: number } = {}) => {
      const id = (await prisma.product.create({ data: { sku: `${tag}-${sku}`, name: sku, ...data } })).id;
      skus.set(id, sku);
      return id;
    };
    const bom = async (productId: number, kind: BomKind, lines: number[], autoAssemble = false) => {
      const created = await prisma.bom.create({
        data: {
          productId,
          kind,
          name: `${skus.get(productId)} ${kind}`,
          autoAssemble,
          lines: { create: lines.map((componentId, position) => ({ componentId, quantity: 1, position })) },
        },
      });
      await prisma.bomDefault.create({ data: { productId, kind, bomId: created.id } });
      return created.id;
    };
    const ids = {
      L: await product("L", { primarySupplierId: supplier }),
      M: await product("M", { primarySupplierId: supplier }),
      P1: await product("P1", { primarySupplierId: supplier }),
      G: await product("G"),
      A: await product("A"),
      B: await product("B"),
      C: await product("C"),
      E: await product("E"),
      F: await product("F"),
      P: await product("P"),
    };
    await bom(ids.E, "PRODUCTION", [ids.M]);
    await bom(ids.B, "PRODUCTION", [ids.E]);
    await bom(ids.C, "PRODUCTION", [ids.L]);
    await bom(ids.F, "ASSEMBLY", [ids.G]);
    await bom(ids.P, "ASSEMBLY", [ids.P1], true);
    const bomA = await bom(ids.A, "PRODUCTION", [ids.B, ids.B, ids.C, ids.F, ids.P]);
    return { floor, warehouse, supplier, ids, bomA, sku: (id) => skus.get(id) ?? String(id) };
  }

  async function createA(tree: Tree, quantity = "1", extra: Record<string, unknown> = {}) {
    return kit.db.transaction((tx) =>
      createProductionOrder(tx, null, {
        locationId: tree.floor,
        lines: [{ bomId: tree.bomA, quantity }],
        tags: ["rush"],
        attributes: { customerRef: "X-1" },
        ...extra,
      }),
    );
  }

  const authorize = (id: number, input?: unknown) =>
    kit.db.transaction((tx) => authorizeProductionOrder(tx, null, id, input));
  const release = (id: number, input?: unknown) =>
    kit.db.transaction((tx) => releaseProductionOrder(tx, null, id, input));

  /** The tree below `rootId` as "SKU quantity (kind) under PARENT-SKU line N", sorted, for comparing with tables. */
  async function treeOf(tree: Tree, rootId: number) {
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
    async open() {
      kit = await createTestKit();
      return kit;
    },
    buildTree,
    createA,
    authorize,
    release,
    treeOf,
  };
}
