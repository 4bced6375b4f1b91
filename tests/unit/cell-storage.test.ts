import { describe, expect, it } from "vitest";
import {
  type EditStorage,
  editKey,
  hashFiles,
  hintsKey,
  keepOwnCode,
  loadEdit,
  loadHintsShown,
  loadOwnCode,
  mergeEdit,
  sameFiles,
  saveEdit,
  saveHintsShown,
} from "../../src/client/cell-storage.ts";

/** `localStorage`'s shape over a Map, with an optional quota. */
class MemoryStorage implements EditStorage {
  #items = new Map<string, string>();
  constructor(readonly full = false) {}
  get length() {
    return this.#items.size;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException("quota", "QuotaExceededError");
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
}

const original = { "app.ts": 'app.route("/", () => "hi");', "templates/a.html": "<p>a</p>" };

describe("hashFiles and editKey", () => {
  it("is stable, ignores the order of paths and sees every change", () => {
    const reordered = { "templates/a.html": "<p>a</p>", "app.ts": 'app.route("/", () => "hi");' };
    expect(hashFiles(original)).toBe(hashFiles(reordered));
    expect(hashFiles(original)).toMatch(/^[0-9a-f]{8}$/);
    expect(hashFiles({ ...original, "app.ts": "x" })).not.toBe(hashFiles(original));
    expect(hashFiles({ a: "bc" })).not.toBe(hashFiles({ ab: "c" }));
  });

  it("names the cell and the hash of its original files", () => {
    expect(editKey("routing/two-routes", original)).toBe(
      `kolba.cell.routing/two-routes.${hashFiles(original)}`,
    );
  });
});

describe("saveEdit and loadEdit", () => {
  it("keeps an edit and finds it again", () => {
    const storage = new MemoryStorage();
    const edited = { ...original, "app.ts": 'app.route("/", () => "hello");' };
    expect(saveEdit(storage, "a/b", original, edited, 5)).toBe(true);
    expect(loadEdit(storage, "a/b", original)).toEqual({ current: { files: edited, savedAt: 5 } });
  });

  it("removes the entry when the edit equals the original (Reset)", () => {
    const storage = new MemoryStorage();
    saveEdit(storage, "a/b", original, { ...original, "app.ts": "x" });
    saveEdit(storage, "a/b", original, { ...original });
    expect(storage.length).toBe(0);
    expect(loadEdit(storage, "a/b", original)).toEqual({});
  });

  it("offers an edit of an earlier version of the cell without loading or deleting it", () => {
    const storage = new MemoryStorage();
    const old = { "app.ts": "old" };
    saveEdit(storage, "a/b", old, { "app.ts": "old, edited" }, 1);
    saveEdit(storage, "a/b", { "app.ts": "older" }, { "app.ts": "older, edited" }, 0);
    const found = loadEdit(storage, "a/b", original);
    expect(found.current).toBeUndefined();
    expect(found.stale?.files).toEqual({ "app.ts": "old, edited" });
    expect(found.stale?.key).toBe(editKey("a/b", old));
    expect(storage.length).toBe(2);
  });

  it("does not mistake another cell whose name starts the same for an old version", () => {
    const storage = new MemoryStorage();
    saveEdit(storage, "a/b-c", { "app.ts": "1" }, { "app.ts": "2" });
    expect(loadEdit(storage, "a/b", original)).toEqual({});
  });

  it("skips entries that are not valid JSON", () => {
    const storage = new MemoryStorage();
    storage.setItem(editKey("a/b", original), "{not json");
    expect(loadEdit(storage, "a/b", original)).toEqual({});
  });

  it("reports a storage that refuses", () => {
    expect(saveEdit(new MemoryStorage(true), "a/b", original, { "app.ts": "x" })).toBe(false);
  });
});

describe("mergeEdit and sameFiles", () => {
  it("lays edited texts over the original's paths only", () => {
    expect(mergeEdit({ "a.ts": "1", "b.ts": "2" }, { "a.ts": "9", "c.ts": "3" })).toEqual({
      "a.ts": "9",
      "b.ts": "2",
    });
  });

  it("compares paths and texts", () => {
    expect(sameFiles({ a: "1" }, { a: "1" })).toBe(true);
    expect(sameFiles({ a: "1" }, { a: "2" })).toBe(false);
    expect(sameFiles({ a: "1" }, { a: "1", b: "" })).toBe(false);
  });
});

describe("the learner's own code, set aside while the solution is shown", () => {
  const mine = { ...original, "app.ts": "my own attempt" };
  const solution = { ...original, "app.ts": "the solution" };

  it("is kept apart from the edit and is never taken for an earlier version's edit", () => {
    const storage = new MemoryStorage();
    expect(keepOwnCode(storage, "a/exercise", original, mine, 5)).toBe(true);
    saveEdit(storage, "a/exercise", original, solution, 6);
    expect(loadOwnCode(storage, "a/exercise", original)).toEqual({ files: mine, savedAt: 5 });
    expect(loadEdit(storage, "a/exercise", original)).toEqual({
      current: { files: solution, savedAt: 6 },
    });
  });

  it("is forgotten once it is back, and a full storage says so", () => {
    const storage = new MemoryStorage();
    keepOwnCode(storage, "a/exercise", original, mine);
    keepOwnCode(storage, "a/exercise", original, undefined);
    expect(loadOwnCode(storage, "a/exercise", original)).toBeUndefined();
    expect(keepOwnCode(new MemoryStorage(true), "a/exercise", original, mine)).toBe(false);
  });
});

describe("revealed hints", () => {
  it("remembers the count per version of the cell, and is not taken for an edit", () => {
    const storage = new MemoryStorage();
    expect(loadHintsShown(storage, "a/exercise", original)).toBe(0);
    expect(saveHintsShown(storage, "a/exercise", original, 2)).toBe(true);
    expect(loadHintsShown(storage, "a/exercise", original)).toBe(2);
    expect(loadHintsShown(storage, "a/exercise", { ...original, "app.ts": "new" })).toBe(0);
    expect(loadEdit(storage, "a/exercise", { ...original, "app.ts": "new" })).toEqual({});
  });

  it("reads anything but a positive whole number as none, and survives a full storage", () => {
    const storage = new MemoryStorage();
    for (const bad of ["", "-1", "1.5", "two", "NaN"]) {
      storage.setItem(hintsKey("a/exercise", original), bad);
      expect(loadHintsShown(storage, "a/exercise", original)).toBe(0);
    }
    expect(saveHintsShown(new MemoryStorage(true), "a/exercise", original, 1)).toBe(false);
  });
});
