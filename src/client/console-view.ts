/**
 * The cell's console: what the app prints (stdout, stderr) and its errors, located in the
 * learner's files (`app.ts:3:14: SyntaxError: …`).
 */
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";

/** The console of one cell. */
export class ConsoleView {
  readonly element: HTMLElement;
  #output: HTMLElement;
  #empty = true;

  constructor() {
    this.#output = el("pre", { class: "cell-console", tabindex: "0" }, t("cell.consoleEmpty"));
    this.element = el(
      "details",
      { class: "cell-console-box", open: true },
      el("summary", {}, t("cell.console")),
      this.#output,
    );
  }

  /** Everything printed so far, as text. */
  get text(): string {
    return this.#empty ? "" : (this.#output.textContent ?? "");
  }

  /** Start afresh (a new Run). */
  clear(): void {
    this.#empty = true;
    this.#output.replaceChildren(t("cell.consoleEmpty"));
  }

  /** Append printed text. */
  write(stream: "stdout" | "stderr", text: string): void {
    if (this.#empty) {
      this.#output.replaceChildren();
      this.#empty = false;
    }
    this.#output.append(
      el("span", { class: `cell-${stream}` }, text.endsWith("\n") ? text : `${text}\n`),
    );
    this.#output.scrollTop = this.#output.scrollHeight;
  }
}
