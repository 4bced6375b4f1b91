/**
 * Keeps a cell's edits in localStorage: a quarter of a second after the learner stops typing,
 * at once when files are put in from outside the editors, before every Run and when the page
 * is left.
 */
import { saveEdit } from "./cell-storage.ts";
import type { CellStore } from "./cell-store.ts";

/** How long typing must pause before the edit is saved. */
const SAVE_AFTER_MS = 250;

/**
 * Saves one cell's edits.
 * @example const autosave = new CellAutosave(store, "hello"); autosave.save();
 */
export class CellAutosave {
  #store: CellStore;
  #name: string;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `name`: the cell's name (with its original files, what the edit is kept under). */
  constructor(store: CellStore, name: string) {
    this.#store = store;
    this.#name = name;
    store.on("files", ({ replaced }) => {
      if (replaced) this.save();
      else {
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => this.save(), SAVE_AFTER_MS);
      }
    });
    window.addEventListener("pagehide", () => this.save());
  }

  /** Save now. */
  save(): void {
    clearTimeout(this.#timer);
    saveEdit(localStorage, this.#name, this.#store.original, this.#store.files);
  }
}
