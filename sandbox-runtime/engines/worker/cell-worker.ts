/**
 * The cell Worker's script: loads the port once, then on `start` transpiles the cell, installs
 * its files and source maps into the port, evaluates its modules, and answers the page's
 * requests one at a time, or, asked for the cell's tests, runs them and reports each (the slot context store: a Worker has no AsyncLocalStorage).
 */

import * as flask from "flask";
import * as flaskRuntime from "flask/runtime";
import {
  createSlotStore,
  setContextStore,
  setFileSourceFactory,
  setFileWriter,
  setServerRunner,
  setSourceMapResolver,
} from "flask/runtime";
import * as pytest from "../../pytest/index.ts";
import * as pytestRunner from "../../pytest/runner.ts";
import type { CellFiles } from "../cell.ts";
import { runCellTests } from "../cell-tests.ts";
import { readDatabaseView, type SnapshotSource } from "../database-view.ts";
import { CellError, plainError } from "../transpile/cell-error.ts";
import { outputPath } from "../transpile/cell-paths.ts";
import { locatedAt, locateThrown } from "../transpile/located.ts";
import { matchingPrebuilt } from "../transpile/prebuilt.ts";
import { createSourceMapResolver, mapStack } from "../transpile/source-map-resolver.ts";
import type { TranspiledCell } from "../transpile/transpile-cell.ts";
import type { DatabaseView, LocatedError } from "../types.ts";
import { CELL_BASE, namespaceModule, prepareCellModules } from "./cell-modules.ts";
import { withWorkerPortFrames } from "./bundle-map-loader.ts";
import { holdTimers, type TimerScope } from "./held-timers.ts";
import { type ChannelScope, openCellChannel } from "./cell-channel.ts";
import { MemoryFs } from "./memory-fs.ts";
import { PreviewServer } from "./preview-server.ts";
import type { FromWorker, RequestMessage, ToWorker } from "./protocol.ts";
import { probeSyntax } from "./syntax-probe.ts";
import { warmUp } from "./warm-up.ts";
import { captureConsole } from "./worker-console.ts";
import { WorkerServer } from "./worker-server.ts";

const scope = self as unknown as ChannelScope & {
  addEventListener(type: string, listener: (event: Event) => void): void;
};
// The page speaks over a port it sends first (see cell-channel.ts); `onPageMessage` is below.
const channel = openCellChannel<ToWorker, FromWorker>(scope, (message) => onPageMessage(message));
const post = (message: FromWorker, transfer: Transferable[] = []) => {
  if (message.type === "console") return print(message.stream, message.text);
  flushConsole();
  channel.post(message, transfer);
};

// The warm-up's output is nobody's: it would otherwise open the next cell's console.
let silent = false;
let warming: Promise<void> = Promise.resolve();
// What the app prints is sent in batches: a loop printing thousands of lines makes one message
// per stretch of one stream, not one per line. A batch goes out when the stream changes, when
// the current task's synchronous work ends, and before any other message (so order is kept).
let pending: { stream: "stdout" | "stderr"; text: string } | null = null;
function flushConsole(): void {
  if (pending === null) return;
  const batch = pending;
  pending = null;
  channel.post({ type: "console", ...batch } satisfies FromWorker);
}
function print(stream: "stdout" | "stderr", text: string): void {
  if (pending !== null && pending.stream !== stream) flushConsole();
  if (pending === null) {
    pending = { stream, text };
    queueMicrotask(flushConsole);
  } else pending.text += text;
}
captureConsole((stream, text) => {
  if (!silent) print(stream, text);
});
// One queue: the server takes requests one at a time (`WorkerServer`), the store lets through
// the calls a view makes into its own app.
setContextStore(createSlotStore({ queue: false }));
// flask-sqlalchemy's chunk reads the port from these (see build.ts, `WORKER_PORT_GLOBALS`).
Object.assign(globalThis, { __kolbaFlask: flask, __kolbaFlaskRuntime: flaskRuntime });
// The cell's files and what the app saves, in memory: a Worker runs one cell, so each Run
// starts with a fresh one. `node:fs` and `node:path` are its face, as Node's are under Node.
const memoryFs = new MemoryFs();
Object.assign(globalThis, {
  __kolbaFs: { ...memoryFs.module, default: memoryFs.module },
  __kolbaPath: memoryFs.path,
});
const fsModule = namespaceModule("__kolbaFs", { ...memoryFs.module, default: null });
const pathModule = namespaceModule("__kolbaPath", memoryFs.path);
(globalThis as Record<string, unknown>).__kolbaPytest = pytest;
const packages: Record<string, string> = {
  flask: namespaceModule("__kolbaFlask", flask as Record<string, unknown>),
  pytest: namespaceModule("__kolbaPytest", pytest as Record<string, unknown>),
  "node:fs": fsModule,
  fs: fsModule,
  "node:path": pathModule,
  path: pathModule,
};

