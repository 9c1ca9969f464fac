import { GraphQLError } from "graphql";
import { PRODUCTION_ORDER } from "../domain/orders/production.ts";
import type { Findable } from "../domain/records.ts";
import type { Event } from "../generated/prisma/client.ts";
import type { ProductionOrderStatus } from "../generated/prisma/enums.ts";
import { type EventFilter, parseAfter } from "../live/index.ts";
import { builder, type Context } from "./builder.ts";
import { StockLevelRef } from "./inventory.ts";
import { LocationRef } from "./locations.ts";
import { ProductionOrderRef, ProductionOrderStatusEnum } from "./production-orders.ts";
import { ProductRef } from "./products.ts";
import { PurchaseOrderRef } from "./purchasing.ts";
import { TransferOrderRef } from "./transfers.ts";

/**
 * Live updates: one subscription per kind of thing a board watches, fed from the Event table (src/live/).
 * Every event carries its id; `after: <id>` resumes without a gap or a duplicate.
 */

const AFTER = {
  required: false,
  description:
    "The id of the last event you received: first every matching event after it is replayed, then live ones " +
    "follow. Without it, only events committed from now on. An id older than the retention period is refused " +
    "with EVENTS_EXPIRED: refetch the current state and subscribe without `after`.",
} as const;

/**
 * The entity an event names, read once per event object: live delivery hands the same object to every
 * subscriber of this instance (thousands, maybe), so they share one read; a replay reads its own rows, so each
 * replaying subscriber reads its entities. It is the entity as it is when the event is delivered.
 */
const sharedLoads = new WeakMap<Event, Map<string, Promise<unknown>>>();
function loadOnce<Row>(event: Event, key: string, load: () => Promise<Row>): Promise<Row> {
  let loads = sharedLoads.get(event);
  if (!loads) {
    loads = new Map();
    sharedLoads.set(event, loads);
  }
  let loaded = loads.get(key) as Promise<Row> | undefined;
  if (!loaded) {
    loaded = load();
    loads.set(key, loaded);
  }
  return loaded;
}

const LiveEventRef = builder.interfaceRef<Event>("LiveEvent").implement({
  description: "A committed change, as live subscriptions deliver it.",
  fields: (t) => ({
    id: t.field({
      type: "ID",
      description: "Increases in commit order; pass the last one you received as `after` to resume.",
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
  }),
});

const asStatus = (status: string | null) => status as ProductionOrderStatus | null;

const ProductionOrderLiveEventRef = builder.objectRef<Event>("ProductionOrderLiveEvent").implement({
  interfaces: [LiveEventRef],
  description: "A change of a production order: created, a status step (undo and void too) or an edit.",
  fields: (t) => ({
    beforeStatus: t.field({
      type: ProductionOrderStatusEnum,
      nullable: true,
      description: "Null when the order was created.",
      resolve: (event) => asStatus(event.beforeStatus),
    }),
    afterStatus: t.field({
      type: ProductionOrderStatusEnum,
      nullable: true,
      resolve: (event) => asStatus(event.afterStatus),
    }),
    productionOrder: t.field({
      type: ProductionOrderRef,
      nullable: true,
      description: "The order as it is now (its status may already be past `afterStatus`).",
      resolve: (event, _args, context) =>
        loadOnce(event, "productionOrder", () =>
          context.db.prisma.productionOrder.findUnique({ where: { id: Number(event.entityId) } }),
        ),
    }),
  }),
});

const StockLevelLiveEventRef = builder.objectRef<Event>("StockLevelLiveEvent").implement({
  interfaces: [LiveEventRef],
  description:
    "A change of a stock level: on hand (payload onHandBefore/onHandAfter) or what open orders hold " +
    "(allocatedBefore/allocatedAfter, onOrderBefore/onOrderAfter).",
  fields: (t) => ({
    product: t.field({
      type: ProductRef,
      resolve: (event, _args, context) =>
        loadOnce(event, "product", () =>
          context.db.prisma.product.findUniqueOrThrow({ where: { id: Number(event.entityId) } }),
        ),
    }),
    location: t.field({
      type: LocationRef,
      resolve: (event, _args, context) =>
        loadOnce(event, "location", () =>
          context.db.prisma.location.findUniqueOrThrow({ where: { id: event.locationId ?? 0 } }),
        ),
    }),
    stockLevel: t.field({
      type: StockLevelRef,
      nullable: true,
      description: "The stock level as it is now.",
      resolve: (event, _args, context) =>
        loadOnce(event, "stockLevel", () =>
          context.db.prisma.stockLevel.findUnique({
            where: {
              productId_locationId: { productId: Number(event.entityId), locationId: event.locationId ?? 0 },
            },
          }),
        ),
    }),
  }),
});

const SUPPLY_ORDER_MODELS = { PURCHASE: "PurchaseOrder", TRANSFER: "TransferOrder" } as const;
type SupplyOrderKind = keyof typeof SUPPLY_ORDER_MODELS;

const SupplyOrderKindEnum = builder.enumType("SupplyOrderKind", {
  values: Object.keys(SUPPLY_ORDER_MODELS) as SupplyOrderKind[],
  description: "Orders that bring stock to a location: purchase orders and transfer orders.",
});

const SupplyOrderLiveEventRef = builder.objectRef<Event>("SupplyOrderLiveEvent").implement({
  interfaces: [LiveEventRef],
  description: "A change of a purchase or transfer order: created, lines edited, a status step, a receipt.",
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
    purchaseOrder: t.field({
      type: PurchaseOrderRef,
      nullable: true,
      description: "The purchase order as it is now (null for a transfer).",
      resolve: (event, _args, context) =>
        event.entityType !== SUPPLY_ORDER_MODELS.PURCHASE
          ? null
          : loadOnce(event, "purchaseOrder", () =>
              context.db.prisma.purchaseOrder.findUnique({ where: { id: Number(event.entityId) } }),
            ),
    }),
    transferOrder: t.field({
      type: TransferOrderRef,
      nullable: true,
      description: "The transfer order as it is now (null for a purchase).",
      resolve: (event, _args, context) =>
        event.entityType !== SUPPLY_ORDER_MODELS.TRANSFER
          ? null
          : loadOnce(event, "transferOrder", () =>
              context.db.prisma.transferOrder.findUnique({ where: { id: Number(event.entityId) } }),
            ),
    }),
  }),
});

