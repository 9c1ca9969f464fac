import { describe, expect, it } from "vitest";
import { type Dec, dec } from "../../../../src/domain/decimal.ts";
import { netDemand, splitIntoBatches } from "../../../../src/domain/orders/production/tree/policy.ts";
import type { QuantityPolicy } from "../../../../src/generated/prisma/enums.ts";

/** The quantity policies' formulas (DESIGN.md), on figures where they differ: pure, no database. */

const demand = (
  need: string,
  pool: string,
  extra: Partial<Record<"onOrder" | "min" | "reorder", string>> = {},
) => ({
  need: dec(need),
  pool: dec(pool),
  onOrder: dec(extra.onOrder ?? "0"),
  minBeforeReorder: dec(extra.min ?? "0"),
  reorderQuantity: dec(extra.reorder ?? "0"),
  first: true,
});
const shown = ({ net, poolAfter }: { net: Dec; poolAfter: Dec }) => [net.toFixed(), poolAfter.toFixed()];

describe("netDemand", () => {
  const cases: [QuantityPolicy, ReturnType<typeof demand>, boolean, [string, string]][] = [
    // need 5 against 3 available: make 2, nothing left.
    ["QUANTITY_REQUIRED", demand("5", "3"), true, ["2", "0"]],
    ["SHORTAGE_ONLY", demand("5", "3"), true, ["2", "0"]],
    // 2 over-allocated (available -2): QUANTITY_REQUIRED makes up for it, SHORTAGE_ONLY does not.
    ["QUANTITY_REQUIRED", demand("5", "-2"), true, ["7", "0"]],
    ["SHORTAGE_ONLY", demand("5", "-2"), true, ["5", "-2"]],
    // Enough stock: nothing made, the rest left for later demands.
    ["QUANTITY_REQUIRED", demand("2", "3.5"), true, ["0", "1.5"]],
    // First demand tops up to min + reorder: 5 + 4 + 2 - (3 + 1 on order) = 7; the top-up is not free for others.
    ["REQUIRED_PLUS_MIN_STOCK", demand("5", "3", { onOrder: "1", min: "4", reorder: "2" }), true, ["7", "0"]],
    // Plenty in stock but below the minimum after: 2 + 4 + 2 - (10 + 0) = -2 -> 0; 8 left.
    ["REQUIRED_PLUS_MIN_STOCK", demand("2", "10", { min: "4", reorder: "2" }), true, ["0", "8"]],
    // A covered demand makes nothing and leaves the rest: SHORTAGE_ONLY's need - max(available, 0) is never negative.
    ["SHORTAGE_ONLY", demand("1", "5"), true, ["0", "4"]],
    ["QUANTITY_REQUIRED", demand("1", "5"), true, ["0", "4"]],
    // On order covers the first demand as stock would: 3 - (0 + 2 on order) = 1 made, and no deficit is left for
    // the next demand to make up again (that one makes its plain shortfall, 3).
    ["REQUIRED_PLUS_MIN_STOCK", demand("3", "0", { onOrder: "2" }), true, ["1", "0"]],
    ["REQUIRED_PLUS_MIN_STOCK", demand("3", "0", { onOrder: "10" }), true, ["0", "0"]],
    // On order also covers a negative balance for the first demand: 3 + 0 - (-2 + 2) = 3 made, balance 0.
    ["REQUIRED_PLUS_MIN_STOCK", demand("3", "-2", { onOrder: "2" }), true, ["3", "0"]],
    // A later demand of the same product: the plain shortfall.
    [
      "REQUIRED_PLUS_MIN_STOCK",
      demand("5", "3", { onOrder: "1", min: "4", reorder: "2" }),
      false,
      ["2", "0"],
    ],
  ];
  for (const [policy, input, first, expected] of cases) {
    it(`${policy}: need ${input.need}, available ${input.pool}${first ? "" : " (later demand)"}`, () => {
      expect(shown(netDemand(policy, { ...input, first }))).toEqual(expected);
    });
  }
});

describe("splitIntoBatches", () => {
  it("splits into full batches and a remainder, or keeps one order without a maximum", () => {
    const split = (net: string, max: string | null) =>
      splitIntoBatches(dec(net), max === null ? null : dec(max)).map((batch) => batch.toFixed());
    expect(split("5", "2")).toEqual(["2", "2", "1"]);
    expect(split("4.5", "1.5")).toEqual(["1.5", "1.5", "1.5"]);
    expect(split("5", null)).toEqual(["5"]);
    expect(split("0", "2")).toEqual([]);
  });
});
