/**
 * Updates held back while a Run's page loads in the preview: in many browsers the preview shares
 * the lesson page's thread, and the page is what the learner waits for. What the console, the
 * inspector and the address bar would draw is kept, in order, and applied in the frame after
 * the one that shows the page, or after `HOLD_MAX_MS` if it is slow.
 */

/** Longest updates are held for a page that has not loaded. */
export const HOLD_MAX_MS = 300;

/** What holding needs from the page: when the next frame comes (`requestAnimationFrame`). */
export interface HoldClock {
  frame(callback: () => void): void;
}

const browserClock: HoldClock = { frame: (callback) => requestAnimationFrame(callback) };

/**
 * One cell's held updates.
 * @example
 * const held = new HeldUpdates();
 * held.hold(pane.nextLoad());
 * held.soon(() => console.write("stdout", text)); // applied once the page has loaded
 */
export class HeldUpdates {
  #held: Array<() => void> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #clock: HoldClock;

  constructor(clock: HoldClock = browserClock) {
    this.#clock = clock;
  }

  /** Whether updates are being held now. */
  get holding(): boolean {
    return this.#held !== undefined;
  }

  /** Hold what comes until `loaded` resolves (and a frame passes) or `HOLD_MAX_MS` pass. */
  hold(loaded: Promise<void>): void {
    const held: Array<() => void> = [];
    this.#held = held;
    const release = () => {
      if (this.#held === held) this.release();
    };
    void loaded.then(() => this.#clock.frame(() => setTimeout(release, 0)));
    this.#timer = setTimeout(release, HOLD_MAX_MS);
  }

  /** Apply everything held, in order, and hold nothing more. */
  release(): void {
    clearTimeout(this.#timer);
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const update of held) update();
  }

  /** Forget what is held, unapplied (it belonged to a Run that is being replaced). */
  drop(): void {
    clearTimeout(this.#timer);
    this.#held = undefined;
  }

  /** Apply now, or once the page has loaded if one is loading. */
  soon(update: () => void): void {
    if (this.#held) this.#held.push(update);
    else update();
  }
}
