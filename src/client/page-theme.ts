/**
 * The lesson page's theme as it is shown now, and word when it changes: the header's toggle sets
 * `data-theme` on the root; without it the system's preference decides (`src/lib/theme.ts`).
 */
import { effectiveTheme, parseTheme, type Theme } from "../lib/theme.ts";

const systemDark = () => matchMedia("(prefers-color-scheme: dark)").matches;

/** The theme the page is shown in. */
export function pageTheme(): Theme {
  return effectiveTheme(parseTheme(document.documentElement.dataset.theme), systemDark());
}

/**
 * Call `listener` with the new theme whenever the page's theme changes (toggle or system).
 * Returns the unsubscribe function.
 */
export function onPageThemeChange(listener: (theme: Theme) => void): () => void {
  let last = pageTheme();
  const check = () => {
    const now = pageTheme();
    if (now !== last) {
      last = now;
      listener(now);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const media = matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", check);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", check);
  };
}
