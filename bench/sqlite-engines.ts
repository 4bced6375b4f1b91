/**
 * Compare the SQLite builds the database module could run on: what a browser downloads (gzip -9
 * of the files it fetches), how long a fresh start takes (load, initialise, open `:memory:`,
 * create a table, insert and read a row) in Node and in a Chromium Worker, whether the API is
 * synchronous, the SQLite version, and warm loops of inserts and primary-key reads (after one
 * unmeasured round).
 *
 *   node bench/sqlite-engines.ts                  # candidates installed in this project
 *   node bench/sqlite-engines.ts --from <folder>  # also look in <folder>/node_modules
 *   node bench/sqlite-engines.ts --runs 5 --no-browser
 *
 * Each Node start runs in its own child process so that "cold" really is cold.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

interface Candidate {
  name: string;
  /** package folder under node_modules, or null for Node's built-in module */
  pkg: string | null;
  /** files a browser fetches, relative to the package folder */
  browserFiles: string[];
  synchronous: boolean;
  /** a Node script body: sets `db` helpers; must define run(sql) and all(sql) */
  node: string;
  /** a Worker script (module or classic) measuring its own start; served under /pkg/ */
  worker?: { type: "classic" | "module"; source: string };
}

const args = process.argv.slice(2);
const fromIndex = args.indexOf("--from");
const roots = [resolve(import.meta.dirname, "..")];
if (fromIndex >= 0 && args[fromIndex + 1]) roots.unshift(resolve(args[fromIndex + 1] as string));
const runsIndex = args.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 5;
const browser = !args.includes("--no-browser");

const WARM = 2000;

