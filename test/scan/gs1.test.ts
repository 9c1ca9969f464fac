import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GS, type Gs1Data, readGs1, withoutSymbology } from "../../src/domain/scan/gs1.ts";
import { asGtin14, gs1CheckDigit, gtinForms, hasValidCheckDigit } from "../../src/domain/scan/gtin.ts";

/**
 * GS1 element strings against a reference: labels built from random values of random application identifiers,
 * written as a scanner sends them (FNC1 as GS, behind a symbology identifier) and as printed (AIs in
 * parentheses), read back exactly; and the check digit and the GTIN forms the lookup relies on.
 */

const TODAY = new Date("2026-12-04T10:00:00Z");
const RUNS = 400;

const DIGITS = [..."0123456789"];
/** GS1's character set 82 (what lots, serials and most text elements may hold). */
const SET_82 = [..."!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"];

const digits = (min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(...DIGITS), minLength: min, maxLength: max });
/** A GS1 key of `length` digits with its check digit. */
const key = (length: number) => digits(length - 1).map((body) => `${body}${gs1CheckDigit(body)}`);

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : (DAYS[month - 1] as number);
const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** A date within the 100 years GS1's rule maps two-digit years to from TODAY (1977 to 2076), day 00 included. */
const printedDate = fc
  .record({ year: fc.integer({ min: 1977, max: 2076 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 0, max: daysIn(year, month) }).map((day) => ({
      printed: `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}`,
      iso: `${year}-${pad(month, 2)}-${pad(day === 0 ? daysIn(year, month) : day, 2)}`,
    })),
  );

/** An application identifier: how its values are made, whether its length is predefined, what it reads as. */
interface Spec {
  ai: string;
  /** [as printed, as read] */
  value: (chars: string[]) => fc.Arbitrary<[string, unknown]>;
  /** In GS1's table of predefined lengths: no separator follows it. */
  fixed: boolean;
  field?: keyof Omit<Gs1Data, "elements">;
}

const same = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((value): [string, unknown] => [value, value]);
const text = (max: number) => (chars: string[]) =>
  same(fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: max }));
const dateSpec = (ai: string, field: Spec["field"]): Spec => ({
  ai,
  fixed: true,
  field,
  value: () => printedDate.map(({ printed, iso }): [string, unknown] => [printed, iso]),
});
const countSpec = (ai: string, field: Spec["field"]): Spec => ({
  ai,
  fixed: false,
  field,
  value: () => digits(1, 8).map((value): [string, unknown] => [value, String(Number(value))]),
});

const SPECS: Spec[] = [
  { ai: "00", fixed: true, field: "sscc", value: () => same(key(18)) },
  { ai: "01", fixed: true, field: "gtin", value: () => same(key(14)) },
  { ai: "02", fixed: true, field: "containedGtin", value: () => same(key(14)) },
  { ai: "10", fixed: false, field: "lot", value: text(20) },
  dateSpec("11", "productionDate"),
  dateSpec("13", "packagingDate"),
  dateSpec("15", "bestBeforeDate"),
  dateSpec("17", "expiryDate"),
  { ai: "21", fixed: false, field: "serial", value: text(20) },
  countSpec("30", "variableCount"),
  countSpec("37", "count"),
  // Identifiers read only into `elements`: a fixed-length one (net weight in kg) and variable ones.
  { ai: "3103", fixed: true, value: () => same(digits(6)) },
  { ai: "400", fixed: false, value: text(30) },
  { ai: "8020", fixed: false, value: text(25) },
  { ai: "91", fixed: false, value: text(90) },
];

interface Element {
  spec: Spec;
  printed: string;
  read: unknown;
}

/** A label: some identifiers, each once, in any order, with values drawn from `chars`. */
const label = (chars: string[]) =>
  fc
    .shuffledSubarray(SPECS, { minLength: 1 })
    .chain((specs) =>
      fc.tuple(
        ...specs.map((spec) =>
          spec.value(chars).map(([printed, read]): Element => ({ spec, printed, read })),
        ),
      ),
    );

