import { productionOrderNumber } from "../../../domain/orders/production/order.ts";
import { subtreeInOrder, type Timeline, treeTimeline } from "../../../domain/orders/production/tree/index.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import { ProductionOrderKind, ProductionOrderStatus } from "../../../generated/prisma/enums.ts";
import { builder, type Context } from "../../builder.ts";
import { loaderAt, requestLoader, rowsInOrderOf } from "../../loaders.ts";
import { taggedUnion } from "../../tagged-union.ts";
import { PurchaseOrderRef } from "../purchasing.ts";
import { SalesOrderRef } from "../sales.ts";
import { TransferOrderRef } from "../transfers.ts";
import { ProductionOrderRef } from "./order.ts";

/**
 * Reading an order tree in one request: the links between nested orders, the tree as a flat list, the orders
 * linked to each one, and the tree's timeline. Every field either folds into the query that loaded its order
 * (select / relation) or batches the orders of a request into one statement (a DataLoader per request).
 */

export const ProductionOrderKindEnum = builder.enumType(ProductionOrderKind, {
  name: "ProductionOrderKind",
  description:
    "PRODUCTION: made from a production BOM. ASSEMBLY: made from a (non-phantom) assembly BOM, created when a " +
    "parent order needing it is authorized.",
});

const { union: RelatedOrderUnion, tag: tagged } = taggedUnion("RelatedOrder", {
  description:
    "An order linked to a production order: a nested production or assembly order, a purchase or transfer " +
    "order covering its shortages, or the sales order it is made for. Every member is an Order: `... on Order " +
    "{ number orderStatus }` reads any of them.",
  types: [ProductionOrderRef, PurchaseOrderRef, TransferOrderRef, SalesOrderRef],
});

const OrderTimelineRef = builder.objectRef<Timeline>("OrderTimeline").implement({
  description: "When an order's tree runs: from its earliest start to its latest expected completion.",
  fields: (t) => ({
    start: t.expose("start", {
      type: "DateTime",
      nullable: true,
      description: "The earliest start date in the subtree; null when none has one.",
    }),
    end: t.expose("end", {
      type: "DateTime",
      nullable: true,
      description: "The latest expected (completion) date in the subtree; null when none has one.",
    }),
  }),
});

/** The query Pothos planned, with the columns the tree order needs even when the plan selects columns. */
function withTreeColumns<Query extends { select?: Prisma.ProductionOrderSelect | null }>(
  query: Query,
): Query {
  return query.select ? { ...query, select: { ...query.select, id: true, ancestorIds: true } } : query;
}

/** Subtree rows for the timeline of every order of a request, in one statement. */
function timelineOf(context: Context, orderId: number) {
  return requestLoader(context, "ProductionOrder.timeline", async (ids) => {
    const rows = await context.db.prisma.productionOrder.findMany({
      where: { OR: [{ id: { in: [...ids] } }, { ancestorIds: { hasSome: [...ids] } }] },
      select: { id: true, ancestorIds: true, status: true, startDate: true, expectedDate: true },
    });
    return ids.map((id) => treeTimeline(id, rows));
  }).load(orderId);
}

builder.prismaObjectFields(ProductionOrderRef, (t) => ({
  kind: t.expose("kind", { type: ProductionOrderKindEnum }),
  parent: t.relation("parent", {
    nullable: true,
    description: "The order this one was nested under; null for a root order.",
  }),
  children: t.relation("children", {
    description: "The orders nested directly under this one (production and assembly), by id.",
    query: { orderBy: { id: "asc" } },
  }),
  root: t.prismaField({
    type: "ProductionOrder",
    description: "The root of its tree; a root order answers itself, so `root` is never null.",
    select: { id: true, rootId: true },
    resolve: (query, order, _args, context, info) =>
      loaderAt(context, info, async (ids) => {
        const rows = await context.db.prisma.productionOrder.findMany({
          ...query,
          where: { id: { in: [...ids] } },
        });
        return rowsInOrderOf(ids, rows, "production order");
      }).load(order.rootId ?? order.id),
  }),
  level: t.int({
    description: "0 for a root order, 1 for the orders nested under it, and so on.",
    select: { ancestorIds: true },
    resolve: (order) => order.ancestorIds.length,
  }),
  path: t.stringList({
    description: 'Order numbers from the root down to this order: ["MO-00001", "MO-00004"].',
    select: { id: true, ancestorIds: true },
    resolve: (order) => [...order.ancestorIds, order.id].map(productionOrderNumber),
  }),
  tree: t.prismaField({
    type: ["ProductionOrder"],
    description:
      "This order and every order nested below it, at any depth, as one flat list in tree order (depth " +
      "first, siblings by id): read `level` and `path` to draw it. On a root order, the whole tree.",
    select: { id: true },
    resolve: (query, order, _args, context, info) =>
      loaderAt(context, info, async (ids) => {
        const rows = await context.db.prisma.productionOrder.findMany({
          ...withTreeColumns(query),
          where: { OR: [{ id: { in: [...ids] } }, { ancestorIds: { hasSome: [...ids] } }] },
        });
        return ids.map((id) => subtreeInOrder(id, rows));
      }).load(order.id),
  }),
  relatedOrders: t.field({
    type: [RelatedOrderUnion],
    description:
      "Every order linked to this one: its nested production and assembly orders, the purchase and transfer " +
      "orders covering its shortages, and the sales order it is made for, in that order (each kind by id).",
    select: (_args, _context, nestedSelection) => ({
      children: nestedSelection({ orderBy: { id: "asc" } }, [], "ProductionOrder"),
      purchaseOrders: nestedSelection({ orderBy: { id: "asc" } }, [], "PurchaseOrder"),
      transferOrders: nestedSelection({ orderBy: { id: "asc" } }, [], "TransferOrder"),
      salesOrder: nestedSelection(true, [], "SalesOrder"),
    }),
    resolve: (order) => [
      ...tagged(order.children, "ProductionOrder"),
      ...tagged(order.purchaseOrders, "PurchaseOrder"),
      ...tagged(order.transferOrders, "TransferOrder"),
      ...tagged(order.salesOrder ? [order.salesOrder] : [], "SalesOrder"),
    ],
  }),
  late: t.exposeBoolean("late", {
    description: "Backward scheduling put its start date in the past.",
  }),
  surplus: t.exposeBoolean("surplus", {
    description: "A re-check found it no longer needed; it stays for a planner to void.",
  }),
  orphaned: t.boolean({
    description:
      "Its parent was voided. Voiding never cascades, so the order lives on; whether to void it too is a " +
      "planner's call.",
    select: { parent: { select: { status: true } } },
    resolve: (order) => order.parent?.status === ProductionOrderStatus.VOIDED,
  }),
  timeline: t.field({
    type: OrderTimelineRef,
    description:
      "From the earliest start to the latest expected date over this order and the orders nested below it " +
      "(for a root order: the whole tree). Voided nested orders are left out: they will not run.",
    select: { id: true },
    resolve: (order, _args, context) => timelineOf(context, order.id),
  }),
  parentComponent: t.relation("parentComponent", {
    nullable: true,
    description: "The component line of the parent order this order makes.",
  }),
}));

builder.prismaObjectFields("ProductionOrderComponent", (t) => ({
  shortageQuantity: t.expose("shortageQuantity", {
    type: "Decimal",
    description:
      "What planning found short of a simple component; releasing the order covers it with a transfer " +
      "and purchase orders.",
  }),
  nestedOrders: t.relation("nestedOrders", {
    description: "The nested orders making this component (more than one when batches split it), by id.",
    query: { orderBy: { id: "asc" } },
  }),
}));
