/**
 * The worker engine: each cell runs in a dedicated Web Worker of the lesson page, and a Service
 * Worker serves its preview iframe. Works offline; nothing heavy runs on the page's thread.
 */
import { type CellFiles, validateCell } from "../cell.ts";
import { TESTS_TIMEOUT_MS, testRun, testsTimedOut } from "../cell-tests.ts";
import { forwardStatusesAfterStarting, reportStartError, startErrorOf } from "../start-status.ts";
import { plainError } from "../transpile/cell-error.ts";
import type { CellTestReport, Engine, RunningCell, StartOptions, TestOptions } from "../types.ts";
import { CellWorkerHost } from "./cell-worker-host.ts";
import { PreviewHost } from "./preview-host.ts";
import type { PreviewScheme } from "./preview-response.ts";
import { WorkerRunningCell } from "./worker-running-cell.ts";

/** How the worker engine finds its files and serves previews. */
export interface WorkerEngineOptions {
  /** The folder the engine's built files are served from. Default `/engine/` on this origin. */
  base?: string;
  /**
   * The origin previews load from. Default: this page's origin, where a preview could reach
   * into the lesson page; give a second origin serving the same `/engine/` files to isolate it.
   */
  previewOrigin?: string;
  /** Keep one Worker with the port loaded for the next Run. Default true. */
  keepWarm?: boolean;
  /** The scheme preview documents are shown in, asked at each request. Default light. */
  previewScheme?: () => PreviewScheme;
}

/** How long after a Worker is taken the next spare starts loading. */
const SPARE_AFTER_MS = 400;

let cellCounter = 0;

function newCellId(): string {
  const random = Math.random().toString(36).slice(2, 8);
  cellCounter += 1;
  return `c${cellCounter}${random}`;
}

/**
 * Runs cells in Web Workers of the current page.
 * @example
 * const engine = new WorkerEngine({ previewOrigin: "https://preview.kolba.example" });
 * const cell = await engine.start({ "app.ts": source });
 * iframe.src = cell.url;
 */
export class WorkerEngine implements Engine {
  readonly name = "worker";
  #scriptUrl: string;
  #preview: PreviewHost;
  #keepWarm: boolean;
  #spare: CellWorkerHost | undefined;
  #previewScheme: (() => PreviewScheme) | undefined;

  constructor(options: WorkerEngineOptions = {}) {
    const base = new URL(options.base ?? "/engine/", location.href).href;
    this.#scriptUrl = `${base}cell-worker.js`;
    this.#preview = new PreviewHost({
      base,
      origin: options.previewOrigin ?? location.origin,
    });
    this.#keepWarm = options.keepWarm ?? true;
    this.#previewScheme = options.previewScheme;
  }

  /**
   * Load the port into a Worker and start the preview Service Worker now, side by side, so the
   * next `start` waits for neither.
   */
  warm(): void {
    if (!this.#spare || this.#spare.ended) {
      this.#spare = new CellWorkerHost(this.#scriptUrl, { warm: true });
    }
    // A failure is reported where it matters, by the running cell's `previewReady`.
    this.#preview.ready().catch(() => undefined);
  }

  /** Resolves once previews can load (the Service Worker is active). */
  previewReady(): Promise<void> {
    return this.#preview.ready();
  }

  /** End the spare Worker and remove the preview bridge; running cells are left to `stop`. */
  dispose(): void {
    this.#keepWarm = false;
    this.#spare?.terminate();
    this.#spare = undefined;
    this.#preview.dispose();
  }

  #spawn(): CellWorkerHost {
    const spare = this.#spare;
    this.#spare = undefined;
    const host = spare && !spare.ended ? spare : new CellWorkerHost(this.#scriptUrl);
    if (this.#keepWarm) {
      // Well after, so the spare does not compete with the cell starting now or its first page.
      void host.loaded.then(
        () => setTimeout(() => this.warm(), SPARE_AFTER_MS),
        () => undefined,
      );
    }
    return host;
  }

  async start(files: CellFiles, options: StartOptions = {}): Promise<RunningCell> {
    options.onStatus?.({ state: "starting" });
    try {
      validateCell(files);
    } catch (error) {
      reportStartError(options, error);
    }
    const cellId = newCellId();
    const { onStatus, onPreviewUrl, ...rest } = options;
    let unregister = () => {};
    const cell = new WorkerRunningCell({
      ...rest,
      files,
      spawn: () => this.#spawn(),
      previewUrl: this.#preview.urlFor(cellId),
      previewPrefix: this.#preview.prefixFor(cellId),
      previewReady: () => this.#preview.ready(),
      onStop: () => unregister(),
      ...(this.#previewScheme ? { previewScheme: this.#previewScheme } : {}),
    });
    unregister = this.#preview.register(cellId, (request) => cell.servePreview(request));
    forwardStatusesAfterStarting(cell, onStatus);
    let failed = false;
    if (onPreviewUrl) {
      // The preview's requests wait for the app, so the frame may start loading while it starts.
      this.#preview.ready().then(
        () => {
          if (!failed) onPreviewUrl(cell.url);
        },
        () => undefined,
      );
    }
    try {
      await cell.launch();
    } catch (error) {
      failed = true;
      await cell.discard();
      throw error;
    }
    return cell;
  }

  /**
   * Run the cell's tests in a Worker of their own, ended when they are (or when they run past
   * the time limit: a Worker in a loop can only be ended).
   * @example
   * const report = await engine.runTests({ "app.ts": app, "test_app.ts": tests });
   */
  async runTests(files: CellFiles, options: TestOptions = {}): Promise<CellTestReport> {
    const { output, finish } = testRun();
    try {
      validateCell(files);
    } catch (error) {
      return finish({ collectError: startErrorOf(error) });
    }
    const host = this.#spawn();
    const limit = options.timeoutMs ?? TESTS_TIMEOUT_MS;
    try {
      return await new Promise<CellTestReport>((resolve) => {
        const timer = setTimeout(
          () =>
            resolve(
              finish({
                collectError: testsTimedOut(limit),
              }),
            ),
          limit,
        );
        const settle = (part: Partial<CellTestReport>) => {
          clearTimeout(timer);
          resolve(finish(part));
        };
        host.loaded.catch((error: Error) =>
          settle({ collectError: plainError("engine", error.message) }),
        );
        host.onEvent((event) => {
          if (event.type === "console") {
            const chunk = { stream: event.stream, text: event.text };
            output.push(chunk);
            options.onConsole?.(chunk);
          } else if (event.type === "tests") settle(event.report);
          else if (event.type === "error" || event.type === "crashed")
            settle({ collectError: event.error });
        });
        host.start(files, options.prebuilt, true);
      });
    } finally {
      host.terminate();
    }
  }
}
