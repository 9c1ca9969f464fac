import { randomUUID } from "node:crypto";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/logger.ts";
import { schema } from "../../src/schema/index.ts";
import { graphql } from "../graphql/index.ts";
import type { TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { changedTables, databaseSnapshot } from "../kit/snapshot.ts";
import { addStock, createProduct, type Fixtures, type World } from "../kit/world.ts";
import { products, supplierCreate } from "../operations/catalog.ts";
import { stockAdjust } from "../operations/inventory.ts";
import { productionOrderAuthorizeWithEvents } from "../operations/orders.ts";
import { caseContext, openCaseContext, type Request } from "./cases/context.ts";
import { retryCases } from "./cases/index.ts";

/**
 * Idempotent writes: every mutation retried with its key answers the first result and changes nothing more.
 * The retry cases (./cases/<area>.ts) must name every Mutation field of the schema (a new mutation fails the
 * test until it has a retry case).
 */

const c = caseContext();
const cases = retryCases(c);
const row = c.newRecord;
let kit: TestKit;
let world: World;
let fixtures: Fixtures;
const unique = (prefix: string) => fixtures.unique(prefix);

beforeAll(async () => {
  await openCaseContext(c);
  ({ kit, world, fixtures } = c);
});
afterAll(() => c.kit.close());

interface Answer {
  status: number;
  replayed: boolean;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** Sends a request with an idempotency key, in the header or in the request's extensions (as graphql-ws can). */
async function sendWithKey(
  request: Request,
  key: string | null,
  options: { via?: "header" | "extensions"; apiKey?: string; app?: TestKit["app"] } = {},
): Promise<Answer> {
  const via = options.via ?? "header";
  const response = await kit.post(
    JSON.stringify({
      query: print(request.document),
      variables: request.variables,
      ...(key !== null && via === "extensions" ? { extensions: { idempotencyKey: key } } : {}),
    }),
    {
      key: options.apiKey,
      app: options.app,
      headers: key !== null && via === "header" ? { "idempotency-key": key } : {},
    },
  );
  return {
    status: response.status,
    replayed: response.headers.get("idempotent-replayed") === "true",
    body: (await response.json()) as Answer["body"],
  };
}

/** The payload of a mutation field in an answer (failing the test when there is none). */
// biome-ignore lint/suspicious/noExplicitAny: payloads are read loosely
function payloadOf(answer: Answer, field: string): any {
  const payload = answer.body.data?.[field];
  expect(payload).toBeDefined();
  return payload;
}

// ---- A request of two mutations: the others are test/operations/<area>.ts ----------------------------------

const TwoAdjustments = graphql(`
  mutation idempotencyTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {
    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { code message field } }
    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { code message field } }
  }
`);

/** What a replay answers: the first answer, except the secrets that are never stored. */
function replayOf(name: string, first: Answer["body"]): Answer["body"] {
  if (name !== "apiKeyCreate") return first;
  const payload = first.data?.apiKeyCreate as Record<string, unknown>;
  return { data: { apiKeyCreate: { ...payload, secret: null } } };
}

describe("a retry with the same key", () => {
  it("has a case below for every mutation of the schema", () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.length).toBeGreaterThanOrEqual(58);
    expect(Object.keys(cases).sort()).toEqual(mutations);
  });

  Object.entries(cases).forEach(([name, prepare], index) => {
    // Half the cases send the key in the header, half in the request's extensions (as graphql-ws clients do).
    const via = index % 2 === 0 ? "header" : "extensions";
    it(`${name}: answers the first result again and changes nothing (key in the ${via})`, async () => {
      const request = await prepare();
      const key = randomUUID();
      const before = await databaseSnapshot(kit.db);
      const first = await sendWithKey(request, key, { via });
      expect(first.status).toBe(200);
      expect(first.body.errors).toBeUndefined();
      expect(payloadOf(first, name).userErrors).toEqual([]);
      expect(first.replayed).toBe(false);
      const afterFirst = await databaseSnapshot(kit.db);
      // The first call changed the business tables and wrote its key.
      expect(changedTables(before, afterFirst)).toContain("IdempotencyKey");
      expect(changedTables(before, afterFirst).length).toBeGreaterThan(1);

      const retry = await sendWithKey(request, key, { via });
      expect(retry.status).toBe(200);
      expect(retry.replayed).toBe(true);
      expect(retry.body).toEqual(replayOf(name, first.body));
      expect(changedTables(afterFirst, await databaseSnapshot(kit.db))).toEqual([]);
    });
  });
});

