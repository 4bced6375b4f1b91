/**
 * Words to search for, picked from the sources (lessons and cells), never from the built site:
 * a prose word only one lesson of a locale uses, and a code word that only that lesson's cells
 * use and no lesson's prose mentions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "../../src/lib/locales.ts";
import { expectedLessons } from "./content.ts";

const repo = join(import.meta.dirname, "..", "..");

function lessonSource(locale: Locale, slug: string): string {
  return readFileSync(join(repo, "lessons", locale, `${slug}.mdx`), "utf8");
}

/** The lesson's prose: no frontmatter, code blocks, inline code, tags or link targets. */
function prose(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---/, " ")
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\]\([^)]*\)/g, "] ");
}

function words(text: string, pattern: RegExp): Set<string> {
  return new Set([...text.matchAll(pattern)].map((m) => m[0].toLowerCase()));
}

function cellNames(source: string): string[] {
  return [...source.matchAll(/<Cell\s+name="([^"]*)"/g)].map((m) => m[1]!);
}

function cellCode(name: string): string {
  const dir = join(repo, "cells", name);
  return ["app.ts", "app.py"].map((file) => readFileSync(join(dir, file), "utf8")).join("\n");
}

const letters = /\p{L}{7,}/gu;
const plainIdentifier = /(?<![\w.])[a-z]{6,}(?![\w])/g;

/** A word of at least seven letters in this lesson's prose and in no other lesson's. */
export function proseWordOf(locale: Locale, slug: string): string {
  const others = expectedLessons().filter((l) => l.locale === locale && l.slug !== slug);
  const elsewhere = new Set(
    others.flatMap((l) => [...words(prose(lessonSource(locale, l.slug)), letters)]),
  );
  const own = [...words(prose(lessonSource(locale, slug)), letters)].filter(
    (w) => !elsewhere.has(w),
  );
  const word = own.sort((a, b) => b.length - a.length)[0];
  if (!word) throw new Error(`lessons/${locale}/${slug}.mdx has no word of its own`);
  return word;
}

/**
 * A lowercase identifier in this lesson's cells that no other lesson's cells use and no lesson
 * mentions anywhere in its text, so only the indexed code can lead to the lesson.
 */
export function codeWordOf(slug: string): string {
  const all = expectedLessons();
  const mentioned = all.map((l) => lessonSource(l.locale, l.slug).toLowerCase()).join("\n");
  const cellsOf = (s: string) => cellNames(lessonSource("en", s));
  const otherCode = [...new Set(all.map((l) => l.slug))]
    .filter((s) => s !== slug)
    .flatMap((s) => cellsOf(s).map(cellCode))
    .join("\n");
  const elsewhere = words(otherCode, plainIdentifier);
  const candidates = [...words(cellsOf(slug).map(cellCode).join("\n"), plainIdentifier)]
    .filter((w) => !elsewhere.has(w) && !new RegExp(`\\b${w}\\b`).test(mentioned))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  const word = candidates[0];
  if (!word) throw new Error(`the cells of "${slug}" have no identifier of their own`);
  return word;
}
