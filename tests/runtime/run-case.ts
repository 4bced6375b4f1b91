/**
 * Run one case against any engine and list what differed from its expectations.
 */
import { CookieJar } from "../../sandbox-runtime/engines/cookie-jar.ts";
import { CellError } from "../../sandbox-runtime/engines/transpile/cell-error.ts";
import type {
  CellRequest,
  CellStatus,
  Engine,
  RunningCell,
} from "../../sandbox-runtime/engines/types.ts";
import type { RuntimeCase } from "./case-types.ts";
import { checkConsole, checkResponse, checkStartError } from "./check-response.ts";

function withCookie(request: CellRequest, cookie: string | null): CellRequest {
  if (cookie === null) return request;
  const headers = Array.isArray(request.headers)
    ? [...request.headers]
    : Object.entries(request.headers ?? {});
  headers.push(["Cookie", cookie]);
  return { ...request, headers };
}

/**
 * Start the case's cell, send its requests, stop it; every problem is one string.
 * @example
 * expect(await runCase(new NodeEngine(), runtimeCases[0])).toEqual([]);
 */
export async function runCase(engine: Engine, testCase: RuntimeCase): Promise<string[]> {
  const statuses: CellStatus[] = [];
  let cell: RunningCell;
  try {
    cell = await engine.start(testCase.files, {
      ...(testCase.requestTimeoutMs ? { requestTimeoutMs: testCase.requestTimeoutMs } : {}),
      onStatus: (status) => statuses.push(status),
    });
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    if (!testCase.startError) return [`the cell did not start: ${error.located.formatted}`];
    const problems = checkStartError(error.located, testCase.startError);
    const last = statuses.at(-1);
    if (last?.state !== "error") problems.push(`last status ${last?.state}, expected error`);
    return problems;
  }
  const problems: string[] = [];
  try {
    if (testCase.startError) problems.push("the cell started, expected a start error");
    if (statuses.at(-1)?.state !== "ready")
      problems.push(`status ${statuses.at(-1)?.state} after start, expected ready`);
    if (testCase.routes) {
      const routes = JSON.stringify(cell.routes());
      if (routes !== JSON.stringify(testCase.routes))
        problems.push(`routes ${routes}, expected ${JSON.stringify(testCase.routes)}`);
    }
    const jar = new CookieJar();
    for (const [index, step] of testCase.steps.entries()) {
      const base = typeof step.request === "string" ? { path: step.request } : step.request;
      const label = `step ${index + 1} (${(base.method ?? "GET").toUpperCase()} ${base.path})`;
      const request = step.cookies === false ? base : withCookie(base, jar.header(base.path));
      if (step.expectTimeout) {
        const outcome = await cell.fetch(request).then(
          (res) => `answered ${res.status}`,
          (error: unknown) => error,
        );
        if (!(outcome instanceof CellError) || outcome.kind !== "timeout") {
          problems.push(
            `${label}: expected a timeout, got ${outcome instanceof Error ? outcome.message : outcome}`,
          );
        } else if (!/ran longer than/.test(outcome.message)) {
          problems.push(`${label}: unclear timeout message: ${outcome.message}`);
        }
        continue;
      }
      let res: Awaited<ReturnType<RunningCell["fetch"]>>;
      try {
        res = await cell.fetch(request);
      } catch (error) {
        problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      if (step.cookies !== false) jar.store(res.cookies, base.path);
      for (const problem of checkResponse(res, step.expect ?? {}))
        problems.push(`${label}: ${problem}`);
      for (const problem of checkConsole(cell.output(), step.console ?? {}))
        problems.push(`${label}: ${problem}`);
    }
  } finally {
    await cell.stop();
  }
  if (statuses.at(-1)?.state !== "stopped")
    problems.push(`status ${statuses.at(-1)?.state} after stop, expected stopped`);
  return problems;
}
