/**
 * The site's one door to the lesson collection: every lesson, checked for missing translations.
 */
import { type CollectionEntry, getCollection } from "astro:content";
import { missingTranslations } from "./lessons.ts";

export type Lesson = CollectionEntry<"lessons">;

let cached: Promise<Lesson[]> | undefined;

/** All lessons of all locales. Fails the build when a locale lacks a lesson another one has. */
export function allLessons(): Promise<Lesson[]> {
  cached ??= getCollection("lessons").then((lessons) => {
    const problems = missingTranslations(lessons);
    if (problems.length > 0) {
      throw new Error(`Lessons are missing translations:\n  ${problems.join("\n  ")}`);
    }
    return lessons;
  });
  return cached;
}
