/**
 * A live cell's state apart from its views: the store and the updates held while a Run's page
 * loads; and the site's client asking running cells what they see rather than which engine
 * they are.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type CellChanges, CellStore } from "../../src/client/cell-store.ts";
import { HeldUpdates, HOLD_MAX_MS } from "../../src/client/held-updates.ts";

function record<K extends keyof CellChanges>(store: CellStore, kind: K): CellChanges[K][] {
  const seen: CellChanges[K][] = [];
  store.on(kind, (value) => seen.push(value));
  return seen;
}

describe("CellStore", () => {
  it("takes each edit once, and tells whether files were typed or put in", () => {
    const store = new CellStore({ "app.ts": "a", "models.ts": "m" });
    const changes = record(store, "files");
    store.edit("app.ts", "ab");
    store.edit("app.ts", "ab");
    store.replaceFiles({ "app.ts": "x", "models.ts": "y" });
    expect(changes).toEqual([
      { files: { "app.ts": "ab", "models.ts": "m" }, replaced: false },
      { files: { "app.ts": "x", "models.ts": "y" }, replaced: true },
    ]);
    expect(store.original).toEqual({ "app.ts": "a", "models.ts": "m" });
  });

  it("keeps the cell's own paths when other files are put in", () => {
    const store = new CellStore({ "app.ts": "a", "models.ts": "m" });
    store.replaceFiles({ "app.ts": "x", "extra.ts": "e" });
    expect(store.files).toEqual({ "app.ts": "x", "models.ts": "" });
  });

  it("starts from the learner's saved files and hands out copies", () => {
    const store = new CellStore({ "app.ts": "a" }, { "app.ts": "saved" });
    const files = store.files;
    files["app.ts"] = "changed outside";
    expect(store.files).toEqual({ "app.ts": "saved" });
  });

  it("reports busy and the running cell only when they change, and stops telling on unsubscribe", () => {
    const store = new CellStore({ "app.ts": "a" });
    const busy = record(store, "busy");
    const running: unknown[] = [];
    const off = store.on("running", (cell) => running.push(cell));
    store.setBusy(true);
    store.setBusy(true);
    store.setBusy(false);
    store.setRunning(undefined);
    off();
    store.setRun("ready");
    expect(busy).toEqual([true, false]);
    expect(running).toEqual([]);
    expect(store.run).toBe("ready");
  });

  it("passes output, answers and pane requests on in order", () => {
    const store = new CellStore({ "app.ts": "a" });
    const console = record(store, "console");
    const preview = record(store, "preview");
    store.clearOutput();
    store.write("stdout", "hello\n");
    store.preview({ type: "show", url: "https://preview.example/c1/", path: "/" });
    store.preview({ type: "navigated", path: "/about" });
    expect(console).toEqual(["clear", { stream: "stdout", text: "hello\n" }]);
    expect(preview.map((change) => change.type)).toEqual(["show", "navigated"]);
  });
});

describe("HeldUpdates", () => {
  const frames: Array<() => void> = [];
  const clock = { frame: (callback: () => void) => frames.push(callback) };
  beforeEach(() => {
    vi.useFakeTimers();
    frames.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it("applies updates at once while nothing loads", () => {
    const held = new HeldUpdates(clock);
    const done: string[] = [];
    held.soon(() => done.push("a"));
    expect(done).toEqual(["a"]);
    expect(held.holding).toBe(false);
  });

  it("holds updates until the page has loaded and a frame has passed, then applies them in order", async () => {
    const held = new HeldUpdates(clock);
    let loaded = () => {};
    held.hold(new Promise<void>((resolve) => (loaded = resolve)));
    const done: string[] = [];
    held.soon(() => done.push("clear"));
    held.soon(() => done.push("write"));
    expect(done).toEqual([]);
    loaded();
    await Promise.resolve();
    expect(done).toEqual([]);
    frames.shift()?.();
    vi.advanceTimersByTime(0);
    expect(done).toEqual(["clear", "write"]);
    held.soon(() => done.push("after"));
    expect(done).toEqual(["clear", "write", "after"]);
  });

  it("applies what it holds after HOLD_MAX_MS when the page is slow", () => {
    const held = new HeldUpdates(clock);
    held.hold(new Promise<void>(() => undefined));
    const done: string[] = [];
    held.soon(() => done.push("write"));
    vi.advanceTimersByTime(HOLD_MAX_MS - 1);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(done).toEqual(["write"]);
  });

  it("drops what an earlier Run held, and that Run's page does not release the next one's", async () => {
    const held = new HeldUpdates(clock);
    let firstLoaded = () => {};
    held.hold(new Promise<void>((resolve) => (firstLoaded = resolve)));
    const done: string[] = [];
    held.soon(() => done.push("old"));
    held.drop();
    held.hold(new Promise<void>(() => undefined));
    held.soon(() => done.push("new"));
    firstLoaded();
    await Promise.resolve();
    frames.shift()?.();
    vi.advanceTimersByTime(0);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(HOLD_MAX_MS);
    expect(done).toEqual(["new"]);
  });
});

describe("the site's client and the engines", () => {
  const client = join(import.meta.dirname, "..", "..", "src", "client");
  // Where an engine's name may appear: where the learner chooses one (the menu, the stored
  // choice), the lazy WebContainer engine naming itself, and the engine note's default before
  // the page has decided (the in-page engine answers first).
  const naming = new Set([
    "page-engine.ts",
    "cell-toolbar.ts",
    "lazy-webcontainer.ts",
    "cell-runner.ts",
  ]);
  const files = readdirSync(client).filter((name) => name.endsWith(".ts"));

  it("names no engine outside the engine choice", () => {
    const named = files.filter(
      (name) =>
        !naming.has(name) &&
        /["'`](worker|webcontainer|node)["'`]/.test(readFileSync(join(client, name), "utf8")),
    );
    expect(named).toEqual([]);
  });

  it("never decides by which engine runs a cell", () => {
    const branching = files.filter((name) =>
      /\.(engine|active\(\)|name)\s*[!=]==?\s*["'`]|["'`]\s*[!=]==?\s*\w+\.(engine|active\(\))/.test(
        readFileSync(join(client, name), "utf8"),
      ),
    );
    expect(branching).toEqual([]);
  });
});
