/**
 * What a cell's bootstrap tells its engine: listening, failed to start, crashed, or, when it
 * ran the cell's tests, how they went; after each answer, what the app's databases hold.
 */
import type { CellRoute, CellTestReport, DatabaseView, LocatedError } from "../types.ts";

/** A message from the bootstrap inside a cell's process. */
export type BootstrapMessage =
  | { type: "ready"; url: string; port: number; routes?: CellRoute[] }
  | { type: "error"; error: LocatedError }
  | { type: "crashed"; error: LocatedError }
  | { type: "tests"; report: CellTestReport }
  | { type: "database"; view: DatabaseView[] };

/** The stdout line prefix that carries a message where there is no IPC channel. */
export const MESSAGE_PREFIX = "\u0000kolba:";

/** Whether a value is a bootstrap message. */
export function isBootstrapMessage(value: unknown): value is BootstrapMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return (
    type === "ready" ||
    type === "error" ||
    type === "crashed" ||
    type === "tests" ||
    type === "database"
  );
}
