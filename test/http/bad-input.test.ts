import { isDeepStrictEqual } from "node:util";
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.ts";
import { graphql } from "../graphql/index.ts";
import type { TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { databaseSnapshot } from "../kit/snapshot.ts";
import { caseContext, openCaseContext } from "./cases/context.ts";
import { badInputCases } from "./cases/index.ts";
import { documentFor, type InputPosition, inputPositions, variablesReaching } from "./schema-inputs.ts";

/**
 * A catalogue of bad requests across every mutation area. Each is refused with a typed error (a userError with
 * its code and field, or a top-level error with its code), the server answers the next request, and the
 * database is exactly as before (every table's rows fingerprinted).
 */

const c = caseContext();
/** Each area's cases: ./cases/<area>.ts. */
const catalogue = badInputCases(c);
let kit: TestKit;

beforeAll(async () => {
  await openCaseContext(c);
  kit = c.kit;
});
afterAll(() => c.kit.close());

const Ping = graphql(`
  query BadPing { settings { allowNegativeStock } }
`);

describe("bad input", () => {
  it("has at least 40 cases, covering every mutation area", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(40);
    expect(new Set(catalogue.map((entry) => entry.area))).toEqual(
      new Set([
        "catalog",
        "boms",
        "inventory",
        "production orders",
        "sales",
        "purchasing",
        "transfers",
        "access",
      ]),
    );
    console.log(`bad-input catalogue: ${catalogue.length} cases`);
  });

  for (const entry of catalogue) {
    it(`${entry.area}: ${entry.name}`, async () => {
      const request = await entry.prepare();
      const before = await databaseSnapshot(kit.db);
      const result = await kit.execute(request.document, request.variables, { key: request.key });
      if ("userError" in entry.expected) {
        expect(result.errors).toBeUndefined();
        const payload = Object.values(result.data ?? {})[0] as {
          userErrors: { code: string; field: string[] | null }[];
        };
        expect(payload.userErrors.length).toBeGreaterThan(0);
        expect(payload.userErrors[0]).toMatchObject({
          code: entry.expected.userError,
          field: entry.expected.field,
        });
        // The payload's result fields are null or empty: nothing was made.
        const results = Object.entries(payload).filter(([name]) => name !== "userErrors");
        expect(
          results.filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)),
        ).toEqual([]);
      } else {
        expect(result.errors?.map((error) => error.extensions?.code)).toContain(entry.expected.error);
        // No stack, SQL or internals: refused requests are told what was wrong and nothing else.
        expect(JSON.stringify(result.errors)).not.toMatch(/\bat \S+:\d+:\d+|prisma|\bSELECT\b|\bINSERT\b/i);
      }
      // The server still answers, and nothing was written.
      expect((await kit.execute(Ping)).data?.settings).toBeDefined();
      expect(await databaseSnapshot(kit.db)).toEqual(before);
    });
  }
});

// ---------------------------------------------------------------- generated from the schema

/**
 * Bad values for every input of every query and mutation, found by walking the built schema (a new argument or
 * input field is covered without editing this file): text PostgreSQL cannot store, decimals and dates that are
 * not what they seem, JSON too deep or too large, and global ids of another type. Each is refused before
 * anything runs with a BAD_USER_INPUT naming the input (`extensions.field`), and nothing is written.
 */

interface BadValue {
  name: string;
  value: unknown;
  /** The value's JSON text, where JSON.stringify cannot write it (it recurses): `value` marks its place. */
  json?: string;
}

