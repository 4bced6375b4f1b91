/**
 * The few source lines around an error, with a caret under the column: what a learner sees
 * under `app.ts:7:12: message`.
 */

/**
 * Render lines around a 1-based line and column.
 * @example
 * codeFrame("a\nconst b = ;\n", 2, 11);
 * // "  1 | a\n> 2 | const b = ;\n    |           ^"
 */
export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = (lines[number - 1] ?? "").replace(/\t/g, "  ");
    const gutter = String(number).padStart(width);
    out.push(`${number === line ? ">" : " "} ${gutter} | ${text}`.trimEnd());
    if (number === line) {
      const before = (lines[number - 1] ?? "")
        .slice(0, Math.max(0, column - 1))
        .replace(/\t/g, "  ");
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(before.length)}^`);
    }
  }
  return out.join("\n");
}

/**
 * The 1-based line and column of a character offset.
 * @example
 * lineColumnAt("ab\ncd", 4); // { line: 2, column: 2 }
 */
export function lineColumnAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, source.length);
  for (let index = 0; index < end; index++) {
    if (source.charCodeAt(index) === 10) {
      line++;
      start = index + 1;
    }
  }
  return { line, column: end - start + 1 };
}
