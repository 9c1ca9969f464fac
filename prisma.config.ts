import { defineConfig } from "prisma/config";

// The CLI is used here only for `prisma generate` (see scripts/prisma-generate.ts): migrations are
// created and applied by our own offline tooling in src/db, so no datasource URL is needed.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
