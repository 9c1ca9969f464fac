/**
 * Exact rational numbers for the reference planning model: a bigint numerator over a positive bigint
 * denominator, always reduced. Written for the tests alone (no decimal library, nothing from src/), so the model
 * shares no arithmetic with the code it checks.
 */
export class Q {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Q(0n, 1n);
  static readonly ONE = new Q(1n, 1n);

  static of(num: bigint, den = 1n): Q {
    if (den === 0n) throw new RangeError("zero denominator");
    const sign = den < 0n ? -1n : 1n;
    const divisor = gcd(abs(num), abs(den)) || 1n;
    return new Q((sign * num) / divisor, (sign * den) / divisor);
  }

  /** Plain decimal text ("-12.5", "0.333333"), exactly. */
  static dec(text: string | number): Q {
    const value = String(text).trim();
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
    if (!match) throw new Error(`not a plain decimal: ${value}`);
    const fraction = match[3] ?? "";
    const num = BigInt(`${match[2]}${fraction}`) * (match[1] ? -1n : 1n);
    return Q.of(num, 10n ** BigInt(fraction.length));
  }

  plus(other: Q): Q {
    return Q.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }
  minus(other: Q): Q {
    return Q.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }
  times(other: Q): Q {
    return Q.of(this.num * other.num, this.den * other.den);
  }
  div(other: Q): Q {
    return Q.of(this.num * other.den, this.den * other.num);
  }
  cmp(other: Q): number {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }
  eq(other: Q): boolean {
    return this.cmp(other) === 0;
  }
  lt(other: Q): boolean {
    return this.cmp(other) < 0;
  }
  gt(other: Q): boolean {
    return this.cmp(other) > 0;
  }
  isPositive(): boolean {
    return this.num > 0n;
  }
  isZero(): boolean {
    return this.num === 0n;
  }

  static max(a: Q, b: Q): Q {
    return a.cmp(b) >= 0 ? a : b;
  }
  static min(a: Q, b: Q): Q {
    return a.cmp(b) <= 0 ? a : b;
  }
  static sum(values: Iterable<Q>): Q {
    let total = Q.ZERO;
    for (const value of values) total = total.plus(value);
    return total;
  }

  /** Rounded away from zero to 6 decimals (what a stored quantity may hold, never less). */
  up6(): Q {
    const scale = 1_000_000n;
    const scaled = abs(this.num) * scale;
    const whole = (scaled + this.den - 1n) / this.den;
    return Q.of(this.num < 0n ? -whole : whole, scale);
  }

  /** Whole times `unit` fits in this (both positive). */
  floorDiv(unit: Q): bigint {
    return (this.num * unit.den) / (this.den * unit.num);
  }

  /** Plain decimal text when the value has a finite decimal expansion, else "num/den". */
  toString(): string {
    let den = this.den;
    let twos = 0;
    let fives = 0;
    while (den % 2n === 0n) {
      den /= 2n;
      twos++;
    }
    while (den % 5n === 0n) {
      den /= 5n;
      fives++;
    }
    if (den !== 1n) return `${this.num}/${this.den}`;
    const digits = Math.max(twos, fives);
    const scaled = (abs(this.num) * 10n ** BigInt(digits)) / this.den;
    const text = scaled.toString().padStart(digits + 1, "0");
    const whole = text.slice(0, text.length - digits);
    const fraction = text.slice(text.length - digits).replace(/0+$/, "");
    return `${this.num < 0n ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
  }
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
