import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBom } from "../../src/domain/bom/boms.ts";
import { createResource } from "../../src/domain/catalog/locations.ts";
import { createProduct } from "../../src/domain/catalog/products.ts";
import { createApp } from "../../src/http/app.ts";
import { listen, type RunningServer } from "../../src/http/server.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestKit, succeeded, type TestKit } from "../kit/app.ts";
import { type BrowserKit, openBrowser } from "../kit/browser.ts";
import { expectConsistent, stockAt } from "../kit/checks.ts";
import { type FlakyLink, openFlakyLink } from "../kit/flaky-link.ts";
import { globalId } from "../kit/ids.ts";
import { addStock, seedWorld, type World } from "../kit/world.ts";
import { apiKeyCreate } from "../operations/access.ts";
import { stockMovements } from "../operations/inventory.ts";
import {
  productionOrderAuthorize,
  productionOrderCreate,
  productionOrderRelease,
} from "../operations/orders.ts";
import { purchaseOrderCreate, purchaseOrderPlace } from "../operations/purchasing.ts";
import { transferOrderCreate } from "../operations/transfers.ts";

/**
 * The scanner page (/scan) in headless Chromium, driven as the shop floor drives it: codes typed into the scan
 * field followed by Enter, as a keyboard-wedge scanner types them. The page reaches the server through a small
 * proxy that can cut the API off (the page itself still loads, as from a cache) and lose an answer after the
 * server has run the request, so the page must send the action again with the same idempotency key.
 * Screenshots: test-results/screenshots/scan-*.png.
 */

const SYSTEM = null;
const SCREENSHOTS = path.resolve("test-results/screenshots");

let kit: TestKit;
let places: World;
let server: RunningServer;
let link: FlakyLink;
let origin: string;
let browser: BrowserKit;
let page: Page;
const ids = { BIKE: 0, FRAME: 0, WHEEL: 0 };
let orderNumber = "";
let shopFloorKey = "";

beforeAll(async () => {
  kit = await createTestKit();
  places = await seedWorld(kit);
  await kit.db.transaction(async (tx) => {
    for (const sku of ["BIKE", "FRAME"] as const)
      ids[sku] = (await createProduct(tx, SYSTEM, { sku, name: sku })).id;
    ids.WHEEL = (
      await createProduct(tx, SYSTEM, { sku: "WHEEL", name: "Wheel", barcodes: ["4006381333931"] })
    ).id;
    const bench = (await createResource(tx, SYSTEM, { name: "Bench", capacityMinutesPerDay: 480 })).id;
    await createBom(tx, SYSTEM, {
      productId: ids.BIKE,
      kind: "PRODUCTION",
      name: "Bike",
      makeDefault: true,
      operations: [
        { sequence: 10, name: "Assemble", resourceId: bench, setupMinutes: "15", minutesPerUnit: "20" },
        { sequence: 20, name: "Inspect", resourceId: bench, minutesPerUnit: "5" },
      ],
      lines: [
        { componentId: ids.FRAME, quantity: "1" },
        { componentId: ids.WHEEL, quantity: "2" },
      ],
    });
  });
  await addStock(kit, ids.FRAME, places.shopFloor, "10");
  await addStock(kit, ids.WHEEL, places.shopFloor, "20");
  const bom = await kit.db.prisma.bom.findFirstOrThrow({ where: { productId: ids.BIKE } });
  const order = succeeded<{ productionOrder: { id: string; number: string } }>(
    await kit.execute(productionOrderCreate, {
      input: {
        locationId: globalId("Location", places.shopFloor),
        lines: [{ bomId: globalId("Bom", bom.id), quantity: "5" }],
      },
    }),
    "productionOrderCreate",
  ).productionOrder;
  succeeded(await kit.execute(productionOrderAuthorize, { id: order.id }), "productionOrderAuthorize");
  succeeded(await kit.execute(productionOrderRelease, { id: order.id }), "productionOrderRelease");
  orderNumber = order.number;

  server = await listen(createApp({ db: kit.db, logger: createLogger("error") }), {
    port: 0,
    host: "127.0.0.1",
    db: kit.db,
  });
  link = await openFlakyLink(server.url);
  origin = link.origin;
  browser = await openBrowser();
  page = await browser.openPage(origin);
  mkdirSync(SCREENSHOTS, { recursive: true });
  console.log(`scanner screenshots: ${SCREENSHOTS}/scan-*.png`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await link?.close();
  await server?.close();
  await kit?.app.live.close();
  await kit?.close();
});

let shots = 0;
async function screenshot(step: string) {
  const file = path.join(SCREENSHOTS, `scan-${String(++shots).padStart(2, "0")}-${step}.png`);
  await page.screenshot({ path: file, fullPage: true });
}

/** A code typed into the scan field and Enter, as a keyboard-wedge scanner sends it. */
async function scanCode(code: string, shows: string) {
  await page.click("input[name=code]");
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (text) => [...document.querySelectorAll(".match h2")].some((title) => title.textContent?.includes(text)),
    { timeout: 15_000 },
    shows,
  );
}

