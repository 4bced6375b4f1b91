/**
 * The note under a cell's help that offers an edit kept aside: the learner's own code, set aside
 * when they showed the solution, or else an edit made for an earlier version of the cell.
 */
import {
  type FileMap,
  keepOwnCode,
  type LoadedEdit,
  loadOwnCode,
  mergeEdit,
  sameFiles,
} from "./cell-storage.ts";
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";

/** What taking a kept edit does with files. */
export interface KeptEditActions {
  /** Put files in with Undo (which also calls `undone`). */
  replaceFiles(files: FileMap, done: string, undone?: () => void): void;
  /** Put files in as they are. */
  setFiles(files: FileMap): void;
}

/** A note offering an edit; it goes once taken. */
function offer(after: HTMLElement, text: string, label: string, open: () => void): void {
  const button = el("button", { type: "button", class: "cell-load-stale" }, label);
  const note = el("p", { class: "cell-stale" }, text, " ", button);
  button.addEventListener("click", () => {
    open();
    note.remove();
  });
  after.after(note);
}

/**
 * Offer, after `help`, the edit this cell keeps aside, if any. `shown` is what the editors
 * started with; `exercise` whether the cell is an exercise (only an exercise keeps own code).
 * @example offerKeptEdit(help, { name, original, exercise: true, stored, shown }, actions);
 */
export function offerKeptEdit(
  help: HTMLElement,
  cell: { name: string; original: FileMap; exercise: boolean; stored: LoadedEdit; shown: FileMap },
  actions: KeptEditActions,
): void {
  const { name, original, stored } = cell;
  const own = cell.exercise ? loadOwnCode(localStorage, name, original) : undefined;
  if (own && !sameFiles(own.files, cell.shown)) {
    // What the editors hold now (the solution, perhaps edited) stays one Undo away.
    offer(help, t("cell.ownCodeKept"), t("cell.ownCodeRestore"), () => {
      keepOwnCode(localStorage, name, original, undefined);
      actions.replaceFiles(mergeEdit(original, own.files), t("cell.ownCodeBack"), () =>
        keepOwnCode(localStorage, name, original, own.files),
      );
    });
  } else if (stored.stale && !stored.current) {
    const stale = stored.stale.files;
    offer(help, t("cell.staleEdit"), t("cell.loadStale"), () =>
      actions.setFiles(mergeEdit(original, stale)),
    );
  }
}
