/**
 * The site's one door to the lesson collection: the lessons the course file lists (and its
 * drafts) in the locales it builds, checked for missing translations.
 */
import { type CollectionEntry, getCollection } from "astro:content";
import { course } from "./course.ts";
import { missingTranslations, parseLessonId } from "./lessons.ts";

export type Lesson = CollectionEntry<"lessons">;

let cached: Promise<Lesson[]> | undefined;

/**
 * The course's lessons (drafts included) in its locales. Fails the build when a built locale
 * lacks a lesson another one has.
 */
export function allLessons(): Promise<Lesson[]> {
  const { lessons: listed, drafts, locales } = course();
  const wanted = new Set([...listed, ...drafts]);
  cached ??= getCollection("lessons").then((every) => {
    const lessons = every.filter((lesson) => {
      const { locale, slug } = parseLessonId(lesson.id);
      return locales.includes(locale) && wanted.has(slug);
    });
    const problems = missingTranslations(lessons, locales);
    if (problems.length > 0) {
      throw new Error(`Lessons are missing translations:\n  ${problems.join("\n  ")}`);
    }
    return lessons;
  });
  return cached;
}
