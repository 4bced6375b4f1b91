/**
 * What a cell's toolbar does with its files: put others in with Undo (Reset, a share link, a
 * solution), copy the open file, download the cell as a project, share it as a link. Each says
 * what it did in the store's toast.
 */
import { type FileMap, mergeEdit } from "./cell-storage.ts";
import type { CellStore } from "./cell-store.ts";
import { t } from "./cell-strings.ts";
import { locatedOf } from "./located-error.ts";
import { changedFiles, encodeShare, MAX_SHARE_CHARS, shareFragment } from "./share-code.ts";

/**
 * The file actions of one cell.
 * @example await new CellFileActions(store, "hello").share(); // the link is on the clipboard
 */
export class CellFileActions {
  #store: CellStore;
  #name: string;

  /** `name`: the cell's name (its share links and downloads carry it). */
  constructor(store: CellStore, name: string) {
    this.#store = store;
    this.#name = name;
  }

  /**
   * Put other files in the editors; the toast says `done` and offers Undo, which brings back
   * exactly what the editors held (and runs `undone`).
   */
  replaceFiles(files: FileMap, done: string, undone?: () => void): void {
    const store = this.#store;
    const before = store.files;
    store.replaceFiles(files);
    store.showToast({
      text: done,
      action: {
        label: t("cell.undo"),
        run: () => {
          store.replaceFiles(before);
          undone?.();
        },
      },
    });
  }

  /** Put the original files back; the toast offers Undo. */
  reset(): void {
    this.replaceFiles(this.#store.original, t("cell.resetDone"));
  }

  /** Put files from a share link (already checked by `decodeShare`) over the original ones. */
  loadShared(files: FileMap): void {
    this.replaceFiles(mergeEdit(this.#store.original, files), t("cell.shareLoaded"));
  }

  /** Copy `text` (the open file's) to the clipboard. */
  async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#store.showToast({ text: t("cell.copied") });
    } catch {
      // Clipboard refused (permissions): nothing to announce beyond leaving the toast as it is.
    }
  }

  /** Download the cell, as the editors hold it, as a runnable project (a zip). */
  async download(): Promise<void> {
    const store = this.#store;
    store.showToast({ text: t("cell.downloading") });
    try {
      const { downloadProject } = await import("./cell-download.ts");
      const name = await downloadProject(this.#name, store.files, t);
      store.showToast({ text: t("cell.downloaded", { file: name }) });
    } catch (error) {
      store.showToast({ text: t("cell.downloadFailed", { error: locatedOf(error).message }) });
    }
  }

  /**
   * Copy a link to this page that carries the changed files in its fragment; where the
   * clipboard is refused, the toast shows the link in a selected text field instead.
   */
  async share(): Promise<void> {
    const store = this.#store;
    const changed = changedFiles(store.original, store.files);
    const page = `${location.origin}${location.pathname}${location.search}`;
    let link = page;
    let message = t("cell.shareUnchanged");
    if (Object.keys(changed).length > 0) {
      const payload = await encodeShare(changed);
      if (payload.length > MAX_SHARE_CHARS) {
        store.showToast({ text: t("cell.shareTooLarge", { limit: MAX_SHARE_CHARS }) });
        return;
      }
      link = `${page}${shareFragment(this.#name, payload)}`;
      message = t("cell.shareCopied");
    }
    try {
      await navigator.clipboard.writeText(link);
      store.showToast({ text: message });
    } catch {
      store.showToast({ link });
    }
  }
}
