import SchemaBuilder, {
  BasePlugin,
  createInputValueMapper,
  InputFieldBuilder,
  type InputOrArgRef,
  type InputShapeFromTypeParam,
  mapInputFields,
  type ObjectParam,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from "@pothos/core";
import type { GlobalIDInputFieldOptions, GlobalIDListInputFieldOptions } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";

/** Row ids are PostgreSQL INTEGERs. */
const MAX_ROW_ID = 2_147_483_647;

/**
 * A Relay global id, base64("Type:123"), as `{ typename, id }`; a malformed one is refused (BAD_USER_INPUT), so
 * resolvers always get a numeric id. `field` names the argument it came in, when known.
 */
export function decodeGlobalId(globalID: string, field?: string[]): { typename: string; id: string } {
  const match = /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(Buffer.from(globalID, "base64").toString("utf8"));
  if (!match?.[1] || !match[2] || Number(match[2]) > MAX_ROW_ID) {
    throw new GraphQLError(
      `${field ? `${field.join(".")}: ` : ""}"${globalID.slice(0, 100)}" is not a valid id`,
      {
        extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) },
      },
    );
  }
  return { typename: match[1], id: match[2] };
}

/**
 * Row ids: `t.arg.rowID({ for: Ref })` and `t.rowID({ for: Ref })` in inputs (`rowIDList` for lists) are the
 * relay plugin's `globalID({ for })` on the wire (an ID, checked to be of that type), and reach resolvers as the
 * row's id, a number: every Node type is a Prisma model keyed by an integer `id`. The id is parsed here, once,
 * after the relay plugin decoded it, so neither resolvers nor the domain ever see a Relay id.
 */
const ROW_ID = "rowID";

type Kind = "Arg" | "InputObject";

type RowIdOptions<Types extends SchemaTypes, Req extends boolean, K extends Kind> = Omit<
  GlobalIDInputFieldOptions<Types, Req, K>,
  "for"
> & { for: ObjectParam<Types> };

type RowIdListOptions<Types extends SchemaTypes, Req extends boolean, K extends Kind> = Omit<
  GlobalIDListInputFieldOptions<Types, Req, K>,
  "for"
> & { for: ObjectParam<Types> };

declare global {
  export namespace PothosSchemaTypes {
    export interface InputFieldBuilder<Types extends SchemaTypes, Kind extends "Arg" | "InputObject"> {
      rowID: <Req extends boolean>(
        options: RowIdOptions<Types, Req, Kind>,
      ) => InputOrArgRef<Types, InputShapeFromTypeParam<Types, "Int", Req>, Kind>;
      rowIDList: <Req extends boolean>(
        options: RowIdListOptions<Types, Req, Kind>,
      ) => InputOrArgRef<Types, InputShapeFromTypeParam<Types, ["Int"], Req>, Kind>;
    }

    export interface Plugins<Types extends SchemaTypes> {
      rowIds: RowIdsPlugin<Types>;
    }
  }
}

const inputFieldBuilder = InputFieldBuilder.prototype as PothosSchemaTypes.InputFieldBuilder<
  SchemaTypes,
  Kind
>;

inputFieldBuilder.rowID = function rowID(options) {
  return this.globalID({ ...options, extensions: { ...options.extensions, [ROW_ID]: true } }) as never;
};

inputFieldBuilder.rowIDList = function rowIDList(options) {
  return this.globalIDList({ ...options, extensions: { ...options.extensions, [ROW_ID]: true } }) as never;
};

/** Replaces the relay plugin's `{ typename, id }` by the row id wherever an argument or input field is a rowID. */
class RowIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  private readonly mappingCache = new Map();

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const mappings = mapInputFields(
      fieldConfig.args,
      this.buildCache,
      (input) => (input.extensions?.[ROW_ID] ? true : null),
      this.mappingCache,
    );
    if (!mappings) return fieldConfig;
    // decodeGlobalId admitted only ids of 1 to 10 digits within MAX_ROW_ID: Number() is exact.
    const toRowIds = createInputValueMapper(mappings, (decoded) => Number((decoded as { id: string }).id));
    // After the relay plugin's mapper, which decodes the ids and checks their type (see the plugin order in builder.ts).
    return { ...fieldConfig, argMappers: [...fieldConfig.argMappers, (args) => toRowIds(args)] };
  }
}

const pluginName = "rowIds";
export default pluginName;
SchemaBuilder.registerPlugin(pluginName, RowIdsPlugin);
