/**
 * The note under a cell's buttons: what Reset, Copy, Download or Share did, with Undo where it
 * can be undone, or the share link in a selected field where the clipboard was refused.
 */
import type { CellStore, Toast } from "./cell-store.ts";
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";

/**
 * Shows the store's toast.
 * @example toolbar.after(new CellToast(store).element);
 */
export class CellToast {
  readonly element: HTMLElement = el("p", { class: "cell-toast", role: "status" });
  #store: CellStore;

  constructor(store: CellStore) {
    this.#store = store;
    store.on("toast", (toast) => this.#show(toast));
  }

  #show(toast: Toast | undefined): void {
    if (!toast) {
      this.element.replaceChildren();
    } else if ("link" in toast) {
      const field = el("input", {
        type: "text",
        class: "cell-share-link",
        readonly: true,
        value: toast.link,
      });
      this.element.replaceChildren(el("label", {}, t("cell.shareFallback"), " ", field));
      field.focus();
      field.select();
    } else {
      this.element.replaceChildren(toast.text);
      const action = toast.action;
      if (!action) return;
      const button = el("button", { type: "button", class: "cell-undo" }, action.label);
      button.addEventListener("click", () => {
        action.run();
        this.#store.showToast(undefined);
      });
      this.element.append(" ", button);
    }
  }
}
