import { createApiKey } from "../../../src/domain/access.ts";
import { globalId } from "../../kit/ids.ts";
import { apiKeyCreate, apiKeyRevoke } from "../../operations/access.ts";
import {
  type BadInput,
  type CaseContext,
  inArea,
  missing,
  type Retries,
  sending,
  userError,
  withKey,
} from "./context.ts";

/** The retry case of each mutation of API keys. */
export function retries(c: CaseContext): Retries {
  return {
    apiKeyCreate: sending(apiKeyCreate, () => ({ input: { name: c.fixtures.unique("K"), role: "viewer" } })),
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
  return inArea("access", [
    {
      name: "API key for a role that does not exist",
      prepare: sending(apiKeyCreate, { input: { name: "k", role: "overlord" } }),
      expected: userError("NOT_FOUND", ["input", "role"]),
    },
    {
      name: "API key created by a key without ADMIN",
      prepare: withKey(() => c.viewer, sending(apiKeyCreate, { input: { name: "k", role: "viewer" } })),
      expected: { error: "FORBIDDEN" },
    },
    {
      name: "revoking a key that does not exist",
      prepare: sending(apiKeyRevoke, { id: missing("ApiKey") }),
      expected: userError("NOT_FOUND", ["id"]),
    },
  ]);
}
