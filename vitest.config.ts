import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql ships CommonJS and ESM builds; Node (and so yoga) loads the CommonJS one. Tests must use the same
  // copy or `instanceof GraphQLError` fails across the two.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["test/**/*.test.ts", "web/**/*.test.ts"],
    // Migrates one database per run; each test file works on its own clone of it.
    globalSetup: ["test/kit/global-setup.ts"],
    pool: "forks",
    // A worker loads the server's modules once for all the files it runs (each file still opens its own
    // database clone and app): loading them again per file cost more than the tests themselves. So tests must
    // not leave module state behind: spies go on a file's own objects (its kit's app), never on shared modules.
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
