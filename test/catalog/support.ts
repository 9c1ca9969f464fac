import { expect } from "vitest";
import { Permission } from "../../src/generated/prisma/enums.ts";
import type { TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { locationCreate, supplierCreate } from "../operations/catalog.ts";

/** What the catalog tests read from payloads and lists, and the rows they start from. */

interface Payload {
  userErrors: { code: string; message: string; field?: string[] | null }[];
}

/** The payload of a mutation that must have succeeded. */
export function ok<P extends Payload>(payload: P | undefined): P {
  expect(payload?.userErrors).toEqual([]);
  if (!payload) throw new Error("no payload");
  return payload;
}

/** What a client acts on: the code and the field of each error. */
export function problems(payload: Payload | undefined) {
  return payload?.userErrors.map(({ code, field }) => ({ code, field }));
}

/** A key holding every permission but these (and ADMIN, which holds them all). */
export function keyWithout(kit: TestKit, ...missing: Permission[]) {
  const granted = Object.values(Permission).filter(
    (permission) => permission !== Permission.ADMIN && !missing.includes(permission),
  );
  return kit.keyWith(...granted);
}

/** A well-formed global id for a row that does not exist. */
export function unknownId(typename: string) {
  return globalId(typename, 999999);
}

/** The names of a list query's nodes, in order. */
export function names(result: { data?: { [list: string]: { edges: { node: { name: string } }[] } } | null }) {
  const list = Object.values(result.data ?? {})[0];
  return list?.edges.map((edge) => edge.node.name);
}

/** A supplier made through the API; its global id. */
export async function supplier(kit: TestKit, name: string) {
  const result = await kit.execute(supplierCreate, { input: { name } });
  return ok(result.data?.supplierCreate).supplier?.id ?? "";
}

/** A location made through the API; its global id. */
export async function location(
  kit: TestKit,
  name: string,
  kind: "WAREHOUSE" | "SHOP_FLOOR",
  connectedWarehouseId?: string,
) {
  const result = await kit.execute(locationCreate, { input: { name, kind, connectedWarehouseId } });
  return ok(result.data?.locationCreate).location?.id ?? "";
}
