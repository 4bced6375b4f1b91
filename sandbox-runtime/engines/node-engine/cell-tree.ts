/**
 * The payload a cell's process runs from, exactly as a WebContainer would mount it: the
 * transpiled cell at the root, `.kolba/cell.json` (entry, source maps, sources), the bootstrap
 * under `.kolba/`, the port under `node_modules/`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { extraFiles } from "../optional-packages.ts";
import type { TranspiledCell } from "../transpile/transpile-cell.ts";
import type { TreeFiles } from "./module-tree.ts";
import type { OptionalPackages } from "./package-build.ts";

/** Where the bootstrap lands in the tree. */
export const BOOTSTRAP_PATH = ".kolba/node-engine/bootstrap.js";

/**
 * The whole payload by path.
 * @example
 * const payload = cellPayload(transpileCell(files), "flask", runtimeFiles);
 */
export function cellPayload(
  cell: TranspiledCell,
  packageName: string,
  runtimeFiles: TreeFiles,
  extras: OptionalPackages = {},
): Map<string, string | Uint8Array> {
  const payload = new Map<string, string | Uint8Array>(runtimeFiles);
  // Packages such as flask-sqlalchemy come only with the cells that import them.
  for (const [path, content] of extraFiles(cell.packages, extras)) payload.set(path, content);
  payload.set("package.json", `${JSON.stringify({ private: true, type: "module" }, null, 2)}\n`);
  for (const [path, content] of Object.entries(cell.files)) payload.set(path, content);
  const manifest = { entry: cell.entry, packageName, maps: cell.maps, sources: cell.sources };
  payload.set(".kolba/cell.json", JSON.stringify(manifest));
  return payload;
}

/**
 * Write a payload under a folder.
 * @example
 * await writeTree("/tmp/kolba-cell-1", payload);
 */
export async function writeTree(
  root: string,
  payload: Map<string, string | Uint8Array>,
): Promise<void> {
  const folders = new Set<string>();
  for (const path of payload.keys()) folders.add(dirname(join(root, path)));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  await Promise.all([...payload].map(([path, content]) => writeFile(join(root, path), content)));
}
