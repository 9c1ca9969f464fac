import { createServer, request as forward } from "node:http";
import { type AddressInfo, connect, createServer as createNetServer, type Socket } from "node:net";

/**
 * A page's way to its server as a shop floor's wifi makes it: a proxy that forwards everything, unless the API is
 * cut (the pages still load, as from the browser's cache), and that can lose the answers to mutations sent with an
 * idempotency key after the server has run them. It records those keys in the order they were sent, so a test
 * can check that a retry carried the same key.
 */
export interface FlakyLink {
  /** The proxy's origin: the page's address. */
  origin: string;
  /** True: every /graphql request is cut off (its connection closed), nothing reaches the server. */
  apiCut: boolean;
  /** How many of the next keyed mutations' answers to lose. */
  answersToLose: number;
  /** The idempotency keys the proxy forwarded, in order, and those whose answers it lost. */
  keysSent: string[];
  keysLost: string[];
  close(): Promise<void>;
}

export async function openFlakyLink(server: string): Promise<FlakyLink> {
  const target = new URL(server);
  const proxy = createServer((incoming, outgoing) => {
    if (link.apiCut && incoming.url?.startsWith("/graphql")) {
      incoming.socket.destroy();
      return;
    }
    const key = incoming.headers["idempotency-key"];
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        if (typeof key === "string") link.keysSent.push(key);
        if (typeof key === "string" && link.answersToLose > 0) {
          // The server has run the request; the page never hears of it.
          link.answersToLose--;
          link.keysLost.push(key);
          answer.resume();
          answer.on("end", () => outgoing.socket?.destroy());
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.socket?.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const link: FlakyLink = {
    origin: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    apiCut: false,
    answersToLose: 0,
    keysSent: [],
    keysLost: [],
    close: () =>
      new Promise((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
  return link;
}

/**
 * A page's network as a wire between it and the server (TCP, so HTTP and WebSockets alike): `cut()` drops every
 * open connection and refuses new ones, as a shop floor's wifi does when it goes; `restore()` brings it back.
 * DevTools' offline mode alone leaves an open WebSocket up, so a live page would never notice the cut.
 */
export interface Wire {
  /** The wire's origin: the page's address. */
  origin: string;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function openWire(server: string): Promise<Wire> {
  const target = new URL(server);
  const open = new Set<Socket>();
  let isCut = false;
  const wire = createNetServer((page) => {
    if (isCut) {
      page.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [page, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => {
        page.destroy();
        upstream.destroy();
      });
    }
    page.pipe(upstream).pipe(page);
  });
  await new Promise<void>((resolve) => wire.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(wire.address() as AddressInfo).port}`,
    cut() {
      isCut = true;
      for (const socket of open) socket.destroy();
    },
    restore() {
      isCut = false;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        wire.close(() => resolve());
      }),
  };
}
