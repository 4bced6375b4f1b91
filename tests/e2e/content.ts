/**
 * What the e2e tests expect, read from the lesson sources themselves (not from the built site),
 * so a page that shows the wrong lesson or title is caught.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Locale, locales } from "../../src/lib/locales.ts";

export interface ExpectedLesson {
  locale: Locale;
  slug: string;
  title: string;
  order: number;
}

const root = join(import.meta.dirname, "..", "..", "lessons");

function field(source: string, name: string, file: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? "";
  const match = new RegExp(`^${name}:\\s*(.+)$`, "m").exec(front);
  if (!match?.[1]) throw new Error(`${file}: no "${name}" in frontmatter`);
  const raw = match[1].trim();
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw.replace(/^'(.*)'$/, "$1");
}

/** The course file's list of lessons, in order. */
function courseOrder(): string[] {
  const course = JSON.parse(readFileSync(join(root, "..", "course.json"), "utf8")) as {
    lessons: string[];
  };
  return course.lessons;
}

/** Every lesson the course lists, in every locale, in course order (`order` counts from 1). */
export function expectedLessons(): ExpectedLesson[] {
  const order = courseOrder();
  const lessons: ExpectedLesson[] = [];
  for (const locale of locales) {
    for (const name of readdirSync(join(root, locale)).filter((f) => f.endsWith(".mdx"))) {
      const slug = name.replace(/\.mdx$/, "");
      if (!order.includes(slug)) continue;
      const file = join(root, locale, name);
      const source = readFileSync(file, "utf8");
      lessons.push({
        locale,
        slug,
        title: field(source, "title", file),
        order: order.indexOf(slug) + 1,
      });
    }
  }
  return lessons.sort((a, b) => a.order - b.order);
}
