import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config.ts";

/**
 * The admin key to print at start. The embedded database is a developer's own: its first admin key is kept in
 * the data directory (mode 0600) so every start can print how to authenticate. A PostgreSQL deployment shows
 * the key once, on first start, and keeps only its hash.
 */
export async function adminKeyToShow(
  database: Config["database"],
  firstAdminKey: string | null,
): Promise<string | null> {
  if (database.kind !== "pglite") return firstAdminKey;
  const file = path.join(database.dataDir, "admin-api-key.txt");
  if (firstAdminKey) {
    await writeFile(file, `${firstAdminKey}\n`, { mode: 0o600 });
    return firstAdminKey;
  }
  return (await readFile(file, "utf8").catch(() => "")).trim() || null;
}
