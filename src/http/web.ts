import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Plugin } from "graphql-yoga";
import { type TrustedDocuments, trustedDocuments } from "./trusted-documents.ts";

/**
 * The reference pages (web/, ADR 0030): /board and /scan, and their bundled assets under /web/, from web/dist,
 * which `npm start` and `npm run build` write (scripts/web.ts). The same relative place from src/http and from
 * dist/http. Files are read on each request (a handful of small files; a rebuild shows at once); the assets'
 * names carry their content's hash, so browsers keep them, and only names of that shape are ever read.
 */
const webDir = new URL("../../web/", import.meta.url);
const distDir = new URL("dist/", webDir);

const PAGE = /^\/(board|scan)\/?$/;
/** The scanner's service worker (web/scan/worker.ts): a fixed address, asked for again on every visit. */
const SCAN_WORKER = "/scan-worker.js";
const ASSET = /^\/web\/([\w-]+\.(js|css))$/;
const JAVASCRIPT = "text/javascript; charset=utf-8";
const TYPES: Record<string, string> = { js: JAVASCRIPT, css: "text/css; charset=utf-8" };
/** The pages load only from the server and talk only to it (GraphQL over HTTP and graphql-ws). */
const PAGE_HEADERS = {
  "content-security-policy":
    "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

export function useWebPages(options: { demoKey?: string }): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const page = PAGE.exec(url.pathname)?.[1];
      const asset = ASSET.exec(url.pathname);
      const worker = url.pathname === SCAN_WORKER;
      if (!page && !asset && !worker) return;
      const file = page ? `${page}.html` : worker ? "scan-worker.js" : `assets/${asset?.[1]}`;
      const body = await readFile(new URL(file, distDir)).catch(() => null);
      if (!body) {
        endResponse(
          page
            ? new fetchAPI.Response("The pages are not built: run `npm run build` (npm start builds them).", {
                status: 503,
                headers: { "content-type": "text/plain; charset=utf-8" },
              })
            : new fetchAPI.Response("Not found", { status: 404 }),
        );
        return;
      }
      if (page) {
        // The embedded demo signs its pages in with its admin key, as its GraphiQL does.
        const demo = options.demoKey
          ? `<meta name="bomgraph-demo-key" content="${options.demoKey.replace(/[^\w-]/g, "")}">`
          : "";
        endResponse(
          new fetchAPI.Response(body.toString("utf8").replace("<!--demo-->", demo), {
            headers: {
              "content-type": "text/html; charset=utf-8",
              "cache-control": "no-cache",
              ...PAGE_HEADERS,
            },
          }),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(body, {
          headers: {
            "content-type": worker ? JAVASCRIPT : (TYPES[asset?.[2] ?? ""] ?? "application/octet-stream"),
            "cache-control": worker ? "no-cache" : "public, max-age=31536000, immutable",
            "x-content-type-options": "nosniff",
          },
        }),
      );
    },
  };
}

/**
 * The pages' documents (web/graphql/persisted-documents.json, written by `npm run codegen`): the server trusts
 * them whatever TRUSTED_DOCUMENTS says, so a scanner key limited to trusted documents runs the scanner.
 */
export function pagesTrustedDocuments(): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(new URL("graphql/persisted-documents.json", webDir), "utf8"));
  return trustedDocuments(manifest as Record<string, string>);
}
