import { type Client, createClient } from "graphql-ws";

/**
 * The pages' live connection: graphql-ws on the server's own origin, authenticated by the key in
 * `connection_init`, retried for as long as the page is open (a network cut, a restart, a slow-consumer close);
 * only a refused key (4401) ends it. `onState` feeds the page's "live / reconnecting" badge.
 */
export type LiveState = "connecting" | "live" | "reconnecting" | "refused";

export function liveClient(key: string, onState: (state: LiveState) => void): Client {
  let connectedOnce = false;
  const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
  return createClient({
    url,
    connectionParams: { authorization: `Bearer ${key}` },
    retryAttempts: Number.POSITIVE_INFINITY,
    // graphql-ws waits longer after each failed attempt; a board should come back within seconds.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 5000))),
    shouldRetry: () => true,
    on: {
      connecting: () => onState(connectedOnce ? "reconnecting" : "connecting"),
      connected: () => {
        connectedOnce = true;
        onState("live");
      },
      closed: (event) => {
        const code = (event as CloseEvent | undefined)?.code;
        onState(code === 4401 ? "refused" : "reconnecting");
      },
    },
  });
}
