/**
 * The cell's console: what the app prints (stdout, stderr) and its errors, located in the
 * learner's files (`app.ts:3:14: SyntaxError: …`). Writes are gathered and drawn together a few
 * times a second, and only the last `MAX_CONSOLE_LINES` lines are kept (a note says how many
 * earlier ones were dropped), so an app printing in a loop cannot freeze the page.
 */
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";

/** The lines the console keeps; older ones are dropped. */
export const MAX_CONSOLE_LINES = 1000;
/** The longest line kept whole; a longer one is cut. */
const MAX_LINE_CHARS = 2000;
/** How often gathered writes are drawn. */
const FLUSH_MS = 50;

interface Chunk {
  stream: "stdout" | "stderr";
  lines: string[];
}

// What the server logs on stderr (its banner, one line per request) is not an error; a
// traceback or an error message is, and only that is drawn as one.
const ERROR_TEXT = /\b(Traceback|[A-Z]\w*Error|Exception)\b|^\S+\.(ts|js):\d+/m;

function classOf(stream: Chunk["stream"], lines: string[]): string {
  if (stream === "stdout") return "cell-stdout";
  return lines.some((line) => ERROR_TEXT.test(line)) ? "cell-stderr cell-error" : "cell-stderr";
}

function linesOf(text: string): string[] {
  const lines = (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n");
  return lines.map((line) =>
    line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line,
  );
}

/** The console of one cell. */
export class ConsoleView {
  readonly element: HTMLElement;
  #output: HTMLElement;
  #dropped: HTMLElement;
  #kept: Chunk[] = [];
  #keptLines = 0;
  #droppedLines = 0;
  #pending: Chunk[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.#output = el("pre", { class: "cell-console", tabindex: "0" }, t("cell.consoleEmpty"));
    this.#dropped = el("p", { class: "cell-console-dropped", hidden: true });
    this.element = el(
      "details",
      { class: "cell-console-box", open: true },
      el("summary", {}, t("cell.console")),
      this.#dropped,
      this.#output,
    );
  }

  /** Everything the console holds now (the kept lines, writes not yet drawn included), as text. */
  get text(): string {
    this.#flush();
    return this.#kept.map((chunk) => `${chunk.lines.join("\n")}\n`).join("");
  }

  /** How many earlier lines were dropped to keep the last `MAX_CONSOLE_LINES`. */
  get droppedLines(): number {
    return this.#droppedLines;
  }

  /** Start afresh (a new Run). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = [];
    this.#kept = [];
    this.#keptLines = 0;
    this.#droppedLines = 0;
    this.#dropped.hidden = true;
    this.#output.replaceChildren(t("cell.consoleEmpty"));
  }

  /** Append printed text (drawn within `FLUSH_MS`). */
  write(stream: "stdout" | "stderr", text: string): void {
    this.#pending.push({ stream, lines: linesOf(text) });
    this.#timer ??= setTimeout(() => this.#flush(), FLUSH_MS);
  }

  #flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending.length === 0) return;
    const pending = this.#pending;
    this.#pending = [];
    if (this.#keptLines === 0) this.#output.replaceChildren();
    // Only the last lines of a long burst are ever drawn, one element per run of a stream.
    let budget = MAX_CONSOLE_LINES;
    let first = pending.length;
    while (first > 0 && budget > 0) {
      first -= 1;
      budget -= pending[first]!.lines.length;
    }
    for (let i = 0; i < first; i++) this.#droppedLines += pending[i]!.lines.length;
    const runs: Chunk[] = [];
    for (let i = first; i < pending.length; i++) {
      const chunk = pending[i]!;
      let lines = chunk.lines;
      if (i === first && budget < 0) {
        this.#droppedLines += -budget;
        lines = lines.slice(-budget);
      }
      const last = runs.at(-1);
      if (last && last.stream === chunk.stream) last.lines.push(...lines);
      else runs.push({ stream: chunk.stream, lines: [...lines] });
    }
    for (const run of runs) {
      const previous = this.#kept.at(-1);
      const span = this.#output.lastElementChild;
      if (
        previous &&
        span &&
        previous.stream === run.stream &&
        span.className === classOf(run.stream, run.lines)
      ) {
        // The same stream as the last line drawn: extend its element.
        previous.lines.push(...run.lines);
        span.append(`${run.lines.join("\n")}\n`);
      } else {
        this.#output.append(
          el("span", { class: classOf(run.stream, run.lines) }, `${run.lines.join("\n")}\n`),
        );
        this.#kept.push(run);
      }
      this.#keptLines += run.lines.length;
    }
    while (this.#keptLines > MAX_CONSOLE_LINES) {
      const first = this.#kept[0]!;
      const over = this.#keptLines - MAX_CONSOLE_LINES;
      const span = this.#output.firstElementChild;
      if (first.lines.length <= over) {
        this.#kept.shift();
        span?.remove();
        this.#keptLines -= first.lines.length;
        this.#droppedLines += first.lines.length;
      } else {
        first.lines = first.lines.slice(over);
        if (span) span.textContent = `${first.lines.join("\n")}\n`;
        this.#keptLines -= over;
        this.#droppedLines += over;
      }
    }
    if (this.#droppedLines > 0) {
      this.#dropped.hidden = false;
      this.#dropped.textContent = t("cell.consoleDropped", {
        dropped: this.#droppedLines,
        kept: MAX_CONSOLE_LINES,
      });
    }
    this.#output.scrollTop = this.#output.scrollHeight;
  }
}
