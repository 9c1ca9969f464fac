import type { TypedDocumentString } from "../graphql/graphql.ts";
import { execute, type GraphQLResult, NetworkError } from "./graphql.ts";

/**
 * A page's action (a mutation), retried with the same idempotency key when no answer came (docs/rules/api.md):
 * if the first request did run, the server replays its answer instead of acting twice.
 */
export async function mutate<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  key: string,
): Promise<GraphQLResult<TResult>> {
  const idempotencyKey = crypto.randomUUID();
  for (let attempt = 1; ; attempt++) {
    try {
      return await execute(document, variables, { key, idempotencyKey });
    } catch (error) {
      if (!(error instanceof NetworkError) || attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
