/**
 * The progress file: what a learner saves from the course home to move to another browser or to
 * hand in to an instructor, and loads back. It is plain, indented JSON, so a person can read it:
 *
 * ```json
 * { "format": "kolba-progress", "version": 1, "locale": "lt",
 *   "createdAt": "2026-11-22T09:15:00.000Z",
 *   "progress": { "version": 1, "lessons": { "routing": { "readAt": "…" } } },
 *   "edits": [{ "cell": "routing/two-routes", "cellVersion": "1a2b3c4d", "kind": "edit",
 *               "savedAt": "…", "files": { "app.ts": "…" } }],
 *   "hints": [{ "cell": "routing/exercise", "cellVersion": "9f8e7d6c", "shown": 2 }] }
 * ```
 *
 * `edits` holds every saved edit (`kind: "edit"`) and every piece of the learner's own code set
 * aside when they showed a solution (`kind: "ownCode"`); `cellVersion` is the hash of the cell's
 * original files that the browser keys them by (`src/client/cell-storage.ts`), so an edit of an
 * older version of a cell stays apart from the current one after a move too.
 *
 * Pure functions only: the page gives the relevant `localStorage` entries as a plain record and
 * writes back what `planImport` returns. A file is read as untrusted input: anything that is not
 * exactly this shape is refused whole, with the reason, and nothing is written.
 */
import { mergeProgress, type Progress, progressKey, readProgress } from "./progress.ts";

/** The value of `format` that says a JSON document is one of ours. */
export const progressFileFormat = "kolba-progress";

/** The version this code writes and the newest it reads. */
export const progressFileVersion = 1;

/** The largest file the page reads, in bytes; a browser's storage holds far less. */
export const maxProgressFileBytes = 20 * 1024 * 1024;

/** Which of a cell's stored entries an edit is. */
export type EditKind = "edit" | "ownCode";

/** A cell's files: path → text. */
export type Files = Record<string, string>;

/** One stored edit of one version of a cell, as the file writes it. */
export interface SavedEdit {
  /** The cell's name, `<lesson>/<cell>`. */
  cell: string;
  /** The hash of the cell's original files the edit was made against (8 hex digits). */
  cellVersion: string;
  /** A saved edit, or the learner's own code set aside while a solution is shown. */
  kind: EditKind;
  /** When it was saved, as an ISO date. */
  savedAt: string;
  files: Files;
}

/** How many of one exercise version's hints the learner has revealed. */
export interface HintsShown {
  cell: string;
  cellVersion: string;
  shown: number;
}

/** The whole document. */
export interface ProgressFile {
  format: typeof progressFileFormat;
  version: typeof progressFileVersion;
  /** The language of the site it was saved from. */
  locale: string;
  /** When it was made, as an ISO date. */
  createdAt: string;
  progress: Progress;
  edits: SavedEdit[];
  hints: HintsShown[];
}

/** Why a file was refused. */
export type ProgressFileProblem =
  /** Not JSON at all. */
  | "notJson"
  /** JSON, but without our `format` marker. */
  | "notOurs"
  /** Ours, from a newer version of the course than this one reads. */
  | "newer"
  /** Ours, but some part is missing or of the wrong shape. */
  | "damaged";

/** What reading a file gave: the document, or the problem and where it was found. */
export type ProgressFileResult =
  | { ok: true; file: ProgressFile }
  | { ok: false; problem: ProgressFileProblem; detail: string };

const cellPrefix = "kolba.cell.";
const segment = "[a-z0-9]+(?:-[a-z0-9]+)*";
const cellPattern = new RegExp(`^${segment}/${segment}$`);
const slugPattern = new RegExp(`^${segment}$`);
const versionPattern = /^[0-9a-f]{8}$/;
const keyPattern = new RegExp(
  `^kolba\\.cell\\.(${segment}/${segment})\\.([0-9a-f]{8})(\\.own|\\.hints)?$`,
);
const localePattern = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** A stored cell entry's key, taken apart. */
export interface CellEntry {
  cell: string;
  cellVersion: string;
  kind: EditKind | "hints";
}

