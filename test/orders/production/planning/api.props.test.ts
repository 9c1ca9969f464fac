import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestKit, type TestKit } from "../../../kit/app.ts";
import { apiStats, checkApiWorld } from "./check-api.ts";
import { checkWorlds, runsOf } from "./props.ts";
import { apiWorldArbitrary, plannedOrderCount } from "./worlds.ts";

/**
 * Level (b): random worlds built through the GraphQL API on the test database (PGlite, or PostgreSQL with
 * DATABASE_URL): one to three root orders sharing a shop floor and its warehouse, authorized, released in a random
 * order, then undone, voided, re-released and re-authorized at random, with stock changes between; after every
 * step the tree (read in one request) and the release's transfers, purchases and unordered components must be the
 * reference model's, and the laws in check-api.ts must hold.
 */

let kit: TestKit;
beforeAll(async () => {
  kit = await createTestKit();
});
afterAll(() => kit.close());

/** Trees above this many orders are skipped: the API run is about sequences, not size. */
const MAX_ORDERS = 20;

it(
  "authorizes, releases, undoes and voids trees as the model plans and supplies them, keeping the laws",
  async () => {
    const started = Date.now();
    const result = await checkWorlds(
      apiWorldArbitrary.filter((world) =>
        world.roots.every(
          (root) =>
            plannedOrderCount({ products: world.products, top: [root], policy: world.policy }) <= MAX_ORDERS,
        ),
      ),
      (world) => checkApiWorld(kit, world),
      {
        runs: runsOf(30, "FC_API_RUNS"),
        helper: "checkApiWorld",
        title: "API vs model",
        // Shrinking through the API is slow: report the smallest world found by then (about 8 s a world).
        timeoutMs: Math.max(240_000, runsOf(30, "FC_API_RUNS") * 8_000),
      },
    );
    console.log(`API vs model: ${result.runs} worlds in ${Date.now() - started} ms`, apiStats);
    expect(result.runs).toBeGreaterThan(0);
  },
  Math.max(600_000, runsOf(30, "FC_API_RUNS") * 12_000),
);
