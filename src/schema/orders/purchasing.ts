import { dec, ZERO } from "../../domain/decimal.ts";
import {
  createPurchaseOrder,
  createPurchaseOrdersForProductionOrder,
  type PurchasesBySupplier,
  placePurchaseOrder,
  receivePurchaseOrder,
  updatePurchaseOrderLines,
  voidPurchaseOrder,
} from "../../domain/orders/purchasing.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { PurchaseOrderStatus } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
import { SupplierRef } from "../catalog/partners.ts";
import { ProductRef } from "../catalog/products.ts";
import { listSort } from "../lists.ts";
import { nodeOptions } from "../nodes.ts";
import {
  inputAction,
  type Payload,
  payloadType,
  rowArgsAction,
  runAction,
  UserErrorRef,
} from "../payload.ts";
import {
  expectedVersionArg,
  idFilter,
  NEWEST_FIRST,
  nullsAt,
  ORDER_LINES_RULE,
  ORDER_SORT_FIELDS,
  OrderRef,
  orderDateArgs,
  orderListQuery,
  orderListWhere,
  orderLookupArgs,
  orderLookupWhere,
  orderMutations,
} from "./common.ts";
import { ProductionOrderRef } from "./production/order.ts";

export const PurchaseOrderStatusEnum = builder.enumType(PurchaseOrderStatus, {
  name: "PurchaseOrderStatus",
  description:
    "DRAFT -> ORDERED (on order at the receiving location) -> RECEIVED (every line fully received); " +
    "DRAFT or ORDERED -> VOIDED.",
});

export const PurchaseOrderRef = builder.prismaNode("PurchaseOrder", {
  ...nodeOptions,
  interfaces: [OrderRef],
  description: "An order to a supplier, received at one location.",
  fields: (t) => ({
    status: t.expose("status", { type: PurchaseOrderStatusEnum }),
    supplier: t.relation("supplier"),
    location: t.relation("location", { description: "Receives into here." }),
    productionOrder: t.relation("productionOrder", {
      nullable: true,
      description: "The production order whose components it buys, if any.",
    }),
    expectedDate: t.expose("expectedDate", { type: "DateTime", nullable: true }),
    lines: t.relation("lines", { query: { orderBy: { position: "asc" } } }),
    movements: t.relation("movements", {
      description: "Its receipts' ledger movements, oldest first.",
      query: { orderBy: { id: "asc" } },
    }),
  }),
});

export const PurchaseOrderLineRef = builder.prismaNode("PurchaseOrderLine", {
  ...nodeOptions,
  fields: (t) => ({
    product: t.relation("product"),
    quantity: t.expose("quantity", { type: "Decimal", description: "Ordered." }),
    receivedQuantity: t.expose("receivedQuantity", { type: "Decimal" }),
    openQuantity: t.field({
      type: "Decimal",
      description: "Still expected: ordered - received, never below zero.",
      select: { quantity: true, receivedQuantity: true },
      resolve: (line) => {
        const open = dec(line.quantity).minus(dec(line.receivedQuantity));
        return open.isNegative() ? ZERO : open;
      },
    }),
    unitCost: t.expose("unitCost", { type: "Decimal" }),
  }),
});

builder.prismaObjectFields("StockMovement", (t) => ({
  purchaseOrder: t.relation("purchaseOrder", {
    nullable: true,
    description: "The purchase order it received.",
  }),
}));

builder.prismaObjectFields("ProductionOrder", (t) => ({
  purchaseOrders: t.relation("purchaseOrders", {
    description: "Purchase orders made for its components.",
    query: { orderBy: { id: "asc" } },
  }),
}));

const purchaseOrderSort = listSort<
  "NUMBER" | "STATUS" | "EXPECTED_DATE",
  Prisma.PurchaseOrderOrderByWithRelationInput
>(
  { input: "PurchaseOrderSort", field: "PurchaseOrderSortField" },
  {
    ...ORDER_SORT_FIELDS,
    EXPECTED_DATE: {
      description: "By expected date, orders without one last (first when DESC).",
      by: (direction) => ({ expectedDate: { sort: direction, nulls: nullsAt(direction) } }),
    },
  },
  NEWEST_FIRST,
);

/** The filters `purchaseOrders` adds to every order list's. */
function purchaseOrdersWhere(
  args: {
    locationId?: number | null;
    supplierId?: number | null;
    productionOrderId?: number | null;
  } & Parameters<typeof orderLookupWhere>[1],
) {
  return {
    locationId: idFilter(args.locationId),
    supplierId: idFilter(args.supplierId),
    productionOrderId: idFilter(args.productionOrderId),
    ...orderLookupWhere("PurchaseOrder", args),
  };
}

builder.queryFields((t) => ({
  purchaseOrders: t.prismaConnection(
    {
      type: "PurchaseOrder",
      cursor: "id",
      authScopes: { authenticated: true },
      description: "Purchase orders, newest first unless `orderBy` says otherwise.",
      args: {
        status: t.arg({
          type: [PurchaseOrderStatusEnum],
          required: false,
          description: "Any of these statuses.",
        }),
        locationId: t.arg.rowID({ for: LocationRef, required: false }),
        supplierId: t.arg.rowID({ for: SupplierRef, required: false }),
        productionOrderId: t.arg.rowID({ for: ProductionOrderRef, required: false }),
        orderBy: purchaseOrderSort.arg(t.arg),
        ...orderDateArgs,
        ...orderLookupArgs("PurchaseOrder"),
      },
      resolve: (query, _root, args, context) =>
        context.db.prisma.purchaseOrder.findMany(
          orderListQuery(query, args, purchaseOrdersWhere(args), purchaseOrderSort.orderBy(args.orderBy)),
        ),
      totalCount: (_parent, args, context) =>
        context.db.prisma.purchaseOrder.count({ where: orderListWhere(args, purchaseOrdersWhere(args)) }),
    },
    { name: "PurchaseOrderConnection" },
    { name: "PurchaseOrderEdge" },
  ),
}));

