import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import { describe, expect, it } from "vitest";
import { OPERATION_ENTITY } from "../../src/domain/orders/production/operations.ts";
import { PRODUCTION_ORDER } from "../../src/domain/orders/production/order.ts";
import type { BoardOrderFragment } from "../graphql/graphql.ts";
import { decodeId } from "../kit/ids.ts";
import { type LiveClient, type SseEvent, subscribeSse, waitFor } from "../kit/live.ts";
import { seededRandom } from "../kit/random.ts";
import { boardChanges, boardWithLiveCursor } from "../operations/live.ts";
import {
  productionOrderRelease,
  productionOrderReschedule,
  productionOrderUndo,
} from "../operations/orders.ts";
import { BOARD_WINDOW, seedBoard } from "./board.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

/**
 * The issue's "done when": planners on one board, each reading it with liveCursor and following it with `after`,
 * move orders with expectedVersion while the shop floor changes their statuses underneath; every board ends as a
 * fresh query's, having applied every change once, and every lost race was told so.
 */

const { use, client } = liveFixtures();
let kit: LiveWorld["kit"];
let server: LiveWorld["server"];
let world: LiveWorld["world"];
use((opened) => {
  ({ kit, server, world } = opened);
});

const ORDERS = 6;
const MOVES_PER_PLANNER = 12;
const WRITER_STEPS = 12;
const DAY_MS = 24 * 60 * 60 * 1000;

type Board = Map<string, BoardOrderFragment>;

