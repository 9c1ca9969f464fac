import { z } from "zod";
import { type Dec, dec, decimalProblem } from "./decimal.ts";

/** Shared input rules, so every entry point words the same problem the same way. */

export const requiredText = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

export const code = (max: number) =>
  requiredText(max).regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, "may contain only letters, digits and . _ - /");

export const email = z
  .string()
  .trim()
  .max(254, "must be at most 254 characters")
  .email("is not an email address")
  .nullish()
  .transform((value) => value ?? null);

const decimalValue = z
  .custom<Dec>((value) => {
    if (value === null || value === undefined) return false;
    return decimalProblem(String(value)) === null;
  }, "must be a decimal number with at most 14 integer digits and 6 decimals")
  .transform((value) => dec(value));

export const decimal = {
  any: decimalValue,
  nonNegative: decimalValue.refine((value) => !value.isNegative(), "must not be negative"),
  positive: decimalValue.refine((value) => value.greaterThan(0), "must be greater than zero"),
  nonZero: decimalValue.refine((value) => !value.isZero(), "must not be zero"),
};

/**
 * A reference to another record: a database id, or a decoded Relay global id ({ typename, id }) as the
 * GraphQL layer passes it.
 */
export const ref = z
  .union([
    z.number().int().positive(),
    z.object({ id: z.union([z.string(), z.number()]) }).transform((global) => Number(global.id)),
    z.string().regex(/^\d+$/).transform(Number),
  ])
  .pipe(z.number({ message: "is not a valid id" }).int("is not a valid id").positive("is not a valid id"));

export const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
