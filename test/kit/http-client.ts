/** The hot paths' client: GraphQL requests and SSE subscriptions as the admin, the way a client sends them. */

/** How the requests reach the app: over HTTP (bench) or through `app.fetch` (tests). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** GraphQL as the admin; the caller checks the answer. */
export interface Client {
  /** The `data` of a query or mutation; top-level `errors` throw. */
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked by each path, not typed
  graphql(query: string, variables?: Record<string, unknown>): Promise<any>;
  /** Subscribes over server-sent events and resolves once `count` events arrived (then hangs up). */
  events(query: string, variables: Record<string, unknown>, count: number): Promise<void>;
}

export function createClient(fetch: Fetch, baseUrl: string, key: string): Client {
  const post = (
    query: string,
    variables: Record<string, unknown> | undefined,
    accept: string,
    signal?: AbortSignal,
  ) =>
    fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept, authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  return {
    async graphql(query, variables) {
      const response = await post(query, variables, "application/graphql-response+json");
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (body.errors?.length || !body.data) {
        throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(body).slice(0, 500)}`);
      }
      return body.data;
    },
    async events(query, variables, count) {
      const hangUp = new AbortController();
      const response = await post(query, variables, "text/event-stream", hangUp.signal);
      if (!response.body) throw new Error(`no event stream (${response.status})`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let received = 0;
      let pending = "";
      try {
        while (received < count) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`the stream ended after ${received} of ${count} events`);
          pending += value;
          const messages = pending.split("\n\n");
          pending = messages.pop() ?? "";
          for (const message of messages) {
            if (message.includes('"errors"')) throw new Error(`stream error: ${message.slice(0, 300)}`);
            // A message's lines come in any order (the server writes `id:` first).
            if (/^event: next$/m.test(message)) received++;
          }
        }
      } finally {
        hangUp.abort();
        await reader.cancel().catch(() => {});
      }
    },
  };
}
