import { GraphQLError } from "graphql";
import type { PrismaClient } from "../generated/prisma/client.ts";

/** What reading the cursor needs: the client, or a transaction of it. */
type EventReader = Pick<PrismaClient, "event" | "settings">;

/** What a reader sees of the Event table: where retention deleted through, and the newest id (see `newestEventId`). */
export async function eventBounds(prisma: EventReader): Promise<{ prunedThrough: bigint; newest: bigint }> {
  const [newest, pruned] = await Promise.all([
    prisma.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } }),
    prunedThrough(prisma),
  ]);
  const id = newest?.id ?? 0n;
  return { prunedThrough: pruned, newest: id > pruned ? id : pruned };
}

/**
 * The newest event id a reader can see: the newest event, or, once retention deleted every event, the boundary it
 * deleted through. Event ids follow commit order (ADR 0009): whoever sees event N sees every event below N that
 * will ever commit, so in one snapshot this is the exact point from which `after` replays what the snapshot does
 * not show (`Query.liveCursor`, ADR 0025).
 */
export async function newestEventId(prisma: EventReader): Promise<bigint> {
  return (await eventBounds(prisma)).newest;
}

/** Retention deleted every event up to this id. */
export async function prunedThrough(prisma: EventReader): Promise<bigint> {
  const settings = await prisma.settings.findUnique({
    where: { id: 1 },
    select: { eventsPrunedThroughId: true },
  });
  return settings?.eventsPrunedThroughId ?? 0n;
}

/**
 * Where a client asked to resume: the `after` argument, or the Last-Event-ID header an SSE client sends when it
 * reconnects. Its errors name it.
 */
export type ResumeSource = "after" | "Last-Event-ID";

export interface ResumePoint {
  id: bigint;
  from: ResumeSource;
}

const MAX_EVENT_ID = 2n ** 63n - 1n;

/** A resume point as the client sends it: an event id, a string of digits (a BigInt does not fit a GraphQL Int). */
export function parseResumePoint(value: string | null | undefined, from: ResumeSource): ResumePoint | null {
  if (value === null || value === undefined) return null;
  const id = /^(0|[1-9]\d{0,18})$/.test(value) ? BigInt(value) : null;
  if (id === null || id > MAX_EVENT_ID) {
    throw badResumePoint(
      from,
      `${named(from)} must be an event id (a string of digits), not "${value.slice(0, 40)}"`,
    );
  }
  return { id, from };
}

export function badResumePoint(from: ResumeSource, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...naming(from) } });
}

/** The typed error of a resume point older than retention. */
export function expiredError(from: ResumeSource): GraphQLError {
  return new GraphQLError(
    "Events after this id were deleted by retention: refetch the current state, then subscribe without `after`",
    { extensions: { code: "EVENTS_EXPIRED", ...naming(from) } },
  );
}

export function named(from: ResumeSource): string {
  return from === "after" ? "`after`" : "Last-Event-ID";
}

/** `after` is an argument (`field`); the header is not, so the error says which header. */
function naming(from: ResumeSource) {
  return from === "after" ? { field: ["after"] } : { header: from };
}
