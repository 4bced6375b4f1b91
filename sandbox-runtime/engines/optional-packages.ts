/**
 * The packages a cell may import besides `flask`. Each comes only with the cells that import
 * it: the node engine adds its files to the cell's folder, the WebContainer to its mount tree,
 * a download to its project, the in-page engine loads its chunk.
 */
export const OPTIONAL_PACKAGES = ["flask-sqlalchemy"] as const;

/** One of the optional packages. */
export type OptionalPackage = (typeof OPTIONAL_PACKAGES)[number];

/**
 * The optional packages a cell imports.
 * @example importedOptionalPackages(["flask", "flask-sqlalchemy"]) // ["flask-sqlalchemy"]
 */
export function importedOptionalPackages(imported: Iterable<string>): OptionalPackage[] {
  const names = new Set(imported);
  return OPTIONAL_PACKAGES.filter((name) => names.has(name));
}

/**
 * The files of the optional packages a cell imports, to lay beside the port.
 * @example extraFiles(["flask", "flask-sqlalchemy"], { "flask-sqlalchemy": { "node_modules/…": "…" } })
 */
export function extraFiles(
  imported: Iterable<string>,
  extras: Record<string, Map<string, string> | Record<string, string>> | undefined,
): [string, string][] {
  const out: [string, string][] = [];
  for (const name of importedOptionalPackages(imported)) {
    const files = extras?.[name];
    if (!files) continue;
    out.push(...(files instanceof Map ? [...files] : Object.entries(files)));
  }
  return out;
}
