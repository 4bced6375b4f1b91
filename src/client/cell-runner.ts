/**
 * What a live cell does with the page's engine: Run (stop the previous app, start the files,
 * point the preview at the app), prepare the next Run while the learner pauses, send a request
 * from the cell, and report all of it into the cell's store. It asks the running cell what its
 * engine sees of the preview, never which engine it is.
 */
import type { TranspiledCell } from "../../sandbox-runtime/engines/transpile/transpile-cell.ts";
import type {
  CellStatus,
  PreviewExchange,
  RunningCell,
} from "../../sandbox-runtime/engines/types.ts";
import type { CellSource } from "./cell-source.ts";
import { type FileMap, sameFiles } from "./cell-storage.ts";
import type { CellStore } from "./cell-store.ts";
import { t } from "./cell-strings.ts";
import { fetchWithJar } from "./exercise-checks.ts";
import { HeldUpdates } from "./held-updates.ts";
import { cookiesOf, type Exchange } from "./inspector-view.ts";
import { locatedOf } from "./located-error.ts";
import { pageEngine } from "./page-engine.ts";
import type { BuiltAnswer } from "./request-builder-view.ts";
import type { OutgoingRequest } from "./request-form.ts";
import { routeLinks } from "./route-links.ts";

/** Longest a Run waits for the build's transpiled form of the cell's files. */
const PREBUILT_WAIT_MS = 1000;

/** How long the code must stay unchanged before the engine prepares its next Run. */
const PRESTART_AFTER_MS = 300;

