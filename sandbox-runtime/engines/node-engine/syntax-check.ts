/**
 * Find where Node's own parser rejects a cell module. The transpiler catches what it can parse
 * wrongly; Node's early errors (a `let` declared twice, `await` outside async) surface only
 * when the module loads, and their stack names no place, so `node --check` is asked instead.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { locatedAt } from "../transpile/located.ts";
import type { FrameResolver } from "../transpile/source-map-resolver.ts";
import type { LocatedError } from "../types.ts";

/**
 * Locate a syntax error in the learner's files by checking each output module, or null.
 * @example
 * locateSyntaxError(root, ["app.js"], resolve, sources, "SyntaxError: Identifier 'a' has already been declared");
 */
export function locateSyntaxError(
  root: string,
  modules: readonly string[],
  resolve: FrameResolver,
  sources: Record<string, string>,
  message: string,
): LocatedError | null {
  for (const module of modules) {
    const path = join(root, module);
    const checked = spawnSync(process.execPath, ["--check", path], { encoding: "utf8" });
    if (checked.status === 0) continue;
    const lines = checked.stderr.split("\n");
    const head = /^(.*):(\d+)$/.exec(lines[0] ?? "");
    if (!head) continue;
    const caret = (lines[2] ?? "").indexOf("^");
    const found = resolve({
      file: path,
      line: Number(head[2]),
      column: caret === -1 ? 1 : caret + 1,
    });
    const source = found ? sources[found.file] : undefined;
    if (found && source !== undefined)
      return locatedAt("syntax", message, found.file, source, found.line, found.column);
  }
  return null;
}
