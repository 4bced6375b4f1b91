/**
 * Guessing a file's mimetype from its extension, as Python's `mimetypes` does on Debian.
 * @see python mimetypes.guess_type
 */

const TYPES: Readonly<Record<string, string>> = Object.freeze({
  js: "text/javascript",
  mjs: "text/javascript",
  css: "text/css",
  html: "text/html",
  htm: "text/html",
  txt: "text/plain",
  json: "application/json",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  ico: "image/vnd.microsoft.icon",
  webp: "image/webp",
  wasm: "application/wasm",
  xml: "application/xml",
  pdf: "application/pdf",
  csv: "text/csv",
  md: "text/markdown",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
  mp3: "audio/mpeg",
  mp4: "video/mp4",
  webm: "video/webm",
  zip: "application/zip",
  wav: "audio/x-wav",
  ogg: "audio/ogg",
  avif: "image/avif",
  bmp: "image/bmp",
  tif: "image/tiff",
  tiff: "image/tiff",
  py: "text/x-python",
  sh: "application/x-sh",
  tar: "application/x-tar",
  gz: "application/gzip",
  ts: "text/vnd.trolltech.linguist",
  jsonld: "application/ld+json",
  rss: "application/rss+xml",
});

/**
 * The mimetype for a file name, or null when unknown.
 * @example
 * guessType("app.css"); // "text/css"
 * @see python mimetypes.guess_type
 */
export function guessType(filename: string): string | null {
  const base = filename.split("/").pop() ?? filename;
  const dot = base.lastIndexOf(".");
  if (dot <= 0 && !base.startsWith(".")) return null;
  return TYPES[base.slice(dot + 1).toLowerCase()] ?? null;
}
