export { type CookieOptions, type Duration, dumpCookie } from "./http/cookie-dump.ts";
export { parseCookie } from "./http/cookie-parse.ts";
export { type HttpDateInput, httpDate, parseDate } from "./http/dates.ts";
export {
  dumpOptionsHeader,
  parseOptionsHeader,
  quoteHeaderValue,
  unquoteHeaderValue,
} from "./http/options-header.ts";
export { quote as urlQuote, unquote as urlUnquote } from "./http/url-quote.ts";
export { ValueError } from "./python/index.ts";
