import { describe, expect, it } from "vitest";
import { succeeded } from "../../../kit/app.ts";
import { globalId } from "../../../kit/ids.ts";
import { subscribe } from "../../../kit/live.ts";
import { type LiveWorld, liveFixtures } from "../../../live/fixtures.ts";
import { productionOrderEventsWithReports } from "../../../operations/live.ts";
import {
  productionOrderComplete,
  productionOrderConsume,
  productionOrderCreate,
  productionOrderReportOutput,
  productionOrderUndo,
  productionReportUndo,
} from "../../../operations/orders.ts";

/** Subscribers of an order see each shop-floor stock step with the report it wrote or undid, live and on replay. */

const { use, client, registered } = liveFixtures();
let live: LiveWorld;
use((opened) => {
  live = opened;
});

type Result = { data?: object | null; errors?: readonly unknown[] };
const run = async <Payload>(field: string, result: Promise<Result>) =>
  succeeded<Payload>(await result, field);

describe("shop-floor stock events", () => {
  it("name their report: consumption, output, its undo, the completion and the completion's undo", async () => {
    const { productionOrder: order } = await run<{ productionOrder: { id: string } }>(
      "productionOrderCreate",
      live.kit.execute(productionOrderCreate, {
        input: {
          locationId: globalId("Location", live.world.shopFloor),
          lines: [{ bomId: globalId("Bom", live.bikeBom), quantity: "2" }],
          status: "RELEASED",
        },
      }),
    );
    const own = subscribe(client(), productionOrderEventsWithReports, { orderId: order.id });
    await registered(1);

    await run(
      "productionOrderConsume",
      live.kit.execute(productionOrderConsume, {
        id: order.id,
        input: { productId: globalId("Product", live.wheel), quantity: "1" },
      }),
    );
    await run(
      "productionOrderReportOutput",
      live.kit.execute(productionOrderReportOutput, {
        id: order.id,
        input: { goodQuantity: "1", scrapQuantity: "0.5" },
      }),
    );
    const received = async (count: number) =>
      (await own.waitForResults(count)).map(({ productionOrderEvents: event }) => event);
    const output = (await received(3))[2]?.report;
    await run("productionReportUndo", live.kit.execute(productionReportUndo, { id: output?.id as string }));
    await run("productionOrderComplete", live.kit.execute(productionOrderComplete, { id: order.id }));
    await run("productionOrderUndo", live.kit.execute(productionOrderUndo, { id: order.id }));

    const events = await received(6);
    // A report is read as it is now: the output's was undone by the time its events were delivered, or not.
    expect(events.map((event) => [event.type, event.afterStatus, event.report?.kind ?? null])).toEqual([
      ["PRODUCTION_ORDER_IN_PROGRESS", "IN_PROGRESS", null],
      ["PRODUCTION_ORDER_CONSUMED", "IN_PROGRESS", "CONSUMPTION"],
      ["PRODUCTION_ORDER_OUTPUT_REPORTED", "IN_PROGRESS", "OUTPUT"],
      ["PRODUCTION_REPORT_UNDONE", "IN_PROGRESS", "OUTPUT"],
      ["PRODUCTION_ORDER_COMPLETED", "COMPLETED", "COMPLETION"],
      ["PRODUCTION_ORDER_IN_PROGRESS", "IN_PROGRESS", "COMPLETION"],
    ]);
    expect(events[1]?.report?.lines).toEqual([{ quantity: "1", scrapQuantity: "0" }]);
    expect(output?.lines.at(-1)).toEqual({ quantity: "1", scrapQuantity: "0.5" });
    expect(events[3]?.report?.id).toBe(output?.id);
    expect(events[3]?.report?.undoneAt).not.toBeNull();
    expect(events[4]?.report?.id).toBe(events[5]?.report?.id);

    // Replayed from before the first step: the same events naming the same reports.
    const replay = subscribe(client(), productionOrderEventsWithReports, {
      orderId: order.id,
      after: String(BigInt(events[0]?.cursor as string) - 1n),
    });
    const replayed = (await replay.waitForResults(6)).map(({ productionOrderEvents: event }) => [
      event.cursor,
      event.report?.id ?? null,
    ]);
    expect(replayed).toEqual(events.map((event) => [event.cursor, event.report?.id ?? null]));
  });
});
