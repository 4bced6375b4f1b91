/**
 * A cell running in a Web Worker: launches the Worker, waits for `app.run()`, forwards
 * requests, stops and restarts the Worker when a request runs past the limit, and answers the
 * preview iframe through the cookie jar.
 */
import type { CellFiles } from "../cell.ts";
import { createCellResponse } from "../node-engine/cell-response.ts";
import { CellError, plainError } from "../transpile/cell-error.ts";
import type {
  CellRequest,
  CellResponse,
  CellStatus,
  ConsoleChunk,
  LocatedError,
  RunningCell,
  StartOptions,
} from "../types.ts";
import type { CellWorkerHost, WorkerEvent } from "./cell-worker-host.ts";
import { PreviewCookieJar } from "./cookie-jar.ts";
import { previewErrorPage, previewHeaders } from "./preview-response.ts";
import type { PreviewRequest, WireResponse } from "./protocol.ts";
import { bodyBytes, headerList } from "./request-body.ts";

/** How a worker cell runs. */
export interface WorkerCellOptions extends StartOptions {
  files: CellFiles;
  /** A Worker with the port loaded (the engine keeps one warm). */
  spawn: () => CellWorkerHost;
  /** The cell's preview URL and path prefix. */
  previewUrl: string;
  previewPrefix: string;
  /** Called once the cell stops for good. */
  onStop?: () => void;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * A running worker cell; `WorkerEngine.start` makes and launches one.
 * @example
 * const cell = await new WorkerEngine().start({ "app.ts": source });
 * (await cell.fetch("/")).text();
 */
export class WorkerRunningCell implements RunningCell {
  #options: WorkerCellOptions;
  #status: CellStatus = { state: "starting" };
  #statusListeners = new Set<(status: CellStatus) => void>();
  #consoleListeners = new Set<(chunk: ConsoleChunk) => void>();
  #output: ConsoleChunk[] = [];
  #host: CellWorkerHost | undefined;
  #port = 5000;
  #launching: Promise<void> = Promise.resolve();
  #restarting: Promise<void> | undefined;
  #stopped = false;
  #jar = new PreviewCookieJar();
  #timings = { transpileMs: 0, evaluateMs: 0, startMs: 0 };

  constructor(options: WorkerCellOptions) {
    this.#options = options;
    if (options.onStatus) this.#statusListeners.add(options.onStatus);
    if (options.onConsole) this.#consoleListeners.add(options.onConsole);
  }

  get status(): CellStatus {
    return this.#status;
  }

  /** The preview URL: load it in an iframe to browse the app. */
  get url(): string {
    return this.#options.previewUrl;
  }

  /** The preview's cookie jar (what the iframe's "browser" holds for this app). */
  get cookies(): PreviewCookieJar {
    return this.#jar;
  }

  /** How long the last start took: transpiling and evaluating in the Worker, start to ready. */
  get timings(): { transpileMs: number; evaluateMs: number; startMs: number } {
    return { ...this.#timings };
  }

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

  #setStatus(status: CellStatus): void {
    this.#status = status;
    for (const listener of this.#statusListeners) listener(status);
  }

  #print(chunk: ConsoleChunk): void {
    this.#output.push(chunk);
    for (const listener of this.#consoleListeners) listener(chunk);
  }

  /** Start a Worker on the files and wait until the app calls `app.run()`. */
  launch(): Promise<void> {
    this.#launching = this.#launch();
    return this.#launching;
  }

  async #launch(): Promise<void> {
    const began = performance.now();
    this.#output = [];
    this.#setStatus({ state: "starting" });
    const host = this.#options.spawn();
    this.#host = host;
    const limit = this.#options.readyTimeoutMs ?? 10_000;
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: LocatedError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        host.terminate();
        this.#setStatus({ state: "error", error });
        reject(new CellError(error));
      };
      const timer = setTimeout(() => {
        fail(
          plainError(
            "startup",
            `The app did not start within ${seconds(limit)}. Does app.ts call app.run()? (A loop that never ends while app.ts loads stops it too.)`,
          ),
        );
      }, limit);
      host.loaded.catch((error: Error) => fail(plainError("engine", error.message)));
      host.onEvent((event: WorkerEvent) => {
        if (host !== this.#host) return;
        if (event.type === "console") this.#print({ stream: event.stream, text: event.text });
        else if (event.type === "ready") {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          this.#port = event.port;
          this.#timings = {
            transpileMs: event.transpileMs,
            evaluateMs: event.evaluateMs,
            startMs: performance.now() - began,
          };
          this.#setStatus({ state: "ready", url: this.url, port: this.#port });
          resolve();
        } else if (event.type === "error") fail(event.error);
        else if (settled && !this.#stopped)
          this.#setStatus({ state: "crashed", error: event.error });
        else fail(event.error);
      });
      host.start(this.#options.files);
    });
  }