/** Fills an offer's fields and presses its button. */
async function take(offer: string, values: Record<string, string> = {}) {
  const form = `form[data-offer="${offer}"]`;
  await page.waitForSelector(form, { timeout: 15_000 });
  for (const [name, value] of Object.entries(values)) {
    await page.click(`${form} [name=${name}]`, { count: 3 });
    await page.type(`${form} [name=${name}]`, value);
  }
  await page.click(`${form} button[type=submit]`);
}

/** The queue's entries, newest first: state and text. */
const queueShown = () =>
  page.$$eval(".queue li", (items) =>
    items.map((item) => ({ state: item.getAttribute("data-state"), text: item.textContent ?? "" })),
  );

async function waitForAction(label: string, state: string, timeout = 15_000) {
  await page.waitForFunction(
    (wanted, wantedState) =>
      [...document.querySelectorAll(".queue li")].some(
        (item) => item.getAttribute("data-state") === wantedState && item.textContent?.includes(wanted),
      ),
    { timeout },
    label,
    state,
  );
}

async function waitForAll(count: number, state: string, timeout = 30_000) {
  await page.waitForFunction(
    (wanted, wantedState) =>
      [...document.querySelectorAll(".queue li")].filter(
        (item) => item.getAttribute("data-state") === wantedState,
      ).length >= wanted,
    { timeout },
    count,
    state,
  );
}

async function expectStock(
  expected: Record<keyof typeof ids, [onHand: string, allocated: string, onOrder: string]>,
) {
  for (const [sku, [onHand, allocated, onOrder]] of Object.entries(expected))
    expect({ sku, ...(await stockAt(kit, ids[sku as keyof typeof ids], places.shopFloor)) }).toEqual({
      sku,
      onHand,
      allocated,
      onOrder,
    });
  await expectConsistent(kit);
}

/** The product's movements at a location (the shop floor unless told), through the API. */
async function ledger(sku: keyof typeof ids, location = places.shopFloor) {
  const result = await kit.execute(stockMovements, {
    productId: globalId("Product", ids[sku]),
    locationId: globalId("Location", location),
    first: 100,
  });
  expect(result.errors).toBeUndefined();
  return result.data?.stockMovements.edges.map((edge) => edge.node) ?? [];
}

