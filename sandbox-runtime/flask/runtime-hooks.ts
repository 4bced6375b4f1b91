/**
 * The injection point for everything runtime-specific: the context store, file access and
 * the server behind `app.run`. The core ships safe defaults; engines replace them.
 * @see flask/app.py Flask.run (the piece Werkzeug's dev server plays in Python)
 */
import { type ContextStore, createSlotStore } from "./context-store.ts";

/** File stat as the port needs it. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  isFile: boolean;
}

/**
 * Read-only access to an app's files, rooted at its root path. Paths use `/`.
 * @example
 * const files: FileSource = { readText: (p) => (p === "templates/a.html" ? "hi" : null) };
 * @see flask/helpers.py send_from_directory
 */
export interface FileSource {
  readText(path: string): string | null;
  readBytes?(path: string): Uint8Array | null;
  stat?(path: string): FileStat | null;
}

/** Options for `app.run`. */
export interface RunOptions {
  host?: string;
  port?: number;
  debug?: boolean;
  /** Load the app under this name in the banner (`flask --app hello run`). */
  appName?: string;
  /** Print nothing. */
  quiet?: boolean;
}

/** What `app.run` hands back: the bound address and a way to stop. */
export interface RunningServer {
  host: string;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** The minimal app a server runner needs. */
export interface ServableApp {
  readonly name: string;
  debug: boolean;
}

export type ServerRunner = (app: ServableApp, options: RunOptions) => Promise<RunningServer>;

/**
 * Maps a transpiled stack frame back to the learner's source, or a frame of the port to its
 * readable place; `name` is the frame's function name, which the answer may give back readable.
 */
export type SourceMapResolver = (frame: {
  file: string;
  line: number;
  column: number;
  name?: string;
}) => { file: string; line: number; column: number; name?: string; source?: string } | null;

interface Runtime {
  appCreated: ((app: unknown) => void) | undefined;
  runningFromCli: boolean;
  contextStore: ContextStore<unknown>;
  fileSourceFor: (rootPath: string) => FileSource;
  serverRunner: ServerRunner | undefined;
  sourceMapResolver: SourceMapResolver | undefined;
  sourceText: ((file: string) => string | null) | undefined;
  mapStack: ((stack: string) => string) | undefined;
}

const emptySource: FileSource = { readText: () => null, readBytes: () => null, stat: () => null };

const runtime: Runtime = {
  appCreated: undefined,
  runningFromCli: false,
  contextStore: createSlotStore(),
  fileSourceFor: () => emptySource,
  serverRunner: undefined,
  sourceMapResolver: undefined,
  sourceText: undefined,
  mapStack: undefined,
};

/**
 * Install the context store (the Node entry installs one over AsyncLocalStorage).
 * @example
 * setContextStore(createSlotStore());
 * @see flask/globals.py
 */
export function setContextStore(store: ContextStore<unknown>): void {
  runtime.contextStore = store;
}

/**
 * The active context store.
 * @example
 * getContextStore().get();
 * @see flask/globals.py _cv_app
 */
export function getContextStore<T>(): ContextStore<T> {
  return runtime.contextStore as ContextStore<T>;
}

/**
 * Install how an app reads files under its root path.
 * @example
 * setFileSourceFactory((root) => myFs(root));
 * @see flask/sansio/scaffold.py Scaffold.root_path
 */
export function setFileSourceFactory(factory: (rootPath: string) => FileSource): void {
  runtime.fileSourceFor = factory;
}

/**
 * The file source for a root path.
 * @example
 * fileSourceFor("").readText("templates/index.html");
 * @see flask/sansio/scaffold.py Scaffold.root_path
 */
export function fileSourceFor(rootPath: string): FileSource {
  return runtime.fileSourceFor(rootPath);
}

/**
 * Install the server behind `app.run`.
 * @example
 * setServerRunner(async (app, opts) => startNodeServer(app, opts));
 * @see flask/app.py Flask.run
 */
export function setServerRunner(runner: ServerRunner | undefined): void {
  runtime.serverRunner = runner;
}

/**
 * The installed server runner, if any.
 * @example
 * getServerRunner()?.(app, { port: 5000 });
 * @see flask/app.py Flask.run
 */
export function getServerRunner(): ServerRunner | undefined {
  return runtime.serverRunner;
}

/**
 * Install a resolver that maps transpiled stack frames to the learner's lines, and optionally a
 * way to read source text for the debug page.
 * @example
 * setSourceMapResolver((f) => ({ ...f, line: f.line - 2 }));
 * @see werkzeug/debug/tbtools.py
 */
export function setSourceMapResolver(
  resolver: SourceMapResolver | undefined,
  sourceText?: (file: string) => string | null,
  mapStack?: (stack: string) => string,
): void {
  runtime.sourceMapResolver = resolver;
  runtime.sourceText = sourceText;
  runtime.mapStack = mapStack;
}

/**
 * The installed source map resolver and source reader.
 * @example
 * getSourceTools().resolve?.({ file: "app.js", line: 3, column: 1 });
 * @see werkzeug/debug/tbtools.py
 */
export function getSourceTools(): {
  resolve: SourceMapResolver | undefined;
  read: ((file: string) => string | null) | undefined;
  /** A whole stack with the learner's files and lines in place of the transpiled ones. */
  mapStack: ((stack: string) => string) | undefined;
} {
  return {
    resolve: runtime.sourceMapResolver,
    read: runtime.sourceText,
    mapStack: runtime.mapStack,
  };
}

/**
 * Watch apps being created (the CLI finds an app a module made but did not export).
 * @example
 * setAppCreatedHook((app) => apps.push(app));
 * @see flask/cli.py find_best_app
 */
export function setAppCreatedHook(hook: ((app: unknown) => void) | undefined): void {
  runtime.appCreated = hook;
}

/**
 * Tell the runtime a new app exists (the Flask constructor calls it).
 * @example
 * notifyAppCreated(app);
 * @see flask/cli.py find_best_app
 */
export function notifyAppCreated(app: unknown): void {
  runtime.appCreated?.(app);
}

/**
 * Mark that the `flask` command serves the app, so `app.run()` inside the module is ignored.
 * @example
 * setRunningFromCli(true);
 * @see flask/app.py Flask.run (FLASK_RUN_FROM_CLI)
 */
export function setRunningFromCli(value: boolean): void {
  runtime.runningFromCli = value;
}

/**
 * True while the `flask` command loads the app.
 * @example
 * if (isRunningFromCli()) return null;
 * @see flask/app.py Flask.run
 */
export function isRunningFromCli(): boolean {
  return runtime.runningFromCli;
}