/** As a scanner sends it: a separator after every variable-length element but the last. */
const scanned = (elements: Element[]) =>
  elements
    .map(
      ({ spec, printed }, index) =>
        `${spec.ai}${printed}${spec.fixed || index === elements.length - 1 ? "" : GS}`,
    )
    .join("");

/** As printed under the symbol. */
const printed = (elements: Element[]) =>
  elements.map(({ spec, printed }) => `(${spec.ai})${printed}`).join("");

/** What reading the label must give: every field its element's value, null where it has none. */
function expected(elements: Element[]) {
  const fields = Object.fromEntries(
    SPECS.flatMap((spec) => (spec.field ? [[spec.field, null]] : [])),
  ) as Record<string, unknown>;
  for (const { spec, read } of elements) if (spec.field) fields[spec.field] = read;
  return { ...fields, elements: elements.map(({ spec, printed }) => ({ ai: spec.ai, value: printed })) };
}

/** The reading in the shape of `expected` (counts as plain numbers, titles left out). */
function comparable(data: Gs1Data | null) {
  if (!data) return null;
  return {
    ...data,
    variableCount: data.variableCount?.toString() ?? null,
    count: data.count?.toString() ?? null,
    elements: data.elements.map(({ ai, value }) => ({ ai, value })),
  };
}

