/**
 * A cell brought to life: its static panels become editors, and Run starts the app with the
 * page's engine and shows it in a browser pane with a console, an inspector and a request
 * builder. Loaded by `cell-boot.ts` on the learner's first interaction with the cell.
 *
 * The cell's state is a `CellStore`; `CellRunner` runs it with the engine; the views (toolbar,
 * toast, status, editors, pane, console, inspector, exercise, tests) show the store and call
 * the runner. This module puts them together, in the page's order.
 */
import type { RunningCell } from "../../sandbox-runtime/engines/types.ts";
import { isTestFile } from "../../sandbox-runtime/engines/cell-tests.ts";
import { CellAutosave } from "./cell-autosave.ts";
import { CellEditors, editorPanels } from "./cell-editors.ts";
import { CellFileActions } from "./cell-file-actions.ts";
import { CellRunner } from "./cell-runner.ts";
import { type CellSource, declaredPaths, readCellSource } from "./cell-source.ts";
import {
  type FileMap,
  keepOwnCode,
  loadEdit,
  loadOwnCode,
  mergeEdit,
  sameFiles,
} from "./cell-storage.ts";
import { CellStore } from "./cell-store.ts";
import { t } from "./cell-strings.ts";
import { CellToast } from "./cell-toast.ts";
import { CellToolbar } from "./cell-toolbar.ts";
import { ConsoleView } from "./console-view.ts";
import { el } from "./dom.ts";
import { ExerciseView } from "./exercise-view.ts";
import { InspectorView } from "./inspector-view.ts";
import { pageEngine } from "./page-engine.ts";
import { PreviewPaneView } from "./preview-pane-view.ts";
import { RequestBuilderView } from "./request-builder-view.ts";
import { declaredRequest } from "./request-form.ts";
import { RunStatusView } from "./run-status-view.ts";
import { runCellTests, TestsView } from "./tests-view.ts";

/** How the cell was first touched. */
export interface ActivateOptions {
  /** The button (`data-cell-action`: run, check, hint, solution) pressed before it was live. */
  action?: string;
  /** The learner chose one of the declared requests before the editor had loaded. */
  open?: string;
}

const live = new WeakMap<HTMLElement, LiveCell>();

/**
 * Turn one static cell into a live one (once).
 * @example activateCell(document.querySelector("[data-cell]")!, { action: "run" });
 */
export function activateCell(figure: HTMLElement, options: ActivateOptions = {}): LiveCell {
  let cell = live.get(figure);
  if (!cell) {
    cell = new LiveCell(figure);
    live.set(figure, cell);
  }
  if (options.open !== undefined) cell.open(options.open);
  else if (options.action === "run") void cell.run();
  else if (options.action === "tests") void cell.tests?.run();
  else if (options.action === "check") void cell.exercise?.check();
  else if (options.action === "hint") cell.exercise?.hint();
  else if (options.action === "solution") void cell.exercise?.showSolution();
  return cell;
}

/** One live cell. */
export class LiveCell {
  #figure: HTMLElement;
  #name: string;
  #source: CellSource;
  #store: CellStore;
  #runner: CellRunner;
  #files: CellFileActions;
  #toolbar: CellToolbar;
  #preview: PreviewPaneView;
  #inspector = new InspectorView();
  /** The exercise's Check, hints and solution, on an exercise cell. */
  readonly exercise: ExerciseView | undefined;
  /** Run tests and their results, on a cell with tests. */
  readonly tests: TestsView | undefined;

