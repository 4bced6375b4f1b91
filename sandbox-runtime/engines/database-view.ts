/**
 * The inspector's Database view, read where the app runs: after each answer, what the app's
 * databases hold (tables, columns, row counts, the first rows). Engine-neutral; each engine
 * carries the view to the page its own way (a Worker message, an IPC message, the side channel).
 */
import type { DatabaseView } from "./types.ts";

/** Rows shown per table. */
export const DATABASE_ROWS_SHOWN = 50;

/** What of `flask-sqlalchemy` the view needs. */
export interface SnapshotSource {
  databaseSnapshot?: (limit: number) => DatabaseView[];
}

/**
 * The view now, or undefined when the cell has no database module or it cannot be read (the
 * answer itself stands either way).
 * @example readDatabaseView(await import("flask-sqlalchemy"))
 */
export function readDatabaseView(source: SnapshotSource | undefined): DatabaseView[] | undefined {
  try {
    return source?.databaseSnapshot?.(DATABASE_ROWS_SHOWN);
  } catch {
    return undefined;
  }
}

/**
 * Load the cell's `flask-sqlalchemy` under Node when the cell carries it (its folder holds the
 * package only when a module imports it), the same module instance the app uses.
 * @example const source = await loadSnapshotSource(process.cwd());
 */
export async function loadSnapshotSource(
  root: string,
  exists: (path: string) => boolean,
): Promise<SnapshotSource | undefined> {
  if (!exists(`${root}/node_modules/flask-sqlalchemy/package.json`)) return undefined;
  // A computed specifier: the tree builder must not bundle the package into the bootstrap.
  const name = ["flask", "sqlalchemy"].join("-");
  try {
    return (await import(name)) as SnapshotSource;
  } catch {
    return undefined;
  }
}
