/**
 * An exercise cell's own part: Check (run the learner's code and send every check, each marked
 * passed or failed with what differed), the hints one at a time, and Show solution (the
 * learner's code set aside first). The cell around it runs the code and holds the editors.
 */

import { CookieJar } from "../../sandbox-runtime/engines/cookie-jar.ts";
import type { CellTestReport, RunningCell } from "../../sandbox-runtime/engines/types.ts";
import { saveMark } from "../lib/progress-storage.ts";
import {
  type FileMap,
  keepOwnCode,
  loadHintsShown,
  loadOwnCode,
  mergeEdit,
  saveHintsShown,
} from "./cell-storage.ts";
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";
import {
  type CheckFailure,
  type Expectation,
  sendCheck,
  type TestCheckFailure,
  testCheckFailure,
} from "./exercise-checks.ts";
import { locatedOf } from "./located-error.ts";
import type { DeclaredRequest } from "./request-form.ts";

export /** What the page carries about an exercise cell: its titles and its solution are not in it. */
interface ExerciseSource {
  /** The lesson's slug, which progress is kept under. */
  lesson: string;
  /** `shared`: the checks run in order through one cookie jar. */
  cookies?: "separate" | "shared";
  /** The checks, in the order the page lists them. */
  checks: Array<DeclaredRequest & { expect: Expectation }>;
  /** The hints in the page's language, gentle to specific. */
  hints: string[];
  /** Where the solution's files are served as JSON. */
  solution: string;
  /**
   * The checks of the learner's tests: run on their own app, or on an app broken on purpose
   * (`files` replace the learner's), they must all pass (`pass`) or catch it (`fail`).
   */
  tests?: Array<{ expect: "pass" | "fail"; files?: FileMap }>;
}

/** What the exercise needs from the cell around it. */
export interface ExerciseHost {
  figure: HTMLElement;
  /** The cell's name and its original files (what its storage is keyed by). */
  name: string;
  original: FileMap;
  /** The files as the editors hold them. */
  files(): FileMap;
  /** Run the cell without showing the preview; undefined if it did not start. */
  runQuietly(): Promise<RunningCell | undefined>;
  announce(text: string): void;
  showToast(text: string): void;
  /** Put files in the editors, saying `done`, with Undo (which also calls `undone`). */
  replaceFiles(files: FileMap, done: string, undone?: () => void): void;
  /** Run the tests of these files. */
  runTests(files: FileMap): Promise<CellTestReport>;
}

/** What a check of the learner's tests found wrong, in the learner's language; none if it passed. */
function testCheckText(failure: TestCheckFailure | null): string[] {
  if (!failure) return [];
  switch (failure.kind) {
    case "collect":
      return [failure.message];
    case "none":
      return [t("cell.testCheckNoTests")];
    case "failing":
      return [t("cell.testCheckFailing", { names: failure.names.join(", ") })];
    case "not-caught":
      return [t("cell.testCheckNotCaught")];
  }
}

/** What a failed check found, in the learner's language: what was expected and what came back. */
function failureText(failure: CheckFailure, statusFailed: boolean): string {
  // After a wrong status the body is that error page: saying so once is enough.
  const got = (actual: string) =>
    statusFailed ? "" : ` ${t(actual ? "cell.gotBody" : "cell.gotEmpty", { actual })}`;
  switch (failure.kind) {
    case "status":
      return t("cell.expectedStatus", { expected: failure.expected, actual: failure.actual });
    case "body":
      return t("cell.expectedBody", { expected: failure.expected }) + got(failure.actual);
    case "text":
      return t("cell.expectedText", { expected: failure.expected }) + got(failure.actual);
    case "header":
      return `${t("cell.expectedHeader", { name: failure.name, expected: failure.expected })} ${
        failure.actual === null
          ? t("cell.gotNoHeader")
          : t("cell.gotBody", { actual: failure.actual })
      }`;
  }
}

/** Check, hints and solution of one exercise cell. */
export class ExerciseView {
  #host: ExerciseHost;
  #exercise: ExerciseSource;
  #hintButton: HTMLButtonElement | null = null;
  #hintsShown = 0;

  constructor(host: ExerciseHost, exercise: ExerciseSource, toolbar: Element) {
    this.#host = host;
    this.#exercise = exercise;
    const button = (action: string, make: () => HTMLButtonElement) => {
      const found = this.#host.figure.querySelector<HTMLButtonElement>(
        `[data-cell-action='${action}']`,
      );
      if (found) return found;
      const made = make();
      toolbar.append(made);
      return made;
    };
    const make = (action: string, key: string) => () =>
      el("button", { type: "button", "data-cell-action": action }, t(key));
    button("check", make("check", "cell.check")).addEventListener("click", () => void this.check());
    this.#hintButton = button("hint", make("hint", "cell.hint"));
    this.#hintButton.addEventListener("click", () => this.hint());
    button("solution", make("solution", "cell.showSolution")).addEventListener(
      "click",
      () => void this.showSolution(),
    );
    // The hints the learner had revealed before a reload come back, quietly.
    const shown = loadHintsShown(localStorage, this.#host.name, this.#host.original);
    for (let i = 0; i < shown; i++) this.#revealHint(false);
  }

