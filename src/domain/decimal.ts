import { Decimal } from "decimal.js";

/**
 * Exact decimal arithmetic for quantities and money. The precision is far above what NUMERIC(20,6) columns
 * hold, so sums and products never round; rounding happens only where a rule says so.
 */
export const Dec = Decimal.clone({
  precision: 200,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

/** Digits a stored quantity may have after the decimal point (the columns are NUMERIC(20,6)). */
export const QUANTITY_SCALE = 6;
export const MAX_INTEGER_DIGITS = 14;

export type DecimalLike = Dec | string | number | { toString(): string };

export function dec(value: DecimalLike): Dec {
  return value instanceof Dec ? value : new Dec(typeof value === "number" ? value : value.toString());
}

export const ZERO = new Dec(0);

export function sum(values: Iterable<DecimalLike>): Dec {
  let total = ZERO;
  for (const value of values) total = total.plus(dec(value));
  return total;
}

/** Plain notation without exponent or trailing zeros: what the API puts on the wire. */
export function formatDecimal(value: DecimalLike): string {
  return dec(value).toFixed();
}

/**
 * Why a decimal string cannot be stored, or null when it can. Strict: digits, an optional sign and decimal
 * point, nothing else (no spaces, exponents or thousands separators), so what is checked is what is stored.
 */
export function decimalProblem(text: string): string | null {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return `"${text.slice(0, 50)}" is not a decimal number (write it like "12.5", without spaces)`;
  const integerDigits = (match[2] ?? "").replace(/^0+(?=\d)/, "").length;
  if (integerDigits > MAX_INTEGER_DIGITS)
    return `"${text}" has more than ${MAX_INTEGER_DIGITS} integer digits`;
  if ((match[3] ?? "").length > QUANTITY_SCALE)
    return `"${text}" has more than ${QUANTITY_SCALE} decimal places`;
  return null;
}
