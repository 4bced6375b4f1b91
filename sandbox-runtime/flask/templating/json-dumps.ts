import { hasHtml, isSafe } from "./markup.ts";

/** Options of {@link pythonJsonDumps}, as `json.dumps` takes them. */
export interface JsonDumpsOptions {
  indent?: number | string | null;
  sortKeys?: boolean;
}

function quote(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

function number(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
  return String(value).replace(/e([+-])(\d)$/, "e$10$2");
}

// Flask's default provider turns dates into HTTP dates and anything with __html__ into its string.
function toJsonable(value: unknown): unknown {
  if (value instanceof Date) return value.toUTCString();
  if (isSafe(value)) return String(value);
  if (hasHtml(value)) return value.__html__();
  if (value instanceof Map) return Object.fromEntries(value);
  if (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  ) {
    return (value as { toJSON(): unknown }).toJSON();
  }
  return value;
}

/**
 * Serialize like Python's `json.dumps` with Flask's defaults: ASCII only, keys sorted, `", "`
 * and `": "` separators (`","` between items when indenting).
 * @example pythonJsonDumps({ b: 1, a: [1, "é"] }) // '{"a": [1, "\\u00e9"], "b": 1}'
 * @see flask/json/provider.py DefaultJSONProvider.dumps
 */
export function pythonJsonDumps(value: unknown, options: JsonDumpsOptions = {}): string {
  const sortKeys = options.sortKeys ?? true;
  const indent = options.indent;
  const unit =
    indent === null || indent === undefined
      ? null
      : typeof indent === "number"
        ? " ".repeat(indent)
        : indent;
  const itemSep = unit === null ? ", " : ",";
  const seen = new Set<object>();

  const encode = (raw: unknown, depth: number): string => {
    const item = toJsonable(raw);
    if (item === null || item === undefined) return "null";
    if (item === true) return "true";
    if (item === false) return "false";
    if (typeof item === "number") return number(item);
    if (typeof item === "bigint") return item.toString();
    if (typeof item === "string") return quote(item);
    if (typeof item !== "object")
      throw new TypeError(`Object of type ${typeof item} is not JSON serializable`);
    if (seen.has(item)) throw new TypeError("Circular reference detected");
    seen.add(item);
    const open = unit === null ? "" : `\n${unit.repeat(depth + 1)}`;
    const close = unit === null ? "" : `\n${unit.repeat(depth)}`;
    let out: string;
    if (Array.isArray(item)) {
      out =
        item.length === 0
          ? "[]"
          : `[${open}${item.map((v) => encode(v, depth + 1)).join(itemSep + open)}${close}]`;
    } else {
      const entries = Object.entries(item).filter(
        ([, v]) => v !== undefined && typeof v !== "function",
      );
      if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      out =
        entries.length === 0
          ? "{}"
          : `{${open}${entries.map(([k, v]) => `${quote(k)}: ${encode(v, depth + 1)}`).join(itemSep + open)}${close}}`;
    }
    seen.delete(item);
    return out;
  };
  return encode(value, 0);
}

/**
 * JSON that is safe inside HTML, even in a `<script>` or a single-quoted attribute: `<`, `>`, `&`
 * and `'` are written as `\u003c`, `\u003e`, `\u0026`, `\u0027`.
 * @example htmlSafeJsonDumps("</script>") // '"\\u003c/script\\u003e"'
 * @see jinja2/utils.py htmlsafe_json_dumps
 */
export function htmlSafeJsonDumps(value: unknown, options: JsonDumpsOptions = {}): string {
  return pythonJsonDumps(value, options)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("'", "\\u0027");
}
