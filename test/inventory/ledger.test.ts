import { describe, expect, it } from "vitest";
import { dec } from "../../src/domain/decimal.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { postMovements } from "../../src/domain/inventory/ledger.ts";
import type { TestKit } from "../kit/app.ts";
import { expectStockLevelsMatchLedger } from "../kit/invariants.ts";
import { seededRandom } from "../kit/random.ts";
import { inventoryFixtures } from "./fixtures.ts";

const { use, ids, createProduct, adjust, onHand } = inventoryFixtures();
let kit: TestKit;
use((opened) => {
  kit = opened;
});

describe("the ledger", () => {
  it("nets movements per product x location, returns them in order and writes one event per pair", async () => {
    const rim = await createProduct("RIM-1");
    const eventsBefore = await kit.db.prisma.event.count({ where: { type: "STOCK_CHANGED" } });
    const movements = await kit.db.transaction((tx) =>
      postMovements(tx, null, [
        { productId: rim, locationId: ids.warehouse, quantity: dec("4"), reason: "BOM_RUN_OUTPUT" },
        { productId: rim, locationId: ids.shopFloor, quantity: dec("2"), reason: "BOM_RUN_OUTPUT" },
        { productId: rim, locationId: ids.warehouse, quantity: dec("-1.5"), reason: "BOM_RUN_CONSUMPTION" },
      ]),
    );
    expect(movements.map((movement) => [movement.locationId, dec(movement.quantity).toFixed()])).toEqual([
      [ids.warehouse, "4"],
      [ids.shopFloor, "2"],
      [ids.warehouse, "-1.5"],
    ]);
    expect(await onHand(rim, ids.warehouse)).toBe("2.5");
    const level = await kit.db.prisma.stockLevel.findUniqueOrThrow({
      where: { productId_locationId: { productId: rim, locationId: ids.warehouse } },
    });
    expect(Math.abs(level.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    const events = await kit.db.prisma.event.findMany({
      where: { type: "STOCK_CHANGED", entityId: String(rim) },
      orderBy: { locationId: "asc" },
    });
    expect(events.map((event) => event.payload)).toEqual([
      { productId: rim, locationId: ids.warehouse, onHandBefore: "0", onHandAfter: "2.5" },
      { productId: rim, locationId: ids.shopFloor, onHandBefore: "0", onHandAfter: "2" },
    ]);
    expect(await kit.db.prisma.event.count({ where: { type: "STOCK_CHANGED" } })).toBe(eventsBefore + 2);

    // Errors name the caller's field; quantities the columns cannot hold exactly are refused, not rounded.
    const refusal = (quantity: string) =>
      kit.db
        .transaction((tx) =>
          postMovements(tx, null, [
            {
              productId: rim,
              locationId: ids.warehouse,
              quantity: dec(quantity),
              reason: "BOM_RUN_CONSUMPTION",
              field: ["input", "quantity"],
            },
          ]),
        )
        .then(
          () => null,
          (error: unknown) => (error instanceof DomainError ? error.errors : error),
        );
    expect(await refusal("-3")).toEqual([
      {
        code: "INSUFFICIENT_STOCK",
        message: 'Not enough stock of "RIM-1" at "Main warehouse": on hand 2.5, requested 3',
        field: ["input", "quantity"],
      },
    ]);
    expect(await refusal("-0.0000001")).toMatchObject([
      { code: "INVALID_INPUT", field: ["input", "quantity"] },
    ]);
    expect(await refusal("0")).toMatchObject([{ code: "INVALID_INPUT", message: "must not be zero" }]);
    expect(await onHand(rim, ids.warehouse)).toBe("2.5");
  });

  it("keeps every stock level equal to its ledger over a random sequence of 100 adjustments", async () => {
    const random = seededRandom(20261122);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const products = [
      await createProduct("RND-1"),
      await createProduct("RND-2"),
      await createProduct("RND-3"),
    ];
    const locations = [ids.warehouse, ids.shopFloor];
    const keys = products.flatMap((product) => locations.map((location) => ({ product, location })));
    const model = new Map(keys.map(({ product, location }) => [`${product}:${location}`, dec(0)]));
    const types = ["COUNT", "WASTE", "DAMAGE", "OTHER", "OTHER"] as const;
    let applied = 0;
    let refused = 0;

    for (let step = 0; step < 100; step++) {
      const type = pick(types);
      const chosen = shuffled(keys, random).slice(0, 1 + Math.floor(random() * 3));
      const lines = chosen.map(({ product, location }) => {
        const magnitude = dec(Math.floor(random() * 20_000))
          .div(1000)
          .plus("0.001");
        const quantity = type === "OTHER" && random() < 0.4 ? magnitude.negated() : magnitude;
        return { product, location, quantity: quantity.toFixed() };
      });
      const expected = new Map<string, ReturnType<typeof dec>>();
      let short = false;
      for (const line of lines) {
        const key = `${line.product}:${line.location}`;
        const current = model.get(key) ?? dec(0);
        const quantity = dec(line.quantity);
        const next =
          type === "COUNT" ? quantity : type === "OTHER" ? current.plus(quantity) : current.minus(quantity);
        if (next.lessThan(current) && next.isNegative()) short = true;
        expected.set(key, next);
      }

      const result = await adjust(type, lines);
      expect(result.errors).toBeUndefined();
      if (short) {
        expect(result.data?.stockAdjust.userErrors.map((error) => error.code)).toContain(
          "INSUFFICIENT_STOCK",
        );
        refused++;
      } else {
        expect(result.data?.stockAdjust.userErrors).toEqual([]);
        for (const [key, value] of expected) model.set(key, value);
        applied++;
      }
    }

    expect(applied).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(5);
    await expectStockLevelsMatchLedger(kit.db);
    for (const { product, location } of keys) {
      expect(await onHand(product, location)).toBe((model.get(`${product}:${location}`) ?? dec(0)).toFixed());
    }
  });
});

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
