import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cellManifestSchema } from "../../src/lib/cell-schema.ts";
import {
  buildCell,
  cellLibrary,
  cellNames,
  groupCellSources,
  isCellName,
  isExerciseName,
  languageOf,
  loadCell,
  parseCellManifest,
  sortCellFiles,
} from "../../src/lib/cells.ts";
import { locales } from "../../src/lib/locales.ts";

const repo = join(import.meta.dirname, "..", "..");
const manifest = (requests: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ requests, ...extra });
const ok = { path: "/", expect: { status: 200 } };

describe("cell.json schema", () => {
  it("accepts a minimal manifest and defaults the method to GET", () => {
    const parsed = cellManifestSchema.parse({ requests: [ok] });
    expect(parsed.requests[0]?.method).toBe("GET");
    expect(parsed.title).toBeUndefined();
  });

  it("accepts every documented field", () => {
    const parsed = cellManifestSchema.parse({
      title: { en: "Login", lt: "Prisijungimas", kk: "Кіру" },
      requests: [
        {
          method: "POST",
          path: "/login?next=%2F",
          headers: { "X-Requested-With": "fetch" },
          form: { user: "ona" },
          expect: {
            status: 302,
            bodyIncludes: ["Redirecting", "/"],
            headers: { "content-type": "text/html; charset=utf-8" },
            location: "/",
          },
        },
        {
          method: "PUT",
          path: "/api",
          json: { a: [1, 2] },
          expect: { status: 200, bodyEquals: "{}" },
        },
      ],
    });
    expect(parsed.requests.map((r) => r.method)).toEqual(["POST", "PUT"]);
    expect(parsed.title?.kk).toBe("Кіру");
  });

  it("refuses a cell without requests", () => {
    expect(cellManifestSchema.safeParse({ requests: [] }).success).toBe(false);
    expect(cellManifestSchema.safeParse({}).success).toBe(false);
  });

  it("refuses unknown fields, bad statuses, relative paths and unknown methods", () => {
    for (const bad of [
      { requests: [ok], colour: "red" },
      { requests: [{ path: "/", expect: { status: 200, bodyContains: "x" } }] },
      { requests: [{ path: "/", expect: { status: 99 } }] },
      { requests: [{ path: "/", expect: { status: 200.5 } }] },
      { requests: [{ path: "user/1", expect: { status: 200 } }] },
      { requests: [{ path: "/a b", expect: { status: 200 } }] },
      { requests: [{ method: "FETCH", path: "/", expect: { status: 200 } }] },
      { requests: [{ path: "/", expect: { status: 200, bodyIncludes: [] } }] },
    ]) {
      expect(cellManifestSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("refuses two bodies at once", () => {
    const result = cellManifestSchema.safeParse({
      requests: [
        { method: "POST", path: "/", body: "a=1", form: { a: "1" }, expect: { status: 200 } },
      ],
    });
    expect(result.success).toBe(false);
  });

  it("wants a title in every locale when there is one", () => {
    const result = cellManifestSchema.safeParse({ title: { en: "Only English" }, requests: [ok] });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join(".")) ?? [];
    for (const locale of locales.filter((l) => l !== "en")) {
      expect(paths).toContain(`title.${locale}`);
    }
  });
});

describe("parseCellManifest", () => {
  it("names the file and the field", () => {
    const text = manifest([ok, { path: "/x", expect: { status: "200" } }]);
    expect(() => parseCellManifest("cells/a/b/cell.json", text)).toThrow(
      /cells\/a\/b\/cell\.json: requests\.1\.expect\.status: /,
    );
  });

  it("names unknown keys", () => {
    expect(() => parseCellManifest("cells/a/b/cell.json", manifest([ok], { notes: "x" }))).toThrow(
      /cells\/a\/b\/cell\.json: .*notes/,
    );
  });

  it("names the file when the JSON does not parse", () => {
    expect(() => parseCellManifest("cells/a/b/cell.json", "{ requests: [")).toThrow(
      /^cells\/a\/b\/cell\.json: not valid JSON/,
    );
  });
});

describe("file order", () => {
  it("puts app.ts first, then other modules, templates, static files and the rest", () => {
    expect(
      sortCellFiles([
        "static/style.css",
        "README.md",
        "templates/index.html",
        "models.ts",
        "app.py",
        "cell.json",
        "templates/base.html",
        "app.ts",
        "db/schema.ts",
        "static/app.js",
      ]),
    ).toEqual([
      "app.ts",
      "db/schema.ts",
      "models.ts",
      "templates/base.html",
      "templates/index.html",
      "static/app.js",
      "static/style.css",
      "README.md",
    ]);
  });

  it("does not change its input", () => {
    const paths = ["b.ts", "app.ts"];
    sortCellFiles(paths);
    expect(paths).toEqual(["b.ts", "app.ts"]);
  });
});

describe("languageOf", () => {
  it("maps extensions to Shiki languages", () => {
    expect(languageOf("app.ts")).toBe("ts");
    expect(languageOf("app.py")).toBe("python");
    expect(languageOf("templates/index.html")).toBe("html");
    expect(languageOf("static/style.CSS")).toBe("css");
    expect(languageOf("LICENSE")).toBe("plaintext");
  });
});

describe("grouping and building cells", () => {
  const sources = {
    "/cells/routing/two-routes/app.ts": "ts",
    "/cells/routing/two-routes/app.py": "py",
    "/cells/routing/two-routes/cell.json": manifest([ok]),
    "/cells/routing/two-routes/templates/index.html": "<p>",
    "/cells/README.md": "not a cell",
    "/cells/routing/notes.md": "not a cell either",
  };

  it("groups files by <lesson>/<cell> and keeps nested paths", () => {
    const grouped = groupCellSources(sources);
    expect([...grouped.keys()]).toEqual(["routing/two-routes"]);
    expect(Object.keys(grouped.get("routing/two-routes") ?? {}).sort()).toEqual([
      "app.py",
      "app.ts",
      "cell.json",
      "templates/index.html",
    ]);
  });

  it("builds a cell with its tabs, its twin and its requests", () => {
    const cell = cellLibrary(sources).load("routing/two-routes", "lessons/en/routing.mdx");
    expect(cell.files.map((f) => [f.path, f.lang])).toEqual([
      ["app.ts", "ts"],
      ["templates/index.html", "html"],
    ]);
    expect(cell.twin).toEqual({ path: "app.py", content: "py", lang: "python" });
    expect(cell.requests).toEqual([{ method: "GET", path: "/", expect: { status: 200 } }]);
  });

  it("names the folder and the missing files", () => {
    expect(() => buildCell("a/b", { "app.ts": "x" })).toThrow(
      "cells/a/b/: the cell has no app.py, cell.json",
    );
  });

  it("names the lesson and the cell when there is no such cell", () => {
    const library = cellLibrary(sources);
    expect(() => library.load("routing/three-routes", "lessons/lt/routing.mdx")).toThrow(
      /^lessons\/lt\/routing\.mdx: unknown cell "routing\/three-routes": there is no folder cells\/routing\/three-routes\/\. Cells of that lesson: routing\/two-routes/,
    );
    expect(() => library.load("Routing/Two Routes", "lessons/kk/routing.mdx")).toThrow(
      /^lessons\/kk\/routing\.mdx: unknown cell "Routing\/Two Routes": a cell name is/,
    );
  });

  it("checks cell names", () => {
    expect(isCellName("dynamic-urls/exercise")).toBe(true);
    expect(isCellName("routing")).toBe(false);
    expect(isCellName("routing/a/b")).toBe(false);
    expect(isCellName("routing/Two")).toBe(false);
  });
});

describe("exercise cells", () => {
  const title = { en: "It answers", lt: "Atsako", kk: "Жауап береді" };
  const hint = { en: "Try", lt: "Bandykite", kk: "Көріңіз" };
  const exerciseJson = (value: unknown = { checks: [{ ...ok, title }], hints: [hint] }) =>
    JSON.stringify(value);
  const starter = { "app.ts": "ts", "app.py": "py", "cell.json": manifest([ok]) };
  const exercise = {
    ...starter,
    "templates/base.html": "<p>",
    "exercise.json": exerciseJson(),
    "solution/app.ts": "solved ts",
    "solution/app.py": "solved py",
    "solution/templates/base.html": "<p>solved",
  };

  it("loads checks, hints and the solution, and keeps them out of the editable files", () => {
    const cell = buildCell("a/exercise", exercise);
    expect(cell.files.map((f) => f.path)).toEqual(["app.ts", "templates/base.html"]);
    expect(cell.exercise?.checks).toEqual([
      { method: "GET", path: "/", expect: { status: 200 }, title },
    ]);
    expect(cell.exercise?.hints).toEqual([hint]);
    expect(cell.exercise?.solution.map((f) => [f.path, f.content])).toEqual([
      ["app.ts", "solved ts"],
      ["templates/base.html", "<p>solved"],
    ]);
    expect(cell.exercise?.solutionTwin).toEqual({
      path: "app.py",
      content: "solved py",
      lang: "python",
    });
  });

  it("makes every cell named exercise an exercise, which must have exercise.json", () => {
    expect(isExerciseName("a/exercise")).toBe(true);
    expect(isExerciseName("a/other")).toBe(false);
    expect(() => buildCell("a/exercise", starter)).toThrow(
      "cells/a/exercise/: the exercise has no exercise.json, solution/app.ts, solution/app.py",
    );
  });

  it("names the missing solution files", () => {
    const { "solution/app.py": _py, ...noTwin } = exercise;
    expect(() => buildCell("a/exercise", noTwin)).toThrow(
      "cells/a/exercise/: the exercise has no solution/app.py",
    );
    const { "solution/app.ts": _ts, ...noEntry } = exercise;
    expect(() => buildCell("a/exercise", noEntry)).toThrow(
      "cells/a/exercise/: the exercise has no solution/app.ts",
    );
  });

  it("names the file and the field of a bad exercise.json", () => {
    const noKk = exerciseJson({ checks: [{ ...ok, title: { en: "a", lt: "b" } }], hints: [hint] });
    expect(() => buildCell("a/exercise", { ...exercise, "exercise.json": noKk })).toThrow(
      "cells/a/exercise/exercise.json: checks.0.title.kk:",
    );
    const noHints = exerciseJson({ checks: [{ ...ok, title }], hints: [] });
    expect(() => buildCell("a/exercise", { ...exercise, "exercise.json": noHints })).toThrow(
      "cells/a/exercise/exercise.json: hints: an exercise has at least one hint",
    );
    const twoBodies = exerciseJson({
      checks: [{ ...ok, title, body: "x", form: { a: "1" } }],
      hints: [hint],
    });
    expect(() => buildCell("a/exercise", { ...exercise, "exercise.json": twoBodies })).toThrow(
      "cells/a/exercise/exercise.json: checks.0.body: give at most one of body, form and json",
    );
  });

  it("refuses exercise.json or solution/ in a cell that is not an exercise", () => {
    expect(() => buildCell("a/b", { ...starter, "exercise.json": exerciseJson() })).toThrow(
      "cells/a/b/exercise.json: only an exercise cell (<lesson>/exercise) has exercise.json",
    );
    expect(() => buildCell("a/b", { ...starter, "solution/app.ts": "x" })).toThrow(
      "cells/a/b/solution/app.ts: only an exercise cell",
    );
  });
});

/** The cell names a lesson uses, in order of appearance. */
function cellsOfLesson(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/<Cell\s+name="([^"]*)"\s*\/>/g)].map((m) => m[1]!);
}

const lessonSlugs = readdirSync(join(repo, "lessons", "en"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.replace(/\.mdx$/, ""));

describe("the course's cells", () => {
  const folders = readdirSync(join(repo, "cells"))
    .filter((lesson) => statSync(join(repo, "cells", lesson)).isDirectory())
    .flatMap((lesson) =>
      readdirSync(join(repo, "cells", lesson))
        .filter((cell) => statSync(join(repo, "cells", lesson, cell)).isDirectory())
        .map((cell) => `${lesson}/${cell}`),
    )
    .sort();

  it("the loader sees exactly the folders in cells/", () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(cellNames()).toEqual(folders);
  });

  it("every lesson uses the same cells in the same places in every locale", () => {
    for (const slug of lessonSlugs) {
      const en = cellsOfLesson(join(repo, "lessons", "en", `${slug}.mdx`));
      for (const locale of locales) {
        expect(
          cellsOfLesson(join(repo, "lessons", locale, `${slug}.mdx`)),
          `${locale}/${slug}`,
        ).toEqual(en);
      }
    }
  });

  it("every cell a lesson names exists and belongs to that lesson", () => {
    for (const locale of locales) {
      for (const slug of lessonSlugs) {
        const file = `lessons/${locale}/${slug}.mdx`;
        for (const name of cellsOfLesson(join(repo, file))) {
          expect(folders, `${file} names "${name}"`).toContain(name);
          expect(name.split("/")[0], `${file} names "${name}"`).toBe(slug);
        }
      }
    }
  });

  it("every cell folder is used by a lesson, once", () => {
    const used = lessonSlugs.flatMap((slug) =>
      cellsOfLesson(join(repo, "lessons", "en", `${slug}.mdx`)),
    );
    expect([...used].sort()).toEqual(folders);
  });

  it("every lesson with code has its cells in order, with no leftover TypeScript or Python block", () => {
    for (const locale of locales) {
      for (const slug of lessonSlugs) {
        const source = readFileSync(join(repo, "lessons", locale, `${slug}.mdx`), "utf8");
        expect(source, `lessons/${locale}/${slug}.mdx`).not.toMatch(
          /^```(ts|typescript|python|py)\s*$/m,
        );
      }
    }
  });

  it.each(folders)("%s has app.ts and app.py, both ending with app.run", (name) => {
    const dir = join(repo, "cells", name);
    expect(existsSync(join(dir, "app.ts"))).toBe(true);
    expect(existsSync(join(dir, "app.py"))).toBe(true);
    const ts = readFileSync(join(dir, "app.ts"), "utf8");
    const py = readFileSync(join(dir, "app.py"), "utf8");
    expect(ts).toMatch(/^import .* from "flask";$/m);
    expect(ts.trimEnd()).toMatch(/\napp\.run\((\{[^}]*\})?\);$/);
    expect(py).toMatch(/^from flask import /m);
    expect(py.trimEnd()).toMatch(/\nif __name__ == "__main__":\n {4}app\.run\([^)]*\)$/);
    const debugTs = /app\.run\(\{ debug: true \}\)/.test(ts);
    const debugPy = /app\.run\(debug=True\)/.test(py);
    expect(debugPy).toBe(debugTs);
  });

  it.each(folders)("%s loads: its cell.json is valid and app.ts is the first tab", (name) => {
    const cell = loadCell(name, "tests/unit/cells.test.ts");
    expect(cell.files[0]?.path).toBe("app.ts");
    expect(cell.twin.path).toBe("app.py");
    expect(cell.requests.length).toBeGreaterThan(0);
  });

  it("an unknown cell names the lesson file and the cell", () => {
    expect(() => loadCell("routing/no-such-cell", "lessons/en/routing.mdx")).toThrow(
      'lessons/en/routing.mdx: unknown cell "routing/no-such-cell"',
    );
  });
});
