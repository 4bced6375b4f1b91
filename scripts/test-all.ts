/**
 * `npm test`: runs every test layer in turn and ends with one line of counts.
 * A layer that fails to run, or runs no test, counts as failed: nothing is skipped silently.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { ensurePrerequisites } from "./prerequisites.ts";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** The failed tests, by file and title, for the summary (a log's tail may be all one sees). */
  failures?: string[];
}

interface Layer {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads the counts after the layer ran; `output` is what it printed. */
  counts: (output: string) => Counts | null;
}

const tmp = join(process.cwd(), ".tmp");
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const bin = (name: string) => join(process.cwd(), "node_modules", ".bin", name);

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return null;
  }
}

/** Counts from Vitest's JSON report. */
function vitestCounts(path: string): Counts | null {
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults?: {
      name: string;
      assertionResults?: { fullName: string; status: string }[];
    }[];
  }>(path);
  return (
    report && {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
      failures: (report.testResults ?? []).flatMap((file) =>
        (file.assertionResults ?? [])
          .filter((result) => result.status === "failed")
          .map((result) => `${relative(process.cwd(), file.name)} › ${result.fullName}`),
      ),
    }
  );
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; line: number; tests: { projectName: string; status: string }[] }[];
  suites?: PlaywrightSuite[];
}

/**
 * The tests of a Playwright report that failed or passed only on a retry. The report's top
 * suites are files; the suites inside them are `describe` blocks, whose titles lead the test's.
 */
function playwrightFailures(suites: PlaywrightSuite[], titles?: string[]): string[] {
  return suites.flatMap((suite) => {
    const path = titles ? [...titles, suite.title] : [];
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((t) => t.status === "unexpected" || t.status === "flaky")
        .map(
          (t) =>
            `${suite.file ?? ""}:${spec.line} [${t.projectName}] ${[...path, spec.title].join(" › ")}${t.status === "flaky" ? " (passed on retry)" : ""}`,
        ),
    );
    return [...own, ...playwrightFailures(suite.suites ?? [], path)];
  });
}

/** Counts from Playwright's JSON report; a flaky pass counts as a failure. */
function playwrightCounts(path: string): Counts | null {
  const report = readJson<{
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
    suites?: PlaywrightSuite[];
  }>(path);
  return (
    report && {
      passed: report.stats.expected,
      failed: report.stats.unexpected + report.stats.flaky,
      skipped: report.stats.skipped,
      failures: playwrightFailures(report.suites ?? []),
    }
  );
}

/** The last `N passed, M failed[, K skipped]` line a command printed. */
export function closingCounts(output: string): Counts | null {
  const lines = output.split(/\r?\n/).reverse();
  for (const line of lines) {
    const match = /^(?:\w+:\s*)?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(
      line.trim(),
    );
    if (match)
      return { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) };
  }
  return null;
}

const layers: Layer[] = [
  {
    name: "static",
    command: [process.execPath, "scripts/static-checks.ts"],
    counts: closingCounts,
  },
  {
    name: "unit",
    command: [
      bin("vitest"),
      "run",
      "--project",
      "unit",
      "--project",
      "site",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${join(tmp, "vitest.json")}`,
    ],
    counts: () => vitestCounts(join(tmp, "vitest.json")),
  },
  {
    name: "runtime",
    command: [
      bin("vitest"),
      "run",
      "--project",
      "runtime",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${join(tmp, "runtime.json")}`,
    ],
    counts: () => vitestCounts(join(tmp, "runtime.json")),
  },
  {
    name: "runtime-browser",
    command: [
      bin("playwright"),
      "test",
      "-c",
      "playwright.runtime.config.ts",
      "--project=worker",
      "--project=fallback",
      "--reporter=list,json",
    ],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: join(tmp, "runtime-browser.json") },
    counts: () => playwrightCounts(join(tmp, "runtime-browser.json")),
  },
  {
    name: "security",
    command: [
      bin("playwright"),
      "test",
      "-c",
      "playwright.runtime.config.ts",
      "--project=security",
      "--reporter=list,json",
    ],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: join(tmp, "security.json") },
    counts: () => playwrightCounts(join(tmp, "security.json")),
  },
  {
    name: "conformance",
    command: [process.execPath, "scripts/conformance.ts"],
    counts: closingCounts,
  },
  {
    name: "e2e",
    command: [bin("playwright"), "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: join(tmp, "e2e.json") },
    counts: () => playwrightCounts(join(tmp, "e2e.json")),
  },
  {
    name: "hosting",
    command: [
      bin("playwright"),
      "test",
      "-c",
      "playwright.hosting.config.ts",
      "--reporter=list,json",
    ],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: join(tmp, "hosting.json") },
    counts: () => playwrightCounts(join(tmp, "hosting.json")),
  },
];

console.log(`node ${process.version} (${process.execPath})`);
ensurePrerequisites();

const only = process.argv.slice(2);
const results: { name: string; counts: Counts; ok: boolean; seconds: number }[] = [];
for (const layer of layers.filter((l) => only.length === 0 || only.includes(l.name))) {
  console.log(`\n=== ${layer.name} ===`);
  const started = performance.now();
  const [command, ...args] = layer.command;
  const run = spawnSync(command!, args, {
    encoding: "utf8",
    env: { ...process.env, ...layer.env, FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(run.stdout ?? "");
  process.stderr.write(run.stderr ?? "");
  const counts = layer.counts(`${run.stdout ?? ""}\n${run.stderr ?? ""}`);
  const seconds = (performance.now() - started) / 1000;
  if (!counts) {
    console.log(
      `${layer.name}: could not read its counts (exit ${run.status}${run.error ? `, ${run.error.message}` : ""})`,
    );
    results.push({
      name: layer.name,
      counts: { passed: 0, failed: 1, skipped: 0 },
      ok: false,
      seconds,
    });
    continue;
  }
  const ran = counts.passed + counts.failed;
  const ok = run.status === 0 && counts.failed === 0 && ran > 0;
  if (ran === 0) console.log(`${layer.name}: ran no test`);
  results.push({
    name: layer.name,
    counts: ran === 0 ? { ...counts, failed: 1 } : counts,
    ok,
    seconds,
  });
}

console.log("\n=== summary ===");
for (const r of results) {
  const skipped = r.counts.skipped ? `, ${r.counts.skipped} skipped` : "";
  console.log(
    `${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(12)} ${r.counts.passed} passed, ${r.counts.failed} failed${skipped} (${r.seconds.toFixed(1)} s)`,
  );
  for (const failure of r.counts.failures ?? []) console.log(`       ✘ ${failure}`);
}
const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + r.counts.passed,
    failed: sum.failed + r.counts.failed,
    skipped: sum.skipped + r.counts.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const allOk = results.length > 0 && results.every((r) => r.ok);
console.log(
  `total: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
);
process.exit(allOk ? 0 : 1);
