/**
 * `npm run i18n:status [-- LESSONS_DIR]`: for each lesson and each translated locale, prints
 * whether the translation is `current`, `stale` (the English body changed since it was
 * translated), `missing` or `untracked` (no `source` field), beside the English body's hash to
 * record in `source` once a translation is brought up to date. Ends with the same one-line
 * summary the build prints, and exits 0 whatever it finds: it reports, it does not judge.
 * @example npm run i18n:status
 * @see docs/authoring.md
 */
import { fileURLToPath } from "node:url";
import {
  sourceLocale,
  summaryLine,
  type TranslationRow,
  translationLocales,
  translationStatus,
} from "../src/lib/translation-status.ts";

const lessonsDir = process.argv[2] ?? fileURLToPath(new URL("../lessons/", import.meta.url));
const rows = translationStatus(lessonsDir);

const bySlug = new Map<string, TranslationRow[]>();
for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);

const table = [
  ["lesson", sourceLocale, ...translationLocales],
  ...[...bySlug].map(([slug, own]) => [
    slug,
    own[0]?.sourceHash ?? "missing",
    ...translationLocales.map((locale) => own.find((r) => r.locale === locale)?.state ?? ""),
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
for (const line of table) {
  console.log(
    line
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd(),
  );
}

const stale = rows.filter((r) => r.state === "stale" || r.state === "untracked");
if (stale.length > 0) {
  console.log("");
  for (const row of stale) {
    const file = `lessons/${row.locale}/${row.slug}.mdx`;
    const what =
      row.sourceHash === undefined
        ? `${sourceLocale} lesson is gone`
        : row.state === "stale"
          ? `translated from ${row.recorded}; see git log -p -- lessons/${sourceLocale}/${row.slug}.mdx`
          : "no source field";
    console.log(`${row.state} ${file}: ${what}`);
  }
  console.log(
    `Once a translation matches the ${sourceLocale} text, set source: "<its hash above>".`,
  );
}
console.log(summaryLine(rows));
