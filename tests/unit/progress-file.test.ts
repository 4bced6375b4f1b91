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
  ownCodeKey,
  saveEdit,
  saveHintsShown,
} from "../../src/client/cell-storage.ts";
import { isCellName } from "../../src/lib/cells.ts";
import {
  emptyProgress,
  mark,
  markRead,
  type Progress,
  parseProgress,
  progressBackupKey,
  progressKey,
  serializeProgress,
} from "../../src/lib/progress.ts";
import {
  isProgressFileKey,
  makeProgressFile,
  type ProgressFile,
  parseProgressFile,
  planImport,
  progressFileName,
  readCellEntryKey,
  serializeProgressFile,
} from "../../src/lib/progress-file.ts";

/** `localStorage`'s shape over a Map. */
class MemoryStorage implements EditStorage {
  #items = new Map<string, string>();
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
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  /** The entries the progress file is about, as the page collects them. */
  entries(): Record<string, string> {
    return Object.fromEntries([...this.#items].filter(([key]) => isProgressFileKey(key)));
  }
}

const at = (iso: string) => new Date(iso);
const routing = { "app.ts": 'app.route("/", () => "hi");', "templates/a.html": "<p>a</p>" };
const exercise = { "app.ts": "// write the route here" };
const olderRouting = { "app.ts": "an earlier version of the cell" };

/** A browser where the learner read two lessons, edited cells, showed a solution and hints. */
function learnerBrowser() {
  const storage = new MemoryStorage();
  let progress = markRead(emptyProgress(), "routing", at("2026-11-20T10:00:00.000Z"));
  progress = markRead(progress, "hello-flask", at("2026-11-19T09:00:00.000Z"));
  progress = mark(progress, "routing", "exercisePassedAt", at("2026-11-20T11:00:00.000Z"));
  storage.setItem(progressKey, serializeProgress(progress));
  saveEdit(
    storage,
    "routing/two-routes",
    routing,
    { ...routing, "app.ts": "mine" },
    1_700_000_000_123,
  );
  saveEdit(
    storage,
    "routing/two-routes",
    olderRouting,
    { "app.ts": "old edit" },
    1_600_000_000_000,
  );
  saveEdit(storage, "routing/exercise", exercise, { "app.ts": "the solution" }, 1_700_000_100_000);
  keepOwnCode(storage, "routing/exercise", exercise, { "app.ts": "my attempt" }, 1_700_000_050_000);
  saveHintsShown(storage, "routing/exercise", exercise, 2);
  // Not the file's business: the theme, the engine choice, a set-aside unreadable record.
  storage.setItem("kolba.theme", "dark");
  storage.setItem("kolba.engine", "worker");
  storage.setItem(progressBackupKey, "{broken");
  return { storage, progress };
}

const made = at("2026-11-22T09:15:00.000Z");

/** Export one browser's entries as the file's text. */
function exportText(storage: MemoryStorage, progress: Progress, locale = "lt"): string {
  return serializeProgressFile(makeProgressFile(storage.entries(), progress, locale, made));
}

/** Load a file into a browser the way the page does when the learner answers `answer`. */
function importInto(
  storage: MemoryStorage,
  text: string,
  answer: "mine" | "theirs" = "mine",
): ReturnType<typeof planImport> {
  const parsed = parseProgressFile(text);
  if (!parsed.ok) throw new Error(`${parsed.problem}: ${parsed.detail}`);
  const current = parseProgress(storage.getItem(progressKey)).progress;
  const plan = planImport(parsed.file, current, storage.entries());
  storage.setItem(progressKey, serializeProgress(plan.progress));
  for (const [key, value] of plan.writes) storage.setItem(key, value);
  if (answer === "theirs") {
    for (const conflict of plan.conflicts) storage.setItem(conflict.key, conflict.theirsText);
  }
  return plan;
}

describe("the cell entry keys", () => {
  it("read exactly the keys cell-storage writes", () => {
    expect(readCellEntryKey(editKey("routing/two-routes", routing))).toEqual({
      cell: "routing/two-routes",
      cellVersion: hashFiles(routing),
      kind: "edit",
    });
    expect(readCellEntryKey(ownCodeKey("routing/exercise", exercise))?.kind).toBe("ownCode");
    expect(readCellEntryKey(hintsKey("routing/exercise", exercise))?.kind).toBe("hints");
  });

  it("leave out every other key", () => {
    for (const key of [
      "kolba.theme",
      "kolba.engine",
      progressBackupKey,
      "kolba.cell.routing/two-routes",
      "kolba.cell.routing/two-routes.12345678.share",
      "kolba.cell.routing/two-routes.1234567",
      "kolba.cell.Routing/two-routes.12345678",
      "other.cell.routing/two-routes.12345678",
    ]) {
      expect(isProgressFileKey(key), key).toBe(false);
    }
    expect(isProgressFileKey(progressKey)).toBe(true);
  });

  it("accept the cell names the site accepts", () => {
    for (const name of ["routing/two-routes", "a/b", "rest-apis/exercise", "a-/b", "a/b/c"]) {
      expect(isProgressFileKey(`kolba.cell.${name}.12345678`), name).toBe(isCellName(name));
    }
  });
});

describe("progressFileName", () => {
  it("carries the learner's own date", () => {
    expect(progressFileName(new Date(2026, 10, 2, 23, 59))).toBe("kolba-progress-2026-11-02.json");
    expect(progressFileName(new Date(2027, 0, 31, 0, 1))).toBe("kolba-progress-2027-01-31.json");
  });
});

describe("makeProgressFile", () => {
  it("holds the progress, every edit, own code and hint count, the locale and the date", () => {
    const { storage, progress } = learnerBrowser();
    const file = makeProgressFile(storage.entries(), progress, "kk", made);
    expect(file).toMatchObject({
      format: "kolba-progress",
      version: 1,
      locale: "kk",
      createdAt: "2026-11-22T09:15:00.000Z",
      progress,
    });
    expect(file.edits).toEqual([
      {
        cell: "routing/exercise",
        cellVersion: hashFiles(exercise),
        kind: "edit",
        savedAt: new Date(1_700_000_100_000).toISOString(),
        files: { "app.ts": "the solution" },
      },
      {
        cell: "routing/exercise",
        cellVersion: hashFiles(exercise),
        kind: "ownCode",
        savedAt: new Date(1_700_000_050_000).toISOString(),
        files: { "app.ts": "my attempt" },
      },
      ...[
        {
          cell: "routing/two-routes",
          cellVersion: hashFiles(routing),
          kind: "edit",
          savedAt: new Date(1_700_000_000_123).toISOString(),
          files: { ...routing, "app.ts": "mine" },
        },
        {
          cell: "routing/two-routes",
          cellVersion: hashFiles(olderRouting),
          kind: "edit",
          savedAt: new Date(1_600_000_000_000).toISOString(),
          files: { "app.ts": "old edit" },
        },
      ].sort((a, b) => a.cellVersion.localeCompare(b.cellVersion)),
    ]);
    expect(file.hints).toEqual([
      { cell: "routing/exercise", cellVersion: hashFiles(exercise), shown: 2 },
    ]);
  });

  it("is indented JSON a person can read", () => {
    const { storage, progress } = learnerBrowser();
    const text = exportText(storage, progress);
    expect(text).toContain('\n  "format": "kolba-progress",\n');
    expect(text).toContain('"app.ts": "my attempt"');
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("leaves out stored entries the site itself cannot read", () => {
    const storage = new MemoryStorage();
    storage.setItem(editKey("a/b", routing), "{not json");
    storage.setItem(editKey("a/c", routing), '{"savedAt":1}');
    storage.setItem(hintsKey("a/b", routing), "many");
    storage.setItem(hintsKey("a/c", routing), "0");
    const file = makeProgressFile(storage.entries(), emptyProgress(), "en", made);
    expect(file.edits).toEqual([]);
    expect(file.hints).toEqual([]);
  });
});

describe("a round trip through the file", () => {
  it("gives an empty browser everything back, as the site reads it", () => {
    const { storage, progress } = learnerBrowser();
    const fresh = new MemoryStorage();
    const plan = importInto(fresh, exportText(storage, progress));
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts).toEqual({ lessons: 2, added: 4, same: 0 });

    expect(parseProgress(fresh.getItem(progressKey)).progress).toEqual(progress);
    expect(loadEdit(fresh, "routing/two-routes", routing)).toEqual(
      loadEdit(storage, "routing/two-routes", routing),
    );
    expect(loadEdit(fresh, "routing/two-routes", routing).stale?.files).toEqual({
      "app.ts": "old edit",
    });
    expect(loadEdit(fresh, "routing/exercise", exercise).current).toEqual({
      files: { "app.ts": "the solution" },
      savedAt: 1_700_000_100_000,
    });
    expect(loadOwnCode(fresh, "routing/exercise", exercise)).toEqual(
      loadOwnCode(storage, "routing/exercise", exercise),
    );
    expect(loadHintsShown(fresh, "routing/exercise", exercise)).toBe(2);
    // Only the file's entries were written: nothing of the theme or the engine choice.
    expect(Object.keys(fresh.entries()).sort()).toEqual(Object.keys(storage.entries()).sort());
    expect(fresh.getItem("kolba.theme")).toBeNull();
  });

  it("reads back to the very same file", () => {
    const { storage, progress } = learnerBrowser();
    const text = exportText(storage, progress, "en");
    const parsed = parseProgressFile(text);
    expect(parsed).toEqual({ ok: true, file: JSON.parse(text) });
  });

  it("changes nothing when loaded into the browser it came from", () => {
    const { storage, progress } = learnerBrowser();
    const before = storage.entries();
    const plan = importInto(storage, exportText(storage, progress));
    expect(plan.writes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts).toEqual({ lessons: 2, added: 0, same: 4 });
    expect(storage.entries()).toEqual(before);
  });
});

describe("planImport: how a file joins this browser", () => {
  const fileWith = (parts: Partial<ProgressFile>): ProgressFile => ({
    ...makeProgressFile({}, emptyProgress(), "en", made),
    ...parts,
  });
  const edit = (cell: string, original: Record<string, string>, text: string, savedAt: string) => ({
    cell,
    cellVersion: hashFiles(original),
    kind: "edit" as const,
    savedAt,
    files: { "app.ts": text },
  });

  it("keeps the earliest date of each mark, and every lesson of both", () => {
    let mine = markRead(emptyProgress(), "routing", at("2026-11-21T00:00:00.000Z"));
    mine = mark(mine, "routing", "exercisePassedAt", at("2026-11-21T02:00:00.000Z"));
    let theirs = markRead(emptyProgress(), "routing", at("2026-11-20T00:00:00.000Z"));
    theirs = mark(theirs, "routing", "exercisePassedAt", at("2026-11-23T00:00:00.000Z"));
    theirs = mark(theirs, "routing", "solutionShownAt", at("2026-11-22T00:00:00.000Z"));
    theirs = markRead(theirs, "cookies", at("2026-11-24T00:00:00.000Z"));
    const plan = planImport(fileWith({ progress: theirs }), mine, {});
    expect(plan.progress.lessons).toEqual({
      routing: {
        readAt: "2026-11-20T00:00:00.000Z",
        exercisePassedAt: "2026-11-21T02:00:00.000Z",
        solutionShownAt: "2026-11-22T00:00:00.000Z",
      },
      cookies: { readAt: "2026-11-24T00:00:00.000Z" },
    });
    expect(plan.counts.lessons).toBe(2);
  });

  it("adds edits this browser lacks and asks about each one that differs, never overwriting", () => {
    const storage = new MemoryStorage();
    saveEdit(storage, "a/same", routing, { ...routing, "app.ts": "equal" }, 5);
    saveEdit(storage, "a/differs", routing, { "app.ts": "mine" }, 1_000);
    keepOwnCode(storage, "a/own", exercise, { "app.ts": "my own" }, 2_000);
    const before = storage.entries();
    const file = fileWith({
      edits: [
        {
          ...edit("a/same", routing, "equal", "2026-11-01T00:00:00.000Z"),
          files: { ...routing, "app.ts": "equal" },
        },
        edit("a/differs", routing, "theirs", "2026-11-02T00:00:00.000Z"),
        { ...edit("a/own", exercise, "their own", "2026-11-03T00:00:00.000Z"), kind: "ownCode" },
        edit("a/new", routing, "new", "2026-11-04T00:00:00.000Z"),
      ],
    });
    const plan = planImport(file, emptyProgress(), storage.entries());
    expect(plan.writes).toEqual([
      [
        editKey("a/new", routing),
        JSON.stringify({
          files: { "app.ts": "new" },
          savedAt: Date.parse("2026-11-04T00:00:00.000Z"),
        }),
      ],
    ]);
    expect(plan.conflicts).toEqual([
      {
        key: editKey("a/differs", routing),
        cell: "a/differs",
        kind: "edit",
        mine: { files: { "app.ts": "mine" }, savedAt: 1_000 },
        theirs: { files: { "app.ts": "theirs" }, savedAt: Date.parse("2026-11-02T00:00:00.000Z") },
        theirsText: JSON.stringify({
          files: { "app.ts": "theirs" },
          savedAt: Date.parse("2026-11-02T00:00:00.000Z"),
        }),
      },
      expect.objectContaining({ key: ownCodeKey("a/own", exercise), kind: "ownCode" }),
    ]);
    expect(plan.counts).toMatchObject({ added: 1, same: 1 });
    // Working out the plan wrote nothing.
    expect(storage.entries()).toEqual(before);
  });

  it("takes the file's edit where this browser's stored text is unreadable", () => {
    const stored = { [editKey("a/b", routing)]: "{broken" };
    const plan = planImport(
      fileWith({ edits: [edit("a/b", routing, "theirs", "2026-11-02T00:00:00.000Z")] }),
      emptyProgress(),
      stored,
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.writes.map(([key]) => key)).toEqual([editKey("a/b", routing)]);
  });

  it("only raises a hint count: revealed hints stay revealed", () => {
    const stored = {
      [hintsKey("a/low", exercise)]: "1",
      [hintsKey("a/high", exercise)]: "3",
    };
    const hints = [
      { cell: "a/low", cellVersion: hashFiles(exercise), shown: 2 },
      { cell: "a/high", cellVersion: hashFiles(exercise), shown: 1 },
      { cell: "a/none", cellVersion: hashFiles(exercise), shown: 0 },
    ];
    const plan = planImport(fileWith({ hints }), emptyProgress(), stored);
    expect(plan.writes).toEqual([[hintsKey("a/low", exercise), "2"]]);
  });
});

describe("parseProgressFile refuses, whole, what is not a file of ours", () => {
  const good = (): Record<string, unknown> => {
    const { storage, progress } = learnerBrowser();
    return JSON.parse(exportText(storage, progress));
  };
  const problemOf = (value: unknown) => {
    const result = parseProgressFile(typeof value === "string" ? value : JSON.stringify(value));
    return result.ok ? "ok" : result.problem;
  };

  it("accepts the file as written", () => {
    expect(problemOf(good())).toBe("ok");
  });

  it("text that is not JSON", () => {
    for (const text of ["", "{", "kolba", '{"format":"kolba-progress",'])
      expect(problemOf(text), text).toBe("notJson");
  });

  it("JSON without our format marker", () => {
    for (const value of [[], 42, null, '"kolba-progress"', {}, { version: 1, lessons: {} }]) {
      expect(problemOf(value), JSON.stringify(value)).toBe("notOurs");
    }
    expect(problemOf({ ...good(), format: "kolba-progres" })).toBe("notOurs");
    // A stored progress record is not a progress file either.
    expect(problemOf(serializeProgress(emptyProgress()))).toBe("notOurs");
  });

  it("a file from a newer version", () => {
    expect(problemOf({ ...good(), version: 2 })).toBe("newer");
    expect(problemOf({ format: "kolba-progress", version: 7, anything: "else" })).toBe("newer");
  });

  it("a damaged file, naming where", () => {
    const damaged: Array<[string, (file: Record<string, unknown>) => unknown]> = [
      ["version is not 1", (f) => ({ ...f, version: 0 })],
      ["version is not 1", (f) => ({ ...f, version: "1" })],
      ["version is not 1", (f) => ({ ...f, version: 1.5 })],
      ["locale", (f) => ({ ...f, locale: undefined })],
      ["locale", (f) => ({ ...f, locale: "<script>" })],
      ["createdAt", (f) => ({ ...f, createdAt: "yesterday" })],
      ["progress", (f) => ({ ...f, progress: undefined })],
      ["progress", (f) => ({ ...f, progress: { version: 2, lessons: {} } })],
      ["progress", (f) => ({ ...f, progress: { version: 1, lessons: { routing: "read" } } })],
      ["no lesson", (f) => ({ ...f, progress: { version: 1, lessons: { "Not a slug": {} } } })],
      ["edits is not a list", (f) => ({ ...f, edits: {} })],
      ["edits is not a list", (f) => ({ ...f, edits: undefined })],
      ["hints is not a list", (f) => ({ ...f, hints: "2" })],
    ];
    const editChanges: Array<[string, (edit: Record<string, unknown>) => unknown]> = [
      ["edits[0] is not an object", () => "app.ts"],
      ["edits[0].cell", (e) => ({ ...e, cell: "../../etc" })],
      ["edits[0].cell", (e) => ({ ...e, cell: undefined })],
      ["edits[0].cellVersion", (e) => ({ ...e, cellVersion: "xyz" })],
      ["edits[0].kind", (e) => ({ ...e, kind: "solution" })],
      ["edits[0].savedAt", (e) => ({ ...e, savedAt: 1_700_000_000_000 })],
      ["edits[0].files is not", (e) => ({ ...e, files: "code" })],
      ["edits[0].files is empty", (e) => ({ ...e, files: {} })],
      ['edits[0].files["app.ts"] is not text', (e) => ({ ...e, files: { "app.ts": 42 } })],
      ["edits[0].files has a path", (e) => ({ ...e, files: { "": "x" } })],
      ["edits[0].files has a path", (e) => ({ ...e, files: { "a\nb.ts": "x" } })],
      [
        "edits[0].files has a path",
        (e) =>
          JSON.parse(
            `{"cell":"${e.cell}","cellVersion":"${e.cellVersion}","kind":"edit","savedAt":"${e.savedAt}","files":{"__proto__":"x"}}`,
          ),
      ],
    ];
    for (const [where, change] of editChanges) {
      damaged.push([
        where,
        (f) => ({
          ...f,
          edits: [
            change((f.edits as Record<string, unknown>[])[0]!),
            ...(f.edits as unknown[]).slice(1),
          ],
        }),
      ]);
    }
    damaged.push([
      "edits[1] repeats",
      (f) => ({ ...f, edits: [(f.edits as unknown[])[0], (f.edits as unknown[])[0]] }),
    ]);
    const hint = (f: Record<string, unknown>) => (f.hints as Record<string, unknown>[])[0]!;
    damaged.push(["hints[0].shown", (f) => ({ ...f, hints: [{ ...hint(f), shown: -1 }] })]);
    damaged.push(["hints[0].shown", (f) => ({ ...f, hints: [{ ...hint(f), shown: "2" }] })]);
    damaged.push(["hints[0].cell", (f) => ({ ...f, hints: [{ ...hint(f), cell: "x" }] })]);
    damaged.push(["hints[1] repeats", (f) => ({ ...f, hints: [hint(f), hint(f)] })]);

    for (const [where, change] of damaged) {
      const result = parseProgressFile(JSON.stringify(change(good())));
      expect(result.ok, where).toBe(false);
      if (!result.ok) {
        expect(result.problem, where).toBe("damaged");
        expect(result.detail, where).toContain(where);
      }
    }
  });
});
