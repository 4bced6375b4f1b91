/**
 * Find the module specifiers a transpiled ES module imports: static imports, re-exports and
 * `import("…")`, each with the offsets of the text between its quotes. es-module-lexer does the
 * lexing; its WebAssembly compiles synchronously on first use (a few kilobytes, allowed off the
 * main thread and in Node).
 */
import { ImportType, initSync, parse } from "es-module-lexer";

/** One specifier: its text and where that text starts and ends in the code. */
export interface ImportSpecifier {
  specifier: string;
  start: number;
  end: number;
}

/**
 * List the specifiers of an ES module in source order.
 * @example
 * importSpecifiers('import { a } from "./a";').map((s) => s.specifier); // ["./a"]
 */
export function importSpecifiers(code: string): ImportSpecifier[] {
  initSync();
  const [imports] = parse(code);
  const found: ImportSpecifier[] = [];
  for (const { t, s, e } of imports) {
    if (t === ImportType.Dynamic) {
      // A dynamic import's range is its whole argument; only a plain string literal counts.
      const quote = code[s];
      if ((quote !== '"' && quote !== "'") || code[e - 1] !== quote || e - s < 2) continue;
      found.push({ specifier: code.slice(s + 1, e - 1), start: s + 1, end: e - 1 });
    } else if (t === ImportType.Static) {
      found.push({ specifier: code.slice(s, e), start: s, end: e });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
