import type { z } from "zod";

/**
 * Every business error a client can act on. The API returns them as `userErrors { code message field }`;
 * anything else thrown is a bug and is masked.
 */
export const ErrorCode = {
  INVALID_INPUT: "INVALID_INPUT",
  NOT_FOUND: "NOT_FOUND",
  ARCHIVED: "ARCHIVED",
  ALREADY_EXISTS: "ALREADY_EXISTS",
  INSUFFICIENT_STOCK: "INSUFFICIENT_STOCK",
  WRONG_LOCATION_KIND: "WRONG_LOCATION_KIND",
  IN_USE: "IN_USE",
  CYCLE: "CYCLE",
  DEPTH_EXCEEDED: "DEPTH_EXCEEDED",
  INVALID_STATUS: "INVALID_STATUS",
  VERSION_CONFLICT: "VERSION_CONFLICT",
  /** A product must be made for an order tree but has no default BOM of the kind its replenishment names. */
  MISSING_BOM: "MISSING_BOM",
  /** Re-planning an order tree found differences: send `planChoice` KEEP or RECALCULATE (see `planChanges`). */
  PLAN_CHANGED: "PLAN_CHANGED",
  /** Concurrent changes collided (a deadlock or serialization failure that outlived the retries): nothing was
   * written, sending the same request again is safe. */
  RETRYABLE_CONFLICT: "RETRYABLE_CONFLICT",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A refusal: a code the client acts on, a message for people and the input field at fault. */
interface PlainUserError {
  code: Exclude<ErrorCode, typeof ErrorCode.PLAN_CHANGED>;
  message: string;
  /** Path to the input field at fault, from the mutation's arguments (e.g. ["input", "lines", "0", "quantity"]). */
  field: string[] | null;
  planChanges?: undefined;
}

/**
 * PLAN_CHANGED is the one code whose error carries more than code, message and field: the differences between
 * the order tree and its re-computed plan, which the planner chooses between (KEEP or RECALCULATE). The API
 * shows them as `UserError.planChanges`, null for every other code.
 */
export interface PlanChangedError extends Omit<PlainUserError, "code" | "planChanges"> {
  code: typeof ErrorCode.PLAN_CHANGED;
  planChanges: PlanChange[];
}

export type UserError = PlainUserError | PlanChangedError;

/** One difference between an order tree and its re-computed plan. */
export interface PlanChange {
  /** NEW: an order the plan needs that does not exist; QUANTITY: an order to resize; SURPLUS: no longer needed. */
  change: "NEW" | "QUANTITY" | "SURPLUS";
  /** The nested order concerned (null for NEW). */
  orderId: number | null;
  /** The order whose component it makes (null when that is itself new). */
  parentOrderId: number | null;
  productId: number;
  before: string | null;
  after: string | null;
}

/** Thrown inside a business action: rolls its transaction back and reaches the client as userErrors. */
export class DomainError extends Error {
  readonly errors: UserError[];
  constructor(code: PlainUserError["code"], message: string, field?: (string | number)[]);
  constructor(errors: UserError[]);
  constructor(
    codeOrErrors: PlainUserError["code"] | UserError[],
    message?: string,
    field?: (string | number)[],
  ) {
    const errors =
      typeof codeOrErrors === "string"
        ? [{ code: codeOrErrors, message: message ?? codeOrErrors, field: field ? field.map(String) : null }]
        : codeOrErrors;
    super(errors.map((error) => error.message).join("; "));
    this.errors = errors;
  }
}

/** Validates input with a zod schema; every problem becomes an INVALID_INPUT error naming its field. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  fieldPrefix: string[] = ["input"],
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new DomainError(
    result.error.issues.map((issue) => ({
      code: ErrorCode.INVALID_INPUT,
      message: issue.message,
      field: [...fieldPrefix, ...issue.path.map(String)],
    })),
  );
}
