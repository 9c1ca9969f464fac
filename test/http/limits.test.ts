import { type DocumentNode, type GraphQLError, print } from "graphql";
import { describe, expect, it } from "vitest";
import { ConfigError, defaultLimits, loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/logger.ts";
import * as generated from "../graphql/graphql.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { createProduct } from "../kit/world.ts";

/** Query limits: abusive documents are refused while parsed or validated; every document we send passes. */

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(body: string, app = kit.app): Promise<Answer> {
  const response = await kit.post(body, { app });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const send = (query: string, app = kit.app) => post(JSON.stringify({ query }), app);

/** The refusal happens before execution: not one SQL statement (not even authentication) is sent. */
async function refusedBeforeExecution(query: string, app = kit.app): Promise<Answer> {
  let answer: Answer | undefined;
  const statements = await kit.countStatements(async () => {
    answer = await send(query, app);
  });
  expect(statements).toBe(0);
  expect(answer?.body.data).toBeUndefined();
  return answer as Answer;
}

const codes = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code);

/**
 * `levels` BOM levels of Product.bom.lines.component, the recursion a BOM invites, ending in `leaf`.
 * Depth: 3 per level + 2 (node and its inline fragment) + the leaf's.
 */
function nestedBomQuery(levels: number, leaf = "sku"): string {
  let selection = leaf;
  for (let level = 0; level < levels; level++) selection = `sku bom { lines { component { ${selection} } } }`;
  return `query Deep($id: ID!) { node(id: $id) { ... on Product { ${selection} } } }`;
}

describe("documents our clients send", () => {
  it("passes every document of the test suite (the deepest: 12 nested BOM levels, order trees)", () => {
    // Fragments alone are no request: only documents with an operation.
    const documents = Object.entries(generated).filter(
      (entry): entry is [string, DocumentNode] =>
        typeof entry[1] === "object" &&
        (entry[1] as { kind?: unknown }).kind === "Document" &&
        (entry[1] as DocumentNode).definitions.some(
          (definition) => definition.kind === "OperationDefinition",
        ),
    );
    expect(documents.length).toBeGreaterThan(50);
    const { parse, validate, schema } = kit.app.getEnveloped({});
    const refused = documents.flatMap(([name, document]) =>
      validate(schema, parse(print(document))).map((error: GraphQLError) => `${name}: ${error.message}`),
    );
    expect(refused).toEqual([]);
  });

  it("runs a read exactly as deep as the limit", async () => {
    const query = nestedBomQuery(5, "bom { lines { id } }"); // 5 x 3 + 2 + 3 = 20
    const id = globalId("Product", await createProduct(kit, "DEEP"));
    // Depth alone: six nested BOM levels of 10 lines each cost a million, far over the cost limit.
    const deepOnly = createApp({
      db: kit.db,
      logger: createLogger("error"),
      limits: { ...defaultLimits, maxCost: Number.MAX_SAFE_INTEGER },
    });
    const answer = await post(JSON.stringify({ query, variables: { id } }), deepOnly);
    expect(answer).toEqual({ status: 200, body: { data: { node: { sku: "DEEP", bom: null } } } });
  });
});

describe("abusive documents", () => {
  it("refuses a recursive component { bom { lines { component ... 30 levels deep", async () => {
    const answer = await refusedBeforeExecution(nestedBomQuery(30));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toContain("QUERY_TOO_DEEP");
    expect(answer.body.errors?.[0]?.message).toBe(
      `Query depth limit of ${defaultLimits.maxDepth} exceeded, found 93.`,
    );
  });

  it("refuses a read one level deeper than the limit", async () => {
    const answer = await refusedBeforeExecution(nestedBomQuery(6)); // 6 x 3 + 2 + 1 = 21
    expect(codes(answer)).toEqual(["QUERY_TOO_DEEP"]);
  });

  it("refuses an alias bomb", async () => {
    // Each alias a database read; 800 of them stay within the token limit. (__typename is free, Armor allows it.)
    const aliases = Array.from({ length: 800 }, (_, index) => `a${index}: settings { allowNegativeStock }`);
    const answer = await refusedBeforeExecution(`{ ${aliases.join(" ")} }`);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["TOO_MANY_ALIASES"]);
    expect(answer.body.errors?.[0]?.message).toBe(
      `Aliases limit of ${defaultLimits.maxAliases} exceeded, found 800.`,
    );
  });

  it("refuses a 1 MB query before lexing it", async () => {
    const query = `{ products(search: "${"x".repeat(1_048_576)}") { id } }`;
    const answer = await refusedBeforeExecution(query);
    expect(answer.status).toBe(413);
    expect(codes(answer)).toEqual(["QUERY_TOO_LARGE"]);
    expect(answer.body.errors?.[0]?.message).toBe(
      `The query document is ${query.length} characters long; the limit is ${defaultLimits.maxQueryLength}. ` +
        "Send variables for data.",
    );
  });

  it("refuses a document of too many tokens within the length limit", async () => {
    const query = `{ ${"__typename ".repeat(defaultLimits.maxTokens)} }`;
    expect(query.length).toBeLessThan(defaultLimits.maxQueryLength);
    const answer = await refusedBeforeExecution(query);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toBe(
      `Syntax Error: Token limit of ${defaultLimits.maxTokens} exceeded.`,
    );
  });

  it("refuses a directive bomb", async () => {
    // Identical fields merge, so the document is otherwise valid.
    const fields = "__typename @include(if: true) ".repeat(defaultLimits.maxDirectives + 1);
    const answer = await refusedBeforeExecution(`{ ${fields}}`);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["TOO_MANY_DIRECTIVES"]);
    expect(answer.body.errors?.[0]?.message).toBe(
      `Directives limit of ${defaultLimits.maxDirectives} exceeded, found ${defaultLimits.maxDirectives + 1}.`,
    );
  });

  it("refuses a page of order trees down to their components' BOM lines, naming its cost and the limit", async () => {
    // 100 orders x 10 tree orders x 10 components x 10 BOM lines: the pages-of-pages shape (limits-cost.test.ts
    // has the pages that pass).
    const query = `{ productionOrders(first: 100) { edges { node { number tree { number components {
      product { sku bom { lines { component { sku name } } } } } } } } } }`;
    const answer = await refusedBeforeExecution(query);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(answer.body.errors?.[0]?.message).toMatch(
      new RegExp(`^The query costs \\d+; the limit is ${defaultLimits.maxCost}\\. Ask for smaller pages`),
    );
  });

  it("refuses a request body over the size limit", async () => {
    const body = JSON.stringify({ query: "{ __typename }", variables: { blob: "x".repeat(2_100_000) } });
    let answer: Answer | undefined;
    expect(
      await kit.countStatements(async () => {
        answer = await post(body);
      }),
    ).toBe(0);
    expect(answer?.status).toBe(413);
    expect(codes(answer as Answer)).toEqual(["REQUEST_ENTITY_TOO_LARGE"]);
  });

  it("still answers ordinary requests afterwards", async () => {
    const answer = await send("{ __typename }");
    expect(answer).toEqual({ status: 200, body: { data: { __typename: "Query" } } });
  });
});

