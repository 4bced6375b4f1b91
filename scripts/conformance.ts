/**
 * `npm run test:conformance [-- FILTER…] [--flask-only] [--no-cells] [--report FILE]`: run every
 * conformance pair against real Flask and the port, print the differences, and end with
 * "N passed, M failed".
 * `--flask-only` runs just the Flask side (every Python twin must answer without raising);
 * The lesson cells (`cells/<lesson>/<cell>/`: `app.ts`, its twin `app.py`, `cell.json`'s requests)
 * run as pairs too; `--no-cells` leaves them out. Tests beside an app (`test_*.py` for pytest and
 * `test_*.ts` for the port's runner, in `tests/conformance/testing/<case>/` and in cells) must end
 * alike, test by test.
 * @example npm run test:conformance -- routing
 * @see docs/conformance.md
 */
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { formatDifference } from "../tests/conformance/harness/compare.ts";
import {
  discoverCells,
  discoverPairs,
  missingFiles,
  type PairFiles,
} from "../tests/conformance/harness/discover.ts";
import { type PairOutcome, runPair } from "../tests/conformance/harness/run-pair.ts";
import {
  discoverTestFolders,
  runTestFolder,
  type TestFolder,
} from "../tests/conformance/harness/run-tests.ts";

const ROOT = fileURLToPath(new URL("../tests/conformance/", import.meta.url));
const TESTING = fileURLToPath(new URL("../tests/conformance/testing/", import.meta.url));
const CELLS = fileURLToPath(new URL("../cells/", import.meta.url));
const MAX_LINES_PER_PAIR = 12;

type Options = { filters: string[]; report?: string; flaskOnly: boolean; cells: boolean };

function parseArgs(argv: string[]): Options {
  const filters: string[] = [];
  let report: string | undefined;
  let flaskOnly = false;
  let cells = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--report") report = argv[++i];
    else if (arg === "--flask-only") flaskOnly = true;
    else if (arg === "--no-cells") cells = false;
    else filters.push(arg);
  }
  return { filters, report, flaskOnly, cells };
}

async function runOne(pair: PairFiles, flaskOnly: boolean): Promise<PairOutcome> {
  const missing = missingFiles(pair);
  if (missing.length > 0) {
    return {
      status: "broken",
      script: { requests: ["GET /"] },
      differences: [],
      problem: `missing ${missing.join(", ")}`,
    };
  }
  try {
    return await runPair({ ...pair, flaskOnly });
  } catch (error) {
    return {
      status: "broken",
      script: { requests: ["GET /"] },
      differences: [],
      problem: String(error),
    };
  }
}

/** A pair of apps answering the same requests, or a folder of tests run by pytest and the port. */
type Job = PairFiles | (TestFolder & { tests: true });

async function runJob(job: Job, flaskOnly: boolean): Promise<PairOutcome> {
  if (!("tests" in job)) return runOne(job, flaskOnly);
  try {
    return await runTestFolder(job);
  } catch (error) {
    return { status: "broken", script: { requests: [] }, differences: [], problem: String(error) };
  }
}

async function runAll(pairs: Job[], flaskOnly: boolean): Promise<PairOutcome[]> {
  const outcomes: PairOutcome[] = new Array(pairs.length);
  let next = 0;
  // Each pair runs its two sides at once, so one pair per core keeps the cores busy.
  const workers = Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
    while (next < pairs.length) {
      const index = next++;
      outcomes[index] = await runJob(pairs[index]!, flaskOnly);
    }
  });
  await Promise.all(workers);
  return outcomes;
}

function printOutcome(pair: Job, outcome: PairOutcome): void {
  if (outcome.status === "broken") {
    console.log(`BROKEN ${pair.name}: ${outcome.problem}`);
  } else if (outcome.status === "failed") {
    const lines = outcome.differences.map(formatDifference);
    console.log(`FAIL ${pair.name}: ${lines.length} difference${lines.length === 1 ? "" : "s"}`);
    for (const line of lines.slice(0, MAX_LINES_PER_PAIR)) console.log(`    ${line}`);
    if (lines.length > MAX_LINES_PER_PAIR)
      console.log(`    … ${lines.length - MAX_LINES_PER_PAIR} more`);
  }
}

async function main(): Promise<number> {
  const { filters, report, flaskOnly, cells } = parseArgs(process.argv.slice(2));
  // Tests need both sides: --flask-only leaves them out.
  const testFolders: Job[] = flaskOnly
    ? []
    : discoverTestFolders(TESTING, cells ? CELLS : "").map((f) => ({ ...f, tests: true as const }));
  const found: Job[] = [
    ...(cells ? [...discoverPairs(ROOT), ...discoverCells(CELLS)] : discoverPairs(ROOT)),
    ...testFolders,
  ];
  const pairs = found.filter(
    (p) => filters.length === 0 || filters.some((f) => p.name.includes(f)),
  );
  if (pairs.length === 0) {
    console.log(`no conformance pairs match ${filters.map((f) => `"${f}"`).join(" or ")}`);
    return 1;
  }
  const outcomes = await runAll(pairs, flaskOnly);
  for (const [i, pair] of pairs.entries()) printOutcome(pair, outcomes[i]!);
  const skipped = pairs
    .map((pair, i) => [pair, outcomes[i]!] as const)
    .filter(([, o]) => o.status === "skipped");
  for (const [pair, outcome] of skipped) console.log(`SKIP ${pair.name}: ${outcome.skipReason}`);
  for (const [i, pair] of pairs.entries()) {
    const ignored = outcomes[i]!.script.ignore;
    if (ignored && outcomes[i]!.status !== "skipped") {
      console.log(
        `PART ${pair.name}: ${ignored.fields.join(", ")} not compared: ${ignored.reason}`,
      );
    }
  }
  if (report) {
    const data = pairs.map((pair, i) => ({ name: pair.name, ...outcomes[i]! }));
    writeFileSync(report, `${JSON.stringify(data, null, 2)}\n`);
  }
  const passed = outcomes.filter((o) => o.status === "passed").length;
  const failed = outcomes.filter((o) => o.status === "failed" || o.status === "broken").length;
  console.log(
    `${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ""}`,
  );
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