describe("the scanner page", () => {
  it("signs in from the admin's QR address with a shop-floor key limited to trusted documents", async () => {
    const created = succeeded<{ secret: string }>(
      await kit.execute(apiKeyCreate, {
        input: { name: "scanner 3", role: "shop-floor", trustedDocumentsOnly: true },
      }),
      "apiKeyCreate",
    );
    shopFloorKey = created.secret;
    await page.goto(`${origin}/scan#key=${shopFloorKey}`, { waitUntil: "load" });
    await page.waitForSelector("input[name=code]", { timeout: 30_000 });
    expect(page.url()).toBe(`${origin}/scan`);
    expect(await page.$eval("header", (header) => header.textContent)).toContain("scanner 3");
    expect(browser.refused).toEqual([]);
    await screenshot("signed-in");
  }, 60_000);

  it("runs a day's work on an order through the scan field", async () => {
    await scanCode(orderNumber.toLowerCase().replace("-000", "-"), orderNumber);
    await screenshot("order");
    await take("Start Assemble");
    await waitForAction(`Start Assemble on ${orderNumber}`, "done");

    await scanCode("frame", "FRAME");
    await take(`Consume FRAME into ${orderNumber}`, { quantity: "2" });
    await waitForAction(`Consume 2 FRAME into ${orderNumber}`, "done");
    await expectStock({ BIKE: ["0", "0", "5"], FRAME: ["8", "3", "0"], WHEEL: ["20", "10", "0"] });

    // The GS1 label on the wheels' box: its GTIN-14 finds the product by its EAN-13.
    await scanCode("(01)04006381333931(10)LOT-7", "WHEEL");
    expect(await page.$eval(".answer", (answer) => answer.textContent)).toContain("Lot LOT-7");
    await screenshot("product");
    await take(`Consume WHEEL into ${orderNumber}`, { quantity: "4" });
    await waitForAction(`Consume 4 WHEEL into ${orderNumber}`, "done");

    await scanCode(orderNumber, orderNumber);
    await take(`Report output of ${orderNumber}`, { goodQuantity: "2", scrapQuantity: "1" });
    await waitForAction(`Report 2 good, 1 scrap on ${orderNumber}`, "done");
    await expectStock({ BIKE: ["2", "0", "3"], FRAME: ["7", "2", "0"], WHEEL: ["14", "4", "0"] });

    await take("Pause Assemble", { reason: "lunch" });
    await waitForAction(`Pause Assemble on ${orderNumber} (lunch)`, "done");
    await take("Resume Assemble");
    await waitForAction(`Resume Assemble on ${orderNumber}`, "done");
    await take("Complete Assemble", { goodQuantity: "5", scrapQuantity: "1" });
    await waitForAction(`Complete Assemble on ${orderNumber}: 5 good, 1 scrap`, "done");
    await page.waitForSelector('[data-operation="Assemble"]', { timeout: 15_000 });
    expect(await page.$eval('[data-operation="Assemble"]', (item) => item.textContent)).toBe(
      "Assemble: DONE",
    );
    await expectStock({ BIKE: ["2", "0", "3"], FRAME: ["7", "2", "0"], WHEEL: ["14", "4", "0"] });
    expect((await queueShown()).map((action) => action.state)).toEqual(Array(7).fill("done"));
    await screenshot("day-done");
  }, 120_000);

  it("shows a refused action's field and message, and goes on", async () => {
    await take(`Report output of ${orderNumber}`, { goodQuantity: "1000", scrapQuantity: "0" });
    await waitForAction(`Report 1000 good, 0 scrap on ${orderNumber}`, "refused");
    const [refused] = await queueShown();
    expect(refused?.text).toContain("input.goodQuantity: ");
    await expectStock({ BIKE: ["2", "0", "3"], FRAME: ["7", "2", "0"], WHEEL: ["14", "4", "0"] });
    await screenshot("refused");
  }, 60_000);

  it("refuses an action to a key without its permission, with the server's message", async () => {
    const viewerKey = await kit.keyWith("PRODUCTION_VIEW");
    await page.click("header button");
    await page.waitForSelector("form.sign-in input[name=key]", { timeout: 15_000 });
    await page.type("form.sign-in input[name=key]", viewerKey);
    await page.click("form.sign-in button[type=submit]");
    await page.waitForSelector("input[name=code]", { timeout: 15_000 });
    await scanCode(orderNumber, orderNumber);
    await take("Start Inspect");
    await waitForAction(`Start Inspect on ${orderNumber}`, "refused");
    const [refused] = await queueShown();
    expect(refused?.text).toMatch(/PRODUCTION_EXECUTE/);
    await screenshot("forbidden");
    await page.click("header button");
    await page.goto(`${origin}/scan#key=${shopFloorKey}`, { waitUntil: "load" });
    await page.waitForSelector("input[name=code]", { timeout: 30_000 });
  }, 60_000);

  it("receives a purchase order line, completes a transfer and counts stock", async () => {
    const purchase = succeeded<{ purchaseOrder: { id: string; number: string } }>(
      await kit.execute(purchaseOrderCreate, {
        input: {
          supplierId: globalId("Supplier", places.supplierA),
          locationId: globalId("Location", places.warehouse),
          lines: [{ productId: globalId("Product", ids.WHEEL), quantity: "10", unitCost: "4" }],
        },
      }),
      "purchaseOrderCreate",
    ).purchaseOrder;
    succeeded(await kit.execute(purchaseOrderPlace, { id: purchase.id }), "purchaseOrderPlace");
    const transfer = succeeded<{ transferOrder: { id: string; number: string } }>(
      await kit.execute(transferOrderCreate, {
        input: {
          fromLocationId: globalId("Location", places.warehouse),
          toLocationId: globalId("Location", places.shopFloor),
          lines: [{ productId: globalId("Product", ids.WHEEL), quantity: "6" }],
        },
      }),
      "transferOrderCreate",
    ).transferOrder;

    await scanCode(purchase.number, purchase.number);
    await take("Receive WHEEL");
    await waitForAction(`Receive 10 WHEEL on ${purchase.number}`, "done");
    expect((await ledger("WHEEL", places.warehouse)).map((movement) => movement.reason)).toEqual([
      "PURCHASE_RECEIPT",
    ]);

    await scanCode(transfer.number, transfer.number);
    await take(`Complete ${transfer.number}`);
    await waitForAction(`Complete ${transfer.number}`, "done");
    expect(await page.$eval(".match h2", (title) => title.textContent)).toContain("COMPLETED");

    await scanCode("wheel", "WHEEL");
    await page.select(
      'form[data-offer="Count WHEEL"] select[name=locationId]',
      globalId("Location", places.warehouse),
    );
    await take("Count WHEEL", { quantity: "3.5" });
    await waitForAction("Count 3.5 WHEEL at Main warehouse", "done");
    expect(await stockAt(kit, ids.WHEEL, places.warehouse)).toMatchObject({ onHand: "3.5" });
    await page.waitForFunction(
      () => document.querySelector(".match .facts")?.textContent?.includes("3.5 pcs at Main warehouse"),
      {
        timeout: 15_000,
      },
    );
    expect((await ledger("WHEEL", places.warehouse)).map((movement) => movement.reason).sort()).toEqual([
      "ADJUSTMENT",
      "PURCHASE_RECEIPT",
      "TRANSFER_OUT",
    ]);
    await expectStock({ BIKE: ["2", "0", "3"], FRAME: ["7", "2", "0"], WHEEL: ["20", "4", "0"] });
    await screenshot("counted");
  }, 60_000);

  it("queues 5 actions offline, keeps them through a reload with no network, and sends each once when an answer is lost", async () => {
    const framesBefore = (await ledger("FRAME")).length;
    const wheelsBefore = (await ledger("WHEEL")).length;
    await scanCode(orderNumber, orderNumber);
    // The page's service worker holds the page and its files before the network goes.
    expect(
      await page.evaluate(() => navigator.serviceWorker.ready.then((ready) => ready.active?.state)),
    ).toBe("activated");

    // No network: the page offline (DevTools), and the link cut too, since DevTools' offline does not cover the
    // network a service worker falls back to for a request it leaves alone (the API's).
    await page.setOfflineMode(true);
    link.apiCut = true;
    const taken: [sku: string, quantity: string][] = [
      ["FRAME", "1"],
      ["WHEEL", "1"],
      ["FRAME", "1"],
      ["WHEEL", "1"],
      ["FRAME", "1"],
    ];
    for (const [index, [sku, quantity]] of taken.entries()) {
      await take(`Consume ${sku} into ${orderNumber}`, { quantity });
      await page.waitForFunction(
        (count) => document.querySelectorAll('.queue li[data-state="queued"]').length === count,
        { timeout: 15_000 },
        index + 1,
      );
    }
    expect(await page.$eval("[data-testid=connection]", (badge) => badge.textContent)).toBe(
      "Offline · 5 waiting",
    );
    const sentBeforeReload = link.keysSent.length;
    await screenshot("offline-queued");

    // Reloaded with no network at all: the service worker serves the page, which lists the same 5.
    await page.reload({ waitUntil: "load" });
    await page.waitForFunction(
      () => document.querySelectorAll('.queue li[data-state="queued"]').length === 5,
      { timeout: 15_000 },
    );
    expect(link.keysSent.length).toBe(sentBeforeReload);
    expect(await page.$eval("[data-testid=connection]", (badge) => badge.textContent)).toBe(
      "Offline · 5 waiting",
    );
    await screenshot("reloaded-offline");

    // The network back but the server out of reach: still waiting, and nothing was sent.
    link.apiCut = true;
    await page.setOfflineMode(false);
    await page.waitForFunction(
      () =>
        document.querySelector("[data-testid=connection]")?.textContent ===
        "No answer from the server · 5 waiting",
      { timeout: 30_000 },
    );
    expect(link.keysSent.length).toBe(sentBeforeReload);

    // Back on line; the first action's answer is lost: the page sends it again with its key.
    link.answersToLose = 1;
    link.apiCut = false;
    // The day's 7 actions, the receipt, the transfer, the count and these 5.
    await waitForAll(7 + 3 + 5, "done", 60_000);
    const sent = link.keysSent.slice(sentBeforeReload);
    expect(link.keysLost).toHaveLength(1);
    expect(sent[0]).toBe(link.keysLost[0]);
    expect(sent[1]).toBe(link.keysLost[0]);
    expect(new Set(sent).size).toBe(5);
    expect(sent).toHaveLength(6);

    // Exactly one ledger movement per action.
    expect((await ledger("FRAME")).length - framesBefore).toBe(3);
    expect((await ledger("WHEEL")).length - wheelsBefore).toBe(2);
    await expectStock({ BIKE: ["2", "0", "3"], FRAME: ["4", "0", "0"], WHEEL: ["18", "2", "0"] });
    expect(await page.$eval("[data-testid=connection]", (badge) => badge.textContent)).toBe("Online");
    expect(browser.refused).toEqual([]);
    await screenshot("sent");
  }, 120_000);
});
