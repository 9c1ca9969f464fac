import type { Event } from "../generated/prisma/client.ts";

/** An event as subscriptions receive it: with the batch it was read in. */
export type BatchedEvent = Event & { readonly batch: EventBatch };

/**
 * Events read from the table together: what one read of the live feed dispatched, or one replay page.
 *
 * A subscriber resolves its events one at a time (the next once the previous one was sent), so a load per event
 * costs a statement per event per relation, and during a burst that is what makes subscribers fall behind. Instead
 * the first event of a batch that asks for a relation loads it for every event of the batch, in one statement, and
 * the other events of the batch, and every subscriber that asks the same way, share the result.
 */
export class EventBatch {
  private readonly events: Event[] = [];
  private readonly loads = new Map<string, Promise<unknown>>();

  /** `row`, now a member of this batch. */
  add(row: Event): BatchedEvent {
    this.events.push(row);
    return Object.assign(row, { batch: this });
  }

  /**
   * `load(every event of the batch)`, once per `key` for the whole batch. A failed load is forgotten, so the next
   * event that asks tries again.
   */
  once<Result>(key: string, load: (events: readonly Event[]) => Promise<Result>): Promise<Result> {
    let loaded = this.loads.get(key) as Promise<Result> | undefined;
    if (!loaded) {
      loaded = load(this.events);
      this.loads.set(key, loaded);
      loaded.catch(() => this.loads.delete(key));
    }
    return loaded;
  }
}
