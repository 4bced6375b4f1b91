/**
 * The cell's network inspector: each request the preview or the learner sent, with its method,
 * path, status, headers, cookies sent and set, the redirect it answered with, and its time; a
 * request's body (a multipart one part by part) and what a Flask session cookie holds; and, for
 * an app with a database, its tables and rows after the last request.
 */
import type { DatabaseView } from "../../sandbox-runtime/engines/types.ts";
import { urlsafeB64decode } from "flask/runtime";
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";

/** One request and its answer. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  statusText: string;
  requestHeaders: Array<[string, string]>;
  responseHeaders: Array<[string, string]>;
  cookiesSent: string[];
  cookiesSet: string[];
  /** Where a redirect pointed. */
  location?: string;
  /** The request's body, when it had one. */
  requestBody?: string | Uint8Array;
  ms: number;
}

/** One part of a multipart body, as the inspector lists it. */
export interface MultipartPart {
  name: string;
  /** Present for a file (empty for a file input left empty). */
  filename?: string;
  contentType?: string;
  size: number;
  /** The content, when it is text (UTF-8, no control characters but line breaks and tabs). */
  text?: string;
}

/** The most of a body or a part the inspector shows as text. */
const MAX_SHOWN_TEXT = 2_000;

function asText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Line breaks and tabs are text; other control characters mean bytes.
      if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return undefined;
    }
    return text;
  } catch {
    return undefined;
  }
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function dispositionParam(disposition: string, key: string): string | undefined {
  const match = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(disposition);
  return match?.[1]?.replace(/%22/g, '"').replace(/%0D/g, "\r").replace(/%0A/g, "\n");
}

/**
 * The parts of a multipart/form-data body, or null when `contentType` is not multipart or the
 * body does not parse.
 * @example multipartParts(body, "multipart/form-data; boundary=b")?.[0]?.name
 */
export function multipartParts(
  body: string | Uint8Array,
  contentType: string | undefined,
): MultipartPart[] | null {
  const boundary = /^\s*multipart\/form-data\s*;.*\bboundary="?([^";]+)"?/i.exec(
    contentType ?? "",
  )?.[1];
  if (!boundary) return null;
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const encoder = new TextEncoder();
  const delimiter = encoder.encode(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let at = indexOf(bytes, delimiter, 0);
  if (at === -1) return null;
  while (at !== -1) {
    let start = at + delimiter.length;
    if (bytes[start] === 45 && bytes[start + 1] === 45) return parts;
    if (bytes[start] === 13 && bytes[start + 1] === 10) start += 2;
    const headEnd = indexOf(bytes, encoder.encode("\r\n\r\n"), start);
    const next = indexOf(bytes, encoder.encode(`\r\n--${boundary}`), start);
    if (headEnd === -1 || next === -1 || headEnd > next) return null;
    const headers = new TextDecoder().decode(bytes.subarray(start, headEnd)).split("\r\n");
    const header = (name: string) =>
      headers
        .find((line) => line.toLowerCase().startsWith(`${name}:`))
        ?.slice(name.length + 1)
        .trim();
    const disposition = header("content-disposition") ?? "";
    const content = bytes.subarray(headEnd + 4, next);
    const filename = dispositionParam(disposition, "filename");
    const contentType = header("content-type");
    const text = asText(content);
    parts.push({
      name: dispositionParam(disposition, "name") ?? "",
      ...(filename !== undefined ? { filename } : {}),
      ...(contentType !== undefined ? { contentType } : {}),
      size: content.length,
      ...(text !== undefined ? { text } : {}),
    });
    at = next + 2;
  }
  return parts;
}

/** What a Flask session cookie holds, read without its secret key. */
export interface DecodedSession {
  /** The JSON inside, as Flask's tagged JSON wrote it (a tuple is `{" t": […]}`). */
  json: unknown;
  /** The payload was zlib-compressed (the value starts with `.`). */
  compressed: boolean;
  /** When it was signed (itsdangerous's timestamp). */
  signedAt: Date | null;
}

const SESSION_VALUE = /^(\.?)([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

function base64url(text: string): Uint8Array {
  return urlsafeB64decode(text.padEnd(Math.ceil(text.length / 4) * 4, "="));
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)])
    .stream()
    .pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Decode a Flask session cookie's value (`payload.timestamp.signature`, the payload in
 * base64url, zlib-compressed when the value starts with `.`), or null when it is not one.
 * Reading needs no key: the signature only stops anyone from writing it.
 * @example await decodeSessionCookie("eyJ1c2VyIjoiYWRhIn0.Z1.sig") // { json: { user: "ada" }, … }
 */
