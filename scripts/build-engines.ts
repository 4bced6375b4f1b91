/**
 * Build the engines' browser files into `public/engine/` (run before `astro build`):
 * - the worker engine's scripts (the cell Worker, the preview Service Worker and page);
 * - `webcontainer-runtime.json`, what the webcontainer engine mounts: the prebuilt port and the
 *   bootstraps, fetched only when a page boots a WebContainer;
 * - `project-runtime.json`, the vendored port a downloaded cell project carries, fetched only
 *   when a learner presses Download;
 * - `webcontainer-flask-sqlalchemy.json` and `project-flask-sqlalchemy.json`, the database
 *   package for each, fetched only for a cell that imports it.
 * Usage: node scripts/build-engines.ts [--out <folder>]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  buildProjectRuntime,
  projectPackageFile,
} from "../sandbox-runtime/engines/node-engine/project-build.ts";
import { buildWebContainerRuntime } from "../sandbox-runtime/engines/webcontainer/runtime-build.ts";
import {
  WEBCONTAINER_RUNTIME_FILE,
  webcontainerPackageFile,
} from "../sandbox-runtime/engines/webcontainer/runtime-files.ts";
import { buildWorkerEngine } from "../sandbox-runtime/engines/worker/build.ts";

const at = process.argv.indexOf("--out");
const outDir = at !== -1 ? (process.argv[at + 1] ?? "public/engine") : "public/engine";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const report = (path: string, bytes: number, gzipBytes: number) =>
  console.log(`${outDir}/${path}  ${kib(bytes)}  (gzip ${kib(gzipBytes)})`);

for (const file of await buildWorkerEngine({ outDir })) {
  report(file.path, file.bytes, file.gzipBytes);
}

await mkdir(outDir, { recursive: true });
// Optional packages (flask-sqlalchemy and its SQLite) go in files of their own, fetched only
// for a cell that imports them.
const { extras = {}, ...webcontainer } = buildWebContainerRuntime();
const { extras: projectExtras = {}, ...project } = buildProjectRuntime();
const runtimes: Array<[string, unknown]> = [
  [WEBCONTAINER_RUNTIME_FILE, webcontainer],
  ["project-runtime.json", project],
  ...Object.entries(extras).map(([name, files]): [string, unknown] => [
    webcontainerPackageFile(name),
    files,
  ]),
  ...Object.entries(projectExtras).map(([name, files]): [string, unknown] => [
    projectPackageFile(name),
    files,
  ]),
];
for (const [file, runtime] of runtimes) {
  const bytes = Buffer.from(JSON.stringify(runtime));
  await writeFile(join(outDir, file), bytes);
  report(file, bytes.length, gzipSync(bytes, { level: 9 }).length);
}
