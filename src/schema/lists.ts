import type { ArgBuilder, InputObjectRef } from "@pothos/core";
import { builder, type Types } from "./builder.ts";

/**
 * How lists are sorted: each list that a UI sorts takes `orderBy: { field, direction }`, one input type per list
 * naming what it may be sorted by. Ties are broken by id in the same direction, so every order is total and a
 * page's cursor (the row's id) stays where it was under the order it was read with (ADR 0027).
 */

export const SortDirectionEnum = builder.enumType("SortDirection", {
  values: ["ASC", "DESC"] as const,
  description: "ASC: smallest first (A to Z, oldest first, lifecycle order for statuses); DESC: the reverse.",
});
type SortDirection = "ASC" | "DESC";
type Sort<Field> = { field: Field; direction: SortDirection };

/** What a list can be sorted by: the Prisma order of one direction, its id added after it. */
interface SortField<OrderBy> {
  description: string;
  by(direction: "asc" | "desc"): OrderBy;
  /**
   * The column is unique, so it orders totally by itself: no id after it. With the id after it, Prisma's cursor
   * becomes `sku > x OR (sku = x AND id >= y)`, which PostgreSQL cannot bound by the index: a page deep in the
   * list walked every row before it (test/cost/query-plans.test.ts).
   */
  unique?: true;
}

/**
 * A list's `orderBy`: its input type `name` ({ field: `fieldName`!, direction: SortDirection! = ASC }) and the
 * argument, defaulting to `fallback`; `orderBy(sort)` is the Prisma order, the id breaking ties.
 */
export function listSort<Field extends string, OrderBy>(
  names: { input: string; field: string },
  fields: Record<Field, SortField<OrderBy>>,
  fallback: { field: NoInfer<Field>; direction: SortDirection },
) {
  const fieldEnum = builder.enumType(names.field, {
    values: Object.fromEntries(
      Object.entries<SortField<OrderBy>>(fields).map(([name, field]) => [
        name,
        { description: field.description },
      ]),
    ),
  });
  // Pothos infers an input's shape from literal field maps only: this one is built from `fields`, so it is named.
  const input = builder.inputType(names.input, {
    fields: (t) => ({
      field: t.field({ type: fieldEnum }),
      direction: t.field({ type: SortDirectionEnum, defaultValue: "ASC" }),
    }),
  }) as unknown as InputObjectRef<Types, Sort<Field>>;
  return {
    arg: (t: ArgBuilder<Types>) =>
      t({
        type: input,
        required: false,
        defaultValue: fallback as never,
        description: `Default: ${fallback.field} ${fallback.direction}. Ties are broken by id, in the same direction.`,
      }),
    /** The Prisma `orderBy` of `sort` (null or absent: the default), the id last. */
    orderBy(
      sort: { field: Field; direction: SortDirection } | null | undefined,
    ): (OrderBy | { id: "asc" | "desc" })[] {
      const { field, direction } = sort ?? fallback;
      const prisma = direction === "ASC" ? "asc" : "desc";
      const sortField = fields[field];
      return sortField.unique ? [sortField.by(prisma)] : [sortField.by(prisma), { id: prisma }];
    },
  };
}
