/**
 * An instructor's own course file: a Lithuanian-only course of a few lessons, in its own order,
 * with a draft, built with `KOLBA_COURSE` from a copy of the sources. The site it gives has only
 * those pages and links only to them.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, copySite, removeCopies } from "./site-copy.ts";

let dir = "";
let dist = "";
let output = "";

const course = {
  title: { lt: "Saityno programavimas su Flask" },
  locales: ["lt"],
  lessons: ["hello-flask", "blueprints", "routing"],
  drafts: ["templates"],
};

function pages(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return pages(path);
    return path.endsWith(".html") ? [path] : [];
  });
}

beforeAll(() => {
  dir = copySite();
  writeFileSync(join(dir, "lithuanian.json"), JSON.stringify(course));
  const result = build(dir, { KOLBA_COURSE: "lithuanian.json" });
  output = result.output;
  expect(result.status, output).toBe(0);
  dist = join(dir, "dist");
}, 150_000);

afterAll(removeCopies);

describe("a Lithuanian-only course of three lessons and a draft", () => {
  it("says what it builds, from which file", () => {
    expect(output).toContain("Course (lithuanian.json): 3 lessons, 1 drafts, in lt");
  });

  it("builds only Lithuanian pages, only the listed lessons and the draft", () => {
    expect(existsSync(join(dist, "en"))).toBe(false);
    expect(existsSync(join(dist, "kk"))).toBe(false);
    const lessons = readdirSync(join(dist, "lt")).filter(
      (name) => name !== "404" && statSync(join(dist, "lt", name)).isDirectory(),
    );
    expect(lessons.sort()).toEqual(["blueprints", "hello-flask", "routing", "templates"]);
  });

  it("lists the lessons in the file's order, numbered, with the course's title, and no draft", () => {
    const home = readFileSync(join(dist, "lt", "index.html"), "utf8");
    expect(home).toContain("<h1>Saityno programavimas su Flask</h1>");
    const listed = [...home.matchAll(/<li data-slug="([a-z-]+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(["hello-flask", "blueprints", "routing"]);
    expect(home).toContain("2 pamoka");
    const outline = readFileSync(join(dist, "lt", "blueprints", "index.html"), "utf8");
    expect(outline).toContain('<p class="lesson-number">2 pamoka</p>');
    expect(outline).toMatch(/rel="next" href="\/lt\/routing\/"/);
  });

  it("marks the draft, keeps it out of the outline and out of search", () => {
    const draft = readFileSync(join(dist, "lt", "templates", "index.html"), "utf8");
    expect(draft).toContain('<p class="lesson-number">Juodraštis</p>');
    expect(draft).not.toContain("data-pagefind-body");
    expect(draft).not.toContain('rel="next"');
    const listed = readFileSync(join(dist, "lt", "routing", "index.html"), "utf8");
    expect(listed).toContain("data-pagefind-body");
    expect(listed).not.toContain('data-slug="templates"');
  });

  it("links to no other language and to no page it did not build", () => {
    const broken: string[] = [];
    for (const file of pages(dist)) {
      const html = readFileSync(file, "utf8").replace(/<(pre|script|style)\b[\s\S]*?<\/\1>/gi, "");
      expect(html, relative(dist, file)).not.toMatch(/hreflang="(en|kk)"/);
      expect(html).not.toContain('class="switcher"');
      for (const m of html.matchAll(/\shref="(\/[^"#?]*)/g)) {
        const path = m[1] ?? "/";
        const target = join(dist, ...path.split("/").filter(Boolean));
        if (
          !existsSync(target) ||
          (statSync(target).isDirectory() && !existsSync(join(target, "index.html")))
        ) {
          broken.push(`${relative(dist, file)}: ${path}`);
        }
      }
    }
    expect(broken).toEqual([]);
    // Blueprints' text links to lessons this course leaves out: they stay words, not links.
    const blueprints = readFileSync(join(dist, "lt", "blueprints", "index.html"), "utf8");
    expect(blueprints).toContain('class="unbuilt-link"');
  });

  it("the root page sends a visitor to the one language built", () => {
    const root = readFileSync(join(dist, "index.html"), "utf8");
    expect(root).toContain('data-locales="lt"');
    expect(root).toContain('href="/lt/"');
    expect(root).not.toContain('href="/en/"');
  });
});
