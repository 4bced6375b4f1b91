/**
 * A cell running in a Web Worker: launches the Worker, waits for `app.run()`, forwards
 * requests, stops and restarts the Worker when a request runs past the limit, and answers the
 * preview iframe through the cookie jar.
 */
import type { CellFiles } from "../cell.ts";
import { CookieJar, type StoredCookie } from "../cookie-jar.ts";
import { createCellResponse } from "../node-engine/cell-response.ts";
import { notListening, RunningCellBase } from "../running-cell-base.ts";
import { CellError, plainError } from "../transpile/cell-error.ts";
import type {
  CellRequest,
  CellResponse,
  DatabaseView,
  HeaderList,
  LocatedError,
  PreviewCookies,
  PreviewExchange,
  StartOptions,
} from "../types.ts";
import type { CellWorkerHost, WorkerEvent } from "./cell-worker-host.ts";
import {
  limitPreviewBody,
  type PreviewScheme,
  previewErrorPage,
  previewHeaders,
  withPreviewScheme,
} from "./preview-response.ts";
import type { PreviewRequest, WireResponse } from "./protocol.ts";
import { bodyBytes, headerList } from "./request-body.ts";

/** How many exchanges made before anyone listens are kept for the first listener. */
const UNHEARD_KEPT = 20;

/** How a worker cell runs. */
export interface WorkerCellOptions extends StartOptions {
  files: CellFiles;
  /** A Worker with the port loaded (the engine keeps one warm). */
  spawn: () => CellWorkerHost;
  /**
   * The first run's Worker, its preview routed already; `prepared` when it was given these
   * files ahead of the Run (`WorkerEngine.prestart`). Later runs (restarts) `spawn`.
   */
  first?: { host: CellWorkerHost; prepared: boolean };
  /** Route the preview's requests straight to a run's Worker, which starts with these cookies. */
  connect?: (host: CellWorkerHost, cookies: StoredCookie[]) => void;
  /** Answer a preview request a Worker took up but will not answer (it was stopped). */
  abandon?: (id: string, reply: WireResponse) => void;
  /**
   * A run's Worker is ending: the preview's requests go through the page until the next run is
   * routed (those sent to the ended Worker and not answered are asked of the page again).
   */
  disconnect?: () => void;
  /** The cell's preview URL and path prefix. */
  previewUrl: string;
  previewPrefix: string;
  /** Resolves once the page's preview Service Worker serves previews. */
  previewReady: () => Promise<void>;
  /** Called once the cell stops for good. */
  onStop?: () => void;
  /** The scheme preview documents are shown in (see `withPreviewScheme`). Default light. */
  previewScheme?: () => PreviewScheme;
}

/**
 * A running worker cell; `WorkerEngine.start` makes and launches one.
 * @example
 * const cell = await new WorkerEngine().start({ "app.ts": source });
 * (await cell.fetch("/")).text();
 */
/** The preview's jar: what the page stores in it reaches the Worker's copy too. */
class PreviewJar extends CookieJar {
  #changed: () => void;

  constructor(changed: () => void) {
    super();
    this.#changed = changed;
  }

  override store(...args: Parameters<CookieJar["store"]>): void {
    super.store(...args);
    this.#changed();
  }

  override clear(): void {
    super.clear();
    this.#changed();
  }
}

/** A preview request a Worker answers by itself, while the page waits to hear how it went. */
interface DirectRequest {
  method: string;
  path: string;
  headers: HeaderList;
  began: number;
  timer: ReturnType<typeof setTimeout>;
}

export class WorkerRunningCell extends RunningCellBase<CellWorkerHost> {
  readonly engine = "worker";
  #options: WorkerCellOptions;
  #port = 5000;
  #jar: CookieJar = new PreviewJar(() => this.current?.setCookies(this.#jar.list()));
  #direct = new Map<string, DirectRequest>();
  #timings = { transpileMs: 0, evaluateMs: 0, startMs: 0 };
  #exchangeListeners = new Set<(exchange: PreviewExchange) => void>();
  #database: DatabaseView[] = [];
  // Exchanges made before anyone listened (a frame may load while the app starts).
  #unheard: PreviewExchange[] = [];

  constructor(options: WorkerCellOptions) {
    super(options);
    this.#options = options;
  }

  /** The preview URL: load it in an iframe to browse the app. */
  get url(): string {
    return this.#options.previewUrl;
  }

