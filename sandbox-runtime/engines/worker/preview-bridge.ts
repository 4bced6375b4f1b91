/**
 * The preview bridge: a hidden page on the preview origin, framed by the lesson page. It
 * registers the preview Service Worker and relays its requests to the
 * lesson page, whose origin it reads from its own URL fragment; the lesson page answers on the
 * MessagePort each request carries.
 */
import { PREVIEW_SEGMENT, type PreviewControl } from "./protocol.ts";

const parentOrigin = decodeURIComponent(location.hash.slice(1));

async function activate(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker || worker.state === "activated") return;
  await new Promise<void>((resolve) => {
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated") resolve();
    });
  });
}

const CONTROLS = new Set<PreviewControl["type"]>([
  "kolba-preview-route",
  "kolba-preview-unroute",
  "kolba-preview-abandon",
]);

async function main(): Promise<void> {
  if (!parentOrigin || window.parent === window) return;
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
    if (event.data?.type !== "kolba-preview-request") return;
    window.parent.postMessage(event.data, parentOrigin, [...event.ports]);
  });
  let active: ServiceWorker | null = null;
  // The lesson page's routes straight to its cell Workers (and what it answers in their place)
  // go on to the Service Worker, ports and all.
  window.addEventListener("message", (event: MessageEvent<PreviewControl>) => {
    if (event.source !== window.parent || event.origin !== parentOrigin) return;
    if (!CONTROLS.has(event.data?.type)) return;
    const port = event.data.type === "kolba-preview-route" ? [event.data.port] : [];
    active?.postMessage(event.data, port);
  });
  navigator.serviceWorker.startMessages();
  try {
    const script = new URL("preview-sw.js", location.href).href;
    const previews = new URL(`${PREVIEW_SEGMENT}/`, location.href).pathname;
    let registration: ServiceWorkerRegistration;
    // On an origin of its own the preview may take the whole origin, so root-relative links
    // in a previewed page stay in the preview; that needs `Service-Worker-Allowed: /` on the
    // script. Sharing the lesson's origin, it must never control the lesson pages.
    if (parentOrigin !== location.origin) {
      registration = await navigator.serviceWorker
        .register(script, { scope: "/" })
        .catch(() => navigator.serviceWorker.register(script, { scope: previews }));
    } else {
      registration = await navigator.serviceWorker.register(script, { scope: previews });
    }
    await activate(registration);
    active = registration.active;
    // An update replaces the Service Worker; routes then go to the new one.
    registration.addEventListener("updatefound", () => {
      const next = registration.installing;
      next?.addEventListener("statechange", () => {
        if (next.state === "activated") active = next;
      });
    });
    window.parent.postMessage({ type: "kolba-preview-bridge-ready" }, parentOrigin);
  } catch (error) {
    window.parent.postMessage(
      {
        type: "kolba-preview-bridge-failed",
        message: error instanceof Error ? error.message : String(error),
      },
      parentOrigin,
    );
  }
}

void main();
