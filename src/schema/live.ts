import { DomainError, ErrorCode } from "../domain/errors.ts";
import { EventType } from "../domain/events.ts";
import { OPERATION_ENTITY } from "../domain/orders/production/operations.ts";
import { PRODUCTION_ORDER } from "../domain/orders/production/order.ts";
import { SALES_ORDER } from "../domain/orders/sales.ts";
import type { Findable } from "../domain/records.ts";
import type { Event, PrismaClient, StockLevel } from "../generated/prisma/client.ts";
import type { OperationStatus, ProductionOrderStatus, SalesOrderStatus } from "../generated/prisma/enums.ts";
import { type BatchedEvent, type EventFilter, newestEventId, parseResumePoint } from "../live/index.ts";
import { builder, type Context } from "./builder.ts";
import { LocationRef } from "./catalog/locations.ts";
import { ProductRef } from "./catalog/products.ts";
import { EventActorRef } from "./events.ts";
import { StockLevelRef } from "./inventory/ledger.ts";
import { cacheId } from "./nodes.ts";
import { OperationStatusEnum, ProductionOrderOperationRef } from "./orders/production/operations.ts";
import { ProductionOrderRef, ProductionOrderStatusEnum } from "./orders/production/order.ts";
import { ProductionReportRef } from "./orders/production/reports.ts";
import { PurchaseOrderRef } from "./orders/purchasing.ts";
import { SalesOrderRef, SalesOrderStatusEnum } from "./orders/sales.ts";
import { TransferOrderRef } from "./orders/transfers.ts";
import { runRead } from "./payload.ts";

/**
 * Live updates: one subscription per kind of thing a board watches, fed from the Event table (src/live/).
 * Every event carries its cursor; `after: <cursor>` resumes without a gap or a duplicate.
 */

const AFTER = {
  required: false,
  description:
    "The `cursor` of the last event you received (or a `liveCursor`): first every matching event after it is " +
    "replayed, then live ones " +
    "follow. Without it, only events committed from now on. An id older than the retention period is refused " +
    "with EVENTS_EXPIRED: refetch the current state and subscribe without `after`.",
} as const;

/** The query Pothos plans for a `prismaField` from the subscriber's selection (nested relations included). */
type PlannedQuery = { select?: Record<string, unknown>; include?: Record<string, unknown> };

/** Rows that events name, found by a key each event gives (null: this event names none). */
interface EventRelation<Row> {
  /** Tells apart the loads of a batch, with the query. */
  name: string;
  keyOf(event: Event): string | null;
  /** The fields `rowKey` reads, added to a `select`. */
  keyFields: readonly string[];
  load(prisma: PrismaClient, keys: string[], query: PlannedQuery): Promise<Row[]>;
  rowKey(row: Row): string;
}

/**
 * The row `event` names, read for its whole batch (src/live/batch.ts): the first event of a batch that asks loads
 * the rows every event of the batch names, with this selection (`query`), in one statement per relation; the
 * other events of the batch, and every subscriber that selects the same, share them. A row is as it is when its
 * batch is first asked for it: every event of the batch has committed by then, so it is at least as new as its
 * event, and may be past it.
 */
async function rowOf<Row>(
  context: Context,
  event: BatchedEvent,
  relation: EventRelation<Row>,
  query: PlannedQuery,
): Promise<Row | null> {
  const key = relation.keyOf(event);
  if (key === null) return null;
  const rows = await event.batch.once(`${relation.name} ${JSON.stringify(query)}`, async (events) => {
    const keys = [...new Set(events.map(relation.keyOf).filter((each) => each !== null))];
    const select = query.select && {
      ...query.select,
      ...Object.fromEntries(relation.keyFields.map((field) => [field, true])),
    };
    const found = await relation.load(context.db.prisma, keys, select ? { select } : query);
    return new Map(found.map((row) => [relation.rowKey(row), row]));
  });
  return rows.get(key) ?? null;
}

