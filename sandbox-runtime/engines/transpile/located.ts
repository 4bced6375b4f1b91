/**
 * Located errors: a message tied to a place in the learner's files, printable as
 * `app.ts:7:12: message` with a code frame.
 */
import type { LocatedError } from "../types.ts";
import { codeFrame } from "./code-frame.ts";
import { firstCellFrame, type FrameResolver, mapStack } from "./source-map-resolver.ts";

/**
 * A located error at a 1-based line and column of a learner's file.
 * @example
 * locatedAt("syntax", "SyntaxError: Unexpected token", "app.ts", source, 7, 12);
 */
export function locatedAt(
  kind: LocatedError["kind"],
  message: string,
  file: string,
  source: string,
  line: number,
  column: number,
): LocatedError {
  const frame = codeFrame(source, line, column);
  return {
    kind,
    message,
    location: { file, line, column },
    codeFrame: frame,
    formatted: `${file}:${line}:${column}: ${message}\n${frame}`,
  };
}

/**
 * Locate a thrown value through the cell's source maps: its first frame in the learner's
 * files, the code there, and the whole stack mapped.
 * @example
 * locateThrown("startup", error, resolve, { "app.ts": source });
 */
export function locateThrown(
  kind: LocatedError["kind"],
  thrown: unknown,
  resolve: FrameResolver,
  sources: Record<string, string>,
): LocatedError {
  const error = thrown instanceof Error ? thrown : null;
  const message = error ? `${error.name}: ${error.message}` : `Uncaught ${String(thrown)}`;
  const stack = error?.stack ? mapStack(error.stack, resolve) : undefined;
  const at = error?.stack ? firstCellFrame(error.stack, resolve) : null;
  const source = at ? sources[at.file] : undefined;
  if (at && source !== undefined) {
    const located = locatedAt(kind, message, at.file, source, at.line, at.column);
    return stack ? { ...located, stack } : located;
  }
  const plain: LocatedError = { kind, message, formatted: stack ?? message };
  return stack ? { ...plain, stack } : plain;
}

/**
 * An error about an import the cell cannot have (a package no engine provides), located at the
 * import in the learner's file: `file` is the module it became (`app.js`) or the learner's name
 * for it (`app.ts`); messages name the learner's file. Unlocated when the import is not found.
 * @example
 * locateImport("startup", 'app.ts imports "flask-login"…', "app.js", "flask-login", sources);
 */
export function locateImport(
  kind: LocatedError["kind"],
  message: string,
  file: string,
  specifier: string,
  sources: Record<string, string>,
): LocatedError {
  const name = learnerFileName(file, sources);
  const source = sources[name];
  const quoted = new RegExp(`(["'])${specifier.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\1`);
  const at = source?.search(quoted) ?? -1;
  if (source === undefined || at < 0) return { kind, message, formatted: message };
  const before = source.slice(0, at);
  const line = before.split("\n").length;
  return locatedAt(kind, message, name, source, line, at - before.lastIndexOf("\n"));
}

/**
 * The learner's name for a module the cell's TypeScript became (`app.js` → `app.ts`).
 * @example learnerFileName("models/user.js", { "models/user.ts": "…" }); // "models/user.ts"
 */
export function learnerFileName(file: string, sources: Record<string, string>): string {
  const ts = file.replace(/\.js$/, ".ts");
  return ts in sources ? ts : file;
}
