/**
 * The page's API key: the one signed in on this device (localStorage, per page: a board and a scanner on one
 * browser may use different keys), else the embedded demo's admin key, which the server writes into the page
 * (`<meta name="bomgraph-demo-key">`, only on the embedded demo).
 */
const storageKey = (page: string) => `bomgraph.${page}.apiKey`;

export function signedInKey(page: string): string | null {
  return localStorage.getItem(storageKey(page)) ?? demoKey();
}

export function signIn(page: string, key: string) {
  localStorage.setItem(storageKey(page), key.trim());
}

export function signOut(page: string) {
  localStorage.removeItem(storageKey(page));
}

export function demoKey(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="bomgraph-demo-key"]')?.content || null;
}
