/**
 * The worker engine in Debian's Chromium: time from Run (`engine.start(files)`) to the first
 * response's text on the page, cold (the first Run on a freshly loaded page, empty HTTP cache)
 * and warm (a Run after an edit on the same page), medians of several runs; where the time goes
 * (transpiling inside the Worker); and what the engine costs to download (gzip -9).
 * Usage: node bench/worker-engine.ts [--runs 9]
 */

import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { chromiumPath } from "../playwright.config.ts";
import type { CellFiles } from "../sandbox-runtime/engines/cell.ts";
import { buildFixture } from "../tests/runtime/worker-fixture/build-fixture.ts";
import type { RunTiming } from "../tests/runtime/worker-fixture/page.ts";
import { startFixtureServer } from "../tests/runtime/worker-fixture/server.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "9" } } });
const runs = Number(values.runs);

const cell = (greeting: string): CellFiles => ({
  "app.ts": `import { Flask, renderTemplate } from "flask";
import { listTodos } from "./models";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return renderTemplate("index.html", { greeting: ${JSON.stringify(greeting)}, todos: listTodos() });
});

app.run();
`,
  "models.ts": `export interface Todo {
  id: number;
  title: string;
}

export function listTodos(): Todo[] {
  return [
    { id: 1, title: "Read the lesson" },
    { id: 2, title: "Run the cell" },
  ];
}
`,
  "templates/base.html":
    "<!doctype html><title>{% block title %}{% endblock %}</title><main>{% block body %}{% endblock %}</main>\n",
  "templates/index.html":
    '{% extends "base.html" %}{% block title %}Todos{% endblock %}{% block body %}<h1>{{ greeting }}</h1><ul>{% for t in todos %}<li>{{ t.title }}</li>{% endfor %}</ul>{% endblock %}\n',
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

const engineDir = ".tmp/worker-bench/engine";
const { fixtureJs, engineFiles } = await buildFixture(engineDir);
const server = await startFixtureServer({ engineDir, fixtureJs });
const origin = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

type TimeRun = (files: CellFiles) => Promise<RunTiming>;
type BenchWindow = { kolbaWorker: { timeRun: TimeRun } };

async function freshPage(query = "") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/${query}`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).kolbaWorker !== undefined);
  return { context, page };
}

async function timeRun(page: Awaited<ReturnType<typeof freshPage>>["page"], files: CellFiles) {
  const result = await page.evaluate(
    (f) => (window as unknown as BenchWindow).kolbaWorker.timeRun(f),
    files,
  );
  if (!result.text.includes("<li>Run the cell</li>"))
    throw new Error(`unexpected page: ${result.text}`);
  return result;
}

try {
  const cold: RunTiming[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await freshPage();
    cold.push(await timeRun(page, cell(`Cold ${i}`)));
    await context.close();
  }

  const warm: RunTiming[] = [];
  const fresh: RunTiming[] = [];
  {
    const { context, page } = await freshPage();
    await timeRun(page, cell("First"));
    for (let i = 0; i < runs; i++) {
      // The spare Worker warms up in the background after each Run, as it would while one edits.
      await page.waitForTimeout(1000);
      warm.push(await timeRun(page, cell(`Edit ${i}`)));
    }
    await context.close();
  }
  {
    const { context, page } = await freshPage("?keepWarm=0");
    await timeRun(page, cell("First"));
    for (let i = 0; i < runs; i++) {
      await page.waitForTimeout(1000);
      fresh.push(await timeRun(page, cell(`Edit ${i}`)));
    }
    await context.close();
  }

  const pageSide = await build({
    stdin: {
      contents: 'export { WorkerEngine } from "./sandbox-runtime/engines/worker/worker-engine.ts";',
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
  });
  const transpiler = await build({
    stdin: {
      contents:
        'export { transpileCell } from "./sandbox-runtime/engines/transpile/transpile-cell.ts";',
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
  });
  const gz = (text: string) => gzipSync(text, { level: 9 }).length;
  const pageText = pageSide.outputFiles[0]?.text ?? "";
  const transpilerText = transpiler.outputFiles[0]?.text ?? "";

  console.log(`Worker engine, Chromium ${browser.version()}, ${runs} runs each, median (min–max)`);
  const line = (label: string, values: number[]) =>
    console.log(
      `  ${label.padEnd(44)} ${ms(median(values)).padStart(9)}  (${ms(Math.min(...values))} – ${ms(Math.max(...values))})`,
    );
  const pick = (list: RunTiming[], key: keyof Omit<RunTiming, "text">) => list.map((r) => r[key]);
  for (const [name, list] of [
    ["cold: first Run on a fresh page", cold],
    ["warm: Run after an edit (spare Worker)", warm],
    ["warm: Run after an edit, no spare Worker", fresh],
  ] as const) {
    line(name, pick(list, "ms"));
    line("  Run → ready (app.run() called)", pick(list, "startMs"));
    line("    transpile, in the Worker", pick(list, "transpileMs"));
    line("    evaluate the modules, in the Worker", pick(list, "evaluateMs"));
    line("  ready → first response", pick(list, "requestMs"));
  }
  console.log("Download (gzip -9)");
  for (const file of engineFiles) {
    console.log(
      `  ${file.path.padEnd(44)} ${kib(file.gzipBytes).padStart(9)}  (raw ${kib(file.bytes)})`,
    );
  }
  console.log(
    `  ${"page side (WorkerEngine, bundled)".padEnd(44)} ${kib(gz(pageText)).padStart(9)}  (raw ${kib(pageText.length)})`,
  );
  console.log(
    `  ${"transpiler, if it ran in the page instead".padEnd(44)} ${kib(gz(transpilerText)).padStart(9)}  (raw ${kib(transpilerText.length)})`,
  );
} finally {
  await browser.close();
  await server.close();
}
