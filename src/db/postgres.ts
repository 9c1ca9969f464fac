import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { isWriteConflict } from "./conflicts.ts";
import {
  createDatabase,
  createPrismaClient,
  type Database,
  type DatabaseTarget,
  EVENT_COMMIT_LOCK,
  TRANSACTION_TIMEOUT_MS,
} from "./database.ts";

const MAX_CONFLICT_RETRIES = 3;

export async function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<Database> {
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  // Fail at start, with the server's own message, rather than on the first request.
  await pool.query("SELECT 1");
  const prisma = createPrismaClient(new PrismaPg(pool));
  return createDatabase({
    kind: "postgres",
    prisma: prisma.client,
    statementCount: prisma.statementCount,
    lockEventCommits: async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EVENT_COMMIT_LOCK})`;
    },
    runTransaction: async (action) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await prisma.client.$transaction(action, {
            maxWait: 10_000,
            timeout: TRANSACTION_TIMEOUT_MS,
          });
        } catch (error) {
          if (attempt > MAX_CONFLICT_RETRIES || !isWriteConflict(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        }
      }
    },
    runSnapshot: (read) =>
      prisma.client.$transaction(read, { maxWait: 10_000, timeout: TRANSACTION_TIMEOUT_MS }),
    sqlTransaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as Row[],
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.client.$disconnect();
      await pool.end();
    },
  });
}
