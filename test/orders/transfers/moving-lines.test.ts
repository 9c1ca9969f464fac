import { beforeAll, describe, expect, it } from "vitest";
import { succeeded, type TestKit, useTestKit } from "../../kit/app.ts";
import { expectConsistent, orderEvents, stockAt, written } from "../../kit/checks.ts";
import { decodeId, globalId } from "../../kit/ids.ts";
import { addStock, createProduct, seedWorld, type World } from "../../kit/world.ts";
import {
  transferOrderComplete,
  transferOrderCreate,
  transferOrderMove,
  transferOrderVoid,
} from "../../operations/transfers.ts";

/** Transfer lines moved in parts (a scanner moves what it carries), and how completing and voiding treat them. */

type Line = { id: string; quantity: string; movedQuantity: string; openQuantity: string };
type Transfer = { id: string; status: string; version: number; lines: Line[] };

let kit: TestKit;
let world: World;
let spoke: number;
let rim: number;
useTestKit((opened) => {
  kit = opened;
});
beforeAll(async () => {
  world = await seedWorld(kit);
  spoke = await createProduct(kit, "SPOKE");
  rim = await createProduct(kit, "RIM");
  await addStock(kit, spoke, world.warehouse, "100");
  await addStock(kit, rim, world.warehouse, "10");
});

/** A DRAFT transfer from the warehouse to the shop floor: 10 spokes and 4 rims. */
async function draft(): Promise<Transfer> {
  const result = await kit.execute(transferOrderCreate, {
    input: {
      fromLocationId: globalId("Location", world.warehouse),
      toLocationId: globalId("Location", world.shopFloor),
      lines: [
        { productId: globalId("Product", spoke), quantity: "10" },
        { productId: globalId("Product", rim), quantity: "4" },
      ],
    },
  });
  return succeeded<{ transferOrder: Transfer }>(result, "transferOrderCreate").transferOrder;
}

function move(order: Transfer, lines: [Line, string][], expectedVersion?: number) {
  return kit.execute(transferOrderMove, {
    id: order.id,
    lines: lines.map(([line, quantity]) => ({ lineId: line.id, quantity })),
    expectedVersion,
  });
}

async function moved(order: Transfer, lines: [Line, string][]): Promise<Transfer> {
  return succeeded<{ transferOrder: Transfer }>(await move(order, lines), "transferOrderMove").transferOrder;
}

const onHand = async (productId: number) => ({
  warehouse: (await stockAt(kit, productId, world.warehouse)).onHand,
  floor: (await stockAt(kit, productId, world.shopFloor)).onHand,
});