/** Rows found by their id, which `keyOf` reads from an event. */
function byId<Row extends { id: number }>(
  name: string,
  keyOf: (event: Event) => string | null,
  table: (prisma: PrismaClient) => {
    findMany(args: PlannedQuery & { where: { id: { in: number[] } } }): PromiseLike<Row[]>;
  },
): EventRelation<Row> {
  return {
    name,
    keyOf,
    keyFields: ["id"],
    load: async (prisma, keys, query) =>
      table(prisma).findMany({ ...query, where: { id: { in: keys.map(Number) } } }),
    rowKey: (row) => String(row.id),
  };
}

/** The entity of the events about `model`: its id is their entityId. */
const entityOf = (model: string) => (event: Event) => (event.entityType === model ? event.entityId : null);

/** The id an event's payload names under `key` (an operation's order, a report), as an entity id. */
function payloadId(event: Event, key: "orderId" | "reportId"): string | null {
  const id = (event.payload as Record<string, unknown> | null)?.[key];
  return typeof id === "number" ? String(id) : null;
}

/**
 * The production order an event of its tree concerns: the order itself, or the order of an operation (whose
 * events name it in their payload, as `orderId`).
 */
const PRODUCTION_ORDER_OF_EVENT = byId(
  "productionOrder",
  (event) => (event.entityType === PRODUCTION_ORDER.model ? event.entityId : payloadId(event, "orderId")),
  (prisma) => prisma.productionOrder,
);
/** The shop-floor report an order's event is about (a consumption, an output, a completion, their undo). */
const REPORT_OF_EVENT = byId(
  "productionReport",
  (event) => (event.entityType === PRODUCTION_ORDER.model ? payloadId(event, "reportId") : null),
  (prisma) => prisma.productionReport,
);
const OPERATION_OF_EVENT = byId(
  "productionOrderOperation",
  entityOf(OPERATION_ENTITY),
  (prisma) => prisma.productionOrderOperation,
);
/** Stock events are about a product, at a location (src/domain/inventory/ledger.ts). */
const PRODUCT_OF_EVENT = byId("product", entityOf("Product"), (prisma) => prisma.product);
const LOCATION_OF_EVENT = byId(
  "location",
  (event) => (event.locationId === null ? null : String(event.locationId)),
  (prisma) => prisma.location,
);
const PURCHASE_ORDER_OF_EVENT = byId(
  "purchaseOrder",
  entityOf("PurchaseOrder"),
  (prisma) => prisma.purchaseOrder,
);
const TRANSFER_ORDER_OF_EVENT = byId(
  "transferOrder",
  entityOf("TransferOrder"),
  (prisma) => prisma.transferOrder,
);

const SALES_ORDER_OF_EVENT = byId("salesOrder", entityOf(SALES_ORDER.model), (prisma) => prisma.salesOrder);

const STOCK_LEVEL_OF_EVENT: EventRelation<StockLevel> = {
  name: "stockLevel",
  keyOf: (event) => (event.locationId === null ? null : `${event.entityId}@${event.locationId}`),
  keyFields: ["productId", "locationId"],
  load: (prisma, keys, query) => {
    // Per location, the products asked for there: exactly the levels the batch names.
    const byLocation = new Map<number, number[]>();
    for (const key of keys) {
      const [productId, locationId] = key.split("@").map(Number) as [number, number];
      const products = byLocation.get(locationId);
      if (products) products.push(productId);
      else byLocation.set(locationId, [productId]);
    }
    return prisma.stockLevel.findMany({
      ...query,
      where: {
        OR: [...byLocation].map(([locationId, productIds]) => ({
          locationId,
          productId: { in: productIds },
        })),
      },
    });
  },
  rowKey: (row) => `${row.productId}@${row.locationId}`,
};

