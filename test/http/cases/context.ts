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
}

/** An empty context for the cases to close over; `openCaseContext` fills it before the first test. */
export function caseContext(): CaseContext {
  return {} as CaseContext;
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
  variables: Record<string, unknown>;
  /** The API key to send it with; the admin's when absent. */
  key?: string;
}

/** Per mutation: how to send it once so that it succeeds and changes something. */
export type Retries = Record<string, () => Promise<Request>>;

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

/** A valid global id of a row that does not exist. */
export const missing = (type: string) => globalId(type, 2_000_000_000);

export const huge = "x".repeat(100_000);

/** Global ids of new records with names nobody used yet, for the cases' variables. */
export function newRecords(c: CaseContext) {
  return {
    customer: async () => globalId("Customer", await c.fixtures.customer()),
    supplier: async () => globalId("Supplier", await c.fixtures.supplier()),
    employee: async () => globalId("Employee", await c.fixtures.employee()),
    resource: async () => globalId("Resource", await c.fixtures.resource()),
    location: async () => globalId("Location", await c.fixtures.location()),
    product: async (fields?: ProductFields) => globalId("Product", await c.fixtures.product(fields)),
  };
}
