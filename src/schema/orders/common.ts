import type { ObjectRef } from "@pothos/core";
import type { Tx } from "../../db/database.ts";
import type { Actor } from "../../domain/events.ts";
import { MAX_ORDER_LINES } from "../../domain/orders/common.ts";
import { idsNumberedFrom, ORDER_PREFIX, type OrderKind, orderIdOf } from "../../domain/orders/numbers.ts";
import type { Permission } from "../../generated/prisma/enums.ts";
import { builder, type Types } from "../builder.ts";
import { ProductRef } from "../catalog/products.ts";
import { type Payload, rowArgsAction } from "../payload.ts";

/** What the sales, purchase and transfer order APIs share: status-change mutations and list filters. */

const EXPECTED_VERSION =
  "The version you last read: a different current version refuses the change with VERSION_CONFLICT.";

/**
 * One mutation per status change, each `(id, expectedVersion)` -> the order's payload, running its domain action
 * in one transaction. A change that more keys may make names its own permissions (any one of them is enough).
 */
export function orderMutations<Row>(spec: {
  ref: ObjectRef<Types, Row>;
  payload: ObjectRef<Types, Payload<Row>>;
  permission: Permission;
  changes: Record<
    string,
    {
      description: string;
      permission?: readonly Permission[];
      run(tx: Tx, actor: Actor, id: number, input: unknown): Promise<Row>;
    }
  >;
}) {
  builder.mutationFields((t) =>
    Object.fromEntries(
      Object.entries(spec.changes).map(([name, change]) => [
        name,
        rowArgsAction(t, {
          payload: spec.payload,
          ref: spec.ref,
          ...change,
          permission: change.permission ?? spec.permission,
          args: { expectedVersion: t.arg.int(expectedVersionArg) },
        }),
      ]),
    ),
  );
}

/** The `expectedVersion` argument of every change of a sales, purchase or transfer order. */
export const expectedVersionArg = { required: false, description: EXPECTED_VERSION } as const;

/** The description of an order's `lines`, from the domain's limit. */
export const ORDER_LINES_RULE = `1 to ${MAX_ORDER_LINES} lines.`;

/** A line of a sales or transfer order (purchase lines add a unit cost). */
export const OrderLineInput = builder.inputType("OrderLineInput", {
  fields: (t) => ({
    productId: t.rowID({ for: ProductRef }),
    quantity: t.field({ type: "Decimal", description: "Greater than zero." }),
  }),
});

/** The date filters every order list takes. */
export const orderDateArgs = builder.args((t) => ({
  createdAfter: t.field({
    type: "DateTime",
    required: false,
    description: "Created at or after this instant.",
  }),
  createdBefore: t.field({ type: "DateTime", required: false, description: "Created before this instant." }),
}));

/** The status and date filters of a list, and the kind's own column filters, as a Prisma where. */
export function orderListWhere<Status extends string, Where extends object>(
  args: { status?: Status[] | null; createdAfter?: Date | null; createdBefore?: Date | null },
  where: Where,
) {
  return {
    // undefined: no filter.
    status: args.status?.length ? { in: args.status } : undefined,
    createdAt: { gte: args.createdAfter ?? undefined, lt: args.createdBefore ?? undefined },
    ...where,
  };
}

/** An optional id argument as a column filter: an absent or null argument is no filter, not `IS NULL`. */
export const idFilter = (id: number | null | undefined) => id ?? undefined;

/**
 * A list's `findMany` arguments, newest first: Pothos' selection and paging (`query`), the status and date
 * filters, and the kind's own column filters.
 */
export function orderListQuery<Query extends object, Status extends string, Where extends object>(
  query: Query,
  args: Parameters<typeof orderListWhere<Status, Where>>[0],
  where: Where,
) {
  return { ...query, where: orderListWhere(args, where), orderBy: { id: "desc" as const } };
}

/** `number` and `search`: every order list finds orders by what is printed on their paper. */
export function orderLookupArgs(kind: OrderKind) {
  const example = `${ORDER_PREFIX[kind]}-00004`;
  return builder.args((t) => ({
    number: t.string({
      required: false,
      description:
        `Only the order with this printed number: "${example}" in any case, with or without the dash and the ` +
        "leading zeros, or its digits alone. One index lookup; a number of no order of this kind lists nothing.",
    }),
    search: t.string({
      required: false,
      description:
        "Orders whose printed number starts with this (any case, the dash and the prefix optional: " +
        `"${ORDER_PREFIX[kind]}-001" and "001" find ${ORDER_PREFIX[kind]}-00100 to ${ORDER_PREFIX[kind]}-00199) or ` +
        "is this number, or whose note contains it (ignoring case).",
    }),
  }));
}

/** Conditions every order model takes alike: on its id (the printed number) and its note. */
type IdCondition = { id: number | { in: number[] } | { gte: number; lte: number } };
type LookupCondition =
  | IdCondition
  | { OR: (IdCondition | { note: { contains: string; mode: "insensitive" } })[] };

/** The id conditions of `search` on the printed number (none: it cannot begin a number of this kind). */
function numberedLike(kind: OrderKind, term: string): IdCondition[] | "every" {
  const ranges = idsNumberedFrom(kind, term);
  if (ranges === "every") return "every";
  const exact = orderIdOf(kind, term);
  return [
    ...(exact === null ? [] : [{ id: exact }]),
    ...(ranges ?? []).map((range) => ({ id: { gte: range.from, lte: range.to } })),
  ];
}

/**
 * `number` and `search` (orderLookupArgs) as a where of any order model: `number` is one primary-key lookup;
 * `search`'s number part is id ranges (primary key), its note part a case-insensitive substring.
 */
export function orderLookupWhere(
  kind: OrderKind,
  args: { number?: string | null; search?: string | null },
): { AND?: LookupCondition[] } {
  const filters: LookupCondition[] = [];
  if (typeof args.number === "string") filters.push({ id: orderIdOf(kind, args.number) ?? { in: [] } });
  const term = args.search?.trim();
  if (term) {
    const numbered = numberedLike(kind, term);
    if (numbered !== "every") {
      filters.push({ OR: [{ note: { contains: term, mode: "insensitive" as const } }, ...numbered] });
    }
  }
  return filters.length > 0 ? { AND: filters } : {};
}
