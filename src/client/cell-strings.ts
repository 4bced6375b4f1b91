/**
 * The UI strings the live cell needs, in the page's language: the page carries them as JSON
 * (written at build time from `src/i18n/ui/*.ts`), so no dictionary ships as JavaScript.
 */

/** A translator over the page's strings. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

let strings: Record<string, string> | undefined;

function pageStrings(): Record<string, string> {
  if (strings) return strings;
  const node = document.querySelector<HTMLElement>("[data-cell-strings]");
  try {
    strings = JSON.parse(node?.dataset.cellStrings ?? "{}") as Record<string, string>;
  } catch {
    strings = {};
  }
  return strings;
}

/**
 * Look a string up and fill its `{placeholders}`; an unknown key reads as itself.
 * @example t("cell.ready", { method: "GET", path: "/", status: 200 })
 */
export const t: Translate = (key, values = {}) =>
  (pageStrings()[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
