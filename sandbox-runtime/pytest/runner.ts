/**
 * Collect and run a cell's tests as pytest does: every exported function whose name starts
 * with `test` in a `test_*.ts` module, in the order the file defines them, each with fresh
 * fixtures. Engines call it after importing the test modules; it reports, it never prints.
 * @see _pytest/python.py (collection), _pytest/runner.py (setup, call, teardown)
 */
import { FixtureError, FixtureLookupError, FixtureScope } from "./fixtures.ts";

/** How one test ended, in pytest's words. */
export type TestOutcomeName = "passed" | "failed" | "error";

/** One test's result; `error` is whatever the engine made of the thrown value. */
export interface TestOutcome<L> {
  /** The test's module, as the learner named it (`test_app.ts`). */
  file: string;
  name: string;
  outcome: TestOutcomeName;
  /** Where it failed: in the test (`call`) or in a fixture (`setup`, `teardown`). */
  phase?: "setup" | "call" | "teardown";
  ms: number;
  error?: L;
}

/** A whole run. */
export interface TestReport<L> {
  tests: TestOutcome<L>[];
  passed: number;
  failed: number;
  errors: number;
}

/** A test module to run. */
export interface TestModule {
  /** The learner's file name (`test_app.ts`). */
  file: string;
  /** Its source, which gives the order the tests are defined in. */
  source: string;
  namespace: Record<string, unknown>;
}

/** The tests of a module, in the order its source defines them. */
export function collect(
  module: TestModule,
): Array<{ name: string; fn: (...a: never[]) => unknown }> {
  const found = Object.entries(module.namespace).filter(
    (entry): entry is [string, (...a: never[]) => unknown] =>
      entry[0].startsWith("test") && typeof entry[1] === "function",
  );
  const at = (name: string) => {
    const match = new RegExp(`function\\s*\\*?\\s*${name}\\s*[(<]|\\b${name}\\s*=`).exec(
      module.source,
    );
    return match ? match.index : Number.MAX_SAFE_INTEGER;
  };
  return found
    .map(([name, fn]) => ({ name, fn, at: at(name) }))
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name))
    .map(({ name, fn }) => ({ name, fn }));
}

/**
 * Run the tests of the given modules.
 * @example
 * const report = await runTests([{ file: "test_app.ts", source, namespace }], locate);
 */
export async function runTests<L>(
  modules: TestModule[],
  locate: (thrown: unknown, test: { file: string; name: string }) => L,
): Promise<TestReport<L>> {
  const tests: TestOutcome<L>[] = [];
  for (const module of modules) {
    for (const { name, fn } of collect(module)) {
      const began = performance.now();
      const scope = new FixtureScope();
      const where = { file: module.file, name };
      let outcome: TestOutcome<L> = { file: module.file, name, outcome: "passed", ms: 0 };
      try {
        const args = await scope.argumentsFor(fn);
        try {
          await (fn as (fixtures: unknown) => unknown)(args);
        } catch (thrown) {
          outcome = { ...outcome, outcome: "failed", phase: "call", error: locate(thrown, where) };
        }
      } catch (thrown) {
        // A fixture that could not be set up is pytest's "error", not a failure of the test.
        const cause = thrown instanceof FixtureError ? thrown.cause : thrown;
        const error = thrown instanceof FixtureLookupError ? thrown : cause;
        outcome = { ...outcome, outcome: "error", phase: "setup", error: locate(error, where) };
      }
      const teardown = await scope.close();
      if (teardown && outcome.outcome !== "error") {
        outcome = {
          ...outcome,
          outcome: "error",
          phase: "teardown",
          error: locate(teardown.cause, where),
        };
      }
      outcome.ms = performance.now() - began;
      tests.push(outcome);
    }
  }
  const count = (name: TestOutcomeName) => tests.filter((t) => t.outcome === name).length;
  return { tests, passed: count("passed"), failed: count("failed"), errors: count("error") };
}
