/**
 * Build the worker engine's browser files: the cell Worker (the port, nunjucks' browser build
 * and the Worker runtime in one ES module, the transpiler in a chunk it loads when a cell needs
 * it), the preview Service Worker, and the preview bridge page with its script. The page side (`WorkerEngine`) is bundled by whoever
 * imports it (the site, a test fixture).
 */
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { PORT_BUNDLE_BASE } from "../transpile/port-frames.ts";
import type { SourceMap } from "../transpile/source-map.ts";
import { readablePortMap } from "./port-source-map.ts";

/** What to build and how. */
export interface WorkerEngineBuildOptions {
  /** The folder to write into (served as the engine's `base`, e.g. `public/engine`). */
  outDir: string;
  /** Minify. Default true. */
  minify?: boolean;
}

/** One built file and its sizes. */
export interface BuiltFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

const here = fileURLToPath(new URL(".", import.meta.url));

/** What stack frames inside the cell Worker's own bundle are called. */
export const PORT_FRAME_URL = `${PORT_BUNDLE_BASE}cell-worker.js`;

/** The global on which the cell Worker publishes each port entry `flask-api.ts` re-exports from. */
export const WORKER_PORT_GLOBALS: Readonly<Record<string, string>> = {
  "../flask/index.ts": "__kolbaFlask",
  "../flask/runtime.ts": "__kolbaFlaskRuntime",
};

/** The names one `export { … } from` block of `flask-api.ts` takes, and where the Worker keeps them. */
export interface PortImport {
  global: string;
  names: string[];
}

/**
 * Read `flask-api.ts`: the values each block re-exports (types need nothing at run time) and the
 * Worker global that holds its entry. A block from any other module, or a renamed name, is an
 * error: the chunk would otherwise load a second copy of the port or read `undefined`.
 * @example
 * portImports('export { abort, type Flask } from "../flask/index.ts";');
 * // [{ global: "__kolbaFlask", names: ["abort"] }]
 */
export function portImports(source: string): PortImport[] {
  const blocks = [...source.matchAll(/export\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)];
  return blocks.map(([, list = "", from = ""]) => {
    const global = WORKER_PORT_GLOBALS[from];
    if (!global) {
      throw new Error(
        `flask-api.ts re-exports from "${from}", which the cell Worker does not publish`,
      );
    }
    const items = list.split(",").map((item) => item.trim());
    const names = items.filter((item) => item !== "" && !item.startsWith("type "));
    const odd = names.find((name) => !/^[A-Za-z_$][\w$]*$/.test(name));
    if (odd)
      throw new Error(
        `flask-api.ts re-exports "${odd}": only plain names can be read from the Worker`,
      );
    return { global, names };
  });
}

/**
 * The module that stands in for `flask-api.ts` in the Worker's chunks: each name read from the
 * namespace the Worker published.
 * @example
 * portModule([{ global: "__kolbaFlask", names: ["abort"] }]);
 * // "export const abort = globalThis.__kolbaFlask.abort;\n"
 */
export function portModule(imports: PortImport[]): string {
  const lines = imports.flatMap(({ global, names }) =>
    names.map((name) => `export const ${name} = globalThis.${global}.${name};`),
  );
  return `${lines.join("\n")}\n`;
}

/**
 * flask-sqlalchemy's chunk reaches the port through one module (`flask-api.ts`); in the Worker
 * that module reads the port the Worker already loaded (`globalThis.__kolbaFlask` for the
 * learner's entry, `globalThis.__kolbaFlaskRuntime` for `flask/runtime`), so the chunk shares
 * its contexts and the Worker's own bundle is not split around it.
 */
const portFromWorkerGlobal: Plugin = {
  name: "kolba-port-from-worker-global",
  setup(b) {
    b.onResolve({ filter: /flask-api\.ts$/ }, (args) =>
      args.importer.includes("flask-sqlalchemy")
        ? { path: args.path, namespace: "kolba-port" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "kolba-port" }, async () => {
      const source = await readFile(join(here, "../../flask-sqlalchemy/flask-api.ts"), "utf8");
      return { contents: portModule(portImports(source)), loader: "js" };
    });
  },
};

