/**
 * What a lesson page may do for its engine before the engine loads, while the learner reads:
 * start the preview origin's bridge (a small page there that registers the preview Service
 * Worker), so a first Run does not wait for that registration. The engine takes the bridge over
 * when it loads. Small on purpose: the page's first script imports it.
 */
import {
  PREVIEW_BRIDGE_ATTRIBUTE,
  previewBridgeFrame,
  previewBridgeUrl,
} from "./worker/protocol.ts";

let spareWanted = false;
let bridge: { frame: HTMLIFrameElement; origin: string } | null = null;

function askForSpare(): void {
  if (!bridge || bridge.frame.dataset.loaded === undefined || !spareWanted) return;
  bridge.frame.contentWindow?.postMessage({ type: "kolba-worker-spare" }, bridge.origin);
}

/**
 * The learner came to a cell: have the bridge start loading a cell Worker on the preview origin
 * now, while the engine's own code loads (once per page; not when previews share the lesson's
 * origin, where the engine makes its Workers itself).
 * @example warmCellWorker();
 */
export function warmCellWorker(): void {
  if (spareWanted || !bridge || bridge.origin === location.origin) return;
  spareWanted = true;
  askForSpare();
}

/**
 * Start a bridge on `origin`, unless one is there already (the page's or its engine's).
 */
function startBridge(origin: string, enginePath: string): HTMLIFrameElement | null {
  const there = document.querySelector(
    `iframe[${PREVIEW_BRIDGE_ATTRIBUTE}="${CSS.escape(origin)}"]`,
  );
  if (there) return null;
  const frame = previewBridgeFrame(previewBridgeUrl(origin, enginePath, location.origin));
  frame.dataset.kolbaWarm = "";
  window.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const data = event.data as { type?: string; message?: string } | null;
    if (data?.type === "kolba-preview-bridge-loaded") {
      frame.dataset.loaded = "";
      if (frame === bridge?.frame) askForSpare();
    } else if (data?.type === "kolba-preview-bridge-ready") frame.dataset.ready = "";
    else if (data?.type === "kolba-preview-bridge-failed")
      frame.dataset.failed = data.message ?? "";
  });
  document.body.append(frame);
  return frame;
}

/**
 * Start the bridge on `previewOrigin` (the origin the cells' Workers are made on) once per
 * page; `enginePath` is the folder the engine's files are served from on both origins (the
 * worker engine's `base`).
 * @example warmPreviewOrigin("https://preview.kolba.example", "/engine/");
 */
export function warmPreviewOrigin(previewOrigin: string, enginePath = "/engine/"): void {
  if (bridge) return;
  const frame = startBridge(previewOrigin, enginePath);
  if (frame) bridge = { frame, origin: previewOrigin };
}

/**
 * The learner came to a cell whose previews have an origin of their own: start that origin's
 * bridge now, so its Service Worker is registered before the first Run (once per origin).
 * @example warmCellPreview("https://routing--converters.preview.kolba.example", "/engine/");
 */
export function warmCellPreview(origin: string, enginePath = "/engine/"): void {
  startBridge(origin, enginePath);
}
