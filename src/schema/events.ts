import type { ApiKey, Employee, Event } from "../generated/prisma/client.ts";
import type { BatchedEvent } from "../live/index.ts";
import { ApiKeyRef } from "./access.ts";
import { builder, type Context } from "./builder.ts";
import { EmployeeRef } from "./catalog/partners.ts";

/**
 * Who made a change, on every type that shows events (ProductionOrder.events, the live events): the API key, the
 * employee and the request id that src/domain/events.ts records with each event. The key and the employee are
 * read for the event's whole batch (the events read together: one history read, one live dispatch or replay
 * page), one statement each.
 */
export const EventActorRef = builder.objectRef<BatchedEvent>("EventActor").implement({
  description:
    "Who made a change: the API key of the request, the employee who did the work, the request's id.",
  fields: (t) => ({
    apiKey: t.field({
      type: ApiKeyRef,
      nullable: true,
      description:
        "The key whose request made the change; null when the server made it (start-up). Readable with ADMIN, " +
        "or when it is your own key: any other is null with a FORBIDDEN error.",
      resolve: (event, _args, context) => actorRow(context, event, ACTOR_KEY),
    }),
    employee: t.field({
      type: EmployeeRef,
      nullable: true,
      description:
        "The employee who did the work: a shop-floor step's `employeeId`, else the one the request named " +
        "(header `x-employee-id`); null when none was named.",
      resolve: (event, _args, context) => actorRow(context, event, ACTOR_EMPLOYEE),
    }),
    requestId: t.string({
      nullable: true,
      description:
        "The request's id (the `x-request-id` the client sent, else the one the server gave it and returned in " +
        "that header): every change of one request carries the same; null when the server made it.",
      resolve: (event) => event.requestId,
    }),
  }),
});

/** A row an event's actor names, by the event's column. */
interface ActorRelation<Row> {
  name: string;
  idOf(event: Event): number | null;
  load(context: Context, ids: number[]): Promise<Row[]>;
}

const ACTOR_KEY: ActorRelation<ApiKey> = {
  name: "actor.apiKey",
  idOf: (event) => event.actorKeyId,
  load: (context, ids) => context.db.prisma.apiKey.findMany({ where: { id: { in: ids } } }),
};

const ACTOR_EMPLOYEE: ActorRelation<Employee> = {
  name: "actor.employee",
  idOf: (event) => event.actorEmployeeId,
  load: (context, ids) => context.db.prisma.employee.findMany({ where: { id: { in: ids } } }),
};

async function actorRow<Row extends { id: number }>(
  context: Context,
  event: BatchedEvent,
  relation: ActorRelation<Row>,
): Promise<Row | null> {
  const id = relation.idOf(event);
  if (id === null) return null;
  const rows = await event.batch.once(relation.name, async (events) => {
    const ids = [...new Set(events.map(relation.idOf).filter((each) => each !== null))];
    return new Map((await relation.load(context, ids)).map((row) => [row.id, row]));
  });
  return rows.get(id) ?? null;
}
