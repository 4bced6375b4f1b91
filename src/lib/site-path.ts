/**
 * Where the site lives: the path it is served under (`base`, e.g. `/flask/`, set at build time by
 * `KOLBA_BASE`) and the paths of its pages and files under it. Astro pages and the page bundles
 * read the same value (`import.meta.env.BASE_URL`; the live cell's bundle gets it defined at
 * build), so every link, asset, engine file and search index follows the base.
 */

/**
 * A base path in its one form: starting and ending with `/`.
 * @example normalizeBase("flask") // "/flask/"
 * @example normalizeBase(undefined) // "/"
 */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? "").trim().replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return "/";
  const segments = trimmed.split("/");
  if (
    !/^[A-Za-z0-9._~%/-]+$/.test(trimmed) ||
    segments.some((segment) => segment === "" || segment === "." || segment === "..")
  ) {
    throw new Error(
      `KOLBA_BASE must be a URL path such as /flask/ (letters, digits and - . _ ~ /); got ${JSON.stringify(raw)}`,
    );
  }
  return `/${trimmed}/`;
}

/** The base this build serves under. */
export const siteBase: string = normalizeBase(import.meta.env?.BASE_URL);

/**
 * A root-relative path put under a base (the site's own unless given).
 * @example sitePath("/en/routing/", "/flask/") // "/flask/en/routing/"
 */
export function sitePath(path: string, base: string = siteBase): string {
  return `${base}${path.replace(/^\/+/, "")}`;
}

/**
 * A path on the site without its base (`null` when it is outside the base).
 * @example withoutBase("/flask/en/routing/", "/flask/") // "/en/routing/"
 */
export function withoutBase(pathname: string, base: string = siteBase): string | null {
  if (pathname === base.slice(0, -1)) return "/";
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null;
}
