import { parseBarcode } from "gs1-barcode-parser-mod";
import { type Dec, dec } from "../decimal.ts";
import { hasValidCheckDigit } from "./gtin.ts";

/**
 * GS1 element strings: what a GS1-128 or GS1 DataMatrix (or GS1 QR, GS1 DataBar) label holds, e.g.
 * "]d2" "01" "09501101530003" "17" "261231" "10" "LOT7", variable-length elements ended by the FNC1 separator
 * (ASCII 29, GS), or the same as printed under the code: "(01)09501101530003(17)261231(10)LOT7".
 *
 * The element string is cut into elements by gs1-barcode-parser-mod (its table of application identifiers and
 * their lengths, the symbology identifiers and the parenthesised form). It checks no content, so the elements
 * this module reads are checked here: digits, lengths, check digits, real dates.
 */

/** An element as printed: its application identifier and its value. */
export interface Gs1Element {
  ai: string;
  /** GS1's short title of the identifier ("BATCH/LOT"). */
  title: string;
  value: string;
}

/** What a label says, for the application identifiers a plant acts on; every element is in `elements`. */
export interface Gs1Data {
  elements: Gs1Element[];
  /** (00) the serial shipping container code of a pallet or case: 18 digits. */
  sscc: string | null;
  /** (01) the GTIN-14 of the trade item. */
  gtin: string | null;
  /** (02) the GTIN-14 of the trade items a logistic unit contains. */
  containedGtin: string | null;
  /** (10) batch or lot. */
  lot: string | null;
  /** (11), (13), (15), (17): ISO dates ("2026-12-31"). */
  productionDate: string | null;
  packagingDate: string | null;
  bestBeforeDate: string | null;
  expiryDate: string | null;
  /** (21) serial number. */
  serial: string | null;
  /** (30) a variable count of items. */
  variableCount: Dec | null;
  /** (37) how many trade items (of `containedGtin`) a logistic unit contains. */
  count: Dec | null;
}

/** A code that is a GS1 element string: its data, or why it could not be read. */
export type Gs1Reading = { data: Gs1Data; problem: null } | { data: null; problem: string };

/** The FNC1 separator as scanners send it: ASCII 29, the group separator. */
export const GS = "\u001d";

/** AIM symbology identifiers of the GS1 symbologies: GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR Code. */
const GS1_SYMBOLOGIES = new Set(["]C1", "]e0", "]d2", "]Q3"]);

/** An AIM symbology identifier: "]", the symbology's letter, a modifier. Scanners may send one before any code. */
const SYMBOLOGY_IDENTIFIER = /^\][A-Za-z][0-9A-Za-z]/;

/** Characters GS1 allows in alphanumeric elements (its "character set 82"). */
const CHARACTER_SET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

/**
 * A scanned code without the symbology identifier a scanner may send first, and whether that identifier (or the
 * code's form) says it is a GS1 element string: a GS1 symbology's identifier, an AI in parentheses at the start,
 * an FNC1 separator, or a GTIN-14 with its check digit right behind AI (01): the plain form a scanner sends with
 * its identifiers switched off. Any other code is read as it is.
 */
export function withoutSymbology(code: string): { content: string; gs1: boolean } {
  const symbology = SYMBOLOGY_IDENTIFIER.exec(code)?.[0];
  const content = symbology ? code.slice(symbology.length) : code;
  const gs1 =
    (symbology !== undefined && GS1_SYMBOLOGIES.has(symbology)) ||
    /^\(\d{2,4}\)/.test(content) ||
    content.includes(GS) ||
    (content.length >= 16 && content.startsWith("01") && hasValidCheckDigit(content.slice(2, 16), 14));
  return { content, gs1 };
}

