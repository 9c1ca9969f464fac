import { createApiKey, revokeApiKey } from "../domain/access.ts";
import type { ApiKey } from "../generated/prisma/client.ts";
import { Permission } from "../generated/prisma/enums.ts";
import { builder } from "./builder.ts";
import { nodeOptions } from "./nodes.ts";
import { type Payload, payloadType, runAction, UserErrorRef } from "./payload.ts";

export const PermissionEnum = builder.enumType(Permission, { name: "Permission" });

export const RoleRef = builder.prismaNode("Role", {
  ...nodeOptions,
  // ADMIN, or the role of the key itself (`viewer { apiKey { role } }`).
  authScopes: (role, context) =>
    role.name === context.viewer.roleName ? { authenticated: true } : { permission: "ADMIN" },
  description: "A named set of permissions; every API key has one.",
  fields: (t) => ({
    name: t.exposeString("name"),
    permissions: t.field({ type: [PermissionEnum], resolve: (role) => role.permissions }),
  }),
});

export const ApiKeyRef = builder.prismaNode("ApiKey", {
  ...nodeOptions,
  // ADMIN, or the key itself (`viewer { apiKey }`).
  authScopes: (key, context) =>
    key.id === context.viewer.apiKeyId ? { authenticated: true } : { permission: "ADMIN" },
  description: "An API key. Only its prefix is ever shown again after creation.",
  fields: (t) => ({
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix"),
    role: t.relation("role"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

const ViewerRef = builder.objectRef<{ apiKeyId: number }>("Viewer").implement({
  description: "The API key making this request.",
  fields: (t) => ({
    apiKey: t.prismaField({
      type: "ApiKey",
      resolve: (query, viewer, _args, context) =>
        context.db.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: viewer.apiKeyId } }),
    }),
    permissions: t.field({
      type: [PermissionEnum],
      description: "What this key may do (ADMIN may do everything).",
      resolve: (_viewer, _args, context) => Object.values(Permission).filter((p) => context.viewer.can(p)),
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => ({ apiKeyId: context.viewer.apiKeyId }),
  }),
  roles: t.prismaField({
    type: ["Role"],
    authScopes: { permission: "ADMIN" },
    resolve: (query, _root, _args, context) =>
      context.db.prisma.role.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
  apiKeys: t.prismaConnection({
    type: "ApiKey",
    cursor: "id",
    authScopes: { permission: "ADMIN" },
    args: { includeRevoked: t.arg.boolean({ required: false, defaultValue: false }) },
    resolve: (query, _root, args, context) =>
      context.db.prisma.apiKey.findMany({ ...query, where: args.includeRevoked ? {} : { revokedAt: null } }),
  }),
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
      description: "Name of the role: admin, planner, shop-floor, viewer or one you created.",
    }),
  }),
});

builder.mutationFields((t) => ({
  apiKeyCreate: t.field({
    type: ApiKeyCreatePayload,
    authScopes: { permission: "ADMIN" },
    args: { input: t.arg({ type: ApiKeyCreateInput }) },
    resolve: (_root, { input }, context) =>
      runAction(context, (tx) => createApiKey(tx, input, context.viewer)),
  }),
  apiKeyRevoke: t.field({
    type: payloadType("ApiKeyRevokePayload", "apiKey", ApiKeyRef),
    authScopes: { permission: "ADMIN" },
    description: "Revokes a key at once: its next request (or subscription event) is refused.",
    args: { id: t.arg.rowID({ for: ApiKeyRef }) },
    resolve: (_root, { id }, context) => runAction(context, (tx) => revokeApiKey(tx, id, context.viewer)),
  }),
}));
