/**
 * The Node entry of `flask-sqlalchemy`: loads sql.js (the build with its WebAssembly inside,
 * so the package is plain text files wherever it is copied) and keeps file databases on disk.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
// @ts-expect-error sql.js ships no types; its initialiser is described in sqlite.ts.
import initSqlJs from "sql.js/dist/sql-wasm-inline.js";
import { type SqlJs, setSqlite } from "./sqlite.ts";

const sql = (await (initSqlJs as () => Promise<SqlJs>)()) as SqlJs;
setSqlite(sql, {
  read(path) {
    try {
      return new Uint8Array(readFileSync(path));
    } catch {
      return null;
    }
  },
  write(path, bytes) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  },
});

export * from "./index.ts";