const PurchaseOrderLineInput = builder.inputType("PurchaseOrderLineInput", {
  fields: (t) => ({
    productId: t.rowID({ for: ProductRef }),
    quantity: t.field({ type: "Decimal", description: "Greater than zero." }),
    unitCost: t.field({ type: "Decimal", required: false, description: "Defaults to the product's cost." }),
  }),
});

const PurchaseOrderCreateInput = builder.inputType("PurchaseOrderCreateInput", {
  fields: (t) => ({
    supplierId: t.rowID({ for: SupplierRef }),
    locationId: t.rowID({ for: LocationRef, description: "Where it is received." }),
    expectedDate: t.field({ type: "DateTime", required: false }),
    note: t.string({ required: false, description: "At most 1000 characters." }),
    lines: t.field({ type: [PurchaseOrderLineInput], description: ORDER_LINES_RULE }),
  }),
});

const PurchaseOrderReceiptInput = builder.inputType("PurchaseOrderReceiptInput", {
  fields: (t) => ({
    lineId: t.rowID({ for: PurchaseOrderLineRef }),
    quantity: t.field({ type: "Decimal", description: "Received now; greater than zero." }),
  }),
});

const PurchaseOrderPayload = payloadType("PurchaseOrderPayload", "purchaseOrder", PurchaseOrderRef);

orderMutations({
  ref: PurchaseOrderRef,
  payload: PurchaseOrderPayload,
  permission: "PURCHASING",
  changes: {
    purchaseOrderPlace: {
      description: "DRAFT -> ORDERED: the ordered quantities count as on order at the receiving location.",
      run: placePurchaseOrder,
    },
    purchaseOrderVoid: {
      description:
        "DRAFT or ORDERED -> VOIDED: what was still expected leaves on order; received stock stays.",
      run: voidPurchaseOrder,
    },
  },
});

/** The outcome of creating purchase orders for needs: the orders, and the products no one could be asked for. */
const PurchaseOrdersCreatedPayload = builder
  .objectRef<Payload<PurchasesBySupplier>>("ProductionOrderCreatePurchaseOrdersPayload")
  .implement({
    fields: (t) => ({
      purchaseOrders: t.field({
        type: [PurchaseOrderRef],
        description: "One DRAFT purchase order per primary supplier.",
        resolve: (payload) => payload.result?.purchaseOrders ?? [],
      }),
      componentsWithoutSupplier: t.field({
        type: [ProductRef],
        description: "Components that were not ordered: no active primary supplier.",
        resolve: (payload) => payload.result?.withoutSupplier ?? [],
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });

builder.mutationFields((t) => ({
  purchaseOrderCreate: inputAction(t, {
    payload: PurchaseOrderPayload,
    permission: "PURCHASING",
    description: "A DRAFT purchase order.",
    input: PurchaseOrderCreateInput,
    run: createPurchaseOrder,
  }),
  purchaseOrderUpdateLines: rowArgsAction(t, {
    payload: PurchaseOrderPayload,
    permission: "PURCHASING",
    description: "Replaces the lines of a DRAFT purchase order.",
    ref: PurchaseOrderRef,
    args: {
      lines: t.arg({ type: [PurchaseOrderLineInput] }),
      expectedVersion: t.arg.int(expectedVersionArg),
    },
    run: updatePurchaseOrderLines,
  }),
  purchaseOrderReceive: rowArgsAction(t, {
    payload: PurchaseOrderPayload,
    // The goods-in desk and the scanner receive what purchasing ordered; ordering stays PURCHASING.
    permission: ["PURCHASING", "INVENTORY_RECEIVE"],
    description:
      "Receives lines of an ORDERED purchase order (partly or fully): adds stock, lowers on order. More than " +
      "ordered is refused unless Settings.allowOverReceipt. RECEIVED once every line is fully received.",
    ref: PurchaseOrderRef,
    args: {
      lines: t.arg({ type: [PurchaseOrderReceiptInput], description: "At most one receipt per line." }),
      expectedVersion: t.arg.int(expectedVersionArg),
    },
    run: receivePurchaseOrder,
  }),
  productionOrderCreatePurchaseOrders: t.field({
    type: PurchaseOrdersCreatedPayload,
    authScopes: { permission: "PURCHASING" },
    description:
      "DRAFT purchase orders for a production order's components, one per primary supplier, linked to it. " +
      "Default components: the short ones (still required - available at the order's location and its " +
      "connected warehouse, counting what the order itself has allocated).",
    args: {
      productionOrderId: t.arg.rowID({ for: ProductionOrderRef }),
      components: t.arg.rowIDList({
        for: ProductRef,
        required: false,
        description: "Components to order; default: the short ones.",
      }),
      locationId: t.arg.rowID({
        for: LocationRef,
        required: false,
        description: "Where they are received; default: the order location's connected warehouse, else it.",
      }),
    },
    resolve: (_root, { productionOrderId, ...input }, context) =>
      runAction(context, (tx, actor) =>
        createPurchaseOrdersForProductionOrder(tx, actor, productionOrderId, input),
      ),
  }),
}));