/**
 * The `localStorage` key of a cell entry, as `src/client/cell-storage.ts` writes it.
 * @example cellEntryKey({ cell: "routing/exercise", cellVersion: "1a2b3c4d", kind: "hints" }) // "kolba.cell.routing/exercise.1a2b3c4d.hints"
 */
export function cellEntryKey({ cell, cellVersion, kind }: CellEntry): string {
  const suffix = kind === "ownCode" ? ".own" : kind === "hints" ? ".hints" : "";
  return `${cellPrefix}${cell}.${cellVersion}${suffix}`;
}

/**
 * Takes a `localStorage` key apart, or gives `undefined` for a key that is no cell entry.
 * @example readCellEntryKey("kolba.cell.routing/two-routes.1a2b3c4d.own")?.kind // "ownCode"
 */
export function readCellEntryKey(key: string): CellEntry | undefined {
  const match = keyPattern.exec(key);
  if (!match) return undefined;
  const kind = match[3] === ".own" ? "ownCode" : match[3] === ".hints" ? "hints" : "edit";
  return { cell: match[1]!, cellVersion: match[2]!, kind };
}

/**
 * Whether a `localStorage` key holds something the progress file carries.
 * @example isProgressFileKey("kolba.progress.v1") // true
 */
export function isProgressFileKey(key: string): boolean {
  return key === progressKey || readCellEntryKey(key) !== undefined;
}

/**
 * The name the file is saved under, with the learner's own date.
 * @example progressFileName(new Date(2026, 10, 22)) // "kolba-progress-2026-11-22.json"
 */
export function progressFileName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `kolba-progress-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.json`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isDate = (value: unknown): value is string =>
  typeof value === "string" && !Number.isNaN(Date.parse(value));

/** A stored edit's text as cell-storage writes it; `undefined` when it is not one. */
function storedEdit(text: string | undefined): { files: Files; savedAt: number } | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || !isObject(value.files)) return undefined;
  const files: Files = {};
  for (const [path, content] of Object.entries(value.files)) {
    if (typeof content === "string") files[path] = content;
  }
  const savedAt = typeof value.savedAt === "number" ? value.savedAt : 0;
  return { files, savedAt };
}

function storedHints(text: string | undefined): number {
  const count = Number(text);
  return text !== undefined && Number.isInteger(count) && count > 0 ? count : 0;
}

const byCell = (
  a: { cell: string; cellVersion: string },
  b: { cell: string; cellVersion: string },
) =>
  a.cell === b.cell ? a.cellVersion.localeCompare(b.cellVersion) : a.cell.localeCompare(b.cell);

/**
 * The file for what this browser holds: `stored` is every `localStorage` entry whose key
 * `isProgressFileKey` accepts (others are ignored). Entries the site itself could not read are
 * left out, as the site leaves them unused.
 * @example makeProgressFile({ "kolba.progress.v1": text }, emptyProgress(), "lt", new Date())
 */
export function makeProgressFile(
  stored: Record<string, string>,
  progress: Progress,
  locale: string,
  now: Date,
): ProgressFile {
  const edits: SavedEdit[] = [];
  const hints: HintsShown[] = [];
  for (const [key, text] of Object.entries(stored)) {
    const entry = readCellEntryKey(key);
    if (!entry) continue;
    const { cell, cellVersion, kind } = entry;
    if (kind === "hints") {
      const shown = storedHints(text);
      if (shown > 0) hints.push({ cell, cellVersion, shown });
      continue;
    }
    const edit = storedEdit(text);
    if (!edit) continue;
    const savedAt = new Date(edit.savedAt).toISOString();
    edits.push({ cell, cellVersion, kind, savedAt, files: edit.files });
  }
  edits.sort((a, b) => byCell(a, b) || a.kind.localeCompare(b.kind));
  hints.sort(byCell);
  return {
    format: progressFileFormat,
    version: progressFileVersion,
    locale,
    createdAt: now.toISOString(),
    progress,
    edits,
    hints,
  };
}

