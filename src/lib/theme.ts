/**
 * The colour theme: the system's unless the learner picked one with the header's toggle.
 * The choice is stored under `themeKey`; `Base.astro` applies it before the first paint.
 */

export type Theme = "light" | "dark";

/** The localStorage key holding an explicit choice, `"light"` or `"dark"`. */
export const themeKey = "kolba.theme";

/** Narrows stored text to a theme; anything else means "follow the system". */
export function parseTheme(value: string | null | undefined): Theme | null {
  return value === "light" || value === "dark" ? value : null;
}

/**
 * The theme in effect: the stored choice, else the system's preference.
 * @example effectiveTheme(null, true) // "dark"
 */
export function effectiveTheme(stored: Theme | null, systemDark: boolean): Theme {
  return stored ?? (systemDark ? "dark" : "light");
}
