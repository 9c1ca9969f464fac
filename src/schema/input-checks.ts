import SchemaBuilder, {
  BasePlugin,
  type PartialResolveInfo,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from "@pothos/core";
import {
  GraphQLError,
  type GraphQLInputType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
} from "graphql";
import { textProblem } from "../domain/validation.ts";
import { decodeGlobalId } from "./global-ids.ts";

/**
 * The checks every field's arguments pass before anything runs (resolver, permission check, transaction), each
 * refusal a BAD_USER_INPUT naming the input at fault in `extensions.field`, the path from the field's arguments
 * that userErrors use (["input", "lines", "0", "bomId"]):
 * - a global id must be well-formed and, where the argument names its types (`t.arg.rowID({ for })`,
 *   `t.arg.globalID({ for })`), of one of them (Pothos' own check does not say which argument it was, nor what
 *   type it got);
 * - every String and ID must be text PostgreSQL can store (no NUL, no unpaired surrogate: `textProblem`), in
 *   queries' filters as much as in mutations' inputs.
 * Scalars check their own format (Decimal, DateTime, JSON in builder.ts); graphql-js names the variable path.
 */
class InputChecksPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (Object.keys(fieldConfig.args).length === 0) return fieldConfig;
    const { parentType, name } = fieldConfig;
    // Mappers may get a partial info (the Prisma plugin maps a relation's arguments while planning its parent's
    // query): the field's arguments are found through the schema.
    const checkArguments = (args: Record<string, unknown>, _context: unknown, info: PartialResolveInfo) => {
      const type = info.schema.getType(parentType);
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      for (const arg of field?.args ?? []) checkValue(args[arg.name], arg.type, arg.extensions, [arg.name]);
      return args;
    };
    // First, before Pothos' relay plugin decodes the ids it finds valid.
    return { ...fieldConfig, argMappers: [checkArguments, ...fieldConfig.argMappers] };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputChecks: InputChecksPlugin<Types>;
    }
  }
}

const pluginName = "inputChecks";
export default pluginName;
SchemaBuilder.registerPlugin(pluginName, InputChecksPlugin);

/** What Pothos' relay plugin records on a global id argument or input field. */
interface GlobalIdExtensions {
  isRelayGlobalID?: boolean;
  relayGlobalIDFor?: { typename: string }[] | null;
}

function checkValue(value: unknown, type: GraphQLInputType, extensions: GlobalIdExtensions, path: string[]) {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkValue(value, nullable.ofType, extensions, path);
    value.forEach((item, index) => {
      checkValue(item, nullable.ofType, extensions, [...path, String(index)]);
    });
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      checkValue((value as Record<string, unknown>)[field.name], field.type, field.extensions, [
        ...path,
        field.name,
      ]);
    }
    return;
  }
  if (typeof value !== "string" || !isScalarType(nullable)) return;
  if (extensions.isRelayGlobalID) return checkGlobalId(value, extensions.relayGlobalIDFor ?? null, path);
  const problem = textProblem(value);
  if (problem) throw inputError(path, problem);
}

function checkGlobalId(value: string, expected: { typename: string }[] | null, path: string[]) {
  const { typename } = decodeGlobalId(value, path);
  if (!expected || expected.some((type) => type.typename === typename)) return;
  const names = expected.map((type) => type.typename).join(" or ");
  throw inputError(path, `"${value.slice(0, 100)}" is the id of a ${typename}, not of a ${names}`);
}

function inputError(path: string[], problem: string) {
  return new GraphQLError(`${path.join(".")}: ${problem}`, {
    extensions: { code: "BAD_USER_INPUT", field: path },
  });
}
