/**
 * Translation freshness. Each Lithuanian and Kazakh lesson records in its frontmatter which
 * English text it was translated from: `source: "<hash>"`, the first 12 hex digits of the SHA-256
 * of the English lesson's body (the MDX after its frontmatter). Comparing that with the English
 * file as it is now says whether the translation is current or stale.
 *
 * Only the body counts: fixing the English title, description or order changes no hash, so it
 * marks no translation stale (translators update their own frontmatter). Line endings are read as
 * `\n` and blank lines at either end of the body are ignored, so an editor's newline at the end of
 * the file changes nothing either.
 *
 * Used by `npm run i18n:status` (scripts/i18n-status.ts) and by the build's one-line summary.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultLocale, type Locale, locales } from "./locales.ts";

/** The locale lessons are written in first; every other locale translates it. */
export const sourceLocale: Locale = defaultLocale;

/** The locales whose lessons are translations of the source locale's. */
export const translationLocales: readonly Locale[] = locales.filter((l) => l !== sourceLocale);

/** How many hex digits of the SHA-256 a `source` field keeps. */
export const sourceHashLength = 12;

/**
 * Where a translation stands against its English lesson:
 * `current` (translated from the English as it is now), `stale` (the English body changed since,
 * or the English lesson is gone), `missing` (no file in this locale) or `untracked` (a file with
 * no `source` field, so nobody knows).
 */
export type TranslationState = "current" | "stale" | "missing" | "untracked";

/** The states in the order reports list them. */
export const translationStates: readonly TranslationState[] = [
  "current",
  "stale",
  "missing",
  "untracked",
];

/** One lesson in one translated locale. */
export interface TranslationRow {
  slug: string;
  locale: Locale;
  state: TranslationState;
  /** The English body's hash now; undefined when the English lesson does not exist. */
  sourceHash: string | undefined;
  /** What the translation's `source` field says, if it has one. */
  recorded: string | undefined;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits an MDX file into its YAML frontmatter (without the `---` fences) and its body.
 * @example splitFrontmatter('---\ntitle: "A"\n---\nText').body // "Text"
 */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = frontmatterPattern.exec(text);
  if (!match) return { frontmatter: "", body: text };
  return { frontmatter: match[1] ?? "", body: text.slice(match[0].length) };
}

/**
 * The hash a translation records: the first 12 hex digits of the SHA-256 of the English body,
 * with `\r\n` read as `\n` and blank lines at its start and end left out.
 * @example sourceHash(readFileSync("lessons/en/routing.mdx", "utf8")) // "3f2a9c1d0b4e"
 */
export function sourceHash(englishMdx: string): string {
  const body = splitFrontmatter(englishMdx)
    .body.replace(/\r\n?/g, "\n")
    .replace(/^(?:[ \t]*\n)+/, "")
    .trimEnd();
  return createHash("sha256").update(body, "utf8").digest("hex").slice(0, sourceHashLength);
}

/**
 * The `source` field of a lesson's frontmatter, quoted or not; undefined when there is none.
 * @example recordedSource('---\nsource: "3f2a9c1d0b4e"\n---\n') // "3f2a9c1d0b4e"
 */
export function recordedSource(mdx: string): string | undefined {
  const { frontmatter } = splitFrontmatter(mdx);
  const match = /^source:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#]+))[ \t]*(?:#.*)?$/m.exec(
    frontmatter,
  );
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? match[3] ?? "").trim();
}

/**
 * Compares one translation with its English lesson; either text is undefined when its file does
 * not exist.
 * @example translationState(en, lt) // "current"
 */
export function translationState(
  english: string | undefined,
  translation: string | undefined,
): TranslationState {
  if (translation === undefined) return "missing";
  const recorded = recordedSource(translation);
  if (recorded === undefined) return "untracked";
  if (english === undefined) return "stale";
  return recorded === sourceHash(english) ? "current" : "stale";
}

/** The lesson slugs under one locale folder (`routing`, `part/one` for nested folders). */
function slugsIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((file) => file.replace(/\\/g, "/"))
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.slice(0, -".mdx".length));
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/**
 * Every lesson (in any locale) in every translated locale, sorted by slug then locale.
 * @example translationStatus("lessons").filter((r) => r.state === "stale")
 */
export function translationStatus(lessonsDir: string): TranslationRow[] {
  const slugs = new Set(locales.flatMap((locale) => slugsIn(join(lessonsDir, locale))));
  const rows: TranslationRow[] = [];
  for (const slug of [...slugs].sort()) {
    const english = readIfExists(join(lessonsDir, sourceLocale, `${slug}.mdx`));
    const hash = english === undefined ? undefined : sourceHash(english);
    for (const locale of translationLocales) {
      const translation = readIfExists(join(lessonsDir, locale, `${slug}.mdx`));
      rows.push({
        slug,
        locale,
        state: translationState(english, translation),
        sourceHash: hash,
        recorded: translation === undefined ? undefined : recordedSource(translation),
      });
    }
  }
  return rows;
}

/**
 * One line counting the rows by state; `untracked` appears only when there are some.
 * @example summaryLine(translationStatus("lessons")) // "translations: 32 current, 0 stale, 0 missing"
 */
export function summaryLine(rows: readonly TranslationRow[]): string {
  const count = (state: TranslationState) => rows.filter((r) => r.state === state).length;
  const parts = translationStates
    .filter((state) => state !== "untracked" || count(state) > 0)
    .map((state) => `${count(state)} ${state}`);
  return `translations: ${parts.join(", ")}`;
}