describe("configuration", () => {
  it("takes every limit from the environment, with the documented defaults", () => {
    expect(loadConfig({}).limits).toEqual(defaultLimits);
    expect(loadConfig({}).idempotencyKeyTtlHours).toBe(24);
    const config = loadConfig({
      GRAPHQL_MAX_DEPTH: "8",
      GRAPHQL_MAX_COST: "1000",
      GRAPHQL_MAX_ALIASES: "5",
      GRAPHQL_MAX_DIRECTIVES: "4",
      GRAPHQL_MAX_TOKENS: "300",
      GRAPHQL_MAX_QUERY_LENGTH: "2000",
      GRAPHQL_MAX_BODY_BYTES: "10000",
      IDEMPOTENCY_KEY_TTL_HOURS: "0.5",
    });
    expect(config.limits).toEqual({
      maxDepth: 8,
      maxCost: 1000,
      maxAliases: 5,
      maxDirectives: 4,
      maxTokens: 300,
      maxQueryLength: 2000,
      maxBodyBytes: 10000,
    });
    expect(config.idempotencyKeyTtlHours).toBe(0.5);
  });

  it("names bad limit values", () => {
    let error: unknown;
    try {
      loadConfig({ GRAPHQL_MAX_DEPTH: "deep", GRAPHQL_MAX_ALIASES: "0", IDEMPOTENCY_KEY_TTL_HOURS: "-1" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    expect(problems).toMatch(/^GRAPHQL_MAX_DEPTH: must be a number/m);
    expect(problems).toMatch(/^GRAPHQL_MAX_ALIASES: must be at least 1/m);
    expect(problems).toMatch(/^IDEMPOTENCY_KEY_TTL_HOURS: must be more than 0/m);
  });

  it("applies the configured limits", async () => {
    const strict = createApp({
      db: kit.db,
      logger: createLogger("error"),
      limits: { ...defaultLimits, maxDepth: 3, maxAliases: 1, maxQueryLength: 100 },
    });
    const withinDefaults = "{ products { edges { node { bom { lines { id } } } } } }";
    expect((await send(withinDefaults)).body.errors).toBeUndefined();
    expect(codes(await refusedBeforeExecution(withinDefaults, strict))).toEqual(["QUERY_TOO_DEEP"]);
    expect(
      codes(await refusedBeforeExecution("{ a: me { permissions } b: me { permissions } }", strict)),
    ).toEqual(["TOO_MANY_ALIASES"]);
    expect(codes(await refusedBeforeExecution(`{ __typename ${" ".repeat(100)}}`, strict))).toEqual([
      "QUERY_TOO_LARGE",
    ]);
  });
});
