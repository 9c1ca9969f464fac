import { encodeGlobalID, resolveNodes } from "@pothos/plugin-relay";
import { type GraphQLResolveInfo, isObjectType } from "graphql";
import { builder } from "./builder.ts";

/**
 * `node(id:)` and `nodes(ids:)`, Relay's refetch fields. An id that names nothing (no such row, or no such
 * type) is null, as Relay's spec has it: every Node type loads with `findUnique` (`nullable: true` on
 * `prismaNode`), and ids of types that are not Node types are not looked up. Each type's `authScopes` decide
 * who reads what these return (builder.ts).
 */

/**
 * The `prismaNode` options every Node type starts from: its global id carries its row id, `node(id:)` loads it
 * with `findUnique` (null when no row has the id), and any valid API key reads it. A type readable by fewer keys
 * sets its own `authScopes` after the spread.
 */
export const nodeOptions = {
  id: { field: "id" },
  nullable: true,
  authScopes: { authenticated: true },
} as const;

/**
 * The id of an object a client caches that is not a Node type (a ledger row, an event in an order's history, a
 * stock level, an explosion and its nodes): a global id like a Node's, base64 of `Type:key`, so that ids are
 * unique across the schema and a normalized cache (Relay keys by id alone) never confuses two objects. The key
 * names the object exactly (an explosion's key holds every argument that changes its figures); `node(id:)` does
 * not read these (ADR 0027).
 */
export function cacheId(typename: string, key: string | number | bigint): string {
  return encodeGlobalID(typename, key);
}

function ofNodeType(info: GraphQLResolveInfo, id: { typename: string; id: string }) {
  const type = info.schema.getType(id.typename);
  return isObjectType(type) && type.getInterfaces().some((parent) => parent.name === "Node") ? id : null;
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    authScopes: { authenticated: true },
    description: "The object with this global id; null when it names nothing.",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (_root, { id }, context, info) =>
      (await resolveNodes(builder, context, info, [ofNodeType(info, id)]))[0] ?? null,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    authScopes: { authenticated: true },
    description: "The objects with these global ids, in order; null in place of an id that names nothing.",
    args: { ids: t.arg.globalIDList({ required: true }) },
    resolve: (_root, { ids }, context, info) =>
      resolveNodes(
        builder,
        context,
        info,
        ids.map((id) => ofNodeType(info, id)),
      ),
  }),
}));
