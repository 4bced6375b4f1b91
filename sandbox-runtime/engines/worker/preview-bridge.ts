/**
 * The preview bridge: a hidden page on the preview origin, framed by the lesson page. It
 * registers the preview Service Worker and relays its requests to the
 * lesson page, whose origin it reads from its own URL fragment; the lesson page answers on the
 * MessagePort each request carries. It also creates the cell Workers the lesson page asks for,
 * so a learner's code runs on the preview origin, and hands each the page's port.
 */
import {
  connectCellWorker,
  newCellWorker,
  PREVIEW_BRIDGE_SANDBOX,
  PREVIEW_SEGMENT,
  type PreviewControl,
  type WorkerEnd,
  type WorkerFailed,
  type WorkerOpen,
  type WorkerSpare,
} from "./protocol.ts";

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

/** How often the bridge checks that the preview Service Worker is still registered. */
const RECHECK_MS = 1000;

const CONTROLS = new Set<PreviewControl["type"]>([
  "kolba-preview-route",
  "kolba-preview-unroute",
  "kolba-preview-abandon",
]);

/** A cell Worker this bridge created, and the page's id for it once the page took it. */
interface BridgeWorker {
  worker: Worker;
  id: string | null;
  /** Why its script did not load, if it failed before the page took it. */
  failure: string | null;
}

/** The cell Workers the page took, by its id. */
const workers = new Map<string, BridgeWorker>();

/** A Worker started ahead of the page's first ask (`kolba-worker-spare`), not yet taken. */
let spare: BridgeWorker | null = null;

function startWorker(): BridgeWorker {
  // A load failure comes later, as an event: by then `created` exists.
  const failed = (message: string) => {
    created.failure = message;
    if (created.id !== null) reportFailure(created);
  };
  const script = new URL("cell-worker.js", location.href).href;
  const created: BridgeWorker = { worker: newCellWorker(script, failed), id: null, failure: null };
  return created;
}

function reportFailure(failed: BridgeWorker): void {
  const message: WorkerFailed = {
    type: "kolba-worker-failed",
    id: failed.id!,
    message: failed.failure!,
  };
  window.parent.postMessage(message, parentOrigin);
}

/** Start, take or end a cell Worker for the lesson page. */
function workerControl(message: WorkerOpen | WorkerEnd | WorkerSpare): void {
  if (message.type === "kolba-worker-spare") {
    spare ??= startWorker();
    return;
  }
  if (message.type === "kolba-worker-end") {
    workers.get(message.id)?.worker.terminate();
    workers.delete(message.id);
    return;
  }
  if (!(message.port instanceof MessagePort) || workers.has(message.id)) return;
  const taken = spare ?? startWorker();
  spare = null;
  taken.id = message.id;
  connectCellWorker(taken.worker, message.port);
  workers.set(message.id, taken);
  if (taken.failure !== null) reportFailure(taken);
}

/**
 * On the lesson's own origin (previews share it) the bridge works only in the frame the lesson
 * page made for it: sandboxed as a bridge, its `src` this very page. A frame that was navigated
 * here (a preview sending itself, or the bridge frame, to the lesson origin's copy of this page)
 * keeps the `src` it was made with, so it is refused, and the lesson origin gets no Service
 * Worker that an app put there.
 */
function placedByLessonPage(): boolean {
  if (parentOrigin !== location.origin) return true;
  const frame = window.frameElement;
  const src = frame?.getAttribute("src");
  if (!frame || !src || frame.getAttribute("sandbox") !== PREVIEW_BRIDGE_SANDBOX) return false;
  const made = new URL(src, location.href);
  return made.origin === location.origin && made.pathname === location.pathname;
}

/**
 * Register the preview Service Worker and wait until it is active. On an origin of its own the
 * preview may take the whole origin, so root-relative links in a previewed page stay in the
 * preview; that needs `Service-Worker-Allowed: /` on the script. Sharing the lesson's origin, it
 * must never control the lesson pages.
 */
