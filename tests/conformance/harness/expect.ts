/**
 * An exercise's `exercise.json` as a conformance script, and its `expect` fields held against
 * what real Flask answered to `solution/app.py`.
 * @example const { script, expects } = scriptOfJson(JSON.parse(text));
 */
import type { Difference } from "./compare.ts";
import type { Result } from "./normalize.ts";

/** What one check expects; mirrors `cellExpectSchema`. */
export type Expect = {
  status: number;
  bodyIncludes?: string | string[];
  bodyEquals?: string;
  headers?: Record<string, string>;
  location?: string;
};

/** A script as its file holds it, and the expectations of an exercise's checks (if any). */
export type LoadedScript = { script: unknown; expects?: Expect[] };

/** A Flask result run with `--raw`: the response's headers exactly as Flask sent them. */
type RawResult = Result & { raw?: { headers: [string, string][] } };

/** Whether a `cell.json` or `exercise.json` asks for one cookie jar across its requests. */
function sharesCookies(value: unknown): boolean {
  return (value as { cookies?: unknown }).cookies === "shared";
}

/**
 * A script file's JSON as a script: a `.requests.json` as it is; a `cell.json` as it is, keeping
 * cookies across its requests when its `cookies` is `shared`; an `exercise.json`
 * (`{ checks, hints }`) becomes `{ requests: checks }` (likewise with `cookies`) with each
 * check's expect kept aside for `expectDifferences`.
 * @example scriptOfJson({ checks: [{ path: "/", expect: { status: 200 } }], hints: [] })
 */
export function scriptOfJson(value: unknown): LoadedScript {
  const checks = (value as { checks?: unknown }).checks;
  const keep = sharesCookies(value) ? { keepCookies: true } : {};
  if (!Array.isArray(checks)) return { script: { ...(value as object), ...keep } };
  const requests = checks.map((check) => {
    const { title: _title, expect: _expect, ...request } = check as Record<string, unknown>;
    return request;
  });
  const names = new Set(
    checks.flatMap((check) => Object.keys((check as { expect: Expect }).expect.headers ?? {})),
  );
  return {
    script: { requests, headers: [...names].map((n) => n.toLowerCase()), ...keep },
    expects: checks.map((check) => (check as { expect: Expect }).expect),
  };
}

/** Whether any check expects a `Set-Cookie` value (held against Flask's raw headers). */
export function expectsSetCookie(expects: Expect[]): boolean {
  return expects.some((e) => Object.keys(e.headers ?? {}).some(isSetCookie));
}

function isSetCookie(name: string): boolean {
  return name.toLowerCase() === "set-cookie";
}

/**
 * Every way Flask's answers differ from the checks' `expect` fields. Each difference puts what
 * Flask answered as `flask` and what `exercise.json` expects as `port`, with a note saying so.
 * A `set-cookie` expectation passes when any one of the answer's `Set-Cookie` headers is exactly
 * it; those come from the raw headers of a Flask side run with `--raw`.
 */
export function expectDifferences(results: RawResult[], expects: Expect[]): Difference[] {
  const out: Difference[] = [];
  const note = "exercise.json expects the right-hand value";
  for (const [index, expect] of expects.entries()) {
    const result = results[index];
    const request = result?.request ?? `check ${index + 1}`;
    const add = (field: string, flask: unknown, wanted: unknown) =>
      out.push({ request, field: `expect.${field}`, flask, port: wanted, note });
    if (result?.status !== expect.status) add("status", result?.status, expect.status);
    const body = result?.body && "text" in result.body ? result.body.text : "";
    if (expect.bodyEquals !== undefined && body !== expect.bodyEquals) {
      add("bodyEquals", body, expect.bodyEquals);
    }
    const pieces = [expect.bodyIncludes ?? []].flat();
    for (const piece of pieces.filter((p) => !body.includes(p))) add("bodyIncludes", body, piece);
    const headers = result?.headers ?? {};
    const wanted = {
      ...expect.headers,
      ...(expect.location !== undefined ? { location: expect.location } : {}),
    };
    for (const [name, value] of Object.entries(wanted)) {
      if (isSetCookie(name)) {
        const all = (result?.raw?.headers ?? [])
          .filter(([key]) => isSetCookie(key))
          .map(([, v]) => v);
        if (!all.includes(value)) add(`headers.${name}`, all, value);
        continue;
      }
      const actual = headers[name.toLowerCase()];
      if (actual !== value) add(`headers.${name}`, actual, value);
    }
  }
  return out;
}
