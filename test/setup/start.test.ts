import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  queryServer,
  type ServerProcess,
  serverPid,
  startServer,
  stopServer,
} from "../kit/server-process.ts";

/**
 * A start as a user runs it: a fresh embedded database, demo data, a printed key, a clean stop. The sources run
 * through tsx (as `npm run dev` runs them) but for the test of `npm start` itself, the production start.
 */
const dataDir = await mkdtemp(path.join(tmpdir(), "bomgraph-start-"));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const start = () => startServer({ DATA_DIR: dataDir });
/**
 * A start migrates and seeds a fresh database: on a loaded machine two of them outgrow vitest's 60 s; `npm start`
 * may build first.
 */
const SERVER_TEST_TIMEOUT_MS = 300_000;
const stop = stopServer;
const query = (started: ServerProcess, document: string) => queryServer(started, started.adminKey, document);

describe("npm start on the embedded database", () => {
  it(
    "creates, migrates and seeds the database, prints a working admin key, and stops cleanly",
    async () => {
      const first = await start();
      expect(first.adminKey).toMatch(/^bgk_/);
      const result = await query(first, '{ productByBarcode(code: "BIKE") { sku name } }');
      expect(result).toEqual({ data: { productByBarcode: { sku: "BIKE", name: "Bicycle" } } });
      expect(await stop(first, "SIGTERM")).toBe(0);
      expect(first.output()).toContain("closing the database");

      // The second start reopens the same data: no new migrations, no second seed, same key.
      const second = await start();
      expect(second.adminKey).toBe(first.adminKey);
      expect(second.output()).not.toContain("Applied migrations");
      expect(second.output()).not.toContain("Seeded demo data");
      const again = await query(second, "{ products(first: 100) { edges { node { sku } } } }");
      const products = again.data?.products as { edges: { node: { sku: string } }[] };
      const skus = products.edges.map((edge) => edge.node.sku);
      expect(skus.filter((sku) => sku === "BIKE")).toHaveLength(1);
      expect(await stop(second, "SIGINT")).toBe(0);
    },
    SERVER_TEST_TIMEOUT_MS,
  );

  it(
    "runs the compiled server under plain Node in production mode, serves the API, and stops cleanly when the " +
      "process `npm start` created gets SIGTERM: shutdown logged, port freed, none left",
    async () => {
      const ownDir = await mkdtemp(path.join(tmpdir(), "bomgraph-npm-start-"));
      const started = await startServer({ DATA_DIR: ownDir }, { via: "npm" });
      try {
        const server = await serverPid(started);
        const commandLine = (await readFile(`/proc/${server}/cmdline`, "utf8")).split("\0");
        expect(commandLine).toContain("dist/main.js");
        expect(commandLine.join(" ")).not.toContain("tsx");
        expect(await readFile(`/proc/${server}/environ`, "utf8")).toMatch(/(^|\0)NODE_ENV=production\0/);
        const result = await query(started, '{ productByBarcode(code: "BIKE") { sku name } }');
        expect(result).toEqual({ data: { productByBarcode: { sku: "BIKE", name: "Bicycle" } } });

        const port = Number(new URL(started.url).port);
        expect(await accepts(port)).toBe(true);
        // "close": every process holding the output pipes npm handed down has exited, the server included.
        const closed = new Promise((resolve) => started.child.on("close", () => resolve("closed")));
        started.child.kill("SIGTERM");
        const late = new Promise((resolve) => setTimeout(() => resolve("still running after 30 s"), 30_000));
        expect(await Promise.race([closed, late])).toBe("closed");
        expect(started.child.exitCode).toBe(0);
        expect(started.output()).toContain("SIGTERM: finishing open requests and closing the database");
        expect(await accepts(port)).toBe(false);
        expect(groupAlive(started.child.pid ?? 0)).toBe(false);
      } finally {
        started.kill();
        await rm(ownDir, { recursive: true, force: true });
      }
    },
    SERVER_TEST_TIMEOUT_MS,
  );

  it("refuses to start on bad configuration, naming each bad value", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, PORT: "eighty", DATABASE_URL: "mysql://nope" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("PORT: must be a number");
    expect(stderr).toContain("DATABASE_URL: must be a postgresql:// URL");
  });
});

/** Whether something listens on the port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Whether any process of the group `npm start` led is still running. */
function groupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}
