/**
 * The course file (`course.json`, or the file `KOLBA_COURSE` names): which lessons a class gets
 * and in which order, which locales are built, the course's title in each, and draft lessons
 * (built, reachable by their address, but in no list and not searchable). Checked when the build
 * starts; a wrong file stops it naming the file and the field.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { z } from "zod";
import { type Locale, locales as allLocales } from "./locales.ts";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a lesson's slug: lowercase letters, digits and hyphens");

export const courseSchema = z
  .strictObject({
    title: z
      .partialRecord(z.enum(allLocales), z.string().trim().min(1).max(90))
      .describe("The course's title in each built locale: the home page's heading"),
    locales: z
      .array(z.enum(allLocales))
      .min(1)
      .describe("The locales built, in the order the language switcher lists them"),
    lessons: z
      .array(slug)
      .min(1)
      .describe("The lessons of the course, in order: file names under lessons/<locale>/"),
    drafts: z
      .array(slug)
      .default([])
      .describe("Lessons built but hidden from the outline, the lists and search"),
  })
  .describe("The course file");

export interface Course {
  /** The file it was read from, relative to the project. */
  file: string;
  title: Partial<Record<Locale, string>>;
  locales: Locale[];
  lessons: string[];
  drafts: string[];
}

/** Where the course file is: `KOLBA_COURSE`, else `course.json` at the project's root. */
export function courseFile(root: string, env: Record<string, string | undefined>): string {
  return resolve(root, env.KOLBA_COURSE?.trim() || "course.json");
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/**
 * Reads and checks a course file against the lessons in `lessonsDir`; throws one error listing
 * every problem, each naming the file and the field.
 */
export function readCourse(file: string, lessonsDir: string, root = process.cwd()): Course {
  const name = relative(root, file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = courseSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${name}: ${fieldPath(issue.path) || "(the file)"}: ${issue.message}`,
    );
    throw new Error(`The course file is wrong:\n  ${problems.join("\n  ")}`);
  }
  const course = parsed.data;
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [field, list] of [
    ["lessons", course.lessons],
    ["drafts", course.drafts],
  ] as const) {
    list.forEach((lesson, i) => {
      const where = `${field}[${i}]`;
      const earlier = seen.get(lesson);
      if (earlier) problems.push(`${name}: ${where}: "${lesson}" is already listed at ${earlier}`);
      seen.set(lesson, where);
      for (const locale of course.locales) {
        const path = join(lessonsDir, locale, `${lesson}.mdx`);
        if (!existsSync(path)) {
          problems.push(
            `${name}: ${where}: no lesson "${lesson}" in ${locale} (${relative(root, path)} is missing)`,
          );
        }
      }
    });
  }
  course.locales.forEach((locale, i) => {
    if (course.locales.indexOf(locale) !== i) {
      problems.push(`${name}: locales[${i}]: "${locale}" is listed twice`);
    }
    if (!course.title[locale])
      problems.push(`${name}: title.${locale}: the course needs a title in ${locale}`);
  });
  if (problems.length > 0) throw new Error(`The course file is wrong:\n  ${problems.join("\n  ")}`);
  return { file: name, ...course };
}

let loaded: Course | undefined;

/** The course this build makes, read once. */
export function course(): Course {
  const root = process.cwd();
  loaded ??= readCourse(courseFile(root, process.env), join(root, "lessons"), root);
  return loaded;
}

/** A lesson's place in the course (1 for the first), or `null` for a draft. */
export function lessonNumber(c: Course, lessonSlug: string): number | null {
  const index = c.lessons.indexOf(lessonSlug);
  return index >= 0 ? index + 1 : null;
}
