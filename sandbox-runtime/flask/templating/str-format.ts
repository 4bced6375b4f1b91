import { pyRepr } from "../python/index.ts";
import { templateStr } from "./template-str.ts";
import { pyToFixed } from "./round.ts";

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function numberBody(
  value: number,
  type: string | undefined,
  precision: number | undefined,
  alt: boolean,
): string {
  const abs = Math.abs(value);
  switch (type) {
    case "d":
    case "n":
      return String(Math.trunc(abs));
    case "f":
    case "F":
      return Number.isFinite(abs)
        ? pyToFixed(abs, precision ?? 6)
        : abs === Infinity
          ? "inf"
          : "nan";
    case "e":
    case "E": {
      const text = abs.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
      return type === "E" ? text.toUpperCase() : text;
    }
    case "%":
      return `${pyToFixed(abs * 100, precision ?? 6)}%`;
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
    default: {
      if (precision === undefined) return templateStr(abs);
      const text = abs.toPrecision(Math.max(1, precision));
      return text.includes("e")
        ? text.replace(/\.?0+e/, "e").replace(/e([+-])(\d)$/, "e$10$2")
        : text.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
    }
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
  const [, fillGiven, alignGiven, sign, alt, zero, widthText, grouping, precisionText, type] =
    match;
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
    body = numberBody(n, type, precision, Boolean(alt));
    if (grouping) {
      const [whole = "", rest] = body.split(/(?=[.eE%])/, 2);
      body = group(whole, grouping) + body.slice(whole.length);
      if (rest === undefined) body = group(whole, grouping);
    }
    if (n < 0 || Object.is(n, -0)) prefix = "-";
    else if (sign === "+" || sign === " ") prefix = sign;
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
