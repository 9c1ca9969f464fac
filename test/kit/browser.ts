import puppeteer, { type Browser, type Page } from "puppeteer-core";

/**
 * Pages in Debian's headless Chromium (.ci/run installs it; puppeteer-core downloads no browser), cut off from
 * everything but the server under test: a page that reaches for a CDN or another host is caught (`refused`).
 */
export const CHROMIUM = "/usr/bin/chromium";

export interface BrowserKit {
  browser: Browser;
  /**
   * A new tab that may reach only `origin` (and blob:/data: URLs); what else it asked for is in `refused`.
   * `isolated`: in a browser context of its own (its own localStorage: another signed-in key).
   */
  openPage(origin: string, options?: { isolated?: boolean }): Promise<Page>;
  /** Requests the pages tried to send anywhere but the server. */
  refused: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserKit> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    // No page is throttled as a background one: several pages side by side (two planners' boards) must each
    // run timers as a planner's own screen would.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-timer-throttling",
      "--disable-backgrounding-occluded-windows",
      "--disable-renderer-backgrounding",
    ],
  });
  const refused: string[] = [];
  return {
    browser,
    refused,
    async openPage(origin, options = {}) {
      // Each page in a window of its own, so each is the tab in front and draws frames: a hidden tab draws
      // none, and Puppeteer's waits (checked on animation frames), mouse input and screenshots wait for one.
      const context = options.isolated
        ? await browser.createBrowserContext()
        : browser.defaultBrowserContext();
      const page = await context.newPage({ type: "window" });
      await page.setRequestInterception(true);
      page.on("request", (request) => {
        const url = request.url();
        if (url.startsWith(origin) || /^(blob|data):/.test(url)) {
          void request.continue();
        } else {
          refused.push(url);
          void request.abort();
        }
      });
      return page;
    },
    close: () => browser.close(),
  };
}
