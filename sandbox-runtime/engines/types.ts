/**
 * The one engine interface. The node, worker and webcontainer engines implement it, so the site
 * and the runtime tests never care which engine runs a cell: what differs between engines (when
 * a preview can load, whether the engine sees the preview's requests) is asked of the running
 * cell, not inferred from its engine's name. Nothing here touches `node:*` or the DOM.
 */
import type { CellFiles } from "./cell.ts";
import type { TranspiledCell } from "./transpile/transpile-cell.ts";

/** Headers as a raw ordered list, so repeated headers such as `Set-Cookie` survive. */
export type HeaderList = Array<[name: string, value: string]>;

/** A place in the learner's source: 1-based line, 1-based column. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** What went wrong, where in the learner's files, and a printable form of it. */
export interface LocatedError {
  /** `syntax` (never started), `startup` (threw before `app.run`), `timeout`, `crash`, `engine`. */
  kind: "syntax" | "startup" | "timeout" | "crash" | "engine" | "test";
  /** The bare message, e.g. `Unexpected token`. */
  message: string;
  /** Where in the learner's files, when known. */
  location?: SourceLocation;
  /** The source lines around the location with a caret under the column. */
  codeFrame?: string;
  /** The stack with transpiled frames mapped back to the learner's files. */
  stack?: string;
  /** `app.ts:7:12: Unexpected token` followed by the code frame: what a pane shows. */
  formatted: string;
}

/** A request sent to a running cell. */
export interface CellRequest {
  /** Path with query string, e.g. `/user/3?tab=posts`. */
  path: string;
  method?: string;
  headers?: HeaderList | Record<string, string>;
  body?: string | Uint8Array;
}

/** One cookie parsed from a `Set-Cookie` header. */
export interface SetCookie {
  name: string;
  value: string;
  /** The attributes as sent, keys lower-cased (`path`, `max-age`, `expires`, `httponly`…). */
  attributes: Record<string, string | true>;
  /** The whole header value. */
  raw: string;
}

/** A cell's answer: everything the preview pane or a test needs, with no web `Response` loss. */
export interface CellResponse {
  status: number;
  statusText: string;
  headers: HeaderList;
  body: Uint8Array;
  cookies: SetCookie[];
  /** The first value of a header, case-insensitive, or null. */
  header(name: string): string | null;
  text(): string;
  json<T = unknown>(): T;
}

/** One piece of what the app printed. */
export interface ConsoleChunk {
  stream: "stdout" | "stderr";
  text: string;
}

/** One rule of the app's URL map, as `flask routes` lists it. */
export interface CellRoute {
  /** The rule, e.g. `/user/<int:id>`. */
  rule: string;
  /** Its methods, sorted, HEAD and OPTIONS included. */
  methods: string[];
  endpoint: string;
}

/** The life of a running cell, reported as it happens. */
export type CellStatus =
  | { state: "starting" }
  | { state: "ready"; url: string; port: number }
  | { state: "error"; error: LocatedError }
  | { state: "stopped" }
  | { state: "crashed"; error: LocatedError };

/** Options every engine understands. */
export interface StartOptions {
  /** Longest a request may run before the app is stopped and restarted. Default 5000 ms. */
  requestTimeoutMs?: number;
  /** Longest the app may take to call `app.run()` and listen. */
  readyTimeoutMs?: number;
  /** Told of every status change, the first (`starting`) included. */
  onStatus?: (status: CellStatus) => void;
  /** Told of everything the app prints. */
  onConsole?: (chunk: ConsoleChunk) => void;
  /**
   * Told the preview URL as soon as a frame may load it, which may be before the app listens:
   * the frame's first request then waits for the app (or gets an error page if it never
   * listens), so loading the page overlaps starting the app. Engines that learn the URL only
   * once the app listens never call it.
   */
  onPreviewUrl?: (url: string) => void;
  /**
   * The files already transpiled (the site's build does it for the files a lesson ships): an
   * engine may use it instead of loading its transpiler, only if made from exactly these files.
   */
  prebuilt?: TranspiledCell;
  /**
   * The name of the lesson cell these files are (e.g. `hello-flask/smallest-app`): an engine
   * may give each name's previews an origin of their own, so that one cell's preview cannot
   * reach another's.
   */
  previewKey?: string;
}

/**
 * One request the preview frame made, as the app saw it: the headers it got (the preview's
 * cookie jar's `Cookie` included) and its whole answer (`Set-Cookie` included, which the frame
 * never sees).
 */
export interface PreviewExchange {
  method: string;
  path: string;
  /** The request headers the app received. */
  headers: HeaderList;
  /** The app's answer, or none when the request failed (timeout, crash). */
  response?: CellResponse;
  /** What the frame got. */
  served: { status: number; statusText: string; headers: HeaderList };
  ms: number;
}

/** The engines there are; a pane names the one that answered. */
export type EngineName = "node" | "worker" | "webcontainer";

/** One table of an app's database as the inspector shows it: its columns and first rows. */
export interface DatabaseTable {
  name: string;
  columns: string[];
  /** Every row's count, however many `rows` holds. */
  count: number;
  rows: unknown[][];
}

/** One database the app has open: its URI and tables. */
export interface DatabaseView {
  url: string;
  tables: DatabaseTable[];
}

/**
 * The cookies a preview frame browses with, where an engine keeps them itself: the cookies for a
 * request path, and what an answer set. A request sent with them acts as the frame's own.
 */
