import fc from "fast-check";
import { expect, it } from "vitest";
import { expectPlannerMatchesModel } from "./check-planner.ts";
import { checkWorlds, runsOf } from "./props.ts";
import { plannedOrderCount, plannerWorldArbitrary } from "./worlds.ts";

/**
 * Level (a): the pure planner against the reference model on random worlds (DAGs of BOMs up to 7 levels deep,
 * shared sub-assemblies, phantoms, assembly BOMs, output quantities other than 1, max batch sizes, minimum stock,
 * on order, negative availability from rival trees; every policy), first planning and a re-check.
 */

/** Trees above this many orders are skipped: they cost time without finding more. */
const MAX_ORDERS = 150;

it("plans the model's tree, and re-checks it as the model does", async () => {
  const started = Date.now();
  const result = await checkWorlds(
    plannerWorldArbitrary.filter((world) => plannedOrderCount(world) <= MAX_ORDERS),
    expectPlannerMatchesModel,
    { runs: runsOf(2000), helper: "expectPlannerMatchesModel", title: "planner vs model" },
  );
  console.log(`planner vs model: ${result.runs} worlds in ${Date.now() - started} ms`);
  expect(result.runs).toBeGreaterThan(0);
});

it("generates the worlds it claims to (deep trees, phantoms, assembly orders, batches, shared components)", () => {
  const samples = fc.sample(plannerWorldArbitrary, { numRuns: 500, seed: 7 });
  const deepest = Math.max(...samples.map((world) => world.products.length));
  expect(deepest).toBe(8);
  expect(samples.some((world) => world.products.some((product) => product.make === "PHANTOM"))).toBe(true);
  expect(samples.some((world) => world.products.some((product) => product.make === "ASSEMBLE"))).toBe(true);
  expect(samples.some((world) => world.products.some((product) => product.maxBatch !== null))).toBe(true);
  expect(
    samples.some((world) =>
      world.products.some((product) => {
        const components = product.bom?.lines.map(([component]) => component) ?? [];
        return new Set(components).size < components.length;
      }),
    ),
  ).toBe(true);
});
