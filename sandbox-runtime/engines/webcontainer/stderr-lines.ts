/**
 * A WebContainer process has one terminal, so stdout and stderr arrive mixed. The bootstrap
 * keeps them apart by writing each stderr write to stdout as one marked line, which the engine
 * turns back into stderr text; order between the two is kept because both share one stream.
 */

/** The line prefix of a stderr write carried on stdout. */
export const STDERR_PREFIX = "\u0000kolba-stderr:";

/**
 * The line that carries one stderr write.
 * @example
 * stderrLine("oops\n"); // '\u0000kolba-stderr:"oops\\n"\n'
 */
export function stderrLine(text: string): string {
  return `${STDERR_PREFIX}${JSON.stringify(text)}\n`;
}
