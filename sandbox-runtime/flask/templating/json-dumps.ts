/**
 * Jinja's `tojson`: Python's `json.dumps` with Flask's defaults, made safe inside HTML.
 * @see jinja2/utils.py htmlsafe_json_dumps
 */
import { hasHtml, type JsonDumpsOptions, pythonJsonDumps } from "../python/index.ts";

// What a template hands `tojson` besides plain data: dates as HTTP dates, markup as its text,
// maps as dicts, and any other object as its own fields.
function templateDefault(value: object): unknown {
  if (value instanceof Date) return value.toUTCString();
  if (value instanceof String) return String(value);
  if (hasHtml(value)) return value.__html__();
  if (value instanceof Map) return Object.fromEntries(value);
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return toJSON.call(value);
  return { ...value };
}

/**
 * JSON that is safe inside HTML, even in a `<script>` or a single-quoted attribute: `<`, `>`, `&`
 * and `'` are written as `\u003c`, `\u003e`, `\u0026`, `\u0027`. Keys are sorted, as Flask's
 * provider sorts them.
 * @example htmlSafeJsonDumps("</script>") // '"\\u003c/script\\u003e"'
 * @see jinja2/utils.py htmlsafe_json_dumps
 */
export function htmlSafeJsonDumps(
  value: unknown,
  options: Pick<JsonDumpsOptions, "indent" | "sortKeys"> = {},
): string {
  return pythonJsonDumps(value, { sortKeys: true, default: templateDefault, ...options })
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("'", "\\u0027");
}
