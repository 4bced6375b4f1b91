/**
 * Timers held while a cell is prepared ahead of its Run: the app is loaded and evaluated while
 * the learner pauses, but it must not start living before the Run (a `setInterval` counting, a
 * `setTimeout` printing). While held, `setTimeout` and `setInterval` only note what they were
 * asked; `release` arms each from that moment, with its own delay, as if the app had just been
 * evaluated. Ids stay valid across the release, so `clearTimeout` works on either side of it.
 */

type Callback = (...args: unknown[]) => void;

interface Held {
  repeat: boolean;
  callback: Callback | string;
  ms: number;
  args: unknown[];
  /** The real timer's id once armed. */
  armed?: ReturnType<typeof setTimeout>;
}

/** The scope whose timers are held (a Worker's `self`). */
export interface TimerScope {
  setTimeout: typeof setTimeout;
  setInterval: typeof setInterval;
  clearTimeout: typeof clearTimeout;
  clearInterval: typeof clearInterval;
}

/** Where held timers' ids begin: far above the ids the browser hands out. */
const FIRST_ID = 2 ** 30;

/**
 * Hold the scope's timers until `release` is called.
 * @example
 * const timers = holdTimers(self);
 * await import(appModule); // its setTimeout calls wait
 * timers.release(); // now they count from here
 */
export function holdTimers(scope: TimerScope): { release(): void } {
  const native = {
    setTimeout: scope.setTimeout.bind(scope),
    setInterval: scope.setInterval.bind(scope),
    clearTimeout: scope.clearTimeout.bind(scope),
    clearInterval: scope.clearInterval.bind(scope),
  };
  const held = new Map<number, Held>();
  let nextId = FIRST_ID;
  let released = false;

  const arm = (entry: Held) => {
    const { callback, ms, args } = entry;
    entry.armed = entry.repeat
      ? native.setInterval(callback as Callback, ms, ...args)
      : native.setTimeout(callback as Callback, ms, ...args);
  };
  const hold =
    (repeat: boolean) =>
    (callback: Callback | string, ms?: number, ...args: unknown[]) => {
      if (released) {
        return (repeat ? native.setInterval : native.setTimeout)(callback as Callback, ms, ...args);
      }
      const id = nextId++;
      held.set(id, { repeat, callback, ms: Number(ms) || 0, args });
      return id as unknown as ReturnType<typeof setTimeout>;
    };
  const clear =
    (nativeClear: (id: ReturnType<typeof setTimeout>) => void) =>
    (id?: ReturnType<typeof setTimeout>) => {
      const entry = typeof id === "number" ? held.get(id) : undefined;
      if (!entry) {
        if (id !== undefined) nativeClear(id);
        return;
      }
      held.delete(id as unknown as number);
      if (entry.armed !== undefined) nativeClear(entry.armed);
    };

  scope.setTimeout = hold(false) as typeof setTimeout;
  scope.setInterval = hold(true) as typeof setInterval;
  scope.clearTimeout = clear(native.clearTimeout) as typeof clearTimeout;
  scope.clearInterval = clear(native.clearInterval) as typeof clearInterval;

  return {
    release() {
      if (released) return;
      released = true;
      for (const [id, entry] of held) {
        if (entry.repeat) arm(entry);
        else {
          // A one-shot timer forgets its id once it has fired.
          const callback = entry.callback;
          entry.callback =
            typeof callback === "function"
              ? (...args: unknown[]) => {
                  held.delete(id);
                  callback(...args);
                }
              : callback;
          arm(entry);
        }
      }
    },
  };
}
