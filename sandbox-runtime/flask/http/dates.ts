/**
 * HTTP date formatting and parsing (RFC 2822 / RFC 9110 IMF-fixdate).
 *
 * @example
 * httpDate(0); // "Thu, 01 Jan 1970 00:00:00 GMT"
 * @see werkzeug/http.py http_date, parse_date
 */

import { PY_SPACE } from "../python/index.ts";

const DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const PARSE_MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const PARSE_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  AST: -400,
  ADT: -300,
  EST: -500,
  EDT: -400,
  CST: -600,
  CDT: -500,
  MST: -700,
  MDT: -600,
  PST: -800,
  PDT: -700,
};

/** What `httpDate` accepts: a Date, epoch seconds, or nothing for "now". */
export type HttpDateInput = Date | number | null | undefined;

const SPLIT_RE = new RegExp(`[${PY_SPACE}]+`);

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * Format a moment as an HTTP date in GMT, e.g. `Thu, 01 Jan 1970 00:00:00 GMT`.
 * Numbers are seconds since the epoch (fractions are dropped); no argument means now.
 * @example
 * httpDate(new Date(Date.UTC(2020, 0, 2, 3, 4, 5))); // "Thu, 02 Jan 2020 03:04:05 GMT"
 * @see werkzeug/http.py http_date
 */
export function httpDate(timestamp?: HttpDateInput): string {
  let ms: number;
  if (timestamp instanceof Date) ms = timestamp.getTime();
  else if (typeof timestamp === "number") ms = timestamp * 1000;
  else ms = Date.now();
  if (!Number.isFinite(ms)) throw new RangeError("Invalid date");
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) throw new RangeError(`year ${year} is out of range`);
  return (
    `${DAY_NAMES[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTH_NAMES[d.getUTCMonth()]} ${pad(year, 4)} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT`
  );
}

function pyInt(text: string | number): number | null {
  if (typeof text === "number") return text;
  const m = /^\s*([+-]?\d+(?:_\d+)*)\s*$/.exec(text);
  return m?.[1] ? Number(m[1].replaceAll("_", "")) : null;
}

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/**
 * Parse an HTTP / RFC 2822 date into a Date, or `null` when it cannot be parsed.
 * A date without a zone is taken as UTC.
 * @example
 * parseDate("Thu, 01 Jan 1970 00:00:00 GMT")?.getTime(); // 0
 * @see werkzeug/http.py parse_date
 */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  let data = value.split(SPLIT_RE).filter(Boolean);
  const first = data[0];
  if (first === undefined) return null;
  if (first.endsWith(",") || PARSE_DAYS.includes(first.toLowerCase())) {
    data.shift();
  } else {
    const i = first.lastIndexOf(",");
    if (i >= 0) data[0] = first.slice(i + 1);
  }
  if (data.length === 3) {
    const stuff = (data[0] ?? "").split("-");
    if (stuff.length === 3) data = [...stuff, ...data.slice(1)];
  }
  if (data.length === 4) {
    const s = data[3] ?? "";
    let i = s.indexOf("+");
    if (i === -1) i = s.indexOf("-");
    if (i > 0) data.splice(3, 1, s.slice(0, i), s.slice(i));
    else data.push("");
  }
  if (data.length < 5) return null;
  let [dd = "", mm = "", yy = "", tm = "", tz = ""] = data;
  if (!(dd && mm && yy)) return null;
  mm = mm.toLowerCase();
  if (!PARSE_MONTHS.includes(mm)) {
    [dd, mm] = [mm, dd.toLowerCase()];
    if (!PARSE_MONTHS.includes(mm)) return null;
  }
  let month = PARSE_MONTHS.indexOf(mm) + 1;
  if (month > 12) month -= 12;
  if (dd.endsWith(",")) dd = dd.slice(0, -1);
  if (yy.indexOf(":") > 0) [yy, tm] = [tm, yy];
  if (yy.endsWith(",")) {
    yy = yy.slice(0, -1);
    if (!yy) return null;
  }
  if (!/^\d/.test(yy)) [yy, tz] = [tz, yy];
  if (tm.endsWith(",")) tm = tm.slice(0, -1);
  let parts: (string | number)[] = tm.split(":");
  if (parts.length === 2) parts.push("0");
  else if (parts.length === 1 && String(parts[0]).includes(".")) {
    parts = String(parts[0]).split(".");
    if (parts.length === 2) parts.push(0);
    else if (parts.length !== 3) return null;
  } else if (parts.length !== 3) return null;
  const nums = [yy, dd, ...parts].map(pyInt);
  if (nums.some((n) => n === null)) return null;
  let [year = 0, day = 0, hour = 0, minute = 0, second = 0] = nums as number[];
  if (year < 100) year += year > 68 ? 1900 : 2000;
  tz = tz.toUpperCase();
  let offset: number | null = ZONES[tz] ?? pyInt(tz);
  if (offset === 0 && tz.startsWith("-")) offset = null;
  if (offset) {
    const sign = offset < 0 ? -1 : 1;
    const abs = Math.abs(offset);
    offset = sign * (Math.floor(abs / 100) * 3600 + (abs % 100) * 60);
  }
  // Python's datetime refuses out-of-range fields; parse_date turns that into None.
  if (year < 1 || year > 9999 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  if (offset !== null && Math.abs(offset) >= 86400) return null;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return new Date(d.getTime() - (offset ?? 0) * 1000);
}
