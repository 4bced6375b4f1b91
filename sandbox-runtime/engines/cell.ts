/**
 * A cell: the small file tree a learner edits, and the checks it passes before any engine
 * touches it.
 */
import { CellError, plainError } from "./transpile/cell-error.ts";

/** A cell's files by relative path (`app.ts`, `templates/base.html`, `static/style.css`). */
export type CellFiles = Record<string, string | Uint8Array>;

/** The file every cell starts from. */
export const CELL_ENTRY = "app.ts";

/** Limits that keep a cell small enough for every engine. */
export const CELL_LIMITS = {
  maxFiles: 64,
  maxFileBytes: 512 * 1024,
  maxTotalBytes: 2 * 1024 * 1024,
  maxPathLength: 200,
} as const;

const SEGMENT = /^[A-Za-z0-9_@][A-Za-z0-9_.@+-]*$/;
// node_modules is where engines mount the port, so a cell may not bring its own.
const RESERVED_TOP = new Set(["node_modules", "package.json"]);

function byteLength(content: string | Uint8Array): number {
  return typeof content === "string" ? new TextEncoder().encode(content).length : content.length;
}

function pathProblem(path: string): string | null {
  if (path.length === 0) return "is empty";
  if (path.length > CELL_LIMITS.maxPathLength) {
    return `is longer than ${CELL_LIMITS.maxPathLength} characters`;
  }
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute; use a relative path";
  if (path.includes("\\")) return "uses `\\`; separate folders with `/`";
  const segments = path.split("/");
  for (const segment of segments) {
    if (segment === "") return "has an empty folder name (`//` or a trailing `/`)";
    if (segment === "." || segment === "..")
      return "contains `.` or `..`; paths stay inside the cell";
    if (!SEGMENT.test(segment)) {
      return `has the name \`${segment}\`; use letters, digits, \`_\`, \`-\`, \`.\``;
    }
  }
  if (RESERVED_TOP.has(segments[0] ?? ""))
    return `uses \`${segments[0]}\`, which the engine reserves`;
  return null;
}

/**
 * Check a cell's files and return them unchanged, or throw a `CellError` naming the first
 * problem (bad path, too big, no `app.ts`).
 * @example
 * validateCell({ "app.ts": "import { Flask } from 'flask';" });
 */
export function validateCell(files: CellFiles): CellFiles {
  const fail = (message: string): never => {
    throw new CellError(plainError("engine", message));
  };
  if (typeof files !== "object" || files === null) fail("A cell is an object of files by path.");
  const paths = Object.keys(files);
  if (paths.length > CELL_LIMITS.maxFiles) {
    fail(`The cell has ${paths.length} files; at most ${CELL_LIMITS.maxFiles} are allowed.`);
  }
  let total = 0;
  const lower = new Set<string>();
  for (const path of paths) {
    const problem = pathProblem(path);
    if (problem) fail(`The file path \`${path}\` ${problem}.`);
    const folded = path.toLowerCase();
    // Case-insensitive file systems would merge these silently.
    if (lower.has(folded)) fail(`The file path \`${path}\` differs from another only by case.`);
    lower.add(folded);
    const content = files[path];
    if (typeof content !== "string" && !(content instanceof Uint8Array)) {
      fail(`The file \`${path}\` must be text or bytes.`);
    }
    const size = byteLength(content as string | Uint8Array);
    if (size > CELL_LIMITS.maxFileBytes) {
      fail(
        `The file \`${path}\` is ${size} bytes; at most ${CELL_LIMITS.maxFileBytes} are allowed.`,
      );
    }
    total += size;
  }
  if (total > CELL_LIMITS.maxTotalBytes) {
    fail(`The cell is ${total} bytes; at most ${CELL_LIMITS.maxTotalBytes} are allowed.`);
  }
  if (!(CELL_ENTRY in files))
    fail(`The cell has no \`${CELL_ENTRY}\`: that is where the app starts.`);
  return files;
}

/**
 * Whether two cells hold exactly the same files (same paths, same contents).
 * @example sameCellFiles({ "app.ts": "a" }, { "app.ts": "a" }) // true
 */
export function sameCellFiles(a: CellFiles, b: CellFiles): boolean {
  const paths = Object.keys(a);
  if (paths.length !== Object.keys(b).length) return false;
  return paths.every((path) => {
    const x = a[path];
    const y = b[path];
    if (typeof x === "string" || typeof y === "string") return x === y;
    if (!(x instanceof Uint8Array) || !(y instanceof Uint8Array)) return false;
    return x.length === y.length && x.every((byte, i) => byte === y[i]);
  });
}
