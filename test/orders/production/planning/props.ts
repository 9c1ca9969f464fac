import fc from "fast-check";
import { asSource } from "./worlds.ts";

/**
 * Running a planning property: the number of runs (FC_RUNS, set by `npm run test:props -- --runs N`, else the
 * file's budget), a reproducible seed (FC_SEED; CI uses a fixed one, a local run a new one each time, printed
 * when it fails) and, on failure, the shrunk world printed as a test case to paste into regressions.test.ts.
 */

const CI_SEED = 20_240_601;

export function runsOf(budget: number, variable = "FC_RUNS"): number {
  const runs = Number(process.env[variable]);
  return Number.isInteger(runs) && runs > 0 ? runs : budget;
}

export function seedOf(): number {
  const seed = Number(process.env.FC_SEED);
  if (process.env.FC_SEED && Number.isInteger(seed)) return seed;
  return process.env.CI ? CI_SEED : Math.floor(Math.random() * 2 ** 31);
}

/**
 * Checks `check` on `runs` worlds; a failure throws with the seed, the shrunk world as a regression case (calling
 * `helper`, the function the regressions file imports) and the failure itself.
 */
export async function checkWorlds<World>(
  arbitrary: fc.Arbitrary<World>,
  check: (world: World) => Promise<void>,
  options: { runs: number; helper: string; title: string; timeoutMs?: number },
): Promise<{ runs: number; skipped: number }> {
  const seed = seedOf();
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (world) => {
      await check(world);
    }),
    {
      numRuns: options.runs,
      seed,
      endOnFailure: false,
      ...(options.timeoutMs ? { interruptAfterTimeLimit: options.timeoutMs } : {}),
    },
  );
  if (details.failed && details.counterexample) {
    const [world] = details.counterexample;
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      [
        `${options.title}: a counterexample (seed ${details.seed}, path "${details.counterexamplePath}", after ` +
          `${details.numShrinks} shrinks; rerun with FC_SEED=${details.seed}). Paste into ` +
          "test/orders/production/planning/regressions.test.ts:",
        "",
        `it("<what it shows>", async () => {`,
        `  await ${options.helper}(${asSource(world).split("\n").join("\n  ")});`,
        "});",
        "",
        error,
      ].join("\n"),
    );
  }
  if (details.failed) throw new Error(`${options.title}: ${String(details.errorInstance)}`);
  return { runs: details.numRuns, skipped: details.numSkips };
}
