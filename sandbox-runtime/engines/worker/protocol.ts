/**
 * The messages the worker engine's pieces exchange: the page and its cell Worker, and the page
 * and the preview Service Worker (through the preview bridge). Plain data only, so every
 * message survives `postMessage`.
 */
import type { CellFiles } from "../cell.ts";
import type { TranspiledCell } from "../transpile/transpile-cell.ts";
import type { StoredCookie } from "../cookie-jar.ts";
import type { PreviewScheme } from "./preview-response.ts";
import type {
  CellRoute,
  CellTestReport,
  DatabaseView,
  HeaderList,
  LocatedError,
} from "../types.ts";

/** Page → Worker: run these files. */
export interface StartMessage {
  type: "start";
  files: CellFiles;
  /** The files already transpiled, used only if made from exactly `files`. */
  prebuilt?: TranspiledCell;
  /** Run the cell's tests instead of serving it. */
  tests?: boolean;
  /**
   * Prepare the cell ahead of its Run: load and evaluate it now, its timers held until `claim`
   * (what it prints is held by the page until then too).
   */
  prepare?: boolean;
}

/** Page → Worker: the Run came for the prepared cell; its timers start now. */
export interface ClaimMessage {
  type: "claim";
}

/** Page → Worker: answer one request. */
export interface RequestMessage {
  type: "request";
  id: number;
  method: string;
  path: string;
  headers: HeaderList;
  body: Uint8Array | null;
  /** The prefix the app is mounted under in the preview (WSGI `SCRIPT_NAME`). */
  scriptRoot?: string;
}

/** Page → Worker: exercise the transpiler and the port once, so the next start runs warm code. */
export interface WarmMessage {
  type: "warm";
}

/**
 * Page → Worker: answer the preview's requests that arrive on `port`, whose other end the
 * preview Service Worker holds, straight from the Worker (the lesson page is told afterwards).
 */
export interface PreviewPortMessage {
  type: "preview-port";
  port: MessagePort;
  /** The prefix the app is mounted under in the preview (WSGI `SCRIPT_NAME`). */
  prefix: string;
  scheme: PreviewScheme;
  /** The preview's cookie jar as the page holds it. */
  cookies: StoredCookie[];
}

/** Page → Worker: preview documents are shown in this scheme from now on. */
export interface PreviewSchemeMessage {
  type: "preview-scheme";
  scheme: PreviewScheme;
}

/** Page → Worker: the page changed the preview's cookie jar; this is what it holds now. */
export interface JarMessage {
  type: "jar";
  cookies: StoredCookie[];
}

/** Everything the page sends its Worker. */
export type ToWorker =
  | StartMessage
  | RequestMessage
  | WarmMessage
  | ClaimMessage
  | PreviewPortMessage
  | PreviewSchemeMessage
  | JarMessage;

/** One preview request a Worker answered by itself, as it tells the page afterwards. */
export interface WireExchange {
  method: string;
  path: string;
  /** The request headers the app received (the jar's `Cookie` included). */
  headers: HeaderList;
  /** What the frame got. */
  served: { status: number; statusText: string; headers: HeaderList };
  /** The app's whole answer, or none when it failed. */
  response?: WireResponse;
  ms: number;
}

/** A response as it crosses `postMessage`: the raw header list keeps every `Set-Cookie`. */
export interface WireResponse {
  status: number;
  statusText: string;
  headers: HeaderList;
  body: Uint8Array;
}

/** Everything a Worker tells its page. */
export type FromWorker =
  | { type: "loaded" }
  | { type: "console"; stream: "stdout" | "stderr"; text: string }
  | {
      type: "ready";
      port: number;
      transpileMs: number;
      evaluateMs: number;
      routes: CellRoute[];
    }
  | { type: "error"; error: LocatedError }
  | { type: "crashed"; error: LocatedError }
  | { type: "tests"; report: CellTestReport }
  | ({ type: "response"; id: number; database?: DatabaseView[] } & WireResponse)
  | { type: "request-failed"; id: number; message: string }
  /** A preview request came straight from the Service Worker and the app took it up. */
  | { type: "preview-begin"; id: string; method: string; path: string; headers: HeaderList }
  /** …and was answered; the jar and the databases as they are after it. */
  | {
      type: "preview-exchange";
      id: string;
      exchange: WireExchange;
      cookies: StoredCookie[];
      database?: DatabaseView[];
    };

/** Service Worker → page: a request the preview iframe made. */
export interface PreviewRequest {
  type: "kolba-preview-request";
  cellId: string;
  /**
   * The Service Worker had no route straight to the cell's Worker (it was restarted and lost
   * it): the page may give it one again.
   */
  unrouted?: boolean;
  method: string;
  /** The app's path with query string, the preview prefix removed. */
  path: string;
  headers: HeaderList;
  body: Uint8Array | null;
}

/** Page (or a cell Worker) → Service Worker: the answer, or `miss` when it does not run that cell. */
export type PreviewReply = ({ type: "response" } & WireResponse) | { type: "miss" };