let started = false;
const cellArrived = new AbortController();
// The transpiler is a chunk of its own, loaded only when a cell needs it: the files a lesson
// ships come transpiled by the site's build, so a first Run does not wait for it.
let transpiler: Promise<typeof import("../transpile/transpile-cell.ts")> | undefined;
const loadTranspiler = () => {
  transpiler ??= import("../transpile/transpile-cell.ts");
  return transpiler;
};
// flask-sqlalchemy and its SQLite are a chunk of their own, loaded only for a cell that imports them.
async function loadPackages(cell: TranspiledCell): Promise<void> {
  if (!cell.packages.includes("flask-sqlalchemy") || packages["flask-sqlalchemy"]) return;
  const sqlalchemy = await import("../../flask-sqlalchemy/worker.ts");
  (globalThis as Record<string, unknown>).__kolbaFlaskSqlalchemy = sqlalchemy;
  packages["flask-sqlalchemy"] = namespaceModule("__kolbaFlaskSqlalchemy", { ...sqlalchemy });
}
let locate: (kind: "startup" | "crash", thrown: unknown) => LocatedError = (kind, thrown) =>
  plainError(kind, thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown));

const server = new WorkerServer(
  (line) => post({ type: "console", stream: "stderr", text: `${line}\n` }),
  (port, routes) => {
    post({
      type: "ready",
      port,
      routes,
      transpileMs,
      evaluateMs: performance.now() - evaluateFrom,
    });
    listening = true;
    openPreviews();
  },
);
// The preview's requests that come straight from its Service Worker; served once the app
// listens and, for a cell prepared ahead of its Run, once the Run has come.
const previews = new PreviewServer({
  handle: (message) => server.handle(message),
  post,
  database: () => databaseView(),
});
let listening = false;
let prepared = false;
function openPreviews(): void {
  if (listening && (!prepared || claimed)) previews.open();
}
let transpileMs = 0;
let evaluateFrom = 0;

function fail(type: "error" | "crashed", error: LocatedError): void {
  // The preview's requests are answered with it, before the page hears of it and ends the Worker.
  previews.fail(error);
  const text =
    error.stack && error.location ? `${error.formatted}\n\n${error.stack}` : error.formatted;
  post({ type: "console", stream: "stderr", text: `${text}\n` });
  post({ type, error });
}

/** `app.run()` while the tests run: it serves nothing, as when pytest imports the app. */
const testServer = async () => ({
  host: "127.0.0.1",
  port: 0,
  url: "http://127.0.0.1/",
  close: async () => {},
});

// A prepared cell's timers, held until the page claims it for a Run.
let heldTimers: { release(): void } | undefined;
let claimed = false;

async function start(
  files: CellFiles,
  prebuilt?: TranspiledCell,
  tests = false,
  prepare = false,
): Promise<void> {
  if (started) throw new Error("This Worker already runs a cell.");
  started = true;
  cellArrived.abort();
  await warming;
  // Once the warm-up has ended (it waits on real timers), before anything of the cell runs.
  prepared = prepare;
  if (prepare && !claimed) heldTimers = holdTimers(self as unknown as TimerScope);
  const began = performance.now();
  let cell: TranspiledCell;
  let modules: ReturnType<typeof prepareCellModules>;
  try {
    cell = matchingPrebuilt(files, prebuilt) ?? (await loadTranspiler()).transpileCell(files);
    await loadPackages(cell);
    modules = prepareCellModules(cell, packages);
  } catch (error) {
    const located =
      error instanceof CellError
        ? error.located
        : plainError("engine", error instanceof Error ? error.message : String(error));
    fail("error", located);
    return;
  }
  transpileMs = performance.now() - began;
  const sources = cell.sources;
  const maps = createSourceMapResolver(cell.maps, { bases: [CELL_BASE] });
  const resolve = withWorkerPortFrames((frame) => maps(modules.unshift(frame)));
  locate = (kind, thrown) => locateThrown(kind, thrown, resolve, sources);
  setSourceMapResolver(
    resolve,
    (file) => sources[file] ?? null,
    (stack) => mapStack(stack, resolve),
  );
  const loadedAt = Date.now();
  memoryFs.mount(files, loadedAt);
  setFileSourceFactory((rootPath) => memoryFs.fileSource(rootPath));
  setFileWriter((path, bytes) => memoryFs.write(path, bytes));
  if (tests) {
    setServerRunner(testServer);
    const began = performance.now();
    const load = (file: string) =>
      prepareCellModules({ ...cell, entry: outputPath(file) }, packages).run() as Promise<
        Record<string, unknown>
      >;
    const report = await runCellTests(pytestRunner, load, sources, resolve, async (thrown) => {
      const located = locate("startup", thrown);
      if (located.location || !(thrown instanceof SyntaxError)) return located;
      return (await locateEarlyError(cell, maps, located.message)) ?? located;
    });
    post({ type: "tests", report: { ...report, output: [], ms: performance.now() - began } });
    return;
  }
  setServerRunner((app, options) => server.run(app, options));
  evaluateFrom = performance.now();
  try {
    await modules.run();
  } catch (error) {
    let located = locate("startup", error);
    if (!located.location && error instanceof SyntaxError) {
      located = (await locateEarlyError(cell, maps, located.message)) ?? located;
    }
    fail("error", located);
  }
}

