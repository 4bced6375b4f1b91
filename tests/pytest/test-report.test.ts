/**
 * The report a downloaded project's `pytest` command prints: pytest's rules, its summary line
 * and its exit codes, and each failure at the learner's line.
 */
import { describe, expect, it } from "vitest";
import {
  EXIT,
  exitCode,
  formatSession,
  rule,
  type Session,
  summaryLine,
} from "../../sandbox-runtime/engines/node/pytest-report.ts";

const failure = {
  kind: "test" as const,
  message: "AssertionError: assert 404 == 200",
  location: { file: "test_app.ts", line: 7, column: 10 },
  codeFrame: "> 7 |   assert.equal(response.statusCode, 200);\n    |          ^",
  stack: "AssertionError: assert 404 == 200\n    at test_home (test_app.ts:7:10)",
  formatted: "",
};

const session = (tests: Session["tests"]): Session => ({
  rootdir: "/home/ana/testing-first-test",
  node: "v24.0.0",
  tests,
  seconds: 0.123,
});

describe("the pytest report of a downloaded project", () => {
  it("centres titles in rules 80 wide", () => {
    expect(rule("FAILURES", "=")).toHaveLength(80);
    expect(rule("FAILURES", "=")).toMatch(/^=+ FAILURES =+$/);
  });

  it("counts in pytest's words and order", () => {
    expect(summaryLine({ passed: 2, failed: 1, errors: 0 }, 0.123)).toBe(
      "1 failed, 2 passed in 0.12s",
    );
    expect(summaryLine({ passed: 0, failed: 0, errors: 1 }, 1)).toBe("1 error in 1.00s");
    expect(summaryLine({ passed: 1, failed: 0, errors: 2 }, 0)).toBe("1 passed, 2 errors in 0.00s");
    expect(summaryLine({ passed: 0, failed: 0, errors: 0 }, 0.01)).toBe("no tests ran in 0.01s");
  });

  it("exits as pytest does", () => {
    const passed = { file: "test_app.ts", name: "test_a", outcome: "passed" as const };
    const failed = { ...passed, outcome: "failed" as const, error: failure };
    expect(exitCode(session([passed]))).toBe(EXIT.ok);
    expect(exitCode(session([passed, failed]))).toBe(EXIT.testsFailed);
    expect(exitCode(session([]))).toBe(EXIT.noTests);
    expect(
      exitCode({ ...session([]), collectError: { file: "test_app.ts", error: failure } }),
    ).toBe(EXIT.interrupted);
  });

  it("lists each test with its outcome and shows a failure at its line", () => {
    const text = formatSession(
      session([
        { file: "test_app.ts", name: "test_about", outcome: "passed" },
        { file: "test_app.ts", name: "test_home", outcome: "failed", error: failure },
      ]),
    );
    expect(text).toMatch(/^test_app\.ts::test_about PASSED +\[ 50%\]$/m);
    expect(text).toMatch(/^test_app\.ts::test_home FAILED +\[100%\]$/m);
    expect(text).toContain(
      "> 7 |   assert.equal(response.statusCode, 200);\n    |          ^\nE   AssertionError: assert 404 == 200\n\ntest_app.ts:7: AssertionError\n",
    );
    expect(text).toContain("FAILED test_app.ts::test_home - AssertionError: assert 404 == 200");
    expect(text).toMatch(/\n=+ 1 failed, 1 passed in 0\.12s =+\n$/);
  });
});
