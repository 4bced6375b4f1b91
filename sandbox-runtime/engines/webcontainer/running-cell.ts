/**
 * A cell running inside the page's WebContainer: spawns `node` on the bootstrap in the cell's
 * folder, waits for its two ports to open, forwards requests through the side channel,
 * enforces the request limit, restarts, stops.
 */
import { createCellResponse } from "../node-engine/cell-response.ts";
import type { BootstrapMessage } from "../node-engine/messages.ts";
import { CellError, plainError } from "../transpile/cell-error.ts";
import type {
  CellRequest,
  CellResponse,
  CellStatus,
  ConsoleChunk,
  HeaderList,
  LocatedError,
  RunningCell,
  StartOptions,
} from "../types.ts";
import { base64ToBytes, bytesToBase64 } from "./base64.ts";
import type { Container, ContainerProcess } from "./container.ts";
import type { ContainerHost } from "./container-host.ts";
import { OutputSplitter } from "./output-splitter.ts";
import { WEBCONTAINER_BOOTSTRAP } from "./runtime-files.ts";
import { isResponseEnvelope, type RequestEnvelope } from "./side-channel.ts";

/** Where a cell lives in the container and how it runs. */
export interface WebContainerCellOptions extends StartOptions {
  host: ContainerHost;
  container: Container;
  /** The cell's folder, relative to the container's workdir (`cells/1`). */
  folder: string;
  appPort: number;
  sidePort: number;
  /** The page's `fetch`. */
  fetch?: typeof globalThis.fetch;
}

const OUTPUT_TAIL = 4000;
const KILL_WAIT_MS = 3000;

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function headerList(headers: CellRequest["headers"]): HeaderList {
  if (!headers) return [];
  return Array.isArray(headers) ? headers : Object.entries(headers);
}

interface Run {
  process: ContainerProcess | undefined;
  /** Settles once the process has exited and its output is read. */
  exited: Promise<void>;
  kill(): Promise<void>;
}

/**
 * A running webcontainer cell; `WebContainerEngine.start` makes and launches one.
 * @example
 * const cell = new WebContainerRunningCell({ host, container, folder: "cells/1", appPort: 3000, sidePort: 3001 });
 * await cell.launch();
 */
export class WebContainerRunningCell implements RunningCell {
  #options: WebContainerCellOptions;
  #status: CellStatus = { state: "starting" };
  #statusListeners = new Set<(status: CellStatus) => void>();
  #consoleListeners = new Set<(chunk: ConsoleChunk) => void>();
  #output: ConsoleChunk[] = [];
  #run: Run | undefined;
  #url = "";
  #sideUrl = "";
  #launching: Promise<void> = Promise.resolve();
  #restarting: Promise<void> | undefined;
  #stopped = false;

  constructor(options: WebContainerCellOptions) {
    this.#options = options;
    if (options.onStatus) this.#statusListeners.add(options.onStatus);
    if (options.onConsole) this.#consoleListeners.add(options.onConsole);
  }

  get status(): CellStatus {
    return this.#status;
  }

  /** The app's preview URL (open it in the pane's iframe). */
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
    if (chunk.text === "") return;
    this.#output.push(chunk);
    for (const listener of this.#consoleListeners) listener(chunk);
  }

