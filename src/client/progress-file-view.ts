/**
 * The home page's "Your progress" block (`src/components/ProgressFile.astro`): Save to a file
 * writes the progress file (`src/lib/progress-file.ts`) from this browser's storage; Load from a
 * file reads one, asks the learner about every edit that differs from theirs, and only then
 * writes everything at once. A refused file, or storage that refuses, changes nothing.
 */
import { loadProgress, progressEvent } from "../lib/progress-storage.ts";
import { mergeProgress, progressKey, serializeProgress } from "../lib/progress.ts";
import {
  type EditConflict,
  isProgressFileKey,
  makeProgressFile,
  maxProgressFileBytes,
  parseProgressFile,
  planImport,
  progressFileName,
  serializeProgressFile,
} from "../lib/progress-file.ts";

/** The block's strings, in the page's language (`progressFile.*` keys of the UI dictionary). */
type Strings = Record<string, string>;

function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Every stored entry the progress file is about. */
function storedEntries(store: Storage | null): Record<string, string> {
  const entries: Record<string, string> = {};
  if (!store) return entries;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key === null || !isProgressFileKey(key) || key === progressKey) continue;
    const value = store.getItem(key);
    if (value !== null) entries[key] = value;
  }
  return entries;
}

/**
 * Writes every entry, or none: when the storage refuses one (full, disabled), the entries
 * already written get their old values back.
 */
function writeAll(store: Storage | null, entries: Array<[string, string]>): boolean {
  if (!store) return false;
  const before = entries.map(([key]) => [key, store.getItem(key)] as const);
  try {
    for (const [key, value] of entries) store.setItem(key, value);
    return true;
  } catch {
    for (const [key, value] of before) {
      try {
        if (value === null) store.removeItem(key);
        else store.setItem(key, value);
      } catch {
        // Putting back a value of the size it had does not need more room; nothing else to do.
      }
    }
    return false;
  }
}

/** Turns the block under `root` live. */
export function attachProgressFile(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const cellNames = JSON.parse(root.dataset.cells ?? "{}") as Record<string, string>;
  const locale = document.documentElement.lang || "en";
  const t = (key: string, values: Record<string, string | number> = {}) =>
    format(strings[key] ?? key, values);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });

  const save = root.querySelector<HTMLButtonElement>("[data-progress-save]")!;
  const load = root.querySelector<HTMLButtonElement>("[data-progress-load]")!;
  const input = root.querySelector<HTMLInputElement>("[data-progress-input]")!;
  const question = root.querySelector<HTMLElement>("[data-progress-question]")!;
  const questionCount = question.querySelector<HTMLElement>("[data-question-count]")!;
  const questionText = question.querySelector<HTMLElement>("[data-question-text]")!;
  const keepMine = question.querySelector<HTMLButtonElement>('[data-answer="mine"]')!;
  const takeFile = question.querySelector<HTMLButtonElement>('[data-answer="theirs"]')!;
  const status = root.querySelector<HTMLElement>("[data-progress-status]")!;
  // The page shows the buttons disabled until this code has loaded; it has, and nothing of the
  // page can call them before this function returns.
  save.disabled = false;
  load.disabled = false;

  const say = (text: string, kind: "done" | "problem") => {
    status.dataset.kind = kind;
    status.textContent = text;
  };

  save.addEventListener("click", () => {
    const now = new Date();
    const file = makeProgressFile(storedEntries(storage()), loadProgress(), locale, now);
    const name = progressFileName(now);
    const url = URL.createObjectURL(
      new Blob([serializeProgressFile(file)], { type: "application/json" }),
    );
    const link = Object.assign(document.createElement("a"), { href: url, download: name });
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    const lessons = Object.keys(file.progress.lessons).length;
    say(t("progressFile.saved", { file: name, lessons, edits: file.edits.length }), "done");
  });

  load.addEventListener("click", () => input.click());

  /** Asks about each conflict in turn; resolves with the learner's answers, `true` to take the file's. */
  const ask = (conflicts: EditConflict[]): Promise<boolean[]> =>
    new Promise((resolve) => {
      const answers: boolean[] = [];
      const next = () => {
        const conflict = conflicts[answers.length];
        if (!conflict) {
          question.hidden = true;
          keepMine.onclick = takeFile.onclick = null;
          resolve(answers);
          return;
        }
        questionCount.textContent = t("progressFile.question", {
          n: answers.length + 1,
          total: conflicts.length,
        });
        const words =
          conflict.kind === "ownCode"
            ? "progressFile.conflictOwnCode"
            : "progressFile.conflictEdit";
        questionText.textContent = t(words, {
          cell: cellNames[conflict.cell] ?? conflict.cell,
          mine: when.format(conflict.mine.savedAt),
          theirs: when.format(conflict.theirs.savedAt),
        });
        question.hidden = false;
        keepMine.focus();
      };
      keepMine.onclick = () => {
        answers.push(false);
        next();
      };
      takeFile.onclick = () => {
        answers.push(true);
        next();
      };
      next();
    });

  /** Reads and loads one file; true when the learner was asked (focus then needs a home). */
  const readFile = async (picked: File): Promise<boolean> => {
    const name = picked.name;
    if (picked.size > maxProgressFileBytes) {
      say(t("progressFile.tooLarge", { file: name }), "problem");
      return false;
    }
    let text: string;
    try {
      text = await picked.text();
    } catch {
      say(t("progressFile.readFailed", { file: name }), "problem");
      return false;
    }
    const parsed = parseProgressFile(text);
    if (!parsed.ok) {
      say(t(`progressFile.${parsed.problem}`, { file: name }), "problem");
      return false;
    }
    status.textContent = "";
    const plan = planImport(parsed.file, loadProgress(), storedEntries(storage()));
    const asked = plan.conflicts.length > 0;
    const answers = asked ? await ask(plan.conflicts) : [];
    const taken = plan.conflicts.filter((_, i) => answers[i]);
    // Another tab may have recorded progress while the learner answered: join with it now.
    const progress = mergeProgress(loadProgress(), parsed.file.progress);
    const writes: Array<[string, string]> = [
      [progressKey, serializeProgress(progress)],
      ...plan.writes,
      ...taken.map((conflict): [string, string] => [conflict.key, conflict.theirsText]),
    ];
    if (!writeAll(storage(), writes)) {
      say(t("progressFile.storageRefused"), "problem");
      return asked;
    }
    dispatchEvent(new CustomEvent(progressEvent, { detail: progress }));
    let outcome = t("progressFile.loaded", {
      file: name,
      lessons: plan.counts.lessons,
      added: plan.counts.added,
    });
    if (plan.conflicts.length > 0) {
      const kept = plan.conflicts.length - taken.length;
      outcome += ` ${t("progressFile.resolved", { kept, taken: taken.length })}`;
    }
    say(outcome, "done");
    return asked;
  };

  input.addEventListener("change", async () => {
    const picked = input.files?.[0];
    if (!picked) return;
    load.disabled = true;
    let asked = false;
    try {
      asked = await readFile(picked);
    } finally {
      // The same file can be picked again (after fixing it, or into a cleared browser).
      input.value = "";
      load.disabled = false;
    }
    // The question's buttons are gone; focus goes back where the learner started.
    if (asked) load.focus();
  });
}
