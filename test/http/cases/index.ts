import * as access from "./access.ts";
import * as bom from "./bom.ts";
import * as catalog from "./catalog.ts";
import type { BadInput, CaseContext, Retries } from "./context.ts";
import * as inventory from "./inventory.ts";
import * as orders from "./orders.ts";
import * as purchasing from "./purchasing.ts";
import * as reorder from "./reorder.ts";
import * as sales from "./sales.ts";
import * as transfers from "./transfers.ts";

/** Every area's cases, in the order of test/operations. */
const AREAS = [access, bom, catalog, inventory, orders, purchasing, reorder, sales, transfers];

/** One retry case per mutation of the schema. */
export function retryCases(c: CaseContext): Retries {
  return Object.assign({}, ...AREAS.map((area) => area.retries(c)));
}

/** Bad requests across every mutation area. */
export function badInputCases(c: CaseContext): BadInput[] {
  return AREAS.flatMap((area) => area.badInputs(c));
}
