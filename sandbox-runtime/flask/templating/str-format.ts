import { type FloatPresentation, pyFormatFloat, pyRepr } from "../python/index.ts";
import { templateStr } from "./template-str.ts";

const SPEC =
  /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

// Python's float presentation for the spec, or undefined where a JavaScript integer formats as
// Python's int would (no type or `n` without a precision, and the integer types).
function floatPresentation(
  value: number,
  type: string | undefined,
  precision: number | undefined,
): FloatPresentation | undefined {
  if (type !== undefined && "eEfFgG%".includes(type)) return type as FloatPresentation;
  // An integer type of a number with a fraction (a float in Python): `pyFormatFloat` refuses it,
  // as Python does ("Unknown format code 'd' for object of type 'float'").
  if (type !== undefined && "bcdoxX".includes(type) && !Number.isInteger(value))
    return type as FloatPresentation;
  if ((type === undefined || type === "n") && (precision !== undefined || !Number.isInteger(value)))
    return type ?? "";
  return undefined;
}

function integerBody(value: number, type: string | undefined, alt: boolean): string {
  const abs = Math.abs(value);
  switch (type) {
    case "x":
    case "X":
    case "o":
    case "b": {
      const base = type === "o" ? 8 : type === "b" ? 2 : 16;
      const body = Math.trunc(abs).toString(base);
      const prefix = alt ? `0${type}` : "";
      return prefix + (type === "X" ? body.toUpperCase() : body);
    }
    case "c":
      return String.fromCodePoint(abs);
    case "d":
    case "n":
      return String(Math.trunc(abs));
    default:
      return templateStr(abs);
  }
}

/**
 * Format one value by a Python format spec (`,` grouping, `.2f`, `>8`, `05d`, `%`, `x`, …).
 * @example pyFormatValue(1234.5, ",.2f") // "1,234.50"
 * @see Python/formatter_unicode.c
 */
export function pyFormatValue(value: unknown, spec: string): string {
  const match = SPEC.exec(spec);
  if (!match) throw new Error(`Invalid format specifier '${spec}'`);
  const [
    ,
    fillGiven,
    alignGiven,
    sign,
    coerceZero,
    alt,
    zero,
    widthText,
    grouping,
    precisionText,
    type,
  ] = match;
  const width = widthText === undefined ? 0 : Number(widthText);
  const precision = precisionText === undefined ? undefined : Number(precisionText);
  const numeric = typeof value === "number" || typeof value === "boolean";
  let fill = fillGiven ?? " ";
  let align = alignGiven ?? (numeric ? ">" : "<");
  if (zero && !alignGiven) {
    fill = "0";
    align = "=";
  }
  let prefix = "";
  let body: string;
  if (numeric && type !== "s") {
    const n = Number(value);
    const floatType = floatPresentation(n, type, precision);
    if (floatType === undefined) {
      body = integerBody(n, type, Boolean(alt));
      if (n < 0 || Object.is(n, -0)) prefix = "-";
      else if (sign === "+" || sign === " ") prefix = sign;
    } else {
      const text = pyFormatFloat(n, floatType, {
        precision,
        alternate: Boolean(alt),
        sign: sign as "-" | "+" | " " | undefined,
        coerceNegativeZero: Boolean(coerceZero),
      });
      prefix = /^[-+ ]/.test(text) ? text.slice(0, 1) : "";
      body = text.slice(prefix.length);
    }
    if (grouping) {
      const [whole = "", rest] = body.split(/(?=[.eE%])/, 2);
      body = group(whole, grouping) + body.slice(whole.length);
      if (rest === undefined) body = group(whole, grouping);
    }
  } else {
    body = templateStr(value);
    if (precision !== undefined) body = body.slice(0, precision);
  }
  const padding = Math.max(0, width - prefix.length - body.length);
  if (align === "<") return prefix + body + fill.repeat(padding);
  if (align === ">") return fill.repeat(padding) + prefix + body;
  if (align === "=") return prefix + fill.repeat(padding) + body;
  const left = Math.floor(padding / 2);
  return fill.repeat(left) + prefix + body + fill.repeat(padding - left);
}

/**
 * Python's `str.format`: `{}`, `{0}`, `{name}`, `{name.attr}`, `!r`/`!s` and format specs;
 * `{{`/`}}` for braces. Named fields come from `named`; `render` turns each formatted field into
 * output text (Markup.format escapes there).
 * @example pyStrFormat("{} has {:,} points", ["Ada", 1200]) // "Ada has 1,200 points"
 * @see Objects/stringlib/unicode_format.h
 */
export function pyStrFormat(
  template: string,
  args: readonly unknown[],
  named: Record<string, unknown> = {},
  render: (value: unknown, formatted: string) => string = (_value, formatted) => formatted,
): string {
  let auto = 0;
  return template.replace(
    /\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*))?\}/g,
    (
      whole,
      field: string | undefined,
      conversion: string | undefined,
      spec: string | undefined,
    ) => {
      if (whole === "{{") return "{";
      if (whole === "}}") return "}";
      const key = field ?? "";
      const [head = "", ...path] = key.split(".");
      let value: unknown;
      if (head === "") value = args[auto++];
      else if (/^\d+$/.test(head)) value = args[Number(head)];
      else if (Object.hasOwn(named, head)) value = named[head];
      else throw new Error(`KeyError: ${pyRepr(head)}`);
      for (const part of path) value = (value as Record<string, unknown> | undefined)?.[part];
      if (conversion === "r" || conversion === "a") value = pyRepr(value);
      else if (conversion === "s") value = templateStr(value);
      return render(value, spec ? pyFormatValue(value, spec) : templateStr(value));
    },
  );
}
