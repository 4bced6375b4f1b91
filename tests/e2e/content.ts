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

/** Every lesson of every locale, in course order per locale. */
export function expectedLessons(): ExpectedLesson[] {
  const lessons: ExpectedLesson[] = [];
  for (const locale of locales) {
    for (const name of readdirSync(join(root, locale)).filter((f) => f.endsWith(".mdx"))) {
      const file = join(root, locale, name);
      const source = readFileSync(file, "utf8");
      lessons.push({
        locale,
        slug: name.replace(/\.mdx$/, ""),
        title: field(source, "title", file),
        order: Number(field(source, "order", file)),
      });
    }
  }
  return lessons.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}
