import type { ExecutionResult } from "graphql";
import { type FetchAPI, isAsyncIterable, type Plugin, type YogaInitialContext } from "graphql-yoga";
import type { Context, SseDelivery } from "../schema/builder.ts";
import { publicError } from "./masked-errors.ts";

/**
 * Subscriptions over server-sent events, written by us rather than by yoga so that every event carries
 * `id: <event id>`: an SSE client (EventSource, fetch-event-source) keeps the last one and sends it as the
 * Last-Event-ID header when it reconnects, with its first request (and its `after`) unchanged; the subscription
 * then resumes after the header's id, which wins over `after` (src/schema/live.ts, ADR 0025).
 *
 * graphql-js makes each result from one event, one after the other: the live field notes the event's id in the
 * request's SseDelivery as the result is made, and the stream below writes it with that result.
 */
export function useSseEventIds(): Plugin<Context> {
  const deliveries = new WeakMap<Request, SseDelivery>();
  return {
    onSubscribe({ args, extendContext }) {
      const context = args.contextValue as Context & Partial<YogaInitialContext>;
      // graphql-ws operations carry a request too (src/http/graphql-ws.ts): their socket says what they are.
      if (!context.request || context.connection) return;
      const delivery: SseDelivery = {
        lastEventId: context.request.headers.get("last-event-id"),
        eventId: null,
      };
      deliveries.set(context.request, delivery);
      extendContext({ sse: delivery });
    },
    onResultProcess({ request, result, resultProcessor, setResultProcessor }) {
      const delivery = deliveries.get(request);
      // yoga chose its SSE writer (the only one for a subscription's stream); a refused subscription is one
      // result, which it writes itself.
      if (!delivery || !resultProcessor || !isAsyncIterable(result)) return;
      setResultProcessor(
        (results, fetchAPI) => eventStream(results as AsyncIterable<ExecutionResult>, fetchAPI, delivery),
        "text/event-stream",
      );
    },
  };
}

/** Proxies close connections that stay silent; a comment line this often keeps it open (yoga's interval). */
const KEEP_ALIVE_MS = 12_000;

function eventStream(results: AsyncIterable<ExecutionResult>, fetchAPI: FetchAPI, delivery: SseDelivery) {
  const encoder = new fetchAPI.TextEncoder();
  const iterator = results[Symbol.asyncIterator]();
  let keepAlive: NodeJS.Timeout | undefined;
  const body = new fetchAPI.ReadableStream<Uint8Array>({
    start(controller) {
      // A comment at once: some clients report the stream open only when its first bytes arrive.
      controller.enqueue(encoder.encode(":\n\n"));
      keepAlive = setInterval(() => {
        if ((controller.desiredSize ?? 0) > 0) controller.enqueue(encoder.encode(":\n\n"));
      }, KEEP_ALIVE_MS);
    },
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (value) controller.enqueue(encoder.encode(eventOf(value, delivery)));
        if (done) {
          controller.enqueue(encoder.encode("event: complete\ndata:\n\n"));
          clearInterval(keepAlive);
          controller.close();
        }
      } catch (error) {
        clearInterval(keepAlive);
        controller.error(error);
      }
    },
    async cancel() {
      clearInterval(keepAlive);
      await iterator.return?.();
    },
  });
  return new fetchAPI.Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/event-stream",
      Connection: "keep-alive",
      "Cache-Control": "no-cache",
      "Content-Encoding": "none",
    },
  });
}

/**
 * One SSE event: `id:` for a result made from a live event (an error that ends the stream was made from none, and
 * leaves the client's last id as it was), then the result as yoga writes it over HTTP.
 */
function eventOf(result: ExecutionResult, delivery: SseDelivery): string {
  const id = result.data && delivery.eventId !== null ? `id: ${delivery.eventId}\n` : "";
  delivery.eventId = null;
  const shown = result.errors ? { ...result, errors: result.errors.map(publicError) } : result;
  return `${id}event: next\ndata: ${JSON.stringify(shown)}\n\n`;
}
