/**
 * The learner's progress, kept in the browser (no account): which lessons they have read, by
 * slug, so that reading `/lt/routing/` also marks `/en/routing/` and `/kk/routing/`.
 * Pure functions only; `progress-storage.ts` moves the record in and out of localStorage.
 *
 * Stored shape (version 1):
 * `{ "version": 1, "lessons": { "routing": { "readAt": "2026-11-22T03:00:00.000Z" } } }`
 * A lesson's entry has room for more (exercises passed, later); fields this version does not
 * know, at the top or inside an entry, are kept as they are.
 */

/** The one localStorage key progress lives under; the version is part of the record too. */
export const progressKey = "kolba.progress.v1";

/** Where an unreadable record is set aside before a fresh one replaces it. */
export const progressBackupKey = `${progressKey}.unreadable`;

/** What the site knows about one lesson. Unknown fields are carried along untouched. */
export interface LessonProgress {
  /** When the learner first reached the end of the lesson, as an ISO date. */
  readAt?: string;
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

function cleanLesson(value: unknown): LessonProgress | undefined {
  if (!isObject(value)) return undefined;
  const { readAt, ...rest } = value;
  return validDate(readAt) ? { ...rest, readAt } : rest;
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
 * earlier `readAt` when both have one, and unknown fields of both (`b` wins a clash).
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
    const readAt = earlier(before.readAt, entry.readAt);
    merged.lessons[slug] = { ...before, ...entry, ...(readAt ? { readAt } : {}) };
  }
  return merged;
}

/**
 * Marks a lesson as read at `when`, keeping the first time it was read.
 * @example markRead(emptyProgress(), "routing", new Date()).lessons.routing.readAt
 */
export function markRead(progress: Progress, slug: string, when: Date): Progress {
  const update: Progress = {
    version: 1,
    lessons: { [slug]: { readAt: when.toISOString() } },
  };
  return mergeProgress(progress, update);
}

/** Whether the learner has read the lesson with this slug. */
export function isRead(progress: Progress, slug: string): boolean {
  return progress.lessons[slug]?.readAt !== undefined;
}
