/**
 * The worker engine: each cell runs in a dedicated Web Worker, and a Service Worker serves its
 * preview iframe. The Worker is created on the preview origin (by the bridge frame), so the
 * learner's code can reach none of the lesson origin's storage; the page speaks to it over a
 * `MessagePort`. Works offline; nothing heavy runs on the page's thread.
 */
import { type CellFiles, sameCellFiles, validateCell } from "../cell.ts";
import { TESTS_TIMEOUT_MS, testRun, testsTimedOut } from "../cell-tests.ts";
import { forwardStatusesAfterStarting, reportStartError, startErrorOf } from "../start-status.ts";
import { plainError } from "../transpile/cell-error.ts";
import { DEFAULT_READY_TIMEOUT_MS } from "../running-cell-base.ts";
import type {
  CellTestReport,
  Engine,
  PrestartOptions,
  RunningCell,
  StartOptions,
  TestOptions,
} from "../types.ts";
import type { StoredCookie } from "../cookie-jar.ts";
import { CellWorkerHost, localWorkers, type WorkerPlace } from "./cell-worker-host.ts";
import { PreviewHost } from "./preview-host.ts";
import { cellPreviewOrigin, isPerCellOrigin, workerOrigin } from "../preview-origins.ts";
import type { PreviewScheme } from "./preview-response.ts";
import { WorkerRunningCell } from "./worker-running-cell.ts";

/** How the worker engine finds its files and serves previews. */
export interface WorkerEngineOptions {
  /** The folder the engine's built files are served from. Default `/engine/` on this origin. */
  base?: string;
  /**
   * The origin previews load from. Default: this page's origin, where a preview could reach
   * into the lesson page; give a second origin serving the same `/engine/` files to isolate it,
   * or a pattern (`https://*.preview.kolba.example`) for an origin per cell, which also keeps
   * one cell's preview from another's (`preview-origins.ts`).
   */
  previewOrigin?: string;
  /** Keep one Worker with the port loaded for the next Run. Default true. */
  keepWarm?: boolean;
  /** The scheme preview documents are shown in, asked at each request. Default light. */
  previewScheme?: () => PreviewScheme;
}

/** How long after a Worker is taken the next spare starts loading. */
const SPARE_AFTER_MS = 400;

/** How many cells may wait prepared at once (one Worker each). */
const MAX_PRESTARTS = 2;

/** A cell prepared ahead of its Run, in a Worker of its own, its preview already routed. */
interface Prestart extends Routed {
  files: CellFiles;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** A Worker and where its preview is routed: under which cell id, on which preview origin. */
interface Routed {
  host: CellWorkerHost;
  cellId: string;
  preview: PreviewHost;
}

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
  #place: WorkerPlace;
  #base: string;
  /** The preview origin, or the pattern of one per cell. */
  #previewOrigin: string;
  /** The bridge that makes the Workers (and, with one preview origin, serves every preview). */
  #preview: PreviewHost;
  /** With an origin per cell, the bridge of each cell's origin. */
  #cellPreviews = new Map<string, PreviewHost>();
  #keepWarm: boolean;
  #spare: CellWorkerHost | undefined;
  #prestarts: Prestart[] = [];
  #previewScheme: (() => PreviewScheme) | undefined;
  /** The Workers that answer preview requests themselves (told when the scheme changes). */
  #serving = new Set<CellWorkerHost>();
  /** Where each Worker's preview was first routed. */
  #routedAs = new WeakMap<CellWorkerHost, Routed>();
  #watchingScheme = false;

