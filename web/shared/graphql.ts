import type { TypedDocumentString } from "../graphql/graphql.ts";

/**
 * GraphQL over HTTP for the pages: `fetch` with the codegen client preset's typed documents, each sent by its
 * hash alone (the server trusts the pages' manifest, web/graphql/persisted-documents.json), so a key limited to
 * trusted documents runs them and a request carries no document text. A thrown
 * `NetworkError` means no answer came: the request may or may not have run, so an action that changes something
 * is retried with the same idempotency key (docs/rules/api.md), never a new one.
 */
export interface GraphQLErrorBody {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; field?: string; [name: string]: unknown };
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: readonly GraphQLErrorBody[];
}

export class NetworkError extends Error {
  override name = "NetworkError";
}

export interface RequestOptions {
  /** The API key, sent as `Authorization: Bearer`. */
  key: string;
  /** Makes a retried mutation run once: the server replays its first answer. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions,
): Promise<GraphQLResult<TResult>> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
    authorization: `Bearer ${options.key}`,
  };
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(document) } },
      }),
      signal: options.signal,
    });
  } catch (error) {
    throw new NetworkError(`No answer from the server (${(error as Error).message})`);
  }
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json"))
    throw new NetworkError(`The server answered ${response.status} without GraphQL`);
  try {
    return (await response.json()) as GraphQLResult<TResult>;
  } catch (error) {
    throw new NetworkError(`The answer was cut off (${(error as Error).message})`);
  }
}

function hashOf(document: { __meta__?: Record<string, unknown> }): string {
  const hash = document.__meta__?.hash;
  if (typeof hash !== "string") throw new Error("A page's document has no hash: run `npm run codegen`");
  return hash.replace(/^sha256:/, "");
}

/** The first error's message, naming its field when the server named one. */
export function errorText(errors: readonly GraphQLErrorBody[]): string {
  const [first] = errors;
  if (!first) return "";
  const field = first.extensions?.field;
  return field ? `${field}: ${first.message}` : first.message;
}

/** A payload's first userError, worded like `errorText`: its field path, then the message. */
export function userErrorText(
  errors: readonly { message: string; field?: readonly string[] | null }[],
): string {
  return errorText(
    errors.map((error) => ({ message: error.message, extensions: { field: error.field?.join(".") } })),
  );
}
