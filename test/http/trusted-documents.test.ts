import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { createPersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { type DocumentNode, parse, print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { type App, createApp } from "../../src/http/app.ts";
import { loadTrustedDocuments } from "../../src/http/trusted-documents.ts";
import { createLogger } from "../../src/logger.ts";
import { succeeded, type TestKit, useTestKit } from "../kit/app.ts";
import { apiKeyCreate, me } from "../operations/access.ts";

/**
 * Trusted documents: the manifest GraphQL Code Generator writes for the tests' documents (test/graphql/
 * persisted-documents.json) is the server's TRUSTED_DOCUMENTS. A handheld's key limited to them runs them by hash
 * and is refused any other document; Apollo's persisted queries work against any server.
 */

const MANIFEST = "test/graphql/persisted-documents.json";
const pagesManifest: Record<string, string> = JSON.parse(
  readFileSync("web/graphql/persisted-documents.json", "utf8"),
);

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});
let app: App;
/** A shop-floor key limited to trusted documents, made through the API. */
let handheld: string;
beforeAll(async () => {
  app = createApp({
    db: kit.db,
    logger: createLogger("error"),
    // The kit's feed: this instance, too, remembers keys on either database (the statement count below).
    live: kit.app.live,
    trustedDocuments: await loadTrustedDocuments(MANIFEST),
  });
  const created = succeeded<{ secret: string; apiKey: { trustedDocumentsOnly: boolean } }>(
    await kit.execute(apiKeyCreate, {
      input: { name: "handheld 7", role: "shop-floor", trustedDocumentsOnly: true },
    }),
    "apiKeyCreate",
  );
  expect(created.apiKey.trustedDocumentsOnly).toBe(true);
  handheld = created.secret;
});

/** Not in the manifest: parsed here, where codegen (which writes the manifest) does not look. */
const untrusted = "query notTrusted { me { permissions } }";
const untrustedDocument = parse(untrusted);

const hashOf = (document: DocumentNode) =>
  ((document as { __meta__?: { hash?: string } }).__meta__?.hash ?? "").replace(/^sha256:/, "");

