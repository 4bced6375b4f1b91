/**
 * Load the live cell module: in development Vite serves the source, the built site its bundle.
 * Every caller gets the same module instance, so a cell is only ever made live once.
 */
import { LIVE_CELL_URL, PAGE_ENGINE_URL } from "./live-cell-url.ts";

/** The live cell module's shape. */
export type LiveCellModule = typeof import("./live-cell.ts");

/** The page engine module's shape. */
export type PageEngineModule = typeof import("./page-engine.ts");

/**
 * Get the page's engine ready (its Worker and preview load in the background): a small module,
 * so the engine starts loading before the editor's larger bundle has arrived.
 * @example void prepareEngine();
 */
export async function prepareEngine(cellName?: string): Promise<void> {
  const module = (
    import.meta.env.DEV ? import("./page-engine.ts") : import(/* @vite-ignore */ PAGE_ENGINE_URL)
  ) as Promise<PageEngineModule>;
  (await module).pageEngine().prepare(cellName);
}

/**
 * Import the live cell module.
 * @example
 * const { activateCell } = await loadLiveCell();
 */
export function loadLiveCell(): Promise<LiveCellModule> {
  if (import.meta.env.DEV) return import("./live-cell.ts");
  return import(/* @vite-ignore */ LIVE_CELL_URL) as Promise<LiveCellModule>;
}
