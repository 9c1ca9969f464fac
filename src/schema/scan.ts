import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import type { Gs1Data, Gs1Element } from "../domain/scan/gs1.ts";
import {
  findScanned,
  MAX_SCAN_LENGTH,
  readScan,
  type Scan,
  type ScanHit,
  type ScanKind,
} from "../domain/scan/lookup.ts";
import type { Permission } from "../generated/prisma/enums.ts";
import { builder, type Context } from "./builder.ts";
import { LocationRef } from "./catalog/locations.ts";
import { ProductRef } from "./catalog/products.ts";
import { ProductionOrderRef } from "./orders/production/order.ts";
import { PurchaseOrderRef } from "./orders/purchasing.ts";
import { SalesOrderRef } from "./orders/sales.ts";
import { TransferOrderRef } from "./orders/transfers.ts";
import { runRead } from "./payload.ts";
import { taggedUnion } from "./tagged-union.ts";

/** `scan(code)`: everything a printed code can name, in one call (the rules: src/domain/scan/lookup.ts). */

const Gs1ElementRef = builder.objectRef<Gs1Element>("Gs1Element").implement({
  description: "One element of a GS1 element string, as printed.",
  fields: (t) => ({
    ai: t.exposeString("ai", { description: 'Its application identifier: "01", "10", "3103".' }),
    title: t.exposeString("title", { description: 'GS1\'s short title of the identifier: "BATCH/LOT".' }),
    value: t.exposeString("value", { description: "Its value as printed." }),
  }),
});

const DATE = 'An ISO date ("2026-12-31"); a printed day 00 reads as the month\'s last day.';

const Gs1DataRef = builder.objectRef<Gs1Data>("Gs1Data").implement({
  description:
    "What a GS1-128 or GS1 DataMatrix label holds, for the application identifiers a plant acts on; every " +
    "element, these and the others, is in `elements`. Keys have their check digit verified, dates are real days.",
  fields: (t) => ({
    elements: t.field({ type: [Gs1ElementRef], resolve: (data) => data.elements }),
    sscc: t.exposeString("sscc", {
      nullable: true,
      description: "(00) The serial shipping container code of a pallet or case: 18 digits.",
    }),
    gtin: t.exposeString("gtin", {
      nullable: true,
      description:
        "(01) The trade item's GTIN-14; `matches` holds the product with this barcode in any form.",
    }),
    containedGtin: t.exposeString("containedGtin", {
      nullable: true,
      description: "(02) The GTIN-14 of the trade items a logistic unit contains; looked up like `gtin`.",
    }),
    lot: t.exposeString("lot", { nullable: true, description: "(10) Batch or lot." }),
    productionDate: t.exposeString("productionDate", { nullable: true, description: `(11) ${DATE}` }),
    packagingDate: t.exposeString("packagingDate", { nullable: true, description: `(13) ${DATE}` }),
    bestBeforeDate: t.exposeString("bestBeforeDate", { nullable: true, description: `(15) ${DATE}` }),
    expiryDate: t.exposeString("expiryDate", { nullable: true, description: `(17) ${DATE}` }),
    serial: t.exposeString("serial", { nullable: true, description: "(21) Serial number." }),
    variableCount: t.field({
      type: "Decimal",
      nullable: true,
      description: "(30) A variable count of items.",
      resolve: (data) => data.variableCount,
    }),
    count: t.field({
      type: "Decimal",
      nullable: true,
      description: "(37) How many trade items (of `containedGtin`) the logistic unit contains.",
      resolve: (data) => data.count,
    }),
  }),
});

const { union: ScanMatchUnion, tag: tagMatches } = taggedUnion("ScanMatch", {
  description: "A record a scanned code names.",
  types: [ProductRef, LocationRef, ProductionOrderRef, PurchaseOrderRef, TransferOrderRef, SalesOrderRef],
});

interface ScanAnswer {
  scan: Scan;
  hits: ScanHit[];
}

const ScanResultRef = builder.objectRef<ScanAnswer>("ScanResult").implement({
  description: "What a scanned code names.",
  fields: (t) => ({
    code: t.string({
      description: "The code as read: without the whitespace around it.",
      resolve: ({ scan }) => scan.code,
    }),
    gs1: t.field({
      type: Gs1DataRef,
      nullable: true,
      description:
        "The code read as a GS1 element string; null when it is none (or `gs1Problem` says why it cannot be read).",
      resolve: ({ scan }) => scan.gs1?.data ?? null,
    }),
    gs1Problem: t.string({
      nullable: true,
      description:
        "Why a code marked as a GS1 element string (by a GS1 symbology identifier, an AI in parentheses or a GS " +
        "separator) could not be read: a malformed element, a wrong check digit, a day that does not exist.",
      resolve: ({ scan }) => scan.gs1?.problem ?? null,
    }),
    matches: t.field({
      type: [ScanMatchUnion],
      description:
        "Every record the code names that the key may read, most certain first: products (by barcode as sent, " +
        "by SKU, by another form of the GTIN), locations, orders. Empty when it names nothing.",
      resolve: ({ hits }, _args, context, info) => loadMatches(hits, context, info),
    }),
  }),
});

/** What `prismaField`s of each kind load: the rows of `ids`, with the selection Pothos planned for the kind. */
type Load = (context: Context, query: object, ids: number[]) => Promise<MatchRow[]>;

