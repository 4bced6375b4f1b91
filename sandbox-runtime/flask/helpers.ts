/**
 * Helpers views use: URL building, redirects, responses, files and context tools.
 * @see flask/helpers.py
 */
import type { AppContext } from "./ctx.ts";
import { appContextOrThrow, currentContext, requestContextOrThrow } from "./globals.ts";
import type { ResponseValue } from "./make-response.ts";
import { redirectResponse } from "./redirect.ts";
import { getContextStore } from "./runtime-hooks.ts";
import type { ViewArgs } from "./scaffold.ts";
import { type SendFileOptions, sendFileFrom, sendFromDirectoryOf } from "./static-files.ts";
import type { Response } from "./wrappers/response.ts";

/**
 * Build a URL for an endpoint with the current app; extra values become the query string.
 * @example
 * urlFor("profile", { id: 1 }); // "/user/1"
 * urlFor("static", { filename: "app.css" }); // "/static/app.css"
 * @see flask/helpers.py url_for
 */
export function urlFor(endpoint: string, values: ViewArgs = {}): string {
  return appContextOrThrow().app.urlFor(endpoint, values);
}

/**
 * A redirect response (302 by default) with Werkzeug's HTML body.
 * @example
 * return redirect(urlFor("login"));
 * @see flask/helpers.py redirect
 */
export function redirect(location: string, code = 302): Response {
  const ctx = currentContext();
  return redirectResponse(location, code, ctx ? ctx.app.responseClass : undefined);
}

/**
 * Turn view-style return values into a Response to change it before returning:
 * `makeResponse(body)`, `makeResponse(body, status)`, `makeResponse(body, status, headers)`.
 * @example
 * const res = makeResponse(renderTemplate("index.html"));
 * res.setCookie("seen", "1");
 * @see flask/helpers.py make_response
 */
export function makeResponse(...args: unknown[]): Response {
  const app = appContextOrThrow().app;
  if (args.length === 0) return new app.responseClass();
  const value = args.length === 1 ? args[0] : args;
  return app.makeResponse(value as ResponseValue);
}

/**
 * Send a file from the app's files (path relative to the app's root).
 * @example
 * return sendFile("static/report.pdf", { asAttachment: true });
 * @see flask/helpers.py send_file
 */
export function sendFile(path: string, options: SendFileOptions = {}): Response {
  const ctx = requestContextOrThrow();
  return sendFileFrom(ctx.app, ctx.request, path, options);
}

/**
 * Send a file from a directory, refusing paths that would leave it (404).
 * @example
 * return sendFromDirectory("uploads", name);
 * @see flask/helpers.py send_from_directory
 */
export function sendFromDirectory(
  directory: string,
  path: string,
  options: SendFileOptions = {},
): Response {
  const ctx = requestContextOrThrow();
  return sendFromDirectoryOf(ctx.app, ctx.request, directory, path, options);
}

/**
 * Run `fn(response)` after the current request only.
 * @example
 * afterThisRequest((res) => { res.headers.set("X-Once", "1"); return res; });
 * @see flask/ctx.py after_this_request
 */
export function afterThisRequest<F extends (response: Response) => unknown>(fn: F): F {
  const ctx = currentContext();
  if (!ctx?.hasRequest) {
    throw new Error(
      "'afterThisRequest' can only be used when a request context is active, such as in a view function.",
    );
  }
  ctx.afterRequestFunctions.push(fn as (response: unknown) => unknown);
  return fn;
}

/**
 * Wrap a function so it runs in the current request's context later (e.g. after an await in
 * other work).
 * @example
 * const later = copyCurrentRequestContext(() => request.path);
 * @see flask/ctx.py copy_current_request_context
 */
export function copyCurrentRequestContext<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const ctx = currentContext();
  if (!ctx?.hasRequest) {
    throw new Error(
      "'copyCurrentRequestContext' can only be used when a request context is active, such as in a view function.",
    );
  }
  const copy = ctx.copy();
  return (...args: A) => getContextStore<AppContext>().run(copy, () => fn(...args));
}

/**
 * Keep the request context while a streamed body is produced.
 * @example
 * return streamWithContext(async function* () { yield `Hello ${request.args.get("name")}`; }());
 * @see flask/helpers.py stream_with_context
 */
export function streamWithContext<T>(source: AsyncIterable<T> | Iterable<T>): AsyncIterable<T> {
  const ctx = currentContext();
  if (!ctx?.hasRequest) {
    throw new Error(
      "'streamWithContext' can only be used when a request context is active, such as in a view function.",
    );
  }
  const store = getContextStore<AppContext>();
  const iterator =
    Symbol.asyncIterator in (source as object)
      ? (source as AsyncIterable<T>)[Symbol.asyncIterator]()
      : (source as Iterable<T>)[Symbol.iterator]();
  return {
    [Symbol.asyncIterator]() {
      return {
        next: () => store.run(ctx, async () => await iterator.next()),
        return: async () =>
          (await iterator.return?.()) ?? { done: true as const, value: undefined },
      };
    },
  };
}

export { abort } from "./exceptions.ts";
export { flash, getFlashedMessages } from "./flashing.ts";