const LiveEventRef = builder.interfaceRef<BatchedEvent>("LiveEvent").implement({
  description: "A committed change, as live subscriptions deliver it.",
  fields: (t) => ({
    id: t.field({
      type: "ID",
      description:
        "A global id like every other (ADR 0027), of this type and the event's cursor: a client cache may key " +
        "by it. Resume with `cursor`, not this.",
      resolve: (event, _args, _context, info) => cacheId(info.parentType.name, event.id),
    }),
    cursor: t.string({
      description:
        "The event's position in the stream: increases in commit order. Pass the last one you received as " +
        "`after` to resume (it is also the `id:` line of an SSE event and what `liveCursor` answers).",
      resolve: (event) => event.id.toString(),
    }),
    type: t.exposeString("type", {
      description: "What happened, e.g. PRODUCTION_ORDER_RELEASED or STOCK_CHANGED.",
    }),
    payload: t.field({
      type: "JSON",
      description: "The event's details.",
      resolve: (event) => event.payload,
    }),
    createdAt: t.field({ type: "DateTime", resolve: (event) => event.createdAt }),
    actor: t.field({ type: EventActorRef, resolve: (event) => event }),
  }),
});

/** An event's status as an order's: null for the events of an operation, whose statuses are its own. */
const asStatus = (event: Event, status: string | null) =>
  event.entityType === PRODUCTION_ORDER.model ? (status as ProductionOrderStatus | null) : null;
const asOperationStatus = (event: Event, status: string | null) =>
  event.entityType === OPERATION_ENTITY ? (status as OperationStatus | null) : null;

const ProductionOrderLiveEventRef = builder.objectRef<BatchedEvent>("ProductionOrderLiveEvent").implement({
  interfaces: [LiveEventRef],
  description:
    "A change of a production order (created, a status step, undo and void too, an edit or a shop-floor stock " +
    "step: `report` is set) or of one of its " +
    "operations (OPERATION_STARTED, _PAUSED, _RESUMED, _COMPLETED, _SKIPPED: `operation` is set).",
  fields: (t) => ({
    beforeStatus: t.field({
      type: ProductionOrderStatusEnum,
      nullable: true,
      description: "The order's status; null when the order was created and for an operation's event.",
      resolve: (event) => asStatus(event, event.beforeStatus),
    }),
    afterStatus: t.field({
      type: ProductionOrderStatusEnum,
      nullable: true,
      resolve: (event) => asStatus(event, event.afterStatus),
    }),
    productionOrder: t.prismaField({
      type: ProductionOrderRef,
      nullable: true,
      description:
        "The order (an operation's order, for its events) as it is now (its status may already be past " +
        "`afterStatus`).",
      resolve: (query, event, _args, context) => rowOf(context, event, PRODUCTION_ORDER_OF_EVENT, query),
    }),
    report: t.prismaField({
      type: ProductionReportRef,
      nullable: true,
      description:
        "The shop-floor report the event is about (PRODUCTION_ORDER_CONSUMED, _OUTPUT_REPORTED, " +
        "PRODUCTION_REPORT_UNDONE, and the completion's report on COMPLETED and its undo) as it is now.",
      resolve: (query, event, _args, context) => rowOf(context, event, REPORT_OF_EVENT, query),
    }),
    operation: t.prismaField({
      type: ProductionOrderOperationRef,
      nullable: true,
      description: "An operation's events: the operation as it is now; null for the order's own events.",
      resolve: (query, event, _args, context) => rowOf(context, event, OPERATION_OF_EVENT, query),
    }),
    operationBeforeStatus: t.field({
      type: OperationStatusEnum,
      nullable: true,
      description: "An operation's events: its status before the step.",
      resolve: (event) => asOperationStatus(event, event.beforeStatus),
    }),
    operationAfterStatus: t.field({
      type: OperationStatusEnum,
      nullable: true,
      resolve: (event) => asOperationStatus(event, event.afterStatus),
    }),
  }),
});

const StockLevelLiveEventRef = builder.objectRef<BatchedEvent>("StockLevelLiveEvent").implement({
  interfaces: [LiveEventRef],
  description:
    "A change of a stock level: on hand (payload onHandBefore/onHandAfter) or what open orders hold " +
    "(allocatedBefore/allocatedAfter, onOrderBefore/onOrderAfter).",
  fields: (t) => ({
    // Products and locations are archived, never deleted.
    product: t.prismaField({
      type: ProductRef,
      resolve: async (query, event, _args, context) =>
        existing(await rowOf(context, event, PRODUCT_OF_EVENT, query), "product"),
    }),
    location: t.prismaField({
      type: LocationRef,
      resolve: async (query, event, _args, context) =>
        existing(await rowOf(context, event, LOCATION_OF_EVENT, query), "location"),
    }),
    stockLevel: t.prismaField({
      type: StockLevelRef,
      nullable: true,
      description: "The stock level as it is now.",
      resolve: (query, event, _args, context) => rowOf(context, event, STOCK_LEVEL_OF_EVENT, query),
    }),
  }),
});

