/**
 * The SQLite the module runs on: sql.js (SQLite compiled to WebAssembly), loaded once by the
 * engine's entry (`node.ts` under Node, the in-page engine's chunk in a Worker), and where a
 * file database's bytes are kept.
 */

/** The part of a sql.js statement the module uses. */
export interface SqlJsStatement {
  bind(values: unknown[]): boolean;
  step(): boolean;
  get(): unknown[];
  getColumnNames(): string[];
  reset(): void;
  free(): boolean;
}

/** The part of a sql.js database the module uses. */
export interface SqlJsDatabase {
  prepare(sql: string): SqlJsStatement;
  run(sql: string): unknown;
  getRowsModified(): number;
  export(): Uint8Array;
  close(): void;
}

/** sql.js once initialised. */
export interface SqlJs {
  Database: new (data?: Uint8Array | null) => SqlJsDatabase;
}

/** Where a file database's bytes live: the disk under Node, memory in a Worker. */
export interface DatabaseFiles {
  /** The file's bytes, or null when there is no such file. */
  read(path: string): Uint8Array | null;
  /** Write the whole file, making its folder first. */
  write(path: string, bytes: Uint8Array): void;
}

let loaded: SqlJs | null = null;
const memory = new Map<string, Uint8Array>();
let files: DatabaseFiles = {
  read: (path) => memory.get(path) ?? null,
  write: (path, bytes) => void memory.set(path, bytes),
};

/**
 * Install the loaded sql.js and, optionally, where file databases live.
 * @example setSqlite(await initSqlJs(), { read, write });
 */
export function setSqlite(sql: SqlJs, store?: DatabaseFiles): void {
  loaded = sql;
  if (store) files = store;
}

/** The loaded sql.js. */
export function sqlite(): SqlJs {
  if (!loaded)
    throw new Error(
      "SQLite (sql.js) is not loaded: import flask-sqlalchemy through an engine's entry.",
    );
  return loaded;
}

/** Where file databases are read and written. */
export function databaseFiles(): DatabaseFiles {
  return files;
}
