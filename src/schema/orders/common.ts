import type { ObjectRef } from "@pothos/core";
import type { Tx } from "../../db/database.ts";
import type { Actor } from "../../domain/events.ts";
import { MAX_ORDER_LINES } from "../../domain/orders/common.ts";
import {
  idsNumberedFrom,
  ORDER_PREFIX,
  type OrderKind,
  orderIdOf,
  orderNumber,
} from "../../domain/orders/numbers.ts";
import { likeLiteral } from "../../domain/search.ts";
import {
  type Permission,
  ProductionOrderStatus,
  PurchaseOrderStatus,
  SalesOrderStatus,
  TransferOrderStatus,
} from "../../generated/prisma/enums.ts";
import { builder, type Types } from "../builder.ts";
import { ProductRef } from "../catalog/products.ts";
import { type Payload, rowArgsAction } from "../payload.ts";

/**
 * What every kind of order shares (the Order interface), and what the sales, purchase and transfer order APIs
 * share: status-change mutations and list filters.
 */

/** Every status of every kind of order, in lifecycle order, each once. */
const ORDER_STATUSES = [
  ...new Set([
    ...Object.values(ProductionOrderStatus),
    ...Object.values(SalesOrderStatus),
    ...Object.values(PurchaseOrderStatus),
    ...Object.values(TransferOrderStatus),
  ]),
];
type OrderStatus = (typeof ORDER_STATUSES)[number];

export const OrderStatusEnum = builder.enumType("OrderStatus", {
  values: ORDER_STATUSES,
  description:
    "The statuses of every kind of order, for `Order.orderStatus`; a kind's own `status` (ProductionOrderStatus, " +
    "SalesOrderStatus, PurchaseOrderStatus, TransferOrderStatus) says which it can have.",
});

/** The columns every order table has alike. */
interface OrderRow {
  id: number;
  status: OrderStatus;
  version: number;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The Order interface of the four kinds: what a client reads of any order (a related order, a search hit) without
 * knowing its kind. Its status is `orderStatus`, one enum for all kinds: GraphQL refuses two fields of one name
 * with different types side by side (`... on SalesOrder { status } ... on PurchaseOrder { status }`), so each kind
 * keeps its own `status` enum and the interface names the common one differently (ADR 0027).
 */
export const OrderRef = builder.interfaceRef<OrderRow>("Order").implement({
  interfaces: [builder.nodeInterfaceRef()],
  description: "A production, sales, purchase or transfer order.",
  fields: (t) => ({
    number: t.string({
      description:
        'The printed number: "MO-", "SO-", "PO-" or "TO-" (the kind) and the id, zero-padded to 5 digits.',
      // The type the order is read as (the interface's field runs on each kind) names its prefix.
      resolve: (order, _args, _context, info) =>
        orderNumber(ORDER_PREFIX[info.parentType.name as OrderKind], order.id),
    }),
    orderStatus: t.field({
      type: OrderStatusEnum,
      description: "Its status, whatever its kind: the same value as its own `status`.",
      resolve: (order) => order.status,
    }),
    version: t.exposeInt("version", {
      description:
        "Goes up with every change; pass it as `expectedVersion` to refuse acting on a stale view (VERSION_CONFLICT).",
    }),
    note: t.exposeString("note", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

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
 * A list's `findMany` arguments: Pothos' selection and paging (`query`), the status and date filters, the kind's
 * own column filters, and its order.
 */
export function orderListQuery<Query extends object, Status extends string, Where extends object, OrderBy>(
  query: Query,
  args: Parameters<typeof orderListWhere<Status, Where>>[0],
  where: Where,
  orderBy: OrderBy,
) {
  return { ...query, where: orderListWhere(args, where), orderBy };
}

/** What every order list sorts by: its number (the default, newest first) and its status. */
export const ORDER_SORT_FIELDS = {
  NUMBER: {
    description: "By number: the order they were created in.",
    by: (direction: "asc" | "desc") => ({ id: direction }),
  },
  STATUS: {
    description: "By status, in lifecycle order (DRAFT first), the numbers in the same direction.",
    by: (direction: "asc" | "desc") => ({ status: direction }),
  },
};

/** Where rows without a date go: last, and first when the order is reversed (PostgreSQL's own default). */
export const nullsAt = (direction: "asc" | "desc") => (direction === "asc" ? "last" : "first");

/** The default order of every order list: newest first. */
export const NEWEST_FIRST = { field: "NUMBER", direction: "DESC" } as const;

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
      filters.push({
        OR: [{ note: { contains: likeLiteral(term), mode: "insensitive" as const } }, ...numbered],
      });
    }
  }
  return filters.length > 0 ? { AND: filters } : {};
}
