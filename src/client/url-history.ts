/**
 * The preview pane's own back/forward list of app paths. The preview iframe lives on another
 * origin, so the page cannot use the iframe's history; it keeps this list from what it loads
 * and from the navigations the preview reports.
 */
export class UrlHistory {
  #entries: string[];
  #index: number;

  constructor(start = "/") {
    this.#entries = [start];
    this.#index = 0;
  }

  /** The path shown now. */
  get current(): string {
    return this.#entries[this.#index] ?? "/";
  }

  get canGoBack(): boolean {
    return this.#index > 0;
  }

  get canGoForward(): boolean {
    return this.#index < this.#entries.length - 1;
  }

  /**
   * A new path was visited: forward entries are dropped. Visiting the current path again (a
   * reload, or the load that `back` caused) changes nothing.
   * @example const h = new UrlHistory("/"); h.visit("/a"); h.current // "/a"
   */
  visit(path: string): void {
    if (path === this.current) return;
    this.#entries = this.#entries.slice(0, this.#index + 1);
    this.#entries.push(path);
    this.#index = this.#entries.length - 1;
  }

  /** Step back; returns the path to load, or undefined at the start. */
  back(): string | undefined {
    if (!this.canGoBack) return undefined;
    this.#index -= 1;
    return this.current;
  }

  /** Step forward; returns the path to load, or undefined at the end. */
  forward(): string | undefined {
    if (!this.canGoForward) return undefined;
    this.#index += 1;
    return this.current;
  }
}

/**
 * What the learner typed into the address bar, as an app path: a leading `/` added, a full
 * URL cut down to its path, query and nothing else.
 * @example normalizePath("hello/Ona?x=1") // "/hello/Ona?x=1"
 */
export function normalizePath(input: string): string {
  const text = input.trim();
  if (text === "") return "/";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const url = new URL(text);
    return `${url.pathname}${url.search}`;
  }
  const withSlash = text.startsWith("/") ? text : `/${text}`;
  return withSlash.split("#")[0] ?? "/";
}
