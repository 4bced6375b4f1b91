import { type FloatPresentation, pyFormatFloat, pyRepr } from "../python/index.ts";
import { templateStr } from "./template-str.ts";

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXeEfFgGcrsa%])/g;

function pad(text: string, width: number, flags: string, numeric: boolean): string {
  if (text.length >= width) return text;
  if (flags.includes("-")) return text.padEnd(width);
  if (numeric && flags.includes("0")) {
    const sign = /^[-+ ]/.test(text) ? (text[0] as string) : "";
    return sign + text.slice(sign.length).padStart(width - sign.length, "0");
  }
  return text.padStart(width);
}

function signed(value: number, body: string, flags: string): string {
  if (value < 0 || Object.is(value, -0)) return `-${body}`;
  if (flags.includes("+")) return `+${body}`;
  if (flags.includes(" ")) return ` ${body}`;
  return body;
}

function toNumber(value: unknown, conversion: string): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "number") {
    throw new TypeError(
      `%${conversion} format: a real number is required, not ${typeof value === "string" ? "str" : typeof value}`,
    );
  }
  return value;
}

function convert(
  value: unknown,
  conversion: string,
  flags: string,
  precision: number | undefined,
): [string, boolean] {
  switch (conversion) {
    case "s":
      return [
        precision === undefined ? templateStr(value) : templateStr(value).slice(0, precision),
        false,
      ];
    case "r":
    case "a":
      return [precision === undefined ? pyRepr(value) : pyRepr(value).slice(0, precision), false];
    case "c":
      return [typeof value === "number" ? String.fromCodePoint(value) : String(value), false];
    case "d":
    case "i":
    case "u": {
      const n = Math.trunc(toNumber(value, conversion));
      return [signed(n, String(Math.abs(n)), flags), true];
    }
    case "o":
    case "x":
    case "X": {
      const n = Math.trunc(toNumber(value, conversion));
      const base = conversion === "o" ? 8 : 16;
      let body = Math.abs(n).toString(base);
      if (conversion === "X") body = body.toUpperCase();
      if (flags.includes("#"))
        body = (conversion === "o" ? "0o" : conversion === "x" ? "0x" : "0X") + body;
      return [signed(n, body, flags), true];
    }
    default:
      return [
        pyFormatFloat(toNumber(value, conversion), conversion as FloatPresentation, {
          precision,
          alternate: flags.includes("#"),
          sign: flags.includes("+") ? "+" : flags.includes(" ") ? " " : "-",
        }),
        true,
      ];
  }
}

/**
 * Python's printf-style `%` formatting, used by the `format` filter.
 * @example pyPercentFormat("%s is %d years", ["Ada", 36]) // "Ada is 36 years"
 * @see Objects/unicodeobject.c PyUnicode_Format
 */
export function pyPercentFormat(
  template: string,
  args: readonly unknown[] | Record<string, unknown>,
): string {
  let index = 0;
  const positional = Array.isArray(args) ? args : undefined;
  const next = (): unknown => {
    if (!positional) throw new TypeError("format requires a mapping");
    if (index >= positional.length) throw new TypeError("not enough arguments for format string");
    return positional[index++];
  };
  const out = template.replace(
    SPEC,
    (_all, key: string | undefined, flags: string, width?: string, prec?: string, conv = "s") => {
      if (conv === "%") return "%";
      const w = width === "*" ? Number(next()) : width === undefined ? 0 : Number(width);
      // `%.f` is precision 0, as Number("") is.
      const p = prec === "*" ? Number(next()) : prec === undefined ? undefined : Number(prec);
      let value: unknown;
      if (key !== undefined) {
        if (positional) throw new TypeError("format requires a mapping");
        value = (args as Record<string, unknown>)[key];
        if (value === undefined) throw new Error(`KeyError: ${pyRepr(key)}`);
      } else {
        value = next();
      }
      const [text, numeric] = convert(value, conv, flags, p);
      return pad(text, w, flags, numeric);
    },
  );
  if (positional && index < positional.length)
    throw new TypeError("not all arguments converted during string formatting");
  return out;
}
