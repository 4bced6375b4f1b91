/**
 * Build the webcontainer engine's runtime files under Node (tests, the site's build step): the
 * port bundle exactly as the node engine builds it, the node engine's bootstrap, and the
 * webcontainer bootstrap that runs before it. Uses `node:*`; the page only ever sees the result.
 */
import { fileURLToPath } from "node:url";
import { BOOTSTRAP_PATH } from "../node-engine/cell-tree.ts";
import { buildModuleTree } from "../node-engine/module-tree.ts";
import { buildSqlalchemyPackage } from "../node-engine/package-build.ts";
import { buildPort } from "../node-engine/port-build.ts";
import { type RuntimeFiles, WEBCONTAINER_BOOTSTRAP } from "./runtime-files.ts";

const ENGINES_ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEFAULT_PORT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

const sourceOf = (treePath: string) => treePath.replace(/^\.kolba\//, "").replace(/\.js$/, ".ts");

/**
 * Build the runtime files for a port package folder (default: this repository's).
 * @example
 * const runtime = buildWebContainerRuntime();
 * await writeFile("public/engine/webcontainer-runtime.json", JSON.stringify(runtime));
 */
export function buildWebContainerRuntime(portRoot: string = DEFAULT_PORT_ROOT): RuntimeFiles {
  const port = buildPort(portRoot);
  const bootstraps = buildModuleTree({
    root: ENGINES_ROOT,
    entries: [sourceOf(BOOTSTRAP_PATH), sourceOf(WEBCONTAINER_BOOTSTRAP)],
    outBase: ".kolba",
    provided: (specifier) =>
      specifier === port.packageName || specifier.startsWith(`${port.packageName}/`),
  });
  const sqlalchemy = buildSqlalchemyPackage(portRoot, port.packageName);
  return {
    packageName: port.packageName,
    files: Object.fromEntries([...port.files, ...bootstraps.files]),
    extras: { "flask-sqlalchemy": Object.fromEntries(sqlalchemy.files) },
  };
}
