/**
 * Every exercise on disk is a real exercise: under the node engine its reference solution passes
 * every check, and its starter code fails at least one (so pressing Check proves something).
 * The checks go through `sendCheck`, the function the lesson page's Check button uses, with one
 * cookie jar for them all when the exercise's `cookies` is `shared`.
 */
import { describe, expect, it } from "vitest";
import { CookieJar } from "../../sandbox-runtime/engines/cookie-jar.ts";
import { NodeEngine } from "../../sandbox-runtime/engines/node-engine/index.ts";
import { sendCheck, testCheckFailure } from "../../src/client/exercise-checks.ts";
import type { CellFile } from "../../src/lib/cells.ts";
import { cellNames, loadCell } from "../../src/lib/cells.ts";

const engine = new NodeEngine();
const exercises = cellNames()
  .map((name) => loadCell(name, "tests/runtime/exercises.test.ts"))
  .filter((cell) => cell.exercise !== undefined);

const asFiles = (files: CellFile[]) =>
  Object.fromEntries(files.map((file) => [file.path, file.content]));

/**
 * For each check, its title and what differed (empty when it passed): the requests' checks on
 * the running app, then the checks of the tests, each on its own app, as the page's Check does.
 */
async function runChecks(files: Record<string, string>, name: string) {
  const exercise = loadCell(name, "tests/runtime/exercises.test.ts").exercise!;
  const outcomes: Array<{ check: string; failures: unknown[] }> = [];
  if (exercise.checks.length > 0) {
    const cell = await engine.start(files);
    try {
      const jar = exercise.cookies === "shared" ? new CookieJar() : undefined;
      for (const check of exercise.checks) {
        outcomes.push({ check: check.title.en, failures: await sendCheck(cell, check, jar) });
      }
    } finally {
      await cell.stop();
    }
  }
  for (const check of exercise.tests) {
    const report = await engine.runTests({
      ...files,
      ...(check.files ? asFiles(check.files) : {}),
    });
    const failure = testCheckFailure(report, check.expect);
    outcomes.push({ check: check.title.en, failures: failure ? [failure] : [] });
  }
  return outcomes;
}

describe("exercises on the node engine", () => {
  it("there is at least one exercise to check", () => {
    expect(exercises.map((cell) => cell.name)).toContain("dynamic-urls/exercise");
  });

  for (const cell of exercises) {
    it(`${cell.name}: the solution passes every check`, async () => {
      const files = { ...asFiles(cell.files), ...asFiles(cell.exercise!.solution) };
      const outcomes = await runChecks(files, cell.name);
      expect(outcomes.filter((o) => o.failures.length > 0)).toEqual([]);
    }, 30_000);

    it(`${cell.name}: the starter code fails at least one check`, async () => {
      const outcomes = await runChecks(asFiles(cell.files), cell.name);
      expect(outcomes.filter((o) => o.failures.length > 0).length).toBeGreaterThan(0);
    }, 30_000);
  }
});
