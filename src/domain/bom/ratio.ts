import { Dec, type DecimalLike, dec } from "../decimal.ts";

/** Digits a quantity shows after the decimal point: the rounding applied for display only. */
const DISPLAY_SCALE = 6;
const DISPLAY_UNIT = 10n ** BigInt(DISPLAY_SCALE);

/**
 * An exact fraction of two integers. BOM quantities are decimals, but "per output quantity" divides them:
 * a BOM that makes 3 from 1 component needs 1/3 per unit, which no decimal holds. Quantities stay ratios
 * through every level and every sum, and become decimals once, for display.
 */
export class Ratio {
  /** `denominator` is always positive. */
  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  static readonly ZERO = new Ratio(0n, 1n);

  /** An exact decimal as a ratio: a Dec, a Prisma Decimal, or plain decimal text such as PostgreSQL prints. */
  static of(value: DecimalLike): Ratio {
    // Text is split, not parsed into a Dec: explosions read tens of thousands of these per request.
    // Prisma's Decimal and Dec are both decimal.js: their toFixed() is the plain, exact notation.
    const text =
      typeof value === "string" && PLAIN_DECIMAL.test(value)
        ? value
        : typeof value === "object" && "toFixed" in value
          ? String(value.toFixed())
          : dec(value).toFixed();
    const point = text.indexOf(".");
    if (point < 0) return new Ratio(BigInt(text), 1n);
    const scale = text.length - point - 1;
    return new Ratio(BigInt(text.slice(0, point) + text.slice(point + 1)), 10n ** BigInt(scale));
  }

  /** numerator / denominator, both exact decimals (the denominator not zero). */
  static quotient(numerator: DecimalLike, denominator: DecimalLike): Ratio {
    return Ratio.of(numerator).div(Ratio.of(denominator));
  }

  times(other: Ratio): Ratio {
    return new Ratio(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  div(other: Ratio): Ratio {
    if (other.numerator === 0n) throw new RangeError("division by zero");
    const sign = other.numerator < 0n ? -1n : 1n;
    return new Ratio(this.numerator * other.denominator * sign, this.denominator * other.numerator * sign);
  }

  plus(other: Ratio): Ratio {
    // Sums of one path's quantities share a denominator: no multiplication, no reduction.
    if (this.denominator === other.denominator) {
      return new Ratio(this.numerator + other.numerator, this.denominator);
    }
    return new Ratio(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    ).reduced();
  }

  minus(other: Ratio): Ratio {
    return this.plus(new Ratio(-other.numerator, other.denominator));
  }

  compare(other: Ratio): -1 | 0 | 1 {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  max(other: Ratio): Ratio {
    return this.compare(other) >= 0 ? this : other;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  /**
   * Rounded half up (ties away from zero) to `DISPLAY_SCALE` decimals: what the API shows. Explosions show the
   * same few quantities thousands of times; with `shared` they share one immutable Dec per value.
   */
  toDisplay(shared?: Map<string, Dec>): Dec {
    const text = this.roundedText(
      (magnitude, denominator) => (magnitude * 2n + denominator) / (2n * denominator),
    );
    return shared ? sharedDec(shared, text) : new Dec(text);
  }

  /** Rounded away from zero to `DISPLAY_SCALE` decimals: what a stored quantity may hold, never less. */
  roundedUp(): Dec {
    return new Dec(
      this.roundedText((magnitude, denominator) => (magnitude + denominator - 1n) / denominator),
    );
  }

  /** BigInt arithmetic, not a 200-digit division; the shortest text (no trailing zeros). */
  private roundedText(divide: (magnitude: bigint, denominator: bigint) => bigint): string {
    if (this.denominator === 1n) return this.numerator.toString();
    const negative = this.numerator < 0n;
    const magnitude = (negative ? -this.numerator : this.numerator) * DISPLAY_UNIT;
    const digits = divide(magnitude, this.denominator)
      .toString()
      .padStart(DISPLAY_SCALE + 1, "0");
    const fraction = digits.slice(-DISPLAY_SCALE).replace(/0+$/, "");
    const whole = digits.slice(0, -DISPLAY_SCALE);
    const sign = negative && (whole !== "0" || fraction) ? "-" : "";
    return `${sign}${whole}${fraction ? `.${fraction}` : ""}`;
  }

  private reduced(): Ratio {
    const divisor = gcd(this.numerator < 0n ? -this.numerator : this.numerator, this.denominator);
    return divisor > 1n ? new Ratio(this.numerator / divisor, this.denominator / divisor) : this;
  }
}

/** The Dec of a decimal text, from `shared` when an earlier value had the same text. */
export function sharedDec(shared: Map<string, Dec>, text: string): Dec {
  let value = shared.get(text);
  if (!value) {
    value = new Dec(text);
    shared.set(text, value);
  }
  return value;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
