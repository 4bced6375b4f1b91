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
 * Start the bridge on `previewOrigin` (the origin the cells' Workers are made on) once per
 * page, unless the engine has one there already; `enginePath` is the folder the engine's files
 * are served from on both origins (the worker engine's `base`).
 * @example warmPreviewOrigin("https://preview.kolba.example", "/engine/");
 */
export function warmPreviewOrigin(previewOrigin: string, enginePath = "/engine/"): void {
  if (bridge || document.querySelector(`iframe[${PREVIEW_BRIDGE_ATTRIBUTE}="${previewOrigin}"]`))
    return;
  const frame = previewBridgeFrame(previewBridgeUrl(previewOrigin, enginePath, location.origin));
  frame.dataset.kolbaWarm = "";
  window.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== previewOrigin || event.source !== frame.contentWindow) return;
    const data = event.data as { type?: string; message?: string } | null;
    if (data?.type === "kolba-preview-bridge-loaded") {
      frame.dataset.loaded = "";
      askForSpare();
    } else if (data?.type === "kolba-preview-bridge-ready") frame.dataset.ready = "";
    else if (data?.type === "kolba-preview-bridge-failed")
      frame.dataset.failed = data.message ?? "";
  });
  bridge = { frame, origin: previewOrigin };
  document.body.append(frame);
}
