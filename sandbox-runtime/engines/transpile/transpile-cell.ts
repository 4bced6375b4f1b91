/**
 * Transpile a whole cell: every `.ts` module to `.js` with its source map, relative imports
 * pointed at the `.js` files, `"flask"` left for the engine, other files passed through.
 */
import { CELL_ENTRY, type CellFiles, validateCell } from "../cell.ts";
import { CellError } from "./cell-error.ts";
import { dirname, isModule, outputPath, relativeSpecifier } from "./cell-paths.ts";
import { lineColumnAt } from "./code-frame.ts";
import { importSpecifiers } from "./import-specifiers.ts";
import { isRelative, resolveImport } from "./resolve-import.ts";
import {
  decodeMappings,
  encodeMappings,
  originalPositionFor,
  type SourceMap,
} from "./source-map.ts";
import { locatedAt } from "./located.ts";
import { transpileModule } from "./transpile-module.ts";

/** A transpiled cell: what an engine mounts, plus what it needs to map errors back. */
export interface TranspiledCell {
  /** Output files by path: `.js` modules, their `.js.map` files, and every other file as is. */
  files: CellFiles;
  /** Source maps by output module path (`app.js`). */
  maps: Record<string, SourceMap>;
  /** The learner's sources by cell path (`app.ts`). */
  sources: Record<string, string>;
  /** The output entry module (`app.js`). */
  entry: string;
  /** Bare specifiers the cell imports (`flask`), for the engine to provide. */
  packages: string[];
}

function rewriteSpecifiers(
  code: string,
  map: SourceMap,
  file: string,
  source: string,
  paths: ReadonlySet<string>,
  packages: Set<string>,
): { code: string; map: SourceMap } {
  const lines = decodeMappings(map.mappings);
  let out = "";
  let cursor = 0;
  const shifted = new Map<number, number>();
  for (const found of importSpecifiers(code)) {
    if (!isRelative(found.specifier)) {
      packages.add(found.specifier);
      continue;
    }
    const target = resolveImport(found.specifier, file, paths);
    if (target === null) {
      const at = lineColumnAt(code, found.start);
      const original = originalPositionFor(lines, map.sources, at.line - 1, at.column - 1);
      const line = original ? original.line + 1 : at.line;
      const column = original ? original.column + 1 : at.column;
      throw new CellError(
        locatedAt(
          "syntax",
          `Cannot find module '${found.specifier}' (no such file in the cell)`,
          file,
          source,
          line,
          column,
        ),
      );
    }
    const replacement = relativeSpecifier(dirname(file), outputPath(target));
    if (replacement === found.specifier) continue;
    // Columns after the specifier on its line move by the change in length; keep the map true.
    const at = lineColumnAt(code, found.end);
    const delta = replacement.length - found.specifier.length;
    const before = shifted.get(at.line) ?? 0;
    for (const segment of lines[at.line - 1] ?? []) {
      if (segment[0] >= at.column - 1 + before) segment[0] += delta;
    }
    shifted.set(at.line, before + delta);
    out += code.slice(cursor, found.start) + replacement;
    cursor = found.end;
  }
  out += code.slice(cursor);
  return { code: out, map: { ...map, mappings: encodeMappings(lines) } };
}

/**
 * Validate and transpile a cell. Throws a `CellError` for bad paths, syntax errors and imports
 * of files the cell does not have, located in the learner's file.
 * @example
 * const out = transpileCell({ "app.ts": 'import { Flask } from "flask";' });
 * out.files["app.js"]; // 'import { Flask } from "flask";\n//# sourceMappingURL=app.js.map'
 */
export function transpileCell(cell: CellFiles): TranspiledCell {
  validateCell(cell);
  const paths = new Set(Object.keys(cell));
  const files: CellFiles = {};
  const maps: Record<string, SourceMap> = {};
  const sources: Record<string, string> = {};
  const packages = new Set<string>();
  for (const [path, content] of Object.entries(cell)) {
    if (!isModule(path)) {
      files[path] = content;
      continue;
    }
    const source = typeof content === "string" ? content : new TextDecoder().decode(content);
    sources[path] = source;
    const out = outputPath(path);
    const baseName = out.slice(out.lastIndexOf("/") + 1);
    const transpiled = transpileModule(source, path, baseName);
    const rewritten = rewriteSpecifiers(
      transpiled.code,
      transpiled.map,
      path,
      source,
      paths,
      packages,
    );
    files[out] = `${rewritten.code.replace(/\n?$/, "\n")}//# sourceMappingURL=${baseName}.map\n`;
    files[`${out}.map`] = JSON.stringify(rewritten.map);
    maps[out] = rewritten.map;
  }
  return { files, maps, sources, entry: outputPath(CELL_ENTRY), packages: [...packages].sort() };
}
