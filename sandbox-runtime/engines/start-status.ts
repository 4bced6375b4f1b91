/**
 * What every engine's `start` does around its own work: report a failure to start as an
 * `error` status and a `CellError`, and pass a cell's statuses on to the caller once `starting`
 * has already been reported by the engine.
 */
import { CellError, plainError } from "./transpile/cell-error.ts";
import type { CellStatus, LocatedError, RunningCell, StartOptions } from "./types.ts";

/**
 * Report a failed start through `onStatus` and throw it as a `CellError`.
 * @example
 * try { transpileCell(files); } catch (error) { reportStartError(options, error); }
 */
export function reportStartError(options: StartOptions, error: unknown): never {
  const located = startErrorOf(error);
  options.onStatus?.({ state: "error", error: located });
  throw error instanceof CellError ? error : new CellError(located);
}

/**
 * What a failure before the cell runs (its files checked, transpiled) shows the learner.
 * @example startErrorOf(new Error("disk full")) // { kind: "engine", message: "disk full", … }
 */
export function startErrorOf(error: unknown): LocatedError {
  return error instanceof CellError
    ? error.located
    : plainError("engine", error instanceof Error ? error.message : String(error));
}

/**
 * Forward a cell's statuses to `onStatus`, leaving out its first `starting`, which the engine
 * reported itself before the cell existed.
 * @example
 * forwardStatusesAfterStarting(cell, options.onStatus);
 */
export function forwardStatusesAfterStarting(
  cell: Pick<RunningCell, "onStatus">,
  onStatus: ((status: CellStatus) => void) | undefined,
): void {
  if (!onStatus) return;
  let first = true;
  cell.onStatus((status) => {
    if (first && status.state === "starting") return;
    first = false;
    onStatus(status);
  });
}
