import { z } from "zod";
import { type Dec, dec, decimalProblem } from "./decimal.ts";
import { canonicalTimeZone, unknownTimeZone } from "./time.ts";

/** Shared input rules, so every entry point words the same problem the same way. */

// A high surrogate not followed by a low one, or a low one not preceded by a high one: half a character.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored as text, or null when it can. PostgreSQL refuses the NUL character in text
 * and JSON (22021, 22P05); an unpaired UTF-16 surrogate is half a character that UTF-8 cannot encode.
 */
export function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain the NUL character (U+0000)";
  if (UNPAIRED_SURROGATE.test(text)) return "must not contain an unpaired UTF-16 surrogate";
  return null;
}

/** A string `textProblem` accepts; every text piece below starts from it. */
const text = () =>
  z.string().superRefine((value, context) => {
    const problem = textProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export const requiredText = (max: number) =>
  text().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

/** An IANA time zone ("America/Chicago"), kept as Intl names it. */
export const timeZone = requiredText(100).transform((zone, context) => {
  const canonical = canonicalTimeZone(zone);
  if (canonical === null) {
    context.addIssue({ code: "custom", message: unknownTimeZone(zone) });
    return z.NEVER;
  }
  return canonical;
});

export const code = (max: number) =>
  requiredText(max).regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, "may contain only letters, digits and . _ - /");

export const email = text()
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
 * JSON values (order attributes) are small documents, not data stores: 32 levels of nesting and 64 KiB of JSON
 * text hold any realistic set of attributes, and keep every later JSON.stringify (idempotency hashes, Prisma,
 * events) far from the call stack's limit.
 */
export const MAX_JSON_DEPTH = 32;
export const MAX_JSON_LENGTH = 65_536;

/**
 * Why a value cannot be stored as JSON, or null when it can. Walks with a stack of its own, not by recursion:
 * the value may be nested far deeper than the call stack allows (a 50,000-level object is a 300 kB body).
 */
export function jsonProblem(value: unknown): string | null {
  const pending: [unknown, number][] = [[value, 0]];
  let length = 0;
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const [item, depth] = entry;
    if (typeof item === "string") {
      const problem = textProblem(item);
      if (problem) return `text ${problem}`;
      length += item.length + 2;
    } else if (typeof item === "number") {
      if (!Number.isFinite(item)) return "must hold only finite numbers";
      length += String(item).length;
    } else if (item === null || typeof item === "boolean") {
      length += 5;
    } else if (typeof item === "object") {
      if (depth >= MAX_JSON_DEPTH) return `must not be nested more than ${MAX_JSON_DEPTH} levels deep`;
      const entries = Array.isArray(item)
        ? item.map((element) => ["", element] as const)
        : Object.entries(item);
      length += 2;
      for (const [key, element] of entries) {
        const problem = textProblem(key);
        if (problem) return `keys ${problem}`;
        length += key.length + 4;
        pending.push([element, depth + 1]);
      }
    } else {
      return "is not a JSON value";
    }
    if (length > MAX_JSON_LENGTH) return `must be at most ${MAX_JSON_LENGTH} characters long as JSON`;
  }
  return null;
}

/** A JSON object within the bounds of `jsonProblem`. */
export const jsonObject = z
  .unknown()
  .superRefine((value, context) => {
    const problem = jsonProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .pipe(z.record(z.string(), z.json(), { message: "must be a JSON object" }));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Why text is not a strict ISO 8601 date ("2026-11-22", midnight UTC) or date-time with its offset
 * ("2026-11-22T08:00:00Z", "2026-11-22T09:00:00.5+01:00"), or null when it is one. JavaScript's Date accepts
 * impossible days and rolls them over (2026-02-30 becomes March 2nd): every part is checked here first.
 */
export function instantProblem(value: string): string | null {
  const match = ISO_DATE.exec(value) ?? ISO_DATE_TIME.exec(value);
  if (!match) {
    return `"${value.slice(0, 50)}" is not an ISO 8601 date or date-time with an offset (write it like "2026-11-22T08:00:00Z")`;
  }
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] =
    match.slice(1).map((part) => Number(part ?? 0));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (days === undefined) return `"${value}" has no month ${month}`;
  if (day < 1 || day > days) return `"${value}" has no day ${day}: ${match[1]}-${match[2]} has ${days} days`;
  if (hour > 23 || minute > 59 || second > 59) return `"${value}" is not a time of day`;
  if (offsetHours > 23 || offsetMinutes > 59) return `"${value}" has no such UTC offset`;
  return null;
}

/** A reference to another record: its database id (the GraphQL layer parses global ids into these). */
export const ref = z
  .union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)])
  .pipe(z.number({ message: "is not a valid id" }).int("is not a valid id").positive("is not a valid id"));

export const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** An optional instant: a Date (the API's DateTime scalar parsed it) or ISO 8601 text (domain callers); null when absent. */
export const optionalDate = z
  .union([z.date(), z.iso.datetime({ offset: true })], { message: "must be an ISO 8601 date-time" })
  .nullish()
  .transform((value) => (value ? new Date(value) : null));
