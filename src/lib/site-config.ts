/**
 * Where a build of the course will be served, read once from the environment:
 * `KOLBA_SITE` (the lesson origin, e.g. `https://school.example`), `KOLBA_BASE` (the path under
 * it, e.g. `/flask/`) and `KOLBA_PREVIEW_ORIGIN` (where previews load: empty for the default,
 * `same-origin`, an origin such as `https://preview.school.example`, or a pattern such as
 * `https://*.preview.school.example` for an origin per cell). A wrong value stops the build with
 * the variable's name and what it accepts.
 */
import { normalizeBase } from "./site-path.ts";

export interface SiteConfig {
  /** The lesson origin, without a trailing slash. */
  site: string;
  /** The path the course is served under, starting and ending with `/`. */
  base: string;
  /** "" (derived from the lesson's location), "same-origin", or an origin. */
  previewOrigin: string;
}

/** The file the build writes beside the site so servers and recipes read the same settings. */
export const SITE_CONFIG_FILE = "_kolba-site.json";

function origin(name: string, raw: string, options: { wildcard?: boolean } = {}): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `${name} must be an origin such as https://school.example; got ${JSON.stringify(raw)}`,
    );
  }
  if (
    (url.protocol !== "https:" && url.protocol !== "http:") ||
    url.pathname !== "/" ||
    url.search ||
    url.hash
  ) {
    throw new Error(
      `${name} must be an http(s) origin without a path, such as https://school.example; got ${JSON.stringify(raw)}`,
    );
  }
  // `*` stands for a cell's label, below a name of two labels at least (`*.school.example`).
  const labels = url.hostname.split(".");
  const pattern = options.wildcard && labels[0] === "*" && labels.length >= 3;
  if (labels.slice(pattern ? 1 : 0).some((label) => label.includes("*"))) {
    throw new Error(
      options.wildcard
        ? `${name} may hold * only as its host's first label, for an origin per cell, such as https://*.preview.school.example; got ${JSON.stringify(raw)}`
        : `${name} must name one host, without *; got ${JSON.stringify(raw)}`,
    );
  }
  return url.origin;
}

/**
 * The settings of a build from environment variables.
 * @example siteConfig({ KOLBA_BASE: "/flask/" }) // { site: "https://kolba.example", base: "/flask/", previewOrigin: "" }
 */
export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const site = origin("KOLBA_SITE", env.KOLBA_SITE?.trim() || "https://kolba.example");
  const base = normalizeBase(env.KOLBA_BASE);
  const rawPreview = env.KOLBA_PREVIEW_ORIGIN?.trim() ?? "";
  const previewOrigin =
    rawPreview === "" || rawPreview === "same-origin"
      ? rawPreview
      : origin("KOLBA_PREVIEW_ORIGIN (or same-origin)", rawPreview, { wildcard: true });
  if (previewOrigin !== "" && previewOrigin === site) {
    throw new Error(
      "KOLBA_PREVIEW_ORIGIN equals KOLBA_SITE: write KOLBA_PREVIEW_ORIGIN=same-origin to serve previews from the lesson's origin",
    );
  }
  return { site, base, previewOrigin };
}
