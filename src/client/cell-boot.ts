/**
 * The only JavaScript a lesson page loads up front (inlined in the page): it waits for the
 * learner's first interaction with a cell (focus, pointer, key, or one of its buttons) and only
 * then loads the editor and the engine for that cell; a button pressed meanwhile (Run, Check,
 * Hint, Show solution) is pressed again once the cell is live. The pointer coming over a cell
 * already loads that code and gets the engine ready, so the first Run does not wait for it. A
 * share link (`#share=…`) loads the small notice that offers its code, and nothing else.
 */
import { warmCellWorker, warmPreviewOrigin } from "../../sandbox-runtime/engines/page-warm-up.ts";
import { workerOrigin } from "../../sandbox-runtime/engines/preview-origins.ts";
import { SHARE_NOTICE_URL } from "./live-cell-url.ts";
import { loadLiveCell, prepareEngine } from "./load-live-cell.ts";
import { enginePath, previewOriginFor } from "./preview-origin.ts";

/** Get the preview origin ready while the learner reads (not on a data-saving connection). */
function startPreviewBridge(): void {
  if (!document.querySelector(CELL)) return;
  if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  warmPreviewOrigin(workerOrigin(previewOriginFor(location)), enginePath);
}

const CELL = "figure.cell[data-cell]";
const starting = new WeakSet<Element>();

/** The click that ends a press already taken at pointerdown must not press a second time. */
function swallowNextClick(figure: HTMLElement): void {
  const swallow = (event: Event) => {
    document.removeEventListener("click", swallow, true);
    if (event.target instanceof Node && figure.contains(event.target)) {
      event.stopPropagation();
      event.preventDefault();
    }
  };
  document.addEventListener("click", swallow, true);
  // A press that never ends in a click (dragged away) leaves nothing behind.
  setTimeout(() => document.removeEventListener("click", swallow, true), 1500);
}

function interact(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  // The share notice's own buttons decide what happens; touching them is not working the cell.
  if (target?.closest("[data-share-notice]")) return;
  const figure = target?.closest<HTMLElement>(CELL);
  if (!figure || figure.dataset.live !== undefined) return;
  // A press is taken when it begins: the cell grows as it goes live, so the button may no
  // longer be under the pointer when the press ends (and the click would be lost).
  const pressed = event.type === "click" || event.type === "pointerdown";
  const action = pressed ? target?.closest<HTMLElement>("[data-cell-action]") : undefined;
  if (action?.dataset.cellAction) {
    figure.dataset.pendingAction = action.dataset.cellAction;
    if (event.type === "pointerdown") swallowNextClick(figure);
  }
  const request = event.type === "click" ? target?.closest<HTMLElement>(".cell-requests li") : null;
  if (request?.dataset.method === "GET" && request.dataset.path) {
    figure.dataset.pendingOpen = request.dataset.path;
  }
  if (starting.has(figure)) return;
  starting.add(figure);
  figure.dataset.state = "loading";
  startPreviewBridge();
  warmCellWorker();
  void prepareEngine(figure.dataset.cell);
  void loadLiveCell().then(({ activateCell }) => {
    const action = figure.dataset.pendingAction;
    const open = figure.dataset.pendingOpen;
    delete figure.dataset.pendingAction;
    delete figure.dataset.pendingOpen;
    activateCell(figure, {
      ...(action !== undefined ? { action } : {}),
      ...(open !== undefined ? { open } : {}),
    });
  });
}

for (const type of ["focusin", "pointerdown", "keydown", "click"]) {
  document.addEventListener(type, interact, { capture: true });
}

const approached = new WeakSet<Element>();

// The engine gets ready for each cell the pointer comes over (its own preview origin too, when
// each cell has one).
function approach(event: Event): void {
  const figure = event.target instanceof Element ? event.target.closest<HTMLElement>(CELL) : null;
  if (!figure || approached.has(figure)) return;
  approached.add(figure);
  startPreviewBridge();
  warmCellWorker();
  void prepareEngine(figure.dataset.cell);
  void loadLiveCell();
}

document.addEventListener("pointerover", approach, { passive: true });

const idle = (run: () => void) =>
  "requestIdleCallback" in window
    ? requestIdleCallback(run, { timeout: 3000 })
    : setTimeout(run, 1000);
// A visitor who came by a share link has not chosen to run anything yet: nothing loads for the
// engine until they touch a cell.
if (!location.hash.startsWith("#share=")) {
  if (document.readyState === "complete") idle(startPreviewBridge);
  else window.addEventListener("load", () => idle(startPreviewBridge), { once: true });
}

if (location.hash.startsWith("#share=")) {
  if (import.meta.env.DEV) void import("./share-notice.ts");
  else void import(/* @vite-ignore */ SHARE_NOTICE_URL);
}
