import { describe, expect, it } from "vitest";
import { globalId } from "../kit/ids.ts";
import { subscribe } from "../kit/live.ts";
import { productionOrderEvents, stockLevelEvents, supplyOrderEvents } from "../operations/live.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use, client, registered, adjust, newestEventId } = liveFixtures();
let kit: LiveWorld["kit"];
let wheel: LiveWorld["wheel"];
use((opened) => {
  ({ kit, wheel } = opened);
});

describe("bad input", () => {
  it("refuses unknown ids before subscribing, naming the argument", async () => {
    const live = client();
    const cases = [
      [subscribe(live, productionOrderEvents, { orderId: globalId("ProductionOrder", 999999) }), "orderId"],
      [
        subscribe(live, productionOrderEvents, { rootOrderId: globalId("ProductionOrder", 999999) }),
        "rootOrderId",
      ],
      [subscribe(live, productionOrderEvents, { locationId: globalId("Location", 999999) }), "locationId"],
      [subscribe(live, stockLevelEvents, { productId: globalId("Product", 999999) }), "productId"],
      [subscribe(live, supplyOrderEvents, { orderId: globalId("TransferOrder", 999999) }), "orderId"],
    ] as const;
    for (const [subscription, field] of cases) {
      expect(await subscription.waitForErrors()).toMatchObject([
        { extensions: { code: "NOT_FOUND", field: [field] } },
      ]);
    }
    const malformed = subscribe(live, productionOrderEvents, { orderId: "not-an-id" });
    expect(await malformed.waitForErrors()).toMatchObject([{ extensions: { code: "BAD_USER_INPUT" } }]);
    const wrongType = subscribe(live, supplyOrderEvents, { orderId: globalId("Product", wheel) });
    expect((await wrongType.waitForErrors()).length).toBe(1);
    expect(kit.app.live.subscriptionCount).toBe(0);
  });

  it("refuses production order events to a key without PRODUCTION_VIEW, but not stock events", async () => {
    const live = client(await kit.keyWith("INVENTORY_ADJUST"));
    const refused = subscribe(live, productionOrderEvents, {});
    expect(await refused.waitForErrors()).toMatchObject([
      {
        message: expect.stringContaining("Subscription.productionOrderEvents"),
        extensions: { code: "FORBIDDEN" },
      },
    ]);
    const stock = subscribe(live, stockLevelEvents, { productId: globalId("Product", wheel) });
    await registered(1);
    await adjust(wheel, "1");
    expect(await stock.waitForResults(1)).toHaveLength(1);
  });

  it("refuses a malformed `after` and one beyond the newest event", async () => {
    const live = client();
    for (const after of ["abc", "-1", "01", "1.5", "", "99999999999999999999"]) {
      const subscription = subscribe(live, stockLevelEvents, { after });
      expect(await subscription.waitForErrors()).toMatchObject([
        {
          message: expect.stringContaining("after"),
          extensions: { code: "BAD_USER_INPUT", field: ["after"] },
        },
      ]);
    }
    const future = subscribe(live, stockLevelEvents, {
      after: String(BigInt(await newestEventId()) + 1000n),
    });
    expect(await future.waitForErrors()).toMatchObject([
      {
        message: expect.stringContaining("newest event"),
        extensions: { code: "BAD_USER_INPUT", field: ["after"] },
      },
    ]);
  });
});
