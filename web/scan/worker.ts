/**
 * The scanner's service worker (/scan-worker.js, scope /scan): a phone that reloads the scanner, or opens it
 * from its home screen, without a connection gets the page from here, and the actions it queued (IndexedDB)
 * with it. The page itself is asked of the network first, so a connected scanner always runs the server's
 * current page; its scripts and styles, whose names carry their content's hash, come from the cache. The API is
 * never cached: the page's queue decides what is sent again (docs/rules/scanner-page.md).
 */

/** The page's address and every file it may load, written in by the build (scripts/web.ts). */
declare const SCAN_SHELL: string[];

// The parts of the service worker's scope used here (the DOM library has no service worker types).
interface LifecycleEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface RequestEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: "install" | "activate", listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: RequestEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
}

const worker = self as unknown as WorkerScope;
const PREFIX = "bomgraph-scan ";
/** One cache per set of files: a new build's worker fills its own and drops the old one once it runs. */
const CACHE = PREFIX + SCAN_SHELL.join(" ");
const PAGE = "/scan";

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SCAN_SHELL))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  if (request.mode === "navigate" && (url.pathname === PAGE || url.pathname === `${PAGE}/`)) {
    event.respondWith(pageFromNetworkElseCache(request));
  } else if (SCAN_SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
  }
});

async function pageFromNetworkElseCache(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(PAGE, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(PAGE);
    if (cached) return cached;
    throw error;
  }
}
