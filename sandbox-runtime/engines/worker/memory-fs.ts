/**
 * The in-page engine's file system: the cell's files under `/cell` plus whatever the app
 * writes while it runs (an upload saved with `FileStorage.save`, a folder made with
 * `mkdirSync`), all in memory and gone with the Worker, so each Run starts fresh. It offers
 * the part of `node:fs` and `node:path` a cell uses, with Node's errors, so the same cell
 * code runs here, under Node and in a WebContainer.
 */
import type { FileSource, FileStat } from "flask/runtime";
import type { CellFiles } from "../cell.ts";

/** Where the cell's files live; the working directory and the app's root path. */
export const CELL_ROOT = "/cell";

type Entry =
  | { kind: "file"; bytes: Uint8Array; mtimeMs: number }
  | { kind: "dir"; mtimeMs: number };

/** Node's `fs.Stats`, as far as a cell reads it. */
export interface MemoryStats {
  size: number;
  mtimeMs: number;
  mtime: Date;
  isFile(): boolean;
  isDirectory(): boolean;
}

type Encoding = "utf8" | "utf-8";
type EncodingOption = Encoding | { encoding?: Encoding | null } | null | undefined;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A POSIX path normalized: `.` and `..` resolved, no doubled or trailing `/` (but `/` itself).
 * @example
 * normalize("/cell/./a//b/../c"); // "/cell/a/c"
 * @see node:path posix.normalize
 */
export function normalize(path: string): string {
  if (path === "") return ".";
  const absolute = path.startsWith("/");
  const trailing = path.endsWith("/");
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
    } else out.push(part);
  }
  const joined = out.join("/");
  if (absolute) return `/${joined}${trailing && joined ? "/" : ""}`;
  return (joined || ".") + (trailing && joined ? "/" : "");
}

/**
 * `node:path` for POSIX paths, with `process.cwd()` being {@link CELL_ROOT}.
 * @example
 * const { join } = createPath(); join("/cell/instance", "uploads"); // "/cell/instance/uploads"
 * @see node:path posix
 */
export function createPath(cwd = CELL_ROOT) {
  const strip = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);
  const path = {
    sep: "/",
    delimiter: ":",
    normalize,
    isAbsolute: (p: string) => p.startsWith("/"),
    join: (...parts: string[]) => normalize(parts.filter((p) => p !== "").join("/")),
    resolve(...parts: string[]): string {
      let out = "";
      for (let i = parts.length - 1; i >= 0 && !out.startsWith("/"); i--) {
        const part = parts[i] ?? "";
        if (part !== "") out = out ? `${part}/${out}` : part;
      }
      if (!out.startsWith("/")) out = out ? `${cwd}/${out}` : cwd;
      return strip(normalize(out));
    },
    dirname(p: string): string {
      const trimmed = strip(p);
      const slash = trimmed.lastIndexOf("/");
      if (slash === -1) return ".";
      return slash === 0 ? "/" : trimmed.slice(0, slash);
    },
    basename(p: string, ext?: string): string {
      const base = strip(p).split("/").pop() ?? "";
      return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
    },
    extname(p: string): string {
      const base = path.basename(p);
      const dot = base.lastIndexOf(".");
      return dot <= 0 ? "" : base.slice(dot);
    },
    relative(from: string, to: string): string {
      const a = path.resolve(from).split("/").filter(Boolean);
      const b = path.resolve(to).split("/").filter(Boolean);
      let same = 0;
      while (same < a.length && same < b.length && a[same] === b[same]) same++;
      return [...a.slice(same).map(() => ".."), ...b.slice(same)].join("/");
    },
  };
  return { ...path, posix: path, default: path };
}

function nodeError(code: string, text: string, syscall: string, path: string): Error {
  const errno: Record<string, number> = { ENOENT: -2, EEXIST: -17, ENOTDIR: -20, EISDIR: -21 };
  return Object.assign(new Error(`${code}: ${text}, ${syscall} '${path}'`), {
    code,
    errno: errno[code],
    syscall,
    path,
  });
}

const NO_ENTRY = "no such file or directory";

