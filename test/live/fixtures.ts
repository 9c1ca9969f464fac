import type { ClientOptions } from "graphql-ws";
import { afterEach } from "vitest";
import { authenticate } from "../../src/domain/access.ts";
import type { RunningServer } from "../../src/http/server.ts";
import type { SubscribeOptions } from "../../src/live/feed.ts";
import { forTheFile, succeeded, type TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { connect, type LiveClient, openServedKit, waitFor } from "../kit/live.ts";
import { addStock, createBom, createProduct, seedWorld, type World } from "../kit/world.ts";
import { stockAdjustUserErrors } from "../operations/inventory.ts";
import { productionOrderCreateFromBom } from "../operations/orders.ts";

/** What the live event tests start from, and the clients and changes they make. */
export interface LiveWorld {
  kit: TestKit;
  server: RunningServer;
  world: World;
  wheel: number;
  frame: number;
  /** Made of 2 wheels and a frame (1,000 of each at the shop floor) by `bikeBom`. */
  bike: number;
  bikeBom: number;
  close(): Promise<void>;
}

/**
 * `use` starts a server over a fresh kit before the file's first test and closes it after its last; after each
 * test it closes every client the test opened and waits for its subscriptions to end, so none leaks into the next.
 */
export function liveFixtures() {
  let live: LiveWorld;
  const clients: LiveClient[] = [];

  /** One adjustment with a line per product: one STOCK_CHANGED each, all in one commit. */
  async function adjustAll(productIds: number[], quantity: string, locationId = live.world.shopFloor) {
    const result = await live.kit.execute(stockAdjustUserErrors, {
      input: {
        type: "OTHER",
        lines: productIds.map((productId) => ({
          productId: globalId("Product", productId),
          locationId: globalId("Location", locationId),
          quantity,
        })),
      },
    });
    succeeded(result, "stockAdjust");
  }

  async function apiKeyIdOf(secret: string): Promise<number> {
    const key = await live.kit.db.prisma.apiKey.findFirstOrThrow({ where: { prefix: secret.slice(0, 10) } });
    return key.id;
  }

  async function open(): Promise<LiveWorld> {
    const { kit, server, close } = await openServedKit();
    const world = await seedWorld(kit);
    const wheel = await createProduct(kit, "WHEEL");
    const frame = await createProduct(kit, "FRAME");
    const bike = await createProduct(kit, "BIKE");
    const bikeBom = await createBom(kit, bike, [
      [wheel, "2"],
      [frame, "1"],
    ]);
    await addStock(kit, wheel, world.shopFloor, "1000");
    await addStock(kit, frame, world.shopFloor, "1000");
    live = {
      kit,
      server,
      world,
      wheel,
      frame,
      bike,
      bikeBom,
      close,
    };
    return live;
  }

  async function closeClients() {
    const { kit } = live;
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await waitFor(
      () => kit.app.live.subscriptionCount === 0,
      () => `every subscription to end (${kit.app.live.subscriptionCount} open)`,
    );
  }

  return {
    /** Opens the live world for the test file (see `forTheFile`), handing it to `take`. */
    use(take: (opened: LiveWorld) => void) {
      forTheFile(open, take);
      afterEach(closeClients);
    },
    client(key = live.kit.adminKey, options?: Partial<ClientOptions>): LiveClient {
      const client = connect(live.server.url, key, options);
      clients.push(client);
      return client;
    },
    /** Subscriptions without `after` start at the feed's position when registered: wait for that before writing. */
    async registered(count: number) {
      const { kit } = live;
      await waitFor(
        () => kit.app.live.subscriptionCount >= count,
        () => `${count} subscriptions (have ${kit.app.live.subscriptionCount})`,
      );
    },
    /** A DRAFT production order of `quantity` bikes at the shop floor; its global id. */
    async createOrder(quantity = "1"): Promise<string> {
      const result = await live.kit.execute(productionOrderCreateFromBom, {
        input: {
          locationId: globalId("Location", live.world.shopFloor),
          bomId: globalId("Bom", live.bikeBom),
          quantity,
        },
      });
      return succeeded<{ productionOrder: { id: string } }>(result, "productionOrderCreateFromBom")
        .productionOrder.id;
    },
    adjust: (productId: number, quantity: string, locationId = live.world.shopFloor) =>
      adjustAll([productId], quantity, locationId),
    adjustAll,
    apiKeyIdOf,
    /** What a subscription to every product event asks the feed for, as the key `secret`. */
    async productEventsAs(secret = live.kit.adminKey): Promise<SubscribeOptions> {
      const viewer = await authenticate(live.kit.db, `Bearer ${secret}`);
      if (!viewer) throw new Error("productEventsAs: the key does not authenticate");
      return { filter: { entityTypes: ["Product"] }, after: null, viewer };
    },
    async newestEventId(): Promise<string> {
      const newest = await live.kit.db.prisma.event.findFirst({ orderBy: { id: "desc" } });
      return String(newest?.id ?? 0n);
    },
    /** The ids of the STOCK_CHANGED events at `locationId` after the event `after`, in commit order. */
    async stockEventIdsAfter(after: string, locationId: number): Promise<string[]> {
      const events = await live.kit.db.prisma.event.findMany({
        where: { id: { gt: BigInt(after) }, type: "STOCK_CHANGED", locationId },
        orderBy: { id: "asc" },
        select: { id: true },
      });
      return events.map((event) => String(event.id));
    },
  };
}
