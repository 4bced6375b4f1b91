/**
 * Find the module specifiers a transpiled ES module imports: static imports, re-exports and
 * `import("…")`, each with the offsets of the text between its quotes.
 */
import { maskCode } from "./mask-code.ts";

/** One specifier: its text and where that text starts and ends in the code. */
export interface ImportSpecifier {
  specifier: string;
  start: number;
  end: number;
}

const STATIC =
  /(?<![.\w$])(?:import|export)(?:\s*[\w$]*\s*,?\s*(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?)?\s*from)?\s*(["'])/g;
const DYNAMIC = /(?<![.\w$])import\s*\(\s*(["'])/g;

/**
 * List the specifiers of an ES module in source order.
 * @example
 * importSpecifiers('import { a } from "./a";').map((s) => s.specifier); // ["./a"]
 */
export function importSpecifiers(code: string): ImportSpecifier[] {
  const masked = maskCode(code);
  const found: ImportSpecifier[] = [];
  for (const pattern of [STATIC, DYNAMIC]) {
    pattern.lastIndex = 0;
    for (const match of masked.matchAll(pattern)) {
      const quote = match[1] as string;
      const start = (match.index ?? 0) + match[0].length;
      const end = masked.indexOf(quote, start);
      if (end === -1) continue;
      found.push({ specifier: code.slice(start, end), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
