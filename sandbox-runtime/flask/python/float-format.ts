/**
 * Python's float formatting by presentation type, as `format()`, `str.format` and `%` print a
 * float: correctly rounded from the double's exact binary value, ties to even, any size and any
 * precision (JavaScript's `toFixed` rounds ties up and gives up at 1e21).
 */
import { ValueError } from "./errors.ts";
import { pyFloatRepr } from "./number.ts";

/**
 * A float presentation type: `e E f F g G n %` as in a format spec or after `%`, and `""` for
 * a spec with no type (`{:.3}`, `{:>8}`), which prints `repr` or, given a precision, like `g`
 * with a `.0` kept on whole numbers.
 */
export type FloatPresentation = "e" | "E" | "f" | "F" | "g" | "G" | "n" | "%" | "";

/** How to format: the parts of a format spec (or `%` conversion) that bear on the number. */
export interface FloatFormatOptions {
  /** Digits after the point (`e`, `f`, `%`) or significant digits (`g`, `""`); Python's default when absent. */
  precision?: number | undefined;
  /** The `#` flag: keep the decimal point, and for `g` its trailing zeros. */
  alternate?: boolean | undefined;
  /** What a non-negative number starts with: nothing (`-`), `+`, or a space. */
  sign?: "-" | "+" | " " | undefined;
  /** The `z` option: a negative number that rounds to zero prints without its minus. */
  coerceNegativeZero?: boolean | undefined;
}

const PRESENTATIONS = new Set(["e", "E", "f", "F", "g", "G", "n", "%", ""]);

/** The exact value of a positive finite double as `numerator / denominator`. */
function exactRatio(value: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  let exponent = -1074;
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  return exponent >= 0 ? [mantissa << BigInt(exponent), 1n] : [mantissa, 1n << BigInt(-exponent)];
}

function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twice = (numerator - quotient * denominator) * 2n;
  if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

/** `round(value * 10**shift)` on the exact value, ties to even. */
function scaledInteger(value: number, shift: number): bigint {
  const [numerator, denominator] = exactRatio(value);
  return shift >= 0
    ? divideHalfEven(numerator * 10n ** BigInt(shift), denominator)
    : divideHalfEven(numerator, denominator * 10n ** BigInt(-shift));
}

/** `value` (positive, finite) to `places` digits after the point: integer and fraction digits. */
function fixedDigits(value: number, places: number): [string, string] {
  const digits = value === 0 ? "0" : scaledInteger(value, places).toString();
  const padded = digits.padStart(places + 1, "0");
  return [padded.slice(0, padded.length - places), padded.slice(padded.length - places)];
}

/** `value` (positive, finite) to `count` significant digits, and the power of ten of the first. */
function significantDigits(value: number, count: number): [string, number] {
  if (value === 0) return ["0".repeat(count), 0];
  const [numerator, denominator] = exactRatio(value);
  const atLeast = (power: number) =>
    power >= 0
      ? numerator >= denominator * 10n ** BigInt(power)
      : numerator * 10n ** BigInt(-power) >= denominator;
  // Math.log10 can be one off near a power of ten; the exact comparison settles it.
  let exponent = Math.floor(Math.log10(value));
  while (!atLeast(exponent)) exponent--;
  while (atLeast(exponent + 1)) exponent++;
  let digits = scaledInteger(value, count - 1 - exponent).toString();
  if (digits.length > count) {
    digits = digits.slice(0, count);
    exponent++;
  }
  return [digits, exponent];
}

