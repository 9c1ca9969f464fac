import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BUILT_IN_ROLES } from "../../src/domain/access.ts";
import { Permission } from "../../src/generated/prisma/enums.ts";
import { bootstrap } from "../../src/setup/bootstrap.ts";
import { succeeded, type TestKit, useTestKit } from "../kit/app.ts";
import { written } from "../kit/checks.ts";
import { decodeId, globalId } from "../kit/ids.ts";
import {
  apiKeyCreate,
  apiKeyRevoke,
  me,
  roleArchive,
  roleCreate,
  roles,
  roleUpdate,
} from "../operations/access.ts";

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

type Role = { id: string; name: string; permissions: string[]; builtIn: boolean; archivedAt: string | null };

let names = 0;
const newName = () => `role ${++names}`;

async function createRole(permissions: string[], name = newName()): Promise<Role> {
  // biome-ignore lint/suspicious/noExplicitAny: the enum's values are typed; the tests pass them as strings
  const result = await kit.execute(roleCreate, { input: { name, permissions: permissions as any } });
  return succeeded<{ role: Role }>(result, "roleCreate").role;
}

async function keyOf(role: string): Promise<{ id: string; secret: string }> {
  const created = succeeded<{ apiKey: { id: string }; secret: string }>(
    await kit.execute(apiKeyCreate, { input: { name: `key of ${role}`, role } }),
    "apiKeyCreate",
  );
  return { id: created.apiKey.id, secret: created.secret };
}

async function roleEvents(id: string) {
  return kit.db.prisma.event.findMany({
    where: { entityType: "Role", entityId: String(decodeId(id)) },
    orderBy: { id: "asc" },
    select: { type: true, payload: true },
  });
}

/** The role's id, by name. */
async function builtIn(name: string): Promise<string> {
  const role = await kit.db.prisma.role.findUniqueOrThrow({ where: { name } });
  return globalId("Role", role.id);
}

