/**
 * Prepare template source as Jinja's lexer does with Flask's settings: every newline becomes
 * `\n`, and one trailing newline is dropped (`keep_trailing_newline=False`).
 * @example normalizeSource("<p>hi</p>\r\n") // "<p>hi</p>"
 * @see jinja2/lexer.py Lexer.tokeniter
 */
export function normalizeSource(source: string): string {
  const text = source.replace(/\r\n|\r/g, "\n");
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}
