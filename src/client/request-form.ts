/**
 * Turning what the learner typed into the request builder, or what a `cell.json` declares,
 * into a request for `RunningCell.fetch`. Pure, so the rules are tested without a page.
 */

/** A request as the engines take it (`CellRequest` with headers as a list). */
export interface OutgoingRequest {
  method: string;
  path: string;
  headers: Array<[string, string]>;
  /** Text, or bytes for a multipart body that carries files. */
  body?: string | Uint8Array;
}

/** A file picked in the builder, read into memory, to send in a multipart body. */
export interface UploadFile {
  /** The form field it is sent as (`photo` for `request.files["photo"]`). */
  field: string;
  /** The file's name on the learner's computer. */
  name: string;
  /** Its content type as the browser guessed it (empty when it could not). */
  type: string;
  bytes: Uint8Array;
}

/** The builder's fields. */
export interface RequestFields {
  method: string;
  path: string;
  /** `a=1&b=2`, with or without a leading `?`. */
  query: string;
  /** One `Name: value` per line. */
  headers: string;
  bodyKind: "none" | "json" | "form" | "multipart";
  /** JSON text, or form fields as `name=value` lines (or one `a=1&b=2` line). */
  body: string;
  /** The files of a multipart body. */
  files?: UploadFile[];
  /** The multipart boundary (random when not given). */
  boundary?: string;
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

/**
 * Why the fields do not make a request: which field, what is wrong (`problem`, a key the pane
 * words in the learner's language) and the text at fault (`detail`).
 */
export class RequestFormError extends Error {
  constructor(
    readonly field: "headers" | "body",
    readonly problem: "headerLine" | "json",
    readonly detail: string,
  ) {
    super(problem === "headerLine" ? `Not a header line: ${detail}` : `Not valid JSON: ${detail}`);
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
      throw new RequestFormError("headers", "headerLine", line.trim());
    }
    headers.push([name, line.slice(colon + 1).trim()]);
  }
  return headers;
}

function formPairs(text: string): Array<[string, string]> {
  return text
    .split(/\r?\n|&/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const eq = line.indexOf("=");
      return [eq === -1 ? line : line.slice(0, eq), eq === -1 ? "" : line.slice(eq + 1)];
    });
}

function formBody(text: string): string {
  return new URLSearchParams(formPairs(text)).toString();
}

// What a browser does to a name inside Content-Disposition (the HTML form-data encoding).
const dispositionName = (name: string) =>
  name.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");

/**
 * A multipart/form-data body as a browser sends it: the fields, then each file with its
 * `filename` and `Content-Type` (`application/octet-stream` when unknown).
 * @example new TextDecoder().decode(multipartBody([["a", "1"]], [], "b")) // "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n"
 */
export function multipartBody(
  fields: Array<[string, string]>,
  files: UploadFile[],
  boundary: string,
): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const [name, value] of fields) {
    chunks.push(
      encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${dispositionName(name)}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const file of files) {
    chunks.push(
      encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${dispositionName(file.field)}"; ` +
          `filename="${dispositionName(file.name)}"\r\n` +
          `Content-Type: ${file.type || "application/octet-stream"}\r\n\r\n`,
      ),
      file.bytes,
      encoder.encode("\r\n"),
    );
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function randomBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `----KolbaFormBoundary${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
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
      throw new RequestFormError("body", "json", (error as Error).message);
    }
    request.body = fields.body;
    if (!hasHeader(headers, "content-type")) headers.push(["Content-Type", "application/json"]);
  } else if (fields.bodyKind === "form") {
    request.body = formBody(fields.body);
    if (!hasHeader(headers, "content-type")) {
      headers.push(["Content-Type", "application/x-www-form-urlencoded"]);
    }
  } else if (fields.bodyKind === "multipart") {
    const boundary = fields.boundary ?? randomBoundary();
    request.body = multipartBody(formPairs(fields.body), fields.files ?? [], boundary);
    // The boundary must be the one in the body, so a Content-Type typed by hand gives way.
    const kept = headers.filter(([name]) => name.toLowerCase() !== "content-type");
    headers.splice(0, headers.length, ...kept, [
      "Content-Type",
      `multipart/form-data; boundary=${boundary}`,
    ]);
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
