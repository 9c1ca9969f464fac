import type { Database } from "../../src/db/database.ts";
import { type SeededTree, seedLayeredBoms } from "./bom-trees.ts";
import type { Client } from "./http-client.ts";
import { skuOf } from "./plant.ts";

/** Rows the hot paths use besides the plant's bulk: BOMs to explode and to authorize, at their own locations. */
export interface Probes {
  explosions: { label: string; tree: SeededTree }[];
  authorize: { tree: SeededTree; bomId: number; floorId: number; orders: number };
  /** The cursor of the product in the middle of the catalog. */
  middleCursor: string;
  /** Matching events the replay reads. */
  replayEvents: number;
  /** The `after` that leaves `replayEvents` stock events to replay. */
  replayAfter: string;
}

export interface ProbeSizes {
  /** Lines per level of each BOM exploded (layered: one product per level), smallest first. */
  explosions: { label: string; branching: number[] }[];
  /** The BOM an order is authorized for: every level but the last gets nested orders. */
  authorize: number[];
  replayEvents: number;
}

/** bench:scale: 40, ~8k and ~50k node explosions (3 and 8 levels); a tree of 1,023 nested orders. */
export const BENCH_PROBES: Omit<ProbeSizes, "replayEvents"> = {
  explosions: [
    { label: "small", branching: [3, 3, 3] },
    { label: "medium", branching: [3, 3, 3, 3, 3, 3, 3, 2] },
    { label: "large", branching: [4, 4, 4, 4, 4, 4, 3, 3] },
  ],
  authorize: [3, 4, 4, 4, 4, 2],
};

export async function seedProbes(db: Database, client: Client, sizes: ProbeSizes): Promise<Probes> {
  const explosions = [];
  for (const [index, explosion] of sizes.explosions.entries()) {
    const tree = await seedLayeredBoms(db, { prefix: `PROBE-X${index}`, branching: explosion.branching });
    explosions.push({ label: explosion.label, tree });
  }
  const tree = await seedLayeredBoms(db, { prefix: "PROBE-A", branching: sizes.authorize, quantity: "1" });
  const warehouse = await db.prisma.location.create({ data: { name: "Probe warehouse", kind: "WAREHOUSE" } });
  const floor = await db.prisma.location.create({
    data: { name: "Probe floor", kind: "SHOP_FLOOR", connectedWarehouseId: warehouse.id },
  });
  let orders = 0;
  let width = 1;
  for (const lines of sizes.authorize.slice(0, -1)) {
    width *= lines;
    orders += width;
  }
  const middle = await client.graphql(
    `query ProbeCursor($search: String!) { products(first: 1, search: $search) { edges { cursor } } }`,
    { search: skuOf((await db.prisma.product.count()) >> 1) },
  );
  const replay = await db.prisma.event.findMany({
    where: { type: "STOCK_CHANGED" },
    orderBy: { id: "desc" },
    skip: sizes.replayEvents,
    take: 1,
    select: { id: true },
  });
  return {
    explosions,
    authorize: { tree, bomId: tree.rootBomId, floorId: floor.id, orders },
    middleCursor: middle.products.edges[0].cursor,
    replayEvents: sizes.replayEvents,
    replayAfter: String(replay[0]?.id ?? 0n),
  };
}