describe("moving transfer lines in parts", () => {
  it("moves parts through the ledger; the move that leaves nothing to move completes the transfer", async () => {
    const order = await draft();
    const [spokes, rims] = order.lines as [Line, Line];
    const before = { spoke: await onHand(spoke), rim: await onHand(rim) };

    const first = await moved(order, [[spokes, "3"]]);
    expect(first).toMatchObject({
      status: "DRAFT",
      version: 2,
      lines: [
        { quantity: "10", movedQuantity: "3", openQuantity: "7" },
        { quantity: "4", movedQuantity: "0", openQuantity: "4" },
      ],
    });
    expect(await onHand(spoke)).toEqual({
      warehouse: String(Number(before.spoke.warehouse) - 3),
      floor: String(Number(before.spoke.floor) + 3),
    });

    const last = succeeded<{ transferOrder: Transfer & { movements: unknown[] } }>(
      await move(
        first,
        [
          [spokes, "7"],
          [rims, "4"],
        ],
        2,
      ),
      "transferOrderMove",
    ).transferOrder;
    expect(last).toMatchObject({
      status: "COMPLETED",
      version: 3,
      lines: [
        { movedQuantity: "10", openQuantity: "0" },
        { movedQuantity: "4", openQuantity: "0" },
      ],
    });
    // A pair of movements per line each time it moved.
    expect(last.movements).toEqual([
      { quantity: "-3", reason: "TRANSFER_OUT", location: { name: "Main warehouse" } },
      { quantity: "3", reason: "TRANSFER_IN", location: { name: "Shop floor" } },
      { quantity: "-7", reason: "TRANSFER_OUT", location: { name: "Main warehouse" } },
      { quantity: "-4", reason: "TRANSFER_OUT", location: { name: "Main warehouse" } },
      { quantity: "7", reason: "TRANSFER_IN", location: { name: "Shop floor" } },
      { quantity: "4", reason: "TRANSFER_IN", location: { name: "Shop floor" } },
    ]);
    expect(await orderEvents(kit, "TransferOrder", decodeId(order.id))).toEqual([
      {
        type: "TRANSFER_ORDER_CREATED",
        beforeStatus: null,
        afterStatus: "DRAFT",
        locationId: world.warehouse,
      },
      {
        type: "TRANSFER_ORDER_LINES_MOVED",
        beforeStatus: "DRAFT",
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
    const event = await kit.db.prisma.event.findFirstOrThrow({
      where: { type: "TRANSFER_ORDER_LINES_MOVED", entityId: String(decodeId(order.id)) },
    });
    expect(event.payload).toMatchObject({
      toLocationId: world.shopFloor,
      lines: [{ lineId: decodeId(spokes.id), quantity: "3" }],
    });
    await expectConsistent(kit);
  });

  it("completing moves only what each line still has to move", async () => {
    const order = await draft();
    const [spokes] = order.lines as [Line, Line];
    const before = await onHand(spoke);
    await moved(order, [[spokes, "6"]]);
    const completed = succeeded<{ transferOrder: Transfer & { movements: { quantity: string }[] } }>(
      await kit.execute(transferOrderComplete, { id: order.id, expectedVersion: 2 }),
      "transferOrderComplete",
    ).transferOrder;
    expect(completed).toMatchObject({
      status: "COMPLETED",
      lines: [{ movedQuantity: "10" }, { movedQuantity: "4" }],
    });
    expect(completed.movements.map((movement) => movement.quantity)).toEqual([
      "-6",
      "6",
      "-4",
      "-4",
      "4",
      "4",
    ]);
    expect(await onHand(spoke)).toEqual({
      warehouse: String(Number(before.warehouse) - 10),
      floor: String(Number(before.floor) + 10),
    });
    await expectConsistent(kit);
  });

  it("voiding a partly moved transfer keeps what moved where it went", async () => {
    const order = await draft();
    const [spokes] = order.lines as [Line, Line];
    const before = await onHand(spoke);
    await moved(order, [[spokes, "2"]]);
    const voided = succeeded<{ transferOrder: Transfer }>(
      await kit.execute(transferOrderVoid, { id: order.id }),
      "transferOrderVoid",
    ).transferOrder;
    expect(voided).toMatchObject({
      status: "VOIDED",
      lines: [{ movedQuantity: "2" }, { movedQuantity: "0" }],
    });
    expect(await onHand(spoke)).toEqual({
      warehouse: String(Number(before.warehouse) - 2),
      floor: String(Number(before.floor) + 2),
    });
    const after = await move(voided, [[spokes, "1"]]);
    expect(after.data?.transferOrderMove.userErrors[0]).toMatchObject({
      code: "INVALID_STATUS",
      field: ["id"],
    });
    await expectConsistent(kit);
  });

  it("refuses more than a line still has to move, and every other bad move, writing nothing", async () => {
    const order = await draft();
    const [spokes, rims] = order.lines as [Line, Line];
    const partly = await moved(order, [[spokes, "8"]]);
    const other = await draft();
    // Somebody took rims from the warehouse since the transfer was written: 1 is left there.
    await addStock(
      kit,
      rim,
      world.warehouse,
      String(1 - Number((await stockAt(kit, rim, world.warehouse)).onHand)),
    );
    const before = await written(kit);
    const errors = async (lines: [Line, string][], expectedVersion?: number) =>
      (await move(partly, lines, expectedVersion)).data?.transferOrderMove.userErrors;

    expect(
      await errors([
        [rims, "1"],
        [spokes, "2.000001"],
      ]),
    ).toEqual([
      {
        code: "INVALID_INPUT",
        message: "Line 1 has 2 of 10 still to move: moving 2.000001 exceeds it",
        field: ["lines", "1", "quantity"],
      },
    ]);
    expect(await errors([[rims, "0"]])).toEqual([
      { code: "INVALID_INPUT", message: "must be greater than zero", field: ["lines", "0", "quantity"] },
    ]);
    expect(
      await errors([
        [rims, "1"],
        [rims, "1"],
      ]),
    ).toEqual([{ code: "INVALID_INPUT", message: "names the same line twice", field: ["lines"] }]);
    expect(await errors([[other.lines[0] as Line, "1"]])).toEqual([
      {
        code: "NOT_FOUND",
        message: `TO-${String(decodeId(order.id)).padStart(5, "0")} has no line with this id`,
        field: ["lines", "0", "lineId"],
      },
    ]);
    expect((await errors([[rims, "1"]], 1))?.[0]?.code).toBe("VERSION_CONFLICT");
    expect(
      await errors([
        [spokes, "1"],
        [rims, "3"],
      ]),
    ).toEqual([
      {
        code: "INSUFFICIENT_STOCK",
        message: 'Not enough stock of "RIM" at "Main warehouse": on hand 1, requested 3',
        field: ["lines", "1", "quantity"],
      },
    ]);
    expect(await written(kit)).toEqual(before);
    await expectConsistent(kit);
  });
});
