/**
 * A cell running inside the page's WebContainer: spawns `node` on the bootstrap in the cell's
 * folder, waits for its two ports to open, forwards requests through the side channel,
 * enforces the request limit, restarts, stops.
 */
import { createCellResponse } from "../node-engine/cell-response.ts";
import type { BootstrapMessage } from "../node-engine/messages.ts";
import { exitSentence, notListening, RunningCellBase } from "../running-cell-base.ts";
import { CellError, plainError } from "../transpile/cell-error.ts";
import type {
  CellRequest,
  CellResponse,
  ConsoleChunk,
  DatabaseView,
  HeaderList,
  LocatedError,
  PreviewCookies,
  PreviewExchange,
  StartOptions,
} from "../types.ts";
import { b64decode as base64ToBytes, b64encode as bytesToBase64 } from "flask/runtime";
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
export class WebContainerRunningCell extends RunningCellBase<Run> {
  readonly engine = "webcontainer";
  #options: WebContainerCellOptions;
  #url = "";
  #sideUrl = "";
  #database: DatabaseView[] = [];

  constructor(options: WebContainerCellOptions) {
    super(options);
    this.#options = options;
  }

  /** What the app's databases held after the latest answer through the side channel. */
  override database(): DatabaseView[] {
    return this.#database;
  }

  /** The app's preview URL (open it in the pane's iframe). */
  get url(): string {
    return this.#url;
  }

  /**
   * Resolves at once: the container opens `url` only once the app listens, which `start`
   * waited for.
   */
  previewReady(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * The preview frame loads `url` from the WebContainer's own server, out of the page's sight,
   * so this engine never sees its requests: the listener is never called.
   */
  onPreviewExchange(_listener: (exchange: PreviewExchange) => void): () => void {
    return () => undefined;
  }

  /** None: the frame's cookies are the browser's, kept for the WebContainer's origin. */
  get previewCookies(): PreviewCookies | undefined {
    return undefined;
  }

  protected async launchRun(): Promise<void> {
    const { host, container, folder, appPort, sidePort } = this.#options;
    const limit = this.limits.readyMs;
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
    this.current = run;
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
        this.setStatus({ state: "error", error });
        void run.kill();
        reject(new CellError(error));
      };
      const check = () => {
        if (settled || !appUrl || !sideUrl) return;
        done();
        this.#url = appUrl;
        this.#sideUrl = sideUrl;
        this.setStatus({ state: "ready", url: appUrl, port: appPort });
        resolve();
      };
      const timer = setTimeout(() => fail(notListening(limit)), limit);
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
          const tail = this.outputTail(OUTPUT_TAIL);
          const message = `The app ${exitSentence(code)} before it started listening.${tail ? `\n${tail}` : ""}`;
          fail(crash ?? plainError("startup", message));
          return;
        }
        if (this.current !== run || this.stopped || this.restarting) return;
        const tail = this.outputTail(OUTPUT_TAIL);
        this.setStatus({
          state: "crashed",
          error:
            crash ??
            plainError("crash", `The app ${exitSentence(code)}.${tail ? `\n${tail}` : ""}`),
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
              else if (message.type === "ready") this.setRoutes(message.routes);
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
      if (this.current === run) for (const chunk of chunks) this.print(chunk);
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
    await this.ready();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.limits.requestMs);
    const run = this.current;
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
        if (value.database) this.#database = value.database;
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
      if (controller.signal.aborted) return await this.timedOut(cellRequest, run);
      // A dead process takes the side channel with it; its exit may be reported a moment later.
      if (run) await Promise.race([run.exited, delay(500)]);
      this.requestFailed(cellRequest, error);
    } finally {
      clearTimeout(timer);
    }
  }

  protected async endRun(): Promise<void> {
    await this.current?.kill();
  }

  protected async release(): Promise<void> {
    await this.#options.container.fs
      .rm(this.#options.folder, { recursive: true, force: true })
      .catch(() => undefined);
  }
}
