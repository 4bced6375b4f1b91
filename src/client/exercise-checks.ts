/**
 * Checking an answer against what a cell's `cell.json` or an exercise's `exercise.json` expects
 * (what real Flask answers to the Python twin). The pane turns the failures into sentences in
 * the learner's language; the tests send exercises' checks through the same `sendCheck`.
 */
import type { JarCookie } from "../../sandbox-runtime/engines/cookie-jar.ts";
import type { CellTestReport } from "../../sandbox-runtime/engines/types.ts";
import { type DeclaredRequest, declaredRequest, type OutgoingRequest } from "./request-form.ts";

/** What a response must look like; mirrors `cellExpectSchema`. */
export interface Expectation {
  status: number;
  bodyIncludes?: string | string[];
  bodyEquals?: string;
  headers?: Record<string, string>;
  location?: string;
}

/** The parts of a response a check reads. */
export interface CheckedResponse {
  status: number;
  text(): string;
  /** The first value of a header, case-insensitive, or null. */
  header(name: string): string | null;
  /** Every header in order, repeated ones (`Set-Cookie`) included, when the engine gives them. */
  headers?: ReadonlyArray<readonly [string, string]>;
  /** The parsed `Set-Cookie` headers, which a shared cookie jar stores. */
  cookies?: readonly JarCookie[];
}

/** Where a check's cookies are kept between requests: a `CookieJar` from the engines. */
export interface CheckJar {
  header(requestPath: string): string | null;
  store(cookies: readonly JarCookie[], requestPath: string): void;
}

/** Every value of a header: all the `Set-Cookie` lines of an answer, say. */
function headerValues(response: CheckedResponse, name: string): string[] {
  const wanted = name.toLowerCase();
  if (response.headers) {
    return response.headers.filter(([key]) => key.toLowerCase() === wanted).map(([, v]) => v);
  }
  const first = response.header(name);
  return first === null ? [] : [first];
}

/** One way the answer differs. */
export type CheckFailure =
  | { kind: "status"; expected: number; actual: number }
  | { kind: "body"; expected: string; actual: string }
  | { kind: "text"; expected: string; actual: string }
  | { kind: "header"; name: string; expected: string; actual: string | null };

/** What came back, as a learner can read it in one line: whitespace folded, at most 120 characters. */
function shorten(body: string): string {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/**
 * Every way `response` differs from `expect`; empty when it passes.
 * @example checkResponse({ status: 200, bodyEquals: "Hi" }, res) // [] when res says "Hi" with 200
 */
export function checkResponse(expect: Expectation, response: CheckedResponse): CheckFailure[] {
  const failures: CheckFailure[] = [];
  if (response.status !== expect.status) {
    failures.push({ kind: "status", expected: expect.status, actual: response.status });
  }
  const body = response.text();
  const actual = shorten(body);
  if (expect.bodyEquals !== undefined && body !== expect.bodyEquals) {
    failures.push({ kind: "body", expected: expect.bodyEquals, actual });
  }
  const pieces =
    expect.bodyIncludes === undefined
      ? []
      : Array.isArray(expect.bodyIncludes)
        ? expect.bodyIncludes
        : [expect.bodyIncludes];
  for (const piece of pieces) {
    if (!body.includes(piece)) failures.push({ kind: "text", expected: piece, actual });
  }
  for (const [name, expected] of Object.entries(expect.headers ?? {})) {
    // An answer may set several cookies: the expected one is any of them.
    if (name.toLowerCase() === "set-cookie") {
      const all = headerValues(response, name);
      if (!all.includes(expected)) {
        failures.push({ kind: "header", name, expected, actual: all.join("\n") || null });
      }
      continue;
    }
    const actual = response.header(name);
    if (actual !== expected) failures.push({ kind: "header", name, expected, actual });
  }
  if (expect.location !== undefined) {
    const actual = response.header("location");
    if (actual !== expect.location) {
      failures.push({ kind: "header", name: "Location", expected: expect.location, actual });
    }
  }
  return failures;
}

/** The part of a running cell a check needs. */
export interface CheckTarget {
  fetch(request: OutgoingRequest): Promise<CheckedResponse>;
}

/**
 * Sends a request through a cookie jar, as a browser would: the jar's cookies for its path go
 * with it and what the answer sets (or deletes) goes into the jar. A request with a `Cookie`
 * header of its own keeps it and leaves the jar alone, as Flask's test client does. Without a
 * jar the request goes as it is.
 * @example const res = await fetchWithJar((r) => cell.fetch(r), request, jar);
 */
export async function fetchWithJar<R extends { cookies?: readonly JarCookie[] }>(
  fetch: (request: OutgoingRequest) => Promise<R>,
  request: OutgoingRequest,
  jar: CheckJar | undefined,
): Promise<R> {
  const own = request.headers.some(([name]) => name.toLowerCase() === "cookie");
  if (!jar || own) return fetch(request);
  const cookie = jar.header(request.path);
  if (cookie !== null) request.headers.push(["Cookie", cookie]);
  const response = await fetch(request);
  jar.store(response.cookies ?? [], request.path);
  return response;
}

/**
 * Sends one declared request to a running cell and lists how its answer differs from `expect`.
 * The expectations are what Flask's test client got, and it sends `Host: localhost`, so the
 * request does too unless it names a host. Given a jar (a cell or exercise whose `cookies` is
 * `shared`), the request carries the jar's cookies and its answer's go back into it.
 * @example await sendCheck(cell, { path: "/", expect: { status: 200 } }) // [] when it passes
 */
export async function sendCheck(
  cell: CheckTarget,
  declared: DeclaredRequest & { expect: Expectation },
  jar?: CheckJar,
): Promise<CheckFailure[]> {
  const request = declaredRequest(declared);
  if (!request.headers.some(([name]) => name.toLowerCase() === "host")) {
    request.headers.push(["Host", "localhost"]);
  }
  return checkResponse(declared.expect, await fetchWithJar((r) => cell.fetch(r), request, jar));
}

/** What a check of the learner's tests found wrong. */
export type TestCheckFailure =
  | { kind: "collect"; message: string }
  | { kind: "none" }
  | { kind: "failing"; names: string[] }
  | { kind: "not-caught" };

/**
 * Judge a run of the learner's tests for a check: `pass` needs at least one test and every test
 * passed; `fail` (on a broken app) needs at least one test that did not pass.
 * @example testCheckFailure(report, "fail") // null when a test caught the broken app
 */
export function testCheckFailure(
  report: Pick<CellTestReport, "tests" | "collectError">,
  expect: "pass" | "fail",
): TestCheckFailure | null {
  if (report.collectError) return { kind: "collect", message: report.collectError.message };
  if (report.tests.length === 0) return { kind: "none" };
  const notPassed = report.tests.filter((test) => test.outcome !== "passed").map((x) => x.name);
  if (expect === "pass") return notPassed.length ? { kind: "failing", names: notPassed } : null;
  return notPassed.length ? null : { kind: "not-caught" };
}
