/**
 * Tests beside an app: a folder with `test_*.py` for pytest and `test_*.ts` for the port's
 * runner must end the same way, test by test (passed, failed, error). pytest runs them under
 * `/usr/bin/python3` with real Flask; the port's run goes through the node engine, as a learner's
 * Run tests does. A folder's `tests.json` (or a cell's `cell.json` `"tests"`) says how each test
 * must end, so two sides that fail alike do not pass.
 * @see docs/conformance.md
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { isTestFile } from "../../../sandbox-runtime/engines/cell-tests.ts";
import { NodeEngine } from "../../../sandbox-runtime/engines/node-engine/index.ts";
import type { Difference } from "./compare.ts";
import { FLASK_PYTHON, type PairOutcome } from "./run-pair.ts";

/** How a test ended. */
export type Outcome = "passed" | "failed" | "error";

/** A folder whose tests run on both sides. */
export interface TestFolder {
  name: string;
  dir: string;
  /** How each test must end, by name. */
  expected: Record<string, Outcome>;
  /**
   * For an exercise's check of the learner's tests: the solution's tests run on the exercise's
   * app (or the broken one), and must all pass (`pass`) or catch it (`fail`) on both sides.
   */
  check?: { expect: "pass" | "fail"; app?: string };
}

const SKIP_DIRS = new Set([
  "templates",
  "static",
  "__pycache__",
  "node_modules",
  "solution",
  "instance",
]);

function walkFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!SKIP_DIRS.has(entry)) out.push(...walkFiles(path, root));
    } else out.push(relative(root, path).split("\\").join("/"));
  }
  return out;
}

/**
 * Every folder under `root` (and lesson cells under `cellsRoot`) that holds tests on both
 * sides, with the outcomes it declares.
 */
