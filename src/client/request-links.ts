/**
 * A cell's declared requests (the list under its code) as links: a GET shows its page in the
 * pane, any other method is sent from the cell and read in the inspector.
 */
import type { CellSource } from "./cell-source.ts";
import { el } from "./dom.ts";
import { declaredRequest, type OutgoingRequest } from "./request-form.ts";

/** What following a declared request does. */
export interface RequestLinkActions {
  /** Show a GET path in the pane. */
  go(path: string): void;
  /** Send any other request; `shared` with the preview's cookies. */
  send(request: OutgoingRequest, shared: boolean): Promise<unknown>;
  /** The request was answered. */
  sent(): void;
}

/**
 * Turn the declared requests of a cell into links.
 * @example linkDeclaredRequests(figure, source, { go, send, sent: () => output.openInspector() });
 */
export function linkDeclaredRequests(
  figure: HTMLElement,
  source: CellSource,
  actions: RequestLinkActions,
): void {
  for (const item of figure.querySelectorAll<HTMLElement>(".cell-requests li")) {
    const method = item.dataset.method ?? "GET";
    const path = item.dataset.path ?? "/";
    const code = item.querySelector("code");
    if (!code) continue;
    const link = el("a", { href: "#", class: "cell-request-link" });
    code.replaceWith(link);
    link.append(code);
    // On the item, not the link: a press that began on the item before the cell went live
    // (mouse down before, mouse up after the link was made) still ends in a click here.
    item.addEventListener("click", (event) => {
      event.preventDefault();
      if (method === "GET") {
        actions.go(path);
        return;
      }
      const declared = source.requests.find(
        (r) => r.path === path && (r.method ?? "GET") === method,
      );
      const shared = source.cookies === "shared";
      void actions.send(declaredRequest(declared ?? { method, path }), shared).then(
        () => actions.sent(),
        () => undefined,
      );
    });
  }
}
