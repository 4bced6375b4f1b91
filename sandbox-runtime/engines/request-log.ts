/**
 * The time in Werkzeug's request log line, shared by the engines that print one (the Node
 * adapter and the Worker's server). Runtime-neutral.
 * @see werkzeug/serving.py WSGIRequestHandler.log
 * @see cpython Lib/http/server.py BaseHTTPRequestHandler.log_date_time_string
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

let loggedSecond = Number.NaN;
let loggedTime = "";

/**
 * The local time as Werkzeug's request log prints it (`22/Nov/2026 05:30:33`); formatted once
 * per second however many requests share it.
 * @example
 * logTime(new Date(2026, 10, 22, 5, 30, 33).getTime()); // "22/Nov/2026 05:30:33"
 */
export function logTime(now = Date.now()): string {
  const second = Math.floor(now / 1000);
  if (second !== loggedSecond) {
    const d = new Date(second * 1000);
    const p = (n: number) => String(n).padStart(2, "0");
    loggedTime = `${p(d.getDate())}/${MONTHS[d.getMonth()]}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    loggedSecond = second;
  }
  return loggedTime;
}
