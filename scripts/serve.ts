/**
 * Serves the built site (`dist/`) under the base it was built for (`KOLBA_BASE`, read from the
 * settings the build leaves beside it) with the headers of docs/hosting.md (the cross-origin
 * isolation WebContainers need), sends the base to the visitor's language, and answers misses
 * with the locale's 404 page.
 * The same `dist/` is also served on the next port as the cells' preview origin: same site,
 * another origin, so a previewed app cannot reach the lesson page (docs/engines.md, "Isolation:
 * a preview origin"). There every answer may be embedded cross-origin, and the preview Service
 * Worker may take the whole origin.
 * Usage: node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--preview-port <port + 1>]
 *          [--root dist] [--cert cert.pem --key key.pem] [--no-headers]
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createSecureServer } from "node:https";
import { networkInterfaces } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import {
  IMMUTABLE_CACHE,
  lessonHeaders,
  isPreviewFile,
  previewHeaders,
  SERVICE_WORKER_HEADERS,
} from "../src/lib/hosting.ts";
import { isLocale, locales, parseAcceptLanguage, resolveLocale } from "../src/lib/locales.ts";
import { SITE_CONFIG_FILE } from "../src/lib/site-config.ts";
import { normalizeBase, sitePath, withoutBase } from "../src/lib/site-path.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "4321" },
    host: { type: "string", default: process.env.HOST ?? "127.0.0.1" },
    root: { type: "string", default: process.env.KOLBA_ROOT ?? "dist" },
    "preview-port": { type: "string" },
    cert: { type: "string" },
    key: { type: "string" },
    "no-headers": { type: "boolean", default: false },
  },
});

// Browsers run Service Workers (which every preview needs) only on https or on localhost: to
// serve a class network, give a certificate the learners' machines trust.
const tls =
  values.cert && values.key
    ? { cert: readFileSync(values.cert), key: readFileSync(values.key) }
    : values.cert || values.key
      ? (() => {
          console.error("Give both --cert and --key (PEM files) to serve https.");
          process.exit(2);
        })()
      : null;
const scheme = tls ? "https" : "http";

const root = resolve(values.root);

/**
 * The base the site was built for (`KOLBA_BASE`) and the locales it has, from the settings the
 * build left beside it.
 */
const { base, built } = (() => {
  try {
    const settings = JSON.parse(readFileSync(join(root, SITE_CONFIG_FILE), "utf8")) as {
      base?: string;
      locales?: string[];
    };
    const known = (settings.locales ?? []).filter(isLocale);
    return { base: normalizeBase(settings.base), built: known.length > 0 ? known : [...locales] };
  } catch {
    return { base: "/", built: [...locales] };
  }
})();
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".zip": "application/zip",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
};

// `--no-headers` answers as a host that lets a site set none (GitHub Pages): for a build made
// with KOLBA_PREVIEW_ORIGIN=same-origin (docs/hosting.md).
const isolation: Record<string, string> = values["no-headers"] ? {} : { ...lessonHeaders };

async function fileAt(pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  for (const path of [candidate, join(candidate, "index.html")]) {
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) return path;
  }
  return null;
}

/** The preview origin's headers: embeddable by the lesson page, still cross-origin isolated. */
const previewIsolation: Record<string, string> = { ...previewHeaders };

function send(
  res: ServerResponse,
  status: number,
  path: string,
  method: string,
  headers: Record<string, string> = isolation,
): void {
  // A validator lets `no-cache` files (the engine's Worker, fetched again for each spare Worker)
  // come back as 304 instead of in full.
  const modified = statSync(path).mtime.toUTCString();
  const common = {
    "Cache-Control": path.includes(`${sep}_astro${sep}`) ? IMMUTABLE_CACHE : "no-cache",
    "Last-Modified": modified,
    ...headers,
  };
  if (status === 200 && res.req.headers["if-modified-since"] === modified) {
    res.writeHead(304, common).end();
    return;
  }
  res.writeHead(status, {
    "Content-Type": types[extname(path)] ?? "application/octet-stream",
    ...common,
  });
  if (method === "HEAD") res.end();
  else createReadStream(path).pipe(res);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD", ...isolation }).end();
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/" && base !== "/") {
    res.writeHead(302, { Location: base, ...isolation }).end();
    return;
  }
  const path = withoutBase(url.pathname, base);
  if (path === "/") {
    const locale = resolveLocale(parseAcceptLanguage(req.headers["accept-language"]), built);
    res
      .writeHead(302, {
        Location: sitePath(`/${locale}/`, base),
        Vary: "Accept-Language",
        ...isolation,
      })
      .end();
    return;
  }
  const file = path === null ? null : await fileAt(path);
  if (file) {
    if (
      !url.pathname.endsWith("/") &&
      !url.pathname.endsWith(".html") &&
      file.endsWith(`${sep}index.html`)
    ) {
      res.writeHead(308, { Location: `${url.pathname}/${url.search}`, ...isolation }).end();
      return;
    }
    send(res, 200, file, method);
    return;
  }
  const first = (path ?? "/").split("/")[1];
  const notFound =
    (isLocale(first) && (await fileAt(`/${first}/404/`))) || (await fileAt("/404.html"));
  if (notFound) send(res, 404, notFound, method);
  else res.writeHead(404, { "Content-Type": "text/plain", ...isolation }).end("Not found");
}

// The preview origin serves only the engine's preview files (the bridge page, its script and the
// preview Service Worker, whose answers come from the cell's Worker, never from here) and the
// cell Worker's own files (the bridge creates the Worker on this origin).
const previewEngine = sitePath("/engine/", base);
const isPreviewPath = (path: string) =>
  path.startsWith(previewEngine) && isPreviewFile(path.slice(previewEngine.length));

async function handlePreview(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", "http://localhost");
  const path = isPreviewPath(url.pathname) ? withoutBase(url.pathname, base) : null;
  const file = path === null ? null : await fileAt(path);
  if ((method !== "GET" && method !== "HEAD") || !file) {
    res.writeHead(404, { "Content-Type": "text/plain", ...previewIsolation }).end("Not found");
    return;
  }
  const extra = url.pathname.endsWith("/preview-sw.js") ? SERVICE_WORKER_HEADERS : {};
  send(res, 200, file, method, { ...previewIsolation, ...extra });
}

function serve(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handler(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end("Internal error");
    });
  };
  return tls ? createSecureServer(tls, listener) : createServer(listener);
}

/** The addresses a learner types: this machine's own for a wildcard host. */
function hostsFor(host: string): string[] {
  if (host !== "0.0.0.0" && host !== "::") return [host];
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === "IPv4")
    .map((i) => (i as { address: string }).address);
}

const server = serve(handle);
server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : Number(values.port);
  for (const host of hostsFor(values.host)) {
    console.log(`Kolba is being served at ${scheme}://${host}:${port}${base} (Ctrl+C to stop)`);
  }
  if (values["no-headers"]) return;
  const previewPort = values["preview-port"] ? Number(values["preview-port"]) : port + 1;
  const preview = serve(handlePreview);
  preview.listen(previewPort, values.host, () => {
    console.log(`Cell previews are served on port ${previewPort} of the same host`);
    if (!tls && (values.host === "127.0.0.1" || values.host === "localhost")) {
      // Every `*.localhost` name is this machine (in Chromium and Firefox), and a safe origin.
      console.log(
        `At http://kolba.localhost:${port}${base} each cell's preview has an origin of its own`,
      );
    }
  });
});
