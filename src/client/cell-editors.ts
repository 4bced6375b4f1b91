/**
 * The cell's editors: each file's highlighted code becomes a CodeMirror editor in its tab. What
 * the learner types goes into the store; files the store is given (a reset, a solution, an
 * Undo) come back into the editors.
 */
import type { EditorView } from "@codemirror/view";
import type { FileMap } from "./cell-storage.ts";
import type { CellStore } from "./cell-store.ts";
import { t } from "./cell-strings.ts";
import { createCodeEditor, setEditorText, showEditorLine } from "./code-editor.ts";
import { el } from "./dom.ts";

/**
 * The panels of a cell that become editors, by path: one per file of `files` the page shows.
 * @example editorPanels(figure, { "app.ts": "…" }).keys() // "app.ts"
 */
export function editorPanels(figure: HTMLElement, files: FileMap): Map<string, HTMLElement> {
  const panels = new Map<string, HTMLElement>();
  for (const panel of figure.querySelectorAll<HTMLElement>(
    ".cell-panel[data-file]:not([data-twin])",
  )) {
    const path = panel.dataset.file ?? "";
    if (path in files) panels.set(path, panel);
  }
  return panels;
}

/** What the editors do with keys that are not typing. */
export interface CellEditorsOptions {
  /** Ctrl+Enter (⌘+Enter). */
  onRun(): void;
  /** Escape leaves the editor. */
  onEscape(): void;
}

/**
 * The editors of one cell, kept in step with its store.
 * @example const editors = new CellEditors(editorPanels(figure, files), store, { onRun, onEscape });
 */
export class CellEditors {
  #figure: HTMLElement;
  #editors = new Map<string, EditorView>();

  /** The editor that held the focus before (in its static code) keeps it. */
  constructor(
    figure: HTMLElement,
    panels: Map<string, HTMLElement>,
    store: CellStore,
    options: CellEditorsOptions,
  ) {
    this.#figure = figure;
    const hadFocus = document.activeElement;
    const files = store.files;
    let toFocus: EditorView | undefined;
    for (const [path, panel] of panels) {
      const pre = panel.querySelector("pre");
      const box = el("div", { class: "cell-editor" });
      const view = createCodeEditor(box, {
        path,
        text: files[path] ?? "",
        label: t("cell.editorLabel", { file: path }),
        onChange: (text) => store.edit(path, text),
        onRun: options.onRun,
        onEscape: options.onEscape,
      });
      if (pre) {
        if (hadFocus && pre.contains(hadFocus)) toFocus = view;
        pre.replaceWith(box);
      } else panel.append(box);
      this.#editors.set(path, view);
    }
    toFocus?.focus();
    store.on("files", ({ files: next, replaced }) => {
      if (!replaced) return;
      for (const [path, view] of this.#editors) {
        const text = next[path] ?? "";
        if (view.state.doc.toString() !== text) setEditorText(view, text);
      }
    });
  }

  /** Open a file's tab and put the cursor at a line and column of it. */
  showLine(file: string, line: number, column: number): void {
    const view = this.#editors.get(file);
    if (!view) return;
    const panel = view.dom.closest<HTMLElement>(".cell-panel");
    const radio = panel?.previousElementSibling?.previousElementSibling;
    if (radio instanceof HTMLInputElement) radio.checked = true;
    showEditorLine(view, line, column);
  }

  /** The text of the file whose tab is open (the static code, for a file without an editor). */
  shownText(): string {
    const checked = this.#figure.querySelector<HTMLInputElement>(".cell-tab-input:checked");
    const panel = checked?.nextElementSibling?.nextElementSibling as HTMLElement | null | undefined;
    const path = panel?.dataset.file ?? "app.ts";
    return (
      this.#editors.get(path)?.state.doc.toString() ??
      panel?.querySelector("pre")?.textContent ??
      ""
    );
  }
}
