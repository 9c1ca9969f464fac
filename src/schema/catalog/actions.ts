import type { InputObjectRef, ObjectRef } from "@pothos/core";
import type { Tx } from "../../db/database.ts";
import type { Actor } from "../../domain/events.ts";
import type { Permission } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { payloadType, runAction } from "../payload.ts";

/** What every catalog type (suppliers, customers, employees, locations, resources) shares: lists and mutations. */

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The filters every catalog list takes. */
export const catalogListArgs = builder.args((t) => ({
  search: t.string({
    required: false,
    description: "Only records whose name contains this (case-insensitive).",
  }),
  includeArchived: t.boolean({
    required: false,
    defaultValue: false,
    description: "Also list archived ones.",
  }),
}));

/** Catalog lists read alphabetically; the id keeps records of the same name in a stable order. */
export const catalogOrder = [{ name: "asc" as const }, { id: "asc" as const }];

/** What every catalog list's `t.prismaConnection` shares: any key may read it, paged by id, with the filters. */
export const catalogConnection = {
  cursor: "id",
  authScopes: { authenticated: true },
  args: catalogListArgs,
} as const;

/** A catalog list's `findMany` arguments: Pothos' selection and paging (`query`), the filters and the order. */
export function catalogQuery<Query extends object, Where extends object = Record<never, never>>(
  query: Query,
  args: { search?: string | null; includeArchived?: boolean | null },
  where?: Where,
) {
  return {
    ...query,
    where: {
      ...(args.includeArchived ? {} : { archivedAt: null }),
      ...(args.search ? { name: { contains: args.search, mode: "insensitive" as const } } : {}),
      ...where,
    },
    orderBy: catalogOrder,
  };
}

/**
 * `<name>Create(input)`, `<name>Update(id, input)` and `<name>Archive(id)`, each returning `<Type>Payload`, for a
 * catalog type whose domain actions come from `catalogActions`.
 */
export function catalogMutations<Row>(spec: {
  ref: ObjectRef<Types, Row>;
  permission: Permission;
  createInput: InputObjectRef<Types, unknown>;
  updateInput: InputObjectRef<Types, unknown>;
  actions: {
    create(tx: Tx, actor: Actor, input: unknown): Promise<Row>;
    update(tx: Tx, actor: Actor, id: number, input: unknown): Promise<Row>;
    archive(tx: Tx, actor: Actor, id: number): Promise<Row>;
  };
}) {
  const typeName = spec.ref.name;
  const field = typeName.charAt(0).toLowerCase() + typeName.slice(1);
  const Payload = payloadType(`${typeName}Payload`, field, spec.ref);
  const authScopes = { permission: spec.permission };
  builder.mutationFields((t) => ({
    [`${field}Create`]: t.field({
      type: Payload,
      authScopes,
      args: { input: t.arg({ type: spec.createInput }) },
      resolve: (_root, { input }, context) =>
        runAction(context, (tx) => spec.actions.create(tx, context.viewer, input)),
    }),
    [`${field}Update`]: t.field({
      type: Payload,
      authScopes,
      args: { id: t.arg.globalID({ for: spec.ref }), input: t.arg({ type: spec.updateInput }) },
      resolve: (_root, { id, input }, context) =>
        runAction(context, (tx) => spec.actions.update(tx, context.viewer, Number(id.id), input)),
    }),
    [`${field}Archive`]: t.field({
      type: Payload,
      authScopes,
      description:
        "Archived records stay readable but nothing new may use them; archiving twice is harmless.",
      args: { id: t.arg.globalID({ for: spec.ref }) },
      resolve: (_root, { id }, context) =>
        runAction(context, (tx) => spec.actions.archive(tx, context.viewer, Number(id.id))),
    }),
  }));
}
