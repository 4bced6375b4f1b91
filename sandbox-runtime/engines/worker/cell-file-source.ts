/**
 * The cell's files as the port reads them inside a Worker: templates and `static/` straight
 * from the files the page sent, no file system involved.
 */

import type { FileSource, FileStat } from "../../flask/runtime.ts";
import type { CellFiles } from "../cell.ts";

/**
 * A file source over a cell's files; every app root reads the cell's top folder.
 * @example
 * setFileSourceFactory(() => cellFileSource(files, Date.now()));
 */
export function cellFileSource(files: CellFiles, mtimeMs: number): FileSource {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const clean = (path: string) => path.replace(/^\.?\/+/, "");
  const folders = new Set<string>();
  for (const path of Object.keys(files)) {
    const segments = path.split("/");
    for (let i = 1; i < segments.length; i++) folders.add(segments.slice(0, i).join("/"));
  }
  return {
    readText(path) {
      const content = files[clean(path)];
      if (content === undefined) return null;
      return typeof content === "string" ? content : decoder.decode(content);
    },
    readBytes(path) {
      const content = files[clean(path)];
      if (content === undefined) return null;
      return typeof content === "string" ? encoder.encode(content) : content;
    },
    stat(path): FileStat | null {
      const key = clean(path);
      const content = files[key];
      if (content !== undefined) {
        const size = typeof content === "string" ? encoder.encode(content).length : content.length;
        return { size, mtimeMs, isFile: true };
      }
      return folders.has(key) || key === "" ? { size: 0, mtimeMs, isFile: false } : null;
    },
  };
}
