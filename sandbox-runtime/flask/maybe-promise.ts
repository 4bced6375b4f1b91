/**
 * Values that are either here now or promised: the request ladder goes on at once after a step
 * that answered with a plain value, and waits only from the first step that answered with a
 * promise (an async view, hook or error handler, a body still arriving, a signed session
 * cookie). A request whose every step answers at once is answered before the server's request
 * callback returns, without a microtask per step; once one step is async, the same request goes
 * on asynchronously from there, each step still run exactly once and in the same order.
 *
 * `andThen`, `attempt`, `ensure` and `inTurn` stand for `await`, `try`/`catch`, `try`/`finally` and a
 * `for` loop with `await` in it.
 * @see flask/app.py Flask.ensure_sync (Flask runs async views to completion in the same request)
 */

/** A value, or a promise of it. */
export type MaybePromise<T> = T | PromiseLike<T>;

/**
 * Whether `value` is a promise (anything with a `then` method, as `await` decides).
 * @example
 * isPromiseLike(Promise.resolve(1)); // true
 * isPromiseLike(1); // false
 */
export function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === "object" || typeof value === "function") &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/**
 * `fn(value)` at once for a plain value, or once a promised one settles (`fn(await value)`).
 * @example
 * andThen(2, (n) => n + 1); // 3
 * await andThen(Promise.resolve(2), (n) => n + 1); // 3
 */
export function andThen<T, R>(
  value: MaybePromise<T>,
  fn: (value: T) => MaybePromise<R>,
): MaybePromise<R> {
  return isPromiseLike(value) ? Promise.resolve(value).then(fn) : fn(value);
}

/**
 * `try { return await fn(); } catch (error) { return await onError(error); }`: an error thrown
 * at once and a promise that rejects reach the same `onError`.
 * @example
 * attempt(() => JSON.parse("{"), () => null); // null
 */
export function attempt<R>(
  fn: () => MaybePromise<R>,
  onError: (error: unknown) => MaybePromise<R>,
): MaybePromise<R> {
  let value: MaybePromise<R>;
  try {
    value = fn();
  } catch (error) {
    return onError(error);
  }
  return isPromiseLike(value) ? Promise.resolve(value).then(undefined, onError) : value;
}

/**
 * `try { return await fn(); } finally { await after(); }`: `after` runs once, however `fn` ends,
 * and an error from `after` replaces `fn`'s outcome, as an error in `finally` does.
 * @example
 * ensure(() => "answer", () => console.log("closed")); // logs "closed", returns "answer"
 */
export function ensure<R>(fn: () => MaybePromise<R>, after: () => unknown): MaybePromise<R> {
  let value: MaybePromise<R>;
  try {
    value = fn();
  } catch (error) {
    return andThen(after(), () => {
      throw error;
    });
  }
  if (!isPromiseLike(value)) return andThen(after(), () => value);
  return Promise.resolve(value).then(
    (result) => andThen(after(), () => result),
    (error: unknown) =>
      andThen(after(), () => {
        throw error;
      }),
  );
}

/**
 * Call `step` on each item in order, waiting whenever a step answers with a promise, and stop at
 * the first step that gives something other than `undefined`, which is the result. Items added
 * to `items` while it runs are called too, as a `for` loop over a live array would.
 * @example
 * inTurn([1, 2, 3], (n) => (n > 1 ? n * 10 : undefined)); // 20
 */
export function inTurn<T, R>(
  items: readonly T[],
  step: (item: T) => MaybePromise<R | undefined>,
  from = 0,
): MaybePromise<R | undefined> {
  for (let i = from; i < items.length; i++) {
    const result = step(items[i] as T);
    if (isPromiseLike(result)) {
      return Promise.resolve(result).then((value) =>
        value === undefined ? inTurn(items, step, i + 1) : value,
      );
    }
    if (result !== undefined) return result;
  }
  return undefined;
}
