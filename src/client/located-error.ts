/**
 * What went wrong, as the cell shows it: an engine's located error as it is, anything else as a
 * plain message.
 */
import { CellError, plainError } from "../../sandbox-runtime/engines/transpile/cell-error.ts";
import type { LocatedError } from "../../sandbox-runtime/engines/types.ts";

/**
 * The located error behind `error`.
 * @example locatedOf(new Error("gone")).formatted // "gone"
 */
export function locatedOf(error: unknown): LocatedError {
  if (error instanceof CellError) return error.located;
  return plainError("engine", error instanceof Error ? error.message : String(error));
}
