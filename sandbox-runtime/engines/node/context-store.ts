/**
 * The Node context store: AsyncLocalStorage keeps each request's context across awaits.
 * @see flask/globals.py (contextvars play this part in Python)
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { ContextStore } from "flask/runtime";

/**
 * A context store over AsyncLocalStorage; concurrent requests each see their own context.
 * @example
 * setContextStore(createAsyncLocalStore());
 * @see flask/globals.py _cv_app
 */
export function createAsyncLocalStore<T>(): ContextStore<T> {
  const als = new AsyncLocalStorage<T | undefined>();
  return {
    isolated: true,
    run: (value, fn) => als.run(value, fn),
    get: () => als.getStore(),
    enter: (value) => als.enterWith(value),
    exclusive: (fn) => fn(),
  };
}
