/**
 * A cell running under real Node: launches the process on the mounted tree, waits for the
 * bootstrap's ready message, forwards requests, enforces the request limit, restarts, stops.
 */
import { rm } from "node:fs/promises";
import { exitSentence, notListening, RunningCellBase } from "../running-cell-base.ts";
import { CellError, plainError } from "../transpile/cell-error.ts";
import type {
  CellRequest,
  CellResponse,
  DatabaseView,
  LocatedError,
  PreviewCookies,
  PreviewExchange,
  StartOptions,
} from "../types.ts";
import { CellProcess } from "./cell-process.ts";
import { forwardRequest } from "./forward-request.ts";
import { freePort } from "./free-port.ts";

/** How a node cell runs. */
export interface NodeCellOptions extends StartOptions {
  /** The mounted tree. */
  root: string;
  /** The Node binary. */
  nodePath: string;
}

const STDERR_TAIL = 4000;

/**
 * A running node cell; `NodeEngine.start` makes and launches one.
 * @example
 * const cell = new NodeRunningCell({ root, nodePath: process.execPath });
 * await cell.launch();
 */
export class NodeRunningCell extends RunningCellBase<CellProcess> {
  readonly engine = "node";
  #options: NodeCellOptions;
  #port = 0;
  #url = "";
  #database: DatabaseView[] = [];

  constructor(options: NodeCellOptions) {
    super(options);
    this.#options = options;
  }

  get url(): string {
    return this.#url;
  }

  /** What the app's databases held after its latest answer (a cell with flask-sqlalchemy). */
  override database(): DatabaseView[] {
    return this.#database;
  }

  /**
   * Resolves at once: `url` is a port on this machine, and it loads as soon as the app listens,
   * which `start` waited for.
   */
  previewReady(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * A browser loading `url` talks to the process directly, so this engine never sees those
   * requests: the listener is never called.
   */
  onPreviewExchange(_listener: (exchange: PreviewExchange) => void): () => void {
    return () => undefined;
  }

  /** None: whatever loads `url` keeps its own cookies. */
  get previewCookies(): PreviewCookies | undefined {
    return undefined;
  }

  protected async launchRun(): Promise<void> {
    const port = await freePort();
    const limit = this.limits.readyMs;
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      let crash: LocatedError | undefined;
      const fail = (error: LocatedError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.setStatus({ state: "error", error });
        void proc.kill();
        reject(new CellError(error));
      };
      const timer = setTimeout(() => fail(notListening(limit)), limit);
      const proc = new CellProcess({
        nodePath: this.#options.nodePath,
        cwd: this.#options.root,
        port,
        onConsole: (chunk) => this.print(chunk),
        onMessage: (message) => {
          if (message.type === "ready") {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            this.#port = message.port || port;
            this.#url = message.url;
            this.setRoutes(message.routes);
            this.setStatus({ state: "ready", url: message.url, port: this.#port });
            resolve();
          } else if (message.type === "error") {
            fail(message.error);
          } else if (message.type === "crashed") {
            crash = message.error;
          } else if (message.type === "database") {
            this.#database = message.view;
          }
        },
        onExit: (code, signal) => {
          const tail = this.outputTail(STDERR_TAIL, "stderr");
          const how = exitSentence(code, signal);
          if (!settled) {
            const message = `The app ${how} before it started listening.${tail ? `\n${tail}` : ""}`;
            fail(crash ?? plainError("startup", message));
            return;
          }
          if (this.current !== proc || this.stopped || this.restarting) return;
          this.setStatus({
            state: "crashed",
            error: crash ?? plainError("crash", `The app ${how}.${tail ? `\n${tail}` : ""}`),
          });
        },
      });
      this.current = proc;
    });
  }

  async fetch(request: string | CellRequest): Promise<CellResponse> {
    const cellRequest = typeof request === "string" ? { path: request } : request;
    await this.ready();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.limits.requestMs);
    const proc = this.current;
    try {
      const response = await forwardRequest(this.#port, cellRequest, controller.signal);
      // The app printed before it answered, but its stdout pipe and the socket become readable
      // together; one turn of the event loop hands that output over before the caller reads it.
      await new Promise((resolve) => setImmediate(resolve));
      return response;
    } catch (error) {
      if (controller.signal.aborted) return await this.timedOut(cellRequest, proc);
      this.requestFailed(cellRequest, error);
    } finally {
      clearTimeout(timer);
    }
  }

  protected async endRun(): Promise<void> {
    await this.current?.kill();
  }

  protected async release(): Promise<void> {
    await rm(this.#options.root, { recursive: true, force: true });
  }
}