const candidates: Candidate[] = [
  {
    name: "sql.js",
    pkg: "sql.js",
    browserFiles: ["dist/sql-wasm-browser.js", "dist/sql-wasm-browser.wasm"],
    synchronous: true,
    node: `const { default: initSqlJs } = await import(pathToFileURL(join(PKG, "dist/sql-wasm.js")).href);
const SQL = await initSqlJs();
const db = new SQL.Database();
const run = (sql, p) => db.run(sql, p);
const all = (sql, p) => { const r = db.exec(sql, p); return r.length ? r[0].values : []; };
const prepared = (sql) => { const s = db.prepare(sql); return (p) => { s.bind(p); const rows = []; while (s.step()) rows.push(s.get()); s.reset(); return rows; }; };`,
    worker: {
      type: "classic",
      source: `const t0 = performance.now();
importScripts("/pkg/dist/sql-wasm-browser.js");
initSqlJs({ locateFile: (f) => "/pkg/dist/" + f }).then((SQL) => {
  const db = new SQL.Database();
  db.run("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  db.run("INSERT INTO t (name) VALUES (?)", ["ana"]);
  const v = db.exec("SELECT name FROM t")[0].values[0][0];
  postMessage({ ms: performance.now() - t0, value: v });
});`,
    },
  },
  {
    name: "@sqlite.org/sqlite-wasm",
    pkg: "@sqlite.org/sqlite-wasm",
    browserFiles: ["dist/index.mjs", "dist/sqlite3.wasm"],
    synchronous: true,
    node: `const { default: init } = await import(pathToFileURL(join(PKG, "dist/node.mjs")).href);
const sqlite3 = await init();
const db = new sqlite3.oo1.DB(":memory:");
const run = (sql, p) => db.exec({ sql, bind: p });
const all = (sql, p) => db.exec({ sql, bind: p, rowMode: "array", returnValue: "resultRows" });
const prepared = (sql) => { const s = db.prepare(sql); return (p) => { s.bind(p); const rows = []; while (s.step()) rows.push(s.get([])); s.reset(); return rows; }; };`,
    worker: {
      type: "module",
      source: `const t0 = performance.now();
const { default: init } = await import("/pkg/dist/index.mjs");
const sqlite3 = await init();
const db = new sqlite3.oo1.DB(":memory:");
db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
db.exec({ sql: "INSERT INTO t (name) VALUES (?)", bind: ["ana"] });
const v = db.selectValue("SELECT name FROM t");
postMessage({ ms: performance.now() - t0, value: v });`,
    },
  },
  {
    name: "wa-sqlite",
    pkg: "wa-sqlite",
    browserFiles: [
      "dist/wa-sqlite.mjs",
      "dist/wa-sqlite.wasm",
      "src/sqlite-api.js",
      "src/sqlite-constants.js",
    ],
    synchronous: false,
    node: `const { default: Factory } = await import(pathToFileURL(join(PKG, "dist/wa-sqlite.mjs")).href);
const SQLite = await import(pathToFileURL(join(PKG, "src/sqlite-api.js")).href);
const wasmBinary = (await import("node:fs")).readFileSync(join(PKG, "dist/wa-sqlite.wasm"));
const module = await Factory({ wasmBinary });
const sqlite3 = SQLite.Factory(module);
const db = await sqlite3.open_v2(":memory:");
const run = (sql, p) => sqlite3.execWithParams(db, sql, p ?? []);
const all = async (sql, p) => (await sqlite3.execWithParams(db, sql, p ?? [])).rows;
const prepared = (sql) => async (p) => (await sqlite3.execWithParams(db, sql, p)).rows;`,
    worker: {
      type: "module",
      source: `const t0 = performance.now();
const { default: Factory } = await import("/pkg/dist/wa-sqlite.mjs");
const SQLite = await import("/pkg/src/sqlite-api.js");
const module = await Factory({ locateFile: (f) => "/pkg/dist/" + f });
const sqlite3 = SQLite.Factory(module);
const db = await sqlite3.open_v2(":memory:");
await sqlite3.exec(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
await sqlite3.run(db, "INSERT INTO t (name) VALUES (?)", ["ana"]);
const rows = (await sqlite3.execWithParams(db, "SELECT name FROM t", [])).rows;
postMessage({ ms: performance.now() - t0, value: rows[0][0] });`,
    },
  },
  {
    name: "node:sqlite",
    pkg: null,
    browserFiles: [],
    synchronous: true,
    node: `const { DatabaseSync } = await import("node:sqlite");
const db = new DatabaseSync(":memory:");
const run = (sql, p) => db.prepare(sql).run(...(p ?? []));
const all = (sql, p) => db.prepare(sql).all(...(p ?? [])).map((r) => Object.values(r));
const prepared = (sql) => { const s = db.prepare(sql); s.setReturnArrays?.(true); return (p) => s.all(...p); };`,
  },
];

function findPackage(pkg: string): string | null {
  for (const root of roots) {
    const dir = join(root, "node_modules", pkg);
    if (existsSync(join(dir, "package.json"))) return dir;
  }
  return null;
}

function nodeScript(candidate: Candidate, dir: string): string {
  return `import { join } from "node:path";

import { pathToFileURL } from "node:url";
const PKG = ${JSON.stringify(dir)};
const t0 = performance.now();
${candidate.node}
await run("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
await run("INSERT INTO t (name) VALUES (?)", ["ana"]);
const first = await all("SELECT name FROM t");
const coldMs = performance.now() - t0;
const version = (await all("SELECT sqlite_version()"))[0][0];
const insert = prepared("INSERT INTO t (name) VALUES (?)");
const read = prepared("SELECT id, name FROM t WHERE id = ?");
// One unmeasured round first: a WebAssembly build runs its baseline tier until the engine has optimised it.
for (let i = 0; i < ${WARM}; i++) { await insert(["warm" + i]); await read([1 + i]); }
let t1 = performance.now();
for (let i = 0; i < ${WARM}; i++) await insert(["user" + i]);
const insertMs = performance.now() - t1;
t1 = performance.now();
for (let i = 0; i < ${WARM}; i++) await read([1 + (i % ${WARM})]);
const readMs = performance.now() - t1;
console.log(JSON.stringify({ coldMs, version, value: first[0][0], insertMs, readMs }));
`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function gzipKiB(dir: string, files: string[]): { gzip: number; raw: number } {
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip: gzip / 1024, raw: raw / 1024 };
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".html": "text/html",
};

