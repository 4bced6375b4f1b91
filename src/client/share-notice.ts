/**
 * What opening a share link (`#share=<cell>:<payload>`) does: on that cell, a notice in the
 * visitor's language offers the changed code, Load or Ignore. Nothing runs and the editor and
 * engine do not load until the visitor chooses Load; even then Run stays their own action. The
 * payload is untrusted: `decodeShare` refuses anything odd, and every text lands in the page as
 * text, never as HTML.
 */
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";
import { loadLiveCell } from "./load-live-cell.ts";
import { decodeShare, parseShareFragment, type ShareProblem } from "./share-code.ts";

const PROBLEM_KEYS: Record<ShareProblem, string> = {
  tooLarge: "cell.shareBad.tooLarge",
  corrupt: "cell.shareBad.corrupt",
  version: "cell.shareBad.version",
  tooMany: "cell.shareBad.tooMany",
  badFile: "cell.shareBad.badFile",
};

function forgetFragment(): void {
  history.replaceState(history.state, "", `${location.pathname}${location.search}`);
}

function figureOf(cellName: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>("figure.cell[data-cell]")].find(
    (figure) => figure.dataset.cell === cellName,
  );
}

function originalFiles(figure: HTMLElement): Record<string, string> {
  try {
    const source = JSON.parse(figure.dataset.cellSource ?? "{}") as { files?: unknown };
    return typeof source.files === "object" && source.files !== null
      ? (source.files as Record<string, string>)
      : {};
  } catch {
    return {};
  }
}

// The notice, on the cell (after its title); Ignore removes it and forgets the link.
function notice(
  figure: HTMLElement,
  ignore: HTMLButtonElement,
  ...children: Array<Node | string>
): HTMLElement {
  const box = el(
    "section",
    {
      class: "cell-share-notice",
      "data-share-notice": "",
      "aria-label": t("cell.shareTitle"),
      tabindex: "-1",
    },
    ...children,
  );
  const title = figure.querySelector(".cell-title");
  if (title) title.after(box);
  else figure.prepend(box);
  ignore.addEventListener("click", () => {
    box.remove();
    forgetFragment();
  });
  return box;
}

/**
 * Read the location's share fragment and show its notice on the cell it names.
 * @example
 * await showShareNotice();
 */
export async function showShareNotice(): Promise<void> {
  const shared = parseShareFragment(location.hash);
  if (!shared) return;
  const figure = figureOf(shared.cell);
  if (!figure) return;
  const result = await decodeShare(shared.payload, originalFiles(figure));
  const close = el("button", { type: "button", class: "cell-share-ignore" }, t("cell.shareIgnore"));
  if (!result.ok) {
    const file = result.file === undefined ? "" : result.file.slice(0, 80);
    notice(
      figure,
      close,
      el("p", { role: "alert" }, t(PROBLEM_KEYS[result.problem], { file })),
      close,
    );
    return;
  }
  const load = el("button", { type: "button", class: "cell-share-load" }, t("cell.shareLoad"));
  const names = Object.keys(result.files);
  const box = notice(
    figure,
    close,
    el("p", {}, t("cell.shareNotice")),
    el("p", { class: "cell-share-files" }, t("cell.shareFiles", { files: names.join(", ") })),
    el("div", { class: "cell-share-actions" }, load, " ", close),
  );
  // The link was opened for this offer: bring it into view and to the screen reader's attention.
  box.focus();
  load.addEventListener("click", async () => {
    load.disabled = true;
    const { activateCell } = await loadLiveCell();
    box.remove();
    forgetFragment();
    activateCell(figure).loadShared(result.files);
  });
}

void showShareNotice();
