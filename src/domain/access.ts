import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Database, Tx } from "../db/database.ts";
import { Permission } from "../generated/prisma/enums.ts";
import { DomainError, ErrorCode, parseInput } from "./errors.ts";
import { EventType, recordEvent } from "./events.ts";
import { requiredText } from "./validation.ts";

/** Who is calling: the API key and the permissions of its role. ADMIN holds every permission. */
export interface Viewer {
  apiKeyId: number;
  roleName: string;
  can(permission: Permission): boolean;
}

export function viewerOf(apiKeyId: number, role: { name: string; permissions: Permission[] }): Viewer {
  const permissions = new Set(role.permissions);
  return {
    apiKeyId,
    roleName: role.name,
    can: (permission) => permissions.has(Permission.ADMIN) || permissions.has(permission),
  };
}

/** The roles every installation starts with; ADMIN can create more. */
export const BUILT_IN_ROLES: { name: string; permissions: Permission[] }[] = [
  { name: "admin", permissions: [Permission.ADMIN] },
  {
    name: "planner",
    permissions: [
      Permission.PRODUCTION_VIEW,
      Permission.PRODUCTION_FULFILL,
      Permission.PRODUCTION_UNDO,
      Permission.PRODUCTION_VOID,
      Permission.BOM_MANAGE,
      Permission.PURCHASING,
      Permission.SALES,
    ],
  },
  {
    name: "shop-floor",
    permissions: [Permission.PRODUCTION_VIEW, Permission.PRODUCTION_ADJUST, Permission.INVENTORY_ADJUST],
  },
  { name: "viewer", permissions: [Permission.PRODUCTION_VIEW] },
];

const KEY_PREFIX = "bgk_";

function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * Reads `Authorization: Bearer <key>`; a missing, unknown or revoked key gives null. Every request pays for
 * this, so it is one SQL statement (Prisma would load the key and its role in two).
 */
export async function authenticate(
  db: Database,
  authorization: string | null | undefined,
): Promise<Viewer | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) return null;
  const [key] = await db.prisma.$queryRaw<{ id: number; roleName: string; permissions: Permission[] }[]>`
    SELECT k.id, r.name AS "roleName", r.permissions::text[] AS permissions
    FROM "ApiKey" k JOIN "Role" r ON r.id = k."roleId"
    WHERE k."secretHash" = ${hashSecret(match[1])} AND k."revokedAt" IS NULL`;
  return key ? viewerOf(key.id, { name: key.roleName, permissions: key.permissions }) : null;
}

export const apiKeyCreateInput = z.object({ name: requiredText(100), role: requiredText(100) });

/** Creates a key for a role. The secret is returned once and only its hash is stored. */
export async function createApiKey(tx: Tx, input: unknown, actor: Viewer | null) {
  const { name, role: roleName } = parseInput(apiKeyCreateInput, input);
  const role = await tx.role.findUnique({ where: { name: roleName } });
  if (!role) throw new DomainError(ErrorCode.NOT_FOUND, `No role named "${roleName}"`, ["input", "role"]);
  const secret = `${KEY_PREFIX}${randomBytes(24).toString("base64url")}`;
  const apiKey = await tx.apiKey.create({
    data: {
      name,
      prefix: secret.slice(0, KEY_PREFIX.length + 6),
      secretHash: hashSecret(secret),
      roleId: role.id,
    },
  });
  await recordEvent(tx, actor, {
    type: EventType.API_KEY_CREATED,
    entityType: "ApiKey",
    entityId: apiKey.id,
    payload: { name },
  });
  return { apiKey, secret };
}

export async function revokeApiKey(tx: Tx, apiKeyId: number, actor: Viewer) {
  const apiKey = await tx.apiKey.findUnique({ where: { id: apiKeyId } });
  if (!apiKey) throw new DomainError(ErrorCode.NOT_FOUND, "No such API key", ["id"]);
  if (apiKey.revokedAt) return apiKey;
  const revoked = await tx.apiKey.update({ where: { id: apiKeyId }, data: { revokedAt: new Date() } });
  await recordEvent(tx, actor, {
    type: EventType.API_KEY_REVOKED,
    entityType: "ApiKey",
    entityId: apiKeyId,
    payload: {},
  });
  return revoked;
}

/** Makes sure the built-in roles exist (idempotent; runs at every start). */
export async function ensureBuiltInRoles(tx: Tx): Promise<void> {
  for (const role of BUILT_IN_ROLES) {
    await tx.role.upsert({ where: { name: role.name }, create: role, update: {} });
  }
}
