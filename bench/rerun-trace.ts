/**
 * Where a rerun's time goes (in-page engine): serves `dist/` (build it first), opens the first
 * lesson, runs its first cell once, then edits and reruns it `--runs` times, and prints for each
 * rerun the wall time of each step from the press (the pointerdown on Run, or with `--key` the
 * keydown of Ctrl+Enter in the editor, pressed the moment the edit is made): the cell Worker's
 * `start` (or `claim`, for a Run prepared while the learner paused), its `ready` with the
 * Worker's own transpile and evaluate times, the preview frame's navigation start, its Service
 * Worker's start and fetch, a request that came through the lesson page (`page-request`, when
 * the Service Worker had no route straight to the Worker), the preview document's response start
 * and end, DOM interactive, and its first contentful paint; then the medians.
 * `--pause <ms>`: wait that long between the edit and the press (the learner's hand going to
 * Run). `--trace <file>`: a Chrome trace of the last rerun; `--profile <file>`: a CPU profile of
 * the lesson page over it.
 * Usage: node bench/rerun-trace.ts [--runs 7] [--pause 500] [--key] [--port 4397]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../playwright.config.ts";
import { OFFLINE_CHROMIUM_ARGS, serveDist } from "./serve-dist.ts";
import { ENGINE_CHOICE_KEY } from "../src/client/page-engine.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    pause: { type: "string", default: "0" },
    trace: { type: "string" },
    key: { type: "boolean", default: false },
    profile: { type: "string" },
    port: { type: "string", default: "4397" },
  },
});
const origin = `http://127.0.0.1:${values.port}`;
const CELL = "hello-flask/smallest-app";

const server = await serveDist(values.port!);
const profile = mkdtempSync(join(tmpdir(), "kolba-trace-"));
try {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: OFFLINE_CHROMIUM_ARGS,
  });
  await context.addInitScript(
    ([key]) => {
      if (localStorage.getItem(key!) === null) localStorage.setItem(key!, "worker");
      const now = () => performance.timeOrigin + performance.now();
      const marks: Record<string, number> = {};
      (window as unknown as { __trace: typeof marks }).__trace = marks;
      const mark = (name: string) => {
        if (marks[name] === undefined) {
          marks[name] = now();
          console.timeStamp(`kolba:${name}`);
        }
      };
      addEventListener(
        "pointerdown",
        () => {
          for (const key of Object.keys(marks)) delete marks[key];
          marks.down = now();
          console.timeStamp("kolba:down");
        },
        { capture: true },
      );
      addEventListener("click", () => mark("click"), { capture: true });
      addEventListener(
        "keydown",
        (event) => {
          if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
          for (const key of Object.keys(marks)) delete marks[key];
          marks.down = now();
          console.timeStamp("kolba:down");
        },
        { capture: true },
      );
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (
        this: Worker,
        message: { type?: string },
        ...rest: unknown[]
      ) {
        if (message?.type === "start") mark("worker-start");
        if (message?.type === "claim") mark("worker-claim");
        if (message?.type === "request") mark("worker-request");
        return (post as (...a: unknown[]) => void).call(this, message, ...rest);
      } as typeof post;
      const add = Worker.prototype.addEventListener;
      Worker.prototype.addEventListener = function (
        this: Worker,
        type: string,
        listener: unknown,
        ...rest: unknown[]
      ) {
        if (type === "message") {
          const original = listener as (event: MessageEvent) => void;
          listener = (event: MessageEvent) => {
            const kind = (event.data as { type?: string })?.type;
            if (kind === "ready") {
              mark("worker-ready");
              const data = event.data as { transpileMs: number; evaluateMs: number };
              marks["w-transpile-ms"] = marks.down! + data.transpileMs;
              marks["w-evaluate-ms"] = marks.down! + data.evaluateMs;
            }
            if (kind === "response") mark("worker-response");
            original(event);
          };
        }
        return (add as (...a: unknown[]) => void).call(this, type, listener, ...rest);
      } as typeof add;
      addEventListener(
        "message",
        (event) => {
          if ((event.data as { type?: string })?.type === "kolba-preview-request")
            mark("page-request");
        },
        { capture: true },
      );
      const descriptor = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, "src")!;
      Object.defineProperty(HTMLIFrameElement.prototype, "src", {
        ...descriptor,
        set(value: string) {
          if (String(value).includes("/preview/")) mark("frame-src");
          descriptor.set!.call(this, value);
        },
      });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === "first-contentful-paint")
            marks.painted = performance.timeOrigin + entry.startTime;
        }
      }).observe({ type: "paint", buffered: true });
    },
    [ENGINE_CHOICE_KEY],
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/en/hello-flask/`, { waitUntil: "load" });
  const cell = page.locator(`figure[data-cell="${CELL}"]`);
  const frameLocator = cell.locator("iframe.cell-frame").contentFrame();
  await cell.locator("[data-cell-action='run']").click();
  await frameLocator.locator("body", { hasText: "Hello, Flask!" }).waitFor();
  const editor = cell.locator('[data-file="app.ts"] .cm-content');
  const rows: Record<string, number>[] = [];
  // biome-ignore lint/performance/useDomNodeTextContent: line breaks
  const original = await editor.innerText();
  const pauseMs = Number(values.pause);
  for (let i = 0; i < Number(values.runs); i++) {
    const text = `Hello ${i}!`;
    await editor.click();
    const source = original.replace("Hello, Flask!", text);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText(source);
    if (!values.key) await cell.locator("iframe.cell-frame").scrollIntoViewIfNeeded();
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
    const tracing = values.trace && i === Number(values.runs) - 1;
    const cdp = tracing ? await context.newCDPSession(page) : undefined;
    const events: unknown[] = [];
    if (cdp) {
      cdp.on("Tracing.dataCollected", (data: { value: unknown[] }) => events.push(...data.value));
      await cdp.send("Tracing.start", {
        categories:
          "devtools.timeline,disabled-by-default-devtools.timeline,toplevel,blink.user_timing,loading,v8.execute,disabled-by-default-devtools.timeline.frame,benchmark,navigation,ServiceWorker,ipc,mojom,blink,cc,viz",
        transferMode: "ReportEvents",
      });
      await page.waitForTimeout(200);
    }
    const profiling = values.profile && i === Number(values.runs) - 1;
    const prof = profiling ? await context.newCDPSession(page) : undefined;
    if (prof) {
      await prof.send("Profiler.enable");
      await prof.send("Profiler.setSamplingInterval", { interval: 50 });
      await prof.send("Profiler.start");
    }
    if (values.key) await page.keyboard.press("ControlOrMeta+Enter");
    else await cell.locator("[data-cell-action='run']").click();
    if (prof) {
      await page.waitForTimeout(300);
      const { profile } = await prof.send("Profiler.stop");
      (await import("node:fs")).writeFileSync(values.profile!, JSON.stringify(profile));
    }
    if (cdp) {
      await page.waitForTimeout(800);
      const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await done;
      (await import("node:fs")).writeFileSync(
        values.trace!,
        JSON.stringify({ traceEvents: events }),
      );
    }
    await frameLocator.locator("body", { hasText: text }).waitFor();
    const preview = await (await cell.locator("iframe.cell-frame").elementHandle())!.contentFrame();
    await preview!
      .waitForFunction(
        () => (window as unknown as { __trace: Record<string, number> }).__trace.painted,
        undefined,
        { timeout: 3000 },
      )
      .catch(async () => {
        console.log(
          "no paint",
          await preview!.evaluate(() => ({
            trace: (window as unknown as { __trace: unknown }).__trace,
            vis: document.visibilityState,
            html: document.documentElement.outerHTML.slice(0, 300),
            paints: performance.getEntriesByType("paint").map((e) => e.name),
          })),
        );
        await page.screenshot({ path: "/tmp/nopaint.png" });
      });
    const inFrame = await preview!.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const t0 = performance.timeOrigin;
      return {
        "nav-start": t0,
        "sw-start": t0 + nav.workerStart,
        "fetch-start": t0 + nav.fetchStart,
        "response-start": t0 + nav.responseStart,
        "response-end": t0 + nav.responseEnd,
        "dom-interactive": t0 + nav.domInteractive,
        painted: (window as unknown as { __trace: Record<string, number> }).__trace.painted!,
      };
    });
    const marks = await page.evaluate(
      () => (window as unknown as { __trace: Record<string, number> }).__trace,
    );
    const all: Record<string, number> = { ...marks, ...inFrame };
    const down = all.down!;
    const row: Record<string, number> = {};
    for (const [name, at] of Object.entries(all).sort((a, b) => a[1] - b[1])) row[name] = at - down;
    rows.push(row);
    console.log(
      Object.entries(row)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
        .join(" | "),
    );
    await page.waitForTimeout(600);
  }
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const median = (list: number[]) => {
    const s = [...list].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const medians = names
    .map(
      (name) =>
        [
          name,
          median(rows.map((r) => r[name]).filter((v) => v !== undefined) as number[]),
        ] as const,
    )
    .sort((a, b) => a[1] - b[1]);
  console.log(`\nmedian from the press (ms), pause ${pauseMs} ms before Run:`);
  for (const [name, ms] of medians) console.log(`  ${name.padEnd(16)} ${ms.toFixed(1)}`);
  console.log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  await context.close();
} finally {
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
