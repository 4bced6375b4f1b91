/**
 * A cell's whole payload, path by path: the same files, with the same contents, that the node
 * engine writes to its temporary folder (`node-engine/cell-tree.ts` `cellPayload`), built here
 * without `node:*` so the page can build it too.
 */

import { extraFiles } from "../optional-packages.ts";
import type { TranspiledCell } from "../transpile/transpile-cell.ts";
import type { RuntimeFiles } from "./runtime-files.ts";

/**
 * The payload for one cell.
 * @example
 * const payload = cellMountPayload(transpileCell(files), runtime);
 * payload.get(".kolba/cell.json");
 */
export function cellMountPayload(
  cell: TranspiledCell,
  runtime: RuntimeFiles,
): Map<string, string | Uint8Array> {
  const payload = new Map<string, string | Uint8Array>(Object.entries(runtime.files));
  for (const [path, content] of extraFiles(cell.packages, runtime.extras))
    payload.set(path, content);
  payload.set("package.json", `${JSON.stringify({ private: true, type: "module" }, null, 2)}\n`);
  for (const [path, content] of Object.entries(cell.files)) payload.set(path, content);
  const manifest = {
    entry: cell.entry,
    packageName: runtime.packageName,
    maps: cell.maps,
    sources: cell.sources,
  };
  payload.set(".kolba/cell.json", JSON.stringify(manifest));
  return payload;
}
