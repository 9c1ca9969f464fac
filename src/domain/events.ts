import { eventOutbox, type Tx } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/** Who caused a change; events and ledger rows keep the API key. */
export type Actor = { apiKeyId: number } | null;

export interface EventInput {
  type: string;
  entityType: string;
  entityId: string | number;
  rootOrderId?: number | null;
  locationId?: number | null;
  beforeStatus?: string | null;
  afterStatus?: string | null;
  payload: Prisma.InputJsonValue;
}

/**
 * Records an event of the caller's transaction (the outbox): it commits or rolls back with the change it
 * describes. The rows are inserted when the transaction ends (Database.transaction), in the order recorded,
 * so they cannot be read back inside the transaction that records them. Subscribers are fed after commit.
 */
export async function recordEvent(tx: Tx, actor: Actor, event: EventInput): Promise<void> {
  eventOutbox(tx).push(eventRow(actor, event));
}

/** The same as `recordEvent` for several events, in this order. */
export async function recordEvents(tx: Tx, actor: Actor, events: EventInput[]): Promise<void> {
  eventOutbox(tx).push(...events.map((event) => eventRow(actor, event)));
}

function eventRow(actor: Actor, event: EventInput) {
  return { ...event, entityId: String(event.entityId), actorKeyId: actor?.apiKeyId ?? null };
}
