import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Database, Tx } from "../db/database.ts";
import { Prisma, type Role } from "../generated/prisma/client.ts";
import { Permission } from "../generated/prisma/enums.ts";
import { DomainError, ErrorCode, parseInput } from "./errors.ts";
import { type Actor, EventType, recordEvent } from "./events.ts";
import { requiredText } from "./validation.ts";

/**
 * Who is calling: the API key and its role, as the role was when the request (or the subscription) was
 * authenticated. ADMIN holds every permission.
 */
export interface Viewer {
  apiKeyId: number;
  roleId: number;
  /** The role's permissions as stored: `can` is what to ask (ADMIN implies the others). */
  permissions: readonly Permission[];
  can(permission: Permission): boolean;
  /** The key runs the server's trusted documents only (docs/rules/access.md). */
  trustedDocumentsOnly: boolean;
}

export function viewerOf(
  apiKeyId: number,
  role: { id: number; permissions: readonly Permission[] },
  trustedDocumentsOnly = false,
): Viewer {
  const permissions = new Set(role.permissions);
  return {
    apiKeyId,
    trustedDocumentsOnly,
    roleId: role.id,
    permissions: role.permissions,
    can: (permission) => permissions.has(Permission.ADMIN) || permissions.has(permission),
  };
}

/**
 * The roles every installation has, kept as written here: `ensureBuiltInRoles` brings their permissions up to
 * these at every start, and the API never changes or archives them. ADMIN can create more.
 */
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
    // The scanner apps: run the orders released to the floor, record waste and counts, receive and move stock.
    name: "shop-floor",
    permissions: [
      Permission.PRODUCTION_VIEW,
      Permission.PRODUCTION_EXECUTE,
      Permission.PRODUCTION_ADJUST,
      Permission.INVENTORY_ADJUST,
      Permission.INVENTORY_RECEIVE,
    ],
  },
  { name: "viewer", permissions: [Permission.PRODUCTION_VIEW] },
];

const KEY_PREFIX = "bgk_";

function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * Where an instance may keep the viewers of keys it has authenticated (src/live/key-cache.ts): `viewerOf` answers
 * with `read()`, or with what an earlier read answered while no change to keys and roles can have happened since.
 */
export interface ViewerCache {
  viewerOf(secretHash: string, read: () => Promise<Viewer | null>): Promise<Viewer | null>;
}

/**
 * Reads `Authorization: Bearer <key>`; a missing, unknown or revoked key gives null, and so does a key of an
 * archived role (none should exist: archiving refuses roles that keys use). Every request needs this, so it is
 * one SQL statement (Prisma would load the key and its role in two), or none when `cache` remembers the key; either
 * way it is the role as it is now: a change to a key or a role applies from the next request on.
 */
export async function authenticate(
  db: Database,
  authorization: string | null | undefined,
  cache?: ViewerCache,
): Promise<Viewer | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) return null;
  const secretHash = hashSecret(match[1]);
  const read = async () => {
    const key = await activeKey(db, Prisma.sql`k."secretHash" = ${secretHash}`);
    return key
      ? viewerOf(key.id, { id: key.roleId, permissions: key.permissions }, key.trustedDocumentsOnly)
      : null;
  };
  return cache ? cache.viewerOf(secretHash, read) : read();
}

/**
 * The role as the key's subscriptions see it now (src/live/feed.ts reads it once a subscription is registered):
 * null when the key no longer authenticates (revoked, or its role archived).
 */
export function currentRoleOfKey(db: Database, apiKeyId: number) {
  return activeKey(db, Prisma.sql`k.id = ${apiKeyId}`);
}

interface ActiveKey {
  id: number;
  trustedDocumentsOnly: boolean;
  roleId: number;
  permissions: Permission[];
}

