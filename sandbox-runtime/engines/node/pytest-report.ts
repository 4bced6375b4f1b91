/**
 * What the `pytest` command of a downloaded project prints: pytest's verbose report, with each
 * test `PASSED`, `FAILED` or `ERROR`, every failure at the learner's line, and pytest's summary
 * line (`1 failed, 2 passed in 0.12s`).
 * @see _pytest/terminal.py TerminalReporter
 */
import type { LocatedError } from "../types.ts";

/** One test's result, as the runner reports it with failures located. */
export interface ReportedTest {
  file: string;
  name: string;
  outcome: "passed" | "failed" | "error";
  phase?: "setup" | "call" | "teardown";
  error?: LocatedError;
}

/** A finished session, as the report needs it. */
export interface Session {
  /** The project's folder, shown as pytest's `rootdir`. */
  rootdir: string;
  /** `process.version`. */
  node: string;
  tests: ReportedTest[];
  /** A test module that could not be imported: the run stopped before any test. */
  collectError?: { file: string; error: LocatedError };
  seconds: number;
  /** The terminal's width (80 when not a terminal). */
  width?: number;
}

/** pytest's exit codes. */
export const EXIT = { ok: 0, testsFailed: 1, interrupted: 2, usage: 4, noTests: 5 } as const;

/**
 * A title centred in a rule of `=` (or `_`), as pytest writes its section lines.
 * @example rule("FAILURES", "=", 30); // "========== FAILURES =========="
 */
