import type { CodegenConfig } from "@graphql-codegen/cli";
import { printSchema } from "graphql";
import { schema } from "./src/schema/index.ts";

/**
 * `npm run codegen`: writes schema.graphql (sorted) from the Pothos schema, and typed documents for every
 * `graphql(...)` call: the tests' and benches' (test/graphql/) and the reference pages' (web/graphql/). All are
 * committed; CI fails when they are stale.
 */
const scalars = { Decimal: "string", DateTime: "string", JSON: "unknown" };

const config: CodegenConfig = {
  schema: printSchema(schema),
  ignoreNoDocuments: true,
  // ESM: generated imports carry their .js extension.
  emitLegacyCommonJSImports: false,
  generates: {
    "schema.graphql": { plugins: ["schema-ast"], config: { sort: true, includeDirectives: false } },
    "test/graphql/": {
      documents: ["test/**/*.ts", "bench/**/*.ts", "!test/graphql/**"],
      preset: "client",
      // persisted-documents.json: each operation by its sha256 hash, the trusted documents' manifest
      // (TRUSTED_DOCUMENTS) of the tests' client; every document carries its hash (`__meta__.hash`).
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    "web/graphql/": {
      documents: ["web/**/*.{ts,tsx}", "!web/graphql/**"],
      preset: "client",
      // Documents as typed strings: the pages send them with fetch and graphql-ws, and carry no GraphQL parser.
      // persisted-documents.json is the pages' manifest, which the server always trusts (src/http/web.ts).
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { useTypeImports: true, enumsAsTypes: true, documentMode: "string", scalars },
    },
  },
};

export default config;