const SUPPLY_ORDER_MODELS = { PURCHASE: "PurchaseOrder", TRANSFER: "TransferOrder" } as const;
type SupplyOrderKind = keyof typeof SUPPLY_ORDER_MODELS;

const SupplyOrderKindEnum = builder.enumType("SupplyOrderKind", {
  values: Object.keys(SUPPLY_ORDER_MODELS) as SupplyOrderKind[],
  description: "Orders that bring stock to a location: purchase orders and transfer orders.",
});

const SupplyOrderLiveEventRef = builder.objectRef<BatchedEvent>("SupplyOrderLiveEvent").implement({
  interfaces: [LiveEventRef],
  description:
    "A change of a purchase or transfer order: created, lines edited, a status step, a receipt, transfer lines " +
    "moved (TRANSFER_ORDER_LINES_MOVED).",
  fields: (t) => ({
    kind: t.field({
      type: SupplyOrderKindEnum,
      resolve: (event) => (event.entityType === SUPPLY_ORDER_MODELS.PURCHASE ? "PURCHASE" : "TRANSFER"),
    }),
    beforeStatus: t.exposeString("beforeStatus", {
      nullable: true,
      description: "A PurchaseOrderStatus or TransferOrderStatus; null when the order was created.",
    }),
    afterStatus: t.exposeString("afterStatus", { nullable: true }),
    purchaseOrder: t.prismaField({
      type: PurchaseOrderRef,
      nullable: true,
      description: "The purchase order as it is now (null for a transfer).",
      resolve: (query, event, _args, context) => rowOf(context, event, PURCHASE_ORDER_OF_EVENT, query),
    }),
    transferOrder: t.prismaField({
      type: TransferOrderRef,
      nullable: true,
      description: "The transfer order as it is now (null for a purchase).",
      resolve: (query, event, _args, context) => rowOf(context, event, TRANSFER_ORDER_OF_EVENT, query),
    }),
  }),
});

const asSalesStatus = (status: string | null) => status as SalesOrderStatus | null;

const SalesOrderLiveEventRef = builder.objectRef<BatchedEvent>("SalesOrderLiveEvent").implement({
  interfaces: [LiveEventRef],
  description:
    "A change of a sales order: created, lines edited, authorized (payload productionOrderIds: the production " +
    "orders made for it, when Settings.salesOrderProductionStatus is set), fulfilled (payload shipped) or voided.",
  fields: (t) => ({
    beforeStatus: t.field({
      type: SalesOrderStatusEnum,
      nullable: true,
      description: "Null when the order was created.",
      resolve: (event) => asSalesStatus(event.beforeStatus),
    }),
    afterStatus: t.field({
      type: SalesOrderStatusEnum,
      nullable: true,
      resolve: (event) => asSalesStatus(event.afterStatus),
    }),
    salesOrder: t.prismaField({
      type: SalesOrderRef,
      nullable: true,
      description: "The order as it is now (its status may already be past `afterStatus`).",
      resolve: (query, event, _args, context) => rowOf(context, event, SALES_ORDER_OF_EVENT, query),
    }),
  }),
});

/** A row every event of its kind names, which is never deleted. */
function existing<Row>(row: Row | null, label: string): Row {
  if (row === null) throw new Error(`An event names a ${label} that does not exist`);
  return row;
}

/** An id argument naming nothing: refused before subscribing (`runRead`). */
function notFound(label: string, field: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `No ${label} with this id`, [field]);
}

/** The id argument, refused (as `notFound`) when it names nothing. */
async function existingId(table: Findable<unknown>, id: number, label: string, field: string) {
  if (!(await table.findUnique({ where: { id } }))) throw notFound(label, field);
  return id;
}

