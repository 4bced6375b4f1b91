/**
 * `npm run bench`: every benchmark in turn, each printing its own figures.
 * Usage: node bench/all.ts [name…]  (names: http, handler, transpile, db, sqlite-engines, worker-engine, first-answer, js-budget)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const benches: { name: string; what: string; args?: string[] }[] = [
  { name: "http", what: "requests per second: the port, Express, Hono, Flask (hello, 100 routes)" },
  { name: "handler", what: "the port's own cost per request, without sockets" },
  { name: "transpile", what: "transpiler candidates: download size and time per cell" },
  {
    name: "db",
    what: "the database module against Flask-SQLAlchemy 3.0 on SQLite: inserts and queries per second",
  },
  {
    name: "sqlite-engines",
    what: "SQLite builds: download size, start in Node and a Chromium Worker, synchronous API",
  },
  {
    name: "worker-engine",
    what: "the worker engine in Chromium: Run to first response, cold and warm; bundle size",
  },
  {
    name: "first-answer",
    what: "Chromium, StackBlitz unreachable: Run to the app's answer, per engine choice (needs a built dist/)",
  },
  {
    name: "js-budget",
    what: "JavaScript a lesson page loads before any interaction (needs a built dist/)",
  },
];

const chosen = process.argv.slice(2);
let failed = 0;
for (const bench of benches.filter((b) => chosen.length === 0 || chosen.includes(b.name))) {
  console.log(`\n=== ${bench.name}: ${bench.what} ===`);
  if (
    (bench.name === "js-budget" || bench.name === "first-answer") &&
    !existsSync(join(import.meta.dirname, "..", "dist", "index.html"))
  ) {
    spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  }
  const run = spawnSync(
    process.execPath,
    [join(import.meta.dirname, `${bench.name}.ts`), ...(bench.args ?? [])],
    {
      stdio: "inherit",
    },
  );
  if (run.status !== 0) {
    failed += 1;
    console.log(`${bench.name} exited with ${run.status}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
