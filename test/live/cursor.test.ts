import { describe, expect, it } from "vitest";
import { decodeGlobalId, globalId } from "../kit/ids.ts";
import { subscribe } from "../kit/live.ts";
import { liveCursor, stockLevelEvents, stockWithLiveCursor } from "../operations/live.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use, client, adjust, newestEventId, stockEventIdsAfter } = liveFixtures();
let kit: LiveWorld["kit"];
let world: LiveWorld["world"];
let frame: LiveWorld["frame"];
use((opened) => {
  ({ kit, world, frame } = opened);
});

async function cursorNow(): Promise<string> {
  const result = await kit.execute(liveCursor, {});
  expect(result.errors).toBeUndefined();
  return result.data?.liveCursor ?? "";
}

describe("Query.liveCursor", () => {
  it("is the newest committed event, and subscribing after it replays exactly what committed since", async () => {
    const cursor = await cursorNow();
    expect(cursor).toBe(await newestEventId());
    await adjust(frame, "2");
    const events = subscribe(client(), stockLevelEvents, {
      productId: globalId("Product", frame),
      after: cursor,
    });
    const [event] = await events.waitForResults(1);
    expect([event?.stockLevelEvents.cursor]).toEqual(await stockEventIdsAfter(cursor, world.shopFloor));
    // A cache keys it by a global id of its type; the cursor is what resumes.
    expect(decodeGlobalId(event?.stockLevelEvents.id ?? "")).toEqual({
      typename: "StockLevelLiveEvent",
      key: event?.stockLevelEvents.cursor,
    });
    expect(await cursorNow()).toBe(await newestEventId());
  });

  it("reads the same snapshot as the rest of its query while changes commit alongside", async () => {
    const shopFloor = globalId("Location", world.shopFloor);
    const answers = [];
    for (let round = 0; round < 20; round++) {
      const [answer] = await Promise.all([
        kit.execute(stockWithLiveCursor, { code: "FRAME" }),
        adjust(frame, "1"),
        adjust(frame, "1"),
      ]);
      answers.push(answer);
    }
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      const cursor = BigInt(answer.data?.liveCursor ?? "0");
      const onHand = answer.data?.productByBarcode?.stockLevels.find(
        (level) => level.location.id === shopFloor,
      )?.onHand;
      // The on-hand the newest stock event up to the cursor announced is the one the query read.
      const announced = await kit.db.prisma.event.findFirstOrThrow({
        where: {
          id: { lte: cursor },
          type: "STOCK_CHANGED",
          entityId: String(frame),
          locationId: world.shopFloor,
        },
        orderBy: { id: "desc" },
      });
      expect(Number(onHand)).toBe(Number((announced.payload as { onHandAfter: string }).onHandAfter));
    }
  });
});
