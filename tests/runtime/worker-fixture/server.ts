/**
 * The fixture's loopback server: the lesson page stand-in, its script, and the engine's built
 * files, every answer with the COOP/COEP headers of a cross-origin-isolated lesson page and a
 * CORP header so a second origin on the same server can frame the previews.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

/** A running fixture server. */
export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

const PAGE = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Kolba worker engine fixture</title>
<h1 id="lesson-title">Lesson</h1>
<pre id="out"></pre>
<script type="module" src="/fixture.js"></script>
</html>
`;

/**
 * Serve the fixture page and the engine files on loopback (IPv4 and IPv6), on `port` or a free
 * one.
 * @example
 * const server = await startFixtureServer({ engineDir: ".tmp/engine", fixtureJs });
 */
export function startFixtureServer(options: {
  engineDir: string;
  fixtureJs: string;
  port?: number;
}): Promise<FixtureServer> {
  const server = createServer(async (req, res) => {
    const headers: Record<string, string> = {
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
      "Cross-Origin-Resource-Policy": "cross-origin",
      "Cache-Control": "no-cache",
    };
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/" || path === "/index.html") {
      res.writeHead(200, { ...headers, "Content-Type": TYPES[".html"] as string });
      res.end(PAGE);
      return;
    }
    if (path === "/fixture.js") {
      res.writeHead(200, { ...headers, "Content-Type": TYPES[".js"] as string });
      res.end(options.fixtureJs);
      return;
    }
    if (path.startsWith("/engine/")) {
      const relative = normalize(path.slice("/engine/".length));
      if (!relative.startsWith("..")) {
        try {
          const body = await readFile(join(options.engineDir, relative));
          res.writeHead(200, {
            ...headers,
            "Content-Type": TYPES[extname(relative)] ?? "application/octet-stream",
            ...(relative === "preview-sw.js" ? { "Service-Worker-Allowed": "/" } : {}),
          });
          res.end(body);
          return;
        } catch {
          // Falls through to the 404 below.
        }
      }
    }
    res.writeHead(404, { ...headers, "Content-Type": "text/plain" });
    res.end(`fixture server: nothing at ${path}`);
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, "::", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
