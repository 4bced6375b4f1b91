/**
 * How long a learner waits for an answer: serves the existing `dist/` (build it first), opens a
 * lesson in Chromium with StackBlitz unreachable (every request to it fails, as behind a firewall
 * or offline) and, for each engine choice, measures in a fresh browser profile the time from the
 * press on Run (its pointerdown, by the page's clock) to the app's page painted in the preview
 * (the preview document's first contentful paint, by its clock; both are wall-clock times):
 *   first   from the click on Run (editor and engine not loaded yet) to the app's page visible
 *           in the preview, the pointer arriving with the click;
 *   hover   the same, the pointer resting on the cell for half a second before the click, as a
 *           learner's does (the page starts loading the engine when the pointer comes over a cell);
 *   rerun   a learner's rerun: the first answer read for a second, an edit, a pause of half a
 *           second (the hand going to Run), then the press on Run; to the edited page visible;
 *   typed   the same with no pause: Ctrl+Enter pressed (its keydown) the moment the edit is made;
 *   next    the first Run on a second lesson page in the same profile (what was learned about
 *           the network is remembered per browser).
 * The hover run is on a third lesson page, after the others.
 * Prints one line per run and the median per choice and measure; then the same medians as the
 * test driver sees them (from its click to finding the text in the frame: its own actionability
 * checks and polling included), the figure earlier versions of this benchmark printed.
 * `--read 0` edits the moment an answer is painted (the protocol of earlier versions).
 * `--host kolba.localhost` opens the lessons there, where each cell's preview has an origin of
 * its own (its Service Worker registered when the learner comes to the cell).
 * Usage: node bench/first-answer.ts [--runs 5] [--port 4397] [--choices auto,worker] [--read 1000] [--host 127.0.0.1]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import { chromiumPath } from "../playwright.config.ts";
import { OFFLINE_CHROMIUM_ARGS, serveDist } from "./serve-dist.ts";
import { ENGINE_CHOICE_KEY } from "../src/client/page-engine.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    port: { type: "string", default: "4397" },
    choices: { type: "string", default: "auto,worker" },
    read: { type: "string", default: "1000" },
    host: { type: "string", default: "127.0.0.1" },
  },
});
const runs = Number(values.runs);
const origin = `http://${values.host}:${values.port}`;
const FIRST = { page: "/en/hello-flask/", cell: "hello-flask/smallest-app", text: "Hello, Flask!" };
const NEXT = { page: "/en/routing/", cell: "routing/two-routes", text: "Kolba library" };
/** How long a learner looks at an answer before editing, and pauses before pressing Run. */
const READ_MS = Number(values.read);
const PAUSE_MS = 500;
const THIRD = {
  page: "/en/dynamic-urls/",
  cell: "dynamic-urls/variable-parts",
  text: "Hello, Ona!",
};

async function openContext(choice: string, profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: OFFLINE_CHROMIUM_ARGS,
  });
  // Every document (the lesson and each preview page) notes when it was pressed and painted.
  await context.addInitScript(() => {
    const marks: { down?: number; painted?: number } = {};
    (window as unknown as { __kolbaBench: typeof marks }).__kolbaBench = marks;
    const now = () => performance.timeOrigin + performance.now();
    addEventListener("pointerdown", () => (marks.down = now()), { capture: true });
    // Ctrl+Enter in the editor runs the cell: its keydown is the press.
    addEventListener(
      "keydown",
      (event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) marks.down = now();
      },
      { capture: true },
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "first-contentful-paint") {
          marks.painted = performance.timeOrigin + entry.startTime;
        }
      }
    }).observe({ type: "paint", buffered: true });
  });
  if (choice !== "auto") {
    await context.addInitScript(
      ([key, value]) => {
        if (localStorage.getItem(key!) === null) localStorage.setItem(key!, value!);
      },
      [ENGINE_CHOICE_KEY, choice],
    );
  }
  return context;
}

type Marks = { down?: number; painted?: number };
type Marked = { __kolbaBench: Marks };

/** One Run's times: press to paint (the page's clocks), click to text found (the driver's). */
interface Timed {
  painted: number;
  driver: number;
}

