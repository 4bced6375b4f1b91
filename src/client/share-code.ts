/**
 * A cell's changed files carried in a link: `#share=<cell>:<payload>`, where the payload is
 * `{"v":1,"files":{path: text}}` as UTF-8, deflated (raw), in base64url. It lives in the URL
 * fragment, so it never reaches a server. Opening a link decodes it as untrusted input: every
 * problem becomes a `ShareProblem`, never an exception, and nothing but known cell files of
 * plain text gets through.
 */
import { urlsafeB64decode, urlsafeB64encode } from "flask/runtime";
import type { FileMap } from "./cell-storage.ts";

/** The payload format this code writes and the only one it reads. */
export const SHARE_VERSION = 1;

/** The longest payload accepted, in characters (links longer than this break in chat apps). */
export const MAX_SHARE_CHARS = 16_000;

/** The most bytes a payload may inflate to (a small payload may not inflate to megabytes). */
export const MAX_SHARE_BYTES = 256 * 1024;

/** The most files one link may carry. */
export const MAX_SHARE_FILES = 32;

const PREFIX = "#share=";

/** Why a shared payload was refused. */
export type ShareProblem =
  /** Longer than `MAX_SHARE_CHARS`, or inflates past `MAX_SHARE_BYTES`. */
  | "tooLarge"
  /** Not base64url, not deflate, or not JSON. */
  | "corrupt"
  /** Another payload version. */
  | "version"
  /** More than `MAX_SHARE_FILES` files. */
  | "tooMany"
  /** A path the cell cannot hold or does not have, or content that is not text. */
  | "badFile";

/** What decoding a payload gave. */
export type ShareResult =
  | { ok: true; files: FileMap }
  | { ok: false; problem: ShareProblem; file?: string };

const hasControl = (text: string): boolean =>
  [...text].some((char) => (char.codePointAt(0) ?? 0) < 0x20);

/**
 * Whether a path is one a cell can hold: a `.ts` module, or a file under `templates/` or
 * `static/`; relative, `/`-separated, with no `.`, `..` or empty segment.
 * @example
 * isCellFilePath("templates/index.html"); // true
 * isCellFilePath("../etc/passwd"); // false
 */
export function isCellFilePath(path: string): boolean {
  if (path.length === 0 || path.length > 200 || path.includes("\\")) return false;
  const parts = path.split("/");
  const odd = (part: string) =>
    part === "" || part === "." || part === ".." || part.includes(":") || hasControl(part);
  if (parts.some(odd)) return false;
  const underFolder = parts.length > 1 && (parts[0] === "templates" || parts[0] === "static");
  return path.endsWith(".ts") || underFolder;
}

/**
 * The files whose text differs from the original (the only ones a link carries).
 * @example
 * changedFiles({ "app.ts": "a", "b.ts": "b" }, { "app.ts": "A", "b.ts": "b" }); // { "app.ts": "A" }
 */
export function changedFiles(original: FileMap, current: FileMap): FileMap {
  const changed: FileMap = {};
  for (const [path, text] of Object.entries(current)) {
    if (original[path] !== text) changed[path] = text;
  }
  return changed;
}

function toBase64Url(bytes: Uint8Array): string {
  return urlsafeB64encode(bytes).replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  return urlsafeB64decode(text.padEnd(Math.ceil(text.length / 4) * 4, "="));
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// Reads chunk by chunk and stops at the limit, so a crafted payload cannot fill memory.
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | "tooLarge"> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  const chunks: BlobPart[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return "tooLarge";
    }
    chunks.push(read.value);
  }
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

/**
 * Encode changed files as a payload.
 * @example
 * const payload = await encodeShare({ "app.ts": 'return "Hi";' });
 */
export async function encodeShare(files: FileMap): Promise<string> {
  const json = JSON.stringify({ v: SHARE_VERSION, files });
  return toBase64Url(await deflate(new TextEncoder().encode(json)));
}

/**
 * The fragment that carries a payload for a cell.
 * @example
 * shareFragment("routing/two-routes", payload); // "#share=routing/two-routes:…"
 */
export function shareFragment(cellName: string, payload: string): string {
  return `${PREFIX}${cellName}:${payload}`;
}

/**
 * Split a location's fragment into the cell it names and its payload; undefined when it is not
 * a share fragment.
 * @example
 * parseShareFragment("#share=routing/two-routes:abc"); // { cell: "routing/two-routes", payload: "abc" }
 */
export function parseShareFragment(hash: string): { cell: string; payload: string } | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  const rest = hash.slice(PREFIX.length);
  const colon = rest.lastIndexOf(":");
  if (colon <= 0) return undefined;
  let cell: string;
  try {
    cell = decodeURIComponent(rest.slice(0, colon));
  } catch {
    return undefined;
  }
  return { cell, payload: rest.slice(colon + 1) };
}

/**
 * Decode a payload against the cell's original files: only paths the cell has and can hold,
 * with string contents, are accepted. Never throws.
 * @example
 * const result = await decodeShare(payload, { "app.ts": "…" });
 * if (result.ok) editor.load(result.files);
 */
export async function decodeShare(payload: string, original: FileMap): Promise<ShareResult> {
  if (payload.length > MAX_SHARE_CHARS) return { ok: false, problem: "tooLarge" };
  let value: unknown;
  try {
    const bytes = fromBase64Url(payload);
    if (!bytes || bytes.length === 0) return { ok: false, problem: "corrupt" };
    const inflated = await inflate(bytes, MAX_SHARE_BYTES);
    if (inflated === "tooLarge") return { ok: false, problem: "tooLarge" };
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, problem: "corrupt" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, problem: "corrupt" };
  const { v, files } = value as { v?: unknown; files?: unknown };
  if (v !== SHARE_VERSION) return { ok: false, problem: "version" };
  if (typeof files !== "object" || files === null || Array.isArray(files))
    return { ok: false, problem: "corrupt" };
  const entries = Object.entries(files as Record<string, unknown>);
  if (entries.length > MAX_SHARE_FILES) return { ok: false, problem: "tooMany" };
  const accepted: FileMap = {};
  for (const [path, text] of entries) {
    const known = isCellFilePath(path) && Object.hasOwn(original, path);
    if (!known || typeof text !== "string") return { ok: false, problem: "badFile", file: path };
    accepted[path] = text;
  }
  return { ok: true, files: accepted };
}
