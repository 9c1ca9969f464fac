import type { Database } from "../src/db/database.ts";
import { createApiKey } from "../src/domain/access.ts";
import { bootstrap } from "../src/setup/bootstrap.ts";

/** The bench needs an admin key; a database that already has keys gets a new one for the bench. */
export async function benchAdminKey(db: Database): Promise<string> {
  const { firstAdminKey } = await bootstrap(db);
  if (firstAdminKey) return firstAdminKey;
  return db.transaction(
    async (tx) => (await createApiKey(tx, { name: "bench", role: "admin" }, null)).secret,
  );
}
