/**
 * Moves the progress record in and out of localStorage. Storage may be missing or refuse
 * writes (private windows, quotas); progress then simply is not kept.
 */
import {
  mark,
  mergeProgress,
  type Progress,
  parseProgress,
  progressBackupKey,
  progressKey,
  serializeProgress,
} from "./progress.ts";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored record; an unreadable one is set aside under its own key so nothing is lost. */
export function loadProgress(): Progress {
  const store = storage();
  if (!store) return parseProgress(null).progress;
  const text = store.getItem(progressKey);
  const { progress, unreadable } = parseProgress(text);
  if (unreadable && text !== null) {
    try {
      store.setItem(progressBackupKey, text);
    } catch {
      // A full store keeps the old text where it is; it is only replaced on the next write.
    }
  }
  return progress;
}

/**
 * Records that the lesson with this slug has been read, merged into what is stored now.
 * @example saveRead("routing")
 */
export function saveRead(slug: string, when = new Date()): Progress {
  return saveMark(slug, "readAt", when);
}

/**
 * Records the first time something happened in a lesson (read, exercise passed, solution
 * shown), merged into what is stored now, and tells the page (`progressEvent`) so its marks
 * follow at once.
 * @example saveMark("dynamic-urls", "exercisePassedAt")
 */
export function saveMark(
  slug: string,
  field: Parameters<typeof mark>[2],
  when = new Date(),
): Progress {
  const current = loadProgress();
  const next = mergeProgress(current, mark(current, slug, field, when));
  try {
    storage()?.setItem(progressKey, serializeProgress(next));
  } catch {
    // Storage refused the write; the page still shows the mark until it is left.
  }
  globalThis.dispatchEvent?.(new CustomEvent(progressEvent, { detail: next }));
  return next;
}

/** The event the page gets when this tab records progress; its `detail` is the new record. */
export const progressEvent = "kolba:progress";
