/**
 * `npm run new-lesson`: run against throwaway copies of `lessons/` and `cells/`, never the
 * repository's own (the course's tests count its lessons).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { scaffoldLesson, slugProblem } from "../../scripts/new-lesson.ts";
import { cellManifestSchema } from "../../src/lib/cell-schema.ts";
import { readCourse } from "../../src/lib/course.ts";
import { missingTranslations, parseLessonId } from "../../src/lib/lessons.ts";
import { locales } from "../../src/lib/locales.ts";
import { splitFrontmatter, translationStatus } from "../../src/lib/translation-status.ts";

// content.config.ts registers the collection with Astro; only its schema is wanted here.
vi.mock("astro:content", () => ({ defineCollection: (collection: unknown) => collection }));
vi.mock("astro/loaders", () => ({ glob: (options: unknown) => options }));

const repo = join(import.meta.dirname, "..", "..");
const made: string[] = [];

/** A copy of the course's lessons and cells, as the scaffold finds them in the repository. */
function copyCourse(): string {
  const dir = mkdtempSync(join(tmpdir(), "kolba-new-lesson-"));
  made.push(dir);
  for (const folder of ["lessons", "cells", "course.json"]) {
    cpSync(join(repo, folder), join(dir, folder), { recursive: true });
  }
  return dir;
}

/** The frontmatter as the scaffold writes it: one `key: value` per line, strings in quotes. */
function frontmatterOf(text: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const line of splitFrontmatter(text).frontmatter.split("\n")) {
    const at = line.indexOf(": ");
    fields[line.slice(0, at)] = JSON.parse(line.slice(at + 2));
  }
  return fields;
}

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(repo, "scripts/new-lesson.ts"), ...args], {
    encoding: "utf8",
  });
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("new-lesson", () => {
  it("writes the lesson in every locale and a first cell, a draft of the course", async () => {
    const root = copyCourse();
    const { lessonSchema } = await import("../../src/content.config.ts");
    const before = readCourse(join(root, "course.json"), join(root, "lessons"), root);

    const scaffold = scaffoldLesson(root, "error-pages");
    expect(scaffold.files).toEqual([
      "lessons/en/error-pages.mdx",
      "lessons/lt/error-pages.mdx",
      "lessons/kk/error-pages.mdx",
      "cells/error-pages/first-app/app.ts",
      "cells/error-pages/first-app/app.py",
      "cells/error-pages/first-app/cell.json",
      "course.json",
    ]);
    const after = readCourse(join(root, "course.json"), join(root, "lessons"), root);
    expect(after.lessons).toEqual(before.lessons);
    expect(after.drafts).toEqual([...before.drafts, "error-pages"]);
    for (const locale of locales) {
      const text = readFileSync(join(root, `lessons/${locale}/error-pages.mdx`), "utf8");
      const data = lessonSchema.parse(frontmatterOf(text));
      expect(data.title).toMatch(/^TODO: /);
      expect(data.description).toMatch(/^TODO: /);
      expect(data.source === undefined).toBe(locale === "en");
      expect(text).toContain('<Cell name="error-pages/first-app" />');
      expect(parseLessonId(`${locale}/error-pages.mdx`)).toEqual({ locale, slug: "error-pages" });
    }
    const cell = join(root, "cells/error-pages/first-app");
    const manifest = cellManifestSchema.parse(
      JSON.parse(readFileSync(join(cell, "cell.json"), "utf8")),
    );
    expect(manifest.requests.map((r) => [r.path, r.expect.status])).toEqual([
      ["/", 200],
      ["/missing", 404],
    ]);
    expect(readFileSync(join(cell, "app.ts"), "utf8")).toMatch(
      /from "flask"[\s\S]*app\.run\(\);\n$/,
    );
    expect(readFileSync(join(cell, "app.py"), "utf8")).toContain('if __name__ == "__main__":');

    const rows = translationStatus(join(root, "lessons")).filter((r) => r.slug === "error-pages");
    expect(rows.map((r) => `${r.locale} ${r.state}`)).toEqual(["lt current", "kk current"]);
    const lessons = locales.map((locale) => ({
      id: `${locale}/error-pages`,
      data: { title: "x" },
    }));
    expect(missingTranslations(lessons)).toEqual([]);
  });

  it("refuses slugs that are not kebab-case", () => {
    const root = copyCourse();
    for (const bad of ["Error-Pages", "error_pages", "error--pages", "-error", "404", "a/b", ""]) {
      expect(slugProblem(root, bad), bad).toMatch(/kebab-case/);
      expect(() => scaffoldLesson(root, bad)).toThrow(/kebab-case/);
    }
  });

  it("refuses a slug a lesson or a cell folder has, and writes nothing", () => {
    const root = copyCourse();
    expect(slugProblem(root, "routing")).toMatch(/taken: lessons\/en\/routing\.mdx/);
    mkdirSync(join(root, "cells/error-pages"));
    expect(() => scaffoldLesson(root, "error-pages")).toThrow(/taken: cells\/error-pages/);
    for (const locale of locales) {
      expect(existsSync(join(root, `lessons/${locale}/error-pages.mdx`))).toBe(false);
    }
  });

  // Three Node processes, each starting cold on a machine that may be busy.
  it("from the command line, prints what it wrote and what to do next, and overwrites nothing", {
    timeout: 30_000,
  }, () => {
    const root = copyCourse();
    const first = run("error-pages", "--root", root);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("lessons/kk/error-pages.mdx");
    expect(first.stdout).toContain("cells/error-pages/first-app/cell.json");
    expect(first.stdout).toContain("npm run test:conformance -- error-pages");
    expect(first.stdout).toContain("npm run i18n:status");

    const english = join(root, "lessons/en/error-pages.mdx");
    const before = readFileSync(english, "utf8");
    const again = run("error-pages", "--root", root);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/taken/);
    expect(readFileSync(english, "utf8")).toBe(before);

    const usage = run("--root", root);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("npm run new-lesson -- <slug>");
  });
});
