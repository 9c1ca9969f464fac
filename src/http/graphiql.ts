import type { GraphiQLOptions } from "graphql-yoga";

/**
 * GraphiQL as the server serves it: its scripts, styles and editor workers inlined in the page by yoga's bundled
 * renderer, so it works on a network without internet (no CDN); subscriptions over SSE, which carry the headers
 * of the Headers tab (the key) to the server. The embedded demo fills the Headers tab with its admin key and
 * opens the README's examples as tabs.
 */
export interface GraphiQLDemo {
  /** The key to send, pre-filled in the Headers tab. */
  adminKey: string;
  /** The documents to open, one tab each (the README's examples: `readmeExamples`). */
  examples: readonly ReadmeExample[];
}

export function graphiqlOptions(demo?: GraphiQLDemo): GraphiQLOptions {
  const options: GraphiQLOptions = { title: "bomgraph", subscriptionsProtocol: "SSE" };
  if (!demo) return options;
  const headers = JSON.stringify({ Authorization: `Bearer ${demo.adminKey}` }, null, 2);
  return {
    ...options,
    headers,
    defaultHeaders: headers,
    defaultQuery: demo.examples[0]?.document,
    defaultTabs: demo.examples.map((example) => ({ query: example.document, headers })),
    isHeadersEditorEnabled: true,
  };
}

/**
 * The page, from yoga's bundled renderer: a 9 MB module, loaded the first time someone opens GraphiQL rather
 * than held by every server from its start (ADR 0029).
 */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const renderer = await import("@graphql-yoga/render-graphiql");
  return renderer.renderGraphiQL(options);
}

/** A ```graphql block of the README; `runBy` names the test that runs it when the README test does not. */
export interface ReadmeExample {
  document: string;
  runBy?: string;
}

/**
 * The README's GraphQL examples: every ```graphql block. One preceded by the line `<!-- example run by <test
 * file> -->` is run by that test (it needs a state of its own); test/readme runs every other against the demo.
 */
export function readmeExamples(readme: string): ReadmeExample[] {
  const blocks = readme.matchAll(/(?:<!-- example run by (\S+) -->\n)?```graphql\n([\s\S]*?)```/g);
  return [...blocks].map(([, runBy, document]) => ({
    document: (document ?? "").trim(),
    ...(runBy ? { runBy } : {}),
  }));
}
