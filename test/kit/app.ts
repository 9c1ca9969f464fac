import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import { afterAll, beforeAll, expect } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { createApiKey } from "../../src/domain/access.ts";
import type { Permission } from "../../src/generated/prisma/enums.ts";
import { type App, createApp } from "../../src/http/app.ts";
import { createLiveFeed } from "../../src/live/index.ts";
import { createLogger } from "../../src/logger.ts";
import { bootstrap } from "../../src/setup/bootstrap.ts";
import { openTestDatabase } from "./database.ts";

export interface TestKit {
  db: Database;
  app: App;
  adminKey: string;
  /**
   * Runs a typed document through the HTTP endpoint, as the admin unless `key` says otherwise, under an
   * Idempotency-Key header when `idempotencyKey` is given, with `headers` added.
   */
  execute<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables?: Variables,
    options?: { key?: string | null; idempotencyKey?: string; headers?: Record<string, string> },
  ): Promise<ExecutionResult<Result> & { status: number }>;
  /**
   * Posts `body`, JSON text as it is, to the endpoint: as the admin unless `key` says otherwise (`null`: no key),
   * through `app` (another app over the kit's database) when given, with `headers` added.
   */
  post(
    body: string,
    options?: { key?: string | null; app?: App; headers?: Record<string, string> },
  ): Promise<Response>;
  /** A key whose role holds exactly these permissions. */
  keyWith(...permissions: Permission[]): Promise<string>;
  /** How many SQL statements `work` sent. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * Everything a test file needs: its own migrated database, the app over it, and an admin key. A bench passes the
 * database it migrated itself (outside vitest there is no template to clone).
 */
export async function createTestKit(database?: Database): Promise<TestKit> {
  const db = database ?? (await openTestDatabase());
  const { firstAdminKey } = await bootstrap(db);
  if (!firstAdminKey) throw new Error("the test database already had API keys");
  const logger = createLogger("error");
  // The kit's database is its own (a fresh copy per test file): its keys are remembered on PostgreSQL too, so a
  // request costs the same statements on both databases.
  const app = createApp({ db, logger, live: createLiveFeed({ db, logger, soleInstance: true }) });
  let roles = 0;

  const post: TestKit["post"] = async (body, options = {}) => {
    const key = options.key === undefined ? firstAdminKey : options.key;
    return (options.app ?? app).fetch("http://test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...options.headers,
      },
      body,
    });
  };

  // The admin key is remembered from the start, as on a server that has answered it once: a test counting the
  // statements of its first request counts what every later one costs.
  await post(JSON.stringify({ query: "{ __typename }" }));

  return {
    db,
    app,
    adminKey: firstAdminKey,
    post,
    async execute(document, variables, options = {}) {
      const response = await post(JSON.stringify({ query: print(document), variables }), {
        key: options.key,
        headers: {
          ...(options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : {}),
          ...options.headers,
        },
      });
      return { status: response.status, ...((await response.json()) as ExecutionResult<never>) };
    },
    async keyWith(...permissions) {
      const name = `test-role-${++roles}`;
      return db.transaction(async (tx) => {
        await tx.role.create({ data: { name, permissions } });
        return (await createApiKey(tx, { name, role: name }, null)).secret;
      });
    },
    async countStatements(work) {
      const before = db.statementCount();
      await work();
      return db.statementCount() - before;
    },
    close: () => db.close(),
  };
}

/**
 * Opens a fixture before the test file's first test and closes it after its last, handing it to `take`: the one
 * way a test file holds its kit or world, e.g. `let kit: TestKit; useTestKit((opened) => { kit = opened; });`.
 */
export function forTheFile<Fixture extends { close(): unknown }>(
  open: () => Promise<Fixture>,
  take: (opened: Fixture) => void,
): void {
  let opened: Fixture | undefined;
  beforeAll(async () => {
    opened = await open();
    take(opened);
  });
  afterAll(async () => {
    await opened?.close();
  });
}

/** The file's own test kit (see `forTheFile`). */
export function useTestKit(take: (kit: TestKit) => void): void {
  forTheFile(createTestKit, take);
}

/**
 * The `use` of fixtures whose `open` makes the file's kit (see `forTheFile`): it hands `take` the kit as
 * `{ kit }`, so a file opens them as it opens fixtures that hand a world beside the kit.
 */
export function kitFixtureUse(
  open: () => Promise<TestKit>,
): (take: (opened: { kit: TestKit }) => void) => void {
  return (take) => forTheFile(open, (kit) => take({ kit }));
}

/** The payload of a mutation that must succeed. */
export function succeeded<Payload>(
  result: { errors?: readonly unknown[]; data?: object | null },
  field: string,
): Payload {
  expect(result.errors).toBeUndefined();
  const payload = (result.data as Record<string, { userErrors: unknown[] }> | null | undefined)?.[field];
  expect(payload?.userErrors).toEqual([]);
  return payload as Payload;
}
