/**
 * Turn a flat payload (path → contents) into the nested `FileSystemTree` that
 * `WebContainer.mount` takes, and back. Pure: no `node:*`, no DOM.
 */
import type { DirectoryNode, FileNode, FileSystemTree } from "@webcontainer/api";

/**
 * Nest a flat payload into a mountable tree.
 * @example
 * toFileSystemTree(new Map([["a/b.js", "x"]])); // { a: { directory: { "b.js": { file: { contents: "x" } } } } }
 */
export function toFileSystemTree(
  payload: ReadonlyMap<string, string | Uint8Array>,
): FileSystemTree {
  const root: FileSystemTree = {};
  for (const [path, contents] of [...payload].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const segments = path.split("/");
    const name = segments.pop() as string;
    let folder = root;
    for (const segment of segments) {
      const node = folder[segment];
      if (node && !("directory" in node)) {
        throw new Error(`Cannot mount ${path}: ${segment} is a file.`);
      }
      const directory = (node as DirectoryNode | undefined) ?? { directory: {} };
      folder[segment] = directory;
      folder = directory.directory;
    }
    if (folder[name]) throw new Error(`Cannot mount ${path}: it is a folder.`);
    folder[name] = { file: { contents } } satisfies FileNode;
  }
  return root;
}

/**
 * Flatten a mountable tree back into path → contents (symlinks are not used by the engine and
 * are refused).
 * @example
 * flattenFileSystemTree(toFileSystemTree(payload)); // equal to payload
 */
export function flattenFileSystemTree(
  tree: FileSystemTree,
  prefix = "",
): Map<string, string | Uint8Array> {
  const flat = new Map<string, string | Uint8Array>();
  for (const [name, node] of Object.entries(tree)) {
    const path = prefix ? `${prefix}/${name}` : name;
    if ("directory" in node) {
      for (const entry of flattenFileSystemTree(node.directory, path)) flat.set(...entry);
    } else if ("contents" in node.file) {
      flat.set(path, node.file.contents);
    } else {
      throw new Error(`Unexpected symlink at ${path}.`);
    }
  }
  return flat;
}
