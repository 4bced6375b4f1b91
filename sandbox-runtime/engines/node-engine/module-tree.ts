/**
 * Turn a graph of TypeScript modules into plain JavaScript files for a mounted tree: every
 * module reached from the entries, transpiled with the cells' transpiler, `.ts` imports
 * pointed at `.js`, and the files of npm packages they import copied under `node_modules/`.
 */
import { readFileSync } from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { importSpecifiers } from "../transpile/import-specifiers.ts";
import { maskCode } from "../transpile/mask-code.ts";
import { transpileModule } from "../transpile/transpile-module.ts";

/** Built files by path relative to the tree's root. */
export type TreeFiles = Map<string, string>;

/** A built tree and the source files it was built from (to tell when it is stale). */
export interface BuiltTree {
  files: TreeFiles;
  inputs: string[];
}

/** What to build. */
export interface ModuleTreeOptions {
  /** The folder the modules live under. */
  root: string;
  /** Entry modules, relative to `root`. */
  entries: string[];
  /** Where `root` lands in the tree (`node_modules/flask`). */
  outBase: string;
  /** Bare specifiers the tree provides itself (`flask`, `flask/runtime`): left alone. */
  provided: (specifier: string) => boolean;
  /** Files another build already provides: imports of them are rewritten, the files left out. */
  exclude?: (file: string) => boolean;
  /** Files copied as they are, never scanned (a large generated bundle that imports only `node:*`). */
  verbatim?: (file: string) => boolean;
}

const REQUIRE = /(?<![.\w$])require\s*\(\s*(["'])/g;

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

function readPackage(folder: string): { name?: string } | null {
  try {
    return JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { name?: string };
  } catch {
    return null;
  }
}

function packageRootOf(file: string): { root: string; name: string } {
  let folder = dirname(file);
  while (true) {
    const name = readPackage(folder)?.name;
    if (name) return { root: folder, name };
    const up = dirname(folder);
    if (up === folder) throw new Error(`No package.json above ${file}`);
    folder = up;
  }
}

interface FoundSpecifier {
  specifier: string;
  start: number;
  end: number;
  required?: boolean;
}

// es-module-lexer sees only ES module syntax; `require("…")` in a CommonJS package still needs
// the masked scan (strings and comments blanked) to be found.
function requireSpecifiers(code: string): FoundSpecifier[] {
  const masked = maskCode(code);
  const found: FoundSpecifier[] = [];
  for (const match of masked.matchAll(REQUIRE)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = masked.indexOf(match[1] as string, start);
    if (end !== -1) found.push({ specifier: code.slice(start, end), start, end, required: true });
  }
  return found;
}

// The first target of a package.json `exports` entry under Node's conditions for `import`.
function importTarget(target: unknown): string | null {
  if (typeof target === "string") return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const found = importTarget(item);
      if (found) return found;
    }
    return null;
  }
  if (target && typeof target === "object") {
    for (const [condition, value] of Object.entries(target)) {
      if (condition !== "node" && condition !== "import" && condition !== "default") continue;
      const found = importTarget(value);
      if (found) return found;
    }
  }
  return null;
}

// `require.resolve` follows the `require` condition; an `import` of a package whose `exports`
// name another file for `import` loads that file instead, so that is the one to copy.
function resolveForImport(specifier: string, required: string): string {
  const pkg = packageRootOf(required);
  const name = readPackage(pkg.root)?.name ?? "";
  if (!specifier.startsWith(name)) return required;
  let exports: unknown;
  try {
    exports = (
      JSON.parse(readFileSync(join(pkg.root, "package.json"), "utf8")) as { exports?: unknown }
    ).exports;
  } catch {
    return required;
  }
  if (exports === undefined) return required;
  const subpath = `.${specifier.slice(name.length)}`;
  const sugar =
    typeof exports === "string" ||
    Array.isArray(exports) ||
    !Object.keys(exports as object).some((key) => key.startsWith("."));
  const entry = sugar
    ? subpath === "."
      ? exports
      : undefined
    : (exports as Record<string, unknown>)[subpath];
  const target = importTarget(entry);
  return target ? join(pkg.root, target) : required;
}

// Inside an npm package, CommonJS rules apply (extensions optional) and a file that is not
// there is a branch the package never takes here.
function resolveInPackage(specifier: string, importer: string): string | null {
  try {
    return createRequire(importer).resolve(specifier);
  } catch {
    return null;
  }
}

/**
 * Build the modules reached from the entries into tree files.
 * @example
 * buildModuleTree({ root: "sandbox-runtime", entries: ["flask/index.ts"], outBase: "node_modules/flask", provided: () => false });
 */
export function buildModuleTree(options: ModuleTreeOptions): BuiltTree {
  const root = resolve(options.root);
  const files: TreeFiles = new Map();
  const pending: string[] = [];
  const seen = new Set<string>();
  const inRoot = (file: string) => !toPosix(relative(root, file)).startsWith("../");
  const treePathOf = (file: string): string => {
    if (inRoot(file))
      return `${options.outBase}/${toPosix(relative(root, file)).replace(/\.ts$/, ".js")}`;
    const pkg = packageRootOf(file);
    return `node_modules/${pkg.name}/${toPosix(relative(pkg.root, file)).replace(/\.ts$/, ".js")}`;
  };
  const queue = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    pending.push(file);
  };
  const vendor = (specifier: string, importer: string, required: boolean) => {
    let resolved: string;
    try {
      resolved = createRequire(importer).resolve(specifier);
      if (!required) resolved = resolveForImport(specifier, resolved);
    } catch (error) {
      // A package's optional dependency may be absent; the tree's own imports may not.
      if (inRoot(importer)) throw error;
      return;
    }
    const pkg = packageRootOf(resolved);
    const json = join(pkg.root, "package.json");
    if (!seen.has(json)) {
      seen.add(json);
      files.set(`node_modules/${pkg.name}/package.json`, readFileSync(json, "utf8"));
    }
    queue(resolved);
  };
  for (const entry of options.entries) queue(join(root, entry));
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (options.exclude?.(file)) continue;
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch {
      throw new Error(`Cannot build ${toPosix(relative(root, file))}: the file is missing.`);
    }
    if (options.verbatim?.(file)) {
      files.set(treePathOf(file), source);
      continue;
    }
    const code = file.endsWith(".ts")
      ? transpileModule(source, toPosix(relative(root, file)), "").code
      : source;
    const found: FoundSpecifier[] = [...importSpecifiers(code), ...requireSpecifiers(code)].sort(
      (a, b) => a.start - b.start,
    );
    let out = "";
    let cursor = 0;
    for (const { specifier, start, end, required } of found) {
      if (specifier.startsWith("./") || specifier.startsWith("../")) {
        const target = inRoot(file)
          ? resolve(dirname(file), specifier)
          : resolveInPackage(specifier, file);
        if (target === null) continue;
        queue(target);
        if (inRoot(file) && !inRoot(target)) {
          // A module of the port beside the root (a shared helper) lands inside the port's
          // package folder; point the import there.
          const path = toPosix(relative(dirname(treePathOf(file)), treePathOf(target)));
          out += code.slice(cursor, start) + (path.startsWith(".") ? path : `./${path}`);
          cursor = end;
        } else if (target.endsWith(".ts")) {
          out += code.slice(cursor, start) + specifier.replace(/\.ts$/, ".js");
          cursor = end;
        }
      } else if (!isBuiltin(specifier) && !options.provided(specifier)) {
        vendor(specifier, file, required === true);
      }
    }
    files.set(treePathOf(file), out + code.slice(cursor));
  }
  return { files, inputs: [...seen] };
}