function exponentSuffix(exponent: number): string {
  return `e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

function scientific(value: number, precision: number, alternate: boolean): string {
  const [digits, exponent] = significantDigits(value, precision + 1);
  const point = precision > 0 || alternate ? "." : "";
  return `${digits[0]}${point}${digits.slice(1)}${exponentSuffix(exponent)}`;
}

function fixed(value: number, precision: number, alternate: boolean): string {
  const [whole, fraction] = fixedDigits(value, precision);
  return precision > 0 || alternate ? `${whole}.${fraction}` : whole;
}

// Python/pystrtod.c format_float_short for 'g': exponent notation when the decimal exponent is
// below -4 or not below the precision (one less when a whole number keeps its `.0`).
function general(
  value: number,
  precision: number,
  alternate: boolean,
  addDotZero: boolean,
): string {
  const significant = precision === 0 ? 1 : precision;
  let [digits, exponent] = significantDigits(value, significant);
  const pointAt = exponent + 1;
  if (!alternate) digits = digits.replace(/(?<=.)0+$/, "");
  if (pointAt <= -4 || pointAt > (addDotZero ? significant - 1 : significant)) {
    const rest = digits.slice(1);
    const point = rest !== "" || alternate ? "." : "";
    return `${digits[0]}${point}${rest}${exponentSuffix(exponent)}`;
  }
  let text: string;
  if (pointAt <= 0) text = `0.${"0".repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length)
    text = `${digits}${"0".repeat(pointAt - digits.length)}${alternate ? "." : ""}`;
  else text = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  if (addDotZero && !text.includes(".")) text += ".0";
  else if (addDotZero && text.endsWith(".")) text += "0";
  return text;
}

// repr with `#`: the exponent form keeps a point too (`1.e+16`).
function shortest(value: number, alternate: boolean): string {
  const text = pyFloatRepr(value);
  return alternate && !text.includes(".") ? text.replace("e", ".e") : text;
}

function unsignedBody(value: number, type: FloatPresentation, options: FloatFormatOptions) {
  const { precision, alternate = false } = options;
  // Python scales before formatting, so the largest doubles print `inf%`.
  const scaled = type === "%" ? value * 100 : value;
  if (!Number.isFinite(scaled)) return Number.isNaN(scaled) ? "nan" : "inf";
  switch (type) {
    case "e":
    case "E":
      return scientific(value, precision ?? 6, alternate);
    case "f":
    case "F":
      return fixed(value, precision ?? 6, alternate);
    case "%":
      return fixed(scaled, precision ?? 6, alternate);
    case "":
      return precision === undefined
        ? shortest(value, alternate)
        : general(value, precision, alternate, true);
    default:
      return general(value, precision ?? 6, alternate, false);
  }
}

/**
 * Python's formatting of a float by presentation type, sign included: what
 * `format(value, "+.3e")` or `"%#.4g" % value` prints (width, fill and grouping are the
 * caller's). NaN never takes a minus; `-0.0` does.
 * @example
 * pyFormatFloat(1234567, "g"); // "1.23457e+06"
 * pyFormatFloat(12, "", { precision: 3 }); // "12.0"
 * pyFormatFloat(2.5, "f", { precision: 0 }); // "2"
 * @see cpython Python/formatter_unicode.c format_float_internal
 * @see cpython Python/pystrtod.c format_float_short
 */
export function pyFormatFloat(
  value: number,
  type: FloatPresentation,
  options: FloatFormatOptions = {},
): string {
  if (!PRESENTATIONS.has(type))
    throw new ValueError(`Unknown format code '${type}' for object of type 'float'`);
  const { precision } = options;
  if (precision !== undefined && (!Number.isInteger(precision) || precision < 0))
    throw new ValueError(`precision must be a whole number, not ${precision}`);
  let body = unsignedBody(Math.abs(value), type, options);
  if (type === "E" || type === "F" || type === "G") body = body.toUpperCase();
  if (type === "%") body += "%";
  let negative = value < 0 || Object.is(value, -0);
  const roundedToZero = Number.isFinite(value) && !/[1-9]/.test(body.split(/e/i)[0] ?? "");
  if (negative && options.coerceNegativeZero && roundedToZero) {
    negative = false;
  }
  const sign = options.sign ?? "-";
  return (negative ? "-" : sign === "-" ? "" : sign) + body;
}