  constructor(options: WorkerEngineOptions = {}) {
    const base = new URL(options.base ?? "/engine/", location.href).href;
    this.#base = base;
    this.#previewOrigin = options.previewOrigin ?? location.origin;
    const origin = workerOrigin(this.#previewOrigin);
    this.#preview = new PreviewHost({ base, origin });
    const here = localWorkers(`${base}cell-worker.js`);
    this.#place = origin === location.origin ? here : this.#previewOriginWorkers(here);
    this.#keepWarm = options.keepWarm ?? true;
    this.#previewScheme = options.previewScheme;
  }

  /** The bridge of the origin that serves the previews of the cell named `key`. */
  #previewFor(key: string | undefined): PreviewHost {
    if (!isPerCellOrigin(this.#previewOrigin) || key === undefined) return this.#preview;
    const origin = cellPreviewOrigin(this.#previewOrigin, key);
    let preview = this.#cellPreviews.get(origin);
    if (!preview) {
      preview = new PreviewHost({ base: this.#base, origin });
      this.#cellPreviews.set(origin, preview);
    }
    return preview;
  }

  /**
   * Load the port into a Worker and start the preview Service Worker now, side by side, so the
   * next `start` waits for neither; `previewKey` names the cell the learner came to (its own
   * preview origin starts too, when each cell has one).
   */
  warm(previewKey?: string): void {
    if (!this.#spare || this.#spare.ended) {
      const spare = new CellWorkerHost(this.#place, { warm: true });
      this.#spare = spare;
      // With one preview origin, its preview is routed now, so even a Run that comes before
      // any preparation finds the Service Worker knowing where to send the page's requests.
      // With one per cell, it is routed when a cell takes it.
      if (!isPerCellOrigin(this.#previewOrigin))
        this.#connect(spare, newCellId(), [], this.#preview);
    }
    // A failure is reported where it matters, by the running cell's `previewReady`.
    this.#preview.ready().catch(() => undefined);
    this.#previewFor(previewKey)
      .ready()
      .catch(() => undefined);
  }

  /**
   * Workers created by the bridge frame on the preview origin. Should the bridge never load
   * (the preview origin unreachable), a Worker of this page runs the cell instead, so Runs,
   * the console and checks still work while previews cannot.
   */
  #previewOriginWorkers(fallback: WorkerPlace): WorkerPlace {
    return {
      open: (port, onFail) => {
        let ended = false;
        let end: (() => void) | undefined;
        this.#preview.openWorker(port, onFail).then(
          (close) => {
            end = close;
            if (ended) close();
          },
          () => {
            if (!ended) end = fallback.open(port, onFail);
          },
        );
        return () => {
          ended = true;
          end?.();
        };
      },
    };
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
    for (const prestart of [...this.#prestarts]) this.#drop(prestart);
    this.#serving.clear();
    this.#preview.dispose();
    for (const preview of this.#cellPreviews.values()) preview.dispose();
    this.#cellPreviews.clear();
  }

  /**
   * A Worker with the port loaded or loading, its preview routed by `preview` under a new cell
   * id: the spare if there is one. A spare is routed ahead only with one preview origin (then
   * `preview` is that origin's), else it is routed here.
   */
  #spawnRouted(preview: PreviewHost): Routed {
    const spare = this.#spare;
    this.#spare = undefined;
    const live = spare && !spare.ended ? spare : undefined;
    const routed = live ? this.#routedAs.get(live) : undefined;
    let taken: Routed;
    if (routed) taken = routed;
    else {
      taken = { host: live ?? new CellWorkerHost(this.#place), cellId: newCellId(), preview };
      this.#connect(taken.host, taken.cellId, [], preview);
    }
    const { host } = taken;
    if (this.#keepWarm) {
      // Well after, so the spare does not compete with the cell starting now or its first page.
      void host.loaded.then(
        () => setTimeout(() => this.warm(), SPARE_AFTER_MS),
        () => undefined,
      );
    }
    return taken;
  }

  /** A Worker for a restart or for tests: its own preview route, if it had one, is dropped. */
  #spawn(): CellWorkerHost {
    const { host, cellId, preview } = this.#spawnRouted(this.#preview);
    preview.unroute(cellId);
    return host;
  }

  /**
   * Prepare a cell while the learner pauses: a spare Worker loads and evaluates it, serving
   * nothing, its output and timers held; `start` with exactly these files takes that Worker
   * over. Returns the function that discards the preparation (and ends its Worker).
   * @example
   * const discard = engine.prestart(files);
   * editor.onChange(discard);
   */
  prestart(files: CellFiles, options: PrestartOptions = {}): () => void {
    try {
      validateCell(files);
    } catch {
      // A Run of these files reports the problem; nothing to prepare.
      return () => undefined;
    }
    const prestart: Prestart = {
      files: { ...files },
      ...this.#spawnRouted(this.#previewFor(options.previewKey)),
      timer: undefined,
    };
    const { host } = prestart;
    // An app that is never ready (a loop at its top level) is stopped, as a Run would stop it.
    prestart.timer = setTimeout(
      () => this.#drop(prestart),
      options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
    );
    void host.settled.then(() => clearTimeout(prestart.timer));
    host.start(files, options.prebuilt, false, true);
    this.#prestarts.push(prestart);
    while (this.#prestarts.length > MAX_PRESTARTS) this.#drop(this.#prestarts[0]!);
    return () => this.#drop(prestart);
  }

  /** End a preparation nobody took. */
  #drop(prestart: Prestart): void {
    const at = this.#prestarts.indexOf(prestart);
    if (at === -1) return;
    this.#prestarts.splice(at, 1);
    clearTimeout(prestart.timer);
    prestart.host.terminate();
    prestart.preview.unroute(prestart.cellId);
  }

  /** Take the preparation of exactly these files for `preview`, if there is one. */
  #takePrestart(files: CellFiles, preview: PreviewHost): Prestart | undefined {
    const at = this.#prestarts.findIndex(
      (prestart) =>
        !prestart.host.ended &&
        prestart.preview === preview &&
        sameCellFiles(prestart.files, files),
    );
    if (at === -1) return undefined;
    const [prestart] = this.#prestarts.splice(at, 1);
    clearTimeout(prestart!.timer);
    return prestart;
  }

  /**
   * Give the preview Service Worker a port straight to `host` for `cellId`'s requests, so a
   * page loads without a trip through this page's busy thread.
   */
  #connect(
    host: CellWorkerHost,
    cellId: string,
    cookies: StoredCookie[],
    preview: PreviewHost,
  ): void {
    const channel = new MessageChannel();
    host.connectPreview(channel.port1, preview.prefixFor(cellId), this.#scheme(), cookies);
    preview.route(cellId, channel.port2);
    if (!this.#routedAs.has(host)) this.#routedAs.set(host, { host, cellId, preview });
    for (const known of this.#serving) if (known.ended) this.#serving.delete(known);
    this.#serving.add(host);
    this.#watchScheme();
  }

  #scheme(): PreviewScheme {
    return this.#previewScheme?.() ?? "light";
  }

  /**
   * Workers shape preview pages themselves, so they are told when the scheme changes: it is
   * asked again whenever the root element's attributes or the system's colour scheme change.
   */
  #watchScheme(): void {
    if (this.#watchingScheme || !this.#previewScheme) return;
    if (typeof MutationObserver === "undefined" || typeof document === "undefined") return;
    this.#watchingScheme = true;
    let last = this.#scheme();
    const check = () => {
      const now = this.#scheme();
      if (now === last) return;
      last = now;
      for (const host of this.#serving) {
        if (host.ended) this.#serving.delete(host);
        else host.setPreviewScheme(now);
      }
    };
    new MutationObserver(check).observe(document.documentElement, { attributes: true });
    globalThis.matchMedia?.("(prefers-color-scheme: dark)").addEventListener("change", check);
  }

  async start(files: CellFiles, options: StartOptions = {}): Promise<RunningCell> {
    options.onStatus?.({ state: "starting" });
    try {
      validateCell(files);
    } catch (error) {
      reportStartError(options, error);
    }
    const preview = this.#previewFor(options.previewKey);
    const prestart = this.#takePrestart(files, preview);
    const { host, cellId } = prestart ?? this.#spawnRouted(preview);
    const { onStatus, onPreviewUrl, ...rest } = options;
    let unregister = () => {};
    const cell = new WorkerRunningCell({
      ...rest,
      files,
      spawn: () => this.#spawn(),
      first: { host, prepared: prestart !== undefined },
      connect: (host, cookies) => this.#connect(host, cellId, cookies, preview),
      abandon: (id, reply) => preview.abandon(id, reply),
      disconnect: () => preview.unroute(cellId),
      previewUrl: preview.urlFor(cellId),
      previewPrefix: preview.prefixFor(cellId),
      previewReady: () => preview.ready(),
      onStop: () => {
        unregister();
        preview.unroute(cellId);
      },
      ...(this.#previewScheme ? { previewScheme: this.#previewScheme } : {}),
    });
    unregister = preview.register(cellId, (request) => cell.servePreview(request));
    forwardStatusesAfterStarting(cell, onStatus);
    let failed = false;
    if (onPreviewUrl) {
      // The preview's requests wait for the app, so the frame may start loading while it starts.
      preview.ready().then(
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
