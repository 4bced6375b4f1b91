/**
 * The port as a downloaded project carries it: one folder, `vendor/flask/`, holding the port's
 * Node entry, its `flask` and `pytest` commands and every npm package they import (nunjucks,
 * the transpiler) as plain JavaScript, so `npm install` only links it (a `file:` dependency, no
 * registry) and the project runs offline. Beside it, `vendor/pytest/`: the package a cell's
 * tests import, which is the port's own `pytest` module (one fixture registry with the runner).
 */
import { fileURLToPath } from "node:url";
import { MINIMUM_NODE } from "../node/minimum-node.ts";
import { buildModuleTree } from "./module-tree.ts";
import { buildSqlalchemyPackage } from "./package-build.ts";
import { PORT_RUNTIME } from "./port-build.ts";

/** Where the port's folder sits inside a downloaded project. */
export const PROJECT_VENDOR = "vendor/flask";

/** Where the `pytest` package a cell's tests import sits inside a downloaded project. */
export const PROJECT_PYTEST = "vendor/pytest";

/** The vendored port: files by path relative to the project's root. */
export interface ProjectRuntime {
  /** The port's package name, the dependency the project's `package.json` names. */
  packageName: string;
  /** The oldest Node the command runs on, e.g. `"22.15"`. */
  minimumNode: string;
  files: Record<string, string>;
  /** Optional packages (`flask-sqlalchemy`) by name: files a project carries only when its cell imports them. */
  extras?: Record<string, Record<string, string>>;
}

/**
 * The file an optional package's project files are served as, under `/engine/`.
 * @example projectPackageFile("flask-sqlalchemy") // "project-flask-sqlalchemy.json"
 */
export function projectPackageFile(name: string): string {
  return `project-${name}.json`;
}

const DEFAULT_PORT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENTRY = "engines/node/flask.ts";
const BIN = "engines/node/project-bin.ts";
const PYTEST_BIN = "engines/node/pytest-bin.ts";
const PYTEST = "pytest/index.ts";
const PYTEST_RUNNER = "pytest/runner.ts";

const asJs = (path: string) => `./${path.replace(/\.ts$/, ".js")}`;

/**
 * Build the vendored port for downloaded projects (default: this repository's port).
 * @example
 * const runtime = buildProjectRuntime();
 * runtime.files["vendor/flask/package.json"]; // names the `flask` bin
 */
export function buildProjectRuntime(portRoot: string = DEFAULT_PORT_ROOT): ProjectRuntime {
  const name = "flask";
  const tree = buildModuleTree({
    root: portRoot,
    entries: [ENTRY, PORT_RUNTIME, BIN, PYTEST_BIN, PYTEST, PYTEST_RUNNER],
    outBase: `node_modules/${name}`,
    provided: (specifier) => specifier === name || specifier.startsWith(`${name}/`),
  });
  const manifest = {
    name,
    version: "0.1.0",
    private: true,
    type: "module",
    engines: { node: `>=${MINIMUM_NODE}` },
    exports: {
      ".": asJs(ENTRY),
      "./runtime": asJs(PORT_RUNTIME),
      "./pytest": asJs(PYTEST),
      "./pytest/runner": asJs(PYTEST_RUNNER),
    },
    bin: { [name]: asJs(BIN), pytest: asJs(PYTEST_BIN) },
  };
  // A relative import, so it reaches the port's module through npm's link with no dependency.
  const pytest = {
    name: "pytest",
    version: "0.1.0",
    private: true,
    type: "module",
    exports: { ".": "./index.js" },
  };
  const files: Record<string, string> = {
    [`${PROJECT_VENDOR}/package.json`]: `${JSON.stringify(manifest, null, 2)}\n`,
    [`${PROJECT_PYTEST}/package.json`]: `${JSON.stringify(pytest, null, 2)}\n`,
    [`${PROJECT_PYTEST}/index.js`]: `export * from "../${name}/${asJs(PYTEST).slice(2)}";\n`,
  };
  const own = `node_modules/${name}/`;
  for (const [path, text] of tree.files) {
    // The port's own files at the folder's root, the packages it imports in its node_modules.
    const at = path.startsWith(own) ? path.slice(own.length) : path;
    files[`${PROJECT_VENDOR}/${at}`] = text;
  }
  // flask-sqlalchemy: its modules inside vendor/flask/ (they share the port's contexts), sql.js
  // in vendor/flask/node_modules/, and vendor/flask-sqlalchemy/ as the package npm links.
  const sqlalchemy: Record<string, string> = {};
  for (const [path, text] of buildSqlalchemyPackage(portRoot, name).files) {
    const at = path.startsWith(own) ? path.slice(own.length) : path;
    if (`${PROJECT_VENDOR}/${at}` in files) continue;
    if (at.startsWith("node_modules/flask-sqlalchemy/")) {
      sqlalchemy[`vendor/${at.slice("node_modules/".length)}`] = text;
    } else sqlalchemy[`${PROJECT_VENDOR}/${at}`] = text;
  }
  return {
    packageName: name,
    minimumNode: MINIMUM_NODE,
    files,
    extras: { "flask-sqlalchemy": sqlalchemy },
  };
}
