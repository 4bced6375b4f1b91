/**
 * The preview bridge: a hidden page on the preview origin, framed by the lesson page. It
 * registers the preview Service Worker (scoped to the previews) and relays its requests to the
 * lesson page, whose origin it reads from its own URL fragment; the lesson page answers on the
 * MessagePort each request carries.
 */
import { PREVIEW_SEGMENT } from "./protocol.ts";

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

async function main(): Promise<void> {
  if (!parentOrigin || window.parent === window) return;
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
    if (event.data?.type !== "kolba-preview-request") return;
    window.parent.postMessage(event.data, parentOrigin, [...event.ports]);
  });
  navigator.serviceWorker.startMessages();
  try {
    const registration = await navigator.serviceWorker.register(
      new URL("preview-sw.js", location.href).href,
      { scope: new URL(`${PREVIEW_SEGMENT}/`, location.href).pathname },
    );
    await activate(registration);
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
