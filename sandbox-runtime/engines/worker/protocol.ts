/**
 * The messages the worker engine's pieces exchange: the page and its cell Worker, and the page
 * and the preview Service Worker (through the preview bridge). Plain data only, so every
 * message survives `postMessage`.
 */
import type { CellFiles } from "../cell.ts";
import type { TranspiledCell } from "../transpile/transpile-cell.ts";
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

/** Everything the page sends its Worker. */
export type ToWorker = StartMessage | RequestMessage | WarmMessage;

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
  | { type: "request-failed"; id: number; message: string };

/** Service Worker → page: a request the preview iframe made. */
export interface PreviewRequest {
  type: "kolba-preview-request";
  cellId: string;
  method: string;
  /** The app's path with query string, the preview prefix removed. */
  path: string;
  headers: HeaderList;
  body: Uint8Array | null;
}

/** Page → Service Worker: the answer, or `miss` when this page does not run that cell. */
export type PreviewReply = ({ type: "response" } & WireResponse) | { type: "miss" };

/** Bridge → page: the Service Worker is active and previews can load. */
export interface BridgeReady {
  type: "kolba-preview-bridge-ready";
}

/**
 * The `id` of a bridge iframe a page may start before its engine loads (`data-ready` once the
 * bridge said so, `data-failed` with the reason); the engine's `PreviewHost` adopts it.
 */
export const PREVIEW_BRIDGE_ID = "kolba-preview-bridge";

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
  frame.id = PREVIEW_BRIDGE_ID;
  frame.hidden = true;
  frame.title = "Kolba preview bridge";
  frame.setAttribute("sandbox", PREVIEW_BRIDGE_SANDBOX);
  frame.src = src;
  return frame;
}
