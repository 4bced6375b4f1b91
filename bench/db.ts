/**
 * `npm run bench -- db` / `npm run bench:db`: the database module against Flask-SQLAlchemy 3.0
 * on SQLite, the same operations both sides: inserts with a commit each, inserts committed
 * together, `filter_by(...).first()` and a 2.0 select by primary key, on an in-memory database.
 * The port also runs in a Worker in Debian's Chromium (the in-page engine's setting: sql.js's
 * browser build and its WebAssembly, bundled with esbuild), unless --no-browser.
 * Usage: node bench/db.ts [--n 2000] [--no-python] [--no-browser]
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type Phases, portPhases } from "./db-phases.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "2000" },
    "no-python": { type: "boolean", default: false },
    "no-browser": { type: "boolean", default: false },
  },
});
const n = Number(values.n);

const LABELS: Record<string, string> = {
  insert_commit: "inserts/s, a commit each",
  insert_batch: "inserts/s, one commit",
  query_filter_first: "queries/s, filter_by().first()",
  select_by_id: "queries/s, select by id",
};

/** The same phases in a Chromium Worker, and how long sql.js took to load there. */
async function browserPhases(count: number): Promise<{ loadMs: number; phases: Phases }> {
  const { build } = await import("esbuild");
  const { chromium } = await import("playwright-core");
  const { chromiumPath } = await import("../playwright.config.ts");
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, "db", "browser-worker.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    keepNames: true,
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  const wasm = readFileSync(
    createRequire(import.meta.url).resolve("sql.js/dist/sql-wasm-browser.wasm"),
  );
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/worker.js")
      res.writeHead(200, { "Content-Type": "text/javascript" }).end(script);
    else if (path === "/sql-wasm.wasm")
      res.writeHead(200, { "Content-Type": "application/wasm" }).end(wasm);
    else
      res.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><title>db</title>");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return await page.evaluate(
      (n) =>
        new Promise<{ loadMs: number; phases: Record<string, number> }>((done, fail) => {
          const worker = new Worker(`/worker.js?n=${n}`, { type: "module" });
          worker.onmessage = (event) => done(event.data);
          worker.onerror = (event) => fail(new Error(event.message));
        }),
      count,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) {
  // One unmeasured round: V8 and the WebAssembly tiers warm up, as CPython needs no warming.
  await portPhases(Math.min(n, 500));
  const port = await portPhases(n);
  let python: Phases | null = null;
  if (!values["no-python"]) {
    const script = join(import.meta.dirname, "db", "flask_sqlalchemy_ops.py");
    python = JSON.parse(
      execFileSync("/usr/bin/python3", [script, String(n)], { encoding: "utf8" }).trim(),
    ) as Phases;
  }
  const browser = values["no-browser"] ? null : await browserPhases(n);
  console.log(
    `${n} operations each, in-memory SQLite; Kolba on Node ${process.version} and in a Chromium Worker, Flask-SQLAlchemy 3.0.3 on /usr/bin/python3`,
  );
  console.log(
    `${"".padEnd(34)}${"Node".padStart(10)}${"Chromium".padStart(10)}${"Flask".padStart(10)}  Node/Flask`,
  );
  const cell = (phases: Phases | null | undefined, phase: string) =>
    (phases ? Math.round(n / (phases[phase] as number)).toString() : "—").padStart(10);
  for (const [phase, label] of Object.entries(LABELS)) {
    const ratio = python
      ? `${((python[phase] as number) / (port[phase] as number)).toFixed(2)}×`
      : "";
    console.log(
      `${label.padEnd(34)}${cell(port, phase)}${cell(browser?.phases, phase)}${cell(python, phase)}  ${ratio}`,
    );
  }
  if (browser)
    console.log(`sql.js loaded in the Chromium Worker in ${browser.loadMs.toFixed(0)} ms`);
}
