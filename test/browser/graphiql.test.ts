import { readFile } from "node:fs/promises";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { readmeExamples } from "../../src/http/graphiql.ts";
import { listen, type RunningServer } from "../../src/http/server.ts";
import { createLogger } from "../../src/logger.ts";
import { seedDemo } from "../../src/setup/demo.ts";
import { createTestKit, type TestKit } from "../kit/app.ts";
import { type BrowserKit, openBrowser } from "../kit/browser.ts";
import { productionOrderStart } from "../operations/orders.ts";

/**
 * GraphiQL in Debian's headless Chromium with no network: every request to anything but the server is refused,
 * so it loads only from what the server serves. The embedded demo's page: the admin key in its headers, the
 * README's examples as tabs.
 */

let kit: TestKit;
let server: RunningServer;
let browser: BrowserKit;
let page: Page;
let refused: string[];

beforeAll(async () => {
  kit = await createTestKit();
  await seedDemo(kit.db);
  const examples = readmeExamples(await readFile("README.md", "utf8"));
  const app = createApp({
    db: kit.db,
    logger: createLogger("error"),
    demo: { adminKey: kit.adminKey, examples },
  });
  server = await listen(app, { port: 0, host: "127.0.0.1", db: kit.db });
  browser = await openBrowser();
  refused = browser.refused;
  page = await browser.openPage(server.url.replace(/\/graphql$/, ""));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await kit?.app.live.close();
  await kit?.close();
});

/** The text of GraphiQL's result pane, without the white space its editor wraps lines at. */
const result = () => page.$eval(".graphiql-response", (pane) => (pane.textContent ?? "").replace(/\s+/g, ""));

async function waitForResult(text: string) {
  await page.waitForFunction(
    (wanted) =>
      document.querySelector(".graphiql-response")?.textContent?.replace(/\s+/g, "").includes(wanted),
    { timeout: 30_000 },
    text.replace(/\s+/g, ""),
  );
}

async function openTab(operationName: string) {
  const tabs = await page.$$(".graphiql-tab");
  for (const tab of tabs) {
    if ((await tab.evaluate((node) => node.textContent ?? "")).includes(operationName)) {
      await tab.click();
      return;
    }
  }
  throw new Error(`no tab ${operationName}`);
}

describe("GraphiQL, offline", () => {
  it("loads from the server alone, the admin key in its headers and the README's examples as tabs", async () => {
    await page.goto(server.url, { waitUntil: "load" });
    await page.waitForSelector(".graphiql-execute-button", { timeout: 30_000 });
    expect(refused).toEqual([]);
    const tabs = await page.$$eval(".graphiql-tab", (nodes) => nodes.map((node) => node.textContent));
    expect(tabs.length).toBe(readmeExamples(await readFile("README.md", "utf8")).length);
  }, 60_000);

  it("answers a query with the pre-filled key", async () => {
    await page.click(".graphiql-tab");
    await page.click(".graphiql-execute-button");
    await waitForResult('"bomExplosion"');
    expect(await result()).not.toContain("UNAUTHENTICATED");
    expect(refused).toEqual([]);
  }, 60_000);

  it("receives an event on a subscription (SSE)", async () => {
    await openTab("Board");
    // The stream's response starts once the server holds the subscription: then the demo order starts.
    const streaming = page.waitForResponse((response) =>
      `${response.url()} ${response.request().postData() ?? ""}`.includes("productionOrderEvents"),
    );
    await page.click(".graphiql-execute-button");
    expect((await streaming).headers()["content-type"]).toMatch(/^text\/event-stream/);
    const started = await kit.execute(productionOrderStart, { id: "UHJvZHVjdGlvbk9yZGVyOjE=" });
    expect(started.errors).toBeUndefined();
    await waitForResult('"afterStatus": "IN_PROGRESS"');
    expect(refused).toEqual([]);
  }, 60_000);
});