function header(headers: Array<[string, string]>, name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

/** What the runner needs besides the store. */
export interface CellRunnerOptions {
  /** The cell's name (`hello-flask/smallest-app`): its previews may get an origin of their own. */
  name: string;
  source: CellSource;
  /** The GET paths the cell declares: the pane's first links. */
  declaredPaths: string[];
  /** Resolves once the preview frame has loaded its next document (at once if there is none). */
  nextLoad(): Promise<void>;
  /** Called as a Run begins (the files are saved then). */
  beforeRun(): void;
}

/**
 * Runs one cell with the page's engine and reports into its store.
 * @example
 * const runner = new CellRunner(store, { name, source, declaredPaths: ["/"], nextLoad, beforeRun });
 * await runner.run("/"); // the pane shows `/` of the app
 */
export class CellRunner {
  #store: CellStore;
  #options: CellRunnerOptions;
  #held = new HeldUpdates();
  #runs = 0;
  /** The first page a Run shows is announced once the preview asks for it. */
  #awaitingFirst = false;
  #prebuilt: Promise<TranspiledCell | undefined> | undefined;
  /** Discards the engine's preparation of the code as it stands, if it made one. */
  #discardPrestart: (() => void) | undefined;
  #prestartTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts edits, so a preparation begun before one is not kept. */
  #edits = 0;

  constructor(store: CellStore, options: CellRunnerOptions) {
    this.#store = store;
    this.#options = options;
    // The engine loads in its own thread while the editors are made.
    pageEngine().prepare(options.name);
    this.#prebuilt = this.#fetchPrebuilt();
    store.setRoutes(routeLinks(options.declaredPaths, []));
    // A boot finishing (or failing) in the background changes what the next Run uses: say so.
    pageEngine().onEvent((event) => {
      const running = this.#store.running;
      if (running && (event.type === "ready" || event.type === "fallback")) {
        this.#noteEngine(running);
      }
    });
  }

  /** The build's transpiled form of the cell's own files; undefined if it cannot be had. */
  async #fetchPrebuilt(): Promise<TranspiledCell | undefined> {
    const url = this.#options.source.transpiled;
    if (!url) return undefined;
    try {
      const response = await fetch(url);
      return response.ok
        ? (((await response.json()) as TranspiledCell | null) ?? undefined)
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** What the engine may run instead of transpiling `files`, when they are the cell's own. */
  async prebuiltFor(files: FileMap): Promise<TranspiledCell | undefined> {
    if (!this.#prebuilt || !sameFiles(files, this.#store.original)) return undefined;
    // On a slow network the engine transpiles itself rather than wait.
    const late = new Promise<undefined>((resolve) => setTimeout(resolve, PREBUILT_WAIT_MS));
    return Promise.race([this.#prebuilt, late]);
  }

  /**
   * The code changed: what the engine prepared is of no use any more, and once the learner
   * pauses it prepares the new code, so the next Run only has to show it.
   */
  edited(): void {
    this.#edits += 1;
    this.#discardPrestart?.();
    this.#discardPrestart = undefined;
    clearTimeout(this.#prestartTimer);
    this.#prestartTimer = setTimeout(() => this.prestart(), PRESTART_AFTER_MS);
  }

  /** Ask the engine to prepare a Run of the code as it stands (once per version of it). */
  prestart(): void {
    clearTimeout(this.#prestartTimer);
    const engine = pageEngine().engine;
    if (this.#discardPrestart || !engine.prestart) return;
    const edits = this.#edits;
    const files = this.#store.files;
    this.#discardPrestart = () => undefined;
    void this.prebuiltFor(files).then((prebuilt) => {
      if (edits !== this.#edits) return;
      this.#discardPrestart = engine.prestart?.(files, {
        previewKey: this.#options.name,
        ...(prebuilt ? { prebuilt } : {}),
      });
    });
  }

  /** Say which engine answered (the cell's, or the page's when the cell did not start) and why. */
  #noteEngine(cell?: RunningCell): void {
    const page = pageEngine();
    // Before the page has decided, the in-page engine is the one that answers first.
    const engine = cell?.engine ?? page.active() ?? "worker";
    const notice = page.notice();
    this.#store.setEngine({ engine, ...(notice ? { notice } : {}) });
  }

  #onStatus(status: CellStatus, run: number): void {
    if (run !== this.#runs) return;
    if (status.state === "crashed") {
      this.#held.soon(() => {
        this.#store.write("stderr", status.error.formatted);
        this.#store.announce(
          t("cell.crashed", { error: status.error.formatted.split("\n")[0] ?? "" }),
        );
      });
    }
  }

  /** Show a path in the pane: load it from the app, or run the cell first. */
  open(path: string): void {
    if (this.#store.running) this.#store.preview({ type: "load", path });
    else void this.run(path);
  }

  /**
   * Run the cell (stopping the previous run) and show `path` in the pane; with `show: false`
   * the pane is left alone (the checks need no preview).
   */
  async run(path?: string, show = true): Promise<RunningCell | undefined> {
    const store = this.#store;
    this.#options.beforeRun();
    clearTimeout(this.#prestartTimer);
    const run = ++this.#runs;
    store.setRun("starting");
    store.announce(t("cell.starting"));
    const previous = store.running;
    store.setRunning(undefined);
    await previous?.stop().catch(() => undefined);
    // What the previous run had still to draw goes with its console and inspector; they are
    // cleared when this run's output is drawn (once its page has loaded), in one step.
    this.#held.drop();
    if (show) this.#held.hold(this.#options.nextLoad());
    this.#held.soon(() => store.clearOutput());
    store.setBusy(true);
    const page = pageEngine();
    const unsubscribe = page.onEvent((event) => {
      if (event.type === "engine") this.#noteEngine();
    });
    const files = store.files;
    const prebuilt = await this.prebuiltFor(files);
    if (run !== this.#runs) return undefined;
    let cell: RunningCell;
    // Where the engine allows it, the page starts loading while the app starts.
    let shownEarly = false;
    try {
      cell = await page.engine.start(files, {
        previewKey: this.#options.name,
        ...(prebuilt ? { prebuilt } : {}),
        onConsole: (chunk) => {
          if (run === this.#runs) this.#held.soon(() => store.write(chunk.stream, chunk.text));
        },
        onStatus: (status) => this.#onStatus(status, run),
        onPreviewUrl: (url) => {
          if (!show || run !== this.#runs || shownEarly) return;
          shownEarly = true;
          this.#showPreview(url, path);
        },
      });
    } catch (error) {
      if (run !== this.#runs) return undefined;
      if (shownEarly) store.preview({ type: "clear" });
      this.#held.release();
      const located = locatedOf(error);
      store.write("stderr", located.formatted);
      store.setRun("error");
      store.announce(t("cell.failed", { error: located.formatted.split("\n")[0] ?? "" }));
      this.#noteEngine();
      return undefined;
    } finally {
      unsubscribe();
      store.setBusy(false);
      // The engine took the preparation if it was of these files; none other is of use now.
      this.#discardPrestart?.();
      this.#discardPrestart = undefined;
    }
    if (run !== this.#runs) {
      await cell.stop().catch(() => undefined);
      return undefined;
    }
    store.setRunning(cell);
    store.setRoutes(routeLinks(this.#options.declaredPaths, cell.routes()));
    this.#noteEngine(cell);
    // The inspector shows each request the preview made as the app saw it: the cookies the
    // jar sent and the ones the app set, which the frame never sees.
    cell.onPreviewExchange((exchange) => this.#held.soon(() => this.#previewed(cell, exchange)));
    try {
      await cell.previewReady();
    } catch (error) {
      this.#held.soon(() => store.write("stderr", locatedOf(error).formatted));
    }
    store.setRun("ready");
    if (!shownEarly) {
      shownEarly = true;
      if (show) this.#showPreview(cell.url, path);
      else store.preview({ type: "attach", url: cell.url });
    }
    return cell;
  }

  #showPreview(url: string, path: string | undefined): void {
    this.#awaitingFirst = true;
    this.#store.preview({ type: "show", url, ...(path !== undefined ? { path } : {}) });
  }

  #previewed(cell: RunningCell, exchange: PreviewExchange): void {
    const store = this.#store;
    const { served, response } = exchange;
    const location = response?.header("location") ?? header(served.headers, "location");
    store.answered(
      {
        method: exchange.method,
        path: exchange.path,
        status: served.status,
        statusText: served.statusText,
        requestHeaders: exchange.headers,
        responseHeaders: response?.headers ?? served.headers,
        cookiesSent: cookiesOf(exchange.headers),
        cookiesSet: (response?.cookies ?? []).map((c) => `${c.name}=${c.value}`),
        ...(location ? { location } : {}),
        ms: exchange.ms,
      },
      cell.database(),
    );
    const accept = header(exchange.headers, "accept") ?? "";
    const redirect = served.status >= 300 && served.status < 400;
    if (accept.includes("text/html") && !redirect && cell === store.running) {
      store.preview({ type: "navigated", path: exchange.path });
      if (this.#awaitingFirst) {
        this.#awaitingFirst = false;
        store.announce(
          t("cell.ready", { method: exchange.method, path: exchange.path, status: served.status }),
        );
      }
    }
  }

  /**
   * Send a request (running the cell first if need be) and show it in the inspector; `shared`
   * sends it with the preview's cookies, where the engine keeps them.
   */
  async send(request: OutgoingRequest, shared = false): Promise<BuiltAnswer> {
    const cell = this.#store.running ?? (await this.run());
    if (!cell) throw new Error(t("cell.notRunning"));
    const began = performance.now();
    const jar = shared ? cell.previewCookies : undefined;
    const response = await fetchWithJar(
      (sent) =>
        cell.fetch({
          method: sent.method,
          path: sent.path,
          headers: sent.headers,
          ...(sent.body !== undefined ? { body: sent.body } : {}),
        }),
      request,
      jar,
    );
    const location = response.header("location");
    const exchange: Exchange = {
      method: request.method,
      path: request.path,
      status: response.status,
      statusText: response.statusText,
      requestHeaders: request.headers,
      ...(request.body !== undefined ? { requestBody: request.body } : {}),
      responseHeaders: response.headers,
      cookiesSent: cookiesOf(request.headers),
      cookiesSet: response.cookies.map((c) => `${c.name}=${c.value}`),
      ...(location ? { location } : {}),
      ms: performance.now() - began,
    };
    this.#store.answered(exchange, cell.database());
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body: response.text(),
    };
  }
}
