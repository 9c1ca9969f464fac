import type { Database } from "./db/database.ts";

/** Demo data for a new embedded database. Returns false when the database already holds products. */
export async function seedDemo(db: Database): Promise<boolean> {
  if ((await db.prisma.product.count()) > 0) return false;
  return true;
}