  /**
   * Run the learner's code and send every check of the exercise, marking each as passed or
   * not with the sentence saying what differed; when all pass, the exercise is recorded as
   * passed in the learner's progress (by lesson, so every locale shows it).
   */
  async check(): Promise<void> {
    const exercise = this.#exercise;
    const all = [...this.#host.figure.querySelectorAll<HTMLElement>(".cell-checks li")];
    for (const item of all) this.#markCheck(item, undefined);
    const items = all.filter((item) => item.dataset.check !== undefined);
    const testItems = all.filter((item) => item.dataset.testCheck !== undefined);
    const cell = exercise.checks.length > 0 ? await this.#host.runQuietly() : undefined;
    if (exercise.checks.length > 0 && !cell) return;
    let passed = 0;
    const jar = exercise.cookies === "shared" ? new CookieJar() : undefined;
    for (const [index, check] of exercise.checks.entries()) {
      let failures: string[];
      try {
        const found = await sendCheck(cell as RunningCell, check, jar);
        const statusFailed = found.some((failure) => failure.kind === "status");
        failures = found.map((failure) => failureText(failure, statusFailed));
      } catch (error) {
        failures = [locatedOf(error).message];
      }
      if (failures.length === 0) passed += 1;
      const item = items[index];
      if (item) this.#markCheck(item, failures);
    }
    const learner = this.#host.files();
    for (const [index, check] of (exercise.tests ?? []).entries()) {
      // A broken app replaces the learner's app files; the learner's tests stay.
      const files = check.files ? { ...learner, ...check.files } : learner;
      const failures = testCheckText(
        testCheckFailure(await this.#host.runTests(files), check.expect),
      );
      if (failures.length === 0) passed += 1;
      const item = testItems[index];
      if (item) this.#markCheck(item, failures);
    }
    const total = exercise.checks.length + (exercise.tests?.length ?? 0);
    const summary = t("cell.checkSummary", { passed, total });
    if (passed === total) {
      saveMark(exercise.lesson, "exercisePassedAt");
      this.#host.announce(`${summary} ${t("cell.exercisePassed")}`);
    } else this.#host.announce(summary);
  }

  /** Shows one check as not checked yet (`undefined`), passed (`[]`) or failed, saying why. */
  #markCheck(item: HTMLElement, failures: string[] | undefined): void {
    const mark = item.querySelector(".cell-check-mark");
    const detail = item.querySelector(".cell-check-detail");
    if (failures === undefined) delete item.dataset.pass;
    else item.dataset.pass = String(failures.length === 0);
    if (mark) {
      const key =
        failures === undefined
          ? "cell.checkPending"
          : failures.length === 0
            ? "cell.checkPassed"
            : "cell.checkFailed";
      mark.textContent = t(key);
    }
    if (detail) detail.textContent = failures?.join("; ") ?? "";
  }

  /** Reveal the next hint, one at a time (remembered for this cell); the button says so once all are shown. */
  hint(): void {
    if (this.#revealHint(true)) {
      saveHintsShown(localStorage, this.#host.name, this.#host.original, this.#hintsShown);
    }
  }

  /** Show the next hint; false when there is none left. */
  #revealHint(announce: boolean): boolean {
    const hints = this.#exercise.hints ?? [];
    const box = this.#host.figure.querySelector<HTMLElement>(".cell-hints");
    const list = box?.querySelector("ol");
    if (!box || !list || this.#hintsShown >= hints.length) return false;
    const n = ++this.#hintsShown;
    const label = t("cell.hintOf", { n, total: hints.length });
    const item = el("li", { "data-hint": String(n) }, el("strong", {}, `${label}: `));
    // Hints mark code with backticks, as lessons do.
    for (const [index, part] of (hints[n - 1] ?? "").split("`").entries()) {
      item.append(index % 2 === 1 ? el("code", {}, part) : part);
    }
    list.append(item);
    box.hidden = false;
    const button = this.#hintButton;
    if (button && n < hints.length) {
      button.textContent = t("cell.hintOf", { n: n + 1, total: hints.length });
    } else if (button) {
      button.textContent = t("cell.hintsAll");
      button.disabled = true;
    }
    if (announce) this.#host.announce(label);
    return true;
  }

  /**
   * Put the reference solution in the editors. The learner's own code is set aside in storage
   * first, so Undo (or, after a reload, the note under the cell) brings it back exactly; the
   * solution being shown is recorded in the learner's progress.
   */
  async showSolution(): Promise<void> {
    const exercise = this.#exercise;
    let solution: FileMap;
    try {
      const response = await fetch(exercise.solution);
      if (!response.ok) throw new Error(String(response.status));
      solution = ((await response.json()) as { files: FileMap }).files;
    } catch {
      this.#host.showToast(t("cell.solutionFailed"));
      return;
    }
    // A code set aside earlier and not yet brought back is the learner's own; what the editors
    // hold then came from an earlier "Show solution", and stays one Undo away.
    const kept = loadOwnCode(localStorage, this.#host.name, this.#host.original);
    if (!kept) keepOwnCode(localStorage, this.#host.name, this.#host.original, this.#host.files());
    saveMark(exercise.lesson, "solutionShownAt");
    this.#host.replaceFiles(
      mergeEdit(this.#host.original, solution),
      t("cell.solutionShown"),
      () => {
        if (!kept) keepOwnCode(localStorage, this.#host.name, this.#host.original, undefined);
      },
    );
  }
}
