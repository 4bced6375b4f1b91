/**
 * Content collections. A lesson is an MDX file at `lessons/<locale>/<slug>.mdx`; its frontmatter
 * is validated here, so a malformed lesson fails the build naming its file and the field.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { parseLessonId } from "./lib/lessons.ts";

/** The frontmatter of a lesson. */
export const lessonSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(90).describe("The lesson's title in its own language"),
    description: z
      .string()
      .trim()
      .min(20)
      .max(300)
      .describe("One sentence for lesson lists and the page's meta description"),
    source: z
      .string()
      .regex(/^[0-9a-f]{12}$/, 'a "source" is 12 lowercase hex digits, in quotes')
      .optional()
      .describe(
        "In a translation: the first 12 hex digits of the SHA-256 of the English lesson's body it was translated from (see `npm run i18n:status`)",
      ),
  })
  .describe("Lesson frontmatter");

export type LessonData = z.infer<typeof lessonSchema>;

const lessons = defineCollection({
  loader: glob({
    pattern: "**/*.mdx",
    base: "./lessons",
    generateId: ({ entry }) => {
      const { locale, slug } = parseLessonId(entry);
      return `${locale}/${slug}`;
    },
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
