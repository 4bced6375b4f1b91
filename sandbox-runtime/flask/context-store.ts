/**
 * The pluggable store behind `request`, `session`, `g` and `currentApp`.
 * @see flask/globals.py (Python uses contextvars for the same job)
 */

/**
 * Where the active context lives. Engines install one with `setContextStore`.
 * @example
 * const store = createSlotStore<string>();
 * store.run("ctx", () => store.get()); // "ctx"
 * @see flask/globals.py _cv_app
 */
export interface ContextStore<T> {
  /** Run `fn` with `value` as the active context. */
  run<R>(value: T, fn: () => R): R;
  /** The active context, if any. */
  get(): T | undefined;
  /** Make `value` active for the rest of the current execution (`ctx.push()`). */
  enter(value: T | undefined): void;
  /**
   * True when concurrent async work each keeps its own context (AsyncLocalStorage). When
   * false, the app runs one request at a time through {@link ContextStore.exclusive}.
   */
  readonly isolated: boolean;
  /**
   * Run `fn` when no other exclusive work is in flight. A store that does not queue calls it at
   * once and returns what it returns, a promise or not.
   */
  exclusive<R>(fn: () => R | PromiseLike<R>): R | PromiseLike<R>;
}

/**
 * The default store: one slot, with requests run one at a time so a view that awaits cannot
 * see another request's context. Used where AsyncLocalStorage is missing or can't be trusted.
 * An engine that already runs incoming requests one at a time at its own entry passes
 * `{ queue: false }`, so there is one queue and a view's request to its own app is let through.
 * @example
 * setContextStore(createSlotStore());
 * @see flask/globals.py
 */
export function createSlotStore<T>(options: { queue?: boolean } = {}): ContextStore<T> {
  const queue = options.queue ?? true;
  let slot: T | undefined;
  let tail: Promise<unknown> = Promise.resolve();
  return {
    isolated: false,
    run<R>(value: T, fn: () => R): R {
      const previous = slot;
      slot = value;
      let result: R;
      try {
        result = fn();
      } catch (error) {
        slot = previous;
        throw error;
      }
      if (result instanceof Promise) {
        return result.finally(() => {
          slot = previous;
        }) as R;
      }
      slot = previous;
      return result;
    },
    get: () => slot,
    enter(value) {
      slot = value;
    },
    exclusive<R>(fn: () => R | PromiseLike<R>): R | PromiseLike<R> {
      // Queued, a request arriving while another one awaits finds the slot occupied, and nothing
      // without async context can tell it from a call made inside that request; so a view
      // sending a request to its own app would wait for itself. Engines that queue at their
      // entry turn this queue off.
      if (!queue) return fn();
      const run = tail.then(fn, fn);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
