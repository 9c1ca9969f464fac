import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { beforeAll, describe, expect, it } from "vitest";
import { succeeded, type TestKit, useTestKit } from "../../kit/app.ts";
import { decodeId, globalId } from "../../kit/ids.ts";
import { addStock, createBom, createProduct, seedWorld, type World } from "../../kit/world.ts";
import {
  productionOrderAuthorize,
  productionOrderComplete,
  productionOrderCreate,
  productionOrderRelease,
  productionOrderUndo,
} from "../../operations/orders.ts";

/**
 * A commit's STOCK_CHANGED events are the stock levels it changed, one each: a subscriber sees every level once
 * per commit with its figures before and after, however many orders of a tree and steps of the change touched it.
 */

let kit: TestKit;
let places: World;
useTestKit((opened) => {
  kit = opened;
});
beforeAll(async () => {
  places = await seedWorld(kit);
});

type Step =
  | "productionOrderAuthorize"
  | "productionOrderRelease"
  | "productionOrderComplete"
  | "productionOrderUndo";

/** The mutations of the steps, by field name: each takes the order's id. */
const STEPS: Record<Step, TypedDocumentNode<object, { id: string }>> = {
  productionOrderAuthorize,
  productionOrderRelease,
  productionOrderComplete,
  productionOrderUndo,
};

/**
 * Runs one step on the order, which must succeed, and returns the stock levels ("product@location") its commit's
 * STOCK_CHANGED events name, in event order.
 */
async function stockEventsOf(step: Step, id: string): Promise<string[]> {
  const newest = await kit.db.prisma.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  succeeded(await kit.execute(STEPS[step], { id }), step);
  const events = await kit.db.prisma.event.findMany({
    where: { id: { gt: newest?.id ?? 0n }, type: "STOCK_CHANGED" },
    orderBy: { id: "asc" },
  });
  return events.map((event) => `${event.entityId}@${event.locationId}`);
}

function repeated(keys: string[]): string[] {
  return keys.filter((key, index) => keys.indexOf(key) !== index);
}

describe("stock events of a production order tree", () => {
  it("writes one STOCK_CHANGED per product and location for every step of a tree sharing components", async () => {
    // BOLT is a component of the top order and of both nested orders; FRAME and WHEEL are made for it.
    const [bolt, tube, rim, frame, wheel, bike] = [
      await createProduct(kit, "BOLT"),
      await createProduct(kit, "TUBE"),
      await createProduct(kit, "RIM"),
      await createProduct(kit, "FRAME"),
      await createProduct(kit, "WHEEL"),
      await createProduct(kit, "BIKE"),
    ];
    await createBom(kit, frame, [
      [tube, "2"],
      [bolt, "2"],
    ]);
    await createBom(kit, wheel, [
      [rim, "1"],
      [bolt, "1"],
    ]);
    const bikeBom = await createBom(kit, bike, [
      [frame, "1"],
      [wheel, "2"],
      [bolt, "4"],
    ]);
    for (const part of [bolt, tube, rim]) await addStock(kit, part, places.shopFloor, "100");
    const created = succeeded<{ productionOrder: { id: string } }>(
      await kit.execute(productionOrderCreate, {
        input: {
          locationId: globalId("Location", places.shopFloor),
          lines: [{ bomId: globalId("Bom", bikeBom), quantity: "1" }],
        },
      }),
      "productionOrderCreate",
    );
    const top = created.productionOrder.id;

    const authorized = await stockEventsOf("productionOrderAuthorize", top);
    expect(authorized).toContain(`${bolt}@${places.shopFloor}`);
    expect(repeated(authorized)).toEqual([]);
    expect(repeated(await stockEventsOf("productionOrderRelease", top))).toEqual([]);

    const nested = await kit.db.prisma.productionOrder.findMany({
      where: { rootId: decodeId(top) },
      orderBy: { id: "asc" },
    });
    expect(nested).toHaveLength(2);
    for (const order of [...nested.map((row) => globalId("ProductionOrder", row.id)), top]) {
      // Completing releases what the order held and posts what it consumed and made: the same levels.
      const completed = await stockEventsOf("productionOrderComplete", order);
      expect(completed).toContain(`${bolt}@${places.shopFloor}`);
      expect(repeated(completed)).toEqual([]);
    }
    expect(repeated(await stockEventsOf("productionOrderUndo", top))).toEqual([]);
  });
});
