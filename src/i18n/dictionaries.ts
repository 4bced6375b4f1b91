/**
 * Checks the per-locale UI dictionaries against the English reference, so that a missing or
 * empty string fails the build naming the dictionary file and the key.
 */
import { z } from "zod";
import type { Locale } from "../lib/locales.ts";

export type UiKey<D> = keyof D & string;

/** One zod schema for a dictionary: exactly the reference's keys, each a non-empty string. */
export function dictionarySchema(reference: Record<string, string>) {
  const shape: Record<string, z.ZodString> = {};
  for (const key of Object.keys(reference)) {
    shape[key] = z.string().trim().min(1).describe(`UI string "${key}"`);
  }
  return z.strictObject(shape).describe("A locale's UI strings, key for key like English");
}

/**
 * Validates every dictionary; throws one error listing each problem as `file: key: problem`.
 * @example validateDictionaries({ en, lt }, (l) => `src/i18n/ui/${l}.ts`)
 */
export function validateDictionaries<R extends Record<string, string>>(
  dictionaries: Record<Locale, Record<string, string>> & { en: R },
  fileOf: (locale: Locale) => string,
): void {
  const schema = dictionarySchema(dictionaries.en);
  const problems: string[] = [];
  for (const [locale, dictionary] of Object.entries(dictionaries) as [Locale, object][]) {
    const result = schema.safeParse(dictionary);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [issue.path.join(".")];
      for (const key of keys) {
        const what =
          issue.code === "unrecognized_keys"
            ? "not in the English dictionary"
            : issue.code === "invalid_type"
              ? "missing"
              : "empty";
        problems.push(`${fileOf(locale)}: UI string "${key}" is ${what}`);
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(`UI dictionaries are incomplete:\n  ${problems.join("\n  ")}`);
  }
}

/** Fills `{name}` placeholders in a UI string. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
