import { describe, expect, it } from "vitest";
import {
  emptyProgress,
  exerciseStatus,
  isRead,
  mark,
  markRead,
  mergeProgress,
  type Progress,
  parseProgress,
  serializeProgress,
} from "../../src/lib/progress.ts";
import { effectiveTheme, parseTheme } from "../../src/lib/theme.ts";

const at = (iso: string) => new Date(iso);

describe("parseProgress", () => {
  it("reads nothing stored as an empty record", () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), unreadable: false });
    expect(parseProgress("")).toEqual({ progress: emptyProgress(), unreadable: false });
  });

  it("round-trips what serializeProgress wrote", () => {
    const progress = markRead(emptyProgress(), "routing", at("2026-11-22T03:00:00.000Z"));
    const { progress: back, unreadable } = parseProgress(serializeProgress(progress));
    expect(unreadable).toBe(false);
    expect(back).toEqual(progress);
    expect(isRead(back, "routing")).toBe(true);
    expect(isRead(back, "hello-flask")).toBe(false);
  });

  it("flags text that is not JSON, or not a version 1 record, as unreadable", () => {
    for (const text of ['{"version":1,"lessons":{', "[]", "42", '"x"', '{"version":2}', "null"]) {
      const parsed = parseProgress(text);
      expect(parsed.unreadable, text).toBe(true);
      expect(parsed.progress).toEqual(emptyProgress());
    }
  });

  it("drops only a broken entry and keeps every other one", () => {
    const text = JSON.stringify({
      version: 1,
      lessons: {
        routing: { readAt: "2026-11-20T10:00:00.000Z" },
        "hello-flask": "yes",
        "dynamic-urls": { readAt: "not a date", exercises: { converters: true } },
      },
    });
    const { progress, unreadable } = parseProgress(text);
    expect(unreadable).toBe(true);
    expect(Object.keys(progress.lessons).sort()).toEqual(["dynamic-urls", "routing"]);
    expect(isRead(progress, "routing")).toBe(true);
    expect(isRead(progress, "dynamic-urls")).toBe(false);
    expect(progress.lessons["dynamic-urls"]).toEqual({ exercises: { converters: true } });
  });

  it("keeps fields a later version adds, at the top and inside entries", () => {
    const text = JSON.stringify({
      version: 1,
      lessons: { routing: { readAt: "2026-11-20T10:00:00.000Z", passed: ["exercise"] } },
      settings: { fontSize: "large" },
    });
    const { progress } = parseProgress(text);
    expect(progress.settings).toEqual({ fontSize: "large" });
    expect(progress.lessons.routing?.passed).toEqual(["exercise"]);
    const again = markRead(progress, "hello-flask", at("2026-11-22T00:00:00.000Z"));
    expect(JSON.parse(serializeProgress(again))).toMatchObject({
      settings: { fontSize: "large" },
      lessons: { routing: { passed: ["exercise"] }, "hello-flask": {} },
    });
  });
});

describe("markRead and mergeProgress", () => {
  it("keeps the first time a lesson was read", () => {
    const first = markRead(emptyProgress(), "routing", at("2026-11-20T10:00:00.000Z"));
    const later = markRead(first, "routing", at("2026-11-22T10:00:00.000Z"));
    expect(later.lessons.routing?.readAt).toBe("2026-11-20T10:00:00.000Z");
  });

  it("does not change the record it was given", () => {
    const before = emptyProgress();
    markRead(before, "routing", at("2026-11-20T10:00:00.000Z"));
    expect(before).toEqual(emptyProgress());
  });

  it("joins two tabs' records without losing a lesson from either", () => {
    const a: Progress = markRead(emptyProgress(), "routing", at("2026-11-21T00:00:00.000Z"));
    const b: Progress = {
      version: 1,
      lessons: {
        routing: { readAt: "2026-11-20T00:00:00.000Z", passed: ["exercise"] },
        "hello-flask": { readAt: "2026-11-22T00:00:00.000Z" },
      },
    };
    const merged = mergeProgress(a, b);
    expect(merged.lessons.routing).toEqual({
      readAt: "2026-11-20T00:00:00.000Z",
      passed: ["exercise"],
    });
    expect(isRead(merged, "hello-flask")).toBe(true);
    expect(mergeProgress(b, a).lessons.routing?.readAt).toBe("2026-11-20T00:00:00.000Z");
  });

  it("keeps a read mark when the other record's entry has none", () => {
    const read = markRead(emptyProgress(), "routing", at("2026-11-21T00:00:00.000Z"));
    const unread: Progress = { version: 1, lessons: { routing: { passed: [] } } };
    expect(isRead(mergeProgress(read, unread), "routing")).toBe(true);
    expect(isRead(mergeProgress(unread, read), "routing")).toBe(true);
  });
});

describe("theme", () => {
  it("follows the system until the learner chooses", () => {
    expect(effectiveTheme(null, true)).toBe("dark");
    expect(effectiveTheme(null, false)).toBe("light");
    expect(effectiveTheme("light", true)).toBe("light");
    expect(effectiveTheme("dark", false)).toBe("dark");
  });

  it("reads only the two known choices", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("auto")).toBeNull();
    expect(parseTheme(null)).toBeNull();
  });
});

describe("exercise progress", () => {
  const passed = (p: Progress, when: string) =>
    mark(p, "dynamic-urls", "exercisePassedAt", at(when));
  const shown = (p: Progress, when: string) => mark(p, "dynamic-urls", "solutionShownAt", at(when));

  it("is not passed until every check passed once, then passed, in the lesson's slug", () => {
    expect(exerciseStatus(emptyProgress(), "dynamic-urls")).toBe("not-passed");
    const p = passed(emptyProgress(), "2026-11-22T03:00:00.000Z");
    expect(exerciseStatus(p, "dynamic-urls")).toBe("passed");
    expect(exerciseStatus(p, "routing")).toBe("not-passed");
  });

  it("says the solution had been shown when it was shown before the first pass", () => {
    const before = passed(
      shown(emptyProgress(), "2026-11-22T02:00:00.000Z"),
      "2026-11-22T03:00:00.000Z",
    );
    expect(exerciseStatus(before, "dynamic-urls")).toBe("passed-with-solution");
    const after = shown(
      passed(emptyProgress(), "2026-11-22T03:00:00.000Z"),
      "2026-11-22T04:00:00.000Z",
    );
    expect(exerciseStatus(after, "dynamic-urls")).toBe("passed");
    // A later pass does not move the first one.
    expect(exerciseStatus(passed(after, "2026-11-22T05:00:00.000Z"), "dynamic-urls")).toBe(
      "passed",
    );
  });

  it("keeps the first of each date across tabs and drops a bad date alone", () => {
    const a = passed(emptyProgress(), "2026-11-22T05:00:00.000Z");
    const b = shown(
      passed(emptyProgress(), "2026-11-22T03:00:00.000Z"),
      "2026-11-22T04:00:00.000Z",
    );
    const merged = mergeProgress(a, b);
    expect(merged.lessons["dynamic-urls"]).toEqual({
      exercisePassedAt: "2026-11-22T03:00:00.000Z",
      solutionShownAt: "2026-11-22T04:00:00.000Z",
    });
    const text =
      '{"version":1,"lessons":{"x":{"readAt":"2026-11-22T03:00:00Z","exercisePassedAt":"soon"}}}';
    expect(parseProgress(text).progress.lessons.x).toEqual({ readAt: "2026-11-22T03:00:00Z" });
  });
});
