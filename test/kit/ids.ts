/** Relay global ids as the API writes them, base64("Type:123"), for tests and benchmarks alike. */

/** The global id of a row. */
export function globalId(typename: string, id: number): string {
  return Buffer.from(`${typename}:${id}`).toString("base64");
}

/** The row id inside a global id. */
export function decodeId(id: string): number {
  return Number(Buffer.from(id, "base64").toString("utf8").split(":")[1]);
}

/** What a global id names, as `Type:key` (an explosion node's key is its explosion's, then its path). */
export function decodeGlobalId(id: string): { typename: string; key: string } {
  const text = Buffer.from(id, "base64").toString("utf8");
  const colon = text.indexOf(":");
  return { typename: text.slice(0, colon), key: text.slice(colon + 1) };
}
