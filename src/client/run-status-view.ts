/**
 * How a cell's Run stands, where the learner and a screen reader find it: the status line, the
 * note naming the engine that answered (and why, when it is not the one hoped for), and the
 * figure's `data-state` for the page's styles.
 */
import type { CellStore, EngineNote } from "./cell-store.ts";
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";

/**
 * The status line and the engine note of one cell.
 * @example liveBox.prepend(...new RunStatusView(figure, store).elements);
 */
export class RunStatusView {
  #status = el("p", { class: "cell-run-status", role: "status", "aria-live": "polite" });
  #engineNote = el("p", { class: "cell-engine" });

  constructor(figure: HTMLElement, store: CellStore) {
    store.on("message", (text) => {
      this.#status.textContent = text;
    });
    store.on("run", (state) => {
      if (state !== "idle") figure.dataset.state = state;
    });
    store.on("engine", (note) => this.#showEngine(note));
  }

  /** The status line, then the engine note. */
  get elements(): [HTMLElement, HTMLElement] {
    return [this.#status, this.#engineNote];
  }

  #showEngine({ engine, notice }: EngineNote): void {
    const parts = [t("cell.engine", { name: t(`cell.engine.${engine}`) })];
    if (notice) parts.push(t(notice.messageKey, { seconds: notice.seconds }));
    // Unchanged text is left alone: a Run redraws nothing it does not have to.
    const text = parts.join(" ");
    const note = this.#engineNote;
    if (note.textContent !== text) note.textContent = text;
    if (note.dataset.engine !== engine) note.dataset.engine = engine;
  }
}
