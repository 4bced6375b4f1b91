/**
 * The learner's progress, kept in the browser (no account): which lessons they have read, by
 * slug, so that reading `/lt/routing/` also marks `/en/routing/` and `/kk/routing/`.
 * Pure functions only; `progress-storage.ts` moves the record in and out of localStorage.
 *
 * Stored shape (version 1):
 * `{ "version": 1, "lessons": { "routing": { "readAt": "2026-11-22T03:00:00.000Z",
 *   "exercisePassedAt": "…", "solutionShownAt": "…" } } }`
 * Fields this version does not know, at the top or inside an entry, are kept as they are.
 *
 * An exercise counts as passed when every check passed once. What showing the solution means is
 * kept honest by recording the two facts apart, each at its first time, and comparing them: a
 * pass that came before the solution was ever shown is the learner's own ("passed"); a pass after
 * it is still a pass, since the code did pass, but the outline says the solution had been shown
 * ("passed, solution shown"), because nothing can tell the learner's own work from retyping
 * what they saw. Looking at the solution after passing on one's own takes nothing away.
 */

/** The one localStorage key progress lives under; the version is part of the record too. */
export const progressKey = "kolba.progress.v1";

/** Where an unreadable record is set aside before a fresh one replaces it. */
export const progressBackupKey = `${progressKey}.unreadable`;

/** What the site knows about one lesson. Unknown fields are carried along untouched. */
export interface LessonProgress {
  /** When the learner first reached the end of the lesson, as an ISO date. */
  readAt?: string;
  /** When every check of the lesson's exercise first passed, as an ISO date. */
  exercisePassedAt?: string;
  /** When the learner first showed the exercise's solution, as an ISO date. */
  solutionShownAt?: string;
  [field: string]: unknown;
}

/** The whole record. */
export interface Progress {
  version: 1;
  lessons: Record<string, LessonProgress>;
  [field: string]: unknown;
}

/** The result of reading the stored text: the record, and whether the text was unreadable. */
export interface ParsedProgress {
  progress: Progress;
  /** True when the text was there but was not a progress record (bad JSON, wrong shape). */
  unreadable: boolean;
}

/** A record with nothing read. */
export function emptyProgress(): Progress {
  return { version: 1, lessons: {} };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function validDate(value: unknown): value is string {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}

/** The dates an entry keeps; each holds the first time it happened. */
const dateFields = ["readAt", "exercisePassedAt", "solutionShownAt"] as const;
type DateField = (typeof dateFields)[number];

function cleanLesson(value: unknown): LessonProgress | undefined {
  if (!isObject(value)) return undefined;
  const clean: LessonProgress = { ...value };
  for (const field of dateFields) {
    if (!validDate(clean[field])) delete clean[field];
  }
  return clean;
}

/**
 * Reads stored text into a record. Never throws: bad JSON or a record of the wrong shape gives
 * an empty record flagged `unreadable`; a bad entry drops only that entry, and the rest survives.
 * @example parseProgress('{"version":1,"lessons":{"routing":{"readAt":"2026-11-22T03:00:00Z"}}}')
 */
export function parseProgress(text: string | null | undefined): ParsedProgress {
  if (text == null || text === "") return { progress: emptyProgress(), unreadable: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { progress: emptyProgress(), unreadable: true };
  }
  return readProgress(data);
}

/**
 * Reads an already parsed value (a progress file carries the record as an object) with
 * `parseProgress`'s rules: the wrong shape gives an empty record flagged `unreadable`, a bad
 * entry drops only that entry.
 * @example readProgress({ version: 1, lessons: {} }).unreadable // false
 */
export function readProgress(data: unknown): ParsedProgress {
  if (!isObject(data) || data.version !== 1) {
    return { progress: emptyProgress(), unreadable: true };
  }
  const { version: _version, lessons, ...rest } = data;
  const progress: Progress = { ...rest, version: 1, lessons: {} };
  let unreadable = !isObject(lessons) && lessons !== undefined;
  if (isObject(lessons)) {
    for (const [slug, entry] of Object.entries(lessons)) {
      const clean = cleanLesson(entry);
      if (clean) progress.lessons[slug] = clean;
      else unreadable = true;
    }
  }
  return { progress, unreadable };
}

/** The record as the text to store. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/**
 * Joins two records (another tab may have written meanwhile): every lesson of either, the
 * earlier date when both have one (`readAt`, `exercisePassedAt`, `solutionShownAt`), and
 * unknown fields of both (`b` wins a clash).
 * @example mergeProgress(stored, markRead(emptyProgress(), "routing", new Date()))
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const merged: Progress = { ...a, ...b, version: 1, lessons: { ...a.lessons } };
  for (const [slug, entry] of Object.entries(b.lessons)) {
    const before = a.lessons[slug];
    if (!before) {
      merged.lessons[slug] = entry;
      continue;
    }
    const joined: LessonProgress = { ...before, ...entry };
    for (const field of dateFields) {
      const first = earlier(before[field], entry[field]);
      if (first) joined[field] = first;
    }
    merged.lessons[slug] = joined;
  }
  return merged;
}

/**
 * Marks a lesson as read at `when`, keeping the first time it was read.
 * @example markRead(emptyProgress(), "routing", new Date()).lessons.routing.readAt
 */
export function markRead(progress: Progress, slug: string, when: Date): Progress {
  return mark(progress, slug, "readAt", when);
}

/**
 * Records that something happened in a lesson at `when`, keeping the first time.
 * @example mark(emptyProgress(), "routing", "exercisePassedAt", new Date())
 */
export function mark(progress: Progress, slug: string, field: DateField, when: Date): Progress {
  const update: Progress = { version: 1, lessons: { [slug]: { [field]: when.toISOString() } } };
  return mergeProgress(progress, update);
}

/** Where the learner stands with a lesson's exercise. */
export type ExerciseStatus = "not-passed" | "passed" | "passed-with-solution";

/**
 * The exercise's status: passed on the learner's own, passed after the solution was shown, or
 * not passed yet (see the top of this module for why the two passes differ).
 * @example exerciseStatus(mark(emptyProgress(), "routing", "exercisePassedAt", new Date()), "routing") // "passed"
 */
export function exerciseStatus(progress: Progress, slug: string): ExerciseStatus {
  const entry = progress.lessons[slug];
  const passed = entry?.exercisePassedAt;
  if (passed === undefined) return "not-passed";
  const shown = entry?.solutionShownAt;
  return shown !== undefined && Date.parse(shown) <= Date.parse(passed)
    ? "passed-with-solution"
    : "passed";
}

/** Whether the learner has read the lesson with this slug. */
export function isRead(progress: Progress, slug: string): boolean {
  return progress.lessons[slug]?.readAt !== undefined;
}
