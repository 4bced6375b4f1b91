/**
 * What a host must send for the course to work, written once: the headers of the lesson origin
 * and of the preview origin, and from them the recipes the build writes for each kind of host
 * (docs/hosting.md). `scripts/serve.ts` sends the same headers.
 *
 * The lesson origin is cross-origin isolated (COOP + COEP, which WebContainers need) and lends its
 * files to no other origin (CORP same-origin). The preview origin serves only the engine's preview
 * files (the bridge page, its script and the preview Service Worker) and the cell Worker's (the
 * bridge creates the Worker there, so a learner's code runs on the preview origin); every preview
 * answer comes from the cell's Worker through that Service Worker, never from the host.
 */
import { previewOriginFor } from "../client/preview-origin.ts";
import type { SiteConfig } from "./site-config.ts";
import { sitePath } from "./site-path.ts";

/** Headers every answer of the lesson origin carries. */
export const lessonHeaders: Readonly<Record<string, string>> = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Headers every answer of the preview origin carries: embeddable by the lesson page. */
export const previewHeaders: Readonly<Record<string, string>> = {
  ...lessonHeaders,
  "Cross-Origin-Resource-Policy": "cross-origin",
};

/** The bridge's files on the preview origin, in the engine's folder. */
export const PREVIEW_FILES = ["preview-bridge.html", "preview-bridge.js", "preview-sw.js"] as const;

/**
 * The names of every engine file the preview origin serves, as a regular expression (for nginx,
 * Caddy and the course's own server alike): the bridge's files, and the cell Worker, the chunks
 * it loads, their source maps and SQLite's WebAssembly.
 */
export const PREVIEW_FILE_NAMES =
  "preview-bridge\\.(?:html|js)|preview-sw\\.js|cell-worker\\.js(?:\\.map)?|cell-chunk-[A-Za-z0-9]+\\.js(?:\\.map)?|sql-wasm\\.wasm";

const previewFileName = new RegExp(`^(?:${PREVIEW_FILE_NAMES})$`);

/**
 * Whether the preview origin serves `name` from the engine's folder.
 * @example
 * isPreviewFile("cell-worker.js"); // true
 * isPreviewFile("webcontainer-runtime.json"); // false
 */
export function isPreviewFile(name: string): boolean {
  return previewFileName.test(name);
}

/** The preview Service Worker may take its whole origin (so a preview's root links stay in it). */
export const SERVICE_WORKER_HEADERS: Readonly<Record<string, string>> = {
  "Service-Worker-Allowed": "/",
};

/** Built files whose names carry their content's hash: cached for a year. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

/** Where the two origins are, resolved for a build's settings. */
export interface Origins {
  lesson: URL;
  /** `null` in single-origin mode: previews share the lesson's origin. */
  preview: URL | null;
}

/** The lesson and preview origins of a build. */
export function originsOf(config: SiteConfig): Origins {
  const lesson = new URL(config.site);
  if (config.previewOrigin === "same-origin") return { lesson, preview: null };
  return { lesson, preview: new URL(previewOriginFor(lesson, config.previewOrigin)) };
}

function headerLines(headers: Readonly<Record<string, string>>, indent: string): string[] {
  return Object.entries(headers).map(([name, value]) => `${indent}${name}: ${value}`);
}

/**
 * `_headers` for Netlify and Cloudflare Pages: the lesson site's, to put in the published folder.
 * Rules never set the same header twice for one path (the two hosts combine repeats differently).
 */
export function lessonHeadersFile(config: SiteConfig): string {
  return [
    `${sitePath("/*", config.base)}`,
    ...headerLines(lessonHeaders, "  "),
    `${sitePath("/_astro/*", config.base)}`,
    `  Cache-Control: ${IMMUTABLE_CACHE}`,
    "",
  ].join("\n");
}

/** `_headers` for the preview site (a folder holding only the engine's preview files). */
export function previewHeadersFile(config: SiteConfig): string {
  return [
    "/*",
    ...headerLines(previewHeaders, "  "),
    sitePath("/engine/preview-sw.js", config.base),
    ...headerLines(SERVICE_WORKER_HEADERS, "  "),
    "",
  ].join("\n");
}