async function register(script: string, previews: string): Promise<ServiceWorker> {
  const registration =
    parentOrigin !== location.origin
      ? await navigator.serviceWorker
          .register(script, { scope: "/" })
          .catch(() => navigator.serviceWorker.register(script, { scope: previews }))
      : await navigator.serviceWorker.register(script, { scope: previews });
  await activate(registration);
  return registration.active!;
}

async function main(): Promise<void> {
  if (!parentOrigin || window.parent === window || !placedByLessonPage()) return;
  const script = new URL("preview-sw.js", location.href).href;
  const previews = new URL(`${PREVIEW_SEGMENT}/`, location.href).pathname;
  let active: Promise<ServiceWorker> | null = null;
  let lastActive: ServiceWorker | null = null;
  // The cells routed through this bridge: when the lesson page goes away, so do their Workers
  // (this frame made them), and the Service Worker is told at once, so a preview still open
  // elsewhere for one of them hears "no lesson page runs the cell" now, not at the request limit.
  const routed = new Set<string>();
  window.addEventListener("pagehide", () => {
    for (const cellId of routed) lastActive?.postMessage({ type: "kolba-preview-unroute", cellId });
    routed.clear();
  });
  // The Service Worker that serves previews now, looked up for each control: an update replaces
  // it, and a previewed page can unregister it (previews share its origin), in which case it is
  // registered again, so the next Run's preview loads.
  const current = async (known: ServiceWorker): Promise<ServiceWorker> => {
    const found = await navigator.serviceWorker.getRegistration(previews);
    if (found?.active) return found.active;
    if (found?.installing || found?.waiting) {
      await activate(found);
      return found.active ?? known;
    }
    return register(script, previews);
  };
  // The lesson page's routes straight to its cell Workers (and what it answers in their place)
  // go on to the Service Worker, ports and all, in the order sent; its cell Workers start here.
  window.addEventListener("message", (event: MessageEvent<PreviewControl>) => {
    if (event.source !== window.parent || event.origin !== parentOrigin) return;
    const data = event.data as PreviewControl | WorkerOpen | WorkerEnd | WorkerSpare | null;
    if (
      data?.type === "kolba-worker-open" ||
      data?.type === "kolba-worker-end" ||
      data?.type === "kolba-worker-spare"
    ) {
      workerControl(data);
      return;
    }
    if (!CONTROLS.has(event.data?.type) || active === null) return;
    const control = event.data;
    const port = control.type === "kolba-preview-route" ? [control.port] : [];
    if (control.type === "kolba-preview-route") routed.add(control.cellId);
    else if (control.type === "kolba-preview-unroute") routed.delete(control.cellId);
    const previous = active;
    const checked = previous.then(current);
    active = checked.catch(() => previous);
    void checked.then((worker) => {
      lastActive = worker;
      worker.postMessage(control, port);
    });
  });
  window.parent.postMessage({ type: "kolba-preview-bridge-loaded" }, parentOrigin);
  try {
    navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
      if (event.data?.type !== "kolba-preview-request") return;
      window.parent.postMessage(event.data, parentOrigin, [...event.ports]);
    });
    navigator.serviceWorker.startMessages();
    const first = await register(script, previews);
    lastActive = first;
    active = Promise.resolve(first);
    window.parent.postMessage({ type: "kolba-preview-bridge-ready" }, parentOrigin);
    // A previewed page may unregister the Service Worker: the previews still open would then
    // load their next page from the network. It is looked for every second and registered
    // again, so they are served again at once (by asking this page, until their next Run
    // routes them straight to their Workers).
    let looking = false;
    setInterval(() => {
      if (looking || document.visibilityState === "hidden") return;
      looking = true;
      navigator.serviceWorker
        .getRegistration(previews)
        .then((found) => (found ? undefined : register(script, previews)))
        .then((worker) => {
          if (worker) lastActive = worker;
        })
        .catch(() => undefined)
        .finally(() => {
          looking = false;
        });
    }, RECHECK_MS);
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
