/**
 * Running a cell's tests, the part every engine shares: which modules are tests, loading them,
 * and where a failure is shown (the learner's line in the test, the whole stack beside it).
 * Each engine runs this where the cell runs, with the runner of the port it loaded there.
 */

import { plainError } from "./transpile/cell-error.ts";
import { locatedAt, locateThrown } from "./transpile/located.ts";
import type { FrameResolver } from "./transpile/source-map-resolver.ts";
import type { CellTestReport, ConsoleChunk, LocatedError } from "./types.ts";

/** How long a run of a cell's tests may take unless the caller says. */
export const TESTS_TIMEOUT_MS = 30_000;

/** The error of a test run stopped at its time limit. */
export function testsTimedOut(limitMs: number): LocatedError {
  return plainError(
    "timeout",
    `The tests did not finish within ${limitMs / 1000} s, so they were stopped. Is a loop never ending?`,
  );
}

/**
 * A test run's report as it is being made: the output it collects, and the report it ends with.
 * @example
 * const run = testRun();
 * run.output.push(chunk);
 * return run.finish({ collectError });
 */
export function testRun(): {
  output: ConsoleChunk[];
  finish(part: Partial<CellTestReport>): CellTestReport;
} {
  const began = performance.now();
  const output: ConsoleChunk[] = [];
  return {
    output,
    finish: (part) => ({
      tests: [],
      passed: 0,
      failed: 0,
      errors: 0,
      ...part,
      output,
      ms: performance.now() - began,
    }),
  };
}

/** A test module pytest would collect: `test_*.ts` or `*_test.ts`, in any folder. */
export function isTestFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /^test_[\w-]*\.ts$/.test(name) || /^[\w-]+_test\.ts$/.test(name);
}

/**
 * The cell's test modules by the learner's names, in the order pytest visits them.
 * @example testFiles(["app.ts", "test_app.ts", "templates/a.html"]) // ["test_app.ts"]
 */
export function testFiles(paths: Iterable<string>): string[] {
  return [...paths].filter(isTestFile).sort();
}

/** The port's runner (`flask/pytest/runner`), as the engine loaded it beside the cell. */
export interface PytestRunner {
  runTests(
    modules: Array<{ file: string; source: string; namespace: Record<string, unknown> }>,
    locate: (thrown: unknown, test: { file: string; name: string }) => LocatedError,
  ): Promise<Omit<CellTestReport, "output" | "ms" | "collectError">>;
}

/**
 * Locate a test's failure at its line in the test module (where pytest puts its `>`), keeping
 * the stack mapped through every learner file; a failure with no line there (a fixture nobody
 * declared) is shown at the test's definition, as pytest does.
 */
export function locateTestFailure(
  thrown: unknown,
  test: { file: string; name: string },
  resolve: FrameResolver,
  sources: Record<string, string>,
): LocatedError {
  const inTests: FrameResolver = (frame) => {
    const found = resolve(frame);
    return found && isTestFile(found.file) ? found : null;
  };
  const whole = locateThrown("test", thrown, resolve, sources);
  const atTest = locateThrown("test", thrown, inTests, sources);
  if (!atTest.location) {
    if (whole.location) return whole;
    const source = sources[test.file];
    const at = source?.search(new RegExp(`function\\s*\\*?\\s*${test.name}\\b`)) ?? -1;
    if (source === undefined || at < 0) return whole;
    const before = source.slice(0, at);
    const line = before.split("\n").length;
    return locatedAt("test", whole.message, test.file, source, line, at - before.lastIndexOf("\n"));
  }
  return whole.stack ? { ...atTest, stack: whole.stack } : atTest;
}

/**
 * Import the cell's test modules and run their tests. A module that cannot be loaded stops the
 * run before any test, as pytest's collection error does.
 * @example
 * await runCellTests(runner, (file) => import(`./${file}`), sources, resolve, locateStartup);
 */
export async function runCellTests(
  runner: PytestRunner,
  load: (file: string) => Promise<Record<string, unknown>>,
  sources: Record<string, string>,
  resolve: FrameResolver,
  locateLoadError: (thrown: unknown) => Promise<LocatedError> | LocatedError,
): Promise<Omit<CellTestReport, "output" | "ms">> {
  const files = testFiles(Object.keys(sources));
  const modules: Array<{ file: string; source: string; namespace: Record<string, unknown> }> = [];
  for (const file of files) {
    try {
      modules.push({ file, source: sources[file] ?? "", namespace: await load(file) });
    } catch (thrown) {
      const collectError = await locateLoadError(thrown);
      return { tests: [], passed: 0, failed: 0, errors: 0, collectError };
    }
  }
  return runner.runTests(modules, (thrown, test) =>
    locateTestFailure(thrown, test, resolve, sources),
  );
}
