import { archiveRole, createApiKey, createRole, revokeApiKey, updateRole } from "../domain/access.ts";
import type { ApiKey } from "../generated/prisma/client.ts";
import { Permission } from "../generated/prisma/enums.ts";
import { builder } from "./builder.ts";
import { nodeOptions } from "./nodes.ts";
import { inputAction, type Payload, payloadType, rowAction, runAction, UserErrorRef } from "./payload.ts";

export const PermissionEnum = builder.enumType(Permission, { name: "Permission" });

export const RoleRef = builder.prismaNode("Role", {
  ...nodeOptions,
  // ADMIN, or the role of the key itself (`me { apiKey { role } }`).
  authScopes: (role, context) =>
    role.id === context.viewer.roleId ? { authenticated: true } : { permission: "ADMIN" },
  description: "A named set of permissions; every API key has one.",
  fields: (t) => ({
    name: t.exposeString("name"),
    permissions: t.field({ type: [PermissionEnum], resolve: (role) => role.permissions }),
    builtIn: t.exposeBoolean("builtIn", {
      description:
        "admin, planner, shop-floor and viewer: kept as the server defines them, never changed by the API.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", {
      type: "DateTime",
      nullable: true,
      description: "Set once archived: no key can be created for it any more.",
    }),
  }),
});

export const ApiKeyRef = builder.prismaNode("ApiKey", {
  ...nodeOptions,
  // ADMIN, or the key itself (`me { apiKey }`).
  authScopes: (key, context) =>
    key.id === context.viewer.apiKeyId ? { authenticated: true } : { permission: "ADMIN" },
  description: "An API key. Only its prefix is ever shown again after creation.",
  fields: (t) => ({
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix"),
    role: t.relation("role"),
    trustedDocumentsOnly: t.exposeBoolean("trustedDocumentsOnly", {
      description: "The key runs the server's trusted documents only, and is refused any other document.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

const ViewerRef = builder.objectRef<{ apiKeyId: number }>("Viewer").implement({
  description: "The API key making this request: what an app shows its user it may do.",
  fields: (t) => ({
    apiKey: t.prismaField({
      type: "ApiKey",
      resolve: (query, viewer, _args, context) =>
        context.db.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: viewer.apiKeyId } }),
    }),
    permissions: t.field({
      type: [PermissionEnum],
      description: "What this key may do: its role's permissions, every permission for ADMIN.",
      resolve: (_viewer, _args, context) => Object.values(Permission).filter((p) => context.viewer.can(p)),
    }),
  }),
});

/** The filter of `apiKeys`: its page and its count read it. */
const keysWhere = (args: { includeRevoked?: boolean | null }) =>
  args.includeRevoked ? {} : { revokedAt: null };

builder.queryFields((t) => ({
  me: t.field({
    type: ViewerRef,
    authScopes: { authenticated: true },
    description: "The key making this request, its role and what it may do.",
    resolve: (_root, _args, context) => ({ apiKeyId: context.viewer.apiKeyId }),
  }),
  roles: t.prismaField({
    type: ["Role"],
    authScopes: { permission: "ADMIN" },
    description: "Roles by name: the active ones, and the archived ones too with includeArchived.",
    args: { includeArchived: t.arg.boolean({ required: false, defaultValue: false }) },
    resolve: (query, _root, args, context) =>
      context.db.prisma.role.findMany({
        ...query,
        where: args.includeArchived ? {} : { archivedAt: null },
        orderBy: { name: "asc" },
      }),
  }),
  apiKeys: t.prismaConnection(
    {
      type: "ApiKey",
      cursor: "id",
      authScopes: { permission: "ADMIN" },
      args: { includeRevoked: t.arg.boolean({ required: false, defaultValue: false }) },
      resolve: (query, _root, args, context) =>
        context.db.prisma.apiKey.findMany({ ...query, where: keysWhere(args) }),
      totalCount: (_parent, args, context) => context.db.prisma.apiKey.count({ where: keysWhere(args) }),
    },
    { name: "ApiKeyConnection" },
    { name: "ApiKeyEdge" },
  ),
}));

/** Hand-written because it returns two things: the key's record and, once, its secret. */
const ApiKeyCreatePayload = builder
  .objectRef<Payload<{ apiKey: ApiKey; secret: string }>>("ApiKeyCreatePayload")
  .implement({
    fields: (t) => ({
      apiKey: t.field({
        type: ApiKeyRef,
        nullable: true,
        resolve: (payload) => payload.result?.apiKey ?? null,
      }),
      secret: t.string({
        nullable: true,
        description: "The key itself. Shown only in this response: store it now.",
        resolve: (payload) => payload.result?.secret ?? null,
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });

const ApiKeyCreateInput = builder.inputType("ApiKeyCreateInput", {
  fields: (t) => ({
    name: t.string({ description: "What the key is for, e.g. 'scanner 3'." }),
    role: t.string({
      description: "Name of an active role: admin, planner, shop-floor, viewer or one you created.",
    }),
    trustedDocumentsOnly: t.boolean({
      required: false,
      defaultValue: false,
      description:
        "Limit the key to the server's trusted documents (TRUSTED_DOCUMENTS), e.g. a handheld's: it is refused any " +
        "other document. Defaults to false.",
    }),
  }),
});

const RoleCreateInput = builder.inputType("RoleCreateInput", {
  fields: (t) => ({
    name: t.string({
      description: "Unique among roles (archived ones too), compared exactly; 1 to 100 characters.",
    }),
    permissions: t.field({ type: [PermissionEnum], description: "At least one, each once." }),
  }),
});

const RoleUpdateInput = builder.inputType("RoleUpdateInput", {
  fields: (t) => ({
    name: t.string({ required: false, description: "A new name; unique among roles, compared exactly." }),
    permissions: t.field({
      type: [PermissionEnum],
      required: false,
      description: "The role's whole new set of permissions: at least one, each once.",
    }),
  }),
});

const RolePayload = payloadType("RolePayload", "role", RoleRef);

builder.mutationFields((t) => ({
  roleCreate: inputAction(t, {
    payload: RolePayload,
    permission: "ADMIN",
    description: "A role of your own: a named set of permissions that API keys can be created for.",
    input: RoleCreateInput,
    run: createRole,
  }),
  roleUpdate: rowAction(t, {
    payload: RolePayload,
    permission: "ADMIN",
    description:
      "Renames a role or replaces its permissions (not a built-in or archived one). Its keys have the new " +
      "permissions from their next request on; their open subscriptions end with ROLE_CHANGED, to be started " +
      "again (with `after`) under them.",
    ref: RoleRef,
    input: RoleUpdateInput,
    run: updateRole,
  }),
  roleArchive: rowAction(t, {
    payload: RolePayload,
    permission: "ADMIN",
    description:
      "Archives a role no unrevoked key uses (not a built-in one): it stays readable, and no key can be created " +
      "for it. Archiving twice changes nothing.",
    ref: RoleRef,
    run: archiveRole,
  }),
  apiKeyCreate: t.field({
    type: ApiKeyCreatePayload,
    authScopes: { permission: "ADMIN" },
    args: { input: t.arg({ type: ApiKeyCreateInput }) },
    resolve: (_root, { input }, context) => runAction(context, (tx, actor) => createApiKey(tx, input, actor)),
  }),
  apiKeyRevoke: t.field({
    type: payloadType("ApiKeyRevokePayload", "apiKey", ApiKeyRef),
    authScopes: { permission: "ADMIN" },
    description: "Revokes a key at once: its next request (or subscription event) is refused.",
    args: { id: t.arg.rowID({ for: ApiKeyRef }) },
    resolve: (_root, { id }, context) => runAction(context, (tx, actor) => revokeApiKey(tx, id, actor)),
  }),
}));
