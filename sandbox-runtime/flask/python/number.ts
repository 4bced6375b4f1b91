/**
 * Numbers as Python prints them. A JavaScript number has no int/float split, so an integral value
 * prints as Python prints an int and any other value as Python prints a float.
 */

/**
 * Python's `repr(float)` (also its `str`): the shortest digits that round-trip, in fixed notation
 * for exponents from -4 to 15 and scientific notation outside, with a signed exponent of at
 * least two digits; `inf`, `-inf`, `nan`.
 * @example
 * pyFloatRepr(1.5e-5); // "1.5e-05"
 * pyFloatRepr(1); // "1.0"
 * @see cpython Python/pystrtod.c PyOS_double_to_string (repr mode 'r')
 */
export function pyFloatRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (value === Number.POSITIVE_INFINITY) return "inf";
  if (value === Number.NEGATIVE_INFINITY) return "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const sign = value < 0 ? "-" : "";
  const [mantissa = "0", exp = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exp);
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
    const whole =
      digits.length > exponent + 1
        ? digits.slice(0, exponent + 1)
        : digits.padEnd(exponent + 1, "0");
    const fraction = digits.slice(exponent + 1);
    return `${sign}${whole}.${fraction === "" ? "0" : fraction}`;
  }
  const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const expText = String(Math.abs(exponent)).padStart(2, "0");
  return `${sign}${head}e${exponent < 0 ? "-" : "+"}${expText}`;
}

/**
 * Python's `str(int)` for a JavaScript integer: every digit, never exponent notation.
 * @example
 * pyIntStr(1e21); // "1000000000000000000000"
 * @see cpython Objects/longobject.c long_to_decimal_string
 */
export function pyIntStr(value: number): string {
  if (Math.abs(value) < 1e21) return String(value === 0 ? 0 : value);
  return BigInt(value).toString();
}

/**
 * `str()` of a JavaScript number as Python would print the int or float it stands for.
 * @example
 * pyNumber(3); // "3"
 * pyNumber(0.000015); // "1.5e-05"
 * @see cpython Objects/floatobject.c float_repr
 */
export function pyNumber(value: number): string {
  return Number.isInteger(value) ? pyIntStr(value) : pyFloatRepr(value);
}

/**
 * A number as Python's `json.dumps` writes it: `NaN`, `Infinity`, `-Infinity`, else as `repr`.
 * @example
 * jsonNumber(1.5e-5); // "1.5e-05"
 * @see cpython Lib/json/encoder.py floatstr
 */
export function jsonNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
  return pyNumber(value);
}
