import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { maintenanceUrl } from "../kit/database.ts";
import { queryServer, type ServerProcess, startServer, stopServer } from "../kit/server-process.ts";

/**
 * Crash safety: the server process is killed (SIGKILL, no clean-up) while it authorizes an order whose tree has
 * 780 nested orders. After a restart the database holds the whole tree or none of it, the stock figures agree,
 * and the server serves again. Runs on the embedded database, or on a fresh PostgreSQL database when the suite
 * runs against PostgreSQL.
 */

const WIDTH = 5;
const DEPTH = 4;
const NESTED = 5 + 25 + 125 + 625;

const dataDir = await mkdtemp(path.join(tmpdir(), "bomgraph-crash-"));
let databaseName: string | null = null;
const serverEnv: Record<string, string> = { DATA_DIR: dataDir, SEED_DEMO: "true" };
if (process.env.DATABASE_URL) {
  databaseName = `bomgraph_crash_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${databaseName}"`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${databaseName}`;
  serverEnv.DATABASE_URL = url.toString();
}
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  if (databaseName) await adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
});

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: maintenanceUrl(process.env.DATABASE_URL as string) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function call(
  server: ServerProcess,
  key: string,
  document: string,
  variables: Record<string, unknown>,
) {
  const result = await queryServer(server, key, document, variables);
  expect(result.errors).toBeUndefined();
  const payload = (Object.values(result.data ?? {})[0] ?? {}) as Record<string, unknown>;
  expect(payload.userErrors).toEqual([]);
  // Every payload here returns the created record under one field: its id is all the test needs.
  const record = Object.entries(payload).find(([field]) => field !== "userErrors");
  if (!record) throw new Error(`no record in ${JSON.stringify(payload)}`);
  return (record[1] as { id: string }).id;
}

/** Products 0..DEPTH, each made of WIDTH lines of the next, the last of a bought leaf. Returns the top BOM id. */
async function seedCatalog(
  server: ServerProcess,
  key: string,
  tag: string,
): Promise<{ bomId: string; leaf: string }> {
  const resource = firstNode<{ id: string }>(
    await queryServer(server, key, "{ resources(first: 1) { edges { node { id } } } }"),
    "resources",
  )?.id;
  const createProduct = async (sku: string) =>
    await call(
      server,
      key,
      "mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } userErrors { message } } }",
      {
        input: { sku, name: sku },
      },
    );
  const leaf = await createProduct(`${tag}-leaf`);
  let below = leaf;
  let bomId = "";
  for (let level = DEPTH; level >= 0; level--) {
    const product = await createProduct(`${tag}-${level}`);
    const created = await call(
      server,
      key,
      "mutation($input: BomCreateInput!) { bomCreate(input: $input) { bom { id } userErrors { message } } }",
      {
        input: {
          productId: product,
          kind: "PRODUCTION",
          name: `${tag} ${level}`,
          // The same component on several lines, one per operation (a BOM repeats a component only so).
          operations: Array.from({ length: WIDTH }, (_, index) => ({
            sequence: (index + 1) * 10,
            name: `step ${index + 1}`,
            resourceId: resource,
          })),
          lines: Array.from({ length: WIDTH }, (_, index) => ({
            componentId: below,
            quantity: "1",
            operationSequence: (index + 1) * 10,
          })),
        },
      },
    );
    bomId = created;
    below = product;
  }
  return { bomId, leaf };
}

/** The first node of a connection field of a query result. */
function firstNode<Node>(result: { data?: Record<string, unknown> }, field: string): Node | undefined {
  const connection = result.data?.[field] as { edges: { node: Node }[] } | undefined;
  return connection?.edges[0]?.node;
}

const CREATE = `mutation($input: ProductionOrderCreateFromBomInput!) {
  productionOrderCreateFromBom(input: $input) { productionOrder { id } userErrors { message } }
}`;
const AUTHORIZE = `mutation($id: ID!) {
  productionOrderAuthorize(id: $id) { productionOrder { id status } userErrors { message } }
}`;
const TREE = `query($id: ID!) {
  node(id: $id) { ... on ProductionOrder { status tree { id } } }
}`;

it("holds the whole tree or nothing after a SIGKILL in the middle of authorizing it, and restarts cleanly", async () => {
  const first = await startServer(serverEnv);
  const key = first.adminKey;
  const locations = await queryServer(
    first,
    key,
    "{ locations(kind: SHOP_FLOOR, first: 1) { edges { node { id } } } }",
  );
  const floor = firstNode<{ id: string }>(locations, "locations")?.id;
  expect(floor).toBeDefined();

  // A rehearsal on its own catalog tells how long authorizing such a tree takes here.
  const rehearsal = await seedCatalog(first, key, "rehearsal");
  const rehearsalOrder = await call(first, key, CREATE, {
    input: { locationId: floor, bomId: rehearsal.bomId, quantity: "1" },
  });
  const started = Date.now();
  await call(first, key, AUTHORIZE, { id: rehearsalOrder });
  const duration = Date.now() - started;

  const { bomId, leaf } = await seedCatalog(first, key, "crash");
  const order = await call(first, key, CREATE, { input: { locationId: floor, bomId, quantity: "1" } });
  const orderId = order;
  const authorizing = queryServer(first, key, AUTHORIZE, { id: orderId }).catch(() => "connection lost");
  await new Promise((resolve) => setTimeout(resolve, duration / 2));
  expect(await stopServer(first, "SIGKILL")).toBeNull();
  await authorizing;

  const second = await startServer(serverEnv);
  const after = await queryServer(second, key, TREE, { id: orderId });
  const root = after.data?.node as unknown as { status: string; tree: unknown[] };
  // All or nothing: PLANNED with every nested order, or still DRAFT with none.
  expect([
    ["DRAFT", 1],
    ["PLANNED", 1 + NESTED],
  ]).toContainEqual([root.status, root.tree.length]);
  // The leaf's allocation at the shop floor agrees: 625 deepest orders x 5 leaves each, or none.
  const stock = await queryServer(
    second,
    key,
    "query($p: ID!, $l: ID!) { stockLevels(productId: $p, locationId: $l, first: 1) { edges { node { allocated } } } }",
    { p: leaf, l: floor },
  );
  const allocated = firstNode<{ allocated: string }>(stock, "stockLevels")?.allocated;
  expect(allocated ?? "0").toBe(root.status === "PLANNED" ? String(625 * WIDTH) : "0");
  console.log(
    `crash test: killed after ${Math.round(duration / 2)} ms of a ${duration} ms authorization; found ${root.status}`,
  );

  // The restarted server takes writes again, and stops cleanly.
  if (root.status === "DRAFT") await call(second, key, AUTHORIZE, { id: orderId });
  expect(await stopServer(second, "SIGTERM")).toBe(0);
}, 300_000);
