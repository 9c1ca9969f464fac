import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql ships CommonJS and ESM builds; Node (and so yoga) loads the CommonJS one. Tests must use the same
  // copy or `instanceof GraphQLError` fails across the two.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["test/**/*.test.ts"],
    // Migrates one database per run; each test file works on its own clone of it.
    globalSetup: ["test/kit/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
