/** 10^0 … 10^22: every one exactly a double (read from its literal, not computed). */
const exactPowersOfTen = Array.from({ length: 23 }, (_, exponent) => Number(`1e${exponent}`));

/** Beyond this many digits a mantissa read digit by digit might not be exact (10^15 < 2^53). */
const maxExactDigits = 15;

/**
 * Reads the plain decimal numbers of a text one after the other (`[+-]?(\d+\.?\d*|\.\d+)`, as the geo patterns
 * match them), each exactly as `Number` would, without slicing: the geo check reads four per ENVELOPE, and slicing
 * and converting them was most of its time. A number of at most 15 digits and 22 decimals is its digits as an integer
 * divided by a power of ten, both exact, so the one rounding of the division is `Number`'s; longer ones are sliced.
 */
export class DecimalScanner {
  constructor(readonly text: string, public at: number) {}

  /** The next number from `at` on, skipping what cannot start one (spaces, commas, parentheses); NaN when none is left. */
  next(): number {
    const text = this.text;
    let at = this.at;
    // Past the end, `charCodeAt` gives NaN, which is no digit, sign or point.
    let code = text.charCodeAt(at);
    while (at < text.length && !startsNumber(code)) code = text.charCodeAt(++at);
    const start = at;
    const sign = code;
    if (sign === 0x2B || sign === 0x2D) code = text.charCodeAt(++at);
    let mantissa = 0;
    let digits = 0;
    for (; code >= 0x30 && code <= 0x39; code = text.charCodeAt(++at)) {
      mantissa = mantissa * 10 + (code - 0x30);
      digits++;
    }
    let decimals = 0;
    if (code === 0x2E) {
      for (code = text.charCodeAt(++at); code >= 0x30 && code <= 0x39; code = text.charCodeAt(++at)) {
        mantissa = mantissa * 10 + (code - 0x30);
        decimals++;
      }
    }
    this.at = at;
    if (digits + decimals === 0) return Number.NaN;
    if (digits + decimals > maxExactDigits || decimals >= exactPowersOfTen.length) return Number(text.slice(start, at));
    const magnitude = mantissa / exactPowersOfTen[decimals]!;
    return sign === 0x2D ? -magnitude : magnitude;
  }
}

function startsNumber(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2B || code === 0x2D || code === 0x2E;
}