export function rule(title: string, fill: "=" | "_" | "!", width = 80): string {
  if (!title) return fill.repeat(width);
  const text = ` ${title} `;
  const left = Math.max(1, Math.floor((width - text.length) / 2));
  const right = Math.max(1, width - text.length - left);
  return `${fill.repeat(left)}${text}${fill.repeat(right)}`;
}

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 || word !== "error" ? "" : "s"}`;

/**
 * pytest's last line, without its rule: counts in pytest's order, then the time.
 * @example summaryLine({ passed: 2, failed: 1, errors: 0 }, 0.123); // "1 failed, 2 passed in 0.12s"
 * @see _pytest/terminal.py build_summary_stats_line
 */
export function summaryLine(
  counts: { passed: number; failed: number; errors: number },
  seconds: number,
): string {
  const parts = [
    counts.failed ? plural(counts.failed, "failed") : "",
    counts.passed ? plural(counts.passed, "passed") : "",
    counts.errors ? plural(counts.errors, "error") : "",
  ].filter(Boolean);
  return `${parts.length ? parts.join(", ") : "no tests ran"} in ${seconds.toFixed(2)}s`;
}

/**
 * The exit code pytest would give the session.
 * @example exitCode({ rootdir: ".", node: "v24", tests: [], seconds: 0 }); // 5
 * @see _pytest/main.py ExitCode
 */
export function exitCode(session: Session): number {
  if (session.collectError) return EXIT.interrupted;
  if (session.tests.length === 0) return EXIT.noTests;
  return session.tests.every((t) => t.outcome === "passed") ? EXIT.ok : EXIT.testsFailed;
}

/** The error's name as pytest ends a failure with it (`AssertionError`). */
function errorName(error: LocatedError): string {
  return /^([\w$.]+):/.exec(error.message)?.[1] ?? "Error";
}

/**
 * A failure as pytest shows it: the code at the learner's line, `E` lines, then the learner's
 * frames from the test down (`test_app.ts:33: in test_boom`, `app.ts:15: in boom`), the last
 * one with the error's name (`app.ts:15: Error`).
 */
function failureBody(error: LocatedError): string[] {
  const lines: string[] = [""];
  if (error.codeFrame) lines.push(...error.codeFrame.split("\n"));
  lines.push(...error.message.split("\n").map((line) => `E   ${line}`.trimEnd()));
  const frames = learnerFrames(error);
  const last = frames.pop();
  const at = last ?? error.location;
  lines.push("", ...frames.map((frame) => `${frame.file}:${frame.line}: in ${frame.name}`));
  lines.push(at ? `${at.file}:${at.line}: ${errorName(error)}` : errorName(error));
  return lines;
}

/** The stack's frames in the learner's own files (the mapped stack names them by their path), outermost first. */
function learnerFrames(error: LocatedError): Array<{ file: string; line: number; name: string }> {
  const frames: Array<{ file: string; line: number; name: string }> = [];
  for (const text of (error.stack ?? "").split("\n")) {
    const found = /^\s*at (?:async )?(?:(.+?) \()?([\w./-]+\.ts):(\d+):\d+\)?$/.exec(text);
    if (!found || /^(?:\.\.\/|\/)|(?:^|\/)(?:node_modules|vendor)\//.test(found[2] as string))
      continue;
    frames.push({ file: found[2] as string, line: Number(found[3]), name: found[1] ?? "<module>" });
  }
  // Only a chain that reaches the located line (the test's) is the learner's traceback.
  const location = error.location;
  const start = frames.findIndex((f) => f.file === location?.file && f.line === location?.line);
  return start < 0 ? [] : frames.slice(0, start + 1).reverse();
}

const firstLine = (text: string) => text.split("\n")[0] ?? "";

/**
 * The whole report, one string ending with a newline.
 * @example
 * process.stdout.write(formatSession(session));
 * @see _pytest/terminal.py
 */
export function formatSession(session: Session): string {
  const width = session.width ?? 80;
  const out: string[] = [
    rule("test session starts", "=", width),
    `platform ${process.platform} -- Node.js ${session.node}, Kolba pytest`,
    `rootdir: ${session.rootdir}`,
  ];
  const counts = {
    passed: session.tests.filter((t) => t.outcome === "passed").length,
    failed: session.tests.filter((t) => t.outcome === "failed").length,
    errors: session.tests.filter((t) => t.outcome === "error").length,
  };
  if (session.collectError) {
    const { file, error } = session.collectError;
    out.push(
      "collected 0 items / 1 error",
      "",
      rule("ERRORS", "=", width),
      rule(`ERROR collecting ${file}`, "_", width),
      "",
      ...(error.codeFrame ? error.codeFrame.split("\n") : []),
      ...error.message.split("\n").map((line) => `E   ${line}`.trimEnd()),
      rule("short test summary info", "=", width),
      `ERROR ${file} - ${firstLine(error.message)}`,
      rule("Interrupted: 1 error during collection", "!", width),
      rule(summaryLine({ passed: 0, failed: 0, errors: 1 }, session.seconds), "=", width),
    );
    return `${out.join("\n")}\n`;
  }
  const n = session.tests.length;
  out.push(`collected ${n} item${n === 1 ? "" : "s"}`, "");
  session.tests.forEach((test, i) => {
    const left = `${test.file}::${test.name} ${test.outcome.toUpperCase()}`;
    const percent = `[${String(Math.floor(((i + 1) * 100) / n)).padStart(3)}%]`;
    out.push(`${left}${" ".repeat(Math.max(1, width - left.length - percent.length))}${percent}`);
  });
  out.push("");
  const failed = session.tests.filter((t) => t.outcome === "failed");
  const errored = session.tests.filter((t) => t.outcome === "error");
  if (errored.length) {
    out.push(rule("ERRORS", "=", width));
    for (const test of errored) {
      out.push(rule(`ERROR at ${test.phase ?? "setup"} of ${test.name}`, "_", width));
      if (test.error) out.push(...failureBody(test.error));
    }
  }
  if (failed.length) {
    out.push(rule("FAILURES", "=", width));
    for (const test of failed) {
      out.push(rule(test.name, "_", width));
      if (test.error) out.push(...failureBody(test.error));
    }
  }
  if (failed.length || errored.length) {
    out.push(rule("short test summary info", "=", width));
    for (const test of [...failed, ...errored]) {
      const why = test.error ? ` - ${firstLine(test.error.message)}` : "";
      out.push(`${test.outcome.toUpperCase()} ${test.file}::${test.name}${why}`);
    }
  }
  out.push(rule(summaryLine(counts, session.seconds), "=", width));
  return `${out.join("\n")}\n`;
}
