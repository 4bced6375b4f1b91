/**
 * Find where the browser's parser rejects a cell module. Sucrase misses some early errors (a
 * `let` declared twice); the browser then refuses the module import with a `SyntaxError` that
 * names no place. A classic Worker's error event does carry the line and column, so each module
 * is parsed (never run) in a throwaway nested Worker, with its module syntax blanked out
 * offset for offset.
 */
import { maskCode } from "../transpile/mask-code.ts";

/** Where a module's text fails to parse: 1-based line and column in that text. */
export interface ParseFailure {
  line: number;
  column: number;
  message: string;
}

const WRAP = '(async function () { "use strict";';
const IMPORT_STATEMENT = /(?<![.\w$])import(?=\s*[\w${*"'])[^;"']*?["'][^"']*["'];?/g;
const EXPORT_LIST =
  /(?<![.\w$])export\s*(?:\*[^;"']*?["'][^"']*["']|\{[^}]*\}(?:\s*from\s*["'][^"']*["'])?);?/g;
const EXPORT_DEFAULT = /(?<![.\w$])export\s+default(?![\w$])/g;
const EXPORT_KEYWORD = /(?<![.\w$])export(?=\s+(?:async|function|class|const|let|var)(?![\w$]))/g;
const IMPORT_META = /(?<![.\w$])import\s*\.\s*meta(?![\w$])/g;

/**
 * Rewrite an ES module as the body of a classic script's function with the same offsets:
 * imports and export lists become spaces, `export default` becomes `void`, `import.meta`
 * becomes an object literal.
 * @example
 * classicBody('import { a } from "./a.js";\nexport const b = a;'); // "                          \n       const b = a;"
 */
export function classicBody(code: string): string {
  const masked = maskCode(code);
  const out = code.split("");
  const fill = (start: number, text: string, length: number) => {
    for (let i = 0; i < length; i++) {
      if (out[start + i] !== "\n") out[start + i] = text[i] ?? " ";
    }
  };
  for (const pattern of [IMPORT_STATEMENT, EXPORT_LIST, EXPORT_KEYWORD]) {
    for (const match of masked.matchAll(pattern)) fill(match.index ?? 0, "", match[0].length);
  }
  for (const match of masked.matchAll(EXPORT_DEFAULT)) {
    fill(match.index ?? 0, "void", match[0].length);
  }
  for (const match of masked.matchAll(IMPORT_META)) {
    fill(match.index ?? 0, "({url:0})", match[0].length);
  }
  return out.join("");
}

/**
 * Parse a module's text in a nested Worker; resolves with where it fails, or null.
 * @example
 * await probeSyntax("let a = 1;\nlet a = 2;"); // { line: 2, column: 5, message: "Uncaught SyntaxError: …" }
 */
export function probeSyntax(code: string, timeoutMs = 3000): Promise<ParseFailure | null> {
  const source = `${WRAP}${classicBody(code)}\n});\npostMessage(0);\n`;
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const probe = new Worker(url);
  return new Promise<ParseFailure | null>((resolve) => {
    const done = (result: ParseFailure | null) => {
      clearTimeout(timer);
      probe.terminate();
      URL.revokeObjectURL(url);
      resolve(result);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    probe.onmessage = () => done(null);
    probe.onerror = (event) => {
      event.preventDefault();
      if (!event.lineno) return done(null);
      const column = event.lineno === 1 ? event.colno - WRAP.length : event.colno;
      done({ line: event.lineno, column: Math.max(1, column), message: event.message });
    };
  });
}
