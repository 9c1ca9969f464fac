import { describe, expect, it } from "vitest";
import { globalId } from "../kit/ids.ts";
import { subscribe, waitFor } from "../kit/live.ts";
import { createProduct } from "../kit/world.ts";
import { stockLevelEvents } from "../operations/live.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use, client, registered, adjust, adjustAll, newestEventId, stockEventIdsAfter } = liveFixtures();
let kit: LiveWorld["kit"];
let world: LiveWorld["world"];
let frame: LiveWorld["frame"];
use((opened) => {
  ({ kit, world, frame } = opened);
});

describe("resuming with after", () => {
  it("replays exactly the events missed while disconnected, then continues live without duplicates", async () => {
    const first = client();
    const before = subscribe(first, stockLevelEvents, { productId: globalId("Product", frame) });
    await registered(1);
    await adjust(frame, "1");
    const [seen] = await before.waitForResults(1);
    const lastId = seen?.stockLevelEvents.cursor ?? "";
    await first.dispose();
    await waitFor(
      () => kit.app.live.subscriptionCount === 0,
      () => "the disconnect",
    );

    const missed = 5;
    for (let change = 1; change <= missed; change++) await adjust(frame, String(change));

    const again = subscribe(client(), stockLevelEvents, {
      productId: globalId("Product", frame),
      after: lastId,
    });
    const replayed = await again.waitForResults(missed);
    const onHand = (event: { payload: unknown }) =>
      Number((event.payload as { onHandAfter: string }).onHandAfter);
    const base = onHand(seen?.stockLevelEvents ?? { payload: {} });
    // +1, +2, ... +5 while disconnected.
    expect(replayed.map(({ stockLevelEvents: event }) => onHand(event) - base)).toEqual([1, 3, 6, 10, 15]);
    await adjust(frame, "100");
    const all = await again.waitForResults(missed + 1);
    const ids = all.map(({ stockLevelEvents: event }) => BigInt(event.cursor));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBeGreaterThan(BigInt(lastId));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    expect(onHand(all[missed]?.stockLevelEvents ?? { payload: {} }) - base).toBe(115);
    // Nothing else arrives.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(again.results).toHaveLength(missed + 1);
  });

  it("switches from replay to live while others commit, over several replay pages, missing and repeating nothing", async () => {
    const after = await newestEventId();
    // 4 x 130 lines: 520 events to replay (pages of 500).
    const products = await Promise.all(
      Array.from({ length: 130 }, (_, index) => createProduct(kit, `LIVE-R-${index}`)),
    );
    for (let round = 0; round < 4; round++) await adjustAll(products, "1", world.warehouse);

    const resumed = subscribe(client(), stockLevelEvents, {
      locationId: globalId("Location", world.warehouse),
      after,
    });
    // Commits racing with the replay and the switch to live.
    for (let round = 0; round < 3; round++) await adjustAll(products, "1", world.warehouse);

    const expected = await stockEventIdsAfter(after, world.warehouse);
    expect(expected).toHaveLength(7 * 130);
    const received = await resumed.waitForResults(expected.length, 60_000);
    expect(received.map(({ stockLevelEvents: event }) => event.cursor)).toEqual(expected);
  });
});

describe("commit order", () => {
  it("delivers every event of concurrent transactions, in id order", async () => {
    const products = await Promise.all(
      Array.from({ length: 20 }, (_, index) => createProduct(kit, `LIVE-C-${index}`)),
    );
    const after = await newestEventId();
    const live = subscribe(client(), stockLevelEvents, { locationId: globalId("Location", world.warehouse) });
    await registered(1);
    // On PostgreSQL these run in parallel; a feed reading "id > last" must still skip none of them.
    await Promise.all(products.map((productId) => adjust(productId, "1", world.warehouse)));
    const expected = await stockEventIdsAfter(after, world.warehouse);
    expect(expected).toHaveLength(20);
    const received = await live.waitForResults(20);
    expect(received.map(({ stockLevelEvents: event }) => event.cursor)).toEqual(expected);
  });
});
