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
