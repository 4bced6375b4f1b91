/**
 * The in-page engine's entry of `flask-sqlalchemy`, built as a chunk of its own that the cell
 * Worker imports only for a cell that imports the package: sql.js's browser build, its
 * WebAssembly fetched from beside this chunk, file databases kept in the Worker's memory.
 */
// @ts-expect-error sql.js ships no types; its initialiser is described in sqlite.ts.
import initSqlJs from "sql.js/dist/sql-wasm-browser.js";
import { type SqlJs, setSqlite } from "./sqlite.ts";

/** Where the chunk finds the WebAssembly file (`sql-wasm.wasm` beside it). */
export const SQL_WASM_FILE = "sql-wasm.wasm";

const init = initSqlJs as (config: { locateFile(file: string): string }) => Promise<SqlJs>;
setSqlite(await init({ locateFile: () => new URL(SQL_WASM_FILE, import.meta.url).href }));

export * from "./index.ts";
