/**
 * What a lesson page may do for its engine before the engine loads, while the learner reads:
 * start the preview origin's bridge (a small page there that registers the preview Service
 * Worker), so a first Run does not wait for that registration. The engine takes the bridge over
 * when it loads. Small on purpose: the page's first script imports it.
 */
import { PREVIEW_BRIDGE_ID, previewBridgeFrame, previewBridgeUrl } from "./worker/protocol.ts";

/**
 * Start the bridge on `previewOrigin` once per page; `enginePath` is the folder the engine's
 * files are served from on both origins (the worker engine's `base`).
 * @example warmPreviewOrigin("https://preview.kolba.example", "/engine/");
 */
export function warmPreviewOrigin(previewOrigin: string, enginePath = "/engine/"): void {
  if (document.getElementById(PREVIEW_BRIDGE_ID)) return;
  const frame = previewBridgeFrame(previewBridgeUrl(previewOrigin, enginePath, location.origin));
  window.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== previewOrigin || event.source !== frame.contentWindow) return;
    const data = event.data as { type?: string; message?: string } | null;
    if (data?.type === "kolba-preview-bridge-loaded") frame.dataset.loaded = "";
    else if (data?.type === "kolba-preview-bridge-ready") frame.dataset.ready = "";
    else if (data?.type === "kolba-preview-bridge-failed")
      frame.dataset.failed = data.message ?? "";
  });
  document.body.append(frame);
}
