import type { Event, Prisma } from "../generated/prisma/client.ts";

/** Which events a subscription receives: every condition given must hold. */
export interface EventFilter {
  /** The kinds of entity followed (Event.entityType); at least one. */
  entityTypes: readonly string[];
  /** Only these event types (e.g. STOCK_CHANGED). */
  types?: readonly string[];
  entityId?: string;
  /** The whole tree of this root production order. */
  rootOrderId?: number;
  locationId?: number;
  /** The status before or after the change is one of these (an order entering or leaving them). */
  statuses?: readonly string[];
}

/** The live side of the filter: tested against every new event, so it stays a few comparisons. */
export function matches(filter: EventFilter, event: Event): boolean {
  return (
    filter.entityTypes.includes(event.entityType) &&
    (filter.types === undefined || filter.types.includes(event.type)) &&
    (filter.entityId === undefined || filter.entityId === event.entityId) &&
    (filter.rootOrderId === undefined || filter.rootOrderId === event.rootOrderId) &&
    (filter.locationId === undefined || filter.locationId === event.locationId) &&
    (filter.statuses === undefined ||
      (event.beforeStatus !== null && filter.statuses.includes(event.beforeStatus)) ||
      (event.afterStatus !== null && filter.statuses.includes(event.afterStatus)))
  );
}

/** The replay side of the same filter: a where on the Event table (its indexes lead with these columns). */
export function whereOf(filter: EventFilter): Prisma.EventWhereInput {
  return {
    entityType: { in: [...filter.entityTypes] },
    ...(filter.types ? { type: { in: [...filter.types] } } : {}),
    ...(filter.entityId !== undefined ? { entityId: filter.entityId } : {}),
    ...(filter.rootOrderId !== undefined ? { rootOrderId: filter.rootOrderId } : {}),
    ...(filter.locationId !== undefined ? { locationId: filter.locationId } : {}),
    ...(filter.statuses
      ? {
          OR: [{ beforeStatus: { in: [...filter.statuses] } }, { afterStatus: { in: [...filter.statuses] } }],
        }
      : {}),
  };
}
