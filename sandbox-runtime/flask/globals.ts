/**
 * The context-bound globals: `request`, `session`, `g` and `currentApp`.
 * @see flask/globals.py
 */
import type { Flask } from "./app.ts";
import type { AppContext, AppCtxGlobals, SessionLike } from "./ctx.ts";
import type { Request } from "./wrappers/request.ts";
import { getContextStore } from "./runtime-hooks.ts";

import { RuntimeError } from "./python/index.ts";

export { RuntimeError } from "./python/index.ts";

/**
 * Flask's message for using `currentApp` or `g` without an app context.
 * @example
 * new RuntimeError(NO_APP_MESSAGE);
 * @see flask/globals.py _no_app_msg
 */
export const NO_APP_MESSAGE = `Working outside of application context.

This typically means that you attempted to use functionality that needed
the current application. To solve this, set up an application context
with app.app_context(). See the documentation for more information.`;

/**
 * Flask's message for using `request` or `session` without a request context.
 * @example
 * new RuntimeError(NO_REQUEST_MESSAGE);
 * @see flask/globals.py _no_req_msg
 */
export const NO_REQUEST_MESSAGE = `Working outside of request context.

This typically means that you attempted to use functionality that needed
an active HTTP request. Consult the documentation on testing for
information about how to avoid this problem.`;

/**
 * The active context, or undefined.
 * @example
 * currentContext()?.app.name;
 * @see flask/globals.py _cv_app
 */
export function currentContext(): AppContext | undefined {
  return getContextStore<AppContext>().get();
}

/**
 * The active context or Flask's "Working outside of application context." error.
 * @example
 * appContextOrThrow().app;
 * @see flask/globals.py current_app
 */
export function appContextOrThrow(): AppContext {
  const ctx = currentContext();
  if (!ctx) throw new RuntimeError(NO_APP_MESSAGE);
  return ctx;
}

/**
 * The active context with a request, or Flask's "Working outside of request context." error.
 * @example
 * requestContextOrThrow().request;
 * @see flask/globals.py request
 */
export function requestContextOrThrow(): AppContext {
  const ctx = currentContext();
  if (!ctx?.hasRequest) throw new RuntimeError(NO_REQUEST_MESSAGE);
  return ctx;
}

/**
 * True inside a request context.
 * @example
 * if (hasRequestContext()) console.log(request.path);
 * @see flask/ctx.py has_request_context
 */
export function hasRequestContext(): boolean {
  return currentContext()?.hasRequest ?? false;
}

/**
 * True inside an app context.
 * @example
 * hasAppContext();
 * @see flask/ctx.py has_app_context
 */
export function hasAppContext(): boolean {
  return currentContext() !== undefined;
}

function contextProxy<T extends object>(resolve: () => object): T {
  return new Proxy({} as T, {
    get(_target, prop) {
      // Werkzeug's LocalProxy method for reaching the real object.
      if (prop === "_getCurrentObject") return () => resolve();
      const obj = resolve();
      const value = Reflect.get(obj, prop, obj);
      // Methods touch #private fields, so they must run with the real object as `this`.
      return typeof value === "function" && prop !== "constructor" ? value.bind(obj) : value;
    },
    set(_target, prop, value) {
      const obj = resolve();
      return Reflect.set(obj, prop, value, obj);
    },
    has: (_target, prop) => Reflect.has(resolve(), prop),
    deleteProperty: (_target, prop) => Reflect.deleteProperty(resolve(), prop),
    ownKeys: () => Reflect.ownKeys(resolve()),
    getOwnPropertyDescriptor(_target, prop) {
      const desc = Reflect.getOwnPropertyDescriptor(resolve(), prop);
      return desc ? { ...desc, configurable: true } : undefined;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(resolve()),
  });
}

/**
 * The request being handled, bound to the active request context.
 * @example
 * app.get("/", function index() { return `Hello ${request.args.get("name", "World")}`; });
 * @see flask/globals.py request
 */
export const request: Request = contextProxy<Request>(() => requestContextOrThrow().request);

/**
 * The session of the request being handled: `session.user = "ana"`, `session.get("user")`.
 * @example
 * session.visits = Number(session.get("visits", 0)) + 1;
 * @see flask/globals.py session
 */
export const session: SessionLike = contextProxy<SessionLike>(
  () => requestContextOrThrow().session,
);

/**
 * A namespace for data during one app context (one request): `g.user = …`.
 * @example
 * app.beforeRequest(function loadUser() { g.user = "ana"; });
 * @see flask/globals.py g
 */
export const g: AppCtxGlobals = contextProxy<AppCtxGlobals>(() => appContextOrThrow().g);

/**
 * The app handling the active context.
 * @example
 * currentApp.config.get("DEBUG");
 * @see flask/globals.py current_app
 */
export const currentApp: Flask = contextProxy<Flask>(() => appContextOrThrow().app);
