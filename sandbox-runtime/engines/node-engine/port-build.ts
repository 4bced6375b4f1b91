/**
 * The port as a WebContainer mounts it: plain JavaScript under `node_modules/<name>/`, with a
 * `package.json` whose `.` export is the port's Node entry and whose `./runtime` export is its
 * runtime module (where engines install the server runner and the source map resolver), and
 * `pytest`, what a cell's tests import. No
 * TypeScript is left, so any Node from 20 on runs it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type BuiltTree, buildModuleTree } from "./module-tree.ts";

/** Where the port's runtime module sits inside a port package. */
export const PORT_RUNTIME = "flask/runtime.ts";

/** The tests' modules: what a cell's `test_*.ts` imports, and the runner engines call. */
const PORT_PYTEST = "pytest/index.ts";
const PORT_PYTEST_RUNNER = "pytest/runner.ts";

/**
 * Build a port package into tree files.
 * @example
 * const { files } = buildPort("sandbox-runtime");
 * files.get("node_modules/flask/package.json");
 */
export function buildPort(portRoot: string): BuiltTree & { packageName: string } {
  const json = JSON.parse(readFileSync(join(portRoot, "package.json"), "utf8")) as {
    name: string;
    exports?: { ".": { node?: string; default?: string } | string };
  };
  const dot = json.exports?.["."];
  const entry = (typeof dot === "string" ? dot : (dot?.node ?? dot?.default)) ?? "./flask/index.ts";
  const name = json.name;
  // A port folder without the tests' modules (a test's small port) offers none.
  const pytest = existsSync(join(portRoot, PORT_PYTEST));
  const tree = buildModuleTree({
    root: portRoot,
    entries: [entry, PORT_RUNTIME, ...(pytest ? [PORT_PYTEST, PORT_PYTEST_RUNNER] : [])],
    outBase: `node_modules/${name}`,
    provided: (specifier) => specifier === name || specifier.startsWith(`${name}/`),
  });
  const asJs = (path: string) => `./${path.replace(/^\.\//, "").replace(/\.ts$/, ".js")}`;
  const manifest = {
    name,
    private: true,
    type: "module",
    exports: {
      ".": asJs(entry),
      "./runtime": asJs(PORT_RUNTIME),
      ...(pytest
        ? { "./pytest": asJs(PORT_PYTEST), "./pytest/runner": asJs(PORT_PYTEST_RUNNER) }
        : {}),
    },
  };
  tree.files.set(`node_modules/${name}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  if (pytest) {
    // A cell's tests import "pytest": a package that is the port's, so both share one registry.
    const wrapper = {
      name: "pytest",
      private: true,
      type: "module",
      exports: { ".": "./index.js" },
    };
    tree.files.set("node_modules/pytest/package.json", `${JSON.stringify(wrapper, null, 2)}\n`);
    tree.files.set("node_modules/pytest/index.js", `export * from "${name}/pytest";\n`);
  }
  return { ...tree, inputs: [...tree.inputs, join(portRoot, "package.json")], packageName: name };
}
