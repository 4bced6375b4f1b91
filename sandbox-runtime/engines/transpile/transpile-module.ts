/**
 * The one transpiler: a learner's TypeScript module to an ES module with a source map. Sucrase
 * does the work (chosen by size and speed; see docs/engines.md).
 */
import { transform } from "sucrase";
import { CellError } from "./cell-error.ts";
import { lineColumnAt } from "./code-frame.ts";
import { locatedAt } from "./located.ts";
import type { SourceMap } from "./source-map.ts";

/** A transpiled module. */
export interface TranspiledModule {
  code: string;
  map: SourceMap;
}

function syntaxError(error: unknown, file: string, source: string): CellError {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/^Error transforming [^:]*: /, "").replace(/ \(\d+:\d+\)$/, "");
  const pos = (error as { pos?: unknown }).pos;
  if (typeof pos !== "number") {
    return new CellError({ kind: "syntax", message, formatted: `${file}: ${message}` });
  }
  const { line, column } = lineColumnAt(source, pos);
  return new CellError(locatedAt("syntax", `SyntaxError: ${message}`, file, source, line, column));
}

/**
 * Transpile one TypeScript module (`file` names it in errors and the map). Throws a `CellError`
 * of kind `syntax` located in the learner's file.
 * @example
 * const { code, map } = transpileModule("const a: number = 1;", "app.ts", "app.js");
 */
export function transpileModule(source: string, file: string, outFile: string): TranspiledModule {
  let result: ReturnType<typeof transform>;
  try {
    result = transform(source, {
      transforms: ["typescript"],
      filePath: file,
      disableESTransforms: true,
      sourceMapOptions: { compiledFilename: outFile },
    });
  } catch (error) {
    throw syntaxError(error, file, source);
  }
  const generated = result.sourceMap;
  if (!generated) throw new Error("The transpiler returned no source map.");
  const map: SourceMap = {
    version: 3,
    file: outFile,
    sources: [file],
    sourcesContent: [source],
    names: [],
    mappings: generated.mappings,
  };
  return { code: result.code, map };
}
