import type { ObjectParam } from "@pothos/core";
import { builder, type Types } from "./builder.ts";

/**
 * A union of Prisma-backed types whose members are rows that carry no type name: the resolver that loads them
 * tags each row with the type it was loaded as (`tag`), and the union reads the tag. The rows stay the objects
 * Prisma returned (not copies), which keeps the nested selections Pothos loaded into them usable.
 */
export function taggedUnion<Member extends ObjectParam<Types>>(
  name: string,
  options: { description: string; types: Member[] },
) {
  // The GraphQL type name each row was loaded as.
  const kinds = new WeakMap<object, string>();
  const union = builder.unionType(name, {
    ...options,
    resolveType: (row) => {
      const kind = kinds.get(row as object);
      if (!kind) throw new Error(`${name}: a row its resolver did not tag`);
      return kind;
    },
  });
  /** Tags `rows` as loaded for the member type named `kind`, and returns them. */
  const tag = <Row extends object>(rows: Row[], kind: string): Row[] => {
    for (const row of rows) kinds.set(row, kind);
    return rows;
  };
  return { union, tag };
}
