/**
 * The cell's browser: back, forward, reload, an address bar, the app's pages as links, and the
 * preview iframe. The iframe is on the preview origin, so the pane learns where it went from
 * the navigations the engine reports (`navigated`), not from the iframe itself.
 */
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";
import { normalizePath, UrlHistory } from "./url-history.ts";

/** What the pane asks of the cell around it. */
export interface BrowserPaneOptions {
  /** Load a path: the cell runs first if it is not running. */
  open: (path: string) => void;
  startPath: string;
}

/** The browser pane of one cell. */
export class BrowserPane {
  readonly element: HTMLElement;
  #history: UrlHistory;
  #address: HTMLInputElement;
  #back: HTMLButtonElement;
  #forward: HTMLButtonElement;
  #routes: HTMLUListElement;
  #frameBox: HTMLElement;
  #frame: HTMLIFrameElement | undefined;
  #base = "";
  #options: BrowserPaneOptions;

  constructor(options: BrowserPaneOptions) {
    this.#options = options;
    this.#history = new UrlHistory(options.startPath);
    this.#back = el(
      "button",
      { type: "button", class: "cell-nav", "aria-label": t("cell.back"), title: t("cell.back") },
      "←",
    );
    this.#forward = el(
      "button",
      {
        type: "button",
        class: "cell-nav",
        "aria-label": t("cell.forward"),
        title: t("cell.forward"),
      },
      "→",
    );
    const reload = el(
      "button",
      {
        type: "button",
        class: "cell-nav",
        "aria-label": t("cell.reload"),
        title: t("cell.reload"),
      },
      "↻",
    );
    this.#address = el("input", {
      type: "text",
      class: "cell-address-input",
      "aria-label": t("cell.address"),
      spellcheck: "false",
      autocomplete: "off",
      value: options.startPath,
    });
    const go = el("button", { type: "submit", class: "cell-go" }, t("cell.go"));
    const bar = el(
      "form",
      { class: "cell-address" },
      this.#back,
      this.#forward,
      reload,
      this.#address,
      go,
    );
    bar.addEventListener("submit", (event) => {
      event.preventDefault();
      this.go(normalizePath(this.#address.value));
    });
    this.#back.addEventListener("click", () => {
      const path = this.#history.back();
      if (path !== undefined) this.#show(path);
    });
    this.#forward.addEventListener("click", () => {
      const path = this.#history.forward();
      if (path !== undefined) this.#show(path);
    });
    reload.addEventListener("click", () => this.go(this.#history.current));
    this.#routes = el("ul");
    const routes = el(
      "nav",
      { class: "cell-routes", "aria-label": t("cell.routes") },
      this.#routes,
    );
    this.#frameBox = el("div", { class: "cell-frame-box" });
    this.element = el(
      "section",
      { class: "cell-browser", "aria-label": t("cell.preview") },
      bar,
      routes,
      this.#frameBox,
    );
    this.#sync();
  }

  /** The path the pane shows. */
  get current(): string {
    return this.#history.current;
  }

  /** Offer these paths as links. */
  setRoutes(paths: string[]): void {
    const shown = [...this.#routes.querySelectorAll<HTMLElement>(".cell-route")];
    if (shown.length === paths.length && shown.every((link, i) => link.dataset.path === paths[i]))
      return;
    this.#routes.replaceChildren(
      ...paths.map((path) => {
        const link = el("a", { href: "#", class: "cell-route", "data-path": path }, path);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          this.go(path);
        });
        return el("li", {}, link);
      }),
    );
  }

  /** Ask the cell to show a path (it may have to run first). */
  go(path: string): void {
    this.#history.visit(path);
    this.#sync();
    this.#options.open(path);
  }

  /** Point the pane at a running app whose `/` is `base` (ends in `/`). */
  attach(base: string): void {
    this.#base = base;
  }

  /** Forget the app (it did not start): the frame shows nothing until the next `attach`. */
  clear(): void {
    this.#base = "";
    this.#frame?.setAttribute("src", "about:blank");
  }

  /** Load a path in the iframe now. */
  load(path: string): void {
    this.#history.visit(path);
    this.#show(path);
  }

  /** Resolves once the frame has loaded its next document (at once if there is no frame). */
  nextLoad(): Promise<void> {
    const frame = this.#frame;
    if (!frame) return Promise.resolve();
    return new Promise((resolve) =>
      frame.addEventListener("load", () => resolve(), { once: true }),
    );
  }

  /** The preview went to `path` by itself (a link, a form, a redirect). */
  navigated(path: string): void {
    this.#history.visit(path);
    this.#sync();
  }

  #show(path: string): void {
    this.#sync();
    if (!this.#base) {
      this.#options.open(path);
      return;
    }
    const src = `${this.#base}${path.replace(/^\//, "")}`;
    if (!this.#frame) {
      this.#frame = el("iframe", {
        class: "cell-frame",
        title: t("cell.preview"),
        sandbox: "allow-scripts allow-forms allow-same-origin",
      });
      this.#frameBox.append(this.#frame);
    }
    // Assigning the same URL again still reloads, which is what Reload and Go want.
    this.#frame.src = src;
  }

  #sync(): void {
    if (document.activeElement !== this.#address) this.#address.value = this.#history.current;
    this.#back.disabled = !this.#history.canGoBack;
    this.#forward.disabled = !this.#history.canGoForward;
  }
}
