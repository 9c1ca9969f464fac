import {
  completeTransferOrder,
  createTransferOrder,
  moveTransferOrderLines,
  stillToMove,
  voidTransferOrder,
} from "../../domain/orders/transfers.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type Permission, TransferOrderStatus } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
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

export const TransferOrderStatusEnum = builder.enumType(TransferOrderStatus, {
  name: "TransferOrderStatus",
  description: "DRAFT (lines may move in parts) -> COMPLETED (every line moved) or VOIDED.",
});

/** Moving stock on a transfer: the stores (INVENTORY_ADJUST) and the receiving scanners (INVENTORY_RECEIVE). */
const MOVE_PERMISSIONS: readonly Permission[] = ["INVENTORY_ADJUST", "INVENTORY_RECEIVE"];

export const TransferOrderRef = builder.prismaNode("TransferOrder", {
  ...nodeOptions,
  interfaces: [OrderRef],
  description: "Moves stock from one location to another.",
  fields: (t) => ({
    status: t.expose("status", { type: TransferOrderStatusEnum }),
    fromLocation: t.relation("fromLocation"),
    toLocation: t.relation("toLocation"),
    productionOrder: t.relation("productionOrder", {
      nullable: true,
      description: "The production order whose components it brings, if any.",
    }),
    lines: t.relation("lines", { query: { orderBy: { position: "asc" } } }),
    movements: t.relation("movements", {
      description: "TRANSFER_OUT and TRANSFER_IN movements, a pair per line each time it moved.",
      query: { orderBy: { id: "asc" } },
    }),
  }),
});

export const TransferOrderLineRef = builder.prismaNode("TransferOrderLine", {
  ...nodeOptions,
  fields: (t) => ({
    product: t.relation("product"),
    quantity: t.expose("quantity", { type: "Decimal", description: "To move in all." }),
    movedQuantity: t.expose("movedQuantity", { type: "Decimal", description: "Moved so far." }),
    openQuantity: t.field({
      type: "Decimal",
      description: "Still to move: quantity - moved.",
      select: { quantity: true, movedQuantity: true },
      resolve: (line) => stillToMove(line),
    }),
  }),
});

builder.prismaObjectFields("StockMovement", (t) => ({
  transferOrder: t.relation("transferOrder", { nullable: true, description: "The transfer that moved it." }),
}));

builder.prismaObjectFields("ProductionOrder", (t) => ({
  transferOrders: t.relation("transferOrders", {
    description: "Transfers that bring its components.",
    query: { orderBy: { id: "asc" } },
  }),
}));

const transferOrderSort = listSort<"NUMBER" | "STATUS", Prisma.TransferOrderOrderByWithRelationInput>(
  { input: "TransferOrderSort", field: "TransferOrderSortField" },
  ORDER_SORT_FIELDS,
  NEWEST_FIRST,
);

/** The filters `transferOrders` adds to every order list's: `locationId` is either end. */
function transferOrdersWhere(
  args: {
    locationId?: number | null;
    fromLocationId?: number | null;
    toLocationId?: number | null;
  } & Parameters<typeof orderLookupWhere>[1],
) {
  const either = idFilter(args.locationId);
  return {
    fromLocationId: idFilter(args.fromLocationId),
    toLocationId: idFilter(args.toLocationId),
    ...(either ? { OR: [{ fromLocationId: either }, { toLocationId: either }] } : {}),
    ...orderLookupWhere("TransferOrder", args),
  };
}

builder.queryFields((t) => ({
  transferOrders: t.prismaConnection(
    {
      type: "TransferOrder",
      cursor: "id",
      authScopes: { authenticated: true },
      description: "Transfer orders, newest first unless `orderBy` says otherwise.",
      args: {
        status: t.arg({
          type: [TransferOrderStatusEnum],
          required: false,
          description: "Any of these statuses.",
        }),
        locationId: t.arg.rowID({ for: LocationRef, required: false, description: "From or to it." }),
        fromLocationId: t.arg.rowID({ for: LocationRef, required: false }),
        toLocationId: t.arg.rowID({ for: LocationRef, required: false }),
        orderBy: transferOrderSort.arg(t.arg),
        ...orderDateArgs,
        ...orderLookupArgs("TransferOrder"),
      },
      resolve: (query, _root, args, context) =>
        context.db.prisma.transferOrder.findMany(
          orderListQuery(query, args, transferOrdersWhere(args), transferOrderSort.orderBy(args.orderBy)),
        ),
      totalCount: (_parent, args, context) =>
        context.db.prisma.transferOrder.count({ where: orderListWhere(args, transferOrdersWhere(args)) }),
    },
    { name: "TransferOrderConnection" },
    { name: "TransferOrderEdge" },
  ),
}));

const TransferOrderCreateInput = builder.inputType("TransferOrderCreateInput", {
  fields: (t) => ({
    fromLocationId: t.rowID({ for: LocationRef }),
    toLocationId: t.rowID({ for: LocationRef, description: "An active location other than `from`." }),
    note: t.string({ required: false, description: "At most 1000 characters." }),
    lines: t.field({ type: [OrderLineInput], description: ORDER_LINES_RULE }),
  }),
});

const TransferOrderMoveInput = builder.inputType("TransferOrderMoveInput", {
  fields: (t) => ({
    lineId: t.rowID({ for: TransferOrderLineRef }),
    quantity: t.field({
      type: "Decimal",
      description: "Moved now; greater than zero, at most what is still to move.",
    }),
  }),
});

const TransferOrderPayload = payloadType("TransferOrderPayload", "transferOrder", TransferOrderRef);

orderMutations({
  ref: TransferOrderRef,
  payload: TransferOrderPayload,
  permission: "INVENTORY_ADJUST",
  changes: {
    transferOrderComplete: {
      description:
        "DRAFT -> COMPLETED: moves what every line still has to move (TRANSFER_OUT at from, TRANSFER_IN at to).",
      permission: MOVE_PERMISSIONS,
      run: completeTransferOrder,
    },
    transferOrderVoid: {
      description: "DRAFT -> VOIDED: what was still to move stays; what moved already stays moved.",
      run: voidTransferOrder,
    },
  },
});

builder.mutationFields((t) => ({
  transferOrderCreate: inputAction(t, {
    payload: TransferOrderPayload,
    permission: "INVENTORY_ADJUST",
    description: "A DRAFT transfer order.",
    input: TransferOrderCreateInput,
    run: createTransferOrder,
  }),
  transferOrderMove: rowArgsAction(t, {
    payload: TransferOrderPayload,
    permission: MOVE_PERMISSIONS,
    description:
      "Moves lines of a DRAFT transfer order, each in part or in whole (TRANSFER_OUT at from, TRANSFER_IN at " +
      "to). More than a line still has to move is refused. COMPLETED once every line has moved.",
    ref: TransferOrderRef,
    args: {
      lines: t.arg({ type: [TransferOrderMoveInput], description: "At most one move per line." }),
      expectedVersion: t.arg.int(expectedVersionArg),
    },
    run: moveTransferOrderLines,
  }),
}));