  constructor(figure: HTMLElement) {
    this.#figure = figure;
    const name = figure.dataset.cell ?? "";
    this.#name = name;
    const source = readCellSource(figure);
    this.#source = source;
    const stored = loadEdit(localStorage, name, source.files);
    const start = stored.current ? mergeEdit(source.files, stored.current.files) : source.files;
    const panels = editorPanels(figure, source.files);
    const store = new CellStore(
      source.files,
      Object.fromEntries([...panels.keys()].map((path) => [path, start[path] ?? ""])),
    );
    this.#store = store;
    const autosave = new CellAutosave(store, name);
    const paths = declaredPaths(source);
    // Made first: the engine loads in its own thread while the editors are made.
    const runner = new CellRunner(store, {
      source,
      declaredPaths: paths,
      nextLoad: () => this.#preview.pane.nextLoad(),
      beforeRun: () => autosave.save(),
    });
    this.#runner = runner;
    store.on("files", () => runner.edited());
    this.#files = new CellFileActions(store, name);

    const editors = new CellEditors(figure, panels, store, {
      onRun: () => void this.run(),
      onEscape: () => this.#toolbar.runButton.focus(),
    });
    this.#toolbar = new CellToolbar(figure, store, {
      run: () => void this.run(),
      prestart: () => runner.prestart(),
      reset: () => this.reset(),
      copy: () => void this.#files.copy(editors.shownText()),
      download: () => void this.download(),
      share: () => void this.share(),
    });
    const toolbar = this.#toolbar.element;
    const announce = (text: string) => store.announce(text);
    this.exercise = source.exercise
      ? new ExerciseView(
          {
            figure,
            name,
            original: source.files,
            files: () => store.files,
            runQuietly: () => this.run(undefined, false),
            announce,
            showToast: (text) => store.showToast({ text }),
            replaceFiles: (files, done, undone) => this.#files.replaceFiles(files, done, undone),
            runTests: (files) => runCellTests(files),
          },
          source.exercise,
          toolbar,
        )
      : undefined;
    this.tests = Object.keys(source.files).some(isTestFile)
      ? new TestsView(
          {
            figure,
            files: () => store.files,
            prebuiltFor: (files) => runner.prebuiltFor(files),
            announce,
            showLine: (file, line, column) => editors.showLine(file, line, column),
          },
          toolbar,
          this.#toolbar.runButton,
        )
      : undefined;
    const page = pageEngine();
    if (page.choosable) this.#toolbar.addEngineMenu(page.choice(), (c) => page.choose(c));
    const toast = new CellToast(store);
    const status = new RunStatusView(figure, store);
    const help = el("p", { class: "cell-help" }, t("cell.editorHelp"));

    this.#preview = new PreviewPaneView(store, {
      startPath: paths[0] ?? "/",
      open: (path) => runner.open(path),
    });
    const consoleView = new ConsoleView();
    const inspector = this.#inspector;
    store.on("console", (chunk) => {
      if (chunk === "clear") {
        consoleView.clear();
        inspector.clear();
      } else consoleView.write(chunk.stream, chunk.text);
    });
    store.on("exchange", ({ exchange, database }) => {
      inspector.add(exchange);
      inspector.showDatabase(database);
    });
    const builder = new RequestBuilderView((request) => runner.send(request));
    const liveBox = el(
      "div",
      { class: "cell-live" },
      ...status.elements,
      this.#preview.element,
      consoleView.element,
      inspector.element,
      builder.element,
    );
    // Check results and hints stay right under the buttons that ask for them; the running app
    // comes after them (beside the code, on a wide screen).
    toolbar.after(toast.element, help);
    if (this.tests) help.after(this.tests.element);
    (figure.querySelector(".cell-exercise") ?? this.tests?.element ?? help).after(liveBox);
    this.#offerKeptEdit(help, stored.stale?.files, stored.current !== undefined, start);
    this.#linkRequests();
    figure.dataset.live = "";
  }

  /**
   * Offer, in a note under the help, an edit kept aside: the learner's own code (set aside when
   * they showed the solution), or else an edit made for an earlier version of the cell.
   */
  #offerKeptEdit(
    help: HTMLElement,
    stale: FileMap | undefined,
    hasCurrent: boolean,
    start: FileMap,
  ): void {
    const { files } = this.#source;
    const own = this.#source.exercise && loadOwnCode(localStorage, this.#name, files);
    if (own && !sameFiles(own.files, start)) {
      // What the editors hold now (the solution, perhaps edited) stays one Undo away.
      this.#offerEdit(help, t("cell.ownCodeKept"), t("cell.ownCodeRestore"), () => {
        keepOwnCode(localStorage, this.#name, files, undefined);
        this.#files.replaceFiles(mergeEdit(files, own.files), t("cell.ownCodeBack"), () =>
          keepOwnCode(localStorage, this.#name, files, own.files),
        );
      });
    } else if (stale && !hasCurrent) {
      this.#offerEdit(help, t("cell.staleEdit"), t("cell.loadStale"), () =>
        this.#store.replaceFiles(mergeEdit(files, stale)),
      );
    }
  }

  /** A note offering an edit kept aside; it goes once taken. */
  #offerEdit(after: HTMLElement, text: string, label: string, open: () => void): void {
    const button = el("button", { type: "button", class: "cell-load-stale" }, label);
    const note = el("p", { class: "cell-stale" }, text, " ", button);
    button.addEventListener("click", () => {
      open();
      note.remove();
    });
    after.after(note);
  }

  /** The declared requests become links: a GET shows its page, others go to the inspector. */
  #linkRequests(): void {
    for (const item of this.#figure.querySelectorAll<HTMLElement>(".cell-requests li")) {
      const method = item.dataset.method ?? "GET";
      const path = item.dataset.path ?? "/";
      const code = item.querySelector("code");
      if (!code) continue;
      const link = el("a", { href: "#", class: "cell-request-link" });
      code.replaceWith(link);
      link.append(code);
      // On the item, not the link: a press that began on the item before the cell went live
      // (mouse down before, mouse up after the link was made) still ends in a click here.
      item.addEventListener("click", (event) => {
        event.preventDefault();
        if (method === "GET") this.#preview.pane.go(path);
        else {
          const declared = this.#source.requests.find(
            (r) => r.path === path && (r.method ?? "GET") === method,
          );
          const shared = this.#source.cookies === "shared";
          void this.#runner.send(declaredRequest(declared ?? { method, path }), shared).then(
            () => (this.#inspector.element as HTMLDetailsElement).setAttribute("open", ""),
            () => undefined,
          );
        }
      });
    }
  }

  /** The files as the editors hold them. */
  files(): FileMap {
    return this.#store.files;
  }

  /** The running app, if any. */
  get running(): RunningCell | undefined {
    return this.#store.running;
  }

  /** Put the original files back; a toast offers Undo. */
  reset(): void {
    this.#files.reset();
  }

  /**
   * Put files from a share link (already checked by `decodeShare`) over the original ones; a
   * toast offers Undo. Nothing runs.
   */
  loadShared(files: FileMap): void {
    this.#files.loadShared(files);
    this.#toolbar.runButton.focus();
  }

  /** Download the cell, as the editors hold it, as a runnable project (a zip). */
  download(): Promise<void> {
    return this.#files.download();
  }

  /**
   * Copy a link to this page that carries the changed files in its fragment; where the
   * clipboard is refused, show the link in a selected text field instead.
   */
  share(): Promise<void> {
    return this.#files.share();
  }

  /** Show a path in the pane, running the cell first if need be. */
  open(path: string): void {
    this.#preview.pane.go(path);
  }

  /**
   * Run the cell (stopping the previous run) and show `path` in the pane; with `show: false`
   * the pane is left alone (the checks need no preview).
   */
  run(path?: string, show = true): Promise<RunningCell | undefined> {
    return this.#runner.run(path, show);
  }
}
