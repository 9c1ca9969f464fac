import {
  authorizeSalesOrder,
  createSalesOrder,
  fulfillSalesOrder,
  updateSalesOrderLines,
  voidSalesOrder,
} from "../../domain/orders/sales.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { SalesOrderStatus } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
import { CustomerRef } from "../catalog/partners.ts";
import { listSort } from "../lists.ts";
import { nodeOptions } from "../nodes.ts";
import { inputAction, payloadType, rowArgsAction } from "../payload.ts";
import {
  expectedVersionArg,
  idFilter,
  NEWEST_FIRST,
  ORDER_LINES_RULE,
  ORDER_SORT_FIELDS,
  OrderLineInput,
  OrderRef,
  orderDateArgs,
  orderListQuery,
  orderListWhere,
  orderLookupArgs,
  orderLookupWhere,
  orderMutations,
} from "./common.ts";

export const SalesOrderStatusEnum = builder.enumType(SalesOrderStatus, {
  name: "SalesOrderStatus",
  description: "DRAFT -> AUTHORIZED -> FULFILLED (shipped); DRAFT or AUTHORIZED -> VOIDED.",
});

export const SalesOrderRef = builder.prismaNode("SalesOrder", {
  ...nodeOptions,
  interfaces: [OrderRef],
  description: "A customer's order, shipped from one location.",
  fields: (t) => ({
    status: t.expose("status", { type: SalesOrderStatusEnum }),
    customer: t.relation("customer"),
    location: t.relation("location", { description: "Ships from here." }),
    lines: t.relation("lines", { query: { orderBy: { position: "asc" } } }),
    movements: t.relation("movements", {
      description: "The shipment's ledger movements (empty until fulfilled).",
      query: { orderBy: { id: "asc" } },
    }),
    productionOrders: t.relation("productionOrders", {
      description: "Production orders made for it; voiding the sales order never voids them.",
      query: { orderBy: { id: "asc" } },
    }),
  }),
});

export const SalesOrderProductionStatusEnum = builder.enumType("SalesOrderProductionStatus", {
  values: ["DRAFT", "PLANNED", "RELEASED"] as const,
  description: "The status of production orders created by authorizing a sales order.",
});

builder.prismaObject("SalesOrderLine", {
  fields: (t) => ({
    product: t.relation("product"),
    quantity: t.expose("quantity", { type: "Decimal" }),
  }),
});

builder.prismaObjectFields("StockMovement", (t) => ({
  salesOrder: t.relation("salesOrder", { nullable: true, description: "The sales order it shipped." }),
}));

builder.prismaObjectFields("ProductionOrder", (t) => ({
  salesOrder: t.relation("salesOrder", { nullable: true, description: "The sales order it is made for." }),
}));

const salesOrderSort = listSort<"NUMBER" | "STATUS", Prisma.SalesOrderOrderByWithRelationInput>(
  { input: "SalesOrderSort", field: "SalesOrderSortField" },
  ORDER_SORT_FIELDS,
  NEWEST_FIRST,
);

/** The filters `salesOrders` adds to every order list's. */
function salesOrdersWhere(
  args: { locationId?: number | null; customerId?: number | null } & Parameters<typeof orderLookupWhere>[1],
) {
  return {
    locationId: idFilter(args.locationId),
    customerId: idFilter(args.customerId),
    ...orderLookupWhere("SalesOrder", args),
  };
}

builder.queryFields((t) => ({
  salesOrders: t.prismaConnection(
    {
      type: "SalesOrder",
      cursor: "id",
      authScopes: { authenticated: true },
      description: "Sales orders, newest first unless `orderBy` says otherwise.",
      args: {
        status: t.arg({
          type: [SalesOrderStatusEnum],
          required: false,
          description: "Any of these statuses.",
        }),
        locationId: t.arg.rowID({ for: LocationRef, required: false }),
        customerId: t.arg.rowID({ for: CustomerRef, required: false }),
        orderBy: salesOrderSort.arg(t.arg),
        ...orderDateArgs,
        ...orderLookupArgs("SalesOrder"),
      },
      resolve: (query, _root, args, context) =>
        context.db.prisma.salesOrder.findMany(
          orderListQuery(query, args, salesOrdersWhere(args), salesOrderSort.orderBy(args.orderBy)),
        ),
      totalCount: (_parent, args, context) =>
        context.db.prisma.salesOrder.count({ where: orderListWhere(args, salesOrdersWhere(args)) }),
    },
    { name: "SalesOrderConnection" },
    { name: "SalesOrderEdge" },
  ),
}));

const SalesOrderCreateInput = builder.inputType("SalesOrderCreateInput", {
  fields: (t) => ({
    customerId: t.rowID({ for: CustomerRef }),
    locationId: t.rowID({ for: LocationRef, description: "The location it ships from." }),
    note: t.string({ required: false, description: "At most 1000 characters." }),
    lines: t.field({ type: [OrderLineInput], description: ORDER_LINES_RULE }),
  }),
});

const SalesOrderPayload = payloadType("SalesOrderPayload", "salesOrder", SalesOrderRef);

orderMutations({
  ref: SalesOrderRef,
  payload: SalesOrderPayload,
  permission: "SALES",
  changes: {
    salesOrderAuthorize: {
      description:
        "DRAFT -> AUTHORIZED; creates production orders for produced lines when Settings.salesOrderProductionStatus is set.",
      run: authorizeSalesOrder,
    },
    salesOrderFulfill: {
      description: "AUTHORIZED -> FULFILLED: ships every line out of the order's location.",
      run: fulfillSalesOrder,
    },
    salesOrderVoid: {
      description: "DRAFT or AUTHORIZED -> VOIDED; its production orders are not voided.",
      run: voidSalesOrder,
    },
  },
});

builder.mutationFields((t) => ({
  salesOrderCreate: inputAction(t, {
    payload: SalesOrderPayload,
    permission: "SALES",
    description: "A DRAFT sales order.",
    input: SalesOrderCreateInput,
    run: createSalesOrder,
  }),
  salesOrderUpdateLines: rowArgsAction(t, {
    payload: SalesOrderPayload,
    permission: "SALES",
    description: "Replaces the lines of a DRAFT sales order.",
    ref: SalesOrderRef,
    args: { lines: t.arg({ type: [OrderLineInput] }), expectedVersion: t.arg.int(expectedVersionArg) },
    run: updateSalesOrderLines,
  }),
}));
