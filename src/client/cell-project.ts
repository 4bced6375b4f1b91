/**
 * A cell as a project a learner can run at home: the cell's files as the editor holds them, the
 * vendored port (`vendor/flask/`, built at site build time into `public/engine/`), a
 * `package.json` that depends on it by `file:` (so `npm install` needs no registry), an `.npmrc`
 * that keeps npm offline, and a README in the learner's language. All under one folder named
 * after the cell, which is also the zip's name. A cell with tests also depends on
 * `vendor/pytest/` (what its tests import) and runs them with `npm test`.
 */
import { isTestFile } from "../../sandbox-runtime/engines/cell-tests.ts";
import type { FileMap } from "./cell-storage.ts";
import type { Translate } from "./cell-strings.ts";
import { sitePath } from "../lib/site-path.ts";

/** Where the site serves the vendored port (written by `scripts/build-engines.ts`). */
export const PROJECT_RUNTIME_URL = sitePath("/engine/project-runtime.json");

/** The vendored port as `public/engine/project-runtime.json` carries it. */
export interface ProjectRuntime {
  packageName: string;
  minimumNode: string;
  files: Record<string, string>;
  /** Optional packages (`flask-sqlalchemy`) by name, carried only when the cell imports them. */
  extras?: Record<string, Record<string, string>>;
}

/** The optional packages a project may carry, each served as `/engine/project-<name>.json`. */
export const PROJECT_PACKAGES = ["flask-sqlalchemy"] as const;

/**
 * The optional packages the cell's modules import.
 * @example
 * importedPackages({ "app.ts": 'import { SQLAlchemy } from "flask-sqlalchemy";' }); // ["flask-sqlalchemy"]
 */
export function importedPackages(files: FileMap): string[] {
  const sources = Object.entries(files)
    .filter(([path]) => /\.[cm]?[jt]s$/.test(path))
    .map(([, text]) => text);
  return PROJECT_PACKAGES.filter((name) =>
    sources.some((text) => new RegExp(`(?:from|import)\\s*["']${name}["']`).test(text)),
  );
}

/**
 * The project's folder (and zip) name: the cell name with `/` as `-`.
 * @example
 * projectName("routing/two-routes"); // "routing-two-routes"
 */
export function projectName(cellName: string): string {
  return cellName.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "kolba-cell";
}

/**
 * Whether the cell has tests (`test_app.ts`) a project runs with `npm test`.
 * @example hasTests({ "app.ts": "…", "test_app.ts": "…" }); // true
 */
export function hasTests(files: FileMap): boolean {
  return Object.keys(files).some(isTestFile);
}

/**
 * The project's `package.json`: the port as a `file:` dependency, and `npm start` running it;
 * with `tests`, `npm test` running them with the port's `pytest` command.
 * @example
 * JSON.parse(projectPackageJson("routing-two-routes", runtime)).dependencies; // { flask: "file:vendor/flask" }
 */
export function projectPackageJson(
  name: string,
  runtime: ProjectRuntime,
  packages: readonly string[] = [],
  tests = false,
): string {
  const manifest = {
    name,
    version: "0.1.0",
    private: true,
    type: "module",
    engines: { node: `>=${runtime.minimumNode}` },
    scripts: { start: "flask --app app.ts run", ...(tests ? { test: "pytest" } : {}) },
    dependencies: {
      [runtime.packageName]: `file:vendor/${runtime.packageName}`,
      ...Object.fromEntries(packages.map((p) => [p, `file:vendor/${p}`])),
      ...(tests ? { pytest: "file:vendor/pytest" } : {}),
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** npm settings that keep `npm install` from reaching any server. */
export const PROJECT_NPMRC = "offline=true\naudit=false\nfund=false\nupdate-notifier=false\n";

/**
 * The project's README in the page's language; with `tests`, how to run them too.
 * @example
 * projectReadme(t, "routing/two-routes", "22.15");
 */
export function projectReadme(
  t: Translate,
  cellName: string,
  minimumNode: string,
  tests = false,
): string {
  const text = t("cell.download.readme", { cell: cellName, node: minimumNode });
  const testing = tests ? `\n${t("cell.download.readmeTests").trim()}\n` : "";
  return `${text.trimEnd()}\n${testing}`;
}

/**
 * Every file of the project, by path inside the zip (all under the project's folder).
 * @example
 * const entries = projectEntries("routing/two-routes", { "app.ts": "…" }, runtime, t);
 * entries["routing-two-routes/app.ts"];
 */
export function projectEntries(
  cellName: string,
  files: FileMap,
  runtime: ProjectRuntime,
  t: Translate,
): Record<string, string> {
  const name = projectName(cellName);
  const entries: Record<string, string> = {};
  for (const [path, text] of Object.entries(runtime.files)) entries[`${name}/${path}`] = text;
  const packages = importedPackages(files).filter((p) => runtime.extras?.[p]);
  for (const p of packages) {
    for (const [path, text] of Object.entries(runtime.extras?.[p] ?? {}))
      entries[`${name}/${path}`] = text;
  }
  for (const [path, text] of Object.entries(files)) entries[`${name}/${path}`] = text;
  const tests = hasTests(files);
  entries[`${name}/package.json`] = projectPackageJson(name, runtime, packages, tests);
  entries[`${name}/.npmrc`] = PROJECT_NPMRC;
  entries[`${name}/README.md`] = projectReadme(t, cellName, runtime.minimumNode, tests);
  return entries;
}
