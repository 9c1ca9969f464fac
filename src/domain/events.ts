import type { Tx } from "../db/database.ts";
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
 * Writes an event row in the caller's transaction (the outbox): it commits or rolls back with the change it
 * describes. Subscribers are fed from this table after commit.
 */
export async function recordEvent(tx: Tx, actor: Actor, event: EventInput) {
  return tx.event.create({ data: eventRow(actor, event) });
}

/** The same rows as `recordEvent`, written in one statement. */
export async function recordEvents(tx: Tx, actor: Actor, events: EventInput[]): Promise<void> {
  if (events.length > 0) await tx.event.createMany({ data: events.map((event) => eventRow(actor, event)) });
}

function eventRow(actor: Actor, event: EventInput) {
  return { ...event, entityId: String(event.entityId), actorKeyId: actor?.apiKeyId ?? null };
}