/** The SQLite WebAssembly the flask-sqlalchemy chunk fetches from beside it. */
const SQL_WASM = { from: "sql.js/dist/sql-wasm-browser.wasm", to: "sql-wasm.wasm" };

const BRIDGE_HTML = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Kolba preview bridge</title>
<script src="preview-bridge.js"></script>
</html>
`;

/**
 * Build the engine's browser files into `outDir` and report their sizes.
 * @example
 * await buildWorkerEngine({ outDir: "public/engine" });
 */
export async function buildWorkerEngine(options: WorkerEngineBuildOptions): Promise<BuiltFile[]> {
  const minify = options.minify ?? true;
  await mkdir(options.outDir, { recursive: true });
  const common = {
    bundle: true,
    minify,
    sourcemap: false,
    platform: "browser",
    target: "es2022",
    legalComments: "none",
    // The port reads class and function names (error names, endpoints from view names).
    keepNames: true,
    write: false,
    logLevel: "silent",
  } as const;
  const scripts = [
    { entry: "preview-sw.ts", out: "preview-sw.js" },
    { entry: "preview-bridge.ts", out: "preview-bridge.js" },
  ] as const;
  const outputs: Array<{ path: string; text: string }> = (
    await Promise.all(
      scripts.map(async ({ entry, out }) => {
        const result = await build({ ...common, format: "iife", entryPoints: [join(here, entry)] });
        return [{ path: out, text: result.outputFiles[0]?.text ?? "" }];
      }),
    )
  ).flat();
  // The cell Worker and the chunks it imports on demand (`cell-worker.js`, `cell-chunk-*.js`),
  // each with a map beside it (`cell-worker.js.map`) that no script names: the Worker reads a
  // map only to write a traceback, so a first Run loads no more than the bundle.
  const worker = await build({
    ...common,
    format: "esm",
    sourcemap: "external",
    sourcesContent: false,
    splitting: true,
    outdir: options.outDir,
    entryNames: "[name]",
    chunkNames: "cell-chunk-[hash]",
    entryPoints: [join(here, "cell-worker.ts")],
    plugins: [portFromWorkerGlobal],
  });
  const maps = new Map<string, SourceMap>();
  for (const file of worker.outputFiles) {
    const path = file.path.slice(file.path.lastIndexOf("/") + 1);
    if (path.endsWith(".map")) maps.set(path.slice(0, -".map".length), JSON.parse(file.text));
  }
  const places = { outDir: resolve(options.outDir), portRoot: join(here, "../..") };
  for (const file of worker.outputFiles) {
    const path = file.path.slice(file.path.lastIndexOf("/") + 1);
    if (path.endsWith(".map")) continue;
    // The port's frames then read as a package's (`node_modules/`), which debug pages fold
    // away as library frames, as they do under Node; the map turns them into the port's files.
    outputs.push({ path, text: `${file.text}//# sourceURL=${PORT_BUNDLE_BASE}${path}\n` });
    const map = maps.get(path);
    if (map) {
      const readable = readablePortMap(map, file.text, places);
      outputs.push({ path: `${path}.map`, text: JSON.stringify(readable) });
    }
  }
  outputs.push({ path: "preview-bridge.html", text: BRIDGE_HTML });
  // Chunks of an earlier build would otherwise pile up beside the new ones.
  for (const name of await readdir(options.outDir)) {
    if (/^cell-chunk-.*\.js(?:\.map)?$/.test(name)) await rm(join(options.outDir, name));
  }
  const built: BuiltFile[] = [];
  const wasm = createRequire(import.meta.url).resolve(SQL_WASM.from);
  await copyFile(wasm, join(options.outDir, SQL_WASM.to));
  const wasmBytes = await readFile(wasm);
  built.push({
    path: SQL_WASM.to,
    bytes: (await stat(wasm)).size,
    gzipBytes: gzipSync(wasmBytes, { level: 9 }).length,
  });
  for (const { path, text } of outputs) {
    await writeFile(join(options.outDir, path), text);
    const bytes = Buffer.byteLength(text);
    built.push({ path, bytes, gzipBytes: gzipSync(text, { level: 9 }).length });
  }
  return built;
}
