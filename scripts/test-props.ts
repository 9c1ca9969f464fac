import { spawnSync } from "node:child_process";

/**
 * `npm run test:props [-- --runs N] [--api-runs M] [--seed S] [vitest args]`: the planning property tests
 * (test/orders/production/planning) with a larger budget than CI's: N worlds for the pure planner (default
 * 20,000), M through the API (default 100), from seed S (default: a new one, printed with any failure). The
 * budgets reach the tests as FC_RUNS, FC_API_RUNS and FC_SEED.
 */
const args = process.argv.slice(2);
const env: Record<string, string> = { FC_RUNS: "20000", FC_API_RUNS: "100" };
const rest: string[] = [];
const flags: Record<string, string> = {
  "--runs": "FC_RUNS",
  "--api-runs": "FC_API_RUNS",
  "--seed": "FC_SEED",
};
for (let index = 0; index < args.length; index++) {
  const arg = args[index] as string;
  const [flag, inline] = arg.split("=", 2) as [string, string | undefined];
  const variable = flags[flag];
  if (!variable) {
    rest.push(arg);
    continue;
  }
  const value = inline ?? args[++index];
  if (!value || !/^\d+$/.test(value)) {
    console.error(`${flag} needs a whole number`);
    process.exit(2);
  }
  env[variable] = value;
}
console.log(
  `planning properties: ${env.FC_RUNS} planner worlds, ${env.FC_API_RUNS} API worlds` +
    (env.FC_SEED ? `, seed ${env.FC_SEED}` : ""),
);
const result = spawnSync(
  "vitest",
  ["run", "test/orders/production/planning", "--testTimeout", "3600000", ...rest],
  {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, ...env },
  },
);
process.exit(result.status ?? 1);
