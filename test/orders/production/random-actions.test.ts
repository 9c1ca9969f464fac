import { expect, it } from "vitest";
import type { Tx } from "../../../src/db/database.ts";
import { createBom } from "../../../src/domain/bom/boms.ts";
import { dec } from "../../../src/domain/decimal.ts";
import { DomainError } from "../../../src/domain/errors.ts";
import type { Actor } from "../../../src/domain/events.ts";
import { postMovements } from "../../../src/domain/inventory/ledger.ts";
import { createProductionOrder } from "../../../src/domain/orders/production/create.ts";
import {
  authorizeProductionOrder,
  completeProductionOrder,
  releaseProductionOrder,
  startProductionOrder,
  undoProductionOrder,
  voidProductionOrder,
} from "../../../src/domain/orders/production/transitions.ts";
import { type TestKit, useTestKit } from "../../kit/app.ts";
import { seedProducts } from "../../kit/bom-trees.ts";
import {
  expectReservationsMatchOrders,
  expectStockLevelsMatchLedger,
  reservationMismatches,
} from "../../kit/invariants.ts";
import { seededRandom } from "../../kit/random.ts";

/** A seeded random walk over the status machine: the invariants hold after every step, refused or not. */

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

const ACTIONS = {
  authorize: authorizeProductionOrder,
  release: async (tx: Tx, actor: Actor, id: number) => (await releaseProductionOrder(tx, actor, id)).order,
  start: startProductionOrder,
  complete: completeProductionOrder,
  undo: undoProductionOrder,
  void: voidProductionOrder,
};

it("keeps stock, allocations and on order consistent over a seeded random sequence of transitions", async () => {
  const ids = await seedProducts(kit.db, ["CAR", "VAN", "BODY", "TYRE", "BOLT"]);
  const shop = await kit.db.prisma.location.create({ data: { name: "Random shop", kind: "SHOP_FLOOR" } });
  const bomIds = await kit.db.transaction(async (tx) => {
    const bom = async (sku: string, lines: [string, string][], outputQuantity = "1") =>
      (
        await createBom(tx, null, {
          productId: ids[sku],
          kind: "PRODUCTION",
          name: sku,
          outputQuantity,
          lines: lines.map(([component, quantity]) => ({ componentId: ids[component], quantity })),
        })
      ).id;
    return [
      await bom("CAR", [
        ["BODY", "1"],
        ["TYRE", "4"],
        ["BOLT", "16.5"],
      ]),
      await bom(
        "VAN",
        [
          ["BODY", "1"],
          ["TYRE", "6"],
          ["BOLT", "20"],
        ],
        "7",
      ),
    ];
  });
  // Scarce enough that some completions are refused for stock and some undos for removing sold output.
  await kit.db.transaction((tx) =>
    postMovements(
      tx,
      null,
      [
        ["BODY", "12"],
        ["TYRE", "60"],
        ["BOLT", "300"],
      ].map(([sku, quantity]) => ({
        productId: ids[sku as string] as number,
        locationId: shop.id,
        quantity: dec(quantity as string),
        reason: "ADJUSTMENT" as const,
      })),
    ),
  );

  const next = seededRandom(20261122);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const newOrder = async () =>
    (
      await kit.db.transaction((tx) =>
        createProductionOrder(tx, null, {
          locationId: shop.id,
          lines: [
            { bomId: pick(bomIds), quantity: String(1 + Math.floor(next() * 4)) },
            { bomId: pick(bomIds), quantity: "1.5" },
          ],
        }),
      )
    ).id;
  const orders: number[] = [];
  for (let index = 0; index < 6; index++) orders.push(await newOrder());

  const outcomes: Record<string, number> = {};
  for (let stepIndex = 0; stepIndex < 150; stepIndex++) {
    const name = pick(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]);
    const orderId = pick(orders);
    let outcome = "ok";
    try {
      await kit.db.transaction((tx) => ACTIONS[name](tx, null, orderId));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      outcome = error.errors[0]?.code ?? "?";
      expect(["INVALID_STATUS", "INSUFFICIENT_STOCK"]).toContain(outcome);
    }
    // A voided order is final: a fresh one takes its place, so the walk keeps moving.
    if (name === "void" && outcome === "ok") orders[orders.indexOf(orderId)] = await newOrder();
    outcomes[`${name}:${outcome}`] = (outcomes[`${name}:${outcome}`] ?? 0) + 1;
    await expectStockLevelsMatchLedger(kit.db);
    await expectReservationsMatchOrders(kit.db);
  }
  // The walk visits every action successfully at least once.
  for (const name of Object.keys(ACTIONS)) expect(outcomes[`${name}:ok`]).toBeGreaterThan(0);

  // The check itself notices a drift of the cache.
  await kit.db.prisma.stockLevel.update({
    where: { productId_locationId: { productId: ids.TYRE as number, locationId: shop.id } },
    data: { allocated: { increment: 1 } },
  });
  expect(await reservationMismatches(kit.db)).toEqual([expect.objectContaining({ figure: "allocated" })]);
});
