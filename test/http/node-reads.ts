import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
} from "graphql";
import { expect } from "vitest";
import type { Permission } from "../../src/generated/prisma/enums.ts";
import { schema } from "../../src/schema/index.ts";

/**
 * What a key may see of an answer, walked from the schema, for the node permission tests: the permission each
 * Node type needs, the selection through every relation, and what a reader gets where an admin got a value.
 */

/**
 * What reading each Node type needs (null: any valid key). Every Node type of the schema must be here, so a new
 * type fails node-permissions.test.ts until someone decides; DESIGN.md "Permissions" and the root fields'
 * authScopes decide.
 */
export const NEEDS: Record<string, Permission | null> = {
  ApiKey: "ADMIN", // or the key itself
  Role: "ADMIN", // or the key's own role
  ProductionOrder: "PRODUCTION_VIEW",
  ProductionOrderLine: "PRODUCTION_VIEW",
  ProductionOrderComponent: "PRODUCTION_VIEW",
  ProductionOrderOperation: "PRODUCTION_VIEW",
  OperationTimeLog: "PRODUCTION_VIEW",
  ProductionReport: "PRODUCTION_VIEW",
  Bom: null,
  BomLine: null,
  BomOperation: null,
  BomRun: null,
  Customer: null,
  Employee: null,
  InventoryAdjustment: null,
  Location: null,
  Product: null,
  PurchaseOrder: null,
  PurchaseOrderLine: null,
  Resource: null,
  SalesOrder: null,
  Supplier: null,
  TransferOrder: null,
  TransferOrderLine: null,
};
/** Object types that are not Node types but carry a permission of their own. */
export const OTHER_NEEDS: Record<string, Permission> = { ProductionOrderEvent: "PRODUCTION_VIEW" };

export const isNodeType = (type: GraphQLNamedType): type is GraphQLObjectType =>
  isObjectType(type) && type.getInterfaces().some((parent) => parent.name === "Node");
export const nodeTypes = Object.values(schema.getTypeMap()).filter(isNodeType);

/** A key of one role, and what it may read. */
export interface Reader {
  role: string;
  key: string;
  /** Its own ApiKey's global id: a key reads itself and its role. */
  keyId: string;
  permissions: string[];
}
// biome-ignore lint/suspicious/noExplicitAny: documents built from the schema are read loosely
export type LooseDocument = TypedDocumentNode<Record<string, any>, Record<string, unknown>>;
export type Row = { __typename: string; id?: string; [field: string]: unknown };

export function mayRead(reader: Reader, row: Row): boolean {
  if (row.__typename === "ApiKey" && row.id === reader.keyId) return true;
  if (row.__typename === "Role" && row.name === reader.role) return true;
  const needs = NEEDS[row.__typename] ?? OTHER_NEEDS[row.__typename] ?? null;
  return needs === null || reader.permissions.includes(needs) || reader.permissions.includes("ADMIN");
}

/** null bubbling up from a non-null position, as GraphQL's error propagation does. */
export const BUBBLE = Symbol("bubble");

/**
 * What `reader` must get where an admin got `value` (of `type`): an object it may not read is null, and a null
 * in a non-null position makes its parent null. Needs `__typename` on every object (and `name` on roles).
 */
export function expectedFor(reader: Reader, value: unknown, type: GraphQLOutputType): unknown {
  if (isNonNullType(type)) {
    const inner = expectedFor(reader, value, type.ofType);
    return inner === null || inner === BUBBLE ? BUBBLE : inner;
  }
  if (value === null || isLeafType(type)) return value;
  if (isListType(type)) {
    const items = (value as unknown[]).map((item) => expectedFor(reader, item, type.ofType));
    return items.includes(BUBBLE) ? null : items;
  }
  const row = value as Row;
  if (!mayRead(reader, row)) return null;
  const fields = (schema.getType(row.__typename) as GraphQLObjectType).getFields();
  const seen: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(row)) {
    const expected =
      name === "__typename"
        ? child
        : expectedFor(reader, child, (fields[name] as GraphQLField<unknown, unknown>).type);
    if (expected === BUBBLE) return null;
    seen[name] = expected;
  }
  return seen;
}