async function locateEarlyError(
  cell: TranspiledCell,
  resolve: (frame: { file: string; line: number; column: number }) => {
    file: string;
    line: number;
    column: number;
  } | null,
  message: string,
): Promise<LocatedError | null> {
  for (const path of Object.keys(cell.maps)) {
    const code = cell.files[path];
    if (typeof code !== "string") continue;
    const failure = await probeSyntax(code);
    if (!failure) continue;
    const found = resolve({ file: CELL_BASE + path, line: failure.line, column: failure.column });
    const source = found ? cell.sources[found.file] : undefined;
    if (found && source !== undefined) {
      return locatedAt("syntax", message, found.file, source, found.line, found.column);
    }
  }
  return null;
}

/** What the app's databases hold now, if the cell uses flask-sqlalchemy. */
function databaseView(): DatabaseView[] | undefined {
  return readDatabaseView(
    (globalThis as Record<string, unknown>).__kolbaFlaskSqlalchemy as SnapshotSource | undefined,
  );
}

async function answer(message: RequestMessage): Promise<void> {
  try {
    const response = await server.handle(message);
    const database = databaseView();
    post({ type: "response", id: message.id, ...response, ...(database ? { database } : {}) }, [
      response.body.buffer,
    ]);
  } catch (error) {
    post({
      type: "request-failed",
      id: message.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

function onPageMessage(message: ToWorker): void {
  if (message.type === "warm") {
    silent = true;
    // A cell already waiting is served first: its own start warms what it uses.
    // Also what every Run goes through here: the module that hands a cell the port (loaded
    // once, then shared by every import of it) and the shaping of preview answers.
    const more = async () => {
      await import(/* @vite-ignore */ packages.flask!);
      // A throwaway app through a server of its own, exactly as a preview request goes.
      const scratch = new WorkerServer(
        () => undefined,
        () => undefined,
      );
      const app = new flask.Flask("file:///warm-up/app.js");
      app.route("/", () => "<!doctype html><p>warm</p>");
      await scratch.run(app, { quiet: true });
      const answer = await scratch.handle({
        type: "request",
        id: 0,
        method: "GET",
        path: "/",
        headers: [["Accept", "text/html"]],
        body: null,
        scriptRoot: "/warm-up",
      });
      previews.warm(answer);
    };
    warming = warmUp(cellArrived.signal, more).finally(() => {
      silent = false;
    });
  } else if (message.type === "start")
    void start(message.files, message.prebuilt, message.tests === true, message.prepare === true);
  else if (message.type === "claim") {
    claimed = true;
    heldTimers?.release();
    openPreviews();
  } else if (message.type === "preview-port") previews.connect(message);
  else if (message.type === "preview-scheme") previews.setScheme(message.scheme);
  else if (message.type === "jar") previews.setCookies(message.cookies);
  else if (message.type === "request") void answer(message);
}
scope.addEventListener("error", (event) => {
  const error = (event as ErrorEvent).error ?? (event as ErrorEvent).message;
  event.preventDefault();
  fail("crashed", locate("crash", error));
});
scope.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  fail("crashed", locate("crash", (event as PromiseRejectionEvent).reason));
});
post({ type: "loaded" });
