import { beforeAll, describe, expect, it } from "vitest";
import { createBom } from "../../../../src/domain/bom/boms.ts";
import { createResource } from "../../../../src/domain/catalog/locations.ts";
import { succeeded } from "../../../kit/app.ts";
import { globalId } from "../../../kit/ids.ts";
import { subscribe } from "../../../kit/live.ts";
import { type LiveWorld, liveFixtures } from "../../../live/fixtures.ts";
import { productionOrderEventsWithOperations } from "../../../operations/live.ts";
import {
  nodeProductionOrderOperations,
  productionOrderCreate,
  productionOrderOperationComplete,
  productionOrderOperationPause,
  productionOrderOperationResume,
  productionOrderOperationSkip,
  productionOrderOperationStart,
} from "../../../operations/orders.ts";

/** Subscribers of an order's tree see its operations' steps, live and on replay; an order's own stream does not. */

const { use, client, registered } = liveFixtures();
let live: LiveWorld;
use((opened) => {
  live = opened;
});

let bomId: number;
beforeAll(async () => {
  bomId = await live.kit.db.transaction(async (tx) => {
    const bench = await createResource(tx, null, { name: "BENCH", capacityMinutesPerDay: 480 });
    const bom = await createBom(tx, null, {
      productId: live.bike,
      kind: "PRODUCTION",
      name: "Bike with operations",
      operations: [
        { sequence: 10, name: "Assemble", resourceId: bench.id, minutesPerUnit: "30" },
        { sequence: 20, name: "Inspect", resourceId: bench.id, minutesPerUnit: "5" },
      ],
      lines: [
        { componentId: live.wheel, quantity: "2" },
        { componentId: live.frame, quantity: "1" },
      ],
    });
    return bom.id;
  });
});

describe("operation events", () => {
  it("reach the subscribers of the order's tree, live and on replay, after the order's start", async () => {
    const created = succeeded<{ productionOrder: { id: string } }>(
      await live.kit.execute(productionOrderCreate, {
        input: {
          locationId: globalId("Location", live.world.shopFloor),
          lines: [{ bomId: globalId("Bom", bomId), quantity: "1" }],
          status: "RELEASED",
        },
      }),
      "productionOrderCreate",
    );
    const id = created.productionOrder.id;
    const operations = (await live.kit.execute(nodeProductionOrderOperations, { id })).data?.node;
    const [assemble, inspect] = operations && "operations" in operations ? operations.operations : [];
    if (!assemble || !inspect) throw new Error("no operations");

    const socket = client();
    const tree = subscribe(socket, productionOrderEventsWithOperations, { rootOrderId: id });
    const own = subscribe(socket, productionOrderEventsWithOperations, { orderId: id });
    await registered(2);
    const run = async (
      field: string,
      payload: Promise<{ data?: object | null; errors?: readonly unknown[] }>,
    ) => succeeded(await payload, field);
    await run(
      "productionOrderOperationStart",
      live.kit.execute(productionOrderOperationStart, { id: assemble.id }),
    );
    await run(
      "productionOrderOperationPause",
      live.kit.execute(productionOrderOperationPause, { id: assemble.id, input: { reason: "missing bolt" } }),
    );
    await run(
      "productionOrderOperationResume",
      live.kit.execute(productionOrderOperationResume, { id: assemble.id }),
    );
    await run(
      "productionOrderOperationComplete",
      live.kit.execute(productionOrderOperationComplete, { id: assemble.id, input: { goodQuantity: "1" } }),
    );
    await run(
      "productionOrderOperationSkip",
      live.kit.execute(productionOrderOperationSkip, { id: inspect.id }),
    );

    const received = (await tree.waitForResults(6)).map(({ productionOrderEvents: event }) => event);
    const number = operations && "number" in operations ? operations.number : "";
    expect(
      received.map((event) => [
        event.type,
        event.beforeStatus,
        event.afterStatus,
        event.operationBeforeStatus,
        event.operationAfterStatus,
        event.operation?.name ?? null,
      ]),
    ).toEqual([
      ["PRODUCTION_ORDER_IN_PROGRESS", "RELEASED", "IN_PROGRESS", null, null, null],
      ["OPERATION_STARTED", null, null, "PENDING", "RUNNING", "Assemble"],
      ["OPERATION_PAUSED", null, null, "RUNNING", "PAUSED", "Assemble"],
      ["OPERATION_RESUMED", null, null, "PAUSED", "RUNNING", "Assemble"],
      ["OPERATION_COMPLETED", null, null, "RUNNING", "DONE", "Assemble"],
      ["OPERATION_SKIPPED", null, null, "PENDING", "SKIPPED", "Inspect"],
    ]);
    expect(new Set(received.map((event) => event.productionOrder?.number))).toEqual(new Set([number]));

    // The order's own stream: its status change only.
    const ownEvents = await own.waitForResults(1);
    expect(ownEvents.map(({ productionOrderEvents: event }) => event.type)).toEqual([
      "PRODUCTION_ORDER_IN_PROGRESS",
    ]);

    // Replayed from before the first step: the same events, in the same order.
    const first = received[0]?.cursor as string;
    const replay = subscribe(client(), productionOrderEventsWithOperations, {
      rootOrderId: id,
      after: String(BigInt(first) - 1n),
    });
    const replayed = (await replay.waitForResults(6)).map(({ productionOrderEvents: event }) => [
      event.cursor,
      event.type,
    ]);
    expect(replayed).toEqual(received.map((event) => [event.cursor, event.type]));
    expect(own.results).toHaveLength(1);
  });
});
