/**
 * Requests one at a time, as the server sees them: the one queue of engines without
 * AsyncLocalStorage (the in-page Worker, a WebContainer). With a plain context slot, a request
 * that arrives while another awaits would find that request's context still in the slot; so the
 * engine hands its server an app whose request entry point (`handleOrDebug`, what a server calls
 * per incoming request) waits for the previous request to finish, and installs a slot store that
 * does not queue again (`createSlotStore({ queue: false })`). Calls a view makes into its own app
 * (`app.testClient()`, `app.request`, `app.fetch`) do not go through that entry point, so they
 * never wait for themselves.
 */

/** The method the port's node:http server calls once per incoming request. */
export const REQUEST_ENTRY = "handleOrDebug";

/**
 * An app whose request entry point runs requests one after another; everything else is the
 * app itself (methods bound to it, so its private fields keep working).
 * @example
 * runtime.setServerRunner((app, options) => inner(oneAtATime(app), options));
 */
export function oneAtATime<T extends object>(app: T): T {
  let tail: Promise<unknown> = Promise.resolve();
  return new Proxy(app, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (property !== REQUEST_ENTRY) return method.bind(target);
      return (...args: unknown[]) => {
        const run = tail.then(() => method.apply(target, args));
        tail = run.catch(() => undefined);
        return run;
      };
    },
  });
}
