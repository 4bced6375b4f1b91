/**
 * Loads Pagefind's search API (`/pagefind/pagefind.js`, written by the build's indexing step) the
 * first time it is asked for, so that a page costs no search code until the learner searches.
 * Pagefind picks the index of the page's `<html lang>`: a Kazakh page searches Kazakh lessons.
 */

// The site's base, read here rather than from site-path.ts: a module shared with the cell's
// bootstrap would become a chunk every page fetches before any interaction.
const base: string = import.meta.env?.BASE_URL ?? "/";

/** One search hit, as Pagefind describes the page it found. */
export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with the matched words wrapped in `<mark>`. */
  excerpt: string;
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: Record<string, unknown>,
    wait?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

let api: Promise<PagefindApi> | undefined;

/** Starts loading Pagefind (once); later calls reuse the same load. */
export function loadPagefind(): Promise<PagefindApi> {
  const url = `${base}pagefind/pagefind.js`;
  api ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 16, baseUrl: base });
    await pagefind.init();
    return pagefind;
  });
  api.catch(() => {
    api = undefined;
  });
  return api;
}

/**
 * Searches the page's locale; `null` when a newer query has replaced this one meanwhile.
 * @example const hits = await searchLessons("endpoint", 8)
 */
export async function searchLessons(query: string, limit: number): Promise<SearchHit[] | null> {
  const pagefind = await loadPagefind();
  const search = await pagefind.debouncedSearch(query, {}, 150);
  if (!search) return null;
  const pages = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
  return pages.map((page) => ({
    url: page.url,
    title: page.meta.title ?? page.url,
    excerpt: page.excerpt,
  }));
}
