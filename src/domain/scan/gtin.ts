/**
 * GS1 keys and their check digit: GTIN-8, -12, -13 and -14 (the trade item numbers printed as EAN and UPC
 * barcodes) and the SSCC of a logistic unit. One number has several printed forms: the GTIN-14 09501101530003
 * is the EAN-13 9501101530003, written with a leading zero; a plant may have stored any of them.
 */

/** The lengths a GTIN is written in, longest first. */
const GTIN_LENGTHS = [14, 13, 12, 8] as const;

/**
 * The GS1 check digit of `digits` (the key without its last digit): weights 3 and 1 alternate from the right,
 * and the check digit tops the weighted sum up to a multiple of ten.
 */
export function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const fromRight = digits.length - 1 - index;
    sum += Number(digits[index]) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether `key` is all digits, `length` of them, and its last digit is its check digit. */
export function hasValidCheckDigit(key: string, length: number): boolean {
  return (
    key.length === length &&
    /^\d+$/.test(key) &&
    gs1CheckDigit(key.slice(0, -1)) === Number(key[key.length - 1])
  );
}

/** A GTIN in any of its lengths (8, 12, 13, 14 digits, check digit right) as its GTIN-14; null otherwise. */
export function asGtin14(code: string): string | null {
  if (!(GTIN_LENGTHS as readonly number[]).includes(code.length)) return null;
  const gtin14 = code.padStart(14, "0");
  return hasValidCheckDigit(gtin14, 14) ? gtin14 : null;
}

/**
 * Every form a GTIN-14 can be printed and stored in: itself, and the GTIN-13, -12 and -8 it is when its leading
 * digits are zeros ("09501101530003", "9501101530003").
 */
export function gtinForms(gtin14: string): string[] {
  return GTIN_LENGTHS.filter((length) => /^0*$/.test(gtin14.slice(0, 14 - length))).map((length) =>
    gtin14.slice(14 - length),
  );
}
