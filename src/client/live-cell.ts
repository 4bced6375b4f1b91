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
import { declaredPaths, readCellSource } from "./cell-source.ts";
import { type FileMap, loadEdit, mergeEdit } from "./cell-storage.ts";
import { CellStore } from "./cell-store.ts";
import { t } from "./cell-strings.ts";
import { CellToast } from "./cell-toast.ts";
import { CellToolbar } from "./cell-toolbar.ts";
import { el } from "./dom.ts";
import { ExerciseView } from "./exercise-view.ts";
import { offerKeptEdit } from "./kept-edit-note.ts";
import { pageEngine } from "./page-engine.ts";
import { PreviewPaneView } from "./preview-pane-view.ts";
import { RequestBuilderView } from "./request-builder-view.ts";
import { linkDeclaredRequests } from "./request-links.ts";
import { RunOutputView } from "./run-output-view.ts";
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
  #store: CellStore;
  #runner: CellRunner;
  #files: CellFileActions;
  #toolbar: CellToolbar;
  #preview: PreviewPaneView;
  /** The exercise's Check, hints and solution, on an exercise cell. */
  readonly exercise: ExerciseView | undefined;
  /** Run tests and their results, on a cell with tests. */
  readonly tests: TestsView | undefined;

  constructor(figure: HTMLElement) {
    const name = figure.dataset.cell ?? "";
    const source = readCellSource(figure);
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
      name,
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
    const output = new RunOutputView(store);
    const builder = new RequestBuilderView((request) => runner.send(request));
    const liveBox = el(
      "div",
      { class: "cell-live" },
      ...status.elements,
      this.#preview.element,
      ...output.elements,
      builder.element,
    );
    // Check results and hints stay right under the buttons that ask for them; the running app
    // comes after them (beside the code, on a wide screen).
    toolbar.after(toast.element, help);
    if (this.tests) help.after(this.tests.element);
    (figure.querySelector(".cell-exercise") ?? this.tests?.element ?? help).after(liveBox);
    offerKeptEdit(
      help,
      { name, original: source.files, exercise: !!source.exercise, stored, shown: start },
      {
        replaceFiles: (files, done, undone) => this.#files.replaceFiles(files, done, undone),
        setFiles: (files) => store.replaceFiles(files),
      },
    );
    linkDeclaredRequests(figure, source, {
      go: (path) => this.#preview.pane.go(path),
      send: (request, shared) => runner.send(request, shared),
      sent: () => output.openInspector(),
    });
    figure.dataset.live = "";
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
