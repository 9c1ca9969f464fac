import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "./builder.ts";

// Per request (its context object) and key; dropped with the context when the request ends.
const loaders = new WeakMap<Context, Map<string, DataLoader<number, unknown>>>();

/**
 * The request's DataLoader for `key`: what the resolvers of one request ask for under the same key (ids of
 * rows) is fetched by `batch` in one statement. The first call for a key decides its `batch`.
 */
export function requestLoader<Value>(
  context: Context,
  key: string,
  batch: (ids: readonly number[]) => Promise<ArrayLike<Value | Error>>,
): DataLoader<number, Value> {
  let byKey = loaders.get(context);
  if (!byKey) {
    byKey = new Map();
    loaders.set(context, byKey);
  }
  let loader = byKey.get(key) as DataLoader<number, Value> | undefined;
  if (!loader) {
    loader = new DataLoader(batch);
    byKey.set(key, loader as DataLoader<number, unknown>);
  }
  return loader;
}

/**
 * The request's loader for the field position of `info` (list indices dropped): the position is what Pothos
 * plans a query for, so every row of a list hands the same `query` and one statement can serve them all. An id
 * asked for by many rows is read once: the statement lists each id once, so the planner expects as many rows as
 * there are.
 */
export function loaderAt<Value>(
  context: Context,
  info: GraphQLResolveInfo,
  batch: (ids: readonly number[]) => Promise<ArrayLike<Value | Error>>,
) {
  const segments: string[] = [];
  for (let path: GraphQLResolveInfo["path"] | undefined = info.path; path; path = path.prev) {
    if (typeof path.key === "string") segments.unshift(path.key);
  }
  return requestLoader(context, `${info.parentType.name}.${segments.join(".")}`, batch);
}

/** A batch's answer: `rows` in the order of `ids`, an Error naming `what` for an id no row has. */
export function rowsInOrderOf<Row extends { id: number }>(
  ids: readonly number[],
  rows: readonly Row[],
  what: string,
): (Row | Error)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? new Error(`No ${what} ${id}`));
}

// Per request and key: a value computed once however many resolvers ask for it.
const memos = new WeakMap<Context, Map<string, Promise<unknown>>>();

/**
 * The request's value for `key`, computed by `compute` the first time a resolver asks for it (a list's page and
 * its `totalCount` read the same filter, e.g. the ids a product search names).
 */
export function requestOnce<Value>(
  context: Context,
  key: string,
  compute: () => Promise<Value>,
): Promise<Value> {
  let byKey = memos.get(context);
  if (!byKey) {
    byKey = new Map();
    memos.set(context, byKey);
  }
  let value = byKey.get(key) as Promise<Value> | undefined;
  if (!value) {
    value = compute();
    byKey.set(key, value);
  }
  return value;
}
