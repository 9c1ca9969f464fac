import type { CodegenConfig } from "@graphql-codegen/cli";
import { printSchema } from "graphql";
import { schema } from "./src/schema/index.ts";

/**
 * `npm run codegen`: writes schema.graphql (sorted) from the Pothos schema, and typed documents for every
 * `graphql(...)` call in the tests. Both are committed; CI fails when they are stale.
 */
const config: CodegenConfig = {
  schema: printSchema(schema),
  documents: ["test/**/*.ts", "bench/**/*.ts", "!test/graphql/**"],
  ignoreNoDocuments: true,
  // ESM: generated imports carry their .js extension.
  emitLegacyCommonJSImports: false,
  generates: {
    "schema.graphql": { plugins: ["schema-ast"], config: { sort: true, includeDirectives: false } },
    "test/graphql/": {
      preset: "client",
      // persisted-documents.json: each operation by its sha256 hash, the trusted documents' manifest
      // (TRUSTED_DOCUMENTS) of the tests' client; every document carries its hash (`__meta__.hash`).
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Decimal: "string", DateTime: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
