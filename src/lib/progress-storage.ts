/**
 * Moves the progress record in and out of localStorage. Storage may be missing or refuse
 * writes (private windows, quotas); progress then simply is not kept.
 */
import {
  markRead,
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
  const current = loadProgress();
  const next = mergeProgress(current, markRead(current, slug, when));
  try {
    storage()?.setItem(progressKey, serializeProgress(next));
  } catch {
    // Storage refused the write; the page still shows the mark until it is left.
  }
  return next;
}