/**
 * A selection of `type` through every field without required arguments that returns objects: a Node type is
 * its `id` (its own relations are walked from it), other types are followed `depth` levels further.
 */
export function selectionOf(type: GraphQLCompositeType, depth: number): string {
  if (isAbstractType(type)) {
    const members = schema
      .getPossibleTypes(type)
      .map((member) => `... on ${member.name} { ${selectionOf(member, depth)} }`);
    return `__typename ${members.join(" ")}`;
  }
  if (isNodeType(type)) return identity(type);
  return `__typename ${relationsOf(type, depth - 1)}`;
}

/** What tells a Node object's reader whether it may read it: its type and id, and a role's name. */
export function identity(type: GraphQLObjectType): string {
  return `__typename id${type.name === "Role" ? " name" : ""}`;
}

/** The fields of `type` that return objects, each with its selection (none below depth 0). */
export function relationsOf(type: GraphQLObjectType, depth: number): string {
  if (depth < 0) return "";
  return Object.values(type.getFields())
    .filter((field) => isCompositeType(getNamedType(field.type)) && !field.args.some(isRequiredArgument))
    .map(
      (field) => `${field.name} { ${selectionOf(getNamedType(field.type) as GraphQLCompositeType, depth)} }`,
    )
    .join(" ");
}

/** The type of a field, by type and field name. */
export function fieldType(typeName: string, fieldName: string): GraphQLOutputType {
  return (
    (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName] as GraphQLField<unknown, unknown>
  ).type;
}

/** Records "Type.field" for every field of `value` (of `type`) that returned a Node object. */
export function noteRelations(value: unknown, type: GraphQLOutputType, seen: Set<string>) {
  const named = getNamedType(type);
  if (value === null || value === undefined || isLeafType(named)) return;
  if (Array.isArray(value)) {
    for (const item of value) noteRelations(item, named, seen);
    return;
  }
  const row = value as Row;
  const fields = (schema.getType(row.__typename) as GraphQLObjectType).getFields();
  for (const [name, child] of Object.entries(row)) {
    const field = fields[name];
    if (!field || child === null || isLeafType(getNamedType(field.type))) continue;
    const children = (Array.isArray(child) ? child : [child]) as Row[];
    if (children.some((item) => isNodeType(schema.getType(item.__typename) as GraphQLNamedType))) {
      seen.add(`${row.__typename}.${name}`);
    }
    noteRelations(child, field.type, seen);
  }
}

/**
 * "Type.field" for every field of a type that queries reach (mutation payloads and live events are not walked:
 * the same check guards their Node objects) that returns a Node type, directly, in a list or through a union.
 */
export function nodeRelations(): string[] {
  const reached = new Set<string>();
  const pending: GraphQLNamedType[] = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) =>
    getNamedType(field.type),
  );
  for (let type = pending.pop(); type; type = pending.pop()) {
    if (reached.has(type.name) || !isCompositeType(type)) continue;
    reached.add(type.name);
    if (isAbstractType(type)) pending.push(...schema.getPossibleTypes(type));
    else pending.push(...Object.values(type.getFields()).map((field) => getNamedType(field.type)));
  }
  return [...reached]
    .map((name) => schema.getType(name))
    .filter((type): type is GraphQLObjectType => isObjectType(type))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => {
          const named = getNamedType(field.type);
          return isAbstractType(named) ? schema.getPossibleTypes(named).some(isNodeType) : isNodeType(named);
        })
        .map((field) => `${type.name}.${field.name}`),
    );
}

/** A result's refusals: each FORBIDDEN and naming a permission the reader lacks; some exactly when it got less. */
export function checkRefusals(
  reader: Reader,
  result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] },
  refused: boolean,
) {
  const errors = result.errors ?? [];
  for (const error of errors) {
    expect(error.extensions?.code, error.message).toBe("FORBIDDEN");
    const permission = error.extensions?.permission as string;
    expect(error.message).toContain(`needs the permission ${permission}`);
    expect(reader.permissions).not.toContain(permission);
  }
  expect(errors.length > 0, JSON.stringify(errors)).toBe(refused);
}
