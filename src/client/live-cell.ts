/**
 * A cell brought to life: its static panels become editors, and Run starts the app with the
 * page's engine and shows it in a browser pane with a console, an inspector and a request
 * builder. Loaded by `cell-boot.ts` on the learner's first interaction with the cell.
 */
import type { EditorView } from "@codemirror/view";
import type { EngineChoice } from "../../sandbox-runtime/engines/auto.ts";
import type { TranspiledCell } from "../../sandbox-runtime/engines/transpile/transpile-cell.ts";
import type {
  CellStatus,
  PreviewExchange,
  RunningCell,
} from "../../sandbox-runtime/engines/types.ts";
import { BrowserPane } from "./browser-pane.ts";
import {
  type FileMap,
  keepOwnCode,
  loadEdit,
  loadOwnCode,
  mergeEdit,
  sameFiles,
  saveEdit,
} from "./cell-storage.ts";
import { t } from "./cell-strings.ts";
import { createCodeEditor, setEditorText, showEditorLine } from "./code-editor.ts";
import { ConsoleView } from "./console-view.ts";
import { el } from "./dom.ts";
import { type Expectation, fetchWithJar } from "./exercise-checks.ts";
import { type ExerciseSource, ExerciseView } from "./exercise-view.ts";
import { cookiesOf, type Exchange, InspectorView } from "./inspector-view.ts";
import { locatedOf } from "./located-error.ts";
import { isTestFile } from "../../sandbox-runtime/engines/cell-tests.ts";
import { pageEngine } from "./page-engine.ts";
import { onPageThemeChange } from "./page-theme.ts";
import { type BuiltAnswer, RequestBuilderView } from "./request-builder-view.ts";
import { type DeclaredRequest, declaredRequest, type OutgoingRequest } from "./request-form.ts";
import { routeLinks } from "./route-links.ts";
import { changedFiles, encodeShare, MAX_SHARE_CHARS, shareFragment } from "./share-code.ts";
import { runCellTests, TestsView } from "./tests-view.ts";

/** What the page carries about a cell (its `data-cell-source` attribute). */
interface CellSource {
  files: FileMap;
  /** Where the build's transpiled form of `files` is (see `StartOptions.prebuilt`). */
  transpiled?: string;
  requests: Array<DeclaredRequest & { expect: Expectation }>;
  /** `shared`: the declared requests keep cookies, like the preview, in the preview's jar. */
  cookies?: "separate" | "shared";
  exercise?: ExerciseSource;
}

/** Longest a Run waits for the build's transpiled form of the cell's files. */
const PREBUILT_WAIT_MS = 1000;

/** How long the code must stay unchanged before the engine prepares its next Run. */
const PRESTART_AFTER_MS = 300;

/** Longest the cell's other panels wait for a Run's page to load before drawing (see `#hold`). */
const HOLD_MAX_MS = 300;

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

