/**
 * A cell running under real Node: launches the process on the mounted tree, waits for the
 * bootstrap's ready message, forwards requests, enforces the request limit, restarts, stops.
 */
import { rm } from "node:fs/promises";
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

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * A running node cell; `NodeEngine.start` makes and launches one.
 * @example
 * const cell = new NodeRunningCell({ root, nodePath: process.execPath });
 * await cell.launch();
 */
export class NodeRunningCell implements RunningCell {
  #options: NodeCellOptions;
  #status: CellStatus = { state: "starting" };
  #statusListeners = new Set<(status: CellStatus) => void>();
  #consoleListeners = new Set<(chunk: ConsoleChunk) => void>();
  #output: ConsoleChunk[] = [];
  #process: CellProcess | undefined;
  #port = 0;
  #url = "";
  #launching: Promise<void> = Promise.resolve();
  #restarting: Promise<void> | undefined;
  #stopped = false;

  constructor(options: NodeCellOptions) {
    this.#options = options;
    if (options.onStatus) this.#statusListeners.add(options.onStatus);
    if (options.onConsole) this.#consoleListeners.add(options.onConsole);
  }

  get status(): CellStatus {
    return this.#status;
  }

  get url(): string {
    return this.#url;
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

  #stderrTail(): string {
    return this.#output
      .filter((chunk) => chunk.stream === "stderr")
      .map((chunk) => chunk.text)
      .join("")
      .slice(-STDERR_TAIL)
      .trim();
  }

  /** Start the process and wait until the app listens; rejects with a `CellError`. */
  launch(): Promise<void> {
    this.#launching = this.#launch();
    return this.#launching;
  }

  async #launch(): Promise<void> {
    this.#output = [];
    this.#setStatus({ state: "starting" });
    const port = await freePort();
    const limit = this.#options.readyTimeoutMs ?? 10_000;
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      let crash: LocatedError | undefined;
      const fail = (error: LocatedError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.#setStatus({ state: "error", error });
        void proc.kill();
        reject(new CellError(error));
      };
      const timer = setTimeout(() => {
        fail(
          plainError(
            "startup",
            `The app did not start listening within ${seconds(limit)}. Does app.ts call app.run()?`,
          ),
        );
      }, limit);
      const proc = new CellProcess({
        nodePath: this.#options.nodePath,
        cwd: this.#options.root,
        port,
        onConsole: (chunk) => this.#print(chunk),
        onMessage: (message) => {
          if (message.type === "ready") {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            this.#port = message.port || port;
            this.#url = message.url;
            this.#setStatus({ state: "ready", url: message.url, port: this.#port });
            resolve();
          } else if (message.type === "error") {
            fail(message.error);
          } else {
            crash = message.error;
          }
        },
        onExit: (code, signal) => {
          if (!settled) {
            const tail = this.#stderrTail();
            const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
            const message = `The app ${how} before it started listening.${tail ? `\n${tail}` : ""}`;
            fail(crash ?? plainError("startup", message));
            return;
          }
          if (this.#process !== proc || this.#stopped || this.#restarting) return;
          const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
          const tail = this.#stderrTail();
          this.#setStatus({
            state: "crashed",
            error: crash ?? plainError("crash", `The app ${how}.${tail ? `\n${tail}` : ""}`),
          });
        },
      });
      this.#process = proc;
    });
  }

  async fetch(request: string | CellRequest): Promise<CellResponse> {
    const cellRequest = typeof request === "string" ? { path: request } : request;
    if (this.#stopped)
      throw new CellError(plainError("engine", "The cell is stopped; run it again."));
    if (this.#restarting) await this.#restarting;
    await this.#launching;
    const crashed = this.#crashError();
    if (crashed) throw new CellError(crashed);
    const limit = this.#options.requestTimeoutMs ?? 5000;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limit);
    const proc = this.#process;
    try {
      const response = await forwardRequest(this.#port, cellRequest, controller.signal);
      // The app printed before it answered, but its stdout pipe and the socket become readable
      // together; one turn of the event loop hands that output over before the caller reads it.
      await new Promise((resolve) => setImmediate(resolve));
      return response;
    } catch (error) {
      if (controller.signal.aborted) {
        const method = (cellRequest.method ?? "GET").toUpperCase();
        const located = plainError(
          "timeout",
          `${method} ${cellRequest.path} ran longer than ${seconds(limit)}, so the app was stopped and started again. Look for a loop that never ends in the view or a hook it runs.`,
        );
        this.#setStatus({ state: "error", error: located });
        await this.#restartAfter(proc);
        // After the restart, so the message opens the new run's console rather than vanishing.
        this.#print({ stream: "stderr", text: `${located.message}\n` });
        throw new CellError(located);
      }
      const crashedNow = this.#crashError();
      if (crashedNow) throw new CellError(crashedNow);
      const message = error instanceof Error ? error.message : String(error);
      throw new CellError(
        plainError("crash", `The request ${cellRequest.path} failed: ${message}`),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  #crashError(): LocatedError | undefined {
    const status = this.#status;
    return status.state === "crashed" ? status.error : undefined;
  }

  // Several requests may time out together; the first one restarts, the rest wait for it.
  async #restartAfter(proc: CellProcess | undefined): Promise<void> {
    if (this.#restarting) return this.#restarting;
    if (proc !== this.#process) return;
    await this.restart().catch(() => undefined);
  }

  async restart(): Promise<void> {
    if (this.#stopped)
      throw new CellError(plainError("engine", "The cell is stopped; run it again."));
    const run = (async () => {
      await this.#process?.kill();
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
    this.#setStatus({ state: "stopped" });
  }

  /** End the process and remove the tree without reporting `stopped` (a failed start). */
  async discard(): Promise<void> {
    this.#stopped = true;
    await this.#process?.kill();
    await rm(this.#options.root, { recursive: true, force: true });
  }
}
