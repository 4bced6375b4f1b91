/**
 * The cell's browser pane kept in step with its store: the links it offers, the app it points
 * at, the page it loads, where the preview went by itself; and, where the engine draws preview
 * pages in the lesson's theme, the page again when the theme changes.
 */
import { BrowserPane } from "./browser-pane.ts";
import type { CellStore, PreviewChange } from "./cell-store.ts";
import { onPageThemeChange } from "./page-theme.ts";

/**
 * The browser pane of one cell, drawn from its store.
 * @example const preview = new PreviewPaneView(store, { startPath: "/", open: (p) => runner.open(p) });
 */
export class PreviewPaneView {
  readonly pane: BrowserPane;

  /** `open`: what going to a path does (the cell runs first if it is not running). */
  constructor(store: CellStore, options: { startPath: string; open: (path: string) => void }) {
    const pane = new BrowserPane(options);
    this.pane = pane;
    pane.setRoutes(store.routes);
    store.on("routes", (paths) => pane.setRoutes(paths));
    store.on("preview", (change) => this.#apply(change));
    onPageThemeChange(() => {
      if (store.running?.themedPreview) pane.load(pane.current);
    });
  }

  get element(): HTMLElement {
    return this.pane.element;
  }

  #apply(change: PreviewChange): void {
    const pane = this.pane;
    switch (change.type) {
      case "show":
        pane.attach(change.url);
        pane.load(change.path ?? pane.current);
        break;
      case "attach":
        pane.attach(change.url);
        break;
      case "load":
        pane.load(change.path);
        break;
      case "navigated":
        pane.navigated(change.path);
        break;
      case "clear":
        pane.clear();
        break;
    }
  }
}
