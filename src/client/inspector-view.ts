/**
 * The cell's network inspector: each request the preview or the learner sent, with its method,
 * path, status, headers, cookies sent and set, the redirect it answered with, and its time.
 */
import { t } from "./cell-strings.ts";
import { el } from "./dom.ts";

/** One request and its answer. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  statusText: string;
  requestHeaders: Array<[string, string]>;
  responseHeaders: Array<[string, string]>;
  cookiesSent: string[];
  cookiesSet: string[];
  /** Where a redirect pointed. */
  location?: string;
  ms: number;
}

/** The cookies a `Cookie` request header carries, as `name=value` strings. */
export function cookiesOf(headers: Array<[string, string]>): string[] {
  return headers
    .filter(([name]) => name.toLowerCase() === "cookie")
    .flatMap(([, value]) => value.split(";"))
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function headerTable(caption: string, headers: Array<[string, string]>): HTMLElement {
  return el(
    "table",
    { class: "cell-headers" },
    el("caption", {}, caption),
    el(
      "tbody",
      {},
      ...headers.map(([name, value]) =>
        el("tr", {}, el("th", { scope: "row" }, name), el("td", {}, value)),
      ),
    ),
  );
}

function list(caption: string, items: string[]): HTMLElement {
  return el("p", { class: "cell-cookies" }, `${caption}: `, items.length ? items.join("; ") : "—");
}

/** The inspector of one cell. */
export class InspectorView {
  readonly element: HTMLElement;
  #list: HTMLOListElement;
  #empty: HTMLElement;

  constructor() {
    this.#list = el("ol", { class: "cell-exchanges" });
    this.#empty = el("p", { class: "cell-empty" }, t("cell.inspectorEmpty"));
    this.element = el(
      "details",
      { class: "cell-inspector" },
      el("summary", {}, t("cell.inspector")),
      this.#empty,
      this.#list,
    );
  }

  /** Add one exchange at the end. */
  add(exchange: Exchange): void {
    this.#empty.hidden = true;
    const redirect = exchange.location
      ? el("span", { class: "cell-redirect" }, ` ${t("cell.redirected")} → ${exchange.location}`)
      : "";
    const summary = el(
      "summary",
      {},
      el("span", { class: "cell-method" }, exchange.method),
      " ",
      el("span", { class: "cell-path" }, exchange.path),
      " ",
      el(
        "span",
        { class: "cell-status", "data-status": String(exchange.status) },
        `${exchange.status} ${exchange.statusText}`.trim(),
      ),
      redirect,
      el("span", { class: "cell-time" }, ` ${exchange.ms.toFixed(0)} ms`),
    );
    this.#list.append(
      el(
        "li",
        { class: "cell-exchange" },
        el(
          "details",
          {},
          summary,
          list(t("cell.cookiesSent"), exchange.cookiesSent),
          list(t("cell.cookiesSet"), exchange.cookiesSet),
          headerTable(t("cell.requestHeaders"), exchange.requestHeaders),
          headerTable(t("cell.responseHeaders"), exchange.responseHeaders),
        ),
      ),
    );
  }

  /** Forget every exchange (a new Run). */
  clear(): void {
    this.#list.replaceChildren();
    this.#empty.hidden = false;
  }
}
