/**
 * The only JavaScript a lesson page loads up front (inlined in the page): it waits for the
 * learner's first interaction with a cell (focus, pointer, key, or its Run button) and only
 * then loads the editor and the engine for that cell. A share link (`#share=…`) loads the small
 * notice that offers its code, and nothing else.
 */
import { SHARE_NOTICE_URL } from "./live-cell-url.ts";
import { loadLiveCell } from "./load-live-cell.ts";

const CELL = "figure.cell[data-cell]";
const starting = new WeakSet<Element>();

function interact(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  // The share notice's own buttons decide what happens; touching them is not working the cell.
  if (target?.closest("[data-share-notice]")) return;
  const figure = target?.closest<HTMLElement>(CELL);
  if (!figure || figure.dataset.live !== undefined) return;
  const run = event.type === "click" && target?.closest("[data-cell-action='run']") !== null;
  if (run) figure.dataset.pendingRun = "";
  const request = event.type === "click" ? target?.closest<HTMLElement>(".cell-requests li") : null;
  if (request?.dataset.method === "GET" && request.dataset.path) {
    figure.dataset.pendingOpen = request.dataset.path;
  }
  if (starting.has(figure)) return;
  starting.add(figure);
  figure.dataset.state = "loading";
  void loadLiveCell().then(({ activateCell }) => {
    const run = figure.dataset.pendingRun !== undefined;
    const open = figure.dataset.pendingOpen;
    delete figure.dataset.pendingRun;
    delete figure.dataset.pendingOpen;
    activateCell(figure, { run, ...(open !== undefined ? { open } : {}) });
  });
}

for (const type of ["focusin", "pointerdown", "keydown", "click"]) {
  document.addEventListener(type, interact, { capture: true });
}

if (location.hash.startsWith("#share=")) {
  if (import.meta.env.DEV) void import("./share-notice.ts");
  else void import(/* @vite-ignore */ SHARE_NOTICE_URL);
}