/** The key `which` names with its role's id and permissions, if it authenticates (unrevoked, role active). */
async function activeKey(db: Database, which: Prisma.Sql): Promise<ActiveKey | null> {
  const [key] = await db.prisma.$queryRaw<ActiveKey[]>`
    SELECT k.id, k."trustedDocumentsOnly", r.id AS "roleId", r.permissions::text[] AS permissions
    FROM "ApiKey" k JOIN "Role" r ON r.id = k."roleId"
    WHERE ${which} AND k."revokedAt" IS NULL AND r."archivedAt" IS NULL`;
  return key ?? null;
}

/** Whether two permission lists grant the same (order aside). */
export function samePermissions(a: readonly Permission[], b: readonly Permission[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((permission) => set.has(permission));
}

export const apiKeyCreateInput = z.object({
  name: requiredText(100),
  role: requiredText(100),
  trustedDocumentsOnly: z.boolean().nullish(),
});

/**
 * Creates a key for an active role. The secret is returned once and only its hash is stored. The role's row is
 * locked, so a key cannot be created for a role while it is being archived.
 */
export async function createApiKey(tx: Tx, input: unknown, actor: Actor) {
  const { name, role: roleName, trustedDocumentsOnly } = parseInput(apiKeyCreateInput, input);
  const [role] = await tx.$queryRaw<Pick<Role, "id" | "archivedAt">[]>`
    SELECT id, "archivedAt" FROM "Role" WHERE name = ${roleName} FOR UPDATE`;
  if (!role) throw new DomainError(ErrorCode.NOT_FOUND, `No role named "${roleName}"`, ["input", "role"]);
  if (role.archivedAt) {
    throw new DomainError(ErrorCode.ARCHIVED, `The role "${roleName}" is archived`, ["input", "role"]);
  }
  const secret = `${KEY_PREFIX}${randomBytes(24).toString("base64url")}`;
  const apiKey = await tx.apiKey.create({
    data: {
      name,
      prefix: secret.slice(0, KEY_PREFIX.length + 6),
      secretHash: hashSecret(secret),
      roleId: role.id,
      trustedDocumentsOnly: trustedDocumentsOnly ?? false,
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

export async function revokeApiKey(tx: Tx, apiKeyId: number, actor: Actor) {
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

// ---------------------------------------------------------------- roles

/** The event of a change to a role; its payload is the role as it now is. */
function recordRoleEvent(
  tx: Tx,
  actor: Actor,
  type: typeof EventType.ROLE_CREATED | typeof EventType.ROLE_UPDATED | typeof EventType.ROLE_ARCHIVED,
  role: Role,
) {
  return recordEvent(tx, actor, {
    type,
    entityType: "Role",
    entityId: role.id,
    payload: { name: role.name, permissions: role.permissions },
  });
}

/**
 * Makes the built-in roles exist as BUILT_IN_ROLES writes them (runs at every start): missing ones are created,
 * and existing ones get the code's permissions back (an installation made before a permission existed gains it),
 * each change with its event, so the open subscriptions of their keys follow (src/live/feed.ts).
 */
export async function ensureBuiltInRoles(tx: Tx): Promise<void> {
  const stored = await tx.role.findMany({ where: { name: { in: BUILT_IN_ROLES.map((role) => role.name) } } });
  for (const role of BUILT_IN_ROLES) {
    const existing = stored.find((row) => row.name === role.name);
    if (!existing) {
      const created = await tx.role.create({ data: { ...role, builtIn: true } });
      await recordRoleEvent(tx, null, EventType.ROLE_CREATED, created);
    } else if (
      !existing.builtIn ||
      existing.archivedAt !== null ||
      !samePermissions(existing.permissions, role.permissions)
    ) {
      const updated = await tx.role.update({
        where: { id: existing.id },
        data: { permissions: role.permissions, builtIn: true, archivedAt: null },
      });
      await recordRoleEvent(tx, null, EventType.ROLE_UPDATED, updated);
    }
  }
}

/**
 * A role's permissions: at least one, each once. Unknown names never reach here: the API's Permission enum
 * refuses them, naming the field.
 */
const permissionList = z
  .array(z.enum(Permission))
  .min(1, "must name at least one permission")
  .superRefine((permissions, context) => {
    permissions.forEach((permission, index) => {
      if (permissions.indexOf(permission) !== index) {
        context.addIssue({ code: "custom", message: `names ${permission} twice`, path: [index] });
      }
    });
  });

export const roleCreateInput = z.object({ name: requiredText(100), permissions: permissionList });
export const roleUpdateInput = z.object({
  name: requiredText(100).nullish(),
  permissions: permissionList.nullish(),
});

/** Refuses a name another role has (archived ones included): compared exactly, as the unique index does. */
async function requireFreeName(tx: Tx, name: string, ownId: number | null) {
  const taken = await tx.role.findUnique({ where: { name }, select: { id: true, archivedAt: true } });
  if (taken && taken.id !== ownId) {
    const owner = taken.archivedAt ? "an archived role" : "another role";
    throw new DomainError(ErrorCode.ALREADY_EXISTS, `The name "${name}" is already used by ${owner}`, [
      "input",
      "name",
    ]);
  }
}

/**
 * Locks a role to change it (its keys' creation waits) and refuses what the API may not change: unknown and
 * built-in roles, and (`action` "updated") archived ones.
 */
async function lockChangeableRole(tx: Tx, id: number, action: "updated" | "archived"): Promise<Role> {
  const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Role" WHERE id = ${id} FOR UPDATE`;
  const role = locked ? await tx.role.findUnique({ where: { id } }) : null;
  if (!role) throw new DomainError(ErrorCode.NOT_FOUND, "No role with this id", ["id"]);
  if (role.builtIn) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      `"${role.name}" is a built-in role: it stays as the server defines it and cannot be ${action} (create a ` +
        "role of your own instead)",
      ["id"],
    );
  }
  if (role.archivedAt && action === "updated") {
    throw new DomainError(ErrorCode.ARCHIVED, `The role "${role.name}" is archived`, ["id"]);
  }
  return role;
}

/** A role of one's own: a name no other role has and a set of permissions. */
export async function createRole(tx: Tx, actor: Actor, input: unknown): Promise<Role> {
  const data = parseInput(roleCreateInput, input);
  await requireFreeName(tx, data.name, null);
  const role = await tx.role.create({ data: { name: data.name, permissions: data.permissions } });
  await recordRoleEvent(tx, actor, EventType.ROLE_CREATED, role);
  return role;
}

/**
 * Renames a role or replaces its permissions. Its keys have the new permissions from their next request on, and
 * their open subscriptions end so as to start again under them (src/live/feed.ts).
 */
export async function updateRole(tx: Tx, actor: Actor, id: number, input: unknown): Promise<Role> {
  const data = parseInput(roleUpdateInput, input);
  await lockChangeableRole(tx, id, "updated");
  if (data.name) await requireFreeName(tx, data.name, id);
  const role = await tx.role.update({
    where: { id },
    data: {
      ...(data.name ? { name: data.name } : {}),
      ...(data.permissions ? { permissions: data.permissions } : {}),
    },
  });
  await recordRoleEvent(tx, actor, EventType.ROLE_UPDATED, role);
  return role;
}

/**
 * Archives a role nobody uses: refused while unrevoked keys have it (revoke them first). An archived role stays
 * readable (`roles(includeArchived: true)`) and keeps its name; no key can be created for it. Archiving twice
 * changes nothing.
 */
export async function archiveRole(tx: Tx, actor: Actor, id: number): Promise<Role> {
  const role = await lockChangeableRole(tx, id, "archived");
  if (role.archivedAt) return role;
  const keys = await tx.apiKey.count({ where: { roleId: id, revokedAt: null } });
  if (keys > 0) {
    throw new DomainError(
      ErrorCode.IN_USE,
      `${keys} unrevoked API ${keys === 1 ? "key uses" : "keys use"} the role "${role.name}": revoke ` +
        `${keys === 1 ? "it" : "them"} first`,
      ["id"],
    );
  }
  const archived = await tx.role.update({ where: { id }, data: { archivedAt: new Date() } });
  await recordRoleEvent(tx, actor, EventType.ROLE_ARCHIVED, archived);
  return archived;
}
