import { readdir } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/logger.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";

/**
 * The reference pages as the server serves them (src/http/web.ts): /board and /scan from the build, their
 * assets under /web/ for a year, a policy that lets them talk only to the server, and nothing else of the disk.
 * The test run's global setup built them.
 */

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});
let assets: string[];
beforeAll(async () => {
  assets = await readdir("web/dist/assets");
});

const get = (path: string, app = kit.app) => app.fetch(`http://test${path}`);

describe("the pages", () => {
  it.each(["/board", "/scan", "/board/"])("serves %s as HTML that names its hashed assets", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await response.text();
    const scripts = [...html.matchAll(/src="\/web\/([^"]+)"/g)].map(([, name]) => name);
    expect(scripts).toHaveLength(1);
    expect(assets).toContain(scripts[0]);
    // Only the embedded demo signs its pages in.
    expect(html).not.toContain("bomgraph-demo-key");
  });

  it("signs the embedded demo's pages in with its admin key", async () => {
    const demo = createApp({
      db: kit.db,
      logger: createLogger("error"),
      demo: { adminKey: kit.adminKey, examples: [] },
    });
    const html = await (await get("/scan", demo)).text();
    expect(html).toContain(`<meta name="bomgraph-demo-key" content="${kit.adminKey}">`);
    await demo.live.close();
  });

  it("serves every built asset, immutable, with its type", async () => {
    for (const name of assets) {
      const response = await get(`/web/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(
        name.endsWith(".js") ? /^text\/javascript/ : /^text\/css/,
      );
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    }
  });

  it("serves the scanner's service worker at its fixed address, asked for again on every visit", async () => {
    const response = await get("/scan-worker.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const scan = await (await get("/scan")).text();
    const worker = await response.text();
    // It keeps the page and the files the page names.
    expect(worker).toContain('"/scan"');
    for (const [, file] of scan.matchAll(/(?:src|href)="(\/web\/[^"]+)"/g))
      expect(worker).toContain(`"${file}"`);
  });

  it.each([
    "/web/nothing-1234.js",
    "/web/scan-worker.js",
    "/web/..%2f..%2fpackage.json",
    "/web/%2e%2e/%2e%2e/package.json",
    "/web/board.html",
    "/web/../package.json",
    "/boards",
  ])("answers %s with nothing of the disk", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('"name": "bomgraph"');
  });
});
