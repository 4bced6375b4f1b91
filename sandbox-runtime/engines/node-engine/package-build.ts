/**
 * The packages a cell may import besides `flask`, built as plain JavaScript for a mounted tree
 * and carried only by the cells that import them: `flask-sqlalchemy` (its modules inside the
 * port's folder, where they share the port's contexts, sql.js with its WebAssembly inside, and
 * a `node_modules/flask-sqlalchemy/` package that points at them).
 */
import { join, resolve, sep } from "node:path";
import { type BuiltTree, buildModuleTree, type TreeFiles } from "./module-tree.ts";

/** One optional package's files by tree path. */
export type OptionalPackages = Record<string, TreeFiles>;

const ENTRY = "flask-sqlalchemy/node.ts";

/**
 * Build `flask-sqlalchemy` for a port package folder (`sandbox-runtime`), as tree files under
 * `node_modules/` next to the port's.
 * @example
 * const { files } = buildSqlalchemyPackage("sandbox-runtime", "flask");
 * files.get("node_modules/flask-sqlalchemy/package.json");
 */
export function buildSqlalchemyPackage(root: string, portName = "flask"): BuiltTree {
  const portRoot = resolve(root);
  const tree = buildModuleTree({
    root: portRoot,
    entries: [ENTRY],
    outBase: `node_modules/${portName}`,
    provided: (specifier) => specifier === portName || specifier.startsWith(`${portName}/`),
    // The port's own modules come with the port; sql.js's bundle needs no scanning.
    exclude: (file) => file.startsWith(`${join(portRoot, "flask")}${sep}`),
    verbatim: (file) => file.endsWith(`${sep}sql-wasm-inline.js`),
  });
  const manifest = {
    name: "flask-sqlalchemy",
    private: true,
    type: "module",
    exports: { ".": "./index.js" },
  };
  tree.files.set(
    "node_modules/flask-sqlalchemy/package.json",
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  tree.files.set(
    "node_modules/flask-sqlalchemy/index.js",
    `export * from "../${portName}/${ENTRY.replace(/\.ts$/, ".js")}";\n`,
  );
  return {
    files: tree.files,
    inputs: [...tree.inputs, join(portRoot, "flask-sqlalchemy", "package.json")],
  };
}
