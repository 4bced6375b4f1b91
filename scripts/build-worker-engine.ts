/**
 * Build the worker engine's browser files into `public/engine/` (run before `astro build`).
 * Usage: node scripts/build-worker-engine.ts [--out <folder>]
 */
import { buildWorkerEngine } from "../sandbox-runtime/engines/worker/build.ts";

const at = process.argv.indexOf("--out");
const outDir = at !== -1 ? (process.argv[at + 1] ?? "public/engine") : "public/engine";
const built = await buildWorkerEngine({ outDir });
for (const file of built) {
  console.log(
    `${outDir}/${file.path}  ${(file.bytes / 1024).toFixed(1)} KiB  (gzip ${(file.gzipBytes / 1024).toFixed(1)} KiB)`,
  );
}
