import { type ExecutionResult, GraphQLError, getOperationAST } from "graphql";
import type { Plugin, YogaInitialContext } from "graphql-yoga";
import type { Database } from "../../db/database.ts";
import type { Logger } from "../../logger.ts";
import type { Context } from "../../schema/builder.ts";
import { inProgress, RunningRequests } from "./in-progress.ts";
import { idempotencyKeyOf } from "./key.ts";
import { IdempotencyStore } from "./store.ts";

export { IDEMPOTENCY_KEY_HEADER } from "./key.ts";

/** Set to "true" on an HTTP response that replays a stored result. */
export const IDEMPOTENT_REPLAYED_HEADER = "idempotent-replayed";

type RequestContext = Context & Partial<Pick<YogaInitialContext, "request" | "params">>;

/**
 * Idempotent mutations for clients on flaky networks. A mutation request may carry a key (the
 * `Idempotency-Key` header, or `extensions.idempotencyKey` in the request, which graphql-ws clients can send).
 * The first request with a key runs the whole operation and stores its result in ONE transaction (store.ts). A
 * retry with the same key (same API key, same document and variables: key.ts) gets the stored result without
 * running anything. A retry that races the first waits for it, boundedly, and then gets its result, or
 * IDEMPOTENCY_KEY_IN_PROGRESS (409 with Retry-After) while the first still runs (in-progress.ts). The same key
 * with another request is refused (IDEMPOTENCY_KEY_REUSED). Keys expire after a configurable time and are then
 * pruned. Secrets in a result are not stored (secrets.ts).
 */
export function useIdempotency(options: { db: Database; ttlHours: number; logger: Logger }): Plugin {
  const store = new IdempotencyStore(options);
  const running = new RunningRequests();
  const replayed = new WeakSet<Request>();

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      // Queries are safe to retry as they are; a key sent with one is ignored.
      if (operation?.operation !== "mutation") return;
      const key = idempotencyKeyOf(args.contextValue as unknown as RequestContext);
      if (key === null) return;
      if (key instanceof GraphQLError) {
        setExecuteFn(() => ({ errors: [key] }));
        return;
      }
      setExecuteFn((executionArgs) => {
        const context = executionArgs.contextValue as RequestContext;
        return running.runAfterEarlier(
          context.viewer.apiKeyId,
          key,
          async (): Promise<ExecutionResult> => {
            const keyed = await store.runOnce(executeFn, executionArgs, operation, key);
            if (keyed.replayed && context.request) replayed.add(context.request);
            return keyed.result;
          },
          () => ({ errors: [inProgress(key)] }),
        );
      });
    },
    onResponse({ request, response }) {
      if (replayed.has(request)) response.headers.set(IDEMPOTENT_REPLAYED_HEADER, "true");
    },
  };
}
