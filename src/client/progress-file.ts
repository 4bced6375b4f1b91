/**
 * The home page's "Your progress" block, started: built on its own to `/_cell/progress-file.js`
 * (astro.config.mjs), so the progress modules it shares with every page's progress marks never
 * become a chunk that lesson pages fetch.
 */
import { attachProgressFile } from "./progress-file-view.ts";

for (const root of document.querySelectorAll<HTMLElement>("[data-progress-file]")) {
  attachProgressFile(root);
}
