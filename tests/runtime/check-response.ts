/**
 * Compare a response and console with a case's expectations and list every difference, so a
 * runner needs only "the list is empty".
 */
import type {
  CellResponse,
  ConsoleChunk,
  LocatedError,
} from "../../sandbox-runtime/engines/types.ts";
import type { ExpectedConsole, ExpectedResponse, ExpectedStartError } from "./case-types.ts";

function matches(value: string, expected: string | RegExp): boolean {
  return typeof expected === "string" ? value.startsWith(expected) : expected.test(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}

function isDeletion(attributes: Record<string, string | true>): boolean {
  const maxAge = attributes["max-age"];
  if (typeof maxAge === "string" && Number(maxAge) <= 0) return true;
  const expires = attributes.expires;
  return typeof expires === "string" && Date.parse(expires) < Date.now();
}

/**
 * The differences between a response and what was expected.
 * @example
 * checkResponse(res, { status: 200, bodyIncludes: ["Hello"] }); // []
 */
export function checkResponse(res: CellResponse, expected: ExpectedResponse): string[] {
  const problems: string[] = [];
  const body = res.text();
  const excerpt = body.length > 300 ? `${body.slice(0, 300)}…` : body;
  if (expected.status !== undefined && res.status !== expected.status) {
    problems.push(`status ${res.status}, expected ${expected.status}; body: ${excerpt}`);
  }
  if (expected.body !== undefined && body !== expected.body) {
    problems.push(`body ${JSON.stringify(excerpt)}, expected ${JSON.stringify(expected.body)}`);
  }
  for (const part of expected.bodyIncludes ?? []) {
    if (!body.includes(part)) problems.push(`body lacks ${JSON.stringify(part)}; body: ${excerpt}`);
  }
  for (const part of expected.bodyExcludes ?? []) {
    const at = body.indexOf(part);
    if (at !== -1) {
      const around = body.slice(Math.max(0, at - 200), at + part.length + 200);
      problems.push(`body has ${JSON.stringify(part)}, here: ${JSON.stringify(around)}`);
    }
  }
  for (const pattern of expected.bodyMatches ?? []) {
    if (!pattern.test(body)) problems.push(`body does not match ${pattern}; body: ${excerpt}`);
  }
  if (expected.json !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      problems.push(`body is not JSON: ${excerpt}`);
    }
    if (parsed !== undefined && !deepEqual(parsed, expected.json)) {
      problems.push(`JSON ${JSON.stringify(parsed)}, expected ${JSON.stringify(expected.json)}`);
    }
  }
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const actual = res.header(name);
    if (actual === null) problems.push(`no ${name} header`);
    else if (!matches(actual, value)) problems.push(`${name}: ${actual}, expected ${value}`);
  }
  for (const name of expected.headersAbsent ?? []) {
    if (res.header(name) !== null) problems.push(`unexpected ${name} header: ${res.header(name)}`);
  }
  for (const [name, value] of Object.entries(expected.setsCookies ?? {})) {
    const cookie = res.cookies.find((c) => c.name === name);
    if (!cookie)
      problems.push(
        `no Set-Cookie for ${name}; got ${res.cookies.map((c) => c.raw).join(" | ") || "none"}`,
      );
    else if (!matches(cookie.value, value) || isDeletion(cookie.attributes)) {
      problems.push(`cookie ${cookie.raw}, expected ${name}=${value}`);
    }
  }
  for (const name of expected.deletesCookies ?? []) {
    const cookie = res.cookies.find((c) => c.name === name);
    if (!cookie) problems.push(`no Set-Cookie deleting ${name}`);
    else if (cookie.value !== "" || !isDeletion(cookie.attributes))
      problems.push(`cookie ${cookie.raw} does not delete ${name}`);
  }
  return problems;
}

/**
 * The differences between what the app printed and what was expected.
 * @example
 * checkConsole(cell.output(), { stdout: ["before /"] }); // []
 */
export function checkConsole(output: ConsoleChunk[], expected: ExpectedConsole): string[] {
  const problems: string[] = [];
  for (const stream of ["stdout", "stderr"] as const) {
    const text = output
      .filter((chunk) => chunk.stream === stream)
      .map((chunk) => chunk.text)
      .join("");
    for (const part of expected[stream] ?? []) {
      if (!text.includes(part))
        problems.push(
          `${stream} lacks ${JSON.stringify(part)}; ${stream}: ${JSON.stringify(text)}`,
        );
    }
  }
  return problems;
}

/**
 * The differences between a start error and what was expected.
 * @example
 * checkStartError(error.located, { kind: "syntax", file: "app.ts", line: 7, messageIncludes: "Unexpected" }); // []
 */
export function checkStartError(actual: LocatedError, expected: ExpectedStartError): string[] {
  const problems: string[] = [];
  if (actual.kind !== expected.kind)
    problems.push(`kind ${actual.kind}, expected ${expected.kind}: ${actual.formatted}`);
  const at = actual.location;
  if (!at) problems.push(`no location: ${actual.formatted}`);
  else {
    if (at.file !== expected.file || at.line !== expected.line) {
      problems.push(
        `at ${at.file}:${at.line}:${at.column}, expected ${expected.file}:${expected.line}`,
      );
    }
    if (expected.column !== undefined && at.column !== expected.column) {
      problems.push(`column ${at.column}, expected ${expected.column}`);
    }
    const head = `${expected.file}:${expected.line}:${at.column}`;
    if (!actual.formatted.startsWith(head))
      problems.push(`formatted does not start with ${head}: ${actual.formatted}`);
    if (
      !actual.codeFrame?.includes(`> ${expected.line} |`) &&
      !actual.codeFrame?.includes(`>  ${expected.line} |`)
    ) {
      problems.push(`code frame does not mark line ${expected.line}: ${actual.codeFrame}`);
    }
  }
  if (!actual.message.includes(expected.messageIncludes)) {
    problems.push(
      `message ${JSON.stringify(actual.message)} lacks ${JSON.stringify(expected.messageIncludes)}`,
    );
  }
  return problems;
}