describe("keys", () => {
  const adjust = async (quantity = "1", productId?: string) => ({
    document: stockAdjust,
    variables: {
      input: {
        type: "OTHER",
        lines: [
          {
            productId: productId ?? (await row.product()),
            locationId: globalId("Location", world.warehouse),
            quantity,
          },
        ],
      },
    },
  });

  it("answers with the events the request wrote, as the same request without a key does", async () => {
    const authorize = async (key: string | null) => {
      const request = {
        document: productionOrderAuthorizeWithEvents,
        variables: { id: (await fixtures.productionOrder("DRAFT")).id },
      };
      return payloadOf(await sendWithKey(request, key), "productionOrderAuthorize").productionOrder;
    };
    const withoutKey = await authorize(null);
    expect(withoutKey.events).toContainEqual({
      type: "PRODUCTION_ORDER_PLANNED",
      beforeStatus: "DRAFT",
      afterStatus: "PLANNED",
    });
    expect(await authorize(randomUUID())).toEqual(withoutKey);
  });

  it("refuses the same key with other input or another mutation, changing nothing", async () => {
    const key = randomUUID();
    const product = await row.product();
    const first = await sendWithKey(await adjust("2", product), key);
    expect(first.body.errors).toBeUndefined();
    const before = await databaseSnapshot(kit.db);
    for (const other of [
      await adjust("3", product),
      { document: supplierCreate, variables: { input: { name: "X" } } },
    ]) {
      const answer = await sendWithKey(other, key);
      expect(answer.status).toBe(422);
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(
            /^The idempotency key ".+" was already used with another request \(stockAdjust\)/,
          ),
          extensions: { code: "IDEMPOTENCY_KEY_REUSED" },
        }),
      ]);
    }
    expect(changedTables(before, await databaseSnapshot(kit.db))).toEqual([]);
  });

  it("treats the same document with variables in another order as the same request", async () => {
    const key = randomUUID();
    const request = await adjust("2");
    const first = await sendWithKey(request, key);
    const input = request.variables.input as Record<string, unknown>;
    const reordered = {
      document: stockAdjust,
      variables: { input: { lines: input.lines, type: input.type } },
    };
    const retry = await sendWithKey(reordered, key);
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(first.body);
  });

  it("are scoped to the API key: another client's identical key is its own", async () => {
    const key = randomUUID();
    const otherClient = await kit.keyWith("INVENTORY_ADJUST");
    const request = await adjust("1");
    const mine = await sendWithKey(request, key);
    const theirs = await sendWithKey(request, key, { apiKey: otherClient });
    expect(theirs.replayed).toBe(false);
    expect(theirs.body.errors).toBeUndefined();
    const ids = [mine, theirs].map((answer) => payloadOf(answer, "stockAdjust").adjustment.id);
    expect(new Set(ids).size).toBe(2);
  });

  it("applies concurrent duplicates once and answers each of them the same", async () => {
    const key = randomUUID();
    const request = await adjust("5");
    const before = await kit.db.prisma.inventoryAdjustment.count();
    const answers = await Promise.all(Array.from({ length: 6 }, () => sendWithKey(request, key)));
    expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before + 1);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]?.body);
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
    expect(answers[0]?.body.errors).toBeUndefined();
  });

  it("replays a refusal (userErrors) too: a new attempt needs a new key", async () => {
    const product = await createProduct(kit, unique("SCARCE"));
    const take = {
      document: stockAdjust,
      variables: {
        input: {
          type: "WASTE",
          lines: [
            {
              productId: globalId("Product", product),
              locationId: globalId("Location", world.warehouse),
              quantity: "3",
            },
          ],
        },
      },
    };
    const key = randomUUID();
    const refused = await sendWithKey(take, key);
    expect(payloadOf(refused, "stockAdjust").userErrors[0]?.code).toBe("INSUFFICIENT_STOCK");
    await addStock(kit, product, world.warehouse, "10");
    const retry = await sendWithKey(take, key);
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(refused.body);
    expect(
      await kit.db.prisma.inventoryAdjustment.count({
        where: { movements: { some: { productId: product } } },
      }),
    ).toBe(0);
    const fresh = await sendWithKey(take, randomUUID());
    expect(payloadOf(fresh, "stockAdjust").userErrors).toEqual([]);
  });

  it("does not keep a request refused as a whole (here: forbidden), nor write anything for it", async () => {
    const viewer = await kit.keyWith("PRODUCTION_VIEW");
    const key = randomUUID();
    const request = await adjust("1");
    const before = await databaseSnapshot(kit.db);
    const answer = await sendWithKey(request, key, { apiKey: viewer });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(changedTables(before, await databaseSnapshot(kit.db))).toEqual([]);
  });

  it("applies a multi-mutation request once, as a whole", async () => {
    const key = randomUUID();
    const [first, second] = [await adjust("1"), await adjust("2")];
    const request = {
      document: TwoAdjustments,
      variables: { first: first.variables.input, second: second.variables.input },
    };
    const before = await kit.db.prisma.inventoryAdjustment.count();
    const answer = await sendWithKey(request, key);
    expect(answer.body.errors).toBeUndefined();
    const retry = await sendWithKey(request, key);
    expect(retry.body).toEqual(answer.body);
    expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before + 2);
  });

  it("refuses malformed keys and a header that contradicts the extensions", async () => {
    const request = await adjust("1");
    for (const key of ["", "with space", "x".repeat(256), "é"]) {
      const answer = await sendWithKey(request, key, { via: "extensions" });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_INVALID");
    }
    const response = await kit.post(
      JSON.stringify({
        query: print(request.document),
        variables: request.variables,
        extensions: { idempotencyKey: "two" },
      }),
      { headers: { "idempotency-key": "one" } },
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as Answer["body"]).errors?.[0]?.message).toMatch(/differ/);
  });

  it("is ignored on queries, which are safe to repeat", async () => {
    const key = randomUUID();
    const answer = await sendWithKey({ document: products, variables: { first: 1 } }, key);
    expect(answer.body.errors).toBeUndefined();
    expect(await kit.db.prisma.idempotencyKey.count({ where: { key } })).toBe(0);
  });
});