/** The file's text: indented JSON, so that it reads well in any editor. */
export function serializeProgressFile(file: ProgressFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

class Damaged extends Error {}

function need(condition: boolean, detail: string): asserts condition {
  if (!condition) throw new Damaged(detail);
}

function readFiles(value: unknown, where: string): Files {
  need(isObject(value), `${where}.files is not an object of file texts`);
  const files: Files = {};
  const paths = Object.keys(value);
  need(paths.length > 0, `${where}.files is empty`);
  for (const path of paths) {
    const text = value[path];
    need(
      path.length > 0 &&
        path.length <= 200 &&
        path !== "__proto__" &&
        ![...path].some((char) => char.charCodeAt(0) < 0x20),
      `${where}.files has a path no cell can hold`,
    );
    need(typeof text === "string", `${where}.files["${path}"] is not text`);
    files[path] = text;
  }
  return files;
}

function readCellRef(value: Record<string, unknown>, where: string) {
  const { cell, cellVersion } = value;
  need(typeof cell === "string" && cellPattern.test(cell), `${where}.cell is not a cell name`);
  need(
    typeof cellVersion === "string" && versionPattern.test(cellVersion),
    `${where}.cellVersion is not 8 hex digits`,
  );
  return { cell, cellVersion };
}

function readEdits(value: unknown): SavedEdit[] {
  need(Array.isArray(value), "edits is not a list");
  const seen = new Set<string>();
  return value.map((item, i) => {
    const where = `edits[${i}]`;
    need(isObject(item), `${where} is not an object`);
    const { cell, cellVersion } = readCellRef(item, where);
    const { kind, savedAt } = item;
    need(kind === "edit" || kind === "ownCode", `${where}.kind is neither "edit" nor "ownCode"`);
    need(isDate(savedAt), `${where}.savedAt is not a date`);
    const key = cellEntryKey({ cell, cellVersion, kind });
    need(!seen.has(key), `${where} repeats ${cell} (${cellVersion}, ${kind})`);
    seen.add(key);
    return { cell, cellVersion, kind, savedAt, files: readFiles(item.files, where) };
  });
}

function readHints(value: unknown): HintsShown[] {
  need(Array.isArray(value), "hints is not a list");
  const seen = new Set<string>();
  return value.map((item, i) => {
    const where = `hints[${i}]`;
    need(isObject(item), `${where} is not an object`);
    const { cell, cellVersion } = readCellRef(item, where);
    const { shown } = item;
    need(
      typeof shown === "number" && Number.isInteger(shown) && shown >= 0 && shown <= 1000,
      `${where}.shown is not a count`,
    );
    need(!seen.has(`${cell}.${cellVersion}`), `${where} repeats ${cell} (${cellVersion})`);
    seen.add(`${cell}.${cellVersion}`);
    return { cell, cellVersion, shown };
  });
}

function readProgressRecord(value: unknown): Progress {
  const { progress, unreadable } = readProgress(value);
  need(!unreadable, "progress is not a progress record");
  for (const slug of Object.keys(progress.lessons)) {
    need(slugPattern.test(slug), `progress.lessons has a key that is no lesson: "${slug}"`);
  }
  return progress;
}

/**
 * Reads a file's text. Never throws: anything but a whole, well-formed file of a version this
 * code knows gives the problem (and, for a damaged file, the first place found wrong).
 * @example parseProgressFile("[]") // { ok: false, problem: "notOurs", detail: "…" }
 */
export function parseProgressFile(text: string): ProgressFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: "notJson", detail: String(error) };
  }
  if (!isObject(data) || data.format !== progressFileFormat) {
    return { ok: false, problem: "notOurs", detail: `format is not "${progressFileFormat}"` };
  }
  const { version } = data;
  if (typeof version === "number" && Number.isInteger(version) && version > progressFileVersion) {
    return {
      ok: false,
      problem: "newer",
      detail: `version ${version} is newer than ${progressFileVersion}`,
    };
  }
  try {
    need(version === progressFileVersion, `version is not ${progressFileVersion}`);
    need(
      typeof data.locale === "string" && localePattern.test(data.locale),
      "locale is not a language tag",
    );
    need(isDate(data.createdAt), "createdAt is not a date");
    const file: ProgressFile = {
      format: progressFileFormat,
      version: progressFileVersion,
      locale: data.locale,
      createdAt: data.createdAt,
      progress: readProgressRecord(data.progress),
      edits: readEdits(data.edits),
      hints: readHints(data.hints),
    };
    return { ok: true, file };
  } catch (error) {
    if (error instanceof Damaged) return { ok: false, problem: "damaged", detail: error.message };
    throw error;
  }
}