  /** The preview's cookie jar (what the iframe's "browser" holds for this app). */
  get cookies(): CookieJar {
    return this.#jar;
  }

  /** The preview frame's cookies: the jar the Worker's preview answers read and fill. */
  get previewCookies(): PreviewCookies {
    return this.#jar;
  }

  /** Preview pages follow the lesson's colour scheme where the app leaves it open. */
  override get themedPreview(): boolean {
    return this.#options.previewScheme !== undefined;
  }

  /** Resolves once the preview Service Worker serves this page's previews. */
  override previewReady(): Promise<void> {
    return this.#options.previewReady();
  }

  /** What the app's databases held after its latest answer. */
  override database(): DatabaseView[] {
    return this.#database;
  }

  /**
   * Listen for the preview frame's requests, each with the app's whole answer (those made
   * before anyone listened come first); returns the unsubscribe function.
   */
  override onPreviewExchange(listener: (exchange: PreviewExchange) => void): () => void {
    this.#exchangeListeners.add(listener);
    const unheard = this.#unheard;
    this.#unheard = [];
    for (const exchange of unheard) listener(exchange);
    return () => this.#exchangeListeners.delete(listener);
  }

  /** How long the last start took: transpiling and evaluating in the Worker, start to ready. */
  get timings(): { transpileMs: number; evaluateMs: number; startMs: number } {
    return { ...this.#timings };
  }

  protected async launchRun(): Promise<void> {
    const began = performance.now();
    const first = this.#options.first;
    this.#options.first = undefined;
    const host = first && !first.host.ended ? first.host : this.#options.spawn();
    const prepared = first?.prepared === true && host === first.host;
    this.current = host;
    if (host !== first?.host) this.#options.connect?.(host, this.#jar.list());
    const limit = this.limits.readyMs;
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: LocatedError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        host.terminate();
        this.setStatus({ state: "error", error });
        reject(new CellError(error));
      };
      const timer = setTimeout(
        () =>
          fail(notListening(limit, " (A loop that never ends while app.ts loads stops it too.)")),
        limit,
      );
      host.loaded.catch((error: Error) => fail(plainError("engine", error.message)));
      host.onEvent((event: WorkerEvent) => {
        if (host !== this.current) return;
        if (event.type === "console") this.print({ stream: event.stream, text: event.text });
        else if (event.type === "ready") {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          this.#port = event.port;
          this.setRoutes(event.routes);
          this.#timings = {
            transpileMs: event.transpileMs,
            evaluateMs: event.evaluateMs,
            startMs: performance.now() - began,
          };
          this.setStatus({ state: "ready", url: this.url, port: this.#port });
          resolve();
        } else if (event.type === "preview-begin") this.#directBegan(event, host);
        else if (event.type === "preview-exchange") this.#directAnswered(event);
        else if (event.type === "error") fail(event.error);
        else if (event.type !== "crashed") return;
        else if (settled && !this.stopped) this.setStatus({ state: "crashed", error: event.error });
        else fail(event.error);
      });
      // A prepared Worker has what it printed replayed above, in order; its timers start now.
      if (prepared) host.claim();
      else host.start(this.#options.files, this.#options.prebuilt);
    });
  }

  fetch(request: string | CellRequest): Promise<CellResponse> {
    return this.#send(typeof request === "string" ? { path: request } : request);
  }

