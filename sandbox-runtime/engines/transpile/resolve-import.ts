/**
 * Resolve a relative import in a cell the way a learner expects from TypeScript: `./models`,
 * `./models.ts`, `./models.js` and `./lib` (its `index.ts`) all name a `.ts` file of the cell.
 */
import { dirname, isModule, joinPath } from "./cell-paths.ts";

/**
 * The cell path a relative specifier names, or null when no file matches.
 * @example
 * resolveImport("./models", "app.ts", new Set(["app.ts", "models.ts"])); // "models.ts"
 */
export function resolveImport(
  specifier: string,
  importer: string,
  paths: ReadonlySet<string>,
): string | null {
  const base = joinPath(dirname(importer), specifier);
  if (base === null) return null;
  const candidates = [base, base.replace(/\.js$/, ".ts"), `${base}.ts`, `${base}/index.ts`];
  for (const candidate of candidates) {
    if (paths.has(candidate) && (isModule(candidate) || !candidate.endsWith(".ts")))
      return candidate;
  }
  return null;
}

/** Whether a specifier is relative (`./`, `../`). */
export function isRelative(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../");
}
