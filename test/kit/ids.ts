/** Relay global ids as the API writes them, base64("Type:123"), for tests and benchmarks alike. */

/** The global id of a row. */
export function globalId(typename: string, id: number): string {
  return Buffer.from(`${typename}:${id}`).toString("base64");
}

/** The row id inside a global id. */
export function decodeId(id: string): number {
  return Number(Buffer.from(id, "base64").toString("utf8").split(":")[1]);
}
