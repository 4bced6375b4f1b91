/**
 * What the webcontainer engine mounts beside every cell: the port bundle under
 * `node_modules/`, and the bootstraps under `.kolba/`. Plain data, so a build step can write it
 * as JSON and the page can fetch it.
 */

/** Where the webcontainer bootstrap lands in a cell's tree; `node` is spawned on it. */
export const WEBCONTAINER_BOOTSTRAP = ".kolba/webcontainer/bootstrap.js";

/** The runtime's file name where the site serves it, under `/engine/`. */
export const WEBCONTAINER_RUNTIME_FILE = "webcontainer-runtime.json";

/**
 * The prebuilt runtime: the port package's name and every file by tree path.
 * @example
 * const runtime: RuntimeFiles = { packageName: "flask", files: { "node_modules/flask/package.json": "{…}" } };
 */
export interface RuntimeFiles {
  packageName: string;
  files: Record<string, string>;
  /** Optional packages (`flask-sqlalchemy`) by name: mounted only for cells that import them. */
  extras?: Record<string, Record<string, string>>;
}

/**
 * The file an optional package's tree is served as, under `/engine/`.
 * @example webcontainerPackageFile("flask-sqlalchemy") // "webcontainer-flask-sqlalchemy.json"
 */
export function webcontainerPackageFile(name: string): string {
  return `webcontainer-${name}.json`;
}
