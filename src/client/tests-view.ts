/**
 * A cell's tests (its `test_*.ts`): Run tests runs them in the page's engine and lists each one,
 * passed or failed, a failure with its assertion, its code frame and a button that shows the
 * learner's line. The list sits right under the buttons, where the eye is.
 */
import type { TranspiledCell } from "../../sandbox-runtime/engines/transpile/transpile-cell.ts";
import type {
  CellTestOutcome,
  CellTestReport,
  LocatedError,
} from "../../sandbox-runtime/engines/types.ts";
import type { FileMap } from "./cell-storage.ts";
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";
import { locatedOf } from "./located-error.ts";
import { pageEngine } from "./page-engine.ts";

/** What the tests need from the cell around them. */
export interface TestsHost {
  figure: HTMLElement;
  /** The files as the editors hold them. */
  files(): FileMap;
  /** The build's transpiled form, when `files` are the cell's own. */
  prebuiltFor(files: FileMap): Promise<TranspiledCell | undefined>;
  announce(text: string): void;
  /** Open a file's tab and put the cursor at a line and column. */
  showLine(file: string, line: number, column: number): void;
}

/** Longest output kept under the results: enough to read, not enough to freeze the page. */
const OUTPUT_LIMIT = 20_000;

/**
 * Run a cell's tests in the page's engine.
 * @example const report = await runCellTests({ "app.ts": app, "test_app.ts": tests });
 */
export async function runCellTests(
  files: FileMap,
  prebuilt?: TranspiledCell,
): Promise<CellTestReport> {
  const engine = pageEngine().engine;
  const empty = { tests: [], passed: 0, failed: 0, errors: 0, output: [], ms: 0 };
  if (!engine.runTests) {
    return { ...empty, collectError: locatedOf(new Error(`${engine.name}: no test runs`)) };
  }
  try {
    return await engine.runTests(files, prebuilt ? { prebuilt } : {});
  } catch (error) {
    return { ...empty, collectError: locatedOf(error) };
  }
}

/** The Run tests button and the list of results of one cell. */
export class TestsView {
  #host: TestsHost;
  #button: HTMLButtonElement;
  #box: HTMLElement;
  #runs = 0;

  constructor(host: TestsHost, toolbar: Element, after: Element) {
    this.#host = host;
    this.#button =
      host.figure.querySelector<HTMLButtonElement>("[data-cell-action='tests']") ??
      el(
        "button",
        { type: "button", class: "cell-run-tests", "data-cell-action": "tests" },
        t("cell.runTests"),
      );
    if (!this.#button.isConnected) after.after(this.#button);
    this.#button.addEventListener("click", () => void this.run());
    this.#box = el("section", { class: "cell-tests", "aria-label": t("cell.testsHeading") });
    this.#box.hidden = true;
    toolbar.after(this.#box);
  }

  /** The results' box, for the cell to place right under its buttons and notes. */
  get element(): HTMLElement {
    return this.#box;
  }

  /** Run the tests as the editors hold them and show how each ended. */
  async run(): Promise<CellTestReport> {
    const run = ++this.#runs;
    const files = this.#host.files();
    this.#button.setAttribute("aria-busy", "true");
    this.#box.hidden = false;
    this.#box.replaceChildren(el("p", { class: "cell-tests-summary" }, t("cell.testsRunning")));
    this.#host.announce(t("cell.testsRunning"));
    try {
      const report = await runCellTests(files, await this.#host.prebuiltFor(files));
      if (run === this.#runs) this.#show(report);
      return report;
    } finally {
      if (run === this.#runs) this.#button.removeAttribute("aria-busy");
    }
  }

  #show(report: CellTestReport): void {
    const parts: HTMLElement[] = [];
    let summary: string;
    if (report.collectError) {
      summary = t("cell.testsCollectError");
      parts.push(el("p", { class: "cell-tests-summary", "data-outcome": "error" }, summary));
      parts.push(this.#error(report.collectError));
    } else if (report.tests.length === 0) {
      summary = t("cell.testsNone");
      parts.push(el("p", { class: "cell-tests-summary", "data-outcome": "error" }, summary));
    } else {
      summary = t("cell.testsSummary", {
        passed: report.passed,
        failed: report.failed,
        errors: report.errors,
      });
      const allPassed = report.passed === report.tests.length;
      parts.push(
        el(
          "p",
          { class: "cell-tests-summary", "data-outcome": allPassed ? "passed" : "failed" },
          summary,
        ),
      );
      const files = new Set(report.tests.map((test) => test.file));
      const list = el("ol", { class: "cell-test-list" });
      for (const test of report.tests) list.append(this.#item(test, files.size > 1));
      parts.push(list);
    }
    const printed = report.output.map((chunk) => chunk.text).join("");
    if (printed) {
      const text = printed.length > OUTPUT_LIMIT ? `${printed.slice(0, OUTPUT_LIMIT)}\n…` : printed;
      parts.push(
        el(
          "details",
          { class: "cell-tests-output" },
          el("summary", {}, t("cell.testsOutput")),
          el("pre", { tabindex: "0" }, text),
        ),
      );
    }
    this.#box.replaceChildren(...parts);
    this.#host.announce(summary);
  }

  #item(test: CellTestOutcome, withFile: boolean): HTMLElement {
    const key =
      test.outcome === "passed"
        ? "cell.testPassed"
        : test.outcome === "failed"
          ? "cell.testFailed"
          : "cell.testError";
    const item = el(
      "li",
      { "data-outcome": test.outcome, "data-test": test.name },
      el("span", { class: "cell-test-mark" }, t(key)),
      " ",
      el("code", { class: "cell-test-name" }, withFile ? `${test.file}::${test.name}` : test.name),
    );
    if (test.error) item.append(this.#error(test.error));
    return item;
  }

  #error(error: LocatedError): HTMLElement {
    const box = el("div", { class: "cell-test-error" });
    box.append(el("pre", { tabindex: "0" }, error.location ? error.formatted : error.message));
    const at = error.location;
    if (at) {
      const show = el(
        "button",
        { type: "button", class: "cell-test-line" },
        t("cell.testShowLine", { file: at.file, line: at.line }),
      );
      show.addEventListener("click", () => this.#host.showLine(at.file, at.line, at.column));
      box.append(show);
    }
    return box;
  }
}
