/**
 * The fallback fixture's server on loopback: the same page twice, at `/isolated/` with the
 * COOP/COEP headers of a lesson page with cells and at `/plain/` without them, the bundled
 * page script, the worker engine's built files under `/engine/`, and the webcontainer engine's
 * runtime as JSON.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { buildWebContainerRuntime } from "../../../sandbox-runtime/engines/webcontainer/runtime-build.ts";
import { buildWorkerEngine } from "../../../sandbox-runtime/engines/worker/build.ts";

const ISOLATION = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
};

const PAGE = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Kolba engine fallback</title>
<script type="module" src="/fixture.js"></script>
</html>
`;

/** A running fixture server. */
export interface FallbackServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Build everything and serve it on 127.0.0.1 at a free port.
 * @example
 * const server = await startFallbackServer(".tmp/fallback-fixture/engine");
 */
export async function startFallbackServer(engineDir: string): Promise<FallbackServer> {
  await buildWorkerEngine({ outDir: engineDir });
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL("./page.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const fixtureJs = bundled.outputFiles[0]?.text ?? "";
  const runtimeJson = JSON.stringify(buildWebContainerRuntime());
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const send = (type: string, body: string | Buffer, isolated = true) => {
      res.writeHead(200, {
        ...(isolated ? ISOLATION : {}),
        "Cross-Origin-Resource-Policy": "same-origin",
        "Content-Type": type,
        "Cache-Control": "no-store",
      });
      res.end(body);
    };
    if (path === "/isolated/") return send(TYPES[".html"] as string, PAGE);
    if (path === "/plain/") return send(TYPES[".html"] as string, PAGE, false);
    if (path === "/fixture.js") return send(TYPES[".js"] as string, fixtureJs);
    if (path === "/webcontainer-runtime.json") return send(TYPES[".json"] as string, runtimeJson);
    if (path.startsWith("/engine/")) {
      const file = normalize(path.slice("/engine/".length));
      if (!file.startsWith("..")) {
        try {
          const body = await readFile(join(engineDir, file));
          const ext = file.slice(file.lastIndexOf("."));
          return send(TYPES[ext] ?? "application/octet-stream", body);
        } catch {
          // Falls through to the 404.
        }
      }
    }
    res.writeHead(404, { ...ISOLATION, "Content-Type": "text/plain" });
    res.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