  fetch(request: string | CellRequest): Promise<CellResponse> {
    return this.#send(typeof request === "string" ? { path: request } : request);
  }

  async #send(request: CellRequest, scriptRoot?: string): Promise<CellResponse> {
    if (this.#stopped)
      throw new CellError(plainError("engine", "The cell is stopped; run it again."));
    if (this.#restarting) await this.#restarting;
    await this.#launching;
    const crashed = this.#crashError();
    if (crashed) throw new CellError(crashed);
    const host = this.#host;
    if (!host) throw new CellError(plainError("engine", "The cell has not started."));
    const limit = this.#options.requestTimeoutMs ?? 5000;
    const method = (request.method ?? "GET").toUpperCase();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), limit);
    });
    try {
      const answer = await Promise.race([
        host.request({
          method,
          path: request.path,
          headers: headerList(request),
          body: bodyBytes(request),
          ...(scriptRoot ? { scriptRoot } : {}),
        }),
        timedOut,
      ]);
      if (answer === "timeout") {
        const located = plainError(
          "timeout",
          `${method} ${request.path} ran longer than ${seconds(limit)}, so the app was stopped and started again. Look for a loop that never ends in the view or a hook it runs.`,
        );
        this.#setStatus({ state: "error", error: located });
        await this.#restartAfter(host);
        // After the restart, so the message opens the new run's console rather than vanishing.
        this.#print({ stream: "stderr", text: `${located.message}\n` });
        throw new CellError(located);
      }
      return createCellResponse(answer.status, answer.statusText, answer.headers, answer.body);
    } catch (error) {
      if (error instanceof CellError) throw error;
      const crashedNow = this.#crashError();
      if (crashedNow) throw new CellError(crashedNow);
      const message = error instanceof Error ? error.message : String(error);
      throw new CellError(plainError("crash", `The request ${request.path} failed: ${message}`));
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Answer a request the preview iframe made: cookies from the jar go in, `Set-Cookie` goes
   * into the jar, and a failure becomes a page the iframe can show.
   */
  async servePreview(request: PreviewRequest): Promise<WireResponse> {
    const headers = request.headers.filter(([name]) => name.toLowerCase() !== "cookie");
    const cookie = this.#jar.header(request.path);
    if (cookie !== null) headers.push(["Cookie", cookie]);
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
      return {
        status: res.status,
        statusText: res.statusText,
        headers: previewHeaders(res.headers, prefix),
        body: res.body,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const timeout = error instanceof CellError && error.kind === "timeout";
      return timeout
        ? previewErrorPage(504, "Gateway Timeout", message)
        : previewErrorPage(502, "Bad Gateway", message);
    }
  }

  #crashError(): LocatedError | undefined {
    const status = this.#status;
    return status.state === "crashed" ? status.error : undefined;
  }

  // Several requests may time out together; the first one restarts, the rest wait for it.
  async #restartAfter(host: CellWorkerHost): Promise<void> {
    if (this.#restarting) return this.#restarting;
    if (host !== this.#host) return;
    await this.restart().catch(() => undefined);
  }

  async restart(): Promise<void> {
    if (this.#stopped)
      throw new CellError(plainError("engine", "The cell is stopped; run it again."));
    const run = (async () => {
      this.#host?.terminate();
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
    this.discard();
    this.#setStatus({ state: "stopped" });
  }

  /** End the Worker without reporting `stopped` (a failed start). */
  discard(): void {
    this.#stopped = true;
    this.#host?.terminate();
    this.#options.onStop?.();
  }
}