/** Reads a GS1 element string (without its symbology identifier); `today` sets the century of two-digit years. */
export function readGs1(content: string, today: Date): Gs1Reading {
  // A scanner sends FNC1 in first position (it marks the symbol as GS1) as a leading separator: no element.
  let start = 0;
  while (content[start] === GS) start++;
  const elementString = content.slice(start);
  let parsed: ReturnType<typeof parseBarcode>;
  try {
    parsed = parseBarcode(elementString);
  } catch (thrown) {
    // The parser throws its reason as a string ("no valid AI", "truncated fixed length element").
    return { data: null, problem: `not a readable GS1 element string: ${String(thrown)}` };
  }
  const elements = parsed.parsedCodeItems.map((item) => ({
    ai: item.ai,
    title: item.dataTitle,
    value: item.raw,
  }));
  if (elements.length === 0) return { data: null, problem: "a GS1 element string without any element" };
  const seen = new Map<string, string>();
  for (const { ai, value } of elements) {
    if (seen.has(ai) && seen.get(ai) !== value) {
      return { data: null, problem: `(${ai}) appears twice with different values` };
    }
    seen.set(ai, value);
  }
  const problems: string[] = [];
  /** The value of `ai` read by `check`; null when absent or refused (its problem noted). */
  const read = <Value>(ai: string, check: (value: string) => Value): Value | null => {
    const value = seen.get(ai);
    if (value === undefined) return null;
    try {
      return check(value);
    } catch (thrown) {
      if (!(thrown instanceof ElementProblem)) throw thrown;
      problems.push(`(${ai}) "${value}" ${thrown.message}`);
      return null;
    }
  };
  const data: Gs1Data = {
    elements,
    sscc: read("00", key(18)),
    gtin: read("01", key(14)),
    containedGtin: read("02", key(14)),
    lot: read("10", text(20)),
    productionDate: read("11", date(today)),
    packagingDate: read("13", date(today)),
    bestBeforeDate: read("15", date(today)),
    expiryDate: read("17", date(today)),
    serial: read("21", text(20)),
    variableCount: read("30", count),
    count: read("37", count),
  };
  return problems.length > 0 ? { data: null, problem: problems.join("; ") } : { data, problem: null };
}

/** Why an element's value is not what its identifier allows (thrown by the checks below). */
class ElementProblem extends Error {}

/** A GS1 key of `length` digits whose last digit is its check digit. */
const key = (length: number) => (value: string) => {
  if (!new RegExp(`^\\d{${length}}$`).test(value)) throw new ElementProblem(`must be ${length} digits`);
  if (!hasValidCheckDigit(value, length)) throw new ElementProblem("has a wrong check digit");
  return value;
};

/** Up to `max` characters of GS1's character set 82. */
const text = (max: number) => (value: string) => {
  if (value.length > max || !CHARACTER_SET_82.test(value)) {
    throw new ElementProblem(`must be 1 to ${max} letters, digits or GS1 punctuation`);
  }
  return value;
};

/** Up to 8 digits. */
const count = (value: string): Dec => {
  if (!/^\d{1,8}$/.test(value)) throw new ElementProblem("must be 1 to 8 digits");
  return dec(value);
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * YYMMDD as an ISO date. The century follows GS1's rule (General Specifications, "Date" fields): a year 51 to
 * 99 years ahead of this one is in the past century, one 50 to 99 years behind it in the next. A day of 00
 * means the month's last day (GS1's rule for best-before and expiry dates; read alike for every date here).
 */
const date = (today: Date) => (value: string) => {
  const match = /^(\d\d)(\d\d)(\d\d)$/.exec(value);
  if (!match) throw new ElementProblem("must be a date written YYMMDD");
  const [twoDigitYear, month, day] = match.slice(1).map(Number) as [number, number, number];
  const thisYear = today.getUTCFullYear();
  const ahead = twoDigitYear - (thisYear % 100);
  const century = Math.floor(thisYear / 100) * 100 + (ahead >= 51 ? -100 : ahead <= -50 ? 100 : 0);
  const year = century + twoDigitYear;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (days === undefined) throw new ElementProblem(`has no month ${month}`);
  if (day > days) {
    throw new ElementProblem(`has no day ${day}: ${year}-${String(month).padStart(2, "0")} has ${days} days`);
  }
  const iso = (part: number, width: number) => String(part).padStart(width, "0");
  return `${iso(year, 4)}-${iso(month, 2)}-${iso(day === 0 ? days : day, 2)}`;
};
