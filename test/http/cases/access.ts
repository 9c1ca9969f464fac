import { createApiKey, createRole } from "../../../src/domain/access.ts";
import { globalId } from "../../kit/ids.ts";
import { apiKeyCreate, apiKeyRevoke, roleArchive, roleCreate, roleUpdate } from "../../operations/access.ts";
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

/** A role of one's own, made through the domain; its global id and name. */
async function newRole(c: CaseContext, withKey = false) {
  const name = c.fixtures.unique("role");
  return c.kit.db.transaction(async (tx) => {
    const role = await createRole(tx, null, { name, permissions: ["PRODUCTION_VIEW"] });
    if (withKey) await createApiKey(tx, { name: `${name} key`, role: name }, null);
    return { id: globalId("Role", role.id), name };
  });
}

/** The global id of a built-in role. */
async function builtInRole(c: CaseContext, name: string) {
  return globalId("Role", (await c.kit.db.prisma.role.findUniqueOrThrow({ where: { name } })).id);
}

/** The retry case of each mutation of API keys and roles. */
export function retries(c: CaseContext): Retries {
  return {
    roleCreate: sending(roleCreate, () => ({
      input: { name: c.fixtures.unique("role"), permissions: ["PRODUCTION_VIEW", "INVENTORY_RECEIVE"] },
    })),
    roleUpdate: async () => ({
      document: roleUpdate,
      variables: { id: (await newRole(c)).id, input: { permissions: ["SALES"] } },
    }),
    roleArchive: async () => ({ document: roleArchive, variables: { id: (await newRole(c)).id } }),
    apiKeyCreate: sending(apiKeyCreate, () => ({ input: { name: c.fixtures.unique("K"), role: "viewer" } })),
    apiKeyRevoke: async () => {
      const { apiKey } = await c.kit.db.transaction((tx) =>
        createApiKey(tx, { name: c.fixtures.unique("K"), role: "viewer" }, null),
      );
      return { document: apiKeyRevoke, variables: { id: globalId("ApiKey", apiKey.id) } };
    },
  };
}

/** Bad requests to the mutations of API keys and roles, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  return inArea("access", [
    {
      name: "role with a permission that does not exist",
      prepare: sending(roleCreate, () => ({
        input: { name: c.fixtures.unique("role"), permissions: ["SALES", "OVERLORD"] },
      })),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      name: "role without permissions",
      prepare: sending(roleCreate, () => ({ input: { name: c.fixtures.unique("role"), permissions: [] } })),
      expected: userError("INVALID_INPUT", ["input", "permissions"]),
    },
    {
      name: "role naming a permission twice",
      prepare: sending(roleCreate, () => ({
        input: { name: c.fixtures.unique("role"), permissions: ["SALES", "SALES"] },
      })),
      expected: userError("INVALID_INPUT", ["input", "permissions", "1"]),
    },
    {
      name: "role with the name of another",
      prepare: sending(roleCreate, { input: { name: "planner", permissions: ["SALES"] } }),
      expected: userError("ALREADY_EXISTS", ["input", "name"]),
    },
    {
      name: "renaming a role to the name of another",
      prepare: async () => ({
        document: roleUpdate,
        variables: { id: (await newRole(c)).id, input: { name: "viewer" } },
      }),
      expected: userError("ALREADY_EXISTS", ["input", "name"]),
    },
    {
      name: "updating a built-in role",
      prepare: async () => ({
        document: roleUpdate,
        variables: { id: await builtInRole(c, "shop-floor"), input: { permissions: ["ADMIN"] } },
      }),
      expected: userError("INVALID_INPUT", ["id"]),
    },
    {
      name: "archiving a built-in role",
      prepare: async () => ({ document: roleArchive, variables: { id: await builtInRole(c, "viewer") } }),
      expected: userError("INVALID_INPUT", ["id"]),
    },
    {
      name: "archiving a role that an unrevoked key uses",
      prepare: async () => ({ document: roleArchive, variables: { id: (await newRole(c, true)).id } }),
      expected: userError("IN_USE", ["id"]),
    },
    {
      name: "updating an archived role",
      prepare: async () => {
        const role = await newRole(c);
        await c.kit.execute(roleArchive, { id: role.id });
        return { document: roleUpdate, variables: { id: role.id, input: { permissions: ["SALES"] } } };
      },
      expected: userError("ARCHIVED", ["id"]),
    },
    {
      name: "API key for an archived role",
      prepare: async () => {
        const role = await newRole(c);
        await c.kit.execute(roleArchive, { id: role.id });
        return { document: apiKeyCreate, variables: { input: { name: "late", role: role.name } } };
      },
      expected: userError("ARCHIVED", ["input", "role"]),
    },
    {
      name: "role created by a key without ADMIN",
      prepare: withKey(
        () => c.viewer,
        sending(roleCreate, () => ({ input: { name: c.fixtures.unique("role"), permissions: ["SALES"] } })),
      ),
      expected: { error: "FORBIDDEN" },
    },
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
