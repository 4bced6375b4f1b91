/**
 * Path arithmetic inside a cell: `/`-separated, relative, no `..` escaping the root.
 */

/** The folder of a cell path (`""` at the root). */
export function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/**
 * Join a folder and a relative specifier; null when it climbs out of the cell.
 * @example
 * joinPath("lib", "../models"); // "models"
 */
export function joinPath(folder: string, relative: string): string | null {
  const parts = folder === "" ? [] : folder.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

/**
 * The relative specifier from one folder to a cell path, always starting with `./` or `../`.
 * @example
 * relativeSpecifier("lib", "models.js"); // "../models.js"
 */
export function relativeSpecifier(fromFolder: string, to: string): string {
  const from = fromFolder === "" ? [] : fromFolder.split("/");
  const target = to.split("/");
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common])
    common++;
  const up = from.length - common;
  const rest = target.slice(common).join("/");
  return up === 0 ? `./${rest}` : `${"../".repeat(up)}${rest}`;
}

/** The output path of a cell module: `.ts` becomes `.js`. */
export function outputPath(path: string): string {
  return path.replace(/\.ts$/, ".js");
}

/** Whether a cell path is a module the transpiler handles. */
export function isModule(path: string): boolean {
  return path.endsWith(".ts") && !path.endsWith(".d.ts");
}
