import { GraphQLError } from "graphql";
import { decodeGlobalId } from "../schema/global-ids.ts";

/**
 * A request may name the employee doing the work (a shared scanner or terminal whose operator signed in with a
 * badge): `x-employee-id: <an Employee id>`. Every event its mutations write names that employee beside the API
 * key; a shop-floor step takes them as its employee unless its input names another. Over graphql-ws, the upgrade
 * request's header, or an operation's `extensions.employeeId` (graphql-ws.ts makes it the operation's header).
 */
export const EMPLOYEE_HEADER = "x-employee-id";

/**
 * The employee row the request names, or null. A value that is not an Employee id is the request's wire error
 * (BAD_USER_INPUT); whether the employee exists and is active is the business action's check (payload.ts).
 */
export function employeeIdOf(request: Request): number | null {
  const sent = request.headers.get(EMPLOYEE_HEADER);
  if (sent === null) return null;
  const decoded = decodeGlobalId(sent, [EMPLOYEE_HEADER]);
  if (decoded.typename !== "Employee") {
    throw new GraphQLError(`${EMPLOYEE_HEADER}: "${sent.slice(0, 100)}" is not an Employee id`, {
      extensions: { code: "BAD_USER_INPUT", field: [EMPLOYEE_HEADER] },
    });
  }
  return Number(decoded.id);
}