  async #send(request: CellRequest, scriptRoot?: string): Promise<CellResponse> {
    await this.ready();
    const host = this.current;
    if (!host) throw new CellError(plainError("engine", "The cell has not started."));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.limits.requestMs);
    });
    try {
      const answer = await Promise.race([
        host.request({
          method: (request.method ?? "GET").toUpperCase(),
          path: request.path,
          headers: headerList(request),
          body: bodyBytes(request),
          ...(scriptRoot ? { scriptRoot } : {}),
        }),
        timedOut,
      ]);
      if (answer === "timeout") return await this.timedOut(request, host);
      if (answer.database) this.#database = answer.database;
      return createCellResponse(answer.status, answer.statusText, answer.headers, answer.body);
    } catch (error) {
      this.requestFailed(request, error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A preview request reached the Worker straight: it must end within the request limit. */
  #directBegan(event: Extract<WorkerEvent, { type: "preview-begin" }>, host: CellWorkerHost): void {
    const { id, method, path, headers } = event;
    const timer = setTimeout(() => {
      const direct = this.#direct.get(id);
      if (!direct) return;
      this.#direct.delete(id);
      // As on the page's own path: the frame is told why, and the app is restarted. The frame
      // is answered first, so the restart does not hand this request to the new app.
      const located = this.timeoutError({ method, path });
      this.#giveUp(id, direct, previewErrorPage(504, "Gateway Timeout", located.formatted));
      this.timedOut({ method, path }, host).catch(() => undefined);
    }, this.limits.requestMs);
    this.#direct.set(id, { method, path, headers, began: performance.now(), timer });
  }

  /** The Worker answered a preview request itself: the page learns what it sent and set. */
  #directAnswered(event: Extract<WorkerEvent, { type: "preview-exchange" }>): void {
    const direct = this.#direct.get(event.id);
    if (!direct) return;
    clearTimeout(direct.timer);
    this.#direct.delete(event.id);
    this.#jar.restore(event.cookies);
    if (event.database) this.#database = event.database;
    const { response, ...exchange } = event.exchange;
    this.#report({
      ...exchange,
      ...(response
        ? {
            response: createCellResponse(
              response.status,
              response.statusText,
              response.headers,
              response.body,
            ),
          }
        : {}),
    });
  }

  /** Answer a request a Worker took up but will not answer, and report it as answered so. */
  #giveUp(id: string, direct: DirectRequest, reply: WireResponse): void {
    this.#report({
      method: direct.method,
      path: direct.path,
      headers: direct.headers,
      served: { status: reply.status, statusText: reply.statusText, headers: reply.headers },
      ms: performance.now() - direct.began,
    });
    this.#options.abandon?.(id, reply);
  }

  #report(exchange: PreviewExchange): void {
    if (this.#exchangeListeners.size === 0 && this.#unheard.length < UNHEARD_KEPT) {
      this.#unheard.push(exchange);
    }
    for (const listener of this.#exchangeListeners) listener(exchange);
  }

  /**
   * Answer a request the preview iframe made: cookies from the jar go in, `Set-Cookie` goes
   * into the jar, and a failure becomes a page the iframe can show.
   */
  async servePreview(request: PreviewRequest): Promise<WireResponse> {
    // A Service Worker that lost its route (it was restarted) gets one again.
    const host = this.current;
    if (request.unrouted && host && !host.ended && !this.stopped) {
      this.#options.connect?.(host, this.#jar.list());
    }
    const began = performance.now();
    const headers = request.headers.filter(([name]) => name.toLowerCase() !== "cookie");
    const cookie = this.#jar.header(request.path);
    if (cookie !== null) headers.push(["Cookie", cookie]);
    const served = await this.#servePreview(request, headers);
    this.#report({
      method: request.method,
      path: request.path,
      headers,
      served: served.wire,
      ...(served.response ? { response: served.response } : {}),
      ms: performance.now() - began,
    });
    return served.wire;
  }

  async #servePreview(
    request: PreviewRequest,
    headers: HeaderList,
  ): Promise<{ wire: WireResponse; response?: CellResponse }> {
    const prefix = this.#options.previewPrefix;
    try {
      const res = await this.#send(
        {
          path: request.path,
          method: request.method,
          headers,
          ...(request.body ? { body: request.body } : {}),
        },
        prefix,
      );
      this.#jar.store(res.cookies, request.path);
      const wire = withPreviewScheme(
        limitPreviewBody({
          status: res.status,
          statusText: res.statusText,
          headers: previewHeaders(res.headers, prefix),
          body: res.body,
        }),
        this.#options.previewScheme?.() ?? "light",
      );
      return { wire, response: res };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const timeout = error instanceof CellError && error.kind === "timeout";
      return {
        wire: timeout
          ? previewErrorPage(504, "Gateway Timeout", message)
          : previewErrorPage(502, "Bad Gateway", message),
      };
    }
  }

  protected endRun(): void {
    // What the Worker took up and will never answer now gets the answer the page's own path
    // gives a request whose Worker was stopped.
    for (const [id, direct] of this.#direct) {
      clearTimeout(direct.timer);
      const message = `The request ${direct.path} failed: The cell Worker was stopped.`;
      this.#giveUp(id, direct, previewErrorPage(502, "Bad Gateway", message));
    }
    this.#direct.clear();
    this.#options.disconnect?.();
    this.current?.terminate();
  }

  protected release(): void {
    this.#options.onStop?.();
  }
}