export async function decodeSessionCookie(value: string): Promise<DecodedSession | null> {
  const match = SESSION_VALUE.exec(value.replace(/^"|"$/g, ""));
  if (!match) return null;
  const [, dot = "", payload = "", stamp = ""] = match;
  try {
    let bytes = base64url(payload);
    if (dot) bytes = await inflate(bytes);
    const json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
    const seconds = [...base64url(stamp)].reduce((sum, byte) => sum * 256 + byte, 0);
    const signedAt = seconds > 0 && seconds < 2 ** 40 ? new Date(seconds * 1000) : null;
    return { json, compressed: dot === ".", signedAt };
  } catch {
    return null;
  }
}

/** The cookies a `Cookie` request header carries, as `name=value` strings. */
export function cookiesOf(headers: Array<[string, string]>): string[] {
  return headers
    .filter(([name]) => name.toLowerCase() === "cookie")
    .flatMap(([, value]) => value.split(";"))
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function headerTable(caption: string, headers: Array<[string, string]>): HTMLElement {
  return el(
    "table",
    { class: "cell-headers" },
    el("caption", {}, caption),
    el(
      "tbody",
      {},
      ...headers.map(([name, value]) =>
        el("tr", {}, el("th", { scope: "row" }, name), el("td", {}, value)),
      ),
    ),
  );
}

function list(caption: string, items: string[]): HTMLElement {
  return el("p", { class: "cell-cookies" }, `${caption}: `, items.length ? items.join("; ") : "—");
}

function shown(text: string): string {
  return text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)}…` : text;
}

function header(headers: Array<[string, string]>, name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

function requestBodyView(body: string | Uint8Array, headers: Array<[string, string]>): HTMLElement {
  const parts = multipartParts(body, header(headers, "content-type"));
  const caption = t("cell.requestBody");
  if (parts === null) {
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    const text = typeof body === "string" ? body : asText(body);
    return el(
      "div",
      { class: "cell-request-body" },
      el("p", {}, `${caption} (${t("cell.bytes", { count: bytes.length })})`),
      el("pre", {}, text === undefined ? t("cell.binary") : shown(text)),
    );
  }
  const cell = (value: string) => el("td", {}, value);
  return el(
    "table",
    { class: "cell-headers cell-multipart" },
    el("caption", {}, t("cell.multipartParts", { count: parts.length })),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...[
          "cell.partName",
          "cell.partFilename",
          "cell.partType",
          "cell.partSize",
          "cell.partText",
        ].map((key) => el("th", { scope: "col" }, t(key))),
      ),
    ),
    el(
      "tbody",
      {},
      ...parts.map((part) =>
        el(
          "tr",
          {},
          el("th", { scope: "row" }, part.name),
          cell(part.filename === undefined ? "—" : `“${part.filename}”`),
          cell(part.contentType ?? "—"),
          cell(t("cell.bytes", { count: part.size })),
          el(
            "td",
            {},
            el("pre", {}, part.text === undefined ? t("cell.binary") : shown(part.text)),
          ),
        ),
      ),
    ),
  );
}

/** The session cookies among `name=value` strings, each decoded into the element it returns. */
function sessionViews(cookies: string[]): HTMLElement[] {
  const views: HTMLElement[] = [];
  for (const cookie of cookies) {
    const eq = cookie.indexOf("=");
    const name = cookie.slice(0, eq);
    const value = cookie.slice(eq + 1);
    if (eq <= 0 || !SESSION_VALUE.test(value.replace(/^"|"$/g, ""))) continue;
    const view = el("div", { class: "cell-session" });
    views.push(view);
    void decodeSessionCookie(value).then((decoded) => {
      const title = el("p", {}, el("strong", {}, t("cell.sessionCookie", { name })));
      if (!decoded) {
        view.append(title, el("p", {}, t("cell.sessionUnreadable")));
        return;
      }
      const notes = [
        decoded.compressed ? t("cell.sessionCompressed") : "",
        decoded.signedAt
          ? t("cell.sessionSignedAt", {
              time: decoded.signedAt.toLocaleString(document.documentElement.lang || undefined),
            })
          : "",
      ].filter(Boolean);
      if (notes.length) title.append(` (${notes.join("; ")})`);
      view.append(
        title,
        el("pre", {}, JSON.stringify(decoded.json, null, 2)),
        el("p", {}, t("cell.sessionSigned")),
      );
    });
  }
  return views;
}

/** How a value read from SQLite reads in a table cell. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (value instanceof Uint8Array) return t("cell.bytes", { count: value.length });
  return String(value);
}

/** One database's tables, each with its columns and first rows. */
function databaseTables(view: DatabaseView): HTMLElement {
  const tables = view.tables.map((table) => {
    const shown =
      table.rows.length < table.count
        ? ` (${t("cell.databaseShown", { shown: table.rows.length })})`
        : "";
    return el(
      "table",
      { class: "cell-database-table" },
      el(
        "caption",
        {},
        el("code", {}, table.name),
        ` ${t("cell.databaseRows", { count: table.count })}${shown}`,
      ),
      el("thead", {}, el("tr", {}, ...table.columns.map((c) => el("th", { scope: "col" }, c)))),
      el(
        "tbody",
        {},
        ...table.rows.map((row) => el("tr", {}, ...row.map((v) => el("td", {}, cellText(v))))),
      ),
    );
  });
  return el(
    "div",
    { class: "cell-database-one" },
    el("p", {}, el("code", {}, view.url)),
    ...(tables.length > 0
      ? tables
      : [el("p", { class: "cell-empty" }, t("cell.databaseNoTables"))]),
  );
}

/** The inspector of one cell. */
export class InspectorView {
  readonly element: HTMLElement;
  #list: HTMLOListElement;
  #empty: HTMLElement;
  #database: HTMLDetailsElement;
  #databaseBody: HTMLElement;

  constructor() {
    this.#list = el("ol", { class: "cell-exchanges" });
    this.#empty = el("p", { class: "cell-empty" }, t("cell.inspectorEmpty"));
    this.#databaseBody = el("div", {});
    this.#database = el(
      "details",
      { class: "cell-database", open: "" },
      el("summary", {}, t("cell.database")),
      this.#databaseBody,
    );
    this.#database.hidden = true;
    this.element = el(
      "details",
      { class: "cell-inspector" },
      el("summary", {}, t("cell.inspector")),
      this.#empty,
      this.#list,
      this.#database,
    );
  }

  /** Show what the app's databases hold now (nothing shows for an app without one). */
  showDatabase(views: DatabaseView[]): void {
    this.#database.hidden = views.length === 0;
    this.#databaseBody.replaceChildren(...views.map(databaseTables));
  }

  /** Add one exchange at the end. */
  add(exchange: Exchange): void {
    this.#empty.hidden = true;
    const body = exchange.requestBody;
    const redirect = exchange.location
      ? el("span", { class: "cell-redirect" }, ` ${t("cell.redirected")} → ${exchange.location}`)
      : "";
    const summary = el(
      "summary",
      {},
      el("span", { class: "cell-method" }, exchange.method),
      " ",
      el("span", { class: "cell-path" }, exchange.path),
      " ",
      el(
        "span",
        { class: "cell-status", "data-status": String(exchange.status) },
        `${exchange.status} ${exchange.statusText}`.trim(),
      ),
      redirect,
      el("span", { class: "cell-time" }, ` ${exchange.ms.toFixed(0)} ms`),
    );
    this.#list.append(
      el(
        "li",
        { class: "cell-exchange" },
        el(
          "details",
          {},
          summary,
          list(t("cell.cookiesSent"), exchange.cookiesSent),
          ...sessionViews(exchange.cookiesSent),
          list(t("cell.cookiesSet"), exchange.cookiesSet),
          ...sessionViews(exchange.cookiesSet),
          headerTable(t("cell.requestHeaders"), exchange.requestHeaders),
          ...(body === undefined ? [] : [requestBodyView(body, exchange.requestHeaders)]),
          headerTable(t("cell.responseHeaders"), exchange.responseHeaders),
        ),
      ),
    );
  }

  /** Forget every exchange (a new Run). */
  clear(): void {
    this.#list.replaceChildren();
    this.#empty.hidden = false;
    this.showDatabase([]);
  }
}
