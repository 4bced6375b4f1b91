/**
 * Build the engines' browser files into `public/engine/` (run before `astro build`):
 * - the worker engine's scripts (the cell Worker, the preview Service Worker and page);
 * - `webcontainer-runtime.json`, what the webcontainer engine mounts: the prebuilt port and the
 *   bootstraps, fetched only when a page boots a WebContainer.
 * Usage: node scripts/build-engines.ts [--out <folder>]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildWebContainerRuntime } from "../sandbox-runtime/engines/webcontainer/runtime-build.ts";
import { WEBCONTAINER_RUNTIME_FILE } from "../sandbox-runtime/engines/webcontainer/runtime-files.ts";
import { buildWorkerEngine } from "../sandbox-runtime/engines/worker/build.ts";

const at = process.argv.indexOf("--out");
const outDir = at !== -1 ? (process.argv[at + 1] ?? "public/engine") : "public/engine";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const report = (path: string, bytes: number, gzipBytes: number) =>
  console.log(`${outDir}/${path}  ${kib(bytes)}  (gzip ${kib(gzipBytes)})`);

for (const file of await buildWorkerEngine({ outDir })) {
  report(file.path, file.bytes, file.gzipBytes);
}

const runtime = Buffer.from(JSON.stringify(buildWebContainerRuntime()));
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, WEBCONTAINER_RUNTIME_FILE), runtime);
report(WEBCONTAINER_RUNTIME_FILE, runtime.length, gzipSync(runtime).length);
