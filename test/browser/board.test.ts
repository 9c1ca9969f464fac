import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATION_ENTITY } from "../../src/domain/orders/production/operations.ts";
import { PRODUCTION_ORDER } from "../../src/domain/orders/production/order.ts";
import { graphql } from "../graphql/index.ts";
import { succeeded } from "../kit/app.ts";
import { type BrowserKit, openBrowser } from "../kit/browser.ts";
import { openWire, type Wire } from "../kit/flaky-link.ts";
import { openServedKit, type ServedKit } from "../kit/live.ts";
import { seedWorld } from "../kit/world.ts";
import { BOARD_WINDOW, seedBoard } from "../live/board.ts";
import {
  productionOrderRelease,
  productionOrderReschedule,
  productionOrderStart,
} from "../operations/orders.ts";

/**
 * The scheduler board (/board) in Debian's headless Chromium, served by the server under test and reaching
 * nothing else: two planners' boards follow changes made through the API and each other's drags, a lost race
 * shows the other planner's change, a network cut while changes commit ends with both boards as a fresh
 * query's (each event applied once), and a viewer's board only reads. Screenshots: test-results/screenshots.
 */

const SCREENSHOTS = path.resolve("test-results/screenshots");
const WINDOW = "from=2031-03-03&days=7";
const DAY_MS = 86_400_000;

/** The board as a fresh query reads it: every order's bar fields and every day's load. */
const freshBoard = graphql(`
  query boardPageFresh($from: DateTime!, $to: DateTime!) {
    liveCursor
    schedule(from: $from, to: $to) {
      resources {
        resource {
          id
        }
        days {
          date
          loadMinutes
          overloaded
        }
        orders {
          order {
            id
            version
            status
            startDate
            expectedDate
          }
        }
      }
    }
  }
`);

let served: ServedKit;
let browser: BrowserKit;
let origin: string;
/** The boards' network: cut for real (sockets dropped), as DevTools' offline mode does not. */
let wire: Wire;
let orders: string[];
let planners: Page[];
/** The liveCursor the boards loaded with. */
let loadedAt: string;

/** Uncaught errors of the pages: a refusal must show as a message, never crash a page. */
const crashes: string[] = [];

async function openBoard(key: string, options: { isolated?: boolean } = {}): Promise<Page> {
  const page = await browser.openPage(origin, options);
  page.on("pageerror", (error) => crashes.push(String(error)));
  await page.setViewport({ width: 1400, height: 800 });
  await page.evaluateOnNewDocument((secret) => localStorage.setItem("bomgraph.board.apiKey", secret), key);
  await page.goto(`${origin}/board?${WINDOW}`, { waitUntil: "load" });
  return page;
}

