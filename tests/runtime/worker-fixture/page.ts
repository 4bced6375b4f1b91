/**
 * The lesson page stand-in the Chromium tests and the benchmark drive: the worker engine, the
 * shared runtime case list and its runner, reachable from Playwright as `window.kolbaWorker`.
 */
import type { CellFiles } from "../../../sandbox-runtime/engines/cell.ts";
import type {
  PrestartOptions,
  RunningCell,
  StartOptions,
} from "../../../sandbox-runtime/engines/types.ts";
import { WorkerEngine } from "../../../sandbox-runtime/engines/worker/worker-engine.ts";
import type { WorkerRunningCell } from "../../../sandbox-runtime/engines/worker/worker-running-cell.ts";
import { runtimeCases } from "../cases/all.ts";
import { runCase } from "../run-case.ts";

const params = new URLSearchParams(location.search);
const previewOrigin = params.get("previewOrigin") ?? undefined;
const engine = new WorkerEngine({
  base: "/engine/",
  ...(previewOrigin ? { previewOrigin } : {}),
  keepWarm: params.get("keepWarm") !== "0",
});
let current: RunningCell | undefined;
/** Cells started beside `current` (`startBeside`), as a lesson page runs several. */
const beside: RunningCell[] = [];
let discardPrestart: (() => void) | undefined;

/** Where a Run's time went, in ms. */
export interface RunTiming {
  /** Run → the first response's text on the page. */
  ms: number;
  text: string;
  /** Run → ready (the app called `app.run()`). */
  startMs: number;
  /** Ready → the first response. */
  requestMs: number;
  transpileMs: number;
  evaluateMs: number;
}

const kolba = {
  engine,
  caseNames: () => runtimeCases.map((c) => c.name),
  async runCase(name: string): Promise<string[]> {
    const found = runtimeCases.find((c) => c.name === name);
    if (!found) return [`no case named ${name}`];
    return runCase(engine, found);
  },
  /** Prepare a Run of these files, as the page does when the learner pauses. */
  prestart(files: CellFiles, options: PrestartOptions = {}): void {
    discardPrestart?.();
    discardPrestart = engine.prestart(files, options);
  },
  /** The files changed: throw the preparation away. */
  discardPrestart(): void {
    discardPrestart?.();
    discardPrestart = undefined;
  },
  async start(files: CellFiles, options: StartOptions = {}): Promise<{ url: string }> {
    await current?.stop();
    current = await engine.start(files, options);
    return { url: current.url };
  },
  /** Start another cell, leaving the running ones be; its preview URL. */
  async startBeside(files: CellFiles, options: StartOptions = {}): Promise<{ url: string }> {
    const cell = await engine.start(files, options);
    beside.push(cell);
    return { url: cell.url };
  },
  async fetchText(path: string): Promise<{ status: number; text: string }> {
    if (!current) throw new Error("no cell");
    const res = await current.fetch(path);
    return { status: res.status, text: res.text() };
  },
  output: () => current?.output() ?? [],
  cookies: () => (current as WorkerRunningCell | undefined)?.cookies.list() ?? [],
  previewReady: () => engine.previewReady(),
  /** Time from Run to the first response's text on the page, in ms. */
  async timeRun(files: CellFiles, path = "/"): Promise<RunTiming> {
    const began = performance.now();
    await current?.stop();
    current = await engine.start(files);
    const ready = performance.now();
    const res = await current.fetch(path);
    const text = res.text();
    const out = document.getElementById("out");
    if (out) out.textContent = text;
    const ms = performance.now() - began;
    const { transpileMs, evaluateMs } = (current as WorkerRunningCell).timings;
    return {
      ms,
      text,
      transpileMs,
      evaluateMs,
      startMs: ready - began,
      requestMs: ms - (ready - began),
    };
  },
  async stop(): Promise<void> {
    await Promise.all([current, ...beside.splice(0)].map((cell) => cell?.stop()));
    current = undefined;
  },
};

(window as unknown as { kolbaWorker: typeof kolba }).kolbaWorker = kolba;
document.title = "Kolba worker engine fixture";
