import type { Database } from "../db/database.ts";
import { createApiKey, ensureBuiltInRoles } from "../domain/access.ts";

/**
 * What every database needs before serving: the built-in roles, the settings row, and on first start an
 * admin API key. Returns the new key's secret when one was created (it is shown once, never stored).
 */
export async function bootstrap(db: Database): Promise<{ firstAdminKey: string | null }> {
  return db.transaction(async (tx) => {
    await ensureBuiltInRoles(tx);
    await tx.settings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
    if ((await tx.apiKey.count()) > 0) return { firstAdminKey: null };
    const { secret } = await createApiKey(tx, { name: "first admin key", role: "admin" }, null);
    return { firstAdminKey: secret };
  });
}
