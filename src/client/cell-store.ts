/**
 * One live cell's state, apart from the views that show it: the files as the learner has them,
 * how its latest Run stands, the running app, the status line, the engine note, the toast, the
 * pane's links, and what the app printed and answered. Views subscribe and draw; the runner
 * and the toolbar's actions change it. No DOM, no engine: a store can be made and read in a test.
 */
import type {
  ConsoleChunk,
  DatabaseView,
  EngineName,
  RunningCell,
} from "../../sandbox-runtime/engines/types.ts";
import type { FileMap } from "./cell-storage.ts";
import type { Exchange } from "./inspector-view.ts";

/** How the latest Run stands (`idle` before the first). */
export type RunState = "idle" | "starting" | "ready" | "error";

/** Which engine answered and, when it is not the one hoped for, the sentence saying why. */
export interface EngineNote {
  engine: EngineName;
  /** A message key (`cell-strings.ts`) and the seconds it speaks of. */
  notice?: { messageKey: string; seconds: number };
}

/** A short note under the buttons: a sentence with perhaps one action, or a link to copy by hand. */
export type Toast =
  | { text: string; action?: { label: string; run: () => void } }
  | { link: string };

/** What the preview pane is asked to do. */
export type PreviewChange =
  /** Point the pane at an app and load `path` (or the path it shows) in its frame. */
  | { type: "show"; url: string; path?: string }
  /** Point the pane at an app without loading anything (the checks need no page). */
  | { type: "attach"; url: string }
  /** Load `path` from the app the pane points at. */
  | { type: "load"; path: string }
  /** The preview went to `path` by itself (a link, a form, a redirect). */
  | { type: "navigated"; path: string }
  /** Forget the app: it did not start. */
  | { type: "clear" };

/** Every change a store reports, by name, with what its listeners get. */
export interface CellChanges {
  /** The files changed; `replaced` when they were put in from outside the editors. */
  files: { files: FileMap; replaced: boolean };
  run: RunState;
  /** A Run is starting the app. */
  busy: boolean;
  running: RunningCell | undefined;
  /** The status line (read out by screen readers). */
  message: string;
  engine: EngineNote;
  toast: Toast | undefined;
  /** The paths the pane offers as links. */
  routes: string[];
  /** Printed text, or `clear` when a new Run's output begins (the inspector clears too). */
  console: ConsoleChunk | "clear";
  /** A request the app answered, and its databases after it. */
  exchange: { exchange: Exchange; database: DatabaseView[] };
  preview: PreviewChange;
}

type Listeners = { [K in keyof CellChanges]: Set<(value: CellChanges[K]) => void> };

/**
 * The state of one live cell, with a listener list per kind of change.
 * @example
 * const store = new CellStore({ "app.ts": source });
 * store.on("run", (state) => (figure.dataset.state = state));
 * store.setRun("starting");
 */
export class CellStore {
  /** The files the cell came with (what Reset brings back). */
  readonly original: FileMap;
  #files: FileMap;
  #run: RunState = "idle";
  #busy = false;
  #running: RunningCell | undefined;
  #message = "";
  #engine: EngineNote | undefined;
  #toast: Toast | undefined;
  #routes: string[] = [];
  #listeners: Listeners = {
    files: new Set(),
    run: new Set(),
    busy: new Set(),
    running: new Set(),
    message: new Set(),
    engine: new Set(),
    toast: new Set(),
    routes: new Set(),
    console: new Set(),
    exchange: new Set(),
    preview: new Set(),
  };

  /** `files`: what the learner has now, one entry per file they can edit. */
  constructor(original: FileMap, files: FileMap = original) {
    this.original = original;
    this.#files = { ...files };
  }

  /** Listen for one kind of change; returns the unsubscribe function. */
  on<K extends keyof CellChanges>(kind: K, listener: (value: CellChanges[K]) => void): () => void {
    const listeners = this.#listeners[kind];
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  #emit<K extends keyof CellChanges>(kind: K, value: CellChanges[K]): void {
    for (const listener of this.#listeners[kind]) listener(value);
  }

  /** The files as the learner has them now (a copy). */
  get files(): FileMap {
    return { ...this.#files };
  }

  /** One file changed in its editor. */
  edit(path: string, text: string): void {
    if (this.#files[path] === text) return;
    this.#files[path] = text;
    this.#emit("files", { files: this.files, replaced: false });
  }

  /**
   * Put other files in (a reset, a solution, an Undo): the editors show them. The cell keeps its
   * own paths: one `files` lacks becomes empty, one only `files` has is left out.
   */
  replaceFiles(files: FileMap): void {
    for (const path of Object.keys(this.#files)) this.#files[path] = files[path] ?? "";
    this.#emit("files", { files: this.files, replaced: true });
  }

  get run(): RunState {
    return this.#run;
  }

  setRun(state: RunState): void {
    this.#run = state;
    this.#emit("run", state);
  }

  get busy(): boolean {
    return this.#busy;
  }

  setBusy(busy: boolean): void {
    if (this.#busy === busy) return;
    this.#busy = busy;
    this.#emit("busy", busy);
  }

  /** The app the latest Run started, while it runs. */
  get running(): RunningCell | undefined {
    return this.#running;
  }

  setRunning(cell: RunningCell | undefined): void {
    if (this.#running === cell) return;
    this.#running = cell;
    this.#emit("running", cell);
  }

  get message(): string {
    return this.#message;
  }

  /** Say something on the status line (the same text again is said again). */
  announce(text: string): void {
    this.#message = text;
    this.#emit("message", text);
  }

  get engine(): EngineNote | undefined {
    return this.#engine;
  }

  setEngine(note: EngineNote): void {
    this.#engine = note;
    this.#emit("engine", note);
  }

  get toast(): Toast | undefined {
    return this.#toast;
  }

  showToast(toast: Toast | undefined): void {
    this.#toast = toast;
    this.#emit("toast", toast);
  }

  get routes(): string[] {
    return [...this.#routes];
  }

  setRoutes(paths: string[]): void {
    this.#routes = [...paths];
    this.#emit("routes", this.routes);
  }

  /** A new Run's output begins: the console and the inspector start afresh. */
  clearOutput(): void {
    this.#emit("console", "clear");
  }

  /** The app printed something (or an error is to be shown as printed). */
  write(stream: ConsoleChunk["stream"], text: string): void {
    this.#emit("console", { stream, text });
  }

  /** The app answered a request (the preview's or one sent from the cell). */
  answered(exchange: Exchange, database: DatabaseView[]): void {
    this.#emit("exchange", { exchange, database });
  }

  /** Ask the preview pane for something (see `PreviewChange`). */
  preview(change: PreviewChange): void {
    this.#emit("preview", change);
  }
}
