/**
 * The zod schema of an exercise's `exercise.json`: the checks a learner's code must pass (each a
 * cell request with a title in every locale, expecting what real Flask answers to the reference
 * solution `solution/app.py`) and the hints, from gentle to specific.
 */
import { z } from "zod";
import { cellRequestFields, cookiesModeSchema, oneBody, perLocale } from "./cell-schema.ts";

/** A text in every locale of the course. */
export const localizedTextSchema = perLocale(z.string().trim().min(1), "text").describe(
  "A text, one per locale",
);

/** One check: a request to the learner's app, what it verifies, and the answer it needs. */
export const exerciseCheckSchema = cellRequestFields
  .extend({
    title: localizedTextSchema.describe("What the check verifies, shown to the learner"),
  })
  .refine(...oneBody)
  .describe("A check the learner's code must pass");

/** The whole `exercise.json`. */
export const exerciseManifestSchema = z
  .strictObject({
    cookies: cookiesModeSchema.describe(
      'How the checks meet cookies: "separate" (the default) sends each one alone; "shared" sends them in order through one cookie jar, as one browser would, so a check can log in and the next one see it',
    ),
    checks: z
      .array(exerciseCheckSchema)
      .min(1, "an exercise has at least one check")
      .describe("The checks, in the order they are shown"),
    hints: z
      .array(localizedTextSchema)
      .min(1, "an exercise has at least one hint")
      .describe("Hints, ordered from gentle to specific"),
  })
  .describe("An exercise's exercise.json");

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type ExerciseCheck = z.infer<typeof exerciseCheckSchema>;
export type ExerciseManifest = z.infer<typeof exerciseManifestSchema>;
