import { createApiKey } from "../../../src/domain/access.ts";
import { globalId } from "../../kit/ids.ts";
import { apiKeyCreate, apiKeyRevoke } from "../../operations/access.ts";
import { type BadInput, type CaseContext, missing, newRecords, type Retries, userError } from "./context.ts";

/** The retry case of each mutation of API keys. */
export function retries(c: CaseContext): Retries {
  const _row = newRecords(c);
  return {
    apiKeyCreate: async () => ({
      document: apiKeyCreate,
      variables: { input: { name: c.fixtures.unique("K"), role: "viewer" } },
    }),
    apiKeyRevoke: async () => {
      const { apiKey } = await c.kit.db.transaction((tx) =>
        createApiKey(tx, { name: c.fixtures.unique("K"), role: "viewer" }, null),
      );
      return { document: apiKeyRevoke, variables: { id: globalId("ApiKey", apiKey.id) } };
    },
  };
}

/** Bad requests to the mutations of API keys, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  const _row = newRecords(c);
  return [
    {
      area: "access",
      name: "API key for a role that does not exist",
      prepare: async () => ({
        document: apiKeyCreate,
        variables: { input: { name: "k", role: "overlord" } },
      }),
      expected: userError("NOT_FOUND", ["input", "role"]),
    },
    {
      area: "access",
      name: "API key created by a key without ADMIN",
      prepare: async () => ({
        document: apiKeyCreate,
        variables: { input: { name: "k", role: "viewer" } },
        key: c.viewer,
      }),
      expected: { error: "FORBIDDEN" },
    },
    {
      area: "access",
      name: "revoking a key that does not exist",
      prepare: async () => ({ document: apiKeyRevoke, variables: { id: missing("ApiKey") } }),
      expected: userError("NOT_FOUND", ["id"]),
    },
  ];
}