function header(headers: Array<[string, string]>, name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

/** One live cell. */
export class LiveCell {
  #figure: HTMLElement;
  #name: string;
  #source: CellSource;
  #editors = new Map<string, EditorView>();
  #running: RunningCell | undefined;
  #runs = 0;
  #awaitingFirst = false;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #runButton: HTMLButtonElement;
  #status: HTMLElement;
  #engineNote: HTMLElement;
  #toast: HTMLElement;
  #pane: BrowserPane;
  #console = new ConsoleView();
  #inspector = new InspectorView();
  #declaredPaths: string[] = [];
  /** The exercise's Check, hints and solution, on an exercise cell. */
  readonly exercise: ExerciseView | undefined;
  /** Run tests and their results, on a cell with tests. */
  readonly tests: TestsView | undefined;
  #prebuilt: Promise<TranspiledCell | undefined> | undefined;
  /** Discards the engine's preparation of the code as it stands, if it made one. */
  #discardPrestart: (() => void) | undefined;
  #prestartTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts edits, so a preparation begun before one is not kept. */
  #edits = 0;
  /** What the panels would draw, held while a Run's page loads (see `#hold`). */
  #held: Array<() => void> | undefined;
  #holdTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(figure: HTMLElement) {
    this.#figure = figure;
    this.#name = figure.dataset.cell ?? "";
    const json = figure.dataset.cellSource ?? "{}";
    this.#source = JSON.parse(json) as CellSource;
    this.#source.files ??= {};
    this.#source.requests ??= [];
    // The engine loads in its own thread while the editors are made here.
    pageEngine().prepare();
    this.#prebuilt = this.#fetchPrebuilt();

    const stored = loadEdit(localStorage, this.#name, this.#source.files);
    const start = stored.current
      ? mergeEdit(this.#source.files, stored.current.files)
      : this.#source.files;
    const hadFocus = document.activeElement;
    this.#makeEditors(start, hadFocus);

    this.#runButton =
      figure.querySelector<HTMLButtonElement>("[data-cell-action='run']") ??
      el("button", { type: "button", class: "cell-run", "data-cell-action": "run" }, t("cell.run"));
    this.#runButton.addEventListener("click", () => void this.run());
    // A hand on its way to Run: have the engine prepare the code now, if it has not yet.
    this.#runButton.addEventListener("pointerenter", () => this.#prestart());
    this.#runButton.addEventListener("focus", () => this.#prestart());
    const toolbar =
      this.#runButton.closest(".cell-toolbar") ??
      el("div", { class: "cell-toolbar" }, this.#runButton);
    if (!toolbar.isConnected) figure.append(toolbar);
    const reset = el("button", { type: "button", class: "cell-reset" }, t("cell.reset"));
    reset.addEventListener("click", () => this.reset());
    const copy = el("button", { type: "button", class: "cell-copy" }, t("cell.copy"));
    copy.addEventListener("click", () => void this.#copy());
    const download = el("button", { type: "button", class: "cell-download" }, t("cell.download"));
    download.addEventListener("click", () => void this.download());
    const share = el("button", { type: "button", class: "cell-share" }, t("cell.share"));
    share.addEventListener("click", () => void this.share());
    toolbar.append(reset, copy, download, share);
    this.exercise = this.#source.exercise
      ? new ExerciseView(
          {
            figure,
            name: this.#name,
            original: this.#source.files,
            files: () => this.files(),
            runQuietly: () => this.run(undefined, false),
            announce: (text) => this.#announce(text),
            showToast: (text) => this.#showToast(text),
            replaceFiles: (files, done, undone) => this.#replaceFiles(files, done, undone),
            runTests: (files) => runCellTests(files),
          },
          this.#source.exercise,
          toolbar,
        )
      : undefined;
    this.tests = Object.keys(this.#source.files).some(isTestFile)
      ? new TestsView(
          {
            figure,
            files: () => this.files(),
            prebuiltFor: (files) => this.#prebuiltFor(files),
            announce: (text) => this.#announce(text),
            showLine: (file, line, column) => this.#showLine(file, line, column),
          },
          toolbar,
          this.#runButton,
        )
      : undefined;
    const page = pageEngine();
    if (page.choosable) toolbar.append(this.#engineMenu(page.choice(), (c) => page.choose(c)));
    this.#toast = el("p", { class: "cell-toast", role: "status" });
    this.#status = el("p", { class: "cell-run-status", role: "status", "aria-live": "polite" });
    this.#engineNote = el("p", { class: "cell-engine" });
    const help = el("p", { class: "cell-help" }, t("cell.editorHelp"));

    const paths = [
      ...new Set(
        this.#source.requests.filter((r) => (r.method ?? "GET") === "GET").map((r) => r.path),
      ),
    ];
    this.#pane = new BrowserPane({ startPath: paths[0] ?? "/", open: (path) => this.#open(path) });
    this.#declaredPaths = paths;
    this.#pane.setRoutes(routeLinks(paths, []));
    // The in-page engine draws preview pages in the lesson's theme; show the page again in the new one.
    onPageThemeChange(() => {
      if (this.#running?.themedPreview) this.#pane.load(this.#pane.current);
    });
    const builder = new RequestBuilderView((request) => this.#sendBuilt(request));
    const liveBox = el(
      "div",
      { class: "cell-live" },
      this.#status,
      this.#engineNote,
      this.#pane.element,
      this.#console.element,
      this.#inspector.element,
      builder.element,
    );
    // Check results and hints stay right under the buttons that ask for them; the running app
    // comes after them (beside the code, on a wide screen).
    toolbar.after(this.#toast, help);
    if (this.tests) help.after(this.tests.element);
    (figure.querySelector(".cell-exercise") ?? this.tests?.element ?? help).after(liveBox);
    const own = this.#source.exercise && loadOwnCode(localStorage, this.#name, this.#source.files);
    if (own && !sameFiles(own.files, start)) {
      // What the editors hold now (the solution, perhaps edited) stays one Undo away.
      this.#offerEdit(help, t("cell.ownCodeKept"), t("cell.ownCodeRestore"), () => {
        keepOwnCode(localStorage, this.#name, this.#source.files, undefined);
        this.#replaceFiles(mergeEdit(this.#source.files, own.files), t("cell.ownCodeBack"), () =>
          keepOwnCode(localStorage, this.#name, this.#source.files, own.files),
        );
      });
    } else if (stored.stale && !stored.current) {
      const stale = stored.stale.files;
      this.#offerEdit(help, t("cell.staleEdit"), t("cell.loadStale"), () =>
        this.#setFiles(mergeEdit(this.#source.files, stale)),
      );
    }
    this.#linkRequests();
    figure.dataset.live = "";
    window.addEventListener("pagehide", () => this.#save());
    // A boot finishing (or failing) in the background changes what the next Run uses: say so.
    page.onEvent((event) => {
      if (this.#running && (event.type === "ready" || event.type === "fallback")) {
        this.#showEngine(this.#running);
      }
    });
  }

  /** The build's transpiled form of the cell's own files; undefined if it cannot be had. */
  async #fetchPrebuilt(): Promise<TranspiledCell | undefined> {
    if (!this.#source.transpiled) return undefined;
    try {
      const response = await fetch(this.#source.transpiled);
      return response.ok
        ? (((await response.json()) as TranspiledCell | null) ?? undefined)
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** What the engine may run instead of transpiling `files`, when they are the cell's own. */
  async #prebuiltFor(files: FileMap): Promise<TranspiledCell | undefined> {
    if (!this.#prebuilt || !sameFiles(files, this.#source.files)) return undefined;
    // On a slow network the engine transpiles itself rather than wait.
    const late = new Promise<undefined>((resolve) => setTimeout(resolve, PREBUILT_WAIT_MS));
    return Promise.race([this.#prebuilt, late]);
  }

  /** The files as the editors hold them. */
  files(): FileMap {
    const files: FileMap = {};
    for (const [path, view] of this.#editors) files[path] = view.state.doc.toString();
    return files;
  }

  /** Open a file's tab and put the cursor at a line and column of it. */
  #showLine(file: string, line: number, column: number): void {
    const view = this.#editors.get(file);
    if (!view) return;
    const panel = view.dom.closest<HTMLElement>(".cell-panel");
    const radio = panel?.previousElementSibling?.previousElementSibling;
    if (radio instanceof HTMLInputElement) radio.checked = true;
    showEditorLine(view, line, column);
  }

  /** The running app, if any. */
  get running(): RunningCell | undefined {
    return this.#running;
  }

  #makeEditors(start: FileMap, hadFocus: Element | null): void {
    const panels = this.#figure.querySelectorAll<HTMLElement>(
      ".cell-panel[data-file]:not([data-twin])",
    );
    let toFocus: EditorView | undefined;
    for (const panel of panels) {
      const path = panel.dataset.file ?? "";
      if (!(path in this.#source.files)) continue;
      const pre = panel.querySelector("pre");
      const box = el("div", { class: "cell-editor" });
      const view = createCodeEditor(box, {
        path,
        text: start[path] ?? "",
        label: t("cell.editorLabel", { file: path }),
        onChange: () => {
          this.#scheduleSave();
          this.#edited();
        },
        onRun: () => void this.run(),
        onEscape: () => this.#runButton.focus(),
      });
      if (pre) {
        if (hadFocus && pre.contains(hadFocus)) toFocus = view;
        pre.replaceWith(box);
      } else panel.append(box);
      this.#editors.set(path, view);
    }
    toFocus?.focus();
  }

  #engineMenu(current: EngineChoice, choose: (choice: EngineChoice) => void): HTMLElement {
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
    return select;
  }

  /** A note offering an edit kept aside (an earlier version's, or the learner's own code). */
  #offerEdit(after: HTMLElement, text: string, label: string, open: () => void): void {
    const button = el("button", { type: "button", class: "cell-load-stale" }, label);
    const note = el("p", { class: "cell-stale" }, text, " ", button);
    button.addEventListener("click", () => {
      open();
      note.remove();
    });
    after.after(note);
  }

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
        if (method === "GET") this.#pane.go(path);
        else {
          const declared = this.#source.requests.find(
            (r) => r.path === path && (r.method ?? "GET") === method,
          );
          const shared = this.#source.cookies === "shared";
          void this.#sendBuilt(declaredRequest(declared ?? { method, path }), shared).then(
            () => (this.#inspector.element as HTMLDetailsElement).setAttribute("open", ""),
            () => undefined,
          );
        }
      });
    }
  }

  #setFiles(files: FileMap): void {
    for (const [path, view] of this.#editors) setEditorText(view, files[path] ?? "");
    this.#save();
  }

  /**
   * The code changed: what the engine prepared is of no use any more, and once the learner
   * pauses it prepares the new code, so the next Run only has to show it.
   */
  #edited(): void {
    this.#edits += 1;
    this.#discardPrestart?.();
    this.#discardPrestart = undefined;
    clearTimeout(this.#prestartTimer);
    this.#prestartTimer = setTimeout(() => this.#prestart(), PRESTART_AFTER_MS);
  }

  /** Ask the engine to prepare a Run of the code as it stands (once per version of it). */
  #prestart(): void {
    clearTimeout(this.#prestartTimer);
    const engine = pageEngine().engine;
    if (this.#discardPrestart || !engine.prestart) return;
    const edits = this.#edits;
    const files = this.files();
    this.#discardPrestart = () => undefined;
    void this.#prebuiltFor(files).then((prebuilt) => {
      if (edits !== this.#edits) return;
      this.#discardPrestart = engine.prestart?.(files, prebuilt ? { prebuilt } : {});
    });
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), 250);
  }

  #save(): void {
    clearTimeout(this.#saveTimer);
    saveEdit(localStorage, this.#name, this.#source.files, this.files());
  }

  #showToast(text: string, action?: { label: string; run: () => void }): void {
    this.#toast.replaceChildren(text);
    if (action) {
      const button = el("button", { type: "button", class: "cell-undo" }, action.label);
      button.addEventListener("click", () => {
        action.run();
        this.#toast.replaceChildren();
      });
      this.#toast.append(" ", button);
    }
  }

  /**
   * Put other files in the editors; a toast says `done` and offers Undo, which brings back
   * exactly what the editors held (and runs `undone`).
   */
  #replaceFiles(files: FileMap, done: string, undone?: () => void): void {
    const before = this.files();
    this.#setFiles(files);
    this.#showToast(done, {
      label: t("cell.undo"),
      run: () => {
        this.#setFiles(before);
        undone?.();
      },
    });
  }

  /** Put the original files back; a toast offers Undo. */
  reset(): void {
    this.#replaceFiles(this.#source.files, t("cell.resetDone"));
  }

  /**
   * Put files from a share link (already checked by `decodeShare`) over the original ones; a
   * toast offers Undo. Nothing runs.
   */
  loadShared(files: FileMap): void {
    this.#replaceFiles(mergeEdit(this.#source.files, files), t("cell.shareLoaded"));
    this.#runButton.focus();
  }

  /** Download the cell, as the editors hold it, as a runnable project (a zip). */
  async download(): Promise<void> {
    this.#showToast(t("cell.downloading"));
    try {
      const { downloadProject } = await import("./cell-download.ts");
      const name = await downloadProject(this.#name, this.files(), t);
      this.#showToast(t("cell.downloaded", { file: name }));
    } catch (error) {
      this.#showToast(t("cell.downloadFailed", { error: locatedOf(error).message }));
    }
  }

  /**
   * Copy a link to this page that carries the changed files in its fragment; where the
   * clipboard is refused, show the link in a selected text field instead.
   */
  async share(): Promise<void> {
    const changed = changedFiles(this.#source.files, this.files());
    const page = `${location.origin}${location.pathname}${location.search}`;
    let link = page;
    let message = t("cell.shareUnchanged");
    if (Object.keys(changed).length > 0) {
      const payload = await encodeShare(changed);
      if (payload.length > MAX_SHARE_CHARS) {
        this.#showToast(t("cell.shareTooLarge", { limit: MAX_SHARE_CHARS }));
        return;
      }
      link = `${page}${shareFragment(this.#name, payload)}`;
      message = t("cell.shareCopied");
    }
    try {
      await navigator.clipboard.writeText(link);
      this.#showToast(message);
    } catch {
      const field = el("input", {
        type: "text",
        class: "cell-share-link",
        readonly: true,
        value: link,
      });
      this.#toast.replaceChildren(el("label", {}, t("cell.shareFallback"), " ", field));
      field.focus();
      field.select();
    }
  }

  async #copy(): Promise<void> {
    const checked = this.#figure.querySelector<HTMLInputElement>(".cell-tab-input:checked");
    const panel = checked?.nextElementSibling?.nextElementSibling as HTMLElement | null | undefined;
    const path = panel?.dataset.file ?? "app.ts";
    const text =
      this.#editors.get(path)?.state.doc.toString() ??
      panel?.querySelector("pre")?.textContent ??
      "";
    try {
      await navigator.clipboard.writeText(text);
      this.#showToast(t("cell.copied"));
    } catch {
      // Clipboard refused (permissions): nothing to announce beyond leaving the toast empty.
    }
  }

  #announce(text: string): void {
    this.#status.textContent = text;
  }

  /** Say which engine answered (the cell's, or the page's when the cell did not start) and why. */
  #showEngine(cell?: RunningCell): void {
    const page = pageEngine();
    const engine = cell?.engine ?? page.active() ?? "worker";
    const notice = page.notice();
    const parts = [t("cell.engine", { name: t(`cell.engine.${engine}`) })];
    if (notice) parts.push(t(notice.messageKey, { seconds: notice.seconds }));
    // Unchanged text is left alone: a Run redraws nothing it does not have to.
    const text = parts.join(" ");
    if (this.#engineNote.textContent !== text) this.#engineNote.textContent = text;
    if (this.#engineNote.dataset.engine !== engine) this.#engineNote.dataset.engine = engine;
  }

  #onStatus(status: CellStatus, run: number): void {
    if (run !== this.#runs) return;
    if (status.state === "crashed") {
      this.#soon(() => {
        this.#console.write("stderr", status.error.formatted);
        this.#announce(t("cell.crashed", { error: status.error.formatted.split("\n")[0] ?? "" }));
      });
    }
  }

  /** Show a path in the pane, running the cell first if need be. */
  open(path: string): void {
    this.#pane.go(path);
  }

  /**
   * Run the cell (stopping the previous run) and show `path` in the pane; with `show: false`
   * the pane is left alone (the checks need no preview).
   */
  async run(path?: string, show = true): Promise<RunningCell | undefined> {
    this.#save();
    clearTimeout(this.#prestartTimer);
    const run = ++this.#runs;
    this.#figure.dataset.state = "starting";
    this.#announce(t("cell.starting"));
    const previous = this.#running;
    this.#running = undefined;
    await previous?.stop().catch(() => undefined);
    // What the previous run had still to draw goes with its console and inspector; they are
    // cleared when this run's output is drawn (once its page has loaded), in one step.
    clearTimeout(this.#holdTimer);
    this.#held = undefined;
    if (show) this.#hold();
    this.#soon(() => {
      this.#console.clear();
      this.#inspector.clear();
    });
    this.#runButton.setAttribute("aria-busy", "true");
    const page = pageEngine();
    const unsubscribe = page.onEvent((event) => {
      if (event.type === "engine") this.#showEngine();
    });
    const files = this.files();
    const prebuilt = await this.#prebuiltFor(files);
    if (run !== this.#runs) return undefined;
    let cell: RunningCell;
    // Where the engine allows it, the page starts loading while the app starts.
    let shownEarly = false;
    try {
      cell = await page.engine.start(files, {
        ...(prebuilt ? { prebuilt } : {}),
        onConsole: (chunk) => {
          if (run === this.#runs) this.#soon(() => this.#console.write(chunk.stream, chunk.text));
        },
        onStatus: (status) => this.#onStatus(status, run),
        onPreviewUrl: (url) => {
          if (!show || run !== this.#runs || shownEarly) return;
          shownEarly = true;
          this.#showPreview(url, path);
        },
      });
    } catch (error) {
      if (run !== this.#runs) return undefined;
      if (shownEarly) this.#pane.clear();
      this.#release();
      const located = locatedOf(error);
      this.#console.write("stderr", located.formatted);
      this.#figure.dataset.state = "error";
      this.#announce(t("cell.failed", { error: located.formatted.split("\n")[0] ?? "" }));
      this.#showEngine();
      return undefined;
    } finally {
      unsubscribe();
      this.#runButton.removeAttribute("aria-busy");
      // The engine took the preparation if it was of these files; none other is of use now.
      this.#discardPrestart?.();
      this.#discardPrestart = undefined;
    }
    if (run !== this.#runs) {
      await cell.stop().catch(() => undefined);
      return undefined;
    }
    this.#running = cell;
    this.#pane.setRoutes(routeLinks(this.#declaredPaths, cell.routes()));
    this.#showEngine(cell);
    this.#watchPreview(cell);
    try {
      await cell.previewReady();
    } catch (error) {
      this.#soon(() => this.#console.write("stderr", locatedOf(error).formatted));
    }
    this.#figure.dataset.state = "ready";
    if (!shownEarly) {
      shownEarly = true;
      if (show) this.#showPreview(cell.url, path);
      else this.#pane.attach(cell.url);
    }
    return cell;
  }

  #showPreview(url: string, path: string | undefined): void {
    this.#pane.attach(url);
    this.#awaitingFirst = true;
    this.#pane.load(path ?? this.#pane.current);
  }

  /**
   * While a Run's page loads in the preview, hold back what the console, the inspector and the
   * address bar would draw: in many browsers the preview shares this page's thread, and the
   * page is what the learner waits for. All of it is drawn, in order, in the frame after the
   * one that shows the page (or after `HOLD_MAX_MS`).
   */
  #hold(): void {
    const held: Array<() => void> = [];
    this.#held = held;
    const release = () => {
      if (this.#held === held) this.#release();
    };
    void this.#pane.nextLoad().then(() => requestAnimationFrame(() => setTimeout(release, 0)));
    this.#holdTimer = setTimeout(release, HOLD_MAX_MS);
  }

  #release(): void {
    clearTimeout(this.#holdTimer);
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const update of held) update();
  }

  /** Draw now, or once the Run's page has loaded if it is loading. */
  #soon(update: () => void): void {
    if (this.#held) this.#held.push(update);
    else update();
  }

  #open(path: string): void {
    if (this.#running) this.#pane.load(path);
    else void this.run(path);
  }

  // Where the engine sees the preview frame's requests, the inspector shows each as the app saw
  // it: the cookies the jar sent and the ones the app set, which the frame never sees.
  #watchPreview(cell: RunningCell): void {
    cell.onPreviewExchange((exchange) => this.#soon(() => this.#showExchange(cell, exchange)));
  }

  #showExchange(cell: RunningCell, exchange: PreviewExchange): void {
    const { served, response } = exchange;
    const location = response?.header("location") ?? header(served.headers, "location");
    this.#inspector.add({
      method: exchange.method,
      path: exchange.path,
      status: served.status,
      statusText: served.statusText,
      requestHeaders: exchange.headers,
      responseHeaders: response?.headers ?? served.headers,
      cookiesSent: cookiesOf(exchange.headers),
      cookiesSet: (response?.cookies ?? []).map((c) => `${c.name}=${c.value}`),
      ...(location ? { location } : {}),
      ms: exchange.ms,
    });
    this.#inspector.showDatabase(cell.database());
    const accept = header(exchange.headers, "accept") ?? "";
    const redirect = served.status >= 300 && served.status < 400;
    if (accept.includes("text/html") && !redirect && cell === this.#running) {
      this.#pane.navigated(exchange.path);
      if (this.#awaitingFirst) {
        this.#awaitingFirst = false;
        this.#announce(
          t("cell.ready", {
            method: exchange.method,
            path: exchange.path,
            status: served.status,
          }),
        );
      }
    }
  }

  async #ensureRunning(): Promise<RunningCell | undefined> {
    return this.#running ?? (await this.run());
  }

  /** Send a request and show it in the inspector; `shared` sends it through the preview's jar. */
  async #sendBuilt(request: OutgoingRequest, shared = false): Promise<BuiltAnswer> {
    const cell = await this.#ensureRunning();
    if (!cell) throw new Error(t("cell.notRunning"));
    const began = performance.now();
    const jar = shared ? cell.previewCookies : undefined;
    const response = await fetchWithJar(
      (sent) =>
        cell.fetch({
          method: sent.method,
          path: sent.path,
          headers: sent.headers,
          ...(sent.body !== undefined ? { body: sent.body } : {}),
        }),
      request,
      jar,
    );
    const location = response.header("location");
    const exchange: Exchange = {
      method: request.method,
      path: request.path,
      status: response.status,
      statusText: response.statusText,
      requestHeaders: request.headers,
      ...(request.body !== undefined ? { requestBody: request.body } : {}),
      responseHeaders: response.headers,
      cookiesSent: cookiesOf(request.headers),
      cookiesSet: response.cookies.map((c) => `${c.name}=${c.value}`),
      ...(location ? { location } : {}),
      ms: performance.now() - began,
    };
    this.#inspector.add(exchange);
    this.#inspector.showDatabase(cell.database());
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body: response.text(),
    };
  }
}