describe("expiry", () => {
  it("stores keys for the configured time", async () => {
    const app = createApp({ db: kit.db, logger: createLogger("error"), idempotencyKeyTtlHours: 2 });
    const key = randomUUID();
    const startedAt = Date.now();
    await sendWithKey({ document: stockAdjust, variables: (await adjustRequest()).variables }, key, { app });
    const stored = await kit.db.prisma.idempotencyKey.findFirstOrThrow({ where: { key } });
    const hours = (stored.expiresAt.getTime() - startedAt) / 3_600_000;
    expect(hours).toBeGreaterThan(1.99);
    expect(hours).toBeLessThan(2.01);
  });

  it("runs a request again once its key has expired, and prunes expired keys", async () => {
    const key = randomUUID();
    const request = await adjustRequest();
    const first = await sendWithKey(request, key);
    // Expire it, and leave another client's long-expired key behind.
    await kit.db.prisma.idempotencyKey.updateMany({
      where: { key },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await kit.db.prisma.idempotencyKey.create({
      data: {
        apiKeyId: 1,
        key: "forgotten",
        operation: "stockAdjust",
        requestHash: "x",
        response: {},
        expiresAt: new Date(Date.now() - 86_400_000),
      },
    });
    // A new instance prunes on its first idempotent request.
    const app = createApp({ db: kit.db, logger: createLogger("error") });
    const again = await sendWithKey(request, key, { app });
    expect(again.replayed).toBe(false);
    const ids = [first, again].map((answer) => payloadOf(answer, "stockAdjust").adjustment.id);
    expect(ids[0]).not.toBe(ids[1]);
    expect(await kit.db.prisma.idempotencyKey.count({ where: { key: "forgotten" } })).toBe(0);
    const renewed = await kit.db.prisma.idempotencyKey.findFirstOrThrow({ where: { key } });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  async function adjustRequest() {
    return {
      document: stockAdjust,
      variables: {
        input: {
          type: "OTHER",
          lines: [
            {
              productId: await row.product(),
              locationId: globalId("Location", world.warehouse),
              quantity: "1",
            },
          ],
        },
      },
    };
  }
});
