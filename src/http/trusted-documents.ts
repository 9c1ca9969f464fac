import { readFile } from "node:fs/promises";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Viewer } from "../domain/access.ts";

/**
 * Trusted documents (docs/rules/access.md): the operations the server's clients were built with, by hash, as
 * GraphQL Code Generator's client preset writes them (`persistedDocuments`: a JSON object of sha256 hash ->
 * document). A client sends a document's hash instead of its text, the way Apollo's persisted queries do
 * (`extensions.persistedQuery.sha256Hash`); a key limited to trusted documents runs these and nothing else.
 */
export interface TrustedDocuments {
  readonly byHash: ReadonlyMap<string, string>;
  readonly texts: ReadonlySet<string>;
}

export const noTrustedDocuments: TrustedDocuments = { byHash: new Map(), texts: new Set() };

/** The manifest's hashes may carry their algorithm ("sha256:<hex>", codegen's); Apollo sends the bare hex. */
const bareHash = (hash: string) => hash.replace(/^sha256:/, "");

export function trustedDocuments(manifest: Record<string, string>): TrustedDocuments {
  const byHash = new Map(Object.entries(manifest).map(([hash, text]) => [bareHash(hash), text]));
  return { byHash, texts: new Set(byHash.values()) };
}

/** The documents of several manifests (the pages' and TRUSTED_DOCUMENTS). */
export function allTrustedDocuments(...sets: TrustedDocuments[]): TrustedDocuments {
  const byHash = new Map(sets.flatMap((set) => [...set.byHash]));
  return { byHash, texts: new Set(byHash.values()) };
}

/** The manifest at `path` (TRUSTED_DOCUMENTS), refused at start with the reason when it is not one. */
export async function loadTrustedDocuments(path: string): Promise<TrustedDocuments> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new Error(`TRUSTED_DOCUMENTS: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  const entries = typeof manifest === "object" && manifest !== null ? Object.entries(manifest) : null;
  if (!entries || Array.isArray(manifest) || entries.some(([, text]) => typeof text !== "string")) {
    throw new Error(`TRUSTED_DOCUMENTS: ${path} must be a JSON object of document hash -> document text`);
  }
  return trustedDocuments(Object.fromEntries(entries) as Record<string, string>);
}

/**
 * A request may name a trusted document by its hash; any other document is sent as text, as always (a key
 * limited to trusted documents is refused it once authenticated: `refuseUntrusted`). An unknown hash answers
 * Apollo's `PersistedQueryNotFound`, on which Apollo's persisted-queries link sends the text instead.
 */
export function useTrustedDocuments(documents: TrustedDocuments): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: true,
    getPersistedOperation: (hash) => documents.byHash.get(bareHash(hash)) ?? null,
    customErrors: {
      notFound: {
        message: "PersistedQueryNotFound",
        extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
      },
      keyNotFound: {
        message: "Send a query, or a trusted document's hash in extensions.persistedQuery.sha256Hash",
        extensions: { code: "BAD_REQUEST", http: { status: 400 } },
      },
    },
  });
}

/** Refuses a key limited to trusted documents any document that is not one, before it runs. */
export function refuseUntrusted(viewer: Viewer, query: string | undefined, documents: TrustedDocuments) {
  if (!viewer.trustedDocumentsOnly || (query !== undefined && documents.texts.has(query))) return;
  throw new GraphQLError(
    "This API key runs trusted documents only: send one by its hash (extensions.persistedQuery.sha256Hash)",
    { extensions: { code: "TRUSTED_DOCUMENTS_ONLY", http: { status: 403 } } },
  );
}
