import { randomUUID } from "node:crypto";
import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { type App, createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/logger.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { buildWorld, seedWorld, type World } from "../kit/world.ts";
import { me } from "../operations/access.ts";
import { stockAdjust } from "../operations/inventory.ts";

/**
 * Retries of an idempotent request that is still running: they must not wait for it holding pooled connections
 * (a burst of scanner retries would stall everyone), so they are answered "in progress" (409, Retry-After).
 */

let kit: TestKit;
let world: World;
let product: number;
/** What the requests that are not retries write. */
let otherProduct: number;

useTestKit((opened) => {
  kit = opened;
});
beforeAll(async () => {
  world = await seedWorld(kit);
  const built = await buildWorld(kit, world).product("SCREW").product("NUT");
  [product, otherProduct] = [built.product("SCREW"), built.product("NUT")];
  // Its stock level exists: a slow request waits for it (startSlowRequest).
  await send(stockAdjust, adjustment("100"));
});

interface Answer {
  status: number;
  retryAfter: string | null;
  replayed: boolean;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function send(
  document: Parameters<typeof print>[0],
  variables: Record<string, unknown>,
  options: { key?: string; app?: App } = {},
): Promise<Answer> {
  const response = await kit.post(JSON.stringify({ query: print(document), variables }), {
    app: options.app,
    headers: options.key ? { "idempotency-key": options.key } : {},
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    replayed: response.headers.get("idempotent-replayed") === "true",
    body: (await response.json()) as Answer["body"],
  };
}

const adjustment = (quantity = "1", productId = product) => ({
  input: {
    type: "OTHER",
    lines: [
      {
        productId: globalId("Product", productId),
        locationId: globalId("Location", world.warehouse),
        quantity,
      },
    ],
  },
});

/**
 * Sends a keyed stock adjustment of the product that stays running until `release()`; resolves once it does.
 * On PostgreSQL it claims its key, then waits inside its business action for the product's stock level, which
 * another transaction holds locked: its key's row locked and a pooled connection held, as a slow request's are.
 * PGlite is one connection that every statement waits for while a transaction is open, so there the request waits
 * just before its transaction (running, as far as its retries can tell).
 */
async function startSlowRequest(key: string): Promise<{ answer: Promise<Answer>; release: () => void }> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  if (kit.db.kind === "pglite") {
    const original = kit.db.transaction;
    let held: () => void = () => {};
    const holding = new Promise<void>((resolve) => {
      held = resolve;
    });
    kit.db.transaction = (async (action: Parameters<Database["transaction"]>[0]) => {
      kit.db.transaction = original;
      held();
      await released;
      return original(action);
    }) as Database["transaction"];
    const answer = send(stockAdjust, adjustment(), { key });
    await holding;
    return { answer, release };
  }
  let locked: () => void = () => {};
  const lockTaken = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const holder = kit.db.sqlTransaction(async (sql) => {
    await sql.query(`SELECT 1 FROM "StockLevel" WHERE "productId" = $1 AND "locationId" = $2 FOR UPDATE`, [
      product,
      world.warehouse,
    ]);
    locked();
    await released;
  });
  await lockTaken;
  const answer = send(stockAdjust, adjustment(), { key });
  await someoneWaitsForALock();
  return { answer: Promise.all([holder, answer]).then(([, answered]) => answered), release };
}

/** Resolves once a statement of this database waits for a lock. */
async function someoneWaitsForALock() {
  for (;;) {
    const [row] = await kit.db.prisma.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0n) > 0n) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** `work`, or a failure naming `what` when it takes longer than `ms`. */
async function within<Result>(ms: number, what: string, work: Promise<Result>): Promise<Result> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function expectInProgress(answer: Answer) {
  expect(answer.status).toBe(409);
  expect(answer.retryAfter).toBe("1");
  expect(answer.body.errors).toEqual([
    expect.objectContaining({
      message: expect.stringContaining("is still running"),
      extensions: { code: "IDEMPOTENCY_KEY_IN_PROGRESS" },
    }),
  ]);
}

describe("retries of a request still running", () => {
  it("answers a burst of 50 retries 409 in progress with Retry-After, serves everyone else meanwhile, then replays", async () => {
    const key = randomUUID();
    const before = await kit.db.prisma.inventoryAdjustment.count();
    const first = await startSlowRequest(key);
    try {
      const retries = Array.from({ length: 50 }, () => send(stockAdjust, adjustment(), { key }));
      // Reads and a write without a key go through while the first request and its retries are pending.
      const others = await within(
        5000,
        "serving the other requests",
        Promise.all([
          ...Array.from({ length: 10 }, () => send(me, {})),
          send(stockAdjust, adjustment("2", otherProduct)),
        ]),
      );
      for (const other of others) expect(other.body.errors).toBeUndefined();
      for (const answer of await within(10_000, "answering the retries", Promise.all(retries))) {
        expectInProgress(answer);
      }
    } finally {
      first.release();
    }
    const answered = await first.answer;
    expect(answered).toMatchObject({ status: 200, replayed: false });
    const again = await send(stockAdjust, adjustment(), { key });
    expect(again).toMatchObject({ status: 200, replayed: true, body: answered.body });
    // The first request and the keyless one: no retry ran.
    expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before + 2);
  });

  it("gives a retry the first answer when the first finishes while the retry waits", async () => {
    const key = randomUUID();
    const first = await startSlowRequest(key);
    const retry = send(stockAdjust, adjustment(), { key });
    await new Promise((resolve) => setTimeout(resolve, 200));
    first.release();
    const [answered, retried] = await Promise.all([first.answer, retry]);
    expect(answered).toMatchObject({ status: 200, replayed: false });
    expect(retried).toMatchObject({ status: 200, replayed: true, body: answered.body });
  });

  // Two instances: the first request runs on one, its retry reaches the other. PGlite is one process's database.
  it.runIf(process.env.DATABASE_URL)(
    "answers a retry through another instance 409 in progress after a short wait on the key's lock",
    async () => {
      const key = randomUUID();
      const other = createApp({ db: kit.db, logger: createLogger("error") });
      const first = await startSlowRequest(key);
      try {
        expectInProgress(
          await within(2000, "the retry", send(stockAdjust, adjustment(), { key, app: other })),
        );
      } finally {
        first.release();
      }
      expect(await first.answer).toMatchObject({ status: 200, replayed: false });
      expect(await send(stockAdjust, adjustment(), { key, app: other })).toMatchObject({
        status: 200,
        replayed: true,
      });
    },
  );
});