const DEEP = 50_000;
const BAD_VALUES: Record<string, BadValue[]> = {
  String: [
    { name: "a NUL character", value: "a\u0000b" },
    { name: "an unpaired UTF-16 surrogate", value: "a\ud800b" },
  ],
  Decimal: [
    { name: "a decimal with spaces", value: " 1 " },
    { name: "a decimal with a comma", value: "1,5" },
  ],
  DateTime: [
    { name: "February 30th", value: "2026-02-30" },
    { name: "April 31st, midnight UTC", value: "2026-04-31T00:00:00Z" },
  ],
  JSON: [
    {
      name: `JSON nested ${DEEP} levels deep`,
      value: null,
      json: `${'{"a":'.repeat(DEEP)}1${"}".repeat(DEEP)}`,
    },
    { name: "JSON whose text holds a NUL character", value: { note: "a\u0000b" } },
    { name: "JSON of 100,000 characters", value: { note: "x".repeat(100_000) } },
  ],
};

const nodeTypeNames = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && type.getInterfaces().some((parent) => parent.name === "Node"))
  .map((type) => type.name);

/** The bad values of one input: by its scalar, or for a global id, the id of a type it does not accept. */
function badValuesOf(position: InputPosition): BadValue[] {
  if (position.isGlobalId) {
    const other = nodeTypeNames.find((name) => !position.idFor?.includes(name));
    // node(id:) and nodes(ids:) take any type.
    if (!position.idFor || !other) return [];
    return [{ name: `the id of a ${other}`, value: globalId(other, 1) }];
  }
  return BAD_VALUES[position.type.name] ?? [];
}

/** Posts the request as text: a value that JSON.stringify cannot write travels as its own JSON text. */
async function sendRaw(document: string, variables: Record<string, unknown>, bad: BadValue) {
  const placeholder = "\u0001bad value\u0001";
  let body = JSON.stringify({ query: document, variables }, (_key, value) =>
    value === bad.value && bad.json ? placeholder : value,
  );
  if (bad.json) body = body.replace(JSON.stringify(placeholder), bad.json);
  const response = await kit.post(body);
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

describe("bad input generated from the schema", () => {
  const positions = [...inputPositions("Mutation"), ...inputPositions("Query")];

  it("every id argument and input field names the types it accepts", () => {
    const withoutType = positions
      .filter((position) => position.type.name === "ID" && !["node", "nodes"].includes(position.field.name))
      .filter((position) => !position.isGlobalId || !position.idFor?.length)
      .map((position) => `${position.field.name}: ${position.path.join(".")}`);
    expect(withoutType).toEqual([]);
  });

  const byField = new Map<string, InputPosition[]>();
  for (const position of positions) {
    const key = `${position.root}.${position.field.name}`;
    byField.set(key, [...(byField.get(key) ?? []), position]);
  }
  const counts: Record<string, number> = {};
  for (const [field, fieldPositions] of byField) {
    const cases = fieldPositions.flatMap((position) =>
      badValuesOf(position).map((bad) => ({ position, bad })),
    );
    if (cases.length === 0) continue;
    it(`${field}: ${cases.length} bad inputs, each refused naming its field, nothing written`, async () => {
      const before = await databaseSnapshot(kit.db);
      const wrong: string[] = [];
      for (const { position, bad } of cases) {
        const variables = variablesReaching(position, bad.value);
        const result = await sendRaw(documentFor(position, variables), variables, bad);
        const error = result.errors?.[0];
        const refused =
          error?.extensions?.code === "BAD_USER_INPUT" &&
          isDeepStrictEqual(error.extensions.field, position.path) &&
          (result.data?.[position.field.name] ?? null) === null;
        if (!refused)
          wrong.push(`${position.path.join(".")} = ${bad.name}: ${JSON.stringify(result).slice(0, 300)}`);
        counts[position.isGlobalId ? "ID of another type" : position.type.name] =
          (counts[position.isGlobalId ? "ID of another type" : position.type.name] ?? 0) + 1;
      }
      expect(wrong).toEqual([]);
      expect((await kit.execute(Ping)).data?.settings).toBeDefined();
      expect(await databaseSnapshot(kit.db)).toEqual(before);
    });
  }

  afterAll(() => {
    console.log(`bad input generated from the schema: ${JSON.stringify(counts)}`);
  });
});