function asBytes(data: string | Uint8Array | ArrayBufferView): Uint8Array {
  if (typeof data === "string") return encoder.encode(data);
  if (data instanceof Uint8Array) return data.slice();
  return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

function wantsText(options: EncodingOption): boolean {
  const encoding = typeof options === "object" && options !== null ? options.encoding : options;
  return encoding === "utf8" || encoding === "utf-8";
}

/**
 * An in-memory file system with a `node:fs`-shaped face ({@link MemoryFs.module}).
 * @example
 * const fs = new MemoryFs(); fs.mount({ "app.ts": "…" }); fs.module.existsSync("/cell/app.ts"); // true
 */
export class MemoryFs {
  readonly #entries = new Map<string, Entry>([["/", { kind: "dir", mtimeMs: Date.now() }]]);
  readonly path: ReturnType<typeof createPath>;
  readonly cwd: string;

  constructor(cwd = CELL_ROOT) {
    this.cwd = cwd;
    this.path = createPath(cwd);
    this.#makeDirs(cwd, Date.now());
  }

  #makeDirs(absolute: string, mtimeMs: number): string | undefined {
    let first: string | undefined;
    let at = "";
    for (const part of absolute.split("/").filter(Boolean)) {
      at += `/${part}`;
      const entry = this.#entries.get(at);
      if (entry?.kind === "file") return first;
      if (!entry) {
        this.#entries.set(at, { kind: "dir", mtimeMs });
        first ??= at;
      }
    }
    return first;
  }

  /** Put the cell's files under {@link CELL_ROOT}. */
  mount(files: CellFiles, mtimeMs = Date.now()): void {
    for (const [name, content] of Object.entries(files)) {
      const target = this.path.resolve(this.cwd, name.replace(/^\.?\/+/, ""));
      this.#makeDirs(this.path.dirname(target), mtimeMs);
      this.#entries.set(target, { kind: "file", bytes: asBytes(content), mtimeMs });
    }
  }

  /** The parent folder's entry, or the error `syscall` on `given` gives when it is missing. */
  #parent(absolute: string, syscall: string, given: string): void {
    const parent = this.#entries.get(this.path.dirname(absolute));
    if (!parent) throw nodeError("ENOENT", NO_ENTRY, syscall, given);
    if (parent.kind !== "dir") throw nodeError("ENOTDIR", "not a directory", syscall, given);
  }

  /** What a path names, or undefined. */
  entry(path: string): Entry | undefined {
    return this.#entries.get(this.path.resolve(path));
  }

  /** The `node:fs` functions a cell uses, bound to this file system. */
  readonly module = {
    existsSync: (path: string): boolean => this.entry(String(path)) !== undefined,

    mkdirSync: (path: string, options?: { recursive?: boolean } | number): string | undefined => {
      const absolute = this.path.resolve(path);
      const recursive = typeof options === "object" && options?.recursive === true;
      const existing = this.#entries.get(absolute);
      if (recursive) {
        if (existing?.kind === "file")
          throw nodeError("EEXIST", "file already exists", "mkdir", path);
        for (let at = this.path.dirname(absolute); at !== "/"; at = this.path.dirname(at)) {
          if (this.#entries.get(at)?.kind === "file")
            throw nodeError("ENOTDIR", "not a directory", "mkdir", path);
        }
        return existing ? undefined : this.#makeDirs(absolute, Date.now());
      }
      if (existing) throw nodeError("EEXIST", "file already exists", "mkdir", path);
      this.#parent(absolute, "mkdir", path);
      this.#entries.set(absolute, { kind: "dir", mtimeMs: Date.now() });
      return undefined;
    },

    readdirSync: (path: string): string[] => {
      const absolute = this.path.resolve(path);
      const entry = this.#entries.get(absolute);
      if (!entry) throw nodeError("ENOENT", NO_ENTRY, "scandir", path);
      if (entry.kind !== "dir") throw nodeError("ENOTDIR", "not a directory", "scandir", path);
      const prefix = absolute === "/" ? "/" : `${absolute}/`;
      const names: string[] = [];
      for (const key of this.#entries.keys()) {
        if (key !== absolute && key.startsWith(prefix) && !key.slice(prefix.length).includes("/"))
          names.push(key.slice(prefix.length));
      }
      return names.sort();
    },

    writeFileSync: (
      path: string,
      data: string | Uint8Array | ArrayBufferView,
      _options?: EncodingOption,
    ): void => {
      const absolute = this.path.resolve(path);
      if (this.#entries.get(absolute)?.kind === "dir")
        throw nodeError("EISDIR", "illegal operation on a directory", "open", path);
      this.#parent(absolute, "open", path);
      this.#entries.set(absolute, { kind: "file", bytes: asBytes(data), mtimeMs: Date.now() });
    },

    appendFileSync: (path: string, data: string | Uint8Array, _options?: EncodingOption): void => {
      const before = this.entry(path);
      const head = before?.kind === "file" ? before.bytes : new Uint8Array();
      const tail = asBytes(data);
      const joined = new Uint8Array(head.length + tail.length);
      joined.set(head);
      joined.set(tail, head.length);
      this.module.writeFileSync(path, joined);
    },

    readFileSync: ((path: string, options?: EncodingOption): string | Uint8Array => {
      const entry = this.entry(path);
      if (!entry) throw nodeError("ENOENT", NO_ENTRY, "open", path);
      if (entry.kind === "dir")
        throw nodeError("EISDIR", "illegal operation on a directory", "read", path);
      return wantsText(options) ? decoder.decode(entry.bytes) : entry.bytes.slice();
    }) as {
      (path: string, options: Encoding | { encoding: Encoding }): string;
      (path: string, options?: { encoding?: null } | null): Uint8Array;
    },

    statSync: (path: string): MemoryStats => {
      const entry = this.entry(path);
      if (!entry) throw nodeError("ENOENT", NO_ENTRY, "stat", path);
      const size = entry.kind === "file" ? entry.bytes.length : 0;
      return {
        size,
        mtimeMs: entry.mtimeMs,
        mtime: new Date(entry.mtimeMs),
        isFile: () => entry.kind === "file",
        isDirectory: () => entry.kind === "dir",
      };
    },

    unlinkSync: (path: string): void => {
      const absolute = this.path.resolve(path);
      const entry = this.#entries.get(absolute);
      if (!entry) throw nodeError("ENOENT", NO_ENTRY, "unlink", path);
      if (entry.kind === "dir")
        throw nodeError("EISDIR", "illegal operation on a directory", "unlink", path);
      this.#entries.delete(absolute);
    },

    rmSync: (path: string, options: { recursive?: boolean; force?: boolean } = {}): void => {
      const absolute = this.path.resolve(path);
      const entry = this.#entries.get(absolute);
      if (!entry) {
        if (options.force) return;
        throw nodeError("ENOENT", NO_ENTRY, "rm", path);
      }
      if (entry.kind === "dir" && !options.recursive)
        throw Object.assign(
          new Error(`Path is a directory: rm returned EISDIR (is a directory) ${path}`),
          {
            code: "ERR_FS_EISDIR",
          },
        );
      for (const key of [...this.#entries.keys()])
        if (key === absolute || key.startsWith(`${absolute}/`)) this.#entries.delete(key);
    },
  };

  /**
   * The port's view of these files for an app rooted at `rootPath`: relative paths (templates,
   * `static/`) under the root, absolute ones (an upload under `app.instancePath`) as they are.
   */
  fileSource(rootPath: string): FileSource {
    const full = (path: string) => this.path.resolve(rootPath || this.cwd, path);
    return {
      readText: (path) => {
        const entry = this.#entries.get(full(path));
        return entry?.kind === "file" ? decoder.decode(entry.bytes) : null;
      },
      readBytes: (path) => {
        const entry = this.#entries.get(full(path));
        return entry?.kind === "file" ? entry.bytes : null;
      },
      stat: (path): FileStat | null => {
        const entry = this.#entries.get(full(path));
        if (!entry) return null;
        const size = entry.kind === "file" ? entry.bytes.length : 0;
        return { size, mtimeMs: entry.mtimeMs, isFile: entry.kind === "file" };
      },
    };
  }

  /** What `FileStorage.save` writes a path through. */
  write(path: string, bytes: Uint8Array): void {
    this.module.writeFileSync(path, bytes);
  }
}