describe("GS1 element strings", () => {
  it("reads back exactly what a label of random elements holds, behind every GS1 symbology identifier", () => {
    fc.assert(
      fc.property(label(SET_82), fc.constantFrom("]C1", "]d2", "]Q3", "]e0"), (elements, symbology) => {
        const code = `${symbology}${scanned(elements)}`;
        const { content, gs1 } = withoutSymbology(code);
        expect(gs1).toBe(true);
        const reading = readGs1(content, TODAY);
        expect(reading.problem).toBeNull();
        expect(comparable(reading.data)).toEqual(expected(elements));
      }),
      { numRuns: RUNS },
    );
  });

  it("reads the printed form (AIs in parentheses) as the scanned form", () => {
    // A parenthesis in the data cannot be told from one around an AI in the printed form: GS1 prints none there.
    const withoutParentheses = SET_82.filter((char) => char !== "(" && char !== ")");
    fc.assert(
      fc.property(label(withoutParentheses), (elements) => {
        const human = printed(elements);
        expect(withoutSymbology(human).gs1).toBe(true);
        const fromPrinted = readGs1(human, TODAY);
        expect(fromPrinted.problem).toBeNull();
        expect(comparable(fromPrinted.data)).toEqual(comparable(readGs1(scanned(elements), TODAY).data));
        expect(comparable(fromPrinted.data)).toEqual(expected(elements));
      }),
      { numRuns: RUNS },
    );
  });

  it("reports a key with a wrong check digit, and any single wrong digit of a key makes its check digit wrong", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(8, 12, 13, 14, 18),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (length, position, shift) => {
          const body = "4006381333931".padEnd(length - 1, "7").slice(0, length - 1);
          const valid = `${body}${gs1CheckDigit(body)}`;
          expect(hasValidCheckDigit(valid, length)).toBe(true);
          const at = position % length;
          const wrong = `${valid.slice(0, at)}${(Number(valid[at]) + shift) % 10}${valid.slice(at + 1)}`;
          expect(hasValidCheckDigit(wrong, length)).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(key(14), fc.integer({ min: 1, max: 9 }), (gtin, shift) => {
        const wrong = `${gtin.slice(0, 13)}${(Number(gtin[13]) + shift) % 10}`;
        const reading = readGs1(`01${wrong}`, TODAY);
        expect(reading).toEqual({ data: null, problem: `(01) "${wrong}" has a wrong check digit` });
      }),
      { numRuns: 100 },
    );
  });

  it("knows the check digits of published numbers", () => {
    expect(gs1CheckDigit("950110153000")).toBe(3);
    expect(gs1CheckDigit("400638133393")).toBe(1);
    expect(gs1CheckDigit("01234567890")).toBe(5);
    expect(gs1CheckDigit("1234567")).toBe(0);
    expect(hasValidCheckDigit("123456789012345675", 18)).toBe(true);
  });

  it("gives every form a GTIN is stored in, and each form leads back to the same GTIN-14", () => {
    fc.assert(
      fc.property(fc.constantFrom(8, 12, 13, 14), key(14), (length, random) => {
        // A GTIN that fits `length` digits: the digits it does not use are zeros.
        const body = random.slice(14 - length, 13).padStart(13, "0");
        const gtin14 = `${body}${gs1CheckDigit(body)}`;
        const forms = gtinForms(gtin14);
        expect(forms[0]).toBe(gtin14);
        expect(forms).toContain(gtin14.slice(14 - length));
        for (const form of forms) expect(asGtin14(form)).toBe(gtin14);
      }),
      { numRuns: RUNS },
    );
    expect(gtinForms("10012345678902")).toEqual(["10012345678902"]);
    expect(gtinForms("00000012345670")).toEqual([
      "00000012345670",
      "0000012345670",
      "000012345670",
      "12345670",
    ]);
    expect(asGtin14("4006381333932")).toBeNull();
    expect(asGtin14("400638133393")).toBeNull();
  });

  it.each([
    // Today is 2026: two-digit years 77 to 99 are the past century, 00 to 76 this one.
    [2026, "761231", "2076-12-31"],
    [2026, "770101", "1977-01-01"],
    [2026, "000229", "2000-02-29"],
    [2026, "240200", "2024-02-29"],
    [2026, "250200", "2025-02-28"],
    // In 2080, 30 (50 years back) is the next century; 31 stays in this one.
    [2080, "300101", "2130-01-01"],
    [2080, "310101", "2031-01-01"],
  ])(
    "in %i reads the date %s as %s (GS1's century rule, day 00 the month's last)",
    (year, printedDay, iso) => {
      const today = new Date(Date.UTC(year, 5, 1));
      expect(readGs1(`17${printedDay}`, today).data?.expiryDate).toBe(iso);
    },
  );

  it("takes a code for a GS1 string only when something marks it as one", () => {
    expect(withoutSymbology("]C1010950110153000310X")).toEqual({ content: "010950110153000310X", gs1: true });
    expect(withoutSymbology("(10)X")).toEqual({ content: "(10)X", gs1: true });
    expect(withoutSymbology(`10X${GS}21Y`)).toEqual({ content: `10X${GS}21Y`, gs1: true });
    expect(withoutSymbology("0109501101530003")).toEqual({ content: "0109501101530003", gs1: true });
    // A plain EAN-13 read by a scanner that sends identifiers: the identifier goes, the code stays plain.
    expect(withoutSymbology("]E04006381333931")).toEqual({ content: "4006381333931", gs1: false });
    expect(withoutSymbology("4006381333931")).toEqual({ content: "4006381333931", gs1: false });
    expect(withoutSymbology("0109501101530004")).toEqual({ content: "0109501101530004", gs1: false });
    expect(withoutSymbology("BIKE")).toEqual({ content: "BIKE", gs1: false });
  });

  it("reads FNC1 in first position and a separator after a fixed-length element", () => {
    const reading = readGs1(`${GS}0109501101530003${GS}10LOT${GS}`, TODAY);
    expect(reading.data).toMatchObject({ gtin: "09501101530003", lot: "LOT" });
  });

  it("refuses an identifier given twice with different values", () => {
    expect(readGs1(`10A${GS}10B`, TODAY)).toEqual({
      data: null,
      problem: "(10) appears twice with different values",
    });
  });
});