/** An id argument naming nothing: refused before subscribing, with the code and field a userError would have. */
function notFound(label: string, field: string): GraphQLError {
  return new GraphQLError(`No ${label} with this id`, { extensions: { code: "NOT_FOUND", field: [field] } });
}

/** The row id of an id argument, refused (as `notFound`) when it names nothing. */
async function existingId(table: Findable<unknown>, arg: { id: string }, label: string, field: string) {
  const id = Number(arg.id);
  if (!(await table.findUnique({ where: { id } }))) throw notFound(label, field);
  return id;
}

/** Parses and checks the resume point (`after`), then registers the subscription with the instance's live feed. */
async function subscribe(context: Context, filter: EventFilter, after: string | null | undefined) {
  const afterId = parseAfter(after);
  if (afterId !== null) await context.live.checkResumePoint(afterId);
  return context.live.subscribe({
    filter,
    after: afterId,
    apiKeyId: context.viewer.apiKeyId,
    connection: context.connection,
  });
}

builder.subscriptionFields((t) => ({
  productionOrderEvents: t.field({
    type: ProductionOrderLiveEventRef,
    authScopes: { permission: "PRODUCTION_VIEW" },
    description:
      "Changes of production orders, in commit order, filtered by every argument given: Draft -> Planned -> " +
      "Released -> In progress -> Completed, undo and void, creation and edits.",
    args: {
      orderId: t.arg.globalID({ for: ProductionOrderRef, required: false, description: "This order only." }),
      rootOrderId: t.arg.globalID({
        for: ProductionOrderRef,
        required: false,
        description: "A root order: its whole tree (the order and every order nested under it).",
      }),
      locationId: t.arg.globalID({ for: LocationRef, required: false }),
      statuses: t.arg({
        type: [ProductionOrderStatusEnum],
        required: false,
        description: "Changes into or out of any of these statuses.",
      }),
      after: t.arg.string(AFTER),
    },
    subscribe: async (_root, args, context) => {
      const prisma = context.db.prisma;
      const filter: EventFilter = {
        entityTypes: [PRODUCTION_ORDER.model],
        ...(args.statuses?.length ? { statuses: args.statuses } : {}),
      };
      if (args.orderId) {
        const id = await existingId(prisma.productionOrder, args.orderId, "production order", "orderId");
        filter.entityId = String(id);
      }
      if (args.rootOrderId) {
        const id = Number(args.rootOrderId.id);
        const order = await prisma.productionOrder.findUnique({ where: { id }, select: { rootId: true } });
        if (!order) throw notFound("production order", "rootOrderId");
        if (order.rootId !== null) {
          throw new GraphQLError(
            "This order is nested in another tree: subscribe with the id of its root order",
            {
              extensions: { code: "INVALID_INPUT", field: ["rootOrderId"] },
            },
          );
        }
        filter.rootOrderId = id;
      }
      if (args.locationId) {
        filter.locationId = await existingId(prisma.location, args.locationId, "location", "locationId");
      }
      return subscribe(context, filter, args.after);
    },
    resolve: (event) => event,
  }),

  stockLevelEvents: t.field({
    type: StockLevelLiveEventRef,
    authScopes: { authenticated: true },
    description: "Changes of stock levels (on hand, allocated, on order), in commit order.",
    args: {
      productId: t.arg.globalID({ for: ProductRef, required: false }),
      locationId: t.arg.globalID({ for: LocationRef, required: false }),
      after: t.arg.string(AFTER),
    },
    subscribe: async (_root, args, context) => {
      const prisma = context.db.prisma;
      // The ledger's events: entity the product, location the stock's (src/domain/inventory/ledger.ts).
      const filter: EventFilter = { entityTypes: ["Product"], types: ["STOCK_CHANGED"] };
      if (args.productId) {
        const id = await existingId(prisma.product, args.productId, "product", "productId");
        filter.entityId = String(id);
      }
      if (args.locationId) {
        filter.locationId = await existingId(prisma.location, args.locationId, "location", "locationId");
      }
      return subscribe(context, filter, args.after);
    },
    resolve: (event) => event,
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
    subscribe: async (_root, args, context) => {
      const filter: EventFilter = {
        entityTypes: args.kind ? [SUPPLY_ORDER_MODELS[args.kind]] : Object.values(SUPPLY_ORDER_MODELS),
      };
      if (args.orderId) {
        const model = args.orderId.typename;
        if (args.kind && SUPPLY_ORDER_MODELS[args.kind] !== model) {
          throw new GraphQLError(`orderId is a ${model}, not a ${args.kind} order`, {
            extensions: { code: "INVALID_INPUT", field: ["orderId"] },
          });
        }
        const prisma = context.db.prisma;
        const id =
          model === SUPPLY_ORDER_MODELS.PURCHASE
            ? await existingId(prisma.purchaseOrder, args.orderId, "purchase order", "orderId")
            : await existingId(prisma.transferOrder, args.orderId, "transfer order", "orderId");
        filter.entityTypes = [model];
        filter.entityId = String(id);
      }
      return subscribe(context, filter, args.after);
    },
    resolve: (event) => event,
  }),
}));
