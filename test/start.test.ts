import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { queryServer, type ServerProcess, startServer, stopServer } from "./support/server-process.ts";

/** `npm start` as a user runs it: a fresh embedded database, demo data, a printed key, a clean stop. */
const dataDir = await mkdtemp(path.join(tmpdir(), "bomgraph-start-"));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const start = () => startServer({ DATA_DIR: dataDir });
const stop = stopServer;
const query = (started: ServerProcess, document: string) => queryServer(started, started.adminKey, document);

describe("npm start on the embedded database", () => {
  it("creates, migrates and seeds the database, prints a working admin key, and stops cleanly", async () => {
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
  });

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
