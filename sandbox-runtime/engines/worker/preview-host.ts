/**
 * The lesson page's end of the preview: a hidden bridge iframe on the preview origin registers
 * the preview Service Worker and relays its requests here; this routes each to the running
 * cell it names and answers over the request's MessagePort.
 */
import type {
  BridgeLoaded,
  BridgeReady,
  PreviewControl,
  PreviewReply,
  PreviewRequest,
  WireResponse,
  WorkerEnd,
  WorkerFailed,
  WorkerOpen,
} from "./protocol.ts";
import {
  PREVIEW_BRIDGE_ATTRIBUTE,
  PREVIEW_BRIDGE_SANDBOX,
  PREVIEW_SEGMENT,
  previewBridgeFrame,
  previewBridgeUrl,
} from "./protocol.ts";

/** Where the engine's files are and which origin serves previews. */
export interface PreviewHostOptions {
  /** The engine's folder URL, ending in `/` (e.g. `https://kolba.example/engine/`). */
  base: string;
  /** The origin previews load from; a different origin isolates them from the lesson page. */
  origin: string;
  /** Longest wait for the Service Worker to activate. Default 15000 ms. */
  readyTimeoutMs?: number;
}

type Handler = (request: PreviewRequest) => Promise<WireResponse>;

/**
 * Serves previews for the cells of one page.
 * @example
 * const host = new PreviewHost({ base: new URL("/engine/", location.href).href, origin: location.origin });
 * await host.ready();
 */
export class PreviewHost {
  #options: PreviewHostOptions;
  #cells = new Map<string, Handler>();
  #ready: Promise<void> | undefined;
  #bridge: HTMLIFrameElement | undefined;
  #disposed = false;
  /** Resolves once the bridge's script runs (cell Workers may open), rejects if it never does. */
  #loaded: Promise<void> | undefined;
  #markLoaded: (() => void) | undefined;
  #workerFailures = new Map<string, (message: string) => void>();
  #nextWorker = 1;

  constructor(options: PreviewHostOptions) {
    this.#options = options;
  }

  /** The engine folder's path on the preview origin (`/engine/`). */
  get #basePath(): string {
    return new URL(this.#options.base).pathname;
  }

  /** The path prefix of a cell's preview, without the trailing `/`. */
  prefixFor(cellId: string): string {
    return `${this.#basePath}${PREVIEW_SEGMENT}/${cellId}`;
  }

  /** The URL of a cell's preview (its `/`). */
  urlFor(cellId: string): string {
    return `${this.#options.origin}${this.prefixFor(cellId)}/`;
  }

