import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, succeeded, type TestKit } from "../../kit/app.ts";
import { expectConsistent, orderEvents, stockAt, written } from "../../kit/checks.ts";
import { decodeId, globalId } from "../../kit/ids.ts";
import { addStock, createProduct, seedWorld, type World } from "../../kit/world.ts";
import {
  transferOrderComplete,
  transferOrderCreate,
  transferOrders,
  transferOrderVoid,
} from "../../operations/transfers.ts";

type Order = { id: string; version: number };

let kit: TestKit;
let world: World;
const ids: Record<string, number> = {};

function create(lines: [string, string][], from: number, to: number, key?: string) {
  return kit.execute(
    transferOrderCreate,
    {
      input: {
        fromLocationId: globalId("Location", from),
        toLocationId: globalId("Location", to),
        lines: lines.map(([sku, quantity]) => ({
          productId: globalId("Product", ids[sku] as number),
          quantity,
        })),
      },
    },
    { key },
  );
}

async function createOk(lines: [string, string][], from = world.warehouse, to = world.shopFloor) {
  return succeeded<{ transferOrder: Order }>(await create(lines, from, to), "transferOrderCreate")
    .transferOrder;
}

beforeAll(async () => {
  kit = await createTestKit();
  world = await seedWorld(kit);
  ids.SPOKE = await createProduct(kit, "SPOKE");
  ids.RIM = await createProduct(kit, "RIM");
  ids.OLD = await createProduct(kit, "OLD", { archivedAt: new Date() });
  await addStock(kit, ids.SPOKE, world.warehouse, "100");
  await addStock(kit, ids.RIM, world.warehouse, "4");
});
afterAll(() => kit.close());

describe("transfer orders", () => {
  it("moves stock from one location to another in the ledger when completed", async () => {
    const order = await createOk([
      ["SPOKE", "64"],
      ["RIM", "2"],
    ]);
    const id = decodeId(order.id);
    const number = `TO-${String(id).padStart(5, "0")}`;
    const completed = await kit.execute(transferOrderComplete, { id: order.id, expectedVersion: 1 });
    expect(
      succeeded<{ transferOrder: unknown }>(completed, "transferOrderComplete").transferOrder,
    ).toMatchObject({
      number,
      status: "COMPLETED",
      version: 2,
      movements: [
        {
          quantity: "-64",
          reason: "TRANSFER_OUT",
          location: { name: "Main warehouse" },
          transferOrder: { number },
        },
        { quantity: "-2", reason: "TRANSFER_OUT", location: { name: "Main warehouse" } },
        { quantity: "64", reason: "TRANSFER_IN", location: { name: "Shop floor" } },
        { quantity: "2", reason: "TRANSFER_IN", location: { name: "Shop floor" } },
      ],
    });
    expect((await stockAt(kit, ids.SPOKE as number, world.warehouse)).onHand).toBe("36");
    expect((await stockAt(kit, ids.SPOKE as number, world.shopFloor)).onHand).toBe("64");
    await expectConsistent(kit);
    expect(await orderEvents(kit, "TransferOrder", id)).toEqual([
      {
        type: "TRANSFER_ORDER_CREATED",
        beforeStatus: null,
        afterStatus: "DRAFT",
        locationId: world.warehouse,
      },
      {
        type: "TRANSFER_ORDER_COMPLETED",
        beforeStatus: "DRAFT",
        afterStatus: "COMPLETED",
        locationId: world.warehouse,
      },
    ]);
    const list = await kit.execute(transferOrders, {
      locationId: globalId("Location", world.shopFloor),
      status: ["COMPLETED"],
    });
    expect(list.data?.transferOrders.edges).toEqual([{ node: { number, status: "COMPLETED" } }]);

    // A completed transfer is final.
    const before = await written(kit);
    const again = await kit.execute(transferOrderVoid, { id: order.id });
    expect(again.data?.transferOrderVoid.userErrors[0]).toMatchObject({
      code: "INVALID_STATUS",
      message: expect.stringContaining("is COMPLETED"),
    });
    expect(await written(kit)).toEqual(before);
  });

  it("refuses transfers without stock, stale versions and bad input, writing nothing", async () => {
    const order = await createOk([["RIM", "5"]]);
    const before = await written(kit);
    const short = await kit.execute(transferOrderComplete, { id: order.id });
    expect(short.data?.transferOrderComplete.userErrors[0]).toMatchObject({ code: "INSUFFICIENT_STOCK" });
    const stale = await kit.execute(transferOrderComplete, { id: order.id, expectedVersion: 3 });
    expect(stale.data?.transferOrderComplete.userErrors[0]?.code).toBe("VERSION_CONFLICT");
    const same = await create([["RIM", "1"]], world.warehouse, world.warehouse);
    expect(same.data?.transferOrderCreate.userErrors).toEqual([
      {
        code: "INVALID_INPUT",
        message: "must differ from the location it transfers from",
        field: ["input", "toLocationId"],
      },
    ]);
    const archived = await create([["RIM", "1"]], world.warehouse, world.archivedLocation);
    expect(archived.data?.transferOrderCreate.userErrors[0]).toMatchObject({
      code: "ARCHIVED",
      field: ["input", "toLocationId"],
    });
    const lines = await create(
      [
        ["RIM", "-1"],
        ["OLD", "1"],
      ],
      world.warehouse,
      world.shopFloor,
    );
    expect(lines.data?.transferOrderCreate.userErrors[0]).toMatchObject({
      code: "INVALID_INPUT",
      field: ["input", "lines", "0", "quantity"],
    });
    const old = await create([["OLD", "1"]], world.warehouse, world.shopFloor);
    expect(old.data?.transferOrderCreate.userErrors[0]).toMatchObject({
      code: "ARCHIVED",
      field: ["input", "lines", "0", "productId"],
    });
    expect(await written(kit)).toEqual(before);

    succeeded(
      await kit.execute(transferOrderVoid, { id: order.id, expectedVersion: 1 }),
      "transferOrderVoid",
    );
    const voided = await kit.execute(transferOrderComplete, { id: order.id });
    expect(voided.data?.transferOrderComplete.userErrors[0]?.message).toContain("is VOIDED");
  });

  it("needs INVENTORY_ADJUST", async () => {
    const key = await kit.keyWith("PURCHASING");
    const result = await create([["RIM", "1"]], world.warehouse, world.shopFloor, key);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const allowed = await create(
      [["RIM", "1"]],
      world.warehouse,
      world.shopFloor,
      await kit.keyWith("INVENTORY_ADJUST"),
    );
    expect(allowed.data?.transferOrderCreate.userErrors).toEqual([]);
  });
});
