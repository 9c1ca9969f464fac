import { readFile } from "node:fs/promises";
import path from "node:path";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { type Database, openDatabase } from "./db/database.ts";
import { migrate } from "./db/migrate.ts";
import { createApp } from "./http/app.ts";
import { readmeExamples } from "./http/graphiql.ts";
import { listen, type RunningServer } from "./http/server.ts";
import { loadTrustedDocuments } from "./http/trusted-documents.ts";
import { createLiveFeed, type LiveFeed } from "./live/index.ts";
import { startEventRetention } from "./live/retention.ts";
import { createLogger, type Logger } from "./logger.ts";
import { adminKeyToShow } from "./setup/admin-key.ts";
import { bootstrap } from "./setup/bootstrap.ts";
import { seedDemo } from "./setup/demo.ts";

/** The README beside the sources, whatever the working directory. */
const README = new URL("../README.md", import.meta.url);

async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  const db = await openDatabase(
    config.database.kind === "pglite"
      ? { kind: "pglite", dataDir: path.join(config.database.dataDir, "pglite") }
      : config.database,
  );
  const applied = await migrate(db);
  if (applied.length > 0) logger.info(`Applied migrations: ${applied.join(", ")}`);
  const { firstAdminKey } = await bootstrap(db);
  const adminKey = await adminKeyToShow(config.database, firstAdminKey);
  if (config.seedDemo && (await seedDemo(db))) logger.info("Seeded demo data (a bicycle and friends)");

  const live = createLiveFeed({
    db,
    logger,
    redisUrl: config.redisUrl,
    limits: {
      maxQueuedEvents: config.live.maxQueuedEvents,
      maxBufferedBytes: config.live.maxBufferedBytes,
      maxSubscriptionsPerSocket: config.live.maxSubscriptionsPerSocket,
    },
  });
  const stopRetention = startEventRetention({
    db,
    retention: {
      replayDays: config.live.retentionDays,
      orderHistoryDays: config.orderHistoryRetentionDays,
    },
    logger,
  });
  const app = createApp({
    db,
    logger,
    live,
    limits: config.limits,
    idempotencyKeyTtlHours: config.idempotencyKeyTtlHours,
    cors: config.cors,
    trustedDocuments: config.trustedDocuments
      ? await loadTrustedDocuments(config.trustedDocuments)
      : undefined,
    // The embedded demo's GraphiQL and pages send its admin key; GraphiQL opens the README's examples.
    demo:
      config.seedDemo && adminKey
        ? { adminKey, examples: readmeExamples(await readFile(README, "utf8").catch(() => "")) }
        : undefined,
    timeZone: config.timeZone,
  });
  const server = await listen(app, { port: config.port, host: config.host, db });

  // Before the ready lines: whoever reads them may send SIGTERM at once, and until a handler is installed that
  // signal kills the process without a clean shutdown.
  stopOnSignals({ server, stopRetention, live, db, logger });
  printReady(config, server, adminKey, performance.now() - startedAt);
}

function printReady(config: Config, server: RunningServer, adminKey: string | null, startMs: number) {
  const database =
    config.database.kind === "pglite" ? `embedded database ${config.database.dataDir}` : "PostgreSQL";
  console.log(`bomgraph ready in ${(startMs / 1000).toFixed(1)}s on ${database}`);
  console.log(`  GraphQL, GraphiQL, SSE and graphql-ws: ${server.url}`);
  console.log(
    `  Live updates: ${config.redisUrl ? "shared by every instance through Redis" : "in-process (set REDIS_URL to run several instances)"}`,
  );
  console.log(
    `  Scheduler board: http://localhost:${server.port}/board   Scanner: http://localhost:${server.port}/scan`,
  );
  console.log(`  Health: http://localhost:${server.port}/health`);
  if (adminKey) {
    console.log(`  Admin API key: ${adminKey}`);
    console.log(`  Send it as the header  Authorization: Bearer ${adminKey}`);
  } else {
    console.log("  Authenticate with an API key (the first admin key was printed on first start).");
  }
}

function stopOnSignals(running: {
  server: RunningServer;
  stopRetention: () => void;
  live: LiveFeed;
  db: Database;
  logger: Logger;
}) {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.logger.info(`${signal}: finishing open requests and closing the database`);
    // server.close() closes the graphql-ws sockets at once (1001: clients reconnect and resubscribe), then
    // waits for the open HTTP responses; an SSE subscription's response ends when the live feed ends its stream.
    const serverClosed = running.server.close();
    running.stopRetention();
    await running.live.close();
    await serverClosed;
    await running.db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
