/**
 * The database benchmark inside a Chromium Worker (the in-page engine's setting): the port, the
 * module and sql.js's browser build with its WebAssembly, the same operations as under Node.
 * Bundled by bench/db.ts with esbuild; posts its phases back.
 */
import { type SqlJs, setSqlite } from "flask-sqlalchemy";
// @ts-expect-error sql.js ships no types.
import initSqlJs from "sql.js/dist/sql-wasm-browser.js";
import { portPhases } from "../db-phases.ts";

const init = initSqlJs as (config: { locateFile(file: string): string }) => Promise<SqlJs>;
const started = performance.now();
setSqlite(await init({ locateFile: () => "/sql-wasm.wasm" }));
const loadMs = performance.now() - started;
const n = Number(new URL(self.location.href).searchParams.get("n") ?? "2000");
await portPhases(Math.min(n, 500));
postMessage({ loadMs, phases: await portPhases(n) });
