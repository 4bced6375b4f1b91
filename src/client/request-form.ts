/**
 * Turning what the learner typed into the request builder, or what a `cell.json` declares,
 * into a request for `RunningCell.fetch`. Pure, so the rules are tested without a page.
 */

/** A request as the engines take it (`CellRequest` with headers as a list). */
export interface OutgoingRequest {
  method: string;
  path: string;
  headers: Array<[string, string]>;
  body?: string;
}

/** The builder's fields. */
export interface RequestFields {
  method: string;
  path: string;
  /** `a=1&b=2`, with or without a leading `?`. */
  query: string;
  /** One `Name: value` per line. */
  headers: string;
  bodyKind: "none" | "json" | "form";
  /** JSON text, or form fields as `name=value` lines (or one `a=1&b=2` line). */
  body: string;
}

/** A request declared in `cell.json`. */
export interface DeclaredRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  form?: Record<string, string>;
  json?: unknown;
}

/** Why the fields do not make a request. */
export class RequestFormError extends Error {
  constructor(
    readonly field: "headers" | "body",
    message: string,
  ) {
    super(message);
    this.name = "RequestFormError";
  }
}

function hasHeader(headers: Array<[string, string]>, name: string): boolean {
  return headers.some(([n]) => n.toLowerCase() === name.toLowerCase());
}

/**
 * Parse `Name: value` lines; blank lines are skipped.
 * @example parseHeaderLines("Accept: text/html") // [["Accept", "text/html"]]
 */
export function parseHeaderLines(text: string): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    const name = colon === -1 ? "" : line.slice(0, colon).trim();
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      throw new RequestFormError("headers", `Not a header line: ${line.trim()}`);
    }
    headers.push([name, line.slice(colon + 1).trim()]);
  }
  return headers;
}

function formBody(text: string): string {
  const lines = text
    .split(/\r?\n|&/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const params = new URLSearchParams();
  for (const line of lines) {
    const eq = line.indexOf("=");
    params.append(eq === -1 ? line : line.slice(0, eq), eq === -1 ? "" : line.slice(eq + 1));
  }
  return params.toString();
}

/**
 * The request the builder's fields describe.
 * @example buildRequest({ method: "POST", path: "/add", query: "", headers: "", bodyKind: "form", body: "name=Ona" }).body // "name=Ona"
 */
export function buildRequest(fields: RequestFields): OutgoingRequest {
  const query = fields.query.trim().replace(/^\?/, "");
  const base = fields.path.trim() === "" ? "/" : fields.path.trim();
  const withSlash = base.startsWith("/") ? base : `/${base}`;
  const path =
    query === "" ? withSlash : `${withSlash}${withSlash.includes("?") ? "&" : "?"}${query}`;
  const headers = parseHeaderLines(fields.headers);
  const request: OutgoingRequest = { method: fields.method.toUpperCase() || "GET", path, headers };
  if (fields.bodyKind === "json") {
    try {
      JSON.parse(fields.body);
    } catch (error) {
      throw new RequestFormError("body", `Not valid JSON: ${(error as Error).message}`);
    }
    request.body = fields.body;
    if (!hasHeader(headers, "content-type")) headers.push(["Content-Type", "application/json"]);
  } else if (fields.bodyKind === "form") {
    request.body = formBody(fields.body);
    if (!hasHeader(headers, "content-type")) {
      headers.push(["Content-Type", "application/x-www-form-urlencoded"]);
    }
  }
  return request;
}

/**
 * The request a `cell.json` entry declares.
 * @example declaredRequest({ path: "/", form: { a: "1" } }).body // "a=1"
 */
export function declaredRequest(declared: DeclaredRequest): OutgoingRequest {
  const headers: Array<[string, string]> = Object.entries(declared.headers ?? {});
  const request: OutgoingRequest = {
    method: declared.method ?? "GET",
    path: declared.path,
    headers,
  };
  if (declared.form !== undefined) {
    request.body = new URLSearchParams(declared.form).toString();
    if (!hasHeader(headers, "content-type")) {
      headers.push(["Content-Type", "application/x-www-form-urlencoded"]);
    }
  } else if (declared.json !== undefined) {
    request.body = JSON.stringify(declared.json);
    if (!hasHeader(headers, "content-type")) headers.push(["Content-Type", "application/json"]);
  } else if (declared.body !== undefined) {
    request.body = declared.body;
  }
  return request;
}
