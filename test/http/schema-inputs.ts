import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { schema } from "../../src/schema/index.ts";
import { globalId } from "../kit/ids.ts";

/**
 * The inputs of the schema, walked with graphql-js over the built schema: every scalar position an argument of a
 * root field reaches (through input objects and lists), and the smallest well-typed variables that reach it.
 * Tests generated from these cover a new argument or input field without being edited.
 */

// biome-ignore lint/suspicious/noExplicitAny: root fields of any shape
export type RootField = GraphQLField<any, any>;

/** One scalar input: where it is (the path from the field's arguments, lists at index 0) and what it is. */
export interface InputPosition {
  root: "Query" | "Mutation";
  field: RootField;
  /** E.g. ["input", "lines", "0", "quantity"]: the `field` of a userError or of a BAD_USER_INPUT. */
  path: string[];
  /** The scalar or enum type. */
  type: GraphQLNamedInputType;
  /** The type names a global id argument accepts (`t.arg.globalID({ for })`); null: any, or not an id. */
  idFor: string[] | null;
  /** Whether the argument or input field is a Relay global id. */
  isGlobalId: boolean;
}

type InputDefinition = GraphQLArgument | GraphQLInputField;

interface GlobalIdExtensions {
  isRelayGlobalID?: boolean;
  relayGlobalIDFor?: { typename: string }[] | null;
}

function idRule(definition: InputDefinition) {
  const extensions = definition.extensions as GlobalIdExtensions;
  return {
    isGlobalId: Boolean(extensions.isRelayGlobalID),
    idFor: extensions.relayGlobalIDFor?.map((type) => type.typename) ?? null,
  };
}

export function rootFields(root: "Query" | "Mutation"): RootField[] {
  const type = root === "Query" ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {});
}

/** Every scalar position of every root field's arguments. */
export function inputPositions(root: "Query" | "Mutation"): InputPosition[] {
  return rootFields(root).flatMap((field) =>
    field.args.flatMap((arg) =>
      positionsOf(arg, [arg.name], new Set()).map((found) => ({ root, field, ...found })),
    ),
  );
}

function positionsOf(
  definition: InputDefinition,
  path: string[],
  seen: Set<string>,
): Omit<InputPosition, "root" | "field">[] {
  const named = getNamedType(definition.type);
  const inList = isListType(getNullableType(definition.type));
  const here = inList ? [...path, "0"] : path;
  if (isInputObjectType(named)) {
    // A recursive input type is walked once per path.
    if (seen.has(named.name)) return [];
    const inside = new Set([...seen, named.name]);
    return Object.values(named.getFields()).flatMap((field) =>
      positionsOf(field, [...here, field.name], inside),
    );
  }
  return [{ path: here, type: named, ...idRule(definition) }];
}

/**
 * The variables of a request reaching `target` with `value`: every required argument and input field, and every
 * optional one on the way to the target, filled with a well-typed value (a list holds one item). Ids are
 * well-formed ids of the type the input names (they need not exist: the cases this serves are refused first).
 */
export function variablesReaching(target: InputPosition, value: unknown): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of target.field.args) {
    const onPath = arg.name === target.path[0];
    if (!onPath && !isNonNullType(arg.type)) continue;
    variables[arg.name] = inputValue(arg, onPath ? target.path.slice(1) : null, value);
  }
  return variables;
}

function inputValue(definition: InputDefinition, rest: string[] | null, value: unknown): unknown {
  return itemOf(definition, definition.type, rest, value);
}

function itemOf(
  definition: InputDefinition,
  type: GraphQLInputType,
  rest: string[] | null,
  value: unknown,
): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [itemOf(definition, nullable.ofType, rest ? rest.slice(1) : null, value)];
  if (isInputObjectType(nullable)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      const onPath = rest?.[0] === field.name;
      if (!onPath && !isNonNullType(field.type)) continue;
      object[field.name] = inputValue(field, onPath ? (rest?.slice(1) ?? []) : null, value);
    }
    return object;
  }
  if (rest) return value;
  return sampleOf(nullable as GraphQLNamedInputType, idRule(definition).idFor);
}

/** A well-typed value of a scalar or enum. */
export function sampleOf(type: GraphQLNamedInputType, idFor: string[] | null): unknown {
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (!isScalarType(type)) throw new Error(`${type.name} is not a scalar`);
  const samples: Record<string, unknown> = {
    ID: globalId(idFor?.[0] ?? "Product", 1),
    String: "x",
    Int: 1,
    Float: 1,
    Boolean: false,
    Decimal: "1",
    DateTime: "2026-11-22T08:00:00Z",
    JSON: {},
  };
  if (!(type.name in samples)) throw new Error(`no sample of the scalar ${type.name}: add one here`);
  return samples[type.name];
}

/** A document calling the root field with one variable per argument used, named after it. */
export function documentFor(position: InputPosition, variables: Record<string, unknown>): string {
  const args = position.field.args.filter((arg) => arg.name in variables);
  const definitions = args.map((arg) => `$${arg.name}: ${arg.type}`).join(", ");
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const keyword = position.root === "Query" ? "query" : "mutation";
  const selection = isLeafType(getNamedType(position.field.type)) ? "" : " { __typename }";
  return `${keyword}${definitions ? `(${definitions})` : ""} { ${position.field.name}${call ? `(${call})` : ""}${selection} }`;
}
