/**
 * What every engine's running cell shares: status and console listeners, the output of the
 * current run, waiting for a start or restart in progress before a request, the request limit
 * (a request past it restarts the app and says why), restart, stop. Each engine supplies how a
 * run starts (`launchRun`), ends (`endRun`), and what is freed for good (`release`), and how a
 * request travels (its `fetch`, built on `ready`, `timedOut` and `requestFailed`), and what it
 * sees of the preview (`previewReady`, `onPreviewExchange`, `previewCookies`).
 * No `node:*`, no DOM.
 */
import { CellError, plainError } from "./transpile/cell-error.ts";
import type {
  CellRequest,
  CellResponse,
  CellRoute,
  CellStatus,
  ConsoleChunk,
  DatabaseView,
  EngineName,
  LocatedError,
  PreviewCookies,
  PreviewExchange,
  RunningCell,
  StartOptions,
} from "./types.ts";

/** The console chunks `output()` keeps of one run (the latest ones). */
const MAX_KEPT_CHUNKS = 5000;

/** The default longest time a request may run. */
const DEFAULT_REQUEST_TIMEOUT_MS = 5000;

/** The default longest time an app may take to call `app.run()`. */
export const DEFAULT_READY_TIMEOUT_MS = 10_000;

/**
 * Milliseconds as a learner reads them.
 * @example seconds(5000) // "5 s"
 */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * The error for an app that never started listening within `limitMs`.
 * @example notListening(10_000).message // "The app did not start listening within 10 s. …"
 */
export function notListening(limitMs: number, extra = ""): LocatedError {
  return plainError(
    "startup",
    `The app did not start listening within ${seconds(limitMs)}. Does app.ts call app.run()?${extra}`,
  );
}

/**
 * How a process-like run ended, as a sentence.
 * @example exitSentence(1, null) // "exited with code 1"
 */
