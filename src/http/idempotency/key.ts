import { createHash } from "node:crypto";
import {
  type DocumentNode,
  type ExecutionArgs,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  print,
} from "graphql";
import type { YogaInitialContext } from "graphql-yoga";

export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";

// Printable ASCII without spaces, as Stripe and the IETF draft use them (UUIDs, ULIDs, random strings).
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The key sent with the request, null when none, a GraphQLError when it is malformed or sent twice differently. */
export function idempotencyKeyOf(
  context: Partial<Pick<YogaInitialContext, "request" | "params">>,
): string | GraphQLError | null {
  const header = context.request?.headers.get(IDEMPOTENCY_KEY_HEADER) ?? null;
  const extension = context.params?.extensions?.idempotencyKey ?? null;
  if (header === null && extension === null) return null;
  if (header !== null && extension !== null && header !== extension) {
    return badKey("The Idempotency-Key header and extensions.idempotencyKey differ: send one of them");
  }
  const key = header ?? extension;
  if (typeof key !== "string" || !KEY_PATTERN.test(key)) {
    return badKey("An idempotency key is 1 to 255 printable ASCII characters without spaces (e.g. a UUID)");
  }
  return key;
}

function badKey(message: string) {
  return new GraphQLError(message, {
    extensions: { code: "IDEMPOTENCY_KEY_INVALID", http: { status: 400 } },
  });
}

/**
 * What a key stands for: the mutation's root fields (named in IDEMPOTENCY_KEY_REUSED) and a hash of the request,
 * so that a retry is recognised as the same request and another request under the key is refused.
 */
export interface RequestFingerprint {
  operation: string;
  requestHash: string;
}

export function fingerprintOf(args: ExecutionArgs, operation: OperationDefinitionNode): RequestFingerprint {
  return { operation: rootFieldNames(operation).join(","), requestHash: hashRequest(args) };
}

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.map((selection) =>
    selection.kind === Kind.FIELD ? selection.name.value : "…",
  );
}

/** The same request: the same document (whitespace aside), operation name and variables (key order aside). */
function hashRequest(args: ExecutionArgs): string {
  const canonical = JSON.stringify([
    print(args.document as DocumentNode),
    args.operationName ?? null,
    sortKeys(args.variableValues ?? {}),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
