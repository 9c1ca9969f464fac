import type { InputObjectRef, ObjectRef } from "@pothos/core";
import type { Tx } from "../../db/database.ts";
import type { Actor } from "../../domain/events.ts";
import { likeLiteral } from "../../domain/search.ts";
import type { Permission } from "../../generated/prisma/enums.ts";
import { builder, type Types } from "../builder.ts";
import { inputAction, type Payload, rowAction } from "../payload.ts";

/** What every catalog type (suppliers, customers, employees, locations, resources) shares: lists and mutations. */

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

/** A catalog list's filters (and the type's own, `where`) as a Prisma where: its page and its count read it. */
export function catalogWhere<Where extends object = Record<never, never>>(
  args: { search?: string | null; includeArchived?: boolean | null },
  where?: Where,
) {
  return {
    ...(args.includeArchived ? {} : { archivedAt: null }),
    ...(args.search ? { name: { contains: likeLiteral(args.search), mode: "insensitive" as const } } : {}),
    ...where,
  };
}

/** A catalog list's `findMany` arguments: Pothos' selection and paging (`query`), the filters and the order. */
export function catalogQuery<Query extends object, Where extends object = Record<never, never>>(
  query: Query,
  args: { search?: string | null; includeArchived?: boolean | null },
  where?: Where,
) {
  return { ...query, where: catalogWhere(args, where), orderBy: catalogOrder };
}

/**
 * A catalog type's three mutations, `create(input)`, `update(id, input)` and `archive(id)`, each returning the
 * type's payload and running its domain action in one transaction. Every name is given literally.
 */
export function catalogMutations<Row>(spec: {
  ref: ObjectRef<Types, Row>;
  payload: ObjectRef<Types, Payload<Row>>;
  permission: Permission;
  create: {
    name: string;
    input: InputObjectRef<Types, unknown>;
    run(tx: Tx, actor: Actor, input: unknown): Promise<Row>;
  };
  update: {
    name: string;
    input: InputObjectRef<Types, unknown>;
    run(tx: Tx, actor: Actor, id: number, input: unknown): Promise<Row>;
  };
  archive: { name: string; run(tx: Tx, actor: Actor, id: number): Promise<Row> };
}) {
  const { ref, payload, permission, create, update, archive } = spec;
  builder.mutationFields((t) => ({
    [create.name]: inputAction(t, { payload, permission, input: create.input, run: create.run }),
    [update.name]: rowAction(t, { payload, permission, ref, input: update.input, run: update.run }),
    [archive.name]: rowAction(t, {
      payload,
      permission,
      description:
        "Archived records stay readable but nothing new may use them; archiving twice is harmless.",
      ref,
      run: archive.run,
    }),
  }));
}
