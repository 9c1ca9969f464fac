import type { Plugin } from "graphql-yoga";
import type { Database } from "../db/database.ts";
import type { LiveFeed } from "../live/index.ts";

/**
 * Readiness at /health: answers 200 only while the database answers. `live` is "degraded" while Redis is
 * unreachable: HTTP and this instance's own live updates work, other instances' changes arrive by polling.
 * Liveness is yoga's own /live, which only says the process is up.
 */
export function useHealthCheck({ db, live }: { db: Database; live: LiveFeed }): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/health") return;
      try {
        await db.prisma.$queryRaw`SELECT 1`;
        endResponse(
          fetchAPI.Response.json({
            status: "ok",
            database: db.kind,
            live: live.connected ? "ok" : "degraded",
          }),
        );
      } catch {
        endResponse(fetchAPI.Response.json({ status: "unavailable" }, { status: 503 }));
      }
    },
  };
}
