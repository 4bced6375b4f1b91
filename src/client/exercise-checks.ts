/**
 * Checking an answer against what a cell's `cell.json` or an exercise's `exercise.json` expects
 * (what real Flask answers to the Python twin). The pane turns the failures into sentences in
 * the learner's language; the tests send exercises' checks through the same `sendCheck`.
 */
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
  header(name: string): string | null;
}

/** One way the answer differs. */
export type CheckFailure =
  | { kind: "status"; expected: number; actual: number }
  | { kind: "body"; expected: string }
  | { kind: "text"; expected: string }
  | { kind: "header"; name: string; expected: string; actual: string | null };

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
  if (expect.bodyEquals !== undefined && body !== expect.bodyEquals) {
    failures.push({ kind: "body", expected: expect.bodyEquals });
  }
  const pieces =
    expect.bodyIncludes === undefined
      ? []
      : Array.isArray(expect.bodyIncludes)
        ? expect.bodyIncludes
        : [expect.bodyIncludes];
  for (const piece of pieces) {
    if (!body.includes(piece)) failures.push({ kind: "text", expected: piece });
  }
  for (const [name, expected] of Object.entries(expect.headers ?? {})) {
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
 * Sends one declared request to a running cell and lists how its answer differs from `expect`.
 * The expectations are what Flask's test client got, and it sends `Host: localhost`, so the
 * request does too unless it names a host.
 * @example await sendCheck(cell, { path: "/", expect: { status: 200 } }) // [] when it passes
 */
export async function sendCheck(
  cell: CheckTarget,
  declared: DeclaredRequest & { expect: Expectation },
): Promise<CheckFailure[]> {
  const request = declaredRequest(declared);
  if (!request.headers.some(([name]) => name.toLowerCase() === "host")) {
    request.headers.push(["Host", "localhost"]);
  }
  return checkResponse(declared.expect, await cell.fetch(request));
}
