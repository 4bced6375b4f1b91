/**
 * The shape of a runtime case: a cell, what starting it should do, and requests with what
 * their answers should be. Plain data, so every engine's runner (Node here, Chromium later)
 * runs the same list.
 */
import type { CellFiles } from "../../sandbox-runtime/engines/cell.ts";
import type { CellRequest, CellRoute, LocatedError } from "../../sandbox-runtime/engines/types.ts";

/** What a response should look like; every field given is checked. */
export interface ExpectedResponse {
  status?: number;
  /** The whole body, exactly. */
  body?: string;
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  bodyMatches?: RegExp[];
  /** The body parsed as JSON, compared deeply. */
  json?: unknown;
  /** Header values (first of each name, case-insensitive names): a string is a prefix, a RegExp must match. */
  headers?: Record<string, string | RegExp>;
  /** Header names that must be absent. */
  headersAbsent?: string[];
  /** Cookies this response sets, by name, with their value (RegExp to match). */
  setsCookies?: Record<string, string | RegExp>;
  /** Cookies this response deletes (empty value and an expiry in the past or Max-Age=0). */
  deletesCookies?: string[];
}

/** What the console should hold after a step. */
export interface ExpectedConsole {
  stdout?: string[];
  stderr?: string[];
}

/** One request, and what should come of it. */
export interface CaseStep {
  request: string | CellRequest;
  /** Send the cookies the cell set before (a browser's jar). Default true. */
  cookies?: boolean;
  expect?: ExpectedResponse;
  /** The request should run past the limit: the engine stops and restarts the app. */
  expectTimeout?: boolean;
  console?: ExpectedConsole;
}

/** What a failed start should report. */
export interface ExpectedStartError {
  kind: LocatedError["kind"];
  file: string;
  line: number;
  column?: number;
  messageIncludes: string;
}

/** A runtime case. */
export interface RuntimeCase {
  name: string;
  /** What the case proves, in a sentence. */
  about: string;
  files: CellFiles;
  requestTimeoutMs?: number;
  /** The URL map the running cell reports, in the map's order. */
  routes?: CellRoute[];
  /** The cell must not start; this is the error. */
  startError?: ExpectedStartError;
  steps: CaseStep[];
}
