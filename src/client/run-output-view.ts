/**
 * What a Run printed and answered, drawn from the cell's store: the console (its output, its
 * errors located in the learner's files) and the inspector (each request the app answered,
 * with its cookies, and the app's databases after it). A new Run's output clears both.
 */
import type { CellStore } from "./cell-store.ts";
import { ConsoleView } from "./console-view.ts";
import { InspectorView } from "./inspector-view.ts";

/**
 * The console and the inspector of one cell.
 * @example liveBox.append(...new RunOutputView(store).elements);
 */
export class RunOutputView {
  readonly console = new ConsoleView();
  readonly inspector = new InspectorView();

  constructor(store: CellStore) {
    store.on("console", (chunk) => {
      if (chunk === "clear") {
        this.console.clear();
        this.inspector.clear();
      } else this.console.write(chunk.stream, chunk.text);
    });
    store.on("exchange", ({ exchange, database }) => {
      this.inspector.add(exchange);
      this.inspector.showDatabase(database);
    });
  }

  /** The console, then the inspector. */
  get elements(): [HTMLElement, HTMLElement] {
    return [this.console.element, this.inspector.element];
  }

  /** Unfold the inspector (a request sent from the cell is to be read there). */
  openInspector(): void {
    this.inspector.element.setAttribute("open", "");
  }
}
