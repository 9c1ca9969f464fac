import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createTestKit, type TestKit } from "../../kit/app.ts";
import { globalId } from "../../kit/ids.ts";
import { type Fixtures, makeFixtures, type ProductFields, seedWorld, type World } from "../../kit/world.ts";

/**
 * What the "a case for every mutation" guards (idempotency, bad input) share: each area's cases live in
 * ./<area>.ts, named as test/operations/<area>.ts, so a new mutation adds its cases beside its area's others.
 *
 * The guards declare their tests when the file loads, before the database exists: a case reads the context
 * only when it runs (`c.kit`, never a copy taken earlier).
 */

export interface CaseContext {
  kit: TestKit;
  world: World;
  fixtures: Fixtures;
  /** A key that may read production orders and nothing else. */
  viewer: string;
  /** A key that may read and adjust production orders and adjust stock, as the shop floor does. */
  shopFloorKey: string;
  /** Global ids of new records with names nobody used yet, for the cases' variables. */
  newRecord: NewRecords;
}

/** An empty context for the cases to close over; `openCaseContext` fills it before the first test. */
export function caseContext(): CaseContext {
  const c = {} as CaseContext;
  c.newRecord = newRecords(c);
  return c;
}

export async function openCaseContext(c: CaseContext): Promise<void> {
  c.kit = await createTestKit();
  c.world = await seedWorld(c.kit);
  c.fixtures = makeFixtures(c.kit, c.world);
  c.viewer = await c.kit.keyWith("PRODUCTION_VIEW");
  c.shopFloorKey = await c.kit.keyWith("PRODUCTION_VIEW", "PRODUCTION_ADJUST", "INVENTORY_ADJUST");
}

// biome-ignore lint/suspicious/noExplicitAny: the cases mix every mutation's document and variables
export type AnyDocument = TypedDocumentNode<any, any>;

export interface Request {
  document: AnyDocument;
  variables: Variables;
  /** The API key to send it with; the admin's when absent. */
  key?: string;
}

/** Per mutation: how to send it once so that it succeeds and changes something. */
export type Retries = Record<string, () => Promise<Request>>;

export type Variables = Record<string, unknown>;

/** A case that sends `document` with variables that need nothing made first (built as it runs, if a function). */
export function sending(document: AnyDocument, variables: Variables | (() => Variables)) {
  return async (): Promise<Request> => ({
    document,
    variables: typeof variables === "function" ? variables() : variables,
  });
}

/** A case that sends `document` with the id of what `make` makes (an order in some status). */
export function sendingIdOf(document: AnyDocument, make: () => Promise<{ id: string }>) {
  return async (): Promise<Request> => ({ document, variables: { id: (await make()).id } });
}

export type Expected =
  /** A userError with this code, naming this field (the path from the mutation's arguments). */
  | { userError: string; field: string[] | null }
  /** A top-level error with this code: refused arguments or variables, or a missing permission. */
  | { error: string };

export interface BadInput {
  area: string;
  name: string;
  /** Builds what the case needs (before the snapshot) and returns the request. */
  prepare: () => Promise<Request>;
  expected: Expected;
}

export const userError = (code: string, field: string[] | null): Expected => ({ userError: code, field });

/** An area's bad-input cases, each told its area here rather than case by case. */
export function inArea(area: string, cases: Omit<BadInput, "area">[]): BadInput[] {
  return cases.map((entry) => ({ area, ...entry }));
}

/** `prepare`'s request sent with the key `key` reads when the case runs, not the admin's. */
export function withKey(key: () => string, prepare: () => Promise<Request>) {
  return async (): Promise<Request> => ({ ...(await prepare()), key: key() });
}

/** New lines, `quantity` of a new product, for the order `make` makes (in a status a case names). */
export function replacingLines(
  c: CaseContext,
  document: AnyDocument,
  make: () => Promise<{ id: string }>,
  quantity: string,
) {
  return async (): Promise<Request> => ({
    document,
    variables: { id: (await make()).id, lines: [{ productId: await c.newRecord.product(), quantity }] },
  });
}

/**
 * The create request of an order of one line of a new product: `parties` (when the case runs, after the world
 * exists) gives the rest of its input, whom it is with and where it goes.
 */
export function creatingOrder(
  c: CaseContext,
  document: AnyDocument,
  quantity: string,
  parties: (world: World) => Record<string, string>,
) {
  return async (): Promise<Request> => ({
    document,
    variables: {
      input: { ...parties(c.world), lines: [{ productId: await c.newRecord.product(), quantity }] },
    },
  });
}

/** A valid global id of a row that does not exist. */
export const missing = (type: string) => globalId(type, 2_000_000_000);

export const huge = "x".repeat(100_000);

export type NewRecords = ReturnType<typeof newRecords>;

function newRecords(c: CaseContext) {
  return {
    customer: async () => globalId("Customer", await c.fixtures.customer()),
    supplier: async () => globalId("Supplier", await c.fixtures.supplier()),
    employee: async () => globalId("Employee", await c.fixtures.employee()),
    resource: async () => globalId("Resource", await c.fixtures.resource()),
    location: async () => globalId("Location", await c.fixtures.location()),
    product: async (fields?: ProductFields) => globalId("Product", await c.fixtures.product(fields)),
  };
}
