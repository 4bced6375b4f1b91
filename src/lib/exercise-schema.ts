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

/**
 * One check of the learner's tests: run them against their own app (`app` left out) or against
 * an app the exercise ships broken on purpose (`app: "broken/<name>"`, a folder whose files
 * replace the learner's), and expect them all to pass, or at least one to fail.
 */
export const exerciseTestCheckSchema = z
  .strictObject({
    title: localizedTextSchema.describe("What the check verifies, shown to the learner"),
    app: z
      .string()
      .regex(/^broken\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a folder of the exercise: "broken/<name>"')
      .optional()
      .describe(
        "The folder whose files replace the learner's app for this check (broken/<name>); left out, the learner's own app",
      ),
    expect: z
      .enum(["pass", "fail"])
      .describe(
        '"pass": at least one test runs and every test passes; "fail": at least one test does not pass',
      ),
  })
  .describe("A check that runs the learner's tests");

/** The whole `exercise.json`. */
export const exerciseManifestSchema = z
  .strictObject({
    cookies: cookiesModeSchema.describe(
      'How the checks meet cookies: "separate" (the default) sends each one alone; "shared" sends them in order through one cookie jar, as one browser would, so a check can log in and the next one see it',
    ),
    checks: z
      .array(exerciseCheckSchema)
      .default([])
      .describe("The checks of the app's answers, in the order they are shown"),
    tests: z
      .array(exerciseTestCheckSchema)
      .default([])
      .describe(
        "The checks of the learner's tests (test_*.ts), shown after the answers' checks: the exercise asks for tests that pass on a working app and catch broken ones",
      ),
    hints: z
      .array(localizedTextSchema)
      .min(1, "an exercise has at least one hint")
      .describe("Hints, ordered from gentle to specific"),
  })
  .refine((m) => m.checks.length + m.tests.length > 0, {
    message: "an exercise has at least one check (checks or tests)",
  })
  .describe("An exercise's exercise.json");

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type ExerciseCheck = z.infer<typeof exerciseCheckSchema>;
export type ExerciseTestCheck = z.infer<typeof exerciseTestCheckSchema>;
export type ExerciseManifest = z.infer<typeof exerciseManifestSchema>;