export function discoverTestFolders(root: string, cellsRoot: string): TestFolder[] {
  const out: TestFolder[] = [];
  const visit = (
    dir: string,
    name: string,
    declared: () => Record<string, Outcome> | undefined,
  ) => {
    const files = readdirSync(dir);
    if (!files.some((f) => isTestFile(f))) return;
    out.push({ name, dir, expected: declared() ?? {} });
  };
  if (existsSync(root)) {
    for (const entry of readdirSync(root).sort()) {
      const dir = join(root, entry);
      if (!statSync(dir).isDirectory()) continue;
      visit(
        dir,
        `testing/${entry}`,
        () => readJson(join(dir, "tests.json")) as Record<string, Outcome>,
      );
    }
  }
  if (existsSync(cellsRoot)) {
    for (const lesson of readdirSync(cellsRoot).sort()) {
      const lessonDir = join(cellsRoot, lesson);
      if (!statSync(lessonDir).isDirectory()) continue;
      for (const cell of readdirSync(lessonDir).sort()) {
        const dir = join(lessonDir, cell);
        if (!statSync(dir).isDirectory()) continue;
        visit(dir, `cells/${lesson}/${cell}/tests`, () => {
          const json = readJson(join(dir, "cell.json")) as { tests?: Record<string, Outcome> };
          return json?.tests;
        });
        const exercise = readJson(join(dir, "exercise.json")) as
          | { tests?: Array<{ expect: "pass" | "fail"; app?: string }> }
          | undefined;
        for (const [index, check] of (exercise?.tests ?? []).entries()) {
          out.push({
            name: `cells/${lesson}/${cell}/solution-tests/${check.app ?? "own-app"}#${index}`,
            dir,
            expected: {},
            check,
          });
        }
      }
    }
  }
  return out;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

/** pytest's outcomes, from its `-rA` summary lines (`PASSED test_app.py::test_home`). */
export function parsePytestSummary(output: string): Record<string, Outcome> {
  const found: Record<string, Outcome> = {};
  const rank: Record<Outcome, number> = { passed: 0, failed: 1, error: 2 };
  for (const match of output.matchAll(/^(PASSED|FAILED|ERROR) [^\s:]+::(\w+)/gm)) {
    const outcome = (match[1] as string).toLowerCase() as Outcome;
    const name = match[2] as string;
    // A test that failed and then errored in teardown is reported twice: keep the worse.
    if (!found[name] || rank[outcome] > rank[found[name]]) found[name] = outcome;
  }
  return found;
}

function runPytest(dir: string): Promise<{ outcomes: Record<string, Outcome>; output: string }> {
  const work = mkdtempSync(join(tmpdir(), "kolba-pytest-"));
  cpSync(dir, work, { recursive: true });
  return new Promise((resolve) => {
    const child = spawn(
      FLASK_PYTHON,
      [
        "-m",
        "pytest",
        "-q",
        "-rA",
        "-p",
        "no:cacheprovider",
        "--color=no",
        // The exercise's solution and broken apps are not the folder's tests.
        ...walkFiles(dir).filter((p) => !p.startsWith("broken/") && /(^|\/)test_\w*\.py$/.test(p)),
      ],
      { cwd: work, env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1", PYTHONHASHSEED: "0" } },
    );
    let output = "";
    child.stdout.on("data", (c) => {
      output += c;
    });
    child.stderr.on("data", (c) => {
      output += c;
    });
    child.on("close", () => {
      rmSync(work, { recursive: true, force: true });
      resolve({ outcomes: parsePytestSummary(output), output });
    });
  });
}

let engine: NodeEngine | undefined;

async function runPort(
  dir: string,
): Promise<{ outcomes: Record<string, Outcome>; problem?: string }> {
  const files: Record<string, string | Uint8Array> = {};
  for (const path of walkFiles(dir)) {
    if (
      path.endsWith(".py") ||
      path === "cell.json" ||
      path === "tests.json" ||
      path === "exercise.json"
    )
      continue;
    files[path] = readFileSync(join(dir, path));
    if (/\.(ts|html|txt|css|js|json|md)$/.test(path))
      files[path] = readFileSync(join(dir, path), "utf8");
  }
  engine ??= new NodeEngine();
  const report = await engine.runTests(files);
  if (report.collectError) return { outcomes: {}, problem: report.collectError.formatted };
  return { outcomes: Object.fromEntries(report.tests.map((t) => [t.name, t.outcome])) };
}

/**
 * The folder an exercise's check runs in: the exercise's app (or the broken one laid over it)
 * with the solution's tests in place of the starter's.
 */
function checkFolder(folder: TestFolder): string {
  const work = mkdtempSync(join(tmpdir(), "kolba-check-"));
  for (const path of walkFiles(folder.dir)) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (/^test_/.test(name) || path.startsWith("broken/")) continue;
    cpSync(join(folder.dir, path), join(work, path));
  }
  const solution = join(folder.dir, "solution");
  for (const name of readdirSync(solution).filter((f) => /^test_/.test(f)))
    cpSync(join(solution, name), join(work, name));
  if (folder.check?.app) cpSync(join(folder.dir, folder.check.app), work, { recursive: true });
  return work;
}

async function runTestCheck(folder: TestFolder): Promise<PairOutcome> {
  const script = { requests: [] as string[] };
  const work = checkFolder(folder);
  try {
    const [flask, port] = await Promise.all([runPytest(work), runPort(work)]);
    if (port.problem)
      return { status: "broken", script, differences: [], problem: `port: ${port.problem}` };
    const verdict = (outcomes: Record<string, Outcome>) => {
      const all = Object.values(outcomes);
      if (all.length === 0) return "no tests ran";
      const notPassed = all.filter((o) => o !== "passed").length;
      return folder.check?.expect === "pass"
        ? notPassed === 0
          ? "pass"
          : "fail"
        : notPassed > 0
          ? "fail"
          : "pass";
    };
    const differences: Difference[] = [];
    const want = folder.check?.expect;
    const f = verdict(flask.outcomes);
    const p = verdict(port.outcomes);
    if (f !== want || p !== want)
      differences.push({
        request: "the solution's tests",
        field: "verdict",
        flask: f,
        port: p,
        note: `expected ${want}`,
      });
    return { status: differences.length ? "failed" : "passed", script, differences };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Run a folder's tests on both sides and compare them with each other and with what it declares. */
export async function runTestFolder(folder: TestFolder): Promise<PairOutcome> {
  if (folder.check) return runTestCheck(folder);
  const script = { requests: [] as string[] };
  const [flask, port] = await Promise.all([runPytest(folder.dir), runPort(folder.dir)]);
  if (port.problem)
    return { status: "broken", script, differences: [], problem: `port: ${port.problem}` };
  if (Object.keys(flask.outcomes).length === 0) {
    const tail = flask.output.trim().split("\n").slice(-8).join("\n    ");
    return {
      status: "broken",
      script,
      differences: [],
      problem: `pytest collected nothing:\n    ${tail}`,
    };
  }
  const differences: Difference[] = [];
  const names = new Set([
    ...Object.keys(flask.outcomes),
    ...Object.keys(port.outcomes),
    ...Object.keys(folder.expected),
  ]);
  for (const name of [...names].sort()) {
    const want = folder.expected[name];
    const f = flask.outcomes[name] ?? "absent";
    const p = port.outcomes[name] ?? "absent";
    if (f !== p) differences.push({ request: name, field: "outcome", flask: f, port: p });
    else if (want && f !== want)
      differences.push({
        request: name,
        field: "outcome",
        flask: f,
        port: p,
        note: `declared ${want}`,
      });
  }
  if (Object.keys(folder.expected).length === 0)
    differences.push({
      request: "tests.json",
      field: "declared",
      flask: flask.outcomes,
      port: "no outcomes declared",
    });
  return { status: differences.length ? "failed" : "passed", script, differences };
}