export function exitSentence(code: number | null, signal?: string | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

const STOPPED = "The cell is stopped; run it again.";

/**
 * The shared half of a running cell. `Run` is what one run of the app is to the engine (a child
 * process, a Worker, a WebContainer process); `current` is the live one.
 */
export abstract class RunningCellBase<Run> implements RunningCell {
  protected readonly limits: { requestMs: number; readyMs: number };
  /** The live run, replaced by every (re)start. */
  protected current: Run | undefined;
  #status: CellStatus = { state: "starting" };
  #statusListeners = new Set<(status: CellStatus) => void>();
  #consoleListeners = new Set<(chunk: ConsoleChunk) => void>();
  #output: ConsoleChunk[] = [];
  #launching: Promise<void> = Promise.resolve();
  #restarting: Promise<void> | undefined;
  #stopped = false;
  #routes: CellRoute[] = [];

  constructor(options: StartOptions) {
    this.limits = {
      requestMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      readyMs: options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
    };
    if (options.onStatus) this.#statusListeners.add(options.onStatus);
    if (options.onConsole) this.#consoleListeners.add(options.onConsole);
  }

  get status(): CellStatus {
    return this.#status;
  }

  abstract readonly engine: EngineName;

  /** Preview pages come from the app as it wrote them, unless an engine says otherwise. */
  get themedPreview(): boolean {
    return false;
  }

  /** This engine does not look inside the app's databases, unless it says otherwise. */
  database(): DatabaseView[] {
    return [];
  }

  // What an engine sees of its preview differs too much to guess here: each one says.
  abstract previewReady(): Promise<void>;

  abstract onPreviewExchange(listener: (exchange: PreviewExchange) => void): () => void;

  abstract readonly previewCookies: PreviewCookies | undefined;

  abstract get url(): string;

  abstract fetch(request: string | CellRequest): Promise<CellResponse>;

  onStatus(listener: (status: CellStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  onConsole(listener: (chunk: ConsoleChunk) => void): () => void {
    this.#consoleListeners.add(listener);
    return () => this.#consoleListeners.delete(listener);
  }

  output(): ConsoleChunk[] {
    return [...this.#output];
  }

  routes(): CellRoute[] {
    return this.#routes.map((route) => ({ ...route, methods: [...route.methods] }));
  }

  /** Record the URL map the app reported when it called `app.run()`. */
  protected setRoutes(routes: readonly CellRoute[] | undefined): void {
    this.#routes = routes ? [...routes] : [];
  }

  /** Whether the cell was stopped (or discarded) for good. */
  protected get stopped(): boolean {
    return this.#stopped;
  }

  /** Whether a restart is under way (a run that ends now is being replaced, not crashing). */
  protected get restarting(): boolean {
    return this.#restarting !== undefined;
  }

  protected setStatus(status: CellStatus): void {
    this.#status = status;
    for (const listener of this.#statusListeners) listener(status);
  }

  protected print(chunk: ConsoleChunk): void {
    if (chunk.text === "") return;
    this.#output.push(chunk);
    // An app printing in a loop keeps only its latest output here.
    if (this.#output.length > MAX_KEPT_CHUNKS * 2)
      this.#output = this.#output.slice(-MAX_KEPT_CHUNKS);
    for (const listener of this.#consoleListeners) listener(chunk);
  }

  /** The last `max` characters the current run printed (to `stream` only, when given). */
  protected outputTail(max: number, stream?: ConsoleChunk["stream"]): string {
    return this.#output
      .filter((chunk) => stream === undefined || chunk.stream === stream)
      .map((chunk) => chunk.text)
      .join("")
      .slice(-max)
      .trim();
  }

  /** The error the app crashed with, while it is down. */
  protected crashError(): LocatedError | undefined {
    const status = this.#status;
    return status.state === "crashed" ? status.error : undefined;
  }

  /** Start a run on the files and wait until the app listens; rejects with a `CellError`. */
  launch(): Promise<void> {
    this.#launching = (async () => {
      this.#output = [];
      this.#routes = [];
      this.setStatus({ state: "starting" });
      await this.launchRun();
    })();
    return this.#launching;
  }

  /** Start one run and resolve once the app listens (set `current` first). */
  protected abstract launchRun(): Promise<void>;

  /** End the current run, if any. */
  protected abstract endRun(): Promise<void> | void;

  /** Free what outlives runs (a folder, a preview registration) once the cell is gone. */
  protected abstract release(): Promise<void> | void;

  /** Wait for a start or restart in progress; throws while stopped or crashed. */
  protected async ready(): Promise<void> {
    if (this.#stopped) throw new CellError(plainError("engine", STOPPED));
    if (this.#restarting) await this.#restarting;
    await this.#launching;
    const crashed = this.crashError();
    if (crashed) throw new CellError(crashed);
  }

  /**
   * A request ran past the limit: report it, restart the app (once, however many requests
   * timed out together with `run`), then throw.
   */
  protected async timedOut(request: CellRequest, run: Run | undefined): Promise<never> {
    const located = this.timeoutError(request);
    this.setStatus({ state: "error", error: located });
    if (this.#restarting) await this.#restarting;
    else if (run === this.current) await this.restart().catch(() => undefined);
    // After the restart, so the message opens the new run's console rather than vanishing.
    this.print({ stream: "stderr", text: `${located.message}\n` });
    throw new CellError(located);
  }

  /** What `timedOut` reports for `request`. */
  protected timeoutError(request: CellRequest): LocatedError {
    const method = (request.method ?? "GET").toUpperCase();
    return plainError(
      "timeout",
      `${method} ${request.path} ran longer than ${seconds(this.limits.requestMs)}, so the app was stopped and started again. Look for a loop that never ends in the view or a hook it runs.`,
    );
  }

  /** A request failed on the way: the crash that caused it, or what the transport said. */
  protected requestFailed(request: CellRequest, error: unknown): never {
    if (error instanceof CellError) throw error;
    const crashed = this.crashError();
    if (crashed) throw new CellError(crashed);
    const message = error instanceof Error ? error.message : String(error);
    throw new CellError(plainError("crash", `The request ${request.path} failed: ${message}`));
  }

  async restart(): Promise<void> {
    if (this.#stopped) throw new CellError(plainError("engine", STOPPED));
    const run = (async () => {
      await this.endRun();
      await this.launch();
    })();
    this.#restarting = run;
    try {
      await run;
    } finally {
      if (this.#restarting === run) this.#restarting = undefined;
    }
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    await this.discard();
    this.setStatus({ state: "stopped" });
  }

  /** End the run and free everything without reporting `stopped` (a failed start). */
  async discard(): Promise<void> {
    this.#stopped = true;
    await this.endRun();
    await this.release();
  }
}
