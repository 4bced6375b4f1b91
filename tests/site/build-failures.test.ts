/**
 * Builds copies of the site with one thing broken and checks that the build fails with a
 * message naming the file and the key or field. Each case is a real `astro build`.
 */
import { cpSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build, copySite, removeCopies } from "./site-copy.ts";

afterAll(removeCopies);

describe("a broken site fails its build", { timeout: 150_000 }, () => {
  it("the unbroken copy builds, so each failure below is caused by its own change", () => {
    const dir = copySite();
    const { status, output } = build(dir);
    expect(output).toContain("Complete!");
    expect(status).toBe(0);
  });

  it("a lesson naming an unknown cell names the lesson file and the cell", () => {
    const dir = copySite();
    const file = join(dir, "lessons/lt/routing.mdx");
    const source = readFileSync(file, "utf8");
    const broken = source.replace(
      /<Cell name="routing\/[a-z-]+"/,
      '<Cell name="routing/no-such-cell"',
    );
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain("lessons/lt/routing.mdx");
    expect(output).toContain("routing/no-such-cell");
  });

  it("a lesson with bad frontmatter names the file and the field", () => {
    const dir = copySite();
    writeFileSync(
      join(dir, "lessons/en/broken-lesson.mdx"),
      '---\ntitle: "Broken"\ndescription: "A translation whose source is not a hash at all."\nsource: "first"\n---\n\nText.\n',
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain("broken-lesson.mdx");
    expect(output).toMatch(/source/);
  });

  it("a lesson missing a required field names the file and the field", () => {
    const dir = copySite();
    writeFileSync(
      join(dir, "lessons/lt/no-title.mdx"),
      '---\ndescription: "Pamoka be pavadinimo, kad patikrintume schemą."\n---\n\nTekstas.\n',
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain("no-title.mdx");
    expect(output).toMatch(/title/);
  });

  it("a missing UI string names the dictionary file and the key", () => {
    const dir = copySite();
    const file = join(dir, "src/i18n/ui/kk.ts");
    const source = readFileSync(file, "utf8");
    const broken = source.replace(/^\s*"nav\.next": .*\n/m, "");
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/i18n/ui/kk.ts: UI string "nav.next" is missing');
  });

  it("a lesson of the course without its translations names the missing files", () => {
    const dir = copySite();
    writeFileSync(
      join(dir, "lessons/en/orphan-lesson.mdx"),
      '---\ntitle: "Orphan"\ndescription: "A lesson that exists only in English, on purpose."\n---\n\nText.\n',
    );
    const file = join(dir, "course.json");
    const course = JSON.parse(readFileSync(file, "utf8"));
    course.lessons.push("orphan-lesson");
    writeFileSync(file, JSON.stringify(course));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'course.json: lessons[16]: no lesson "orphan-lesson" in lt (lessons/lt/orphan-lesson.mdx is missing)',
    );
    expect(output).toContain("lessons/kk/orphan-lesson.mdx is missing");
  });

  it("a malformed course file names the file and each field", () => {
    const dir = copySite();
    const file = join(dir, "course.json");
    const course = JSON.parse(readFileSync(file, "utf8"));
    course.locales = ["lt", "de"];
    course.lessons[2] = "Dynamic URLs";
    writeFileSync(file, JSON.stringify(course));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain("course.json: locales[1]:");
    expect(output).toContain("course.json: lessons[2]: a lesson's slug");
  });

  it("a malformed exercise.json names the file and the field", () => {
    const dir = copySite();
    const file = join(dir, "cells/dynamic-urls/exercise/exercise.json");
    const exercise = JSON.parse(readFileSync(file, "utf8"));
    delete exercise.checks[1].title.kk;
    writeFileSync(file, JSON.stringify(exercise));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain("cells/dynamic-urls/exercise/exercise.json: checks.1.title.kk");
  });

  it("an exercise without its solution's Flask twin names the missing file", () => {
    const dir = copySite();
    unlinkSync(join(dir, "cells/dynamic-urls/exercise/solution/app.py"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain("cells/dynamic-urls/exercise/: the exercise has no solution/app.py");
  });

  it("an exercise.json outside an exercise cell names the file", () => {
    const dir = copySite();
    cpSync(
      join(dir, "cells/dynamic-urls/exercise/exercise.json"),
      join(dir, "cells/dynamic-urls/converters/exercise.json"),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      "cells/dynamic-urls/converters/exercise.json: only an exercise cell (<lesson>/exercise) has exercise.json",
    );
  });
});
