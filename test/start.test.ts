import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** `npm start` as a user runs it: a fresh embedded database, demo data, a printed key, a clean stop. */
const dataDir = await mkdtemp(path.join(tmpdir(), "bomgraph-start-"));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
  adminKey: string;
}

async function start(env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      REDIS_URL: "",
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const banner = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${output}`)), 60_000);
    child.stdout?.on("data", () => {
      if (/Admin API key: \S+|first admin key was printed/.test(output) && /graphql-ws: \S+/.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.on("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return {
    child,
    output: () => output,
    url: /graphql-ws: (\S+)/.exec(banner)?.[1] ?? "",
    adminKey: /Admin API key: (\S+)/.exec(banner)?.[1] ?? "",
  };
}

async function stop(started: Started, signal: NodeJS.Signals): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.on("exit", resolve));
  started.child.kill(signal);
  return exited;
}

async function query(started: Started, document: string) {
  const response = await fetch(started.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${started.adminKey}` },
    body: JSON.stringify({ query: document }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

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