const byHash = (hash: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function send(body: string, key: string | null = kit.adminKey, to = app): Promise<Answer> {
  const response = await kit.post(body, { app: to, key });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

describe("a key limited to trusted documents", () => {
  it("runs a trusted document sent by its hash", async () => {
    const answer = await send(byHash(hashOf(me)), handheld);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toMatchObject({
      me: { apiKey: { name: "handheld 7", role: { name: "shop-floor" } } },
    });
  });

  it("is refused any other document before it runs", async () => {
    // Remembered by this instance: what the refusal costs is then what the document itself would.
    expect((await send(byHash(hashOf(me)), handheld)).status).toBe(200);
    let answer: Answer | undefined;
    const statements = await kit.countStatements(async () => {
      answer = await send(JSON.stringify({ query: untrusted }), handheld);
    });
    expect(answer?.status).toBe(403);
    expect(answer?.body.data).toBeUndefined();
    expect(answer?.body.errors?.map((error) => error.extensions?.code)).toEqual(["TRUSTED_DOCUMENTS_ONLY"]);
    // None: the document never ran.
    expect(statements).toBe(0);
    // A trusted document's operation retyped is another document too.
    expect((await send(JSON.stringify({ query: print(me) }), handheld)).status).toBe(403);
  });

  it("is refused everything but the pages' documents by a server without TRUSTED_DOCUMENTS", async () => {
    const answer = await send(byHash(hashOf(me)), handheld, kit.app);
    expect(answer.status).toBe(200);
    expect(answer.body.errors?.[0]?.message).toBe("PersistedQueryNotFound");
    const text = await send(JSON.stringify({ query: untrusted }), handheld, kit.app);
    expect(text.status).toBe(403);
    expect(text.body.errors?.[0]?.message).toBe(
      "This API key runs trusted documents only: send one by its hash (extensions.persistedQuery.sha256Hash)",
    );
    // The reference pages' documents (web/graphql) are trusted by every server.
    const [pageHash] =
      Object.entries(pagesManifest).find(([, text]) => text.startsWith("query SignedIn")) ?? [];
    expect(pageHash).toBeDefined();
    const page = await send(byHash(String(pageHash).replace(/^sha256:/, "")), handheld, kit.app);
    expect(page.status).toBe(200);
    expect(page.body.errors).toBeUndefined();
  });

  it("runs its documents through Apollo Client, by hash alone", async () => {
    const sent: Record<string, unknown>[] = [];
    const client = apollo(handheld, sent, (document) => hashOf(document));
    const { data } = await client.query({ query: me, fetchPolicy: "no-cache" });
    expect(data?.me.apiKey?.name).toBe("handheld 7");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).toBeUndefined();
    await expect(client.query({ query: untrustedDocument, fetchPolicy: "no-cache" })).rejects.toThrow(
      /trusted documents only/,
    );
  });
});

describe("documents by hash for every key", () => {
  it("runs a trusted document by its hash, with codegen's algorithm prefix or without", async () => {
    const hash = hashOf(me);
    for (const sha256Hash of [hash, `sha256:${hash}`]) {
      const answer = await send(byHash(sha256Hash));
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toMatchObject({ me: { apiKey: { role: { name: "admin" } } } });
    }
  });

  it("answers PersistedQueryNotFound to an unknown hash, and runs the document sent with it", async () => {
    const hash = createHash("sha256").update(untrusted).digest("hex");
    const unknown = await send(byHash(hash));
    expect(unknown.body).toEqual({
      errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
    });
    const withText = await send(
      JSON.stringify({ query: untrusted, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    );
    expect(withText.body).toEqual({ data: { me: { permissions: expect.arrayContaining(["ADMIN"]) } } });
  });

  it("lets Apollo's automatic persisted queries fall back to the text", async () => {
    const sent: Record<string, unknown>[] = [];
    const client = apollo(kit.adminKey, sent);
    const { data } = await client.query({ query: untrustedDocument });
    expect(data).toMatchObject({ me: { permissions: expect.arrayContaining(["ADMIN"]) } });
    // The hash alone, PersistedQueryNotFound, then the hash with the text.
    expect(sent.map((body) => typeof body.query)).toEqual(["undefined", "string"]);
  });
});

describe("configuration", () => {
  it("reads the manifest's path from TRUSTED_DOCUMENTS and refuses a file that is not one", async () => {
    expect(loadConfig({ TRUSTED_DOCUMENTS: MANIFEST }).trustedDocuments).toBe(MANIFEST);
    expect(loadConfig({}).trustedDocuments).toBeUndefined();
    await expect(loadTrustedDocuments("package.json")).rejects.toThrow(
      "TRUSTED_DOCUMENTS: package.json must be a JSON object of document hash -> document text",
    );
    await expect(loadTrustedDocuments("no-such-file.json")).rejects.toThrow(
      /^TRUSTED_DOCUMENTS: cannot read no-such-file.json as JSON/,
    );
  });
});

/** Apollo Client over the app, with its persisted-queries link (by Apollo's own sha256 unless `hash` says). */
function apollo(key: string, sent: Record<string, unknown>[], hash?: (document: DocumentNode) => string) {
  const persisted = hash
    ? createPersistedQueryLink({ generateHash: hash })
    : createPersistedQueryLink({ sha256: (text) => createHash("sha256").update(text).digest("hex") });
  const http = new HttpLink({
    uri: "http://test/graphql",
    headers: { authorization: `Bearer ${key}` },
    fetch: async (url, init) => {
      sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
      return app.fetch(new Request(String(url), init));
    },
  });
  return new ApolloClient({ link: ApolloLink.from([persisted, http]), cache: new InMemoryCache() });
}
