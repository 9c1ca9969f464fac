import type { InputFieldBuilder, InputFieldMap, ObjectRef } from "@pothos/core";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Tx } from "../../../db/database.ts";
import { ErrorCode, type PlanChange } from "../../../domain/errors.ts";
import type { Actor } from "../../../domain/events.ts";
import {
  createProductionOrder,
  createProductionOrderFromBom,
} from "../../../domain/orders/production/create.ts";
import {
  recordProductionWaste,
  updateProductionOrder,
  updateProductionOrderComponent,
} from "../../../domain/orders/production/edits.ts";
import { historyOf } from "../../../domain/orders/production/history.ts";
import {
  describeTransition,
  OPEN_STATUSES,
  TRANSITIONS,
  type Transition,
} from "../../../domain/orders/production/order.ts";
import {
  MOVABLE_OPERATION_STATUSES,
  rescheduleProductionOrder,
} from "../../../domain/orders/production/reschedule.ts";
import {
  authorizeProductionOrder,
  completeProductionOrder,
  releaseProductionOrder,
  startProductionOrder,
  undoProductionOrder,
  voidProductionOrder,
} from "../../../domain/orders/production/transitions.ts";
import { type UnorderedComponent, UnorderedReason } from "../../../domain/orders/production/tree/index.ts";
import type { Prisma, ProductionOrder } from "../../../generated/prisma/client.ts";
import { ProductionOrderStatus } from "../../../generated/prisma/enums.ts";
import { EventBatch } from "../../../live/batch.ts";
import type { BatchedEvent } from "../../../live/index.ts";
import { BomRef } from "../../bom/boms.ts";
import { builder, type Context, type Types } from "../../builder.ts";
import { LocationRef, ResourceRef } from "../../catalog/locations.ts";
import { CustomerRef, EmployeeRef } from "../../catalog/partners.ts";
import { ProductRef } from "../../catalog/products.ts";
import { EventActorRef } from "../../events.ts";
import { listSort } from "../../lists.ts";
import { requestLoader } from "../../loaders.ts";
import { cacheId, nodeOptions } from "../../nodes.ts";
import {
  inputAction,
  type MutationFieldBuilder,
  type Payload,
  payloadType,
  rowArgsAction,
  runAction,
  UserErrorRef,
} from "../../payload.ts";
import {
  NEWEST_FIRST,
  nullsAt,
  ORDER_LINES_RULE,
  ORDER_SORT_FIELDS,
  OrderRef,
  orderLookupArgs,
  orderLookupWhere,
} from "../common.ts";
import { SalesOrderRef } from "../sales.ts";

/** Production orders: the order, its lines and component snapshot, its history, the list and one mutation per step. */

const VIEW = { permission: "PRODUCTION_VIEW" } as const;

export const ProductionOrderStatusEnum = builder.enumType(ProductionOrderStatus, {
  name: "ProductionOrderStatus",
  description:
    "DRAFT: nothing reserved. PLANNED, RELEASED, IN_PROGRESS: components allocated, output on order. " +
    "COMPLETED: components consumed, output in stock. VOIDED: nothing held.",
});

const CreatableStatusEnum = builder.enumType("ProductionOrderInitialStatus", {
  values: [
    ProductionOrderStatus.DRAFT,
    ProductionOrderStatus.PLANNED,
    ProductionOrderStatus.RELEASED,
  ] as const,
  description:
    "The status a new order is created in; a later one runs the same steps as authorizing and releasing.",
});

/**
 * An order's events, for every order of a request in one SQL statement (Event rows have no relation to orders),
 * read as one batch: what they name (their actors) is loaded once for all of them.
 */
function eventsOf(context: Context, orderId: number) {
  return requestLoader(context, "ProductionOrder.events", async (ids) => {
    const batch = new EventBatch();
    const events = await context.db.prisma.event.findMany({ where: historyOf(ids), orderBy: { id: "asc" } });
    const read = events.map((event) => batch.add(event));
    return ids.map((id) => read.filter((event) => event.entityId === String(id)));
  }).load(orderId);
}

