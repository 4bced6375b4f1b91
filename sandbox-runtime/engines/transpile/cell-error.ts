/**
 * The error every engine throws for a cell that cannot run: it carries the located error a
 * pane shows.
 */
import type { LocatedError } from "../types.ts";

/**
 * A cell failed: bad files, a syntax error, an app that threw, a request that ran too long.
 * @example
 * throw new CellError({ kind: "engine", message: "no app.ts", formatted: "no app.ts" });
 */
export class CellError extends Error {
  readonly located: LocatedError;

  constructor(located: LocatedError) {
    super(located.formatted);
    this.name = "CellError";
    this.located = located;
  }

  /** The error's kind (`syntax`, `startup`, `timeout`, `crash`, `engine`). */
  get kind(): LocatedError["kind"] {
    return this.located.kind;
  }
}

/**
 * A located error with no place in the learner's files.
 * @example
 * new CellError(plainError("engine", "the cell has no app.ts"));
 */
export function plainError(kind: LocatedError["kind"], message: string): LocatedError {
  return { kind, message, formatted: message };
}
