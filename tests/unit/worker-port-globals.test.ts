/**
 * The in-page engine's flask-sqlalchemy chunk reads the port from the namespaces the cell Worker
 * publishes (`flask` and `flask/runtime`), never from a copy of its own: its rows are the
 * Worker's tuples, its `abort` the Worker's. Checked on the built bundle, loaded in Node.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildWorkerEngine,
  portImports,
  portModule,
  WORKER_PORT_GLOBALS,
} from "../../sandbox-runtime/engines/worker/build.ts";

const FLASK_API = fileURLToPath(
  new URL("../../sandbox-runtime/flask-sqlalchemy/flask-api.ts", import.meta.url),
);

describe("flask-api.ts as the Worker's chunk reads it", () => {
  it("maps each block to the namespace of the entry it re-exports from", async () => {
    const entries: Record<string, Record<string, unknown>> = {
      __kolbaFlask: await import("flask"),
      __kolbaFlaskRuntime: await import("flask/runtime"),
    };
    const real: Record<string, unknown> = await import(FLASK_API);
    const imports = portImports(readFileSync(FLASK_API, "utf8"));
    expect(imports.map((block) => block.global).sort()).toEqual(
      Object.values(WORKER_PORT_GLOBALS).sort(),
    );
    // Every value the module exports, and only those (its `type` names need nothing).
    expect(imports.flatMap((block) => block.names).sort()).toEqual(Object.keys(real).sort());
    const elsewhere = imports.flatMap(({ global, names }) =>
      names.filter((name) => !Object.is(entries[global]?.[name], real[name])),
    );
    expect(elsewhere).toEqual([]);
  });

  it("refuses a module the Worker does not publish, and a renamed name", () => {
    expect(() => portImports('export { pyStr } from "../flask/python/index.ts";')).toThrow(
      /re-exports from "\.\.\/flask\/python\/index\.ts", which the cell Worker does not publish/,
    );
    expect(() => portImports('export { abort as stop } from "../flask/index.ts";')).toThrow(
      /re-exports "abort as stop"/,
    );
  });

  it("stands in with reads of the Worker's globals", () => {
    const text = portModule([
      { global: "__kolbaFlask", names: ["abort", "g"] },
      { global: "__kolbaFlaskRuntime", names: ["markTuple"] },
    ]);
    expect(text).toBe(
      [
        "export const abort = globalThis.__kolbaFlask.abort;",
        "export const g = globalThis.__kolbaFlask.g;",
        "export const markTuple = globalThis.__kolbaFlaskRuntime.markTuple;",
        "",
      ].join("\n"),
    );
  });
});

let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "kolba-worker-globals-"));
  await buildWorkerEngine({ outDir });
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The app the script runs against the built Worker: rows printed by the Worker's port. */
const APP = `
const { Flask, renderTemplateString } = globalThis.__kolbaFlask;
const { SQLAlchemy } = chunk;
const app = new Flask("rows");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);
class Item extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static { db.register(Item); }
}
await app.appContext().run(() => db.createAll());
app.get("/", function rows() {
  const row = db.session.execute(db.text("SELECT 1, 2.5e-05")).one();
  return renderTemplateString("{{ row }} {{ rows }}", {
    row,
    rows: db.session.execute(db.text("SELECT 7")).all(),
  });
});
app.get("/item/<int:id>", function item({ id }) {
  return String(db.getOr404(Item, id).id);
});
const out = {};
for (const path of ["/", "/item/9"]) {
  const response = await app.request(path);
  out[path] = [response.status, await response.text()];
}
process.stdout.write(JSON.stringify(out));
`;

describe("the built Worker's flask-sqlalchemy chunk", () => {
  it("shares the Worker's tuples and abort", { timeout: 60_000 }, () => {
    const chunks = readdirSync(outDir).filter((name) => /^cell-chunk-.*\.js$/.test(name));
    // The chunk that fetches SQLite's WebAssembly is flask-sqlalchemy's Worker entry.
    const sqlalchemy = chunks.filter((name) =>
      readFileSync(join(outDir, name), "utf8").includes("sql-wasm.wasm"),
    );
    expect(sqlalchemy).toHaveLength(1);
    const url = (name: string) => JSON.stringify(pathToFileURL(join(outDir, name)).href);
    // A Worker's globals, enough for the bundle to load, and a fetch that reads the files beside
    // it (Node's fetch reads no file: URLs; the browser fetches them from the engine's base).
    const script = `import { readFileSync } from "node:fs";
Object.assign(globalThis, { self: globalThis, addEventListener() {}, postMessage() {} });
globalThis.fetch = async (url) => new Response(readFileSync(new URL(String(url))), {
  headers: { "content-type": "application/wasm" },
});
await import(${url("cell-worker.js")});
const chunk = await import(${url(sqlalchemy[0] as string)});
${APP}`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 50_000,
    });
    expect(JSON.parse(output)).toEqual({
      // Python prints a Row as a tuple (a list would read `[1, 2.5e-05]`).
      "/": [200, "(1, 2.5e-05) [(7,)]"],
      "/item/9": [404, expect.stringContaining("<h1>Not Found</h1>")],
    });
  });
});
