import { describe, expect, it } from "vitest";
import { holdTimers, type TimerScope } from "../../sandbox-runtime/engines/worker/held-timers.ts";

/** A scope of its own, over Node's timers, so the test's own timers are never held. */
function scope(): TimerScope {
  return { setTimeout, setInterval, clearTimeout, clearInterval } as TimerScope;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("holdTimers", () => {
  it("holds timeouts until released, then counts their delay from the release", async () => {
    const timers = scope();
    const held = holdTimers(timers);
    const fired: number[] = [];
    timers.setTimeout(() => fired.push(Date.now()), 30);
    await wait(80);
    expect(fired).toEqual([]);
    const released = Date.now();
    held.release();
    await wait(80);
    expect(fired).toHaveLength(1);
    expect(fired[0]! - released).toBeGreaterThanOrEqual(25);
  });

  it("passes arguments, repeats intervals, and clears by the ids it gave on either side of the release", async () => {
    const timers = scope();
    const held = holdTimers(timers);
    const seen: string[] = [];
    const cleared = timers.setTimeout(() => seen.push("cleared before"), 0);
    const later = timers.setTimeout(() => seen.push("cleared after"), 60);
    const every = timers.setInterval((word: string) => seen.push(word), 15, "tick");
    timers.setTimeout((a: string, b: string) => seen.push(`${a} ${b}`), 0, "with", "args");
    timers.clearTimeout(cleared);
    held.release();
    await wait(50);
    timers.clearTimeout(later);
    timers.clearInterval(every);
    const ticks = seen.filter((word) => word === "tick").length;
    await wait(80);
    expect(seen).toContain("with args");
    expect(seen).not.toContain("cleared before");
    expect(seen).not.toContain("cleared after");
    expect(ticks).toBeGreaterThanOrEqual(2);
    // Cleared: no tick after.
    expect(seen.filter((word) => word === "tick").length).toBe(ticks);
  });

  it("hands timers made after the release straight to the scope", async () => {
    const timers = scope();
    holdTimers(timers).release();
    let fired = false;
    timers.setTimeout(() => {
      fired = true;
    }, 0);
    await wait(20);
    expect(fired).toBe(true);
  });
});