  #outputTail(): string {
    return this.#output
      .map((chunk) => chunk.text)
      .join("")
      .slice(-OUTPUT_TAIL)
      .trim();
  }

  /** Spawn the process and wait until the app listens; rejects with a `CellError`. */
  launch(): Promise<void> {
    this.#launching = this.#launch();
    return this.#launching;
  }

  async #launch(): Promise<void> {
    this.#output = [];
    this.#setStatus({ state: "starting" });
    const { host, container, folder, appPort, sidePort } = this.#options;
    const limit = this.#options.readyTimeoutMs ?? 10_000;
    let appUrl = "";
    let sideUrl = "";
    let settled = false;
    let failed = false;
    let crash: LocatedError | undefined;
    let markExited = () => {};
    const exited = new Promise<void>((resolve) => {
      markExited = resolve;
    });
    const run: Run = {
      process: undefined,
      exited,
      kill: async () => {
        if (!run.process) return;
        run.process.kill();
        // A process that ignores the kill must not hang a restart forever.
        await Promise.race([exited, delay(KILL_WAIT_MS)]);
      },
    };
    this.#run = run;
    await new Promise<void>((resolve, reject) => {
      const unwatch: Array<() => void> = [];
      const done = () => {
        settled = true;
        clearTimeout(timer);
        for (const stop of unwatch) stop();
      };
      const fail = (error: LocatedError) => {
        if (settled) return;
        done();
        failed = true;
        this.#setStatus({ state: "error", error });
        void run.kill();
        reject(new CellError(error));
      };
      const check = () => {
        if (settled || !appUrl || !sideUrl) return;
        done();
        this.#url = appUrl;
        this.#sideUrl = sideUrl;
        this.#setStatus({ state: "ready", url: appUrl, port: appPort });
        resolve();
      };
      const timer = setTimeout(() => {
        fail(
          plainError(
            "startup",
            `The app did not start listening within ${seconds(limit)}. Does app.ts call app.run()?`,
          ),
        );
      }, limit);
      unwatch.push(
        host.watchPort(appPort, (type, url) => {
          if (type === "open") appUrl = url;
          check();
        }),
        host.watchPort(sidePort, (type, url) => {
          if (type === "open") sideUrl = url;
          check();
        }),
      );
      const onExit = (code: number) => {
        markExited();
        if (!settled) {
          const tail = this.#outputTail();
          const message = `The app exited with code ${code} before it started listening.${tail ? `\n${tail}` : ""}`;
          fail(crash ?? plainError("startup", message));
          return;
        }
        if (this.#run !== run || this.#stopped || this.#restarting) return;
        const tail = this.#outputTail();
        this.#setStatus({
          state: "crashed",
          error:
            crash ??
            plainError("crash", `The app exited with code ${code}.${tail ? `\n${tail}` : ""}`),
        });
      };
      container
        .spawn("node", [WEBCONTAINER_BOOTSTRAP], {
          cwd: folder,
          env: { KOLBA_PORT: appPort, KOLBA_SIDE_PORT: sidePort, NODE_ENV: "development" },
        })
        .then(
          (proc) => {
            run.process = proc;
            // The start already failed (timed out) while the process was being spawned.
            if (failed) proc.kill();
            const pumped = this.#pump(proc, run, (message) => {
              if (message.type === "error") fail(message.error);
              else if (message.type === "crashed") crash = message.error;
            });
            // The exit code may arrive before the last output; give the output a moment.
            void proc.exit.then(async (code) => {
              await Promise.race([pumped, delay(500)]);
              onExit(code);
            });
          },
          (error: unknown) => {
            markExited();
            fail(
              plainError(
                "engine",
                `The WebContainer could not start node: ${error instanceof Error ? error.message : String(error)}`,
              ),
            );
          },
        );
    });
  }

  async #pump(
    proc: ContainerProcess,
    run: Run,
    onMessage: (message: BootstrapMessage) => void,
  ): Promise<void> {
    const splitter = new OutputSplitter();
    const reader = proc.output.getReader();
    const print = (chunks: ConsoleChunk[]) => {
      // Output of a run that was replaced belongs to no one.
      if (this.#run === run) for (const chunk of chunks) this.#print(chunk);
    };
    try {
      while (true) {
        const { done, value } = await reader.read();
        if (done) break;
        const { chunks, messages } = splitter.push(value);
        print(chunks);
        for (const message of messages) onMessage(message);
      }
    } catch {
      // The stream errors when the container tears down; nothing more will come.
    } finally {
      print(splitter.flush());
    }
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
    const run = this.#run;
    const method = (cellRequest.method ?? "GET").toUpperCase();
    const body =
      cellRequest.body === undefined
        ? null
        : bytesToBase64(
            typeof cellRequest.body === "string"
              ? new TextEncoder().encode(cellRequest.body)
              : cellRequest.body,
          );
    const envelope: RequestEnvelope = {
      method,
      path: cellRequest.path,
      headers: headerList(cellRequest.headers),
      body,
    };
    const send = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    try {
      const response = await send(this.#sideUrl, {
        method: "POST",
        // text/plain keeps this a CORS simple request: no preflight.
        headers: { "Content-Type": "text/plain;charset=UTF-8" },
        body: JSON.stringify(envelope),
        credentials: "omit",
        signal: controller.signal,
      });
      const value = (await response.json()) as unknown;
      if (isResponseEnvelope(value)) {
        return createCellResponse(
          value.status,
          value.statusText,
          value.headers,
          base64ToBytes(value.body),
        );
      }
      const reason = (value as { error?: unknown } | null)?.error;
      throw new Error(
        typeof reason === "string" ? reason : `the side channel answered ${response.status}`,
      );
    } catch (error) {
      if (controller.signal.aborted) {
        const located = plainError(
          "timeout",
          `${method} ${cellRequest.path} ran longer than ${seconds(limit)}, so the app was stopped and started again. Look for a loop that never ends in the view or a hook it runs.`,
        );
        this.#setStatus({ state: "error", error: located });
        await this.#restartAfter(run);
        // After the restart, so the message opens the new run's console rather than vanishing.
        this.#print({ stream: "stderr", text: `${located.message}\n` });
        throw new CellError(located);
      }
      // A dead process takes the side channel with it; its exit may be reported a moment later.
      if (run) await Promise.race([run.exited, delay(500)]);
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
  async #restartAfter(run: Run | undefined): Promise<void> {
    if (this.#restarting) return this.#restarting;
    if (run !== this.#run) return;
    await this.restart().catch(() => undefined);
  }

  async restart(): Promise<void> {
    if (this.#stopped)
      throw new CellError(plainError("engine", "The cell is stopped; run it again."));
    const run = (async () => {
      await this.#run?.kill();
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

  /** End the process and remove the cell's folder without reporting `stopped` (a failed start). */
  async discard(): Promise<void> {
    this.#stopped = true;
    await this.#run?.kill();
    await this.#options.container.fs
      .rm(this.#options.folder, { recursive: true, force: true })
      .catch(() => undefined);
  }
}
