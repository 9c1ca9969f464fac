import { type DocumentNode, print } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { openDatabase } from "../../src/db/database.ts";
import { createApiKey } from "../../src/domain/access.ts";
import { createApp } from "../../src/http/app.ts";
import { listen } from "../../src/http/server.ts";
import { createLiveFeed } from "../../src/live/index.ts";
import { createLogger } from "../../src/logger.ts";
import { bootstrap } from "../../src/setup/bootstrap.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { clonePostgresTemplate } from "../kit/database.ts";
import { globalId } from "../kit/ids.ts";
import { apiKeyCreate, apiKeyRevoke, me, roleCreate, roleUpdate } from "../operations/access.ts";
import { typename } from "../operations/bom.ts";

/**
 * An instance remembers the keys it authenticated (src/live/key-cache.ts): a request with a known key costs no
 * SQL statement for it. What a key may do still changes from the next request on: a revocation or a role change
 * on this instance before its answer, on another instance as soon as Redis relays it.
 */

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

async function newKey(role: string): Promise<{ id: string; secret: string }> {
  const created = await kit.execute(apiKeyCreate, { input: { name: `key of ${role}`, role } });
  const key = created.data?.apiKeyCreate;
  if (!key?.apiKey || !key.secret) throw new Error(JSON.stringify(created));
  return { id: key.apiKey.id, secret: key.secret };
}

describe("remembered keys", () => {
  it("reads a key once, then its requests cost nothing for it; an unknown key is read and refused every time", async () => {
    const key = await newKey("viewer");
    const first = await kit.countStatements(() => kit.execute(typename, {}, { key: key.secret }));
    const second = await kit.countStatements(() => kit.execute(typename, {}, { key: key.secret }));
    expect([first, second]).toEqual([1, 0]);

    for (let attempt = 0; attempt < 2; attempt++) {
      const statements = await kit.countStatements(async () => {
        const refused = await kit.execute(typename, {}, { key: "bgk_not-a-key" });
        expect(refused.status).toBe(401);
      });
      expect(statements).toBe(1);
    }
  });

  it("refuses a remembered key from the request after its revocation", async () => {
    const key = await newKey("viewer");
    expect((await kit.execute(typename, {}, { key: key.secret })).status).toBe(200);
    const revoked = await kit.execute(apiKeyRevoke, { id: key.id });
    expect(revoked.data?.apiKeyRevoke.userErrors).toEqual([]);
    const after = await kit.execute(typename, {}, { key: key.secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("gives a remembered key its role's new permissions from the request after the change", async () => {
    const role = await kit.execute(roleCreate, {
      input: { name: "remembered-counters", permissions: ["PRODUCTION_VIEW", "INVENTORY_ADJUST"] },
    });
    const roleId = role.data?.roleCreate.role?.id ?? "";
    const key = await newKey("remembered-counters");
    const before = await kit.execute(me, {}, { key: key.secret });
    expect(before.data?.me.permissions.toSorted()).toEqual(["INVENTORY_ADJUST", "PRODUCTION_VIEW"]);
    const updated = await kit.execute(roleUpdate, {
      id: roleId,
      input: { permissions: ["PRODUCTION_VIEW"] },
    });
    expect(updated.data?.roleUpdate.userErrors).toEqual([]);
    const after = await kit.execute(me, {}, { key: key.secret });
    expect(after.data?.me.permissions).toEqual(["PRODUCTION_VIEW"]);
  });

  // Two instances need two connection pools to one database: PostgreSQL, with and without Redis between them.
  it.runIf(process.env.DATABASE_URL && process.env.REDIS_URL)(
    "on several instances: one refuses a key another revoked once Redis relays it, and without Redis remembers none",
    async () => {
      const url = await clonePostgresTemplate();
      const logger = createLogger("error");
      const open = async (redisUrl: string | undefined) => {
        const db = await openDatabase({ kind: "postgres", url, poolSize: 2 });
        const live = createLiveFeed({ db, logger, redisUrl, limits: { pollIntervalMs: 600_000 } });
        const app = createApp({ db, logger, live });
        return { db, live, server: await listen(app, { port: 0, host: "127.0.0.1", db }) };
      };
      const instances = [
        await open(process.env.REDIS_URL),
        await open(process.env.REDIS_URL),
        await open(undefined),
      ];
      const [a, b, alone] = instances as [
        (typeof instances)[0],
        (typeof instances)[0],
        (typeof instances)[0],
      ];
      try {
        const { firstAdminKey } = await bootstrap(a.db);
        const admin = firstAdminKey ?? "";
        const viewer = await a.db.transaction((tx) =>
          createApiKey(tx, { name: "door", role: "viewer" }, null),
        );
        const ask = async (
          instance: (typeof instances)[0],
          key: string,
          document: DocumentNode = typename,
          variables = {},
        ) => {
          const response = await fetch(instance.server.url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
            body: JSON.stringify({ query: print(document), variables }),
          });
          return { status: response.status, body: (await response.json()) as Record<string, unknown> };
        };
        const statementsOf = async (instance: (typeof instances)[0], work: () => Promise<unknown>) => {
          const before = instance.db.statementCount();
          await work();
          return instance.db.statementCount() - before;
        };
        // B remembers a key only while it hears every instance: once its Redis subscription is up.
        await vi.waitFor(() => expect(b.live.hearsAccessChanges()).toBe(true), {
          timeout: 10_000,
          interval: 20,
        });
        await ask(b, viewer.secret);
        expect(await statementsOf(b, () => ask(b, viewer.secret))).toBe(0);
        // Without Redis, an instance on a shared database cannot hear the others: it reads the key every time.
        await ask(alone, viewer.secret);
        expect(await statementsOf(alone, () => ask(alone, viewer.secret))).toBe(1);

        const revoked = await ask(a, admin, apiKeyRevoke, { id: globalId("ApiKey", viewer.apiKey.id) });
        expect(revoked.body).toMatchObject({ data: { apiKeyRevoke: { userErrors: [] } } });
        await vi.waitFor(async () => expect((await ask(b, viewer.secret)).status).toBe(401), {
          timeout: 5_000,
          interval: 20,
        });
        expect((await ask(alone, viewer.secret)).status).toBe(401);
      } finally {
        for (const instance of instances) {
          await instance.server.close();
          await instance.live.close();
          await instance.db.close();
        }
      }
    },
    60_000,
  );
});
