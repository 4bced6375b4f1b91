/**
 * Sending files: `sendFile`, `sendFromDirectory` and the static route behind them.
 * @see flask/helpers.py send_file, werkzeug/utils.py send_file, werkzeug/security.py safe_join
 */
import type { Flask } from "./app.ts";
import { NotFound } from "./exceptions.ts";
import { httpDate } from "./http.ts";
import { guessType } from "./mimetypes.ts";
import type { Request } from "./wrappers/request.ts";
import { getContentType, type Response } from "./wrappers/response.ts";
import { currentContext } from "./globals.ts";

function normpath(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (part === ".." && absolute) continue;
    else out.push(part);
  }
  const joined = out.join("/");
  return absolute ? `/${joined}` : joined || ".";
}

/**
 * Join untrusted path parts under a directory, or null when one would escape it.
 * @example
 * safeJoin("static", "css/app.css"); // "static/css/app.css"
 * safeJoin("static", "../app.ts"); // null
 * @see werkzeug/security.py safe_join
 */
export function safeJoin(directory: string, ...pathnames: string[]): string | null {
  const parts = [directory || "."];
  for (let name of pathnames) {
    if (name !== "") name = normpath(name);
    if (name.includes("\\") || name.startsWith("/") || name === ".." || name.startsWith("../"))
      return null;
    parts.push(name);
  }
  return parts.join("/").replace(/\/{2,}/g, "/");
}

function adler32(text: string): number {
  let a = 1;
  let b = 0;
  for (const byte of new TextEncoder().encode(text)) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Options for {@link sendFile}. */
export interface SendFileOptions {
  mimetype?: string;
  asAttachment?: boolean;
  downloadName?: string;
  conditional?: boolean;
  etag?: boolean | string;
  lastModified?: Date | number | null;
  /** Seconds for Cache-Control max-age; null sends `no-cache`. */
  maxAge?: number | null;
}

// Werkzeug quotes a header parameter unless it is all token characters.
function headerParam(value: string): string {
  return /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/.test(value)
    ? value
    : `"${value.replace(/(["\\])/g, "\\$1")}"`;
}

function contentDisposition(name: string, attachment: boolean): string {
  const kind = attachment ? "attachment" : "inline";
  const ascii = name.normalize("NFKD").replace(/[^ -~\t\n\r]/g, "");
  if (ascii === name) return `${kind}; filename=${headerParam(name)}`;
  let encoded = "";
  for (const byte of new TextEncoder().encode(name)) {
    const ch = String.fromCharCode(byte);
    encoded +=
      byte < 128 && /[A-Za-z0-9_.\-~!#$&+^`|]/.test(ch)
        ? ch
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return `${kind}; filename=${headerParam(ascii)}; filename*=UTF-8''${encoded}`;
}

/**
 * Send a file from the app's files (paths relative to the app's root path).
 * @example
 * app.get("/report", function report() { return sendFile("reports/latest.pdf", { asAttachment: true }); });
 * @see flask/helpers.py send_file
 */
export function sendFileFrom(
  app: Flask,
  request: Request | null,
  path: string,
  options: SendFileOptions = {},
): Response {
  const files = app.files;
  const stat = files.stat?.(path) ?? null;
  if (stat && !stat.isFile) throw new NotFound();
  const bytes = files.readBytes
    ? files.readBytes(path)
    : (() => {
        const text = files.readText(path);
        return text === null ? null : new TextEncoder().encode(text);
      })();
  if (bytes === null) throw new NotFound();
  const name = options.downloadName ?? path.split("/").pop() ?? path;
  const mimetype = options.mimetype ?? guessType(name) ?? "application/octet-stream";
  const response = new app.responseClass(bytes, { mimetype, directPassthrough: true });
  response.headers.set(
    "Content-Disposition",
    contentDisposition(name, options.asAttachment ?? false),
  );
  // Werkzeug's send_file sets these after Content-Disposition; keep its order.
  response.headers.delete("Content-Type");
  response.headers.set("Content-Type", getContentType(mimetype));
  response.headers.delete("Content-Length");
  response.headers.set("Content-Length", String(bytes.byteLength));
  const modified =
    options.lastModified !== undefined && options.lastModified !== null
      ? new Date(
          typeof options.lastModified === "number"
            ? options.lastModified * 1000
            : options.lastModified,
        )
      : stat
        ? new Date(stat.mtimeMs)
        : null;
  if (modified) response.headers.set("Last-Modified", httpDate(modified));
  const maxAge = options.maxAge === undefined ? app.getSendFileMaxAge(name) : options.maxAge;
  response.headers.set("Cache-Control", maxAge === null ? "no-cache" : `public, max-age=${maxAge}`);
  if (maxAge !== null) response.headers.set("Expires", httpDate(Date.now() / 1000 + maxAge));
  let etag: string | undefined;
  if (options.etag !== false) {
    etag =
      typeof options.etag === "string"
        ? `"${options.etag}"`
        : `"${stat ? stat.mtimeMs / 1000 : 0}-${bytes.byteLength}-${adler32(path)}"`;
    response.headers.set("ETag", etag);
  }
  if (options.conditional !== false) {
    if (request)
      response.makeConditional(request, { acceptRanges: true, completeLength: bytes.byteLength });
  }
  return response;
}

/**
 * Send `filename` from `directory`, refusing paths that leave it (404).
 * @example
 * app.get("/uploads/<path:name>", function upload({ name }) { return sendFromDirectory("uploads", name); });
 * @see flask/helpers.py send_from_directory
 */
export function sendFromDirectoryOf(
  app: Flask,
  request: Request | null,
  directory: string,
  path: string,
  options: SendFileOptions = {},
): Response {
  const joined = safeJoin(directory, path);
  if (joined === null) throw new NotFound();
  return sendFileFrom(app, request, joined, options);
}

/**
 * The view behind `/static/<path:filename>`.
 * @example
 * await serveStaticFile(app, "static", "app.css");
 * @see flask/app.py Flask.send_static_file
 */
export async function serveStaticFile(
  app: Flask,
  folder: string,
  filename: string,
): Promise<Response> {
  const ctx = currentContext();
  const request = ctx?.hasRequest ? ctx.request : null;
  return sendFromDirectoryOf(app, request, folder, filename, {
    maxAge: app.getSendFileMaxAge(filename),
  });
}