// Pothos' planned `query` is `{ select } | { include }` for the kind's model; the row keeps `id` (see `withId`).
const LOADS: Record<ScanKind, Load> = {
  Product: (context, query, ids) =>
    context.db.prisma.product.findMany({ ...query, where: { id: { in: ids } } }),
  Location: (context, query, ids) =>
    context.db.prisma.location.findMany({ ...query, where: { id: { in: ids } } }),
  ProductionOrder: (context, query, ids) =>
    context.db.prisma.productionOrder.findMany({ ...query, where: { id: { in: ids } } }),
  PurchaseOrder: (context, query, ids) =>
    context.db.prisma.purchaseOrder.findMany({ ...query, where: { id: { in: ids } } }),
  TransferOrder: (context, query, ids) =>
    context.db.prisma.transferOrder.findMany({ ...query, where: { id: { in: ids } } }),
  SalesOrder: (context, query, ids) =>
    context.db.prisma.salesOrder.findMany({ ...query, where: { id: { in: ids } } }),
};

/** The planned query, with the id even when the plan selects columns: rows are put back in the hits' order. */
function withId(query: { select?: object; include?: object }): object {
  return query.select ? { ...query, select: { ...query.select, id: true } } : query;
}

/** A row of one of the union's types. */
type MatchRow = typeof ScanMatchUnion.$inferType;

/** The hits' rows, in the hits' order: one statement per kind that has hits, each with its selection. */
async function loadMatches(hits: ScanHit[], context: Context, info: GraphQLResolveInfo): Promise<MatchRow[]> {
  const idsByKind = new Map<ScanKind, number[]>();
  for (const hit of hits) idsByKind.set(hit.kind, [...(idsByKind.get(hit.kind) ?? []), hit.id]);
  const loaded = await Promise.all(
    [...idsByKind].map(async ([kind, ids]) => {
      const query = withId(queryFromInfo({ context, info, typeName: kind }));
      const rows = await LOADS[kind](context, query, ids);
      tagMatches(rows, kind);
      return rows.map((row) => [`${kind}:${(row as { id: number }).id}`, row] as const);
    }),
  );
  const rows = new Map(loaded.flat());
  // A row deleted between the lookup and the load is simply not there.
  return hits.flatMap((hit) => rows.get(`${hit.kind}:${hit.id}`) ?? []);
}

/** The kinds a scan may name, in the union's order. */
const SCAN_KINDS: ScanKind[] = [
  "Product",
  "Location",
  "ProductionOrder",
  "PurchaseOrder",
  "TransferOrder",
  "SalesOrder",
];

/** An `authScopes` map as the Node types declare theirs (src/schema/nodes.ts): any one scope passing is enough. */
interface ScopeMap {
  authenticated?: boolean;
  permission?: Permission;
  $any?: ScopeMap;
  $all?: ScopeMap;
}

/** Whether the viewer passes `scopes`, as the scope-auth plugin decides it ($any unless told $all). */
function passes(context: Context, scopes: ScopeMap, every = false): boolean {
  const checks = Object.entries(scopes).map(([scope, value]) => {
    if (scope === "authenticated") return value === true;
    if (scope === "permission") return context.viewer.can(value as Permission);
    if (scope === "$any") return passes(context, value as ScopeMap);
    if (scope === "$all") return passes(context, value as ScopeMap, true);
    throw new Error(`scan: the scope ${scope} is not one it can check`);
  });
  return every ? checks.every(Boolean) : checks.some(Boolean);
}

/**
 * The kinds whose type the viewer may read, by the `authScopes` each type declares (ADR 0017): a scan leaves
 * out what the key may not see rather than failing, and never looks it up. Every kind's scopes are a map, not a
 * function of the row: a function would need the row, and the row would be read before the check.
 */
function readableKinds(context: Context, info: GraphQLResolveInfo): Set<ScanKind> {
  return new Set(
    SCAN_KINDS.filter((kind) => {
      const options = info.schema.getType(kind)?.extensions?.pothosOptions as
        | { authScopes?: ScopeMap | ((...args: unknown[]) => unknown) }
        | undefined;
      const scopes = options?.authScopes;
      if (typeof scopes === "function") throw new Error(`scan: ${kind}'s authScopes is a function`);
      return scopes === undefined || passes(context, scopes);
    }),
  );
}

builder.queryFields((t) => ({
  scan: t.field({
    type: ScanResultRef,
    authScopes: { authenticated: true },
    description:
      "Everything a printed code can name, in one call: products by barcode or SKU (ignoring case; a GTIN in " +
      "its 14, 13, 12 and 8 digit forms), locations by code, and production, purchase, transfer and sales " +
      'orders by their number ("MO-00004", "mo4", "MO00004"). A GS1 element string (GS1-128, GS1 DataMatrix; ' +
      "FNC1 as GS, optionally after a symbology identifier ]C1, ]d2, ]Q3, ]e0, or written with its AIs in " +
      "parentheses) is read into `gs1` and its GTIN looked up. Records the key may not read are left out. " +
      `The code: 1 to ${MAX_SCAN_LENGTH} characters once the whitespace around it is dropped, no control ` +
      "characters but GS; a refusal is INVALID_INPUT naming `code`.",
    args: { code: t.arg.string() },
    resolve: (_root, args, context, info) =>
      runRead(async () => {
        const scan = readScan(args, new Date());
        return { scan, hits: await findScanned(context.db.prisma, scan, readableKinds(context, info)) };
      }),
  }),
}));