async function screenshot(page: Page, name: string) {
  const file = path.join(SCREENSHOTS, `board-${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  console.log(`screenshot: ${file}`);
}

const barSelector = (id: string) => `.bar[data-order="${id}"]`;

/** Waits until the order's bar (its first, when it spans several resources) has these data-* values. */
async function waitForBar(page: Page, id: string, wanted: Record<string, string>) {
  await page.waitForFunction(
    (selector, fields) => {
      const bar = document.querySelector<HTMLElement>(selector);
      return bar !== null && Object.entries(fields).every(([name, value]) => bar.dataset[name] === value);
    },
    { timeout: 15_000 },
    barSelector(id),
    wanted,
  );
}

const liveState = (page: Page) => page.$eval(".live", (badge) => (badge as HTMLElement).dataset.live);
const boardCursor = (page: Page) =>
  page.$eval(".recent", (list) => (list as HTMLElement).dataset.cursor as string);

/** The cursors of the events the page applied, oldest first (its list keeps the newest 50). */
const appliedCursors = (page: Page) =>
  page.$$eval(".recent li", (items) =>
    items.map((item) => (item as HTMLElement).dataset.cursor as string).reverse(),
  );

/** The production order events committed after `cursor`: what a board following every order must apply. */
async function eventIdsAfter(cursor: string): Promise<string[]> {
  const events = await served.kit.db.prisma.event.findMany({
    where: { id: { gt: BigInt(cursor) }, entityType: { in: [PRODUCTION_ORDER.model, OPERATION_ENTITY] } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return events.map((event) => String(event.id));
}

/** What a bar's data-* attributes say of its order. */
interface BarFields {
  id: string;
  version: string;
  status: string;
  start: string;
  end: string;
}

/** A board's bars and loads as its DOM shows them, in the shape of a fresh query's. */
async function shownBoard(page: Page) {
  return page.evaluate(() => {
    const bars = new Map<string, BarFields>();
    for (const bar of document.querySelectorAll<HTMLElement>(".bar")) {
      const { order, version, status, start, end } = bar.dataset;
      bars.set(order as string, {
        id: order as string,
        version: version as string,
        status: status as string,
        start: start as string,
        end: end as string,
      });
    }
    const loads = [...document.querySelectorAll<HTMLElement>(".cell")].map(
      (cell) =>
        `${cell.dataset.cellResource}/${cell.dataset.cellDay}: ${cell.dataset.load} ${cell.dataset.overloaded}`,
    );
    return { bars: [...bars.values()].sort((a, b) => a.id.localeCompare(b.id)), loads };
  });
}

async function queriedBoard() {
  const { data } = await served.kit.execute(freshBoard, {
    from: "2031-03-03T12:00:00.000Z",
    to: "2031-03-09T12:00:00.000Z",
  });
  if (!data) throw new Error("the fresh query failed");
  const bars = new Map<string, BarFields>();
  for (const row of data.schedule.resources) {
    for (const { order } of row.orders) {
      bars.set(order.id, {
        id: order.id,
        version: String(order.version),
        status: order.status,
        start: order.startDate ?? "",
        end: order.expectedDate ?? "",
      });
    }
  }
  const loads = data.schedule.resources.flatMap((row) =>
    row.days.map((day, index) => `${row.resource.id}/${index}: ${day.loadMinutes} ${day.overloaded}`),
  );
  return { bars: [...bars.values()].sort((a, b) => a.id.localeCompare(b.id)), loads };
}

/** Drags a bar onto the cell of `day` in `resource`'s row with the mouse, as a planner does. */
async function drag(page: Page, orderId: string, day: number, resourceId: string) {
  const bar = await page.$(barSelector(orderId));
  const cell = await page.$(`.cell[data-cell-day="${day}"][data-cell-resource="${resourceId}"]`);
  const from = await bar?.boundingBox();
  const to = await cell?.boundingBox();
  if (!from || !to) throw new Error(`no bar ${orderId} or cell ${day}`);
  await page.mouse.move(from.x + 10, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 4, { steps: 8 });
  await page.mouse.up();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  served = await openServedKit();
  wire = await openWire(served.server.url);
  origin = wire.origin;
  const world = await seedWorld(served.kit);
  orders = await seedBoard(served.kit, world, 8, "BOARD");
  browser = await openBrowser();
  planners = [await openBoard(served.kit.adminKey), await openBoard(served.kit.adminKey)];
  for (const page of planners) await page.waitForSelector(".bar", { timeout: 30_000 });
  loadedAt = await boardCursor(planners[0] as Page);
}, 120_000);

afterAll(async () => {
  expect(crashes).toEqual([]);
  await browser?.close();
  await wire?.close();
  await served?.close();
});

describe("the board page", () => {
  it("loads from the server alone: a resource x day grid with the orders' bars, live", async () => {
    for (const page of planners) {
      await page.waitForFunction(() => document.querySelector(".live")?.getAttribute("data-live") === "live");
      expect(await page.$$eval(".bar", (bars) => bars.length)).toBe(orders.length);
      expect(await page.$$eval(".day-head", (days) => days.length)).toBe(7);
    }
    expect(browser.refused).toEqual([]);
    await screenshot(planners[0] as Page, "1-loaded");
  });

  it("shows a status change made through the API on both boards", async () => {
    const id = orders[0] as string;
    succeeded(await served.kit.execute(productionOrderRelease, { id }), "productionOrderRelease");
    for (const page of planners) await waitForBar(page, id, { status: "RELEASED" });
    await screenshot(planners[1] as Page, "2-status-change");
  });

  it("moves a dragged order on both boards, with the version the dragging board showed", async () => {
    const [first, second] = planners as [Page, Page];
    const id = orders[1] as string;
    const resource = await first.$eval(
      barSelector(id),
      (bar) => (bar as HTMLElement).dataset.resource as string,
    );
    const version = await first.$eval(
      barSelector(id),
      (bar) => (bar as HTMLElement).dataset.version as string,
    );
    await drag(first, id, 5, resource);
    for (const page of planners) {
      await waitForBar(page, id, {
        start: "2031-03-08T08:00:00.000Z",
        end: "2031-03-08T16:00:00.000Z",
        version: String(Number(version) + 1),
      });
    }
    expect(await second.$(".notice")).toBeNull();
    await screenshot(second, "3-dragged-elsewhere");
  });

  it("loses a race to another planner: the board says so and shows the other planner's move", async () => {
    const [first] = planners as [Page];
    const id = orders[2] as string;
    const resource = await first.$eval(
      barSelector(id),
      (bar) => (bar as HTMLElement).dataset.resource as string,
    );
    const version = Number(await first.$eval(barSelector(id), (bar) => (bar as HTMLElement).dataset.version));
    // The other planner commits a move between this board's drag and its request reaching the server.
    await first.exposeFunction("otherPlannerMoves", async () => {
      succeeded(
        await served.kit.execute(productionOrderReschedule, {
          id,
          expectedVersion: version,
          startDate: "2031-03-06T08:00:00.000Z",
          expectedDate: "2031-03-06T16:00:00.000Z",
        }),
        "productionOrderReschedule",
      );
    });
    await first.evaluate(() => {
      const send = window.fetch;
      window.fetch = async (input, init) => {
        if (typeof init?.body === "string" && init.body.includes('"expectedVersion"')) {
          window.fetch = send;
          await (window as unknown as { otherPlannerMoves(): Promise<void> }).otherPlannerMoves();
        }
        return send(input, init);
      };
    });
    await drag(first, id, 0, resource);
    await first.waitForSelector(".notice", { timeout: 15_000 });
    const notice = await first.$eval(".notice", (node) => node.textContent ?? "");
    expect(notice).toContain("not moved");
    expect(notice).toMatch(/version/i);
    for (const page of planners) {
      await waitForBar(page, id, { start: "2031-03-06T08:00:00.000Z", version: String(version + 1) });
    }
    await screenshot(first, "4-lost-race");
  });

  it("opens a clicked order's tree with its components, releases it and explodes its product's BOM", async () => {
    const [first, second] = planners as [Page, Page];
    const id = orders[3] as string;
    await first.click(barSelector(id));
    await first.waitForSelector(`.order-panel .tree-order[data-tree-order="${id}"]`, { timeout: 15_000 });
    expect(await first.$$eval(".order-panel .components tbody tr", (rows) => rows.length)).toBeGreaterThan(0);
    const release = await first.waitForSelector(`.tree-order[data-tree-order="${id}"] ::-p-text(Release)`);
    await release?.click();
    for (const page of planners) await waitForBar(page, id, { status: "RELEASED" });
    // The panel reads the tree again after an action, and a notice may appear above it: a click aimed before the
    // panel settles could land beside the button.
    await first.waitForSelector(`.order-panel .tree-order[data-tree-order="${id}"][data-status="RELEASED"]`, {
      timeout: 15_000,
    });
    const explode = await first.waitForSelector(
      `.tree-order[data-tree-order="${id}"] ::-p-text(BOM explosion)`,
    );
    await explode?.click();
    await first.waitForSelector(".explosion tbody tr", { timeout: 15_000 });
    expect(await first.$$eval(".explosion tbody tr", (rows) => rows.map((row) => row.textContent))).toEqual(
      expect.arrayContaining([expect.stringContaining("BOARD-WOOD")]),
    );
    await screenshot(first, "5-order-tree");
    await first.click(".order-panel .close");
    expect(await second.$(".order-panel")).toBeNull();
  });

  it("misses nothing across a network cut: both boards end as a fresh query, each event applied once", async () => {
    // The network goes: the browser offline (DevTools) and the wire cut, open WebSockets with it.
    for (const page of planners) await page.setOfflineMode(true);
    wire.cut();
    for (const page of planners) {
      await page.waitForFunction(
        () => document.querySelector(".live")?.getAttribute("data-live") === "reconnecting",
        {
          timeout: 20_000,
        },
      );
    }
    const cutAt = await Promise.all(planners.map(boardCursor));
    for (const index of [4, 5]) {
      const id = orders[index] as string;
      const { data } = await served.kit.execute(freshBoard, { from: BOARD_WINDOW.from, to: BOARD_WINDOW.to });
      const order = data?.schedule.resources
        .flatMap((row) => row.orders)
        .find((row) => row.order.id === id)?.order;
      if (!order?.startDate || !order.expectedDate) throw new Error(`order ${id} is not on the board`);
      succeeded(
        await served.kit.execute(productionOrderReschedule, {
          id,
          expectedVersion: order.version,
          startDate: new Date(Date.parse(order.startDate) + DAY_MS).toISOString(),
          expectedDate: new Date(Date.parse(order.expectedDate) + DAY_MS).toISOString(),
        }),
        "productionOrderReschedule",
      );
    }
    succeeded(
      await served.kit.execute(productionOrderRelease, { id: orders[6] as string }),
      "productionOrderRelease",
    );
    succeeded(
      await served.kit.execute(productionOrderStart, { id: orders[0] as string }),
      "productionOrderStart",
    );
    const committed = await eventIdsAfter(loadedAt);
    const newest = committed.at(-1) as string;
    // Cut off, the boards saw none of it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await Promise.all(planners.map(boardCursor))).toEqual(cutAt);
    expect(cutAt.every((cursor) => BigInt(cursor) < BigInt(newest))).toBe(true);
    await screenshot(planners[0] as Page, "6-offline");

    wire.restore();
    for (const page of planners) await page.setOfflineMode(false);
    for (const page of planners) {
      await page.waitForFunction(
        (cursor) => document.querySelector<HTMLElement>(".recent")?.dataset.cursor === cursor,
        { timeout: 30_000 },
        newest,
      );
      expect(await liveState(page)).toBe("live");
      // Every event once, in commit order: the cursors the board applied are exactly those committed.
      expect(await appliedCursors(page)).toEqual(committed);
      expect(await page.$eval(".recent", (list) => Number((list as HTMLElement).dataset.applied))).toBe(
        committed.length,
      );
    }
    const fresh = await queriedBoard();
    for (const page of planners)
      await expect.poll(() => shownBoard(page), { timeout: 10_000 }).toEqual(fresh);
    await screenshot(planners[1] as Page, "7-converged");
  });

  it("shows a viewer the board without drag or actions, and a key that may not read it the refusal", async () => {
    const viewer = await openBoard(await served.kit.keyWith("PRODUCTION_VIEW"), { isolated: true });
    const id = orders[7] as string;
    await viewer.waitForSelector(barSelector(id), { timeout: 30_000 });
    expect(await viewer.$$(".bar.movable")).toEqual([]);
    const before = await viewer.$eval(barSelector(id), (bar) => ({ ...(bar as HTMLElement).dataset }));
    const resource = before.resource as string;
    await drag(viewer, id, 6, resource);
    await viewer.waitForSelector(`.order-panel .tree-order[data-tree-order="${id}"]`, { timeout: 15_000 });
    expect(await viewer.$eval(barSelector(id), (bar) => ({ ...(bar as HTMLElement).dataset }))).toEqual(
      before,
    );
    expect(
      await viewer.$$eval(".order-panel .actions button", (buttons) => buttons.map((b) => b.textContent)),
    ).toEqual(["BOM explosion"]);
    await screenshot(viewer, "8-viewer");
    await viewer.close();

    const outsider = await openBoard(await served.kit.keyWith("INVENTORY_RECEIVE"), { isolated: true });
    await outsider.waitForSelector(".notice", { timeout: 30_000 });
    expect(await outsider.$eval(".notice", (node) => node.textContent ?? "")).toMatch(
      /permission|not allowed|forbidden/i,
    );
    await screenshot(outsider, "9-refused");
    await outsider.close();
  });

  it("lets an admin add a scanner: a new shop-floor key for trusted documents, shown as a QR code of an address that signs the scanner in", async () => {
    const [first] = planners as [Page];
    expect(await first.$("::-p-text(Add a scanner)")).not.toBeNull();
    await first.click("::-p-text(Add a scanner)");
    await first.type('.add-scanner input[name="name"]', "scanner 9");
    await first.click('.add-scanner button[type="submit"]');
    await first.waitForSelector(".add-scanner img", { timeout: 15_000 });
    expect(await first.$eval(".add-scanner img", (img) => (img as HTMLImageElement).src)).toMatch(
      /^data:image\/svg\+xml/,
    );
    const secret = await first.$eval(".add-scanner code", (node) => node.textContent ?? "");
    const key = await served.kit.db.prisma.apiKey.findFirstOrThrow({
      where: { name: "scanner 9" },
      include: { role: true },
    });
    expect(key.role.name).toBe("shop-floor");
    expect(key.trustedDocumentsOnly).toBe(true);
    await screenshot(first, "10-add-scanner");

    // The address the QR code holds, opened on a device that was never signed in.
    const device = await browser.openPage(origin, { isolated: true });
    device.on("pageerror", (error) => crashes.push(String(error)));
    await device.goto(`${origin}/scan#key=${encodeURIComponent(secret)}`, { waitUntil: "load" });
    await device.waitForFunction(() => document.body.innerText.includes("scanner 9"), { timeout: 15_000 });
    expect(device.url()).not.toContain("#key");
    await device.close();
    await first.click("::-p-text(Done)");
  });
});
