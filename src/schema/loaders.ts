import DataLoader from "dataloader";
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
