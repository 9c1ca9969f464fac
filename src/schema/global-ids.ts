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