/**
 * Builds the filter from the arguments (refusing those naming nothing, as a read refuses them), parses and checks
 * the resume point, then registers the subscription with the instance's live feed. The resume point is the
 * Last-Event-ID of an SSE reconnect when there is one: the client re-sends its first request, `after` included,
 * and the header is the newer of the two.
 */
function subscribe(context: Context, after: string | null | undefined, filterOf: () => Promise<EventFilter>) {
  return runRead(async () => {
    const filter = await filterOf();
    const lastEventId = context.sse?.lastEventId ?? null;
    const resume =
      lastEventId === null
        ? parseResumePoint(after, "after")
        : parseResumePoint(lastEventId, "Last-Event-ID");
    if (resume !== null) await context.live.checkResumePoint(resume);
    return context.live.subscribe({
      filter,
      after: resume,
      viewer: context.viewer,
      connection: context.connection,
    });
  });
}

/** A subscription field's event, noted for SSE, whose stream names each event by its id (src/http/sse.ts). */
function delivering(event: BatchedEvent, _args: unknown, context: Context): BatchedEvent {
  if (context.sse) context.sse.eventId = event.id;
  return event;
}

builder.queryFields((t) => ({
  liveCursor: t.string({
    authScopes: { authenticated: true },
    description:
      "The cursor of the newest event committed as this query reads the database: every other field of the same " +
      "query sees exactly the changes up to it (the query reads one snapshot). Subscribe with `after: " +
      "liveCursor` and the events replayed are exactly those the query's answer does not show yet.",
    resolve: async (_root, _args, context) => (await newestEventId(context.db.prisma)).toString(),
  }),
}));

