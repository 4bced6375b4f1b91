/**
 * The page's handle on one cell Worker: starts it, waits for the port to load, sends the cell
 * and its requests, and ends it. Ending it (`terminate`) is how a runaway request is stopped:
 * a Worker stuck in a loop cannot be interrupted any other way.
 *
 * The page speaks to the Worker over a `MessagePort`, wherever the Worker runs (a `WorkerPlace`):
 * in the bridge frame on the preview origin, so the learner's code holds nothing of the lesson's
 * origin, or in the page itself when previews share the lesson's origin.
 */
import type { CellFiles } from "../cell.ts";
import type { TranspiledCell } from "../transpile/transpile-cell.ts";
import type { DatabaseView } from "../types.ts";
import type { StoredCookie } from "../cookie-jar.ts";
import type { PreviewScheme } from "./preview-response.ts";
import { connectCellWorker, newCellWorker } from "./protocol.ts";
import type {
  ClaimMessage,
  FromWorker,
  PreviewPortMessage,
  RequestMessage,
  StartMessage,
  ToWorker,
  WireResponse,
} from "./protocol.ts";

/** What a Worker reports besides responses. */
export type WorkerEvent = Exclude<
  FromWorker,
  { type: "response" } | { type: "request-failed" } | { type: "loaded" }
>;

/**
 * Where cell Workers are created. `open` starts one connected to `port` (sent to it as
 * `{ type: "connect", port }`), calls `onFail` if its script cannot load, and returns the
 * function that ends it.
 */
export interface WorkerPlace {
  open(port: MessagePort, onFail: (message: string) => void): () => void;
}

/**
 * Cell Workers of this document, from `scriptUrl`.
 * @example new CellWorkerHost(localWorkers("/engine/cell-worker.js"));
 */
export function localWorkers(scriptUrl: string): WorkerPlace {
  return {
    open(port, onFail) {
      const worker = newCellWorker(scriptUrl, onFail);
      connectCellWorker(worker, port);
      return () => worker.terminate();
    },
  };
}

interface Pending {
  resolve(response: AnsweredRequest): void;
  reject(error: Error): void;
}

/**
 * A cell Worker.
 * @example
 * const host = new CellWorkerHost(localWorkers("/engine/cell-worker.js"));
 * host.onEvent((event) => console.log(event));
 * host.start({ "app.ts": source });
 */
/** The app's answer, and what its databases held right after it (a cell with any). */
export type AnsweredRequest = WireResponse & { database?: DatabaseView[] };

export class CellWorkerHost {
  #worker: MessagePort;
  #end: () => void;
  #loaded: Promise<void>;
  #pending = new Map<number, Pending>();
  #nextId = 1;
  #listener: ((event: WorkerEvent) => void) | undefined;
  #early: WorkerEvent[] = [];
  #ended = false;
  #markSettled: (() => void) | undefined;
  #settled = new Promise<void>((resolve) => {
    this.#markSettled = resolve;
  });

  constructor(place: WorkerPlace, options: { warm?: boolean } = {}) {
    const channel = new MessageChannel();
    this.#worker = channel.port1;
    if (options.warm) this.#worker.postMessage({ type: "warm" });
    let failed: (message: string) => void = () => undefined;
    this.#loaded = new Promise((resolve, reject) => {
      failed = (message) => reject(new Error(message));
      this.#worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === "loaded") resolve();
        else if (message.type === "response") {
          const { type: _type, id, ...response } = message;
          this.#settle(id)?.resolve(response);
        } else if (message.type === "request-failed") {
          this.#settle(message.id)?.reject(new Error(message.message));
        } else {
          if (message.type !== "console") this.#markSettled?.();
          if (this.#listener) this.#listener(message);
          else this.#early.push(message);
        }
      });
    });
    this.#worker.start();
    this.#end = place.open(channel.port2, (message) => failed(message));
    this.#loaded.catch(() => undefined);
  }

  /** Resolves once the port is loaded and the Worker waits for a cell. */
  get loaded(): Promise<void> {
    return this.#loaded;
  }

  /**
   * Resolves once the cell it was given is ready, failed or crashed, or reported its tests (seen
   * even before anyone listens: the events themselves still wait for `onEvent`).
   */
  get settled(): Promise<void> {
    return this.#settled;
  }

  /** True once terminated. */
  get ended(): boolean {
    return this.#ended;
  }

  #settle(id: number): Pending | undefined {
    const pending = this.#pending.get(id);
    this.#pending.delete(id);
    return pending;
  }

  /** Listen for console output, ready, errors and crashes (events sent earlier are replayed). */
  onEvent(listener: (event: WorkerEvent) => void): void {
    this.#listener = listener;
    for (const event of this.#early.splice(0)) listener(event);
  }

  /**
   * Send the cell's files (and, if known, their transpiled form); the Worker runs them, or
   * their tests. `prepare`: run them ahead of the Run, their timers held until `claim`.
   */
  start(files: CellFiles, prebuilt?: TranspiledCell, tests = false, prepare = false): void {
    const message: StartMessage = {
      type: "start",
      files,
      ...(prebuilt ? { prebuilt } : {}),
      ...(tests ? { tests } : {}),
      ...(prepare ? { prepare } : {}),
    };
    this.#worker.postMessage(message);
  }

  /**
   * Let the preview's requests that arrive on `port` (its other end goes to the preview Service
   * Worker) be answered by the Worker itself.
   */
  connectPreview(
    port: MessagePort,
    prefix: string,
    scheme: PreviewScheme,
    cookies: StoredCookie[],
  ): void {
    if (this.#ended) {
      port.close();
      return;
    }
    const message: PreviewPortMessage = { type: "preview-port", port, prefix, scheme, cookies };
    this.#worker.postMessage(message, [port]);
  }

  /** Preview documents are shown in `scheme` from now on. */
  setPreviewScheme(scheme: PreviewScheme): void {
    if (!this.#ended)
      this.#worker.postMessage({ type: "preview-scheme", scheme } satisfies ToWorker);
  }

  /** The page's copy of the preview's jar changed: the Worker's copy becomes the same. */
  setCookies(cookies: StoredCookie[]): void {
    if (!this.#ended) this.#worker.postMessage({ type: "jar", cookies } satisfies ToWorker);
  }

  /** The Run came for the cell prepared with `start(…, prepare)`: its timers start now. */
  claim(): void {
    if (!this.#ended) this.#worker.postMessage({ type: "claim" } satisfies ClaimMessage);
  }

  /** Send one request; resolves with the app's answer. */
  request(request: Omit<RequestMessage, "type" | "id">): Promise<AnsweredRequest> {
    if (this.#ended) return Promise.reject(new Error("The cell Worker has ended."));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const message: RequestMessage = { type: "request", id, ...request };
      this.#worker.postMessage(message);
    });
  }

  /** End the Worker at once, whatever it is doing; pending requests fail. */
  terminate(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#end();
    this.#worker.close();
    this.#markSettled?.();
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id);
      pending.reject(new Error("The cell Worker was stopped."));
    }
  }
}