  /** Serve a cell's preview requests with `handler`; returns the function that stops it. */
  register(cellId: string, handler: Handler): () => void {
    this.#cells.set(cellId, handler);
    return () => {
      if (this.#cells.get(cellId) === handler) this.#cells.delete(cellId);
    };
  }

  /**
   * Send `cellId`'s preview requests over `port`, straight to its cell Worker (the Worker holds
   * the other end); the page is asked only for what the Worker leaves to it. Done once previews
   * load; a port given while the bridge is not ready is closed.
   */
  route(cellId: string, port: MessagePort): void {
    this.#control({ type: "kolba-preview-route", cellId, port }, port);
  }

  /** `cellId` stopped: its requests come to the page again (which no longer serves it). */
  unroute(cellId: string): void {
    this.#control({ type: "kolba-preview-unroute", cellId });
  }

  /** Answer request `id`, which a cell Worker took up but will not answer, with `reply`. */
  abandon(id: string, reply: WireResponse): void {
    this.#control({ type: "kolba-preview-abandon", id, reply }, reply.body.buffer as ArrayBuffer);
  }

  /**
   * Start a cell Worker in the bridge frame, on the preview origin, connected to `port`;
   * `onFail` hears if its script cannot load. Returns the function that ends it. Rejects (and
   * closes nothing) if the bridge never loads, so the caller may place the Worker elsewhere.
   */
  async openWorker(port: MessagePort, onFail: (message: string) => void): Promise<() => void> {
    await this.loaded();
    const target = this.#bridge?.contentWindow;
    if (!target || this.#disposed) throw new Error("The preview bridge is gone.");
    const id = `w${this.#nextWorker++}`;
    this.#workerFailures.set(id, onFail);
    const open: WorkerOpen = { type: "kolba-worker-open", id, port };
    target.postMessage(open, this.#options.origin, [port]);
    return () => {
      this.#workerFailures.delete(id);
      const end: WorkerEnd = { type: "kolba-worker-end", id };
      this.#bridge?.contentWindow?.postMessage(end, this.#options.origin);
    };
  }

  /** Resolves once the bridge's script runs; the Service Worker may still be starting. */
  loaded(): Promise<void> {
    const ready = this.ready();
    this.#loaded ??= Promise.race([
      new Promise<void>((resolve) => {
        this.#markLoaded = resolve;
        if (this.#bridge?.dataset.loaded !== undefined) resolve();
      }),
      ready,
    ]);
    return this.#loaded;
  }

  #control(message: PreviewControl, transfer?: Transferable): void {
    if (this.#disposed) {
      if (transfer instanceof MessagePort) transfer.close();
      return;
    }
    this.ready().then(
      () => {
        const target = this.#bridge?.contentWindow;
        if (target) target.postMessage(message, this.#options.origin, transfer ? [transfer] : []);
        else if (transfer instanceof MessagePort) transfer.close();
      },
      () => {
        if (transfer instanceof MessagePort) transfer.close();
      },
    );
  }

  /** Resolves once the Service Worker is active and previews load. */
  ready(): Promise<void> {
    this.#ready ??= this.#start();
    return this.#ready;
  }

  #start(): Promise<void> {
    const { origin } = this.#options;
    const bridgeUrl = previewBridgeUrl(origin, this.#basePath, location.origin);
    // The page may have started the bridge already, before its engine loaded: take it over.
    const started = [
      ...document.querySelectorAll<HTMLIFrameElement>(`iframe[${PREVIEW_BRIDGE_ATTRIBUTE}]`),
    ].find(
      (frame) =>
        frame.dataset.kolbaWarm !== undefined &&
        frame.src === bridgeUrl &&
        frame.getAttribute("sandbox") === PREVIEW_BRIDGE_SANDBOX,
    );
    const adopted = started !== undefined;
    if (started) delete started.dataset.kolbaWarm;
    const frame = started ?? previewBridgeFrame(bridgeUrl);
    this.#bridge = frame;
    const limit = this.#options.readyTimeoutMs ?? 15_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`The preview Service Worker did not start within ${limit / 1000} s.`)),
        limit,
      );
      window.addEventListener("message", (event: MessageEvent) => {
        if (event.origin !== origin || event.source !== frame.contentWindow) return;
        const data = event.data as
          | BridgeLoaded
          | BridgeReady
          | PreviewRequest
          | WorkerFailed
          | { type: "kolba-preview-bridge-failed"; message: string };
        if (data?.type === "kolba-preview-bridge-loaded") {
          frame.dataset.loaded = "";
          this.#markLoaded?.();
        } else if (data?.type === "kolba-worker-failed") {
          this.#workerFailures.get(data.id)?.(data.message);
        } else if (data?.type === "kolba-preview-bridge-ready") {
          clearTimeout(timer);
          resolve();
        } else if (data?.type === "kolba-preview-bridge-failed") {
          clearTimeout(timer);
          reject(new Error(`The preview Service Worker could not start: ${data.message}`));
        } else if (data?.type === "kolba-preview-request") {
          const port = event.ports[0];
          if (port) void this.#answer(data, port);
        }
      });
      if (!adopted) document.body.append(frame);
      else if (frame.dataset.ready !== undefined) {
        clearTimeout(timer);
        resolve();
      } else if (frame.dataset.failed !== undefined) {
        clearTimeout(timer);
        reject(new Error(`The preview Service Worker could not start: ${frame.dataset.failed}`));
      }
    });
  }

  async #answer(request: PreviewRequest, port: MessagePort): Promise<void> {
    const handler = this.#cells.get(request.cellId);
    if (!handler) {
      port.postMessage({ type: "miss" } satisfies PreviewReply);
      return;
    }
    const response = await handler(request);
    port.postMessage({ type: "response", ...response } satisfies PreviewReply, [
      response.body.buffer as ArrayBuffer,
    ]);
  }

  /** Remove the bridge iframe. */
  dispose(): void {
    this.#disposed = true;
    this.#bridge?.remove();
    this.#bridge = undefined;
    this.#ready = undefined;
    this.#loaded = undefined;
  }
}