async function browserStarts(
  found: { candidate: Candidate; dir: string }[],
): Promise<Map<string, number[]>> {
  const { chromium } = await import("playwright-core");
  const { chromiumPath } = await import("../playwright.config.ts");
  let current = found[0];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const headers = {
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
      "Cache-Control": "no-store",
    };
    if (url.pathname === "/") {
      res.writeHead(200, { ...headers, "Content-Type": "text/html" });
      res.end("<!doctype html><title>sqlite</title>");
      return;
    }
    if (url.pathname === "/worker.js" && current?.candidate.worker) {
      res.writeHead(200, { ...headers, "Content-Type": "text/javascript" });
      res.end(current.candidate.worker.source);
      return;
    }
    if (url.pathname.startsWith("/pkg/") && current) {
      const file = join(current.dir, url.pathname.slice(5));
      if (file.startsWith(current.dir) && existsSync(file)) {
        res.writeHead(200, {
          ...headers,
          "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, headers);
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const launched = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  const results = new Map<string, number[]>();
  try {
    for (const entry of found) {
      if (!entry.candidate.worker) continue;
      current = entry;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await launched.newPage();
        await page.goto(`http://127.0.0.1:${port}/`);
        const type = entry.candidate.worker.type;
        const ms = await page.evaluate(
          (workerType) =>
            new Promise<number>((done, fail) => {
              const t0 = performance.now();
              const worker = new Worker("/worker.js", { type: workerType as WorkerType });
              worker.onmessage = (event) => {
                if (event.data.value !== "ana") fail(new Error("wrong value"));
                done(performance.now() - t0);
              };
              worker.onerror = (event) => fail(new Error(event.message));
            }),
          type,
        );
        times.push(ms);
        await page.close();
      }
      results.set(entry.candidate.name, times);
    }
  } finally {
    await launched.close();
    server.close();
  }
  return results;
}

const found: { candidate: Candidate; dir: string }[] = [];
for (const candidate of candidates) {
  const dir = candidate.pkg ? findPackage(candidate.pkg) : "";
  if (dir === null) {
    console.log(`${candidate.name}: not installed (npm install it into a folder and pass --from)`);
    continue;
  }
  found.push({ candidate, dir });
}

const rows: string[][] = [];
const browserTimes = browser ? await browserStarts(found) : new Map<string, number[]>();
for (const { candidate, dir } of found) {
  const size = candidate.pkg ? gzipKiB(dir, candidate.browserFiles) : null;
  const outcomes: { coldMs: number; version: string; insertMs: number; readMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(
      process.execPath,
      ["--input-type=module", "-e", nodeScript(candidate, dir)],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    outcomes.push(JSON.parse(out.trim().split("\n").pop() as string));
  }
  const browserMs = browserTimes.get(candidate.name);
  rows.push([
    candidate.name,
    size ? `${size.gzip.toFixed(1)} KiB (raw ${size.raw.toFixed(1)})` : "— (Node only)",
    candidate.synchronous ? "yes" : "no (every call a Promise)",
    outcomes[0]?.version ?? "?",
    `${median(outcomes.map((o) => o.coldMs)).toFixed(1)} ms`,
    browserMs ? `${median(browserMs).toFixed(1)} ms` : "—",
    `${Math.round(WARM / (median(outcomes.map((o) => o.insertMs)) / 1000))}`,
    `${Math.round(WARM / (median(outcomes.map((o) => o.readMs)) / 1000))}`,
  ]);
}

const header = [
  "candidate",
  "download (gzip -9)",
  "synchronous API",
  "SQLite",
  "Node start (median)",
  "Chromium Worker start (median)",
  "inserts/s",
  "pk reads/s",
];
console.log(`SQLite builds, Node ${process.version}, ${runs} runs each, warm loops of ${WARM}`);
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map(() => "---").join(" | ")} |`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
