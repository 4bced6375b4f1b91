/**
 * A cell transpiled ahead of time (the site's build does it for the files a lesson ships): an
 * engine may run it without loading the transpiler, but only when the files to run are exactly
 * the ones it was made from.
 */
import type { CellFiles } from "../cell.ts";
import { isModule, outputPath } from "./cell-paths.ts";
import type { TranspiledCell } from "./transpile-cell.ts";

/**
 * `prebuilt` if it was made from exactly `files` (every module's source and every other file
 * equal, no file more or less), else undefined.
 * @example
 * const cell = matchingPrebuilt(files, message.prebuilt) ?? transpileCell(files);
 */
export function matchingPrebuilt(
  files: CellFiles,
  prebuilt: TranspiledCell | undefined,
): TranspiledCell | undefined {
  if (!prebuilt) return undefined;
  const outputs = new Set<string>();
  let modules = 0;
  for (const [path, content] of Object.entries(files)) {
    if (typeof content !== "string") return undefined;
    if (isModule(path)) {
      if (prebuilt.sources[path] !== content) return undefined;
      modules += 1;
      outputs.add(outputPath(path)).add(`${outputPath(path)}.map`);
    } else {
      if (prebuilt.files[path] !== content) return undefined;
      outputs.add(path);
    }
  }
  const made = Object.keys(prebuilt.files);
  if (Object.keys(prebuilt.sources).length !== modules || made.length !== outputs.size) {
    return undefined;
  }
  return made.every((path) => outputs.has(path)) ? prebuilt : undefined;
}