const ProductionOrderEventRef = builder.objectRef<BatchedEvent>("ProductionOrderEvent").implement({
  authScopes: VIEW,
  description: "One change of a production order, oldest first.",
  fields: (t) => ({
    id: t.field({ type: "ID", resolve: (event) => cacheId("ProductionOrderEvent", event.id) }),
    actor: t.field({ type: EventActorRef, resolve: (event) => event }),
    type: t.exposeString("type"),
    beforeStatus: t.exposeString("beforeStatus", { nullable: true }),
    afterStatus: t.exposeString("afterStatus", { nullable: true }),
    payload: t.expose("payload", { type: "JSON" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const ProductionOrderRef = builder.prismaNode("ProductionOrder", {
  ...nodeOptions,
  interfaces: [OrderRef],
  authScopes: VIEW,
  description: "Makes its lines' products at a shop floor from a snapshot of their components.",
  fields: (t) => ({
    status: t.expose("status", { type: ProductionOrderStatusEnum }),
    location: t.relation("location", { description: "The shop floor it is made at." }),
    startDate: t.expose("startDate", { type: "DateTime", nullable: true }),
    expectedDate: t.expose("expectedDate", { type: "DateTime", nullable: true }),
    requiredByDate: t.expose("requiredByDate", { type: "DateTime", nullable: true }),
    employee: t.relation("employee", { nullable: true }),
    customer: t.relation("customer", { nullable: true }),
    salesOrderId: t.field({
      type: "ID",
      nullable: true,
      description: "The sales order it is made for (a SalesOrder global id).",
      select: { salesOrderId: true },
      resolve: (order) => (order.salesOrderId ? encodeGlobalID("SalesOrder", order.salesOrderId) : null),
    }),
    layout: t.exposeString("layout", { nullable: true }),
    tags: t.exposeStringList("tags"),
    attributes: t.expose("attributes", { type: "JSON" }),
    lines: t.relation("lines", { query: { orderBy: { position: "asc" } } }),
    components: t.relation("components", {
      description: "The snapshot of every line's components, phantoms exploded.",
      query: { orderBy: { position: "asc" } },
    }),
    movements: t.relation("movements", {
      description: "Consumption and output it posted (and their reversals by undo), oldest first.",
      query: { orderBy: { id: "asc" } },
    }),
    waste: t.relation("adjustments", {
      description: "Waste recorded against it during production.",
      query: { orderBy: { id: "asc" } },
    }),
    events: t.field({
      type: [ProductionOrderEventRef],
      description: "Its history: creation, every status change and edit, oldest first.",
      select: { id: true },
      resolve: (order, _args, context) => eventsOf(context, order.id),
    }),
  }),
});

export const ProductionOrderLineRef = builder.prismaNode("ProductionOrderLine", {
  ...nodeOptions,
  authScopes: VIEW,
  fields: (t) => ({
    order: t.relation("order"),
    position: t.exposeInt("position"),
    bom: t.relation("bom"),
    product: t.relation("product"),
    quantity: t.expose("quantity", { type: "Decimal" }),
    producedQuantity: t.expose("producedQuantity", { type: "Decimal" }),
    components: t.relation("components", { query: { orderBy: { position: "asc" } } }),
  }),
});

export const ProductionOrderComponentRef = builder.prismaNode("ProductionOrderComponent", {
  ...nodeOptions,
  authScopes: VIEW,
  fields: (t) => ({
    line: t.relation("line"),
    product: t.relation("product"),
    requiredQuantity: t.expose("requiredQuantity", {
      type: "Decimal",
      description: "BOM quantity x line quantity / output quantity, rounded up to 6 decimals when created.",
    }),
    allocatedQuantity: t.expose("allocatedQuantity", { type: "Decimal", description: "Held while open." }),
    consumedQuantity: t.expose("consumedQuantity", {
      type: "Decimal",
      description:
        "Consumed so far: on the shop floor (scanned, back-flushed by output reports) and at completion.",
    }),
  }),
});

builder.prismaObjectFields("StockMovement", (t) => ({
  productionOrder: t.relation("productionOrder", { nullable: true }),
}));

builder.prismaObjectFields("InventoryAdjustment", (t) => ({
  productionOrder: t.relation("productionOrder", {
    nullable: true,
    description: "The order this waste counts against.",
  }),
}));

const productionOrderSort = listSort<
  "NUMBER" | "STATUS" | "START_DATE" | "EXPECTED_DATE",
  Prisma.ProductionOrderOrderByWithRelationInput
>(
  { input: "ProductionOrderSort", field: "ProductionOrderSortField" },
  {
    ...ORDER_SORT_FIELDS,
    START_DATE: {
      description: "By start date, orders without one last (first when DESC).",
      by: (direction) => ({ startDate: { sort: direction, nulls: nullsAt(direction) } }),
    },
    EXPECTED_DATE: {
      description: "By expected (completion) date, orders without one last (first when DESC).",
      by: (direction) => ({ expectedDate: { sort: direction, nulls: nullsAt(direction) } }),
    },
  },
  NEWEST_FIRST,
);

/** The filters of `productionOrders` as a Prisma where: its page and its count read it. */
function productionOrdersWhere(
  args: {
    statuses?: ProductionOrderStatus[] | null;
    locationId?: number | null;
    customerId?: number | null;
    tag?: string | null;
    startFrom?: Date | null;
    startBefore?: Date | null;
  } & Parameters<typeof orderLookupWhere>[1],
): Prisma.ProductionOrderWhereInput {
  return {
    ...orderLookupWhere("ProductionOrder", args),
    ...(args.statuses ? { status: { in: args.statuses } } : {}),
    ...(args.locationId ? { locationId: args.locationId } : {}),
    ...(args.customerId ? { customerId: args.customerId } : {}),
    ...(args.tag ? { tags: { has: args.tag } } : {}),
    ...(args.startFrom || args.startBefore
      ? {
          startDate: {
            ...(args.startFrom ? { gte: args.startFrom } : {}),
            ...(args.startBefore ? { lt: args.startBefore } : {}),
          },
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  productionOrders: t.prismaConnection(
    {
      type: "ProductionOrder",
      cursor: "id",
      authScopes: VIEW,
      description:
        "Production orders, newest first unless `orderBy` says otherwise, filtered by every argument given.",
      args: {
        statuses: t.arg({ type: [ProductionOrderStatusEnum], required: false }),
        locationId: t.arg.rowID({ for: LocationRef, required: false }),
        customerId: t.arg.rowID({ for: CustomerRef, required: false }),
        tag: t.arg.string({ required: false }),
        startFrom: t.arg({ type: "DateTime", required: false, description: "Start date on or after." }),
        startBefore: t.arg({ type: "DateTime", required: false, description: "Start date before." }),
        orderBy: productionOrderSort.arg(t.arg),
        ...orderLookupArgs("ProductionOrder"),
      },
      resolve: (query, _root, args, context) =>
        context.db.prisma.productionOrder.findMany({
          ...query,
          where: productionOrdersWhere(args),
          orderBy: productionOrderSort.orderBy(args.orderBy),
        }),
      totalCount: (_parent, args, context) =>
        context.db.prisma.productionOrder.count({ where: productionOrdersWhere(args) }),
    },
    { name: "ProductionOrderConnection" },
    { name: "ProductionOrderEdge" },
  ),
}));

// ---------------------------------------------------------------- mutations

export const ProductionOrderPayload = payloadType(
  "ProductionOrderPayload",
  "productionOrder",
  ProductionOrderRef,
);

/** An order's details: what the create inputs and the update take alike. */
function detailFields(t: InputFieldBuilder<Types, "InputObject">) {
  return {
    note: t.string({ required: false, description: "At most 2000 characters." }),
    employeeId: t.rowID({ for: EmployeeRef, required: false, description: "An active employee." }),
    customerId: t.rowID({ for: CustomerRef, required: false, description: "An active customer." }),
    layout: t.string({ required: false, description: "At most 200 characters." }),
    tags: t.stringList({ required: false, description: "At most 20, each at most 50 characters." }),
    attributes: t.field({ type: "JSON", required: false, description: "A JSON object." }),
  };
}

/** The fields both create inputs share. */
function headerFields(t: InputFieldBuilder<Types, "InputObject">) {
  return {
    locationId: t.rowID({ for: LocationRef, description: "An active shop floor." }),
    status: t.field({ type: CreatableStatusEnum, required: false, description: "Defaults to DRAFT." }),
    startDate: t.field({ type: "DateTime", required: false }),
    expectedDate: t.field({ type: "DateTime", required: false, description: "Expected completion." }),
    requiredByDate: t.field({ type: "DateTime", required: false }),
    salesOrderId: t.rowID({ for: SalesOrderRef, required: false }),
    ...detailFields(t),
  };
}

const ProductionOrderUpdateInput = builder.inputType("ProductionOrderUpdateInput", {
  description: "A field left out keeps its value; null clears it (tags and attributes: none).",
  fields: (t) => detailFields(t),
});

const RescheduleCascadeEnum = builder.enumType("RescheduleCascade", {
  values: {
    NONE: { description: "Only the order moves." },
    NESTED: {
      description:
        "Its open nested orders move too, backward from its new start as planning dates them: each is required " +
        "by (and expected at) its parent's start and starts its duration earlier, late when that is in the past. " +
        "A COMPLETED or VOIDED nested order keeps its dates, and so does everything below it.",
    },
  } as const,
});

const QUANTITY_RULE = "Units of the BOM's product; > 0.";

const ProductionOrderLineInput = builder.inputType("ProductionOrderLineInput", {
  fields: (t) => ({
    bomId: t.rowID({ for: BomRef, description: "An active, non-phantom BOM." }),
    quantity: t.field({ type: "Decimal", description: QUANTITY_RULE }),
  }),
});

const ProductionOrderCreateInput = builder.inputType("ProductionOrderCreateInput", {
  fields: (t) => ({
    ...headerFields(t),
    lines: t.field({ type: [ProductionOrderLineInput], description: ORDER_LINES_RULE }),
  }),
});

const ProductionOrderCreateFromBomInput = builder.inputType("ProductionOrderCreateFromBomInput", {
  fields: (t) => ({
    ...headerFields(t),
    bomId: t.rowID({ for: BomRef, description: "An active, non-phantom BOM." }),
    quantity: t.field({ type: "Decimal", description: QUANTITY_RULE }),
  }),
});

const ProductionOrderConsumptionInput = builder.inputType("ProductionOrderConsumptionInput", {
  fields: (t) => ({
    componentId: t.rowID({ for: ProductionOrderComponentRef }),
    quantity: t.field({ type: "Decimal", description: "Actually consumed; >= 0." }),
  }),
});

const ProductionOrderWasteLineInput = builder.inputType("ProductionOrderWasteLineInput", {
  fields: (t) => ({
    productId: t.rowID({ for: ProductRef }),
    quantity: t.field({ type: "Decimal", description: "Thrown away; > 0." }),
  }),
});

const ProductionOrderWasteInput = builder.inputType("ProductionOrderWasteInput", {
  fields: (t) => ({
    note: t.string({ required: false }),
    lines: t.field({ type: [ProductionOrderWasteLineInput], description: "At the order's location." }),
  }),
});

type StatusStep = (tx: Tx, actor: Actor, orderId: number, input?: unknown) => Promise<ProductionOrder>;

/** The status steps that take (id, expectedVersion) only, each with its row of the transition table. */
const STATUS_STEPS: Record<string, { transition: Transition; action: StatusStep }> = {
  productionOrderStart: { transition: TRANSITIONS.start, action: startProductionOrder },
  productionOrderUndo: { transition: TRANSITIONS.undo, action: undoProductionOrder },
  productionOrderVoid: { transition: TRANSITIONS.void, action: voidProductionOrder },
};

const PlanChoiceEnum = builder.enumType("PlanChoice", {
  values: ["KEEP", "RECALCULATE"] as const,
  description:
    "When re-planning an order tree finds differences (userError PLAN_CHANGED with planChanges): KEEP goes on " +
    "with the tree as it is; RECALCULATE resizes the nested orders not yet released (never below what was " +
    "produced), creates the missing ones and marks the unneeded ones surplus (never deletes).",
});

const PlanChangeKindEnum = builder.enumType("PlanChangeKind", {
  values: ["NEW", "QUANTITY", "SURPLUS"] as const,
});

const PlanChangeRef = builder.objectRef<PlanChange>("PlanChange").implement({
  description: "One difference between an order tree and its re-computed plan.",
  fields: (t) => ({
    change: t.field({ type: PlanChangeKindEnum, resolve: (change) => change.change }),
    order: t.field({
      type: ProductionOrderRef,
      nullable: true,
      description: "The nested order to resize or mark surplus (null for NEW).",
      resolve: (change, _args, context) =>
        change.orderId === null
          ? null
          : context.db.prisma.productionOrder.findUnique({ where: { id: change.orderId } }),
    }),
    parentOrder: t.field({
      type: ProductionOrderRef,
      nullable: true,
      description: "The order whose component it makes.",
      resolve: (change, _args, context) =>
        change.parentOrderId === null
          ? null
          : context.db.prisma.productionOrder.findUnique({ where: { id: change.parentOrderId } }),
    }),
    product: t.field({
      type: ProductRef,
      resolve: (change, _args, context) =>
        context.db.prisma.product.findUniqueOrThrow({ where: { id: change.productId } }),
    }),
    before: t.field({ type: "Decimal", nullable: true, resolve: (change) => change.before }),
    after: t.field({ type: "Decimal", nullable: true, resolve: (change) => change.after }),
  }),
});

builder.objectFields(UserErrorRef, (t) => ({
  planChanges: t.field({
    type: [PlanChangeRef],
    nullable: true,
    description: "PLAN_CHANGED only: how the re-computed plan differs from the order tree.",
    resolve: (error) => (error.code === ErrorCode.PLAN_CHANGED ? error.planChanges : null),
  }),
}));

const UnorderedReasonEnum = builder.enumType(UnorderedReason, {
  name: "UnorderedReason",
  description: "Why a release left a component for a planner to supply by hand.",
  values: {
    NO_SUPPLIER: { description: "A bought component whose product has no active primary supplier." },
    ASSEMBLY_ORDER: {
      description:
        "A component of an assembly order short at the shop floor: no transfer or purchase order is created " +
        "automatically for assembly orders' components.",
    },
  },
});

const UnorderedComponentRef = builder.objectRef<UnorderedComponent>("UnorderedComponent").implement({
  description:
    "What a release could not order: one entry per order and product, with the total quantity still short.",
  fields: (t) => ({
    reason: t.field({ type: UnorderedReasonEnum, resolve: (entry) => entry.reason }),
    order: t.field({
      type: ProductionOrderRef,
      resolve: (entry, _args, context) =>
        context.db.prisma.productionOrder.findUniqueOrThrow({ where: { id: entry.orderId } }),
    }),
    product: t.field({ type: ProductRef, resolve: (entry) => entry.product }),
    quantity: t.field({ type: "Decimal", resolve: (entry) => entry.quantity }),
  }),
});

type Released = Awaited<ReturnType<typeof releaseProductionOrder>>;

const ProductionOrderReleasePayload = builder
  .objectRef<Payload<Released>>("ProductionOrderReleasePayload")
  .implement({
    fields: (t) => ({
      productionOrder: t.field({
        type: ProductionOrderRef,
        nullable: true,
        resolve: (payload) => payload.result?.order ?? null,
      }),
      unorderedComponents: t.field({
        type: [UnorderedComponentRef],
        description:
          "Shortages nothing was ordered for (no supplier, or an assembly order's components); the release went " +
          "ahead for the rest.",
        resolve: (payload) => payload.result?.unordered ?? [],
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });

/** The arguments of the steps that re-plan the order's tree. */
function planArgs(t: MutationFieldBuilder) {
  return { planChoice: t.arg({ type: PlanChoiceEnum, required: false }) };
}

/**
 * A status step's mutation, `(id, expectedVersion, ...args)`: its permissions (any one of them is enough) and
 * description are its row of the transition table.
 */
function step<Row, Args extends InputFieldMap>(
  t: MutationFieldBuilder,
  transition: Transition,
  spec: {
    payload: ObjectRef<Types, Payload<Row>>;
    args: Args;
    run(tx: Tx, actor: Actor, id: number, input: unknown): Promise<Row>;
  },
) {
  return rowArgsAction(t, {
    ...spec,
    permission: transition.permissions,
    description: describeTransition(transition),
    ref: ProductionOrderRef,
    args: { expectedVersion: t.arg.int({ required: false }), ...spec.args },
  });
}

builder.mutationFields((t) => ({
  productionOrderAuthorize: step(t, TRANSITIONS.authorize, {
    payload: ProductionOrderPayload,
    args: planArgs(t),
    run: authorizeProductionOrder,
  }),
  productionOrderRelease: step(t, TRANSITIONS.release, {
    payload: ProductionOrderReleasePayload,
    args: planArgs(t),
    run: releaseProductionOrder,
  }),
  ...Object.fromEntries(
    Object.entries(STATUS_STEPS).map(([name, spec]) => [
      name,
      step(t, spec.transition, { payload: ProductionOrderPayload, args: {}, run: spec.action }),
    ]),
  ),
  productionOrderCreate: inputAction(t, {
    payload: ProductionOrderPayload,
    permission: "PRODUCTION_FULFILL",
    input: ProductionOrderCreateInput,
    run: createProductionOrder,
  }),
  productionOrderCreateFromBom: inputAction(t, {
    payload: ProductionOrderPayload,
    permission: "PRODUCTION_FULFILL",
    description: "An order with one line: `quantity` of the BOM's product.",
    input: ProductionOrderCreateFromBomInput,
    run: createProductionOrderFromBom,
  }),
  productionOrderComplete: step(t, TRANSITIONS.complete, {
    payload: ProductionOrderPayload,
    args: { consumption: t.arg({ type: [ProductionOrderConsumptionInput], required: false }) },
    run: completeProductionOrder,
  }),
  productionOrderComponentUpdate: rowArgsAction(t, {
    payload: ProductionOrderPayload,
    permission: "PRODUCTION_FULFILL",
    description: "Changes a component's required quantity while its order is DRAFT or PLANNED.",
    ref: ProductionOrderComponentRef,
    args: { expectedVersion: t.arg.int({ required: false }), requiredQuantity: t.arg({ type: "Decimal" }) },
    run: updateProductionOrderComponent,
  }),
  productionOrderUpdate: t.field({
    type: ProductionOrderPayload,
    authScopes: { permission: "PRODUCTION_FULFILL" },
    description: `Changes the details of an order that is ${OPEN_STATUSES.join(", ")}; its status stays.`,
    args: {
      id: t.arg.rowID({ for: ProductionOrderRef }),
      expectedVersion: t.arg.int({ description: "The order's version you last read." }),
      input: t.arg({ type: ProductionOrderUpdateInput }),
    },
    resolve: (_root, { id, expectedVersion, input }, context) =>
      runAction(context, (tx, actor) => updateProductionOrder(tx, actor, id, { input, expectedVersion })),
  }),
  productionOrderReschedule: rowArgsAction(t, {
    payload: ProductionOrderPayload,
    permission: "PRODUCTION_FULFILL",
    description:
      `Moves an order that is ${OPEN_STATUSES.join(", ")} on the board: its start and expected dates (late ` +
      "when the start is in the past) and its PENDING operations laid out again from the new start; with " +
      "`cascade: NESTED` its nested orders too. Its status stays.",
    ref: ProductionOrderRef,
    args: {
      expectedVersion: t.arg.int({ description: "The order's version you last read." }),
      startDate: t.arg({ type: "DateTime" }),
      expectedDate: t.arg({ type: "DateTime", description: "Expected completion; not before startDate." }),
      resourceId: t.arg.rowID({
        for: ResourceRef,
        required: false,
        description:
          `An active resource its ${MOVABLE_OPERATION_STATUSES.join(" and ")} operations move to; they must all ` +
          "run on one resource (the order's bar on the board).",
      }),
      cascade: t.arg({ type: RescheduleCascadeEnum, required: false, defaultValue: "NONE" }),
    },
    run: rescheduleProductionOrder,
  }),
  productionOrderRecordWaste: t.field({
    type: ProductionOrderPayload,
    authScopes: { permission: "PRODUCTION_ADJUST" },
    description: "Waste at the order's location counting against it (RELEASED, IN_PROGRESS or COMPLETED).",
    args: {
      id: t.arg.rowID({ for: ProductionOrderRef }),
      expectedVersion: t.arg.int({ required: false }),
      input: t.arg({ type: ProductionOrderWasteInput }),
    },
    resolve: (_root, { id, expectedVersion, input }, context) =>
      runAction(context, (tx, actor) => recordProductionWaste(tx, actor, id, { ...input, expectedVersion })),
  }),
}));
