/**
 * The page's API key: the one signed in on this device (localStorage, per page: a board and a scanner on one
 * browser may use different keys), else the embedded demo's admin key, which the server writes into the page
 * (`<meta name="bomgraph-demo-key">`, only on the embedded demo).
 */
const storageKey = (page: string) => `bomgraph.${page}.apiKey`;
const viewerKey = (page: string) => `bomgraph.${page}.viewer`;

export function signedInKey(page: string): string | null {
  return localStorage.getItem(storageKey(page)) ?? demoKey();
}

export function signIn(page: string, key: string) {
  localStorage.setItem(storageKey(page), key.trim());
  localStorage.removeItem(viewerKey(page));
}

export function signOut(page: string) {
  localStorage.removeItem(storageKey(page));
  localStorage.removeItem(viewerKey(page));
}

/**
 * What the server last said of the signed-in key (`me`): a page that starts without a connection (a scanner
 * queueing actions offline) runs with it until the server can check the key again.
 */
export function rememberViewer<Viewer>(page: string, viewer: Viewer) {
  localStorage.setItem(viewerKey(page), JSON.stringify(viewer));
}

export function rememberedViewer<Viewer>(page: string): Viewer | null {
  const stored = localStorage.getItem(viewerKey(page));
  return stored ? (JSON.parse(stored) as Viewer) : null;
}

export function demoKey(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="bomgraph-demo-key"]')?.content || null;
}
