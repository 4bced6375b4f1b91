/**
 * Evaluate a transpiled cell's ES modules inside a Worker: each module becomes a `data:` URL
 * with its imports pointed at the URLs of the modules it needs, `"flask"` at a module that
 * re-exports the port the Worker already loaded. (`data:` rather than Blob URLs: a Blob URL is
 * looked up in the browser process on every import, which measured slower.) Stack frames name `file:///cell/<path>` (a
 * `sourceURL` comment), and `import.meta.url` says the same, so the port sees what it sees
 * under Node.
 */
import { CellError, plainError } from "../transpile/cell-error.ts";
import { importSpecifiers } from "../transpile/import-specifiers.ts";
import { learnerFileName, locateImport } from "../transpile/located.ts";
import type { TranspiledCell } from "../transpile/transpile-cell.ts";

/** Where the cell's modules claim to live. */
export const CELL_BASE = "file:///cell/";

/** A frame position. */
export interface FramePosition {
  file: string;
  line: number;
  column: number;
}

/** What evaluating needs and what it tells the resolver. */
export interface CellModules {
  /** Import the entry module (runs the cell). */
  run(): Promise<unknown>;
  /**
   * Undo what the engine added to each module's first line, so a frame's column is the
   * transpiled module's again.
   */
  unshift(frame: FramePosition): FramePosition;
}

function moduleUrl(code: string): string {
  return `data:text/javascript;charset=utf-8,${encodeURIComponent(code)}`;
}

/**
 * A module that re-exports a namespace object's members, so a cell module can
 * `import { Flask } from "<its url>"`.
 * @example
 * namespaceModule("__kolbaFlask", { Flask: class {} });
 */
export function namespaceModule(globalName: string, namespace: Record<string, unknown>): string {
  const names = Object.keys(namespace).filter(
    (name) => name !== "default" && /^[A-Za-z_$][\w$]*$/.test(name),
  );
  const lines = [`const ns = globalThis[${JSON.stringify(globalName)}];`];
  for (const name of names) lines.push(`export const ${name} = ns[${JSON.stringify(name)}];`);
  if ("default" in namespace) lines.push("export default ns.default;");
  return moduleUrl(lines.join("\n"));
}

/**
 * Prepare a transpiled cell's modules for evaluation.
 * @example
 * const modules = prepareCellModules(transpileCell(files), { flask: flaskUrl });
 * await modules.run();
 */
export function prepareCellModules(
  cell: TranspiledCell,
  packages: Record<string, string>,
): CellModules {
  const urls = new Map<string, string>();
  const prefixes = new Map<string, number>();
  // Messages name the file the learner wrote (`app.ts`), not the module it became (`app.js`).
  const sourceName = (path: string) => learnerFileName(path, cell.sources);
  const visiting = new Set<string>();
  const urlOf = (path: string, chain: string[]): string => {
    const known = urls.get(path);
    if (known) return known;
    if (visiting.has(path)) {
      const cycle = [...chain.slice(chain.indexOf(path)), path].map(sourceName).join(" → ");
      throw new CellError(
        plainError(
          "startup",
          `The modules import each other in a circle (${cycle}); the in-page engine cannot run circular imports. Move what both need into a third module.`,
        ),
      );
    }
    visiting.add(path);
    const code = cell.files[path];
    if (typeof code !== "string") {
      throw new CellError(plainError("startup", `The module ${sourceName(path)} is missing.`));
    }
    const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
    let out = "";
    let cursor = 0;
    for (const { specifier, start, end } of importSpecifiers(code)) {
      let target: string;
      if (specifier.startsWith("./") || specifier.startsWith("../")) {
        target = urlOf(new URL(specifier, `${CELL_BASE}${folder}`).href.slice(CELL_BASE.length), [
          ...chain,
          path,
        ]);
      } else {
        const provided = packages[specifier];
        if (!provided) {
          const offered = Object.keys(packages)
            .map((name) => `"${name}"`)
            .join(", ");
          const message = `${sourceName(path)} imports "${specifier}", which the in-page engine does not provide (it provides ${offered}).`;
          throw new CellError(locateImport("startup", message, path, specifier, cell.sources));
        }
        target = provided;
      }
      out += code.slice(cursor, start) + target;
      cursor = end;
    }
    out += code.slice(cursor);
    // On the first line, so no line moves; the column shift is undone for frames on line 1.
    const prefix = `import.meta.url=${JSON.stringify(CELL_BASE + path)};`;
    prefixes.set(CELL_BASE + path, prefix.length);
    const url = moduleUrl(`${prefix}${out}\n//# sourceURL=${CELL_BASE}${path}\n`);
    visiting.delete(path);
    urls.set(path, url);
    return url;
  };
  const entry = urlOf(cell.entry, []);
  return {
    run: () => import(/* @vite-ignore */ entry),
    unshift(frame) {
      const shift = frame.line === 1 ? (prefixes.get(frame.file) ?? 0) : 0;
      return shift ? { ...frame, column: Math.max(1, frame.column - shift) } : frame;
    },
  };
}
