/**
 * Build the engine's browser files into `public/engine/` (run before `astro build`): the worker
 * engine, and the vendored port a downloaded cell project carries (`project-runtime.json`,
 * fetched only when a learner presses Download).
 * Usage: node scripts/build-worker-engine.ts [--out <folder>]
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildProjectRuntime } from "../sandbox-runtime/engines/node-engine/project-build.ts";
import { buildWorkerEngine } from "../sandbox-runtime/engines/worker/build.ts";

const at = process.argv.indexOf("--out");
const outDir = at !== -1 ? (process.argv[at + 1] ?? "public/engine") : "public/engine";
const built = await buildWorkerEngine({ outDir });
const project = JSON.stringify(buildProjectRuntime());
await writeFile(join(outDir, "project-runtime.json"), project);
built.push({
  path: "project-runtime.json",
  bytes: Buffer.byteLength(project),
  gzipBytes: gzipSync(project, { level: 9 }).length,
});
for (const file of built) {
  console.log(
    `${outDir}/${file.path}  ${(file.bytes / 1024).toFixed(1)} KiB  (gzip ${(file.gzipBytes / 1024).toFixed(1)} KiB)`,
  );
}