builder.subscriptionFields((t) => ({
  productionOrderEvents: t.field({
    type: ProductionOrderLiveEventRef,
    authScopes: { permission: "PRODUCTION_VIEW" },
    description:
      "Changes of production orders, in commit order, filtered by every argument given: Draft -> Planned -> " +
      "Released -> In progress -> Completed, undo and void, creation and edits, and the steps of their operations.",
    args: {
      orderId: t.arg.rowID({
        for: ProductionOrderRef,
        required: false,
        description: "This order's own changes only (its operations' steps come with `rootOrderId`).",
      }),
      rootOrderId: t.arg.rowID({
        for: ProductionOrderRef,
        required: false,
        description:
          "A root order: its whole tree (the order and every order nested under it, and their operations).",
      }),
      locationId: t.arg.rowID({ for: LocationRef, required: false }),
      statuses: t.arg({
        type: [ProductionOrderStatusEnum],
        required: false,
        description: "Changes of orders into or out of any of these statuses (no operation steps).",
      }),
      after: t.arg.string(AFTER),
    },
    subscribe: (_root, args, context) =>
      subscribe(context, args.after, async () => {
        const prisma = context.db.prisma;
        const filter: EventFilter = {
          entityTypes: [PRODUCTION_ORDER.model, OPERATION_ENTITY],
          ...(args.statuses?.length ? { statuses: args.statuses } : {}),
        };
        if (args.orderId) {
          const id = await existingId(prisma.productionOrder, args.orderId, "production order", "orderId");
          // An entity id names an order only among the orders' events.
          filter.entityTypes = [PRODUCTION_ORDER.model];
          filter.entityId = String(id);
        }
        if (args.rootOrderId) {
          const id = args.rootOrderId;
          const order = await prisma.productionOrder.findUnique({ where: { id }, select: { rootId: true } });
          if (!order) throw notFound("production order", "rootOrderId");
          if (order.rootId !== null) {
            throw new DomainError(
              ErrorCode.INVALID_INPUT,
              "This order is nested in another tree: subscribe with the id of its root order",
              ["rootOrderId"],
            );
          }
          filter.rootOrderId = id;
        }
        if (args.locationId) {
          filter.locationId = await existingId(prisma.location, args.locationId, "location", "locationId");
        }
        return filter;
      }),
    resolve: delivering,
  }),

  stockLevelEvents: t.field({
    type: StockLevelLiveEventRef,
    authScopes: { authenticated: true },
    description: "Changes of stock levels (on hand, allocated, on order), in commit order.",
    args: {
      productId: t.arg.rowID({ for: ProductRef, required: false }),
      locationId: t.arg.rowID({ for: LocationRef, required: false }),
      after: t.arg.string(AFTER),
    },
    subscribe: (_root, args, context) =>
      subscribe(context, args.after, async () => {
        const prisma = context.db.prisma;
        // The ledger's events: entity the product, location the stock's (src/domain/inventory/ledger.ts).
        const filter: EventFilter = { entityTypes: ["Product"], types: [EventType.STOCK_CHANGED] };
        if (args.productId) {
          const id = await existingId(prisma.product, args.productId, "product", "productId");
          filter.entityId = String(id);
        }
        if (args.locationId) {
          filter.locationId = await existingId(prisma.location, args.locationId, "location", "locationId");
        }
        return filter;
      }),
    resolve: delivering,
  }),

  supplyOrderEvents: t.field({
    type: SupplyOrderLiveEventRef,
    authScopes: { authenticated: true },
    description: "Changes of purchase and transfer orders, in commit order.",
    args: {
      kind: t.arg({ type: SupplyOrderKindEnum, required: false, description: "Only this kind of order." }),
      orderId: t.arg.globalID({
        for: [PurchaseOrderRef, TransferOrderRef],
        required: false,
        description: "This purchase or transfer order only.",
      }),
      after: t.arg.string(AFTER),
    },
    subscribe: (_root, args, context) =>
      subscribe(context, args.after, async () => {
        const filter: EventFilter = {
          entityTypes: args.kind ? [SUPPLY_ORDER_MODELS[args.kind]] : Object.values(SUPPLY_ORDER_MODELS),
        };
        if (args.orderId) {
          const model = args.orderId.typename;
          if (args.kind && SUPPLY_ORDER_MODELS[args.kind] !== model) {
            throw new DomainError(
              ErrorCode.INVALID_INPUT,
              `orderId is a ${model}, not a ${args.kind} order`,
              ["orderId"],
            );
          }
          const prisma = context.db.prisma;
          // Of either type, so a Relay id (`{ typename, id }`) rather than a rowID: the type picks the table.
          const orderId = Number(args.orderId.id);
          const id =
            model === SUPPLY_ORDER_MODELS.PURCHASE
              ? await existingId(prisma.purchaseOrder, orderId, "purchase order", "orderId")
              : await existingId(prisma.transferOrder, orderId, "transfer order", "orderId");
          filter.entityTypes = [model];
          filter.entityId = String(id);
        }
        return filter;
      }),
    resolve: delivering,
  }),

  salesOrderEvents: t.field({
    type: SalesOrderLiveEventRef,
    // Like the reads (`salesOrders`): SALES is the permission to change them.
    authScopes: { authenticated: true },
    description:
      "Changes of sales orders, in commit order, filtered by every argument given: created, lines edited, " +
      "Draft -> Authorized -> Fulfilled, voided.",
    args: {
      orderId: t.arg.rowID({ for: SalesOrderRef, required: false, description: "This order only." }),
      locationId: t.arg.rowID({
        for: LocationRef,
        required: false,
        description: "Orders shipping from this location.",
      }),
      statuses: t.arg({
        type: [SalesOrderStatusEnum],
        required: false,
        description: "Changes into or out of any of these statuses.",
      }),
      after: t.arg.string(AFTER),
    },
    subscribe: (_root, args, context) =>
      subscribe(context, args.after, async () => {
        const prisma = context.db.prisma;
        const filter: EventFilter = {
          entityTypes: [SALES_ORDER.model],
          ...(args.statuses?.length ? { statuses: args.statuses } : {}),
        };
        if (args.orderId) {
          filter.entityId = String(
            await existingId(prisma.salesOrder, args.orderId, "sales order", "orderId"),
          );
        }
        if (args.locationId) {
          filter.locationId = await existingId(prisma.location, args.locationId, "location", "locationId");
        }
        return filter;
      }),
    resolve: delivering,
  }),
}));
