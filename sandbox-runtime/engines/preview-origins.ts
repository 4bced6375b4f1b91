/**
 * Preview origins per cell. A preview origin written with `*` as its host's first label
 * (`https://*.preview.kolba.example`) gives each cell's previews an origin of their own
 * (`https://hello-flask--smallest-app.preview.kolba.example`), so one cell's preview cannot reach
 * another's; the cells' Workers are made on one more origin of the pattern
 * (`https://run.preview.kolba.example`). Any other origin serves every cell's previews and Workers.
 */

/** The label that makes an origin a pattern. */
const WILDCARD = "*";

/** The label of the origin the cells' Workers are made on; no cell's label is ever this. */
export const WORKER_LABEL = "run";

/** Whether `origin` is a pattern: an origin per cell. */
export function isPerCellOrigin(origin: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/\*\./i.test(origin);
}

/** A short stable hash of `text`, in base 36 (FNV-1a, 32 bits). */
function hash36(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The host label of the cell named `key`: the name made DNS-safe, `/` turned into `--`; a hash
 * when that leaves nothing, runs past 63 characters or names the Workers' origin.
 * @example cellLabel("hello-flask/smallest-app") // "hello-flask--smallest-app"
 */
export function cellLabel(key: string): string {
  const label = key
    .toLowerCase()
    .replace(/\//g, "--")
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (label === "" || label.length > 63 || label === WORKER_LABEL) return `c-${hash36(key)}`;
  return label;
}

/**
 * The origin that serves the previews of the cell named `key` (every cell's, unless `origin`
 * is a pattern).
 * @example cellPreviewOrigin("https://*.preview.kolba.example", "routing/converters")
 * // "https://routing--converters.preview.kolba.example"
 */
export function cellPreviewOrigin(origin: string, key: string): string {
  return isPerCellOrigin(origin) ? origin.replace(WILDCARD, cellLabel(key)) : origin;
}

/**
 * The origin the cells' Workers are made on.
 * @example workerOrigin("https://*.preview.kolba.example") // "https://run.preview.kolba.example"
 */
export function workerOrigin(origin: string): string {
  return isPerCellOrigin(origin) ? origin.replace(WILDCARD, WORKER_LABEL) : origin;
}