/** Times from the press on Run to the cell's preview showing `text`. */
async function timeRun(
  page: Page,
  cellName: string,
  text: string,
  press: () => Promise<void>,
): Promise<Timed> {
  const cell = page.locator(`figure[data-cell="${cellName}"]`);
  const frame = cell.locator("iframe.cell-frame").contentFrame();
  const began = performance.now();
  await press();
  await frame.locator("body", { hasText: text }).waitFor({ timeout: 60_000 });
  const driver = performance.now() - began;
  const preview = await (await cell.locator("iframe.cell-frame").elementHandle())?.contentFrame();
  if (!preview) throw new Error("the preview frame is gone");
  // The text may be in the document a moment before it is painted.
  const painted = await preview.waitForFunction(
    () => (window as unknown as Marked).__kolbaBench.painted,
    undefined,
    {
      timeout: 5000,
    },
  );
  const down = await page.evaluate(() => (window as unknown as Marked).__kolbaBench.down);
  if (down === undefined) throw new Error("the press was not seen");
  return { painted: Number(await painted.jsonValue()) - down, driver };
}

async function firstRun(page: Page, target: typeof FIRST, hoverMs = 0): Promise<Timed> {
  await page.goto(`${origin}${target.page}`, { waitUntil: "load" });
  const cell = page.locator(`figure[data-cell="${target.cell}"]`);
  const run = cell.locator("[data-cell-action='run']");
  await run.scrollIntoViewIfNeeded();
  if (hoverMs > 0) {
    await run.hover();
    await page.waitForTimeout(hoverMs);
  }
  return timeRun(page, target.cell, target.text, () => run.click());
}

/**
 * A rerun after an edit of the first cell's greeting: with `pauseMs`, the press on Run that
 * long after the edit; without, Ctrl+Enter in the editor at once.
 */
async function rerun(page: Page, from: string, to: string, pauseMs?: number): Promise<Timed> {
  const cell = page.locator(`figure[data-cell="${FIRST.cell}"]`);
  const editor = cell.locator('[data-file="app.ts"] .cm-content');
  await page.waitForTimeout(READ_MS);
  await editor.click();
  // The editor draws one element per line: only the rendered text keeps the line breaks.
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  const source = (await editor.innerText()).replace(from, to);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(source);
  if (pauseMs === undefined) {
    return timeRun(page, FIRST.cell, to, () => page.keyboard.press("ControlOrMeta+Enter"));
  }
  await page.waitForTimeout(pauseMs);
  return timeRun(page, FIRST.cell, to, () => cell.locator("[data-cell-action='run']").click());
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const server = await serveDist(values.port!);
const results: Record<string, Record<string, Timed[]>> = {};
try {
  for (const choice of values.choices!.split(",")) {
    const label = choice === "auto" ? "Automatic" : "in-page";
    results[label] = { first: [], hover: [], rerun: [], typed: [], next: [] };
    for (let i = 0; i < runs; i++) {
      const profile = mkdtempSync(join(tmpdir(), "kolba-bench-"));
      const context = await openContext(choice, profile);
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const first = await firstRun(page, FIRST);
        const again = await rerun(page, FIRST.text, "Hello again!", PAUSE_MS);
        const typed = await rerun(page, "Hello again!", "Hello once more!");
        const next = await firstRun(page, NEXT);
        // A new page in the same profile, the pointer resting on the cell before the click.
        const hover = await firstRun(page, THIRD, 500);
        const measured = { first, hover, rerun: again, typed, next };
        for (const [name, ms] of Object.entries(measured)) results[label]![name]!.push(ms);
        console.log(
          `${label.padEnd(9)} run ${i + 1}: ${Object.entries(measured)
            .map(([name, ms]) => `${name} ${ms.painted.toFixed(0)} ms (${ms.driver.toFixed(0)})`)
            .join(", ")}`,
        );
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  }
} finally {
  server.kill();
}

const columns = ["first", "hover", "rerun", "typed", "next"];
for (const [title, key] of [
  ["press to the answer painted", "painted"],
  ["as the test driver sees it: its click to the text found", "driver"],
] as const) {
  console.log(`\nmedian (ms), StackBlitz unreachable, ${title}:`);
  console.log(`engine    ${columns.map((c) => c.padStart(6)).join(" ")}`);
  for (const [label, measures] of Object.entries(results)) {
    const cells = columns.map((m) =>
      median(measures[m]!.map((timed) => timed[key]))
        .toFixed(0)
        .padStart(6),
    );
    console.log(`${label.padEnd(9)} ${cells.join(" ")}`);
  }
}
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
