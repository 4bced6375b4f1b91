/**
 * Load the live cell module: in development Vite serves the source, the built site its bundle.
 * Every caller gets the same module instance, so a cell is only ever made live once.
 */
import { LIVE_CELL_URL } from "./live-cell-url.ts";

/** The live cell module's shape. */
export type LiveCellModule = typeof import("./live-cell.ts");

/**
 * Import the live cell module.
 * @example
 * const { activateCell } = await loadLiveCell();
 */
export function loadLiveCell(): Promise<LiveCellModule> {
  if (import.meta.env.DEV) return import("./live-cell.ts");
  return import(/* @vite-ignore */ LIVE_CELL_URL) as Promise<LiveCellModule>;
}