function vercelHeaders(headers: Readonly<Record<string, string>>) {
  return Object.entries(headers).map(([key, value]) => ({ key, value }));
}

/** `vercel.json` for the lesson site. */
export function lessonVercelJson(config: SiteConfig): string {
  return `${JSON.stringify(
    {
      cleanUrls: false,
      trailingSlash: true,
      headers: [
        { source: "/(.*)", headers: vercelHeaders(lessonHeaders) },
        {
          source: `${sitePath("/_astro/", config.base)}(.*)`,
          headers: vercelHeaders({ "Cache-Control": IMMUTABLE_CACHE }),
        },
      ],
    },
    null,
    2,
  )}\n`;
}

/** `vercel.json` for the preview site. */
export function previewVercelJson(config: SiteConfig): string {
  return `${JSON.stringify(
    {
      headers: [
        { source: "/(.*)", headers: vercelHeaders(previewHeaders) },
        {
          source: sitePath("/engine/preview-sw.js", config.base),
          headers: vercelHeaders(SERVICE_WORKER_HEADERS),
        },
      ],
    },
    null,
    2,
  )}\n`;
}

function port(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

function nginxHeaders(headers: Readonly<Record<string, string>>, indent: string): string[] {
  return Object.entries(headers).map(
    ([name, value]) => `${indent}add_header ${name} "${value}" always;`,
  );
}

/** The comment a recipe starts with: what it was generated for. */
function generatedFor(config: SiteConfig, dir: string): string[] {
  const preview = config.previewOrigin ? ` KOLBA_PREVIEW_ORIGIN=${config.previewOrigin}` : "";
  return [
    "# Kolba: the lesson origin and the preview origin. Generated by the build for",
    `# KOLBA_SITE=${config.site} KOLBA_BASE=${config.base}${preview}`,
    `# and the built site at ${dir} (build again if the folder moves).`,
  ];
}

/** The opening lines of an nginx server block for `url`, with the headers every answer gets. */
function nginxServer(
  url: URL,
  headers: Readonly<Record<string, string>>,
  indent: string,
): string[] {
  return [
    "server {",
    ...nginxListen(url, indent),
    `${indent}server_name ${url.hostname};`,
    `${indent}absolute_redirect off;`,
    ...nginxHeaders(headers, indent),
  ];
}

function nginxListen(url: URL, indent: string): string[] {
  if (url.protocol !== "https:") return [`${indent}listen ${port(url)};`];
  const file = url.hostname.replace(/^\*\./, "wildcard.");
  return [
    `${indent}listen ${port(url)} ssl;`,
    `${indent}# The certificate for ${url.hostname}:`,
    `${indent}ssl_certificate /etc/ssl/certs/${file}.pem;`,
    `${indent}ssl_certificate_key /etc/ssl/private/${file}.key;`,
  ];
}

/**
 * nginx server blocks (for an `http {}` context) serving the built site from `root` at the base,
 * and the preview origin. `/` of the lesson host goes to the base; a miss gets the 404 page of its
 * locale, as `npm start` answers.
 */
export function nginxConf(config: SiteConfig, root: string, locales: readonly string[]): string {
  const { lesson, preview } = originsOf(config);
  const base = config.base;
  const dir = root.endsWith("/") ? root : `${root}/`;
  const i = "    ";
  const j = `${i}${i}`;
  const lines = [
    ...generatedFor(config, dir),
    "# Include it in nginx's http {} block (which includes mime.types, as Debian's does).",
    "",
    // A location with an add_header of its own inherits none, so each one lists them all.
    ...nginxServer(lesson, lessonHeaders, i),
    ...(base === "/" ? [] : [`${i}location = / {`, `${j}return 302 ${base};`, `${i}}`]),
    `${i}location ^~ ${base} {`,
    `${j}alias ${dir};`,
    `${j}error_page 404 ${sitePath("/404.html", base)};`,
    `${i}}`,
    `${i}location ^~ ${sitePath("/_astro/", base)} {`,
    `${j}alias ${dir}_astro/;`,
    ...nginxHeaders({ ...lessonHeaders, "Cache-Control": IMMUTABLE_CACHE }, j),
    `${i}}`,
    ...locales.flatMap((l) => [
      `${i}location ^~ ${sitePath(`/${l}/`, base)} {`,
      `${j}alias ${dir}${l}/;`,
      `${j}error_page 404 ${sitePath(`/${l}/404/`, base)};`,
      `${i}}`,
    ]),
    "}",
  ];
  if (preview) {
    const engine = sitePath("/engine/", base);
    lines.push(
      "",
      "# The preview origin: only the engine's preview and cell Worker files; every preview page",
      "# comes from the cell's Worker through the preview Service Worker.",
      ...nginxServer(preview, previewHeaders, i),
      `${i}location / {`,
      `${j}return 404;`,
      `${i}}`,
      `${i}location ~ ^${engine}(${PREVIEW_FILE_NAMES})$ {`,
      `${j}alias ${dir}engine/$1;`,
      `${i}}`,
      `${i}location = ${engine}preview-sw.js {`,
      `${j}alias ${dir}engine/preview-sw.js;`,
      ...nginxHeaders({ ...previewHeaders, ...SERVICE_WORKER_HEADERS }, j),
      `${i}}`,
      "}",
    );
  }
  return `${lines.join("\n")}\n`;
}

function caddyHeaders(headers: Readonly<Record<string, string>>, indent: string): string[] {
  return Object.entries(headers).map(([name, value]) => `${indent}header ${name} "${value}"`);
}

/** A Caddyfile (Caddy 2.6 or newer) serving the built site from `root` at the base, and the preview origin. */
export function caddyfile(config: SiteConfig, root: string, locales: readonly string[]): string {
  const { lesson, preview } = originsOf(config);
  const base = config.base;
  const dir = root.endsWith("/") ? root.slice(0, -1) : root;
  const i = "\t";
  const address = (url: URL) => (url.protocol === "https:" ? url.host : `http://${url.host}`);
  const lines = [
    ...generatedFor(config, `${dir}/`),
    "",
    `${address(lesson)} {`,
    ...caddyHeaders(lessonHeaders, i),
    `${i}header ${sitePath("/_astro/*", base)} Cache-Control "${IMMUTABLE_CACHE}"`,
    ...(base === "/" ? [] : [`${i}redir / ${base} 302`]),
    `${i}handle_path ${sitePath("/*", base)} {`,
    `${i}${i}root * ${dir}`,
    `${i}${i}file_server`,
    `${i}}`,
    `${i}handle {`,
    `${i}${i}error 404`,
    `${i}}`,
    // A miss gets the 404 page of its locale (the longest matching path wins), else the root's.
    `${i}handle_errors {`,
    `${i}${i}root * ${dir}`,
    ...locales.flatMap((l) => [
      `${i}${i}@${l} path ${sitePath(`/${l}/*`, base)}`,
      `${i}${i}rewrite @${l} /${l}/404/index.html`,
    ]),
    `${i}${i}rewrite * /404.html`,
    `${i}${i}file_server`,
    `${i}}`,
    "}",
  ];
  if (preview) {
    const engine = sitePath("/engine/", base);
    const wildcard = preview.protocol === "https:" && preview.hostname.startsWith("*.");
    lines.push(
      "",
      ...(wildcard
        ? [
            `# A certificate for ${preview.hostname} needs the DNS challenge: add a tls block with`,
            "# your DNS provider's module (https://caddyserver.com/docs/automatic-https#dns-challenge).",
          ]
        : []),
      `${address(preview)} {`,
      ...caddyHeaders(previewHeaders, i),
      `${i}header ${engine}preview-sw.js Service-Worker-Allowed "/"`,
      `${i}@preview path_regexp \`^${engine}(?:${PREVIEW_FILE_NAMES})$\``,
      `${i}handle @preview {`,
      `${i}${i}uri strip_prefix ${engine.slice(0, -1)}`,
      `${i}${i}root * ${dir}/engine`,
      `${i}${i}file_server`,
      `${i}}`,
      `${i}respond 404`,
      "}",
    );
  }
  return `${lines.join("\n")}\n`;
}
