/**
 * The Node file source: an app's files read from disk under its root path.
 * @see flask/sansio/scaffold.py Scaffold.root_path
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FileSource, FileStat } from "flask/runtime";

function missing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR" || code === "ENAMETOOLONG";
}

/**
 * Read files relative to `rootPath` (the working directory when empty).
 * @example
 * const files = createFsFileSource("/srv/app"); files.readText("templates/index.html");
 * @see flask/helpers.py send_from_directory
 */
export function createFsFileSource(rootPath: string): FileSource {
  const root = resolve(rootPath || process.cwd());
  const full = (path: string) => resolve(root, path);
  return {
    readText(path) {
      try {
        return readFileSync(full(path), "utf8");
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    readBytes(path) {
      try {
        return new Uint8Array(readFileSync(full(path)));
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    stat(path): FileStat | null {
      try {
        const st = statSync(full(path));
        return { size: st.size, mtimeMs: st.mtimeMs, isFile: st.isFile() };
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
  };
}

/**
 * Write an uploaded file to disk (what `FileStorage.save` uses under Node): relative to the
 * working directory, into a folder that must exist, as Python's `open(path, "wb")`.
 * @example
 * writeUpload("uploads/a.txt", bytes);
 * @see werkzeug/datastructures/file_storage.py FileStorage.save
 */
export function writeUpload(path: string, bytes: Uint8Array): void {
  writeFileSync(path, bytes);
}
