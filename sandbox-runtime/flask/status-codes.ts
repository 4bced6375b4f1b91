/**
 * HTTP reason phrases as Werkzeug spells them.
 * @see werkzeug/http.py HTTP_STATUS_CODES
 */
import { HTTP_STATUS_CODES } from "./exceptions.ts";

/**
 * Status code → reason phrase: the one table, kept in exceptions.ts beside the error classes.
 * @example
 * STATUS_PHRASES[404]; // "Not Found"
 * @see werkzeug/http.py HTTP_STATUS_CODES
 */
export const STATUS_PHRASES = HTTP_STATUS_CODES;

/**
 * Turn `404`, `"404"` or `"404 Custom"` into Werkzeug's status line and code.
 * @example
 * cleanStatus(418); // ["418 I'M A TEAPOT", 418]
 * @see werkzeug/sansio/response.py Response._clean_status
 */
export function cleanStatus(value: number | string): [string, number] {
  const text = String(value).trim();
  if (!text) throw new Error("Empty status argument");
  const [first = "", ...rest] = text.split(/\s+/);
  const code = /^[+-]?\d+$/.test(first) ? Number.parseInt(first, 10) : Number.NaN;
  if (Number.isNaN(code)) return [`0 ${text}`, 0];
  if (rest.length > 0) return [text, code];
  const phrase = STATUS_PHRASES[code];
  return [phrase ? `${code} ${phrase.toUpperCase()}` : `${code} UNKNOWN`, code];
}