export interface PreviewCookies {
  /** The `Cookie` header for a request to `requestPath`, or null when no cookie applies. */
  header(requestPath: string): string | null;
  /** Keep (or delete) what an answer to `requestPath` set. */
  store(
    cookies: readonly Pick<SetCookie, "name" | "value" | "attributes">[],
    requestPath: string,
  ): void;
}

/**
 * A started cell. What differs between engines about its preview (when the URL loads, whether
 * the engine sees the frame's requests and holds its cookies) is asked of it here: every engine
 * implements every member, saying in its doc comment what it cannot see.
 */
export interface RunningCell {
  /** The engine running it, to name to the learner. */
  readonly engine: EngineName;
  /**
   * What the app's databases held after its latest answer (an engine that cannot look inside
   * them, or an app with none, gives an empty list).
   */
  database(): DatabaseView[];
  /** Whether preview pages are drawn in the page's colour scheme (reload them when it changes). */
  readonly themedPreview: boolean;
  /**
   * Resolves once `url` will load in a preview frame (at once where it loads as soon as the app
   * listens); rejects saying why it cannot.
   */
  previewReady(): Promise<void>;
  /**
   * Listen for every request the preview frame makes and the app's answer to it, for the
   * inspector and the console; returns the unsubscribe function. An engine that cannot see
   * the frame's requests never calls the listener.
   */
  onPreviewExchange(listener: (exchange: PreviewExchange) => void): () => void;
  /**
   * The preview frame's cookies where the engine keeps them (undefined where the frame's own
   * browser keeps them, out of the page's reach): requests sent with them share the preview's
   * session.
   */
  readonly previewCookies: PreviewCookies | undefined;
  /** The current status. */
  readonly status: CellStatus;
  /** The base URL the app listens on (meaningful inside the engine's own network). */
  readonly url: string;
  /**
   * Send a request; waits for a restart in progress. Rejects with a `CellError` of kind
   * `timeout` when the app runs past the request limit (the engine restarts it).
   */
  fetch(request: string | CellRequest): Promise<CellResponse>;
  /** Listen for status changes; returns the unsubscribe function. */
  onStatus(listener: (status: CellStatus) => void): () => void;
  /** Listen for console output; returns the unsubscribe function. */
  onConsole(listener: (chunk: ConsoleChunk) => void): () => void;
  /** What was printed since the last (re)start: everything, or the latest writes of a long run. */
  output(): ConsoleChunk[];
  /** The app's URL map when it last called `app.run()`; empty until then. */
  routes(): CellRoute[];
  /** Stop and start the same files again. */
  restart(): Promise<void>;
  /** Stop the app and free everything it held. */
  stop(): Promise<void>;
}

/** One test of a cell's tests, and how it ended (pytest's words: passed, failed, error). */
export interface CellTestOutcome {
  /** The learner's test module (`test_app.ts`). */
  file: string;
  /** The test function's name (`test_home`), the same as its pytest twin's. */
  name: string;
  outcome: "passed" | "failed" | "error";
  /** Where it failed: the test itself (`call`) or a fixture's `setup` / `teardown`. */
  phase?: "setup" | "call" | "teardown";
  ms: number;
  error?: LocatedError;
}

/** A run of a cell's tests. */
export interface CellTestReport {
  tests: CellTestOutcome[];
  passed: number;
  failed: number;
  errors: number;
  /** The test modules could not be loaded (a syntax error, a missing import): nothing ran. */
  collectError?: LocatedError;
  /** What the tests and the app printed. */
  output: ConsoleChunk[];
  ms: number;
}

/** How to prepare a cell ahead of its Run (see `Engine.prestart`). */
export interface PrestartOptions {
  /** The files already transpiled (see `StartOptions.prebuilt`). */
  prebuilt?: TranspiledCell;
  /** Longest the app may take to call `app.run()` before it is stopped. Default 10 000 ms. */
  readyTimeoutMs?: number;
  /** The name of the lesson cell (see `StartOptions.previewKey`). */
  previewKey?: string;
}

/** How to run a cell's tests. */
export interface TestOptions {
  /** Stop the run after this long (default 30 s): a test that never ends fails the run. */
  timeoutMs?: number;
  /** Print the tests' output as it comes. */
  onConsole?: (chunk: ConsoleChunk) => void;
  /** The cell's own files, transpiled by the site's build (used only if they match). */
  prebuilt?: TranspiledCell;
}

/**
 * An engine runs cells. `start` rejects with a `CellError` (a syntax error, an app that throws
 * or never listens) after reporting it through `onStatus`.
 * @example
 * const cell = await engine.start({ "app.ts": source });
 * const res = await cell.fetch("/");
 * await cell.stop();
 */
export interface Engine {
  readonly name: string;
  start(files: CellFiles, options?: StartOptions): Promise<RunningCell>;
  /**
   * The learner paused on these files: load and evaluate them now, serving nothing, holding
   * what they print and their timers, so that a `start` of exactly these files only takes them
   * over (and then prints what was held, in order). Returns the function that throws the
   * preparation away (call it when the files change; it does nothing once a `start` took it).
   * An app that is not ready within `readyTimeoutMs` is stopped, as a Run would stop it.
   * Engines that cannot prepare leave it out.
   */
  prestart?(files: CellFiles, options?: PrestartOptions): () => void;
  /**
   * Run the cell's tests (its `test_*.ts` modules) in a fresh run of the cell, where
   * `app.run()` serves nothing, and report each test.
   */
  runTests?(files: CellFiles, options?: TestOptions): Promise<CellTestReport>;
}