describe("roles", () => {
  it("an admin creates a role, keys of it can do what it names at once, and `me` says what that is", async () => {
    const role = await createRole(["PRODUCTION_VIEW", "INVENTORY_RECEIVE"], "goods in");
    expect(role).toMatchObject({
      name: "goods in",
      permissions: ["PRODUCTION_VIEW", "INVENTORY_RECEIVE"],
      builtIn: false,
      archivedAt: null,
    });
    expect(await roleEvents(role.id)).toEqual([
      {
        type: "ROLE_CREATED",
        payload: { name: "goods in", permissions: ["PRODUCTION_VIEW", "INVENTORY_RECEIVE"] },
      },
    ]);
    const key = await keyOf("goods in");
    expect((await kit.execute(me, {}, { key: key.secret })).data?.me).toEqual({
      apiKey: {
        name: "key of goods in",
        role: { name: "goods in", permissions: ["PRODUCTION_VIEW", "INVENTORY_RECEIVE"] },
      },
      permissions: ["PRODUCTION_VIEW", "INVENTORY_RECEIVE"],
    });
  });

  it("`me` answers each key with its own role, ADMIN with every permission", async () => {
    const admin = (await kit.execute(me, {})).data?.me;
    expect(admin?.apiKey.role).toEqual({ name: "admin", permissions: ["ADMIN"] });
    expect(admin?.permissions).toEqual(Object.values(Permission));
    for (const name of ["planner", "viewer"]) {
      const key = await keyOf(name);
      const answer = (await kit.execute(me, {}, { key: key.secret })).data?.me;
      const permissions = BUILT_IN_ROLES.find((role) => role.name === name)?.permissions ?? [];
      expect(answer?.apiKey.role).toEqual({ name, permissions });
      expect([...(answer?.permissions ?? [])].sort()).toEqual([...permissions].sort());
    }
  });

  it("an update takes effect at the key's next request; a rename keeps the keys", async () => {
    const role = await createRole(["PRODUCTION_VIEW"]);
    const key = await keyOf(role.name);
    const before = await kit.execute(
      roleCreate,
      { input: { name: newName(), permissions: ["ADMIN"] } },
      {
        key: key.secret,
      },
    );
    expect(before.errors?.[0]?.message).toBe(
      "Not allowed to use Mutation.roleCreate: needs the permission ADMIN",
    );

    const updated = await kit.execute(roleUpdate, {
      id: role.id,
      input: { name: "renamed", permissions: ["PRODUCTION_VIEW", "SALES"] },
    });
    expect(succeeded<{ role: Role }>(updated, "roleUpdate").role).toMatchObject({
      name: "renamed",
      permissions: ["PRODUCTION_VIEW", "SALES"],
    });
    expect((await kit.execute(me, {}, { key: key.secret })).data?.me.apiKey.role).toEqual({
      name: "renamed",
      permissions: ["PRODUCTION_VIEW", "SALES"],
    });
    // Only the permissions: the name stays.
    const narrowed = await kit.execute(roleUpdate, { id: role.id, input: { permissions: ["SALES"] } });
    expect(succeeded<{ role: Role }>(narrowed, "roleUpdate").role.name).toBe("renamed");
    expect((await kit.execute(me, {}, { key: key.secret })).data?.me.permissions).toEqual(["SALES"]);
    expect((await roleEvents(role.id)).map((event) => event.type)).toEqual([
      "ROLE_CREATED",
      "ROLE_UPDATED",
      "ROLE_UPDATED",
    ]);
  });

  it("refuses a key of a created role what it lacks, naming the permission", async () => {
    const role = await createRole(["INVENTORY_ADJUST"]);
    const key = await keyOf(role.name);
    const listed = await kit.execute(roles, {}, { key: key.secret });
    expect(listed.errors?.[0]).toMatchObject({
      message: "Not allowed to use Query.roles: needs the permission ADMIN",
      extensions: { code: "FORBIDDEN", permission: "ADMIN" },
    });
  });

  it("archives a role nobody uses; it leaves the list, stays readable and takes no new keys", async () => {
    const role = await createRole(["SALES"]);
    const key = await keyOf(role.name);
    const before = await written(kit);
    const inUse = await kit.execute(roleArchive, { id: role.id });
    expect(inUse.data?.roleArchive.userErrors).toEqual([
      {
        code: "IN_USE",
        message: `1 unrevoked API key uses the role "${role.name}": revoke it first`,
        field: ["id"],
      },
    ]);
    expect(await written(kit)).toEqual(before);

    succeeded(await kit.execute(apiKeyRevoke, { id: key.id }), "apiKeyRevoke");
    const archived = succeeded<{ role: Role }>(
      await kit.execute(roleArchive, { id: role.id }),
      "roleArchive",
    );
    expect(archived.role.archivedAt).not.toBeNull();
    const twice = succeeded<{ role: Role }>(await kit.execute(roleArchive, { id: role.id }), "roleArchive");
    expect(twice.role.archivedAt).toBe(archived.role.archivedAt);
    expect((await roleEvents(role.id)).map((event) => event.type)).toEqual(["ROLE_CREATED", "ROLE_ARCHIVED"]);

    const active = (await kit.execute(roles, {})).data?.roles.map((row) => row.name) ?? [];
    expect(active).not.toContain(role.name);
    expect(active).toEqual(expect.arrayContaining(["admin", "planner", "shop-floor", "viewer"]));
    const all = (await kit.execute(roles, { includeArchived: true })).data?.roles ?? [];
    expect(all.find((row) => row.name === role.name)).toMatchObject({ archivedAt: archived.role.archivedAt });

    const beforeRefusals = await written(kit);
    const newKey = await kit.execute(apiKeyCreate, { input: { name: "late", role: role.name } });
    expect(newKey.data?.apiKeyCreate.userErrors).toEqual([
      { code: "ARCHIVED", message: `The role "${role.name}" is archived`, field: ["input", "role"] },
    ]);
    const update = await kit.execute(roleUpdate, { id: role.id, input: { permissions: ["ADMIN"] } });
    expect(update.data?.roleUpdate.userErrors).toEqual([
      { code: "ARCHIVED", message: `The role "${role.name}" is archived`, field: ["id"] },
    ]);
    // Its name stays taken.
    const again = await kit.execute(roleCreate, { input: { name: role.name, permissions: ["SALES"] } });
    expect(again.data?.roleCreate.userErrors).toEqual([
      {
        code: "ALREADY_EXISTS",
        message: `The name "${role.name}" is already used by an archived role`,
        field: ["input", "name"],
      },
    ]);
    expect(await written(kit)).toEqual(beforeRefusals);
  });

  it("keeps the built-in roles as the server defines them", async () => {
    const before = await written(kit);
    for (const name of ["admin", "shop-floor"]) {
      const id = await builtIn(name);
      const update = await kit.execute(roleUpdate, { id, input: { permissions: ["SALES"] } });
      expect(update.data?.roleUpdate.userErrors).toEqual([
        {
          code: "INVALID_INPUT",
          message: `"${name}" is a built-in role: it stays as the server defines it and cannot be updated (create a role of your own instead)`,
          field: ["id"],
        },
      ]);
      const archive = await kit.execute(roleArchive, { id });
      expect(archive.data?.roleArchive.userErrors[0]).toMatchObject({ code: "INVALID_INPUT", field: ["id"] });
    }
    expect(await written(kit)).toEqual(before);
    const listed = (await kit.execute(roles, {})).data?.roles ?? [];
    expect(listed.filter((role) => role.builtIn).map((role) => role.name)).toEqual([
      "admin",
      "planner",
      "shop-floor",
      "viewer",
    ]);
  });

  it("brings the built-in roles back to the code's permissions at start, with their events", async () => {
    // An installation from before INVENTORY_RECEIVE and PRODUCTION_EXECUTE existed, or edited by hand.
    await kit.db.prisma.role.update({
      where: { name: "shop-floor" },
      data: { permissions: ["PRODUCTION_VIEW", "PRODUCTION_ADJUST", "INVENTORY_ADJUST"] },
    });
    const newest = await kit.db.prisma.event.findFirst({ orderBy: { id: "desc" } });
    expect((await bootstrap(kit.db)).firstAdminKey).toBeNull();
    const shopFloor = await kit.db.prisma.role.findUniqueOrThrow({ where: { name: "shop-floor" } });
    expect(shopFloor.permissions).toEqual(
      BUILT_IN_ROLES.find((role) => role.name === "shop-floor")?.permissions,
    );
    expect(shopFloor.builtIn).toBe(true);
    const events = await kit.db.prisma.event.findMany({
      where: { id: { gt: newest?.id ?? 0n }, entityType: "Role" },
      select: { type: true, entityId: true },
    });
    expect(events).toContainEqual({ type: "ROLE_UPDATED", entityId: String(shopFloor.id) });
    // A second start finds nothing to change.
    const last = await kit.db.prisma.event.findFirst({ orderBy: { id: "desc" } });
    await bootstrap(kit.db);
    expect(await kit.db.prisma.event.count({ where: { id: { gt: last?.id ?? 0n } } })).toBe(0);
  });

  it("refuses bad input, writing nothing", async () => {
    const taken = await createRole(["SALES"]);
    const other = await createRole(["SALES"]);
    const notAdmin = await kit.keyWith("PRODUCTION_VIEW", "PURCHASING");
    const before = await written(kit);
    const create = async (input: { name: string; permissions: unknown[] }) =>
      // biome-ignore lint/suspicious/noExplicitAny: bad input on purpose
      (await kit.execute(roleCreate, { input: input as any })).data?.roleCreate.userErrors;

    expect(await create({ name: newName(), permissions: [] })).toEqual([
      {
        code: "INVALID_INPUT",
        message: "must name at least one permission",
        field: ["input", "permissions"],
      },
    ]);
    expect(await create({ name: newName(), permissions: ["SALES", "PURCHASING", "SALES"] })).toEqual([
      { code: "INVALID_INPUT", message: "names SALES twice", field: ["input", "permissions", "2"] },
    ]);
    expect(await create({ name: "  ", permissions: ["SALES"] })).toEqual([
      { code: "INVALID_INPUT", message: "must not be empty", field: ["input", "name"] },
    ]);
    expect(await create({ name: taken.name, permissions: ["SALES"] })).toEqual([
      {
        code: "ALREADY_EXISTS",
        message: `The name "${taken.name}" is already used by another role`,
        field: ["input", "name"],
      },
    ]);
    const unknown = await kit.execute(roleCreate, {
      // biome-ignore lint/suspicious/noExplicitAny: an unknown permission on purpose
      input: { name: newName(), permissions: ["SALES", "WIZARD" as any] },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Value "WIZARD" does not exist in "Permission" enum'),
      extensions: { code: "BAD_USER_INPUT", field: ["input", "permissions", "1"] },
    });
    const update = async (id: string, input: Record<string, unknown>) =>
      (await kit.execute(roleUpdate, { id, input })).data?.roleUpdate.userErrors;
    expect(await update(other.id, { name: taken.name })).toEqual([
      {
        code: "ALREADY_EXISTS",
        message: `The name "${taken.name}" is already used by another role`,
        field: ["input", "name"],
      },
    ]);
    expect(await update(other.id, { permissions: [] })).toEqual([
      {
        code: "INVALID_INPUT",
        message: "must name at least one permission",
        field: ["input", "permissions"],
      },
    ]);
    expect(await update(globalId("Role", 2_000_000_000), { name: newName() })).toEqual([
      { code: "NOT_FOUND", message: "No role with this id", field: ["id"] },
    ]);
    const forbidden = await kit.execute(
      roleUpdate,
      { id: other.id, input: { name: newName() } },
      { key: notAdmin },
    );
    expect(forbidden.errors?.[0]?.message).toBe(
      "Not allowed to use Mutation.roleUpdate: needs the permission ADMIN",
    );
    expect(await written(kit)).toEqual(before);

    // Names compare as the unique index does: exactly, so another case is another name.
    expect(await create({ name: taken.name.toUpperCase(), permissions: ["SALES"] })).toEqual([]);
  });

  it("a retried roleCreate answers its first result and creates one role", async () => {
    const idempotencyKey = randomUUID();
    const name = newName();
    const send = () =>
      kit.execute(roleCreate, { input: { name, permissions: ["SALES"] } }, { idempotencyKey });
    const first = await send();
    const second = await send();
    expect(second.data).toEqual(first.data);
    expect(succeeded<{ role: Role }>(second, "roleCreate").role.name).toBe(name);
    expect(await kit.db.prisma.role.count({ where: { name } })).toBe(1);
    expect(await roleEvents(succeeded<{ role: Role }>(first, "roleCreate").role.id)).toHaveLength(1);
  });
});
