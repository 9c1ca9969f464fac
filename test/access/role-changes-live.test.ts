import { describe, expect, it } from "vitest";
import { succeeded, type TestKit } from "../kit/app.ts";
import { subscribe, subscribeSse, waitFor } from "../kit/live.ts";
import { liveFixtures } from "../live/fixtures.ts";
import { apiKeyCreate, roleCreate, roleUpdate } from "../operations/access.ts";
import { productionOrderEvents, stockLevelEvents } from "../operations/live.ts";

/**
 * A role change reaches open subscriptions at once: every subscription of a key of the role ends with
 * ROLE_CHANGED before any later event reaches it, and starts again (with `after`, losing nothing) under the new
 * permissions, or is refused naming the one it lost.
 */

const { use, client, registered, createOrder, adjust, productEventsAs } = liveFixtures();
let kit: TestKit;
let frame: number;
let server: { url: string };
use((opened) => {
  ({ kit, frame, server } = opened);
});

let roles = 0;

/** A role of `permissions` and a key of it; the role's global id and the key. */
async function keyOfNewRole(permissions: ("PRODUCTION_VIEW" | "INVENTORY_ADJUST")[]) {
  const name = `live role ${++roles}`;
  const role = succeeded<{ role: { id: string } }>(
    await kit.execute(roleCreate, { input: { name, permissions } }),
    "roleCreate",
  ).role;
  const key = succeeded<{ secret: string }>(
    await kit.execute(apiKeyCreate, { input: { name: `${name} key`, role: name } }),
    "apiKeyCreate",
  ).secret;
  return { roleId: role.id, key };
}

async function setPermissions(roleId: string, permissions: ("PRODUCTION_VIEW" | "INVENTORY_ADJUST")[]) {
  succeeded(await kit.execute(roleUpdate, { id: roleId, input: { permissions } }), "roleUpdate");
}

describe("role changes and open subscriptions", () => {
  it("over graphql-ws: removing PRODUCTION_VIEW ends the key's production subscription, and the next production event no longer reaches it", async () => {
    const { roleId, key } = await keyOfNewRole(["PRODUCTION_VIEW"]);
    const live = client(key);
    const events = subscribe(live, productionOrderEvents, {});
    await registered(1);
    await createOrder();
    const [created] = await events.waitForResults(1);

    await setPermissions(roleId, ["INVENTORY_ADJUST"]);
    expect(await events.waitForErrors()).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("The role of this API key changed"),
        extensions: { code: "ROLE_CHANGED" },
      }),
    ]);
    await waitFor(
      () => kit.app.live.subscriptionCount === 0,
      () => "the subscription to end",
    );
    await createOrder();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.results).toHaveLength(1);

    // The socket stays open: starting again from the last event received is refused, naming what was lost.
    const again = subscribe(live, productionOrderEvents, { after: created?.productionOrderEvents.cursor });
    expect(await again.waitForErrors()).toEqual([
      expect.objectContaining({
        message:
          "Not allowed to use Subscription.productionOrderEvents: needs the permission PRODUCTION_VIEW",
        extensions: expect.objectContaining({ code: "FORBIDDEN", permission: "PRODUCTION_VIEW" }),
      }),
    ]);
    // What the role still allows goes on over the same socket.
    const stock = subscribe(live, stockLevelEvents, {});
    await registered(1);
    await adjust(frame, "1");
    expect(await stock.waitForResults(1)).toHaveLength(1);
  });

  it("starting again with `after` misses nothing committed since the change", async () => {
    const { roleId, key } = await keyOfNewRole(["PRODUCTION_VIEW"]);
    const live = client(key);
    const events = subscribe(live, productionOrderEvents, {});
    await registered(1);
    await createOrder();
    const [first] = await events.waitForResults(1);

    // A change that keeps PRODUCTION_VIEW ends it all the same; an order created meanwhile is replayed.
    await setPermissions(roleId, ["PRODUCTION_VIEW", "INVENTORY_ADJUST"]);
    await events.waitForErrors();
    await createOrder();
    const resumed = subscribe(live, productionOrderEvents, { after: first?.productionOrderEvents.cursor });
    const [replayed] = await resumed.waitForResults(1);
    expect(replayed?.productionOrderEvents.type).toBe("PRODUCTION_ORDER_CREATED");
    expect(BigInt(replayed?.productionOrderEvents.cursor ?? "0")).toBeGreaterThan(
      BigInt(first?.productionOrderEvents.cursor ?? "0"),
    );
  });

  it("over SSE: the stream ends with ROLE_CHANGED", async () => {
    const { roleId, key } = await keyOfNewRole(["PRODUCTION_VIEW"]);
    const sse = await subscribeSse(server.url, key, stockLevelEvents);
    await registered(1);
    await setPermissions(roleId, ["INVENTORY_ADJUST"]);
    const text = await sse.ended();
    expect(text).toContain("ROLE_CHANGED");
    expect(kit.app.live.subscriptionCount).toBe(0);
  });

  it("ends a subscription whose role changed while it was being set up", async () => {
    const { roleId, key } = await keyOfNewRole(["PRODUCTION_VIEW"]);
    // Authenticated under the old role; the change is committed before the subscription joins the feed.
    const options = await productEventsAs(key);
    await setPermissions(roleId, ["INVENTORY_ADJUST"]);
    const stream = await kit.app.live.subscribe(options);
    expect(kit.app.live.subscriptionCount).toBe(0);
    await expect(stream.next()).rejects.toMatchObject({ extensions: { code: "ROLE_CHANGED" } });
  });

  it("leaves the subscriptions of other roles' keys alone", async () => {
    const changed = await keyOfNewRole(["PRODUCTION_VIEW"]);
    const other = await keyOfNewRole(["PRODUCTION_VIEW"]);
    const kept = subscribe(client(other.key), productionOrderEvents, {});
    const ended = subscribe(client(changed.key), productionOrderEvents, {});
    await registered(2);
    await setPermissions(changed.roleId, ["INVENTORY_ADJUST"]);
    await ended.waitForErrors();
    await createOrder();
    expect(await kept.waitForResults(1)).toHaveLength(1);
    expect(kept.errors).toBeNull();
  });
});
