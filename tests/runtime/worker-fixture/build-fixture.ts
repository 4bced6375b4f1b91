/**
 * Build what the fixture server serves: the engine's browser files into a folder, and the
 * fixture page's script as a string.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import {
  type BuiltFile,
  buildWorkerEngine,
} from "../../../sandbox-runtime/engines/worker/build.ts";

/**
 * Build the engine into `engineDir` and bundle the fixture page.
 * @example
 * const { fixtureJs } = await buildFixture(".tmp/worker-fixture/engine");
 */
export async function buildFixture(
  engineDir: string,
): Promise<{ fixtureJs: string; engineFiles: BuiltFile[]; pageBytes: number }> {
  const engineFiles = await buildWorkerEngine({ outDir: engineDir });
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./page.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const fixtureJs = result.outputFiles[0]?.text ?? "";
  return { fixtureJs, engineFiles, pageBytes: Buffer.byteLength(fixtureJs) };
}
