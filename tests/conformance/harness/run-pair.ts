/**
 * Run one pair — a Flask app, its port and a request script — and compare the answers.
 * Lesson cells with a Python twin go through the same function.
 * @example const outcome = await runPair({ py: "a.py", ts: "a.ts", script: "a.requests.json" });
 * @see docs/conformance.md
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareResults, type Difference } from "./compare.ts";
import { expectDifferences, expectsSetCookie, scriptOfJson } from "./expect.ts";
import type { Result } from "./normalize.ts";
import { parseScript, type Script } from "./script.ts";

/** The one Python the oracle runs under: Debian's, with Flask 2.2. */
export const FLASK_PYTHON = process.env.KOLBA_FLASK_PYTHON ?? "/usr/bin/python3";
const RUN_FLASK = fileURLToPath(new URL("./run_flask.py", import.meta.url));
const RUN_PORT = fileURLToPath(new URL("./run-port.ts", import.meta.url));
const TIMEOUT_MS = 60_000;
const NODE_MODULES = fileURLToPath(new URL("../../../node_modules", import.meta.url));

export type PairInput = {
  /** Path of the Flask app module (module-level `app`). */
  py: string;
  /** Path of the port module (`export const app`). */
  ts: string;
  /** The request script: a path to its JSON file, or the script itself. */
  script: string | Script;
  /** Run only real Flask: checks that the Python twin works before the port does. */
  flaskOnly?: boolean;
};

export type PairOutcome = {
  status: "passed" | "failed" | "skipped" | "broken";
  script: Script;
  flask?: Result[];
  port?: Result[];
  differences: Difference[];
  /** Why the pair could not run (a side crashed or printed no results). */
  problem?: string;
  skipReason?: string;
};

type SideOutput = { results?: Result[]; problem?: string };

/**
 * A copy of the folder an app lives in, in a fresh temporary folder that is also the working
 * directory: what an app saves (an upload into its instance folder, a file relative to the
 * working directory) stays out of the repository and out of the other side's way.
 */
function isolate(app: string): { app: string; cwd: string; remove(): void } {
  const cwd = mkdtempSync(join(tmpdir(), "kolba-pair-"));
  const folder = join(cwd, "app");
  cpSync(dirname(app), folder, {
    recursive: true,
    filter: (source) => !/[/\\](__pycache__|node_modules|instance)$/.test(source),
  });
  // The port's module imports "flask": resolve it as it resolves in the repository.
  symlinkSync(NODE_MODULES, join(cwd, "node_modules"), "dir");
  return {
    app: join(folder, basename(app)),
    cwd,
    remove: () => rmSync(cwd, { recursive: true, force: true }),
  };
}

async function runIsolated(
  app: string,
  run: (app: string, cwd: string) => Promise<SideOutput>,
): Promise<SideOutput> {
  const copy = isolate(app);
  try {
    return await run(copy.app, copy.cwd);
  } finally {
    copy.remove();
  }
}

function runSide(
  command: string,
  args: string[],
  input: string,
  cwd?: string,
): Promise<SideOutput> {
  return new Promise((resolveSide) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" },
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolveSide({ problem: `${command}: ${error.message}` });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const lastLine = stdout.trim().split("\n").pop() ?? "";
      try {
        const parsed = JSON.parse(lastLine);
        if (code === 0 && Array.isArray(parsed.results)) {
          resolveSide({ results: parsed.results });
          return;
        }
      } catch {
        // fall through: report what the side printed
      }
      const why = signal ? `killed by ${signal}` : `exit code ${code}`;
      const tail = stderr.trim().split("\n").slice(-6).join("\n    ");
      resolveSide({ problem: `${why}${tail ? `\n    ${tail}` : ""}` });
    });
    child.stdin.end(input);
  });
}

/** Send the script through real Flask (run_flask.py). */
export function runFlaskSide(
  py: string,
  script: Script,
  extra: string[] = [],
): Promise<SideOutput> {
  return runIsolated(py, (app, cwd) =>
    runSide(FLASK_PYTHON, [RUN_FLASK, app, "-", ...extra], JSON.stringify(script), cwd),
  );
}

/** Send the script through the port (run-port.ts under this Node). */
export function runPortSide(ts: string, script: Script): Promise<SideOutput> {
  return runIsolated(ts, (app, cwd) =>
    runSide(process.execPath, [RUN_PORT, app, "-"], JSON.stringify(script), cwd),
  );
}

function flaskErrors(results: Result[]): string | undefined {
  const failed = results.filter((r) => r.error !== undefined);
  if (failed.length === 0) return undefined;
  return failed.map((r) => `Flask raised on ${r.request}: ${r.error}`).join("; ");
}

/** Run both sides of a pair and compare; a skipped pair still proves its Flask side runs. */
export async function runPair({ py, ts, script, flaskOnly }: PairInput): Promise<PairOutcome> {
  const loaded = scriptOfJson(
    typeof script === "string" ? JSON.parse(readFileSync(script, "utf8")) : script,
  );
  const parsed = parseScript(loaded.script);
  if (parsed.skip !== undefined || flaskOnly) {
    const flask = await runFlaskSide(py, parsed);
    const problem = flask.problem ?? (flask.results && flaskErrors(flask.results));
    if (problem)
      return {
        status: "broken",
        script: parsed,
        differences: [],
        problem: `flask side: ${problem}`,
      };
    if (parsed.skip === undefined)
      return { status: "passed", script: parsed, flask: flask.results, differences: [] };
    return {
      status: "skipped",
      script: parsed,
      flask: flask.results,
      differences: [],
      skipReason: parsed.skip,
    };
  }
  // A Set-Cookie the checks expect is compared with Flask's own header lines, not normalized ones.
  const raw = loaded.expects && expectsSetCookie(loaded.expects) ? ["--raw"] : [];
  const [flask, port] = await Promise.all([runFlaskSide(py, parsed, raw), runPortSide(ts, parsed)]);
  const flaskProblem = flask.problem ?? (flask.results && flaskErrors(flask.results));
  if (flaskProblem) {
    return {
      status: "broken",
      script: parsed,
      differences: [],
      problem: `flask side: ${flaskProblem}`,
    };
  }
  if (port.problem) {
    return {
      status: "broken",
      script: parsed,
      flask: flask.results,
      differences: [],
      problem: `port side: ${port.problem}`,
    };
  }
  const differences = [
    ...compareResults(flask.results!, port.results!, parsed),
    ...(loaded.expects ? expectDifferences(flask.results!, loaded.expects) : []),
  ];
  return {
    status: differences.length === 0 ? "passed" : "failed",
    script: parsed,
    flask: flask.results,
    port: port.results,
    differences,
  };
}
