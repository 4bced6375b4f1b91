/**
 * Learners' edits, kept per cell in `localStorage`. The key names the cell and a hash of its
 * original files, so when a lesson's cell changes an old edit is not loaded over the new code
 * unnoticed: it stays under its old key and is offered instead.
 */

/** A cell's files: path → text. */
export type FileMap = Record<string, string>;

/** What is stored for one edit. */
export interface StoredEdit {
  files: FileMap;
  /** When it was saved, ms since the epoch. */
  savedAt: number;
}

/** The part of `Storage` this module uses. */
export type EditStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** What `loadEdit` found. */
export interface LoadedEdit {
  /** An edit of exactly these original files. */
  current?: StoredEdit;
  /** The newest edit made against an earlier version of the cell, kept under its own key. */
  stale?: StoredEdit & { key: string };
}

const PREFIX = "kolba.cell.";

/**
 * A short, stable hash of a cell's files (FNV-1a over sorted paths and texts), hex.
 * @example hashFiles({ "app.ts": "x" }) // "5c1b0f31"-like, 8 hex digits
 */
export function hashFiles(files: FileMap): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  for (const path of Object.keys(files).sort()) {
    feed(path);
    feed("\u0000");
    feed(files[path] ?? "");
    feed("\u0001");
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The storage key of an edit: cell name and the hash of the original files.
 * @example editKey("routing/two-routes", { "app.ts": "x" }) // "kolba.cell.routing/two-routes.<hash>"
 */
export function editKey(cellName: string, original: FileMap): string {
  return `${PREFIX}${cellName}.${hashFiles(original)}`;
}

/** Whether two file maps hold the same paths with the same texts. */
export function sameFiles(a: FileMap, b: FileMap): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => b[key] === a[key]);
}

/**
 * The original files with the edited text laid over them, for the paths the original still
 * has; files the cell no longer has are dropped, new files keep their original text.
 * @example mergeEdit({ "a.ts": "1", "b.ts": "2" }, { "a.ts": "9", "c.ts": "3" }) // { "a.ts": "9", "b.ts": "2" }
 */
export function mergeEdit(original: FileMap, edited: FileMap): FileMap {
  const merged: FileMap = {};
  for (const [path, text] of Object.entries(original)) {
    merged[path] = edited[path] ?? text;
  }
  return merged;
}

function parse(text: string | null): StoredEdit | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredEdit>;
    if (!value || typeof value.files !== "object" || value.files === null) return undefined;
    const files: FileMap = {};
    for (const [path, content] of Object.entries(value.files)) {
      if (typeof content === "string") files[path] = content;
    }
    return { files, savedAt: typeof value.savedAt === "number" ? value.savedAt : 0 };
  } catch {
    return undefined;
  }
}

/**
 * Find the learner's edit of a cell: the one for these original files, and the newest one for
 * earlier versions of the cell (never deleted here).
 */
export function loadEdit(storage: EditStorage, cellName: string, original: FileMap): LoadedEdit {
  const key = editKey(cellName, original);
  const found: LoadedEdit = {};
  const current = parse(storage.getItem(key));
  if (current) found.current = current;
  const own = `${PREFIX}${cellName}.`;
  for (let i = 0; i < storage.length; i++) {
    const other = storage.key(i);
    if (!other || other === key || !other.startsWith(own)) continue;
    // Another cell whose name starts with this one's ("a/b" and "a/b-c") has a dash, not a hash.
    if (!/^[0-9a-f]{8}$/.test(other.slice(own.length))) continue;
    const edit = parse(storage.getItem(other));
    if (edit && (!found.stale || edit.savedAt > found.stale.savedAt)) {
      found.stale = { ...edit, key: other };
    }
  }
  return found;
}

/**
 * Save an edit; an edit equal to the original removes the entry instead. Returns false when
 * the storage refused (full, or disabled).
 */
export function saveEdit(
  storage: EditStorage,
  cellName: string,
  original: FileMap,
  files: FileMap,
  now: number = Date.now(),
): boolean {
  const kept = sameFiles(original, files) ? undefined : files;
  return store(storage, editKey(cellName, original), kept, now);
}

function store(storage: EditStorage, key: string, files: FileMap | undefined, now: number) {
  try {
    if (files === undefined) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ files, savedAt: now } satisfies StoredEdit));
    return true;
  } catch {
    return false;
  }
}

/**
 * The key under which the learner's own code is set aside when they show an exercise's
 * solution. Its suffix keeps it out of `loadEdit`'s search for earlier edits.
 * @example ownCodeKey("dynamic-urls/exercise", files) // "kolba.cell.dynamic-urls/exercise.<hash>.own"
 */
export function ownCodeKey(cellName: string, original: FileMap): string {
  return `${editKey(cellName, original)}.own`;
}

/**
 * The learner's own code set aside before the solution replaced it, if any.
 * @example loadOwnCode(localStorage, "dynamic-urls/exercise", files)?.files["app.ts"]
 */
export function loadOwnCode(
  storage: EditStorage,
  cellName: string,
  original: FileMap,
): StoredEdit | undefined {
  return parse(storage.getItem(ownCodeKey(cellName, original)));
}

/**
 * Sets the learner's own code aside (or, with `undefined`, forgets it once it is back in the
 * editor). Returns false when the storage refused.
 */
export function keepOwnCode(
  storage: EditStorage,
  cellName: string,
  original: FileMap,
  files: FileMap | undefined,
  now: number = Date.now(),
): boolean {
  return store(storage, ownCodeKey(cellName, original), files, now);
}

/** The key holding how many of an exercise's hints the learner has revealed. */
export function hintsKey(cellName: string, original: FileMap): string {
  return `${editKey(cellName, original)}.hints`;
}

/**
 * How many hints the learner has revealed for this version of the exercise (0 when none, or
 * when the stored value is not a count).
 * @example loadHintsShown(localStorage, "routing/exercise", files) // 2
 */
export function loadHintsShown(storage: EditStorage, cellName: string, original: FileMap): number {
  try {
    const count = Number(storage.getItem(hintsKey(cellName, original)));
    return Number.isInteger(count) && count > 0 ? count : 0;
  } catch {
    return 0;
  }
}

/** Remember how many hints are revealed. Returns false when the storage refused. */
export function saveHintsShown(
  storage: EditStorage,
  cellName: string,
  original: FileMap,
  count: number,
): boolean {
  try {
    storage.setItem(hintsKey(cellName, original), String(count));
    return true;
  } catch {
    return false;
  }
}