/** One operation over a graphql-ws client (queries and mutations go over the socket too). */
function send<Data, Variables>(
  live: LiveClient,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<ExecutionResult<Data>> {
  return new Promise((resolve, reject) => {
    let result: ExecutionResult<Data> | undefined;
    live.client.subscribe<Data>(
      { query: print(document), variables: variables as Record<string, unknown> },
      {
        next: (value) => {
          result = value as ExecutionResult<Data>;
        },
        error: reject,
        complete: () => (result ? resolve(result) : reject(new Error("no result"))),
      },
    );
  });
}

/** The board as one query reads it, with the cursor its subscription resumes after. */
function boardOf(
  result: ExecutionResult<{
    liveCursor: string;
    schedule: { resources: { orders: { order: BoardOrderFragment }[] }[] };
  }>,
) {
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  const board: Board = new Map();
  for (const resource of result.data.schedule.resources) {
    for (const { order } of resource.orders) board.set(order.id, order);
  }
  return { board, cursor: result.data.liveCursor };
}

/** What a board does with a change: the order as it is now, if it is on the board. */
function apply(board: Board, order: BoardOrderFragment | null | undefined) {
  if (order && board.has(order.id)) board.set(order.id, order);
}

interface Moves {
  moved: number;
  conflicts: number;
  /** Refusals other than VERSION_CONFLICT: none expected. */
  other: unknown[];
}

/** A planner: drags orders of its board a day either way, with the version its board shows. */
async function plan(live: LiveClient, board: Board, seed: number, moves: Moves) {
  const random = seededRandom(seed);
  for (let move = 0; move < MOVES_PER_PLANNER / 2; move++) {
    const orders = [...board.values()];
    const order = orders[Math.floor(random() * orders.length)] as BoardOrderFragment;
    // A day either way, staying in the board's window (a board shows the orders of its window).
    const from = new Date(String(order.startDate)).getTime();
    const earlier = from - DAY_MS >= Date.parse(BOARD_WINDOW.from);
    const later = from + 2 * DAY_MS <= Date.parse(BOARD_WINDOW.to);
    const shift = (earlier && (!later || random() < 0.5) ? -1 : 1) * DAY_MS;
    const start = from + shift;
    const result = await send(live, productionOrderReschedule, {
      id: order.id,
      expectedVersion: order.version,
      startDate: new Date(start).toISOString(),
      expectedDate: new Date(new Date(String(order.expectedDate)).getTime() + shift).toISOString(),
    });
    const errors = result.data?.productionOrderReschedule.userErrors ?? [result.errors];
    if (errors.length === 0) moves.moved++;
    else if (errors.length === 1 && (errors[0] as { code?: string }).code === "VERSION_CONFLICT")
      moves.conflicts++;
    else moves.other.push(errors);
  }
}

/** The production order events committed after `cursor`: what a board following every order must receive. */
async function eventIdsAfter(cursor: string): Promise<string[]> {
  const events = await kit.db.prisma.event.findMany({
    where: { id: { gt: BigInt(cursor) }, entityType: { in: [PRODUCTION_ORDER.model, OPERATION_ENTITY] } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return events.map((event) => String(event.id));
}

const eventOf = (event: SseEvent) =>
  (
    event.data as {
      data: { productionOrderEvents: { cursor: string; productionOrder: BoardOrderFragment | null } };
    }
  ).data.productionOrderEvents;

describe("planners on one board", () => {
  it("end with a fresh query's board, each change applied once, every lost race told VERSION_CONFLICT; SSE too, across a dropped connection", async () => {
    const seeded = await seedBoard(kit, world, ORDERS, "PLAN");
    // The board's orders by id (a fresh board lists them by start date).
    const onTheBoard = (board: Board) =>
      [...board.values()]
        .filter((order) => seeded.includes(order.id))
        .sort((a, b) => a.id.localeCompare(b.id));

    // Two planners over graphql-ws: the board and its cursor in one query, then the changes after it.
    const planners = await Promise.all(
      [1, 2].map(async (seed) => {
        const live = client();
        const { board, cursor } = boardOf(await send(live, boardWithLiveCursor, BOARD_WINDOW));
        const received: string[] = [];
        live.client.subscribe(
          { query: print(boardChanges), variables: { after: cursor } },
          {
            next: ({ data }) => {
              const event = (
                data as { productionOrderEvents: { cursor: string; productionOrder: BoardOrderFragment } }
              ).productionOrderEvents;
              received.push(event.cursor);
              apply(board, event.productionOrder);
            },
            error: (error) => {
              throw new Error(`planner ${seed}: ${JSON.stringify(error)}`);
            },
            complete: () => {},
          },
        );
        return { live, board, cursor, received, seed, moves: { moved: 0, conflicts: 0, other: [] } as Moves };
      }),
    );

    // A board over SSE, dropped halfway and resumed by Last-Event-ID.
    const sseRead = boardOf(await kit.execute(boardWithLiveCursor, BOARD_WINDOW));
    const sseVariables = { after: sseRead.cursor };
    const drop = new AbortController();
    const first = await subscribeSse(server.url, kit.adminKey, boardChanges, sseVariables, {
      signal: drop.signal,
    });

    // The shop floor changes statuses underneath: release and undo, without a version.
    const writer = { steps: 0, refused: 0 };
    const shopFloor = async (seed: number) => {
      const random = seededRandom(seed);
      for (let step = 0; step < WRITER_STEPS / 2; step++) {
        const id = seeded[Math.floor(random() * seeded.length)] as string;
        const order = await kit.db.prisma.productionOrder.findUniqueOrThrow({
          where: { id: decodeId(id) },
        });
        const result =
          order.status === "PLANNED"
            ? (await kit.execute(productionOrderRelease, { id })).data?.productionOrderRelease.userErrors
            : (await kit.execute(productionOrderUndo, { id })).data?.productionOrderUndo.userErrors;
        if (result?.length === 0) writer.steps++;
        else writer.refused++;
      }
    };
    // Two rounds of racing, each planner's moves and the shop floor's steps half in each; the SSE board drops its
    // connection between them, keeping the last id it got.
    const race = (round: number) =>
      Promise.all([
        ...planners.map((planner) =>
          plan(planner.live, planner.board, 10 * round + planner.seed, planner.moves),
        ),
        shopFloor(10 * round),
      ]);
    await race(1);
    const beforeDrop = await first.events(1);
    drop.abort();
    const lastEventId = beforeDrop.at(-1)?.id ?? "";
    await race(2);
    // It comes back with its first request and Last-Event-ID, as an SSE client does.
    const afterDrop = await eventIdsAfter(lastEventId);
    const stop = new AbortController();
    const resumed = await subscribeSse(server.url, kit.adminKey, boardChanges, sseVariables, {
      headers: { "Last-Event-ID": lastEventId },
      signal: stop.signal,
    });
    const sseEvents = [...beforeDrop, ...(await resumed.events(afterDrop.length))];
    stop.abort();
    for (const event of sseEvents) apply(sseRead.board, eventOf(event).productionOrder);

    const fresh = boardOf(await kit.execute(boardWithLiveCursor, BOARD_WINDOW));
    for (const planner of planners) {
      const expected = await eventIdsAfter(planner.cursor);
      await waitFor(
        () => planner.received.length >= expected.length,
        () => `planner ${planner.seed}: ${expected.length} events (got ${planner.received.length})`,
      );
      expect(planner.received).toEqual(expected);
      expect(onTheBoard(planner.board)).toEqual(onTheBoard(fresh.board));
      expect(planner.moves.other).toEqual([]);
    }
    expect(sseEvents.map((event) => event.id)).toEqual(await eventIdsAfter(sseRead.cursor));
    expect(onTheBoard(sseRead.board)).toEqual(onTheBoard(fresh.board));

    const moved = planners.reduce((sum, planner) => sum + planner.moves.moved, 0);
    const conflicts = planners.reduce((sum, planner) => sum + planner.moves.conflicts, 0);
    // Both kinds of outcome happened: the planners raced each other and the shop floor.
    expect(moved).toBeGreaterThan(0);
    expect(conflicts).toBeGreaterThan(0);
    expect(moved + conflicts).toBe(2 * MOVES_PER_PLANNER);
    console.info(
      `board planners: ${planners.map((planner) => `planner ${planner.seed} received ${planner.received.length} events, moved ${planner.moves.moved}, lost ${planner.moves.conflicts} races (VERSION_CONFLICT)`).join("; ")}; ` +
        `shop floor ${writer.steps} status steps (${writer.refused} refused); SSE board ${sseEvents.length} events ` +
        `(${beforeDrop.length} before the drop, ${sseEvents.length - beforeDrop.length} after Last-Event-ID ${lastEventId})`,
    );
  });
});