/** Service Worker → cell Worker, over a preview port: one request, answered on its own port. */
export interface DirectPreviewRequest extends PreviewRequest {
  /** The Service Worker's name for it (`PreviewAbandon` answers it in the Worker's place). */
  id: string;
}

/**
 * Page → Service Worker (through the bridge): send the requests of `cellId`'s preview over
 * `port`, straight to its cell Worker.
 */
export interface PreviewRoute {
  type: "kolba-preview-route";
  cellId: string;
  port: MessagePort;
}

/** Page → Service Worker: `cellId` has stopped; its requests go through the page again. */
export interface PreviewUnroute {
  type: "kolba-preview-unroute";
  cellId: string;
}

/**
 * Page → Service Worker: the Worker that took up request `id` will not answer it (it ran past
 * the time limit, or was stopped): answer it with `reply`.
 */
export interface PreviewAbandon {
  type: "kolba-preview-abandon";
  id: string;
  reply: WireResponse;
}

/** What the page asks of the Service Worker through the bridge. */
export type PreviewControl = PreviewRoute | PreviewUnroute | PreviewAbandon;

/**
 * Page → bridge: start a cell Worker on the preview origin, its line to the page on `port`
 * (the learner's code then runs where the lesson's origin keeps nothing).
 */
export interface WorkerOpen {
  type: "kolba-worker-open";
  id: string;
  port: MessagePort;
}

/**
 * Page → bridge: start loading a cell Worker now, before the engine asks for one (the learner
 * came to a cell); the first `kolba-worker-open` takes it.
 */
export interface WorkerSpare {
  type: "kolba-worker-spare";
}

/** Page → bridge: end the cell Worker `id` at once. */
export interface WorkerEnd {
  type: "kolba-worker-end";
  id: string;
}

/** Bridge → page: the cell Worker `id` could not load its script. */
export interface WorkerFailed {
  type: "kolba-worker-failed";
  id: string;
  message: string;
}

/** Bridge → page: its script runs, so cell Workers may open (the Service Worker may be starting). */
export interface BridgeLoaded {
  type: "kolba-preview-bridge-loaded";
}

/** Bridge → page: the Service Worker is active and previews can load. */
export interface BridgeReady {
  type: "kolba-preview-bridge-ready";
}

/**
 * The attribute every bridge iframe carries, its preview origin as the value; one the page
 * started before its engine loaded also has `data-kolba-warm` (and `data-loaded`, `data-ready`
 * once the bridge said so, `data-failed` with the reason), and the engine's `PreviewHost` for
 * that origin adopts it.
 */
export const PREVIEW_BRIDGE_ATTRIBUTE = "data-kolba-bridge";

/** The URL of the preview bridge page for a lesson page on `pageOrigin`. */
export function previewBridgeUrl(previewOrigin: string, basePath: string, pageOrigin: string) {
  return `${previewOrigin}${basePath}preview-bridge.html#${encodeURIComponent(pageOrigin)}`;
}

/** The path segment preview URLs live under, below the engine's base. */
export const PREVIEW_SEGMENT = "preview";

/**
 * What the bridge frame may do: run its script and be its origin's (to register the Service
 * Worker and talk to it). Nothing more — no popups, modals, downloads or top navigation — so
 * code that reaches it from a preview on the same origin cannot act on the lesson page through it.
 */
export const PREVIEW_BRIDGE_SANDBOX = "allow-scripts allow-same-origin";

/**
 * The hidden bridge frame, sandboxed, not yet in the page.
 * @example document.body.append(previewBridgeFrame(url));
 */
export function previewBridgeFrame(src: string): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.setAttribute(PREVIEW_BRIDGE_ATTRIBUTE, new URL(src).origin);
  frame.hidden = true;
  frame.title = "Kolba preview bridge";
  frame.setAttribute("sandbox", PREVIEW_BRIDGE_SANDBOX);
  frame.src = src;
  return frame;
}

/**
 * A cell Worker from `script` (wherever the page or the bridge makes one); `onFail` hears, in
 * the page's words, if its script cannot load. It waits for its port (`connectCellWorker`).
 * @example const worker = newCellWorker("/engine/cell-worker.js", (message) => report(message));
 */
export function newCellWorker(script: string, onFail: (message: string) => void): Worker {
  const worker = new Worker(script, { type: "module", name: "kolba-cell" });
  worker.addEventListener("error", (event) => {
    // Only a script that failed to load reaches here; the Worker reports its own errors.
    event.preventDefault();
    onFail(
      `The cell Worker could not load ${script}: ${event.message || "network or script error"}.`,
    );
  });
  return worker;
}

/** Hand a cell Worker the port the page speaks to it over (see `cell-channel.ts`). */
export function connectCellWorker(worker: Worker, port: MessagePort): void {
  worker.postMessage({ type: "connect", port }, [port]);
}
