/**
 * The cell's toolbar: Run (busy while a Run starts the app; a hand on its way to it has the
 * engine prepare the code), Reset, Copy, Download and Share, and, where the learner may choose,
 * the engine menu. The exercise's and the tests' buttons join it.
 */
import type { EngineChoice } from "../../sandbox-runtime/engines/auto.ts";
import type { CellStore } from "./cell-store.ts";
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";

/** What the toolbar's buttons do. */
export interface ToolbarActions {
  run(): void;
  /** The pointer or the focus came to Run. */
  prestart(): void;
  reset(): void;
  copy(): void;
  download(): void;
  share(): void;
}

/**
 * The toolbar of one cell, made from the buttons the page drew (or made here if it drew none).
 * @example const toolbar = new CellToolbar(figure, store, actions); toolbar.runButton.focus();
 */
export class CellToolbar {
  readonly element: Element;
  readonly runButton: HTMLButtonElement;

  constructor(figure: HTMLElement, store: CellStore, actions: ToolbarActions) {
    this.runButton =
      figure.querySelector<HTMLButtonElement>("[data-cell-action='run']") ??
      el("button", { type: "button", class: "cell-run", "data-cell-action": "run" }, t("cell.run"));
    this.runButton.addEventListener("click", () => actions.run());
    this.runButton.addEventListener("pointerenter", () => actions.prestart());
    this.runButton.addEventListener("focus", () => actions.prestart());
    this.element =
      this.runButton.closest(".cell-toolbar") ??
      el("div", { class: "cell-toolbar" }, this.runButton);
    if (!this.element.isConnected) figure.append(this.element);
    const button = (name: string, key: string, action: () => void) => {
      const made = el("button", { type: "button", class: `cell-${name}` }, t(key));
      made.addEventListener("click", action);
      return made;
    };
    this.element.append(
      button("reset", "cell.reset", () => actions.reset()),
      button("copy", "cell.copy", () => actions.copy()),
      button("download", "cell.download", () => actions.download()),
      button("share", "cell.share", () => actions.share()),
    );
    store.on("busy", (busy) => {
      if (busy) this.runButton.setAttribute("aria-busy", "true");
      else this.runButton.removeAttribute("aria-busy");
    });
  }

  /** Add the menu where the learner chooses the engine (after every other button). */
  addEngineMenu(current: EngineChoice, choose: (choice: EngineChoice) => void): void {
    const select = el("select", {
      class: "cell-engine-choice",
      "aria-label": t("cell.engine.choose"),
    });
    const options: Array<[EngineChoice, string]> = [
      ["auto", t("cell.engine.auto")],
      ["worker", t("cell.engine.worker")],
      ["webcontainer", t("cell.engine.webcontainer")],
    ];
    for (const [value, label] of options) {
      select.append(el("option", { value, selected: value === current }, label));
    }
    select.addEventListener("change", () => choose(select.value as EngineChoice));
    this.element.append(select);
  }
}