/** An edit the file and this browser both hold for one cell, with different files. */
export interface EditConflict {
  /** The `localStorage` key both would live under. */
  key: string;
  cell: string;
  kind: EditKind;
  /** What this browser holds. */
  mine: { files: Files; savedAt: number };
  /** What the file holds. */
  theirs: { files: Files; savedAt: number };
  /** The text to store when the learner takes the file's. */
  theirsText: string;
}

/** What loading a file would do, worked out before anything is written. */
export interface ImportPlan {
  /** The joined progress record: every lesson of both, each date the earlier of the two. */
  progress: Progress;
  /** Entries to write without asking: edits this browser lacks, and higher hint counts. */
  writes: Array<[key: string, text: string]>;
  /** Edits that differ from this browser's: the learner chooses, one by one. */
  conflicts: EditConflict[];
  /** How many lessons the file has marks for, and how many of its edits are added or already here. */
  counts: { lessons: number; added: number; same: number };
}

const sameFiles = (a: Files, b: Files): boolean => {
  const paths = Object.keys(a);
  return paths.length === Object.keys(b).length && paths.every((path) => b[path] === a[path]);
};

/**
 * Works out how a file joins what this browser holds. Progress marks join with
 * `mergeProgress` (the earliest date of each); an edit the browser lacks, or holds only as text
 * the site cannot read, is added; an equal one is left; a different one becomes a conflict, never
 * overwritten here. A hint count only grows: revealed hints stay revealed.
 * @example planImport(file, loadProgress(), storedEntries).conflicts.length
 */
export function planImport(
  file: ProgressFile,
  progress: Progress,
  stored: Record<string, string>,
): ImportPlan {
  const writes: ImportPlan["writes"] = [];
  const conflicts: EditConflict[] = [];
  let added = 0;
  let same = 0;
  for (const edit of file.edits) {
    const key = cellEntryKey(edit);
    const theirs = { files: edit.files, savedAt: Date.parse(edit.savedAt) };
    const theirsText = JSON.stringify(theirs);
    const mine = storedEdit(stored[key]);
    if (!mine) {
      writes.push([key, theirsText]);
      added++;
    } else if (sameFiles(mine.files, theirs.files)) {
      same++;
    } else {
      conflicts.push({ key, cell: edit.cell, kind: edit.kind, mine, theirs, theirsText });
    }
  }
  for (const hints of file.hints) {
    const key = cellEntryKey({ ...hints, kind: "hints" });
    if (hints.shown > storedHints(stored[key])) writes.push([key, String(hints.shown)]);
  }
  const lessons = Object.values(file.progress.lessons).filter(
    (entry) => entry.readAt || entry.exercisePassedAt || entry.solutionShownAt,
  ).length;
  return {
    progress: mergeProgress(progress, file.progress),
    writes,
    conflicts,
    counts: { lessons, added, same },
  };
}
