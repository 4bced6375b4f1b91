/**
 * Pure helpers over lesson entries: where a lesson lives, its slug, its order, its siblings.
 */
import { isLocale, type Locale, locales } from "./locales.ts";
import { sitePath, siteBase, withoutBase } from "./site-path.ts";

/** What the site needs to know about a lesson entry to place it. */
export interface LessonRef {
  /** The collection id: `<locale>/<slug>`, from the file's path under `lessons/`. */
  id: string;
  data: { title: string; order: number };
}

/** A lesson id split into the locale folder it sits in and its locale-independent slug. */
export interface LessonAddress {
  locale: Locale;
  slug: string;
}

/**
 * Splits a lesson id (`lt/dynamic-urls`) into its locale and slug.
 * Throws, naming the id, when the file does not sit in a locale folder.
 * @example parseLessonId("lt/dynamic-urls") // { locale: "lt", slug: "dynamic-urls" }
 */
export function parseLessonId(id: string): LessonAddress {
  const clean = id
    .replace(/\\/g, "/")
    .replace(/\.(mdx?|markdown)$/, "")
    .replace(/\/index$/, "");
  const slash = clean.indexOf("/");
  const locale = slash === -1 ? clean : clean.slice(0, slash);
  const slug = slash === -1 ? "" : clean.slice(slash + 1);
  if (!isLocale(locale)) {
    throw new Error(
      `lessons/${id}: a lesson must sit in a locale folder (${locales.join(", ")}), not "${locale}"`,
    );
  }
  if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(slug)) {
    throw new Error(
      `lessons/${id}: the file name must be a kebab-case slug such as "dynamic-urls", got "${slug}"`,
    );
  }
  return { locale, slug };
}

/**
 * Turns a title into a URL slug: lowercase ASCII words joined by hyphens; Lithuanian and Kazakh
 * letters are transliterated so that a heading in any locale gets a readable anchor.
 * @example slugify("Dinaminiai URL adresai") // "dinaminiai-url-adresai"
 */
export function slugify(text: string): string {
  const map: Record<string, string> = {
    ą: "a",
    č: "c",
    ę: "e",
    ė: "e",
    į: "i",
    š: "s",
    ų: "u",
    ū: "u",
    ž: "z",
    а: "a",
    ә: "a",
    б: "b",
    в: "v",
    г: "g",
    ғ: "g",
    д: "d",
    е: "e",
    ё: "io",
    ж: "zh",
    з: "z",
    и: "i",
    й: "i",
    к: "k",
    қ: "q",
    л: "l",
    м: "m",
    н: "n",
    ң: "n",
    о: "o",
    ө: "o",
    п: "p",
    р: "r",
    с: "s",
    т: "t",
    у: "u",
    ұ: "u",
    ү: "u",
    ф: "f",
    х: "h",
    һ: "h",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "sch",
    ъ: "",
    ы: "y",
    і: "i",
    ь: "",
    э: "e",
    ю: "iu",
    я: "ia",
  };
  return text
    .toLowerCase()
    .normalize("NFC")
    .split("")
    .map((ch) => map[ch] ?? ch)
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Orders lessons as the course runs: by `order`, then by title, then by id, so that equal
 * orders never shuffle between builds.
 * @example sortLessons(lessons).map((l) => l.data.order) // [1, 2, 3]
 */
export function sortLessons<T extends LessonRef>(lessons: readonly T[]): T[] {
  return [...lessons].sort(
    (a, b) =>
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id),
  );
}

/** The lessons of one locale, in course order. */
export function lessonsOf<T extends LessonRef>(lessons: readonly T[], locale: Locale): T[] {
  return sortLessons(lessons.filter((l) => parseLessonId(l.id).locale === locale));
}

/** The page path of a lesson under the site's base: `<base><locale>/<slug>/`. */
export function lessonPath(locale: Locale, slug: string, base: string = siteBase): string {
  return sitePath(`/${locale}/${slug}/`, base);
}

/** The path of a locale's home page under the site's base. */
export function homePath(locale: Locale, base: string = siteBase): string {
  return sitePath(`/${locale}/`, base);
}

/**
 * Maps a path on the site to the same page in another locale: `/lt/routing/` → `/kk/routing/`.
 * Paths outside a locale go to that locale's home.
 * @example switchLocalePath("/lt/routing/", "kk") // "/kk/routing/"
 */
export function switchLocalePath(
  pathname: string,
  target: Locale,
  base: string = siteBase,
): string {
  const parts = (withoutBase(pathname, base) ?? "/").split("/").filter(Boolean);
  if (parts.length > 0 && isLocale(parts[0])) parts.shift();
  const rest = parts.join("/");
  return sitePath(rest ? `/${target}/${rest}/` : `/${target}/`, base);
}

/** The lessons before and after one lesson in its locale's course order. */
export function neighbours<T extends LessonRef>(
  lessons: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const { locale } = parseLessonId(id);
  const ordered = lessonsOf(lessons, locale);
  const index = ordered.findIndex((l) => l.id === id);
  return {
    previous: index > 0 ? ordered[index - 1] : undefined,
    next: index >= 0 ? ordered[index + 1] : undefined,
  };
}

/**
 * Lists what one locale lacks compared with the others: every slug must exist in every locale,
 * with the same `order`. Returns readable problems, each naming the file.
 */
export function missingTranslations(lessons: readonly LessonRef[]): string[] {
  const bySlug = new Map<string, Map<Locale, LessonRef>>();
  for (const lesson of lessons) {
    const { locale, slug } = parseLessonId(lesson.id);
    let row = bySlug.get(slug);
    if (!row) {
      row = new Map();
      bySlug.set(slug, row);
    }
    row.set(locale, lesson);
  }
  const problems: string[] = [];
  for (const [slug, row] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const orders = new Set([...row.values()].map((l) => l.data.order));
    for (const locale of locales) {
      if (!row.has(locale)) problems.push(`lessons/${locale}/${slug}.mdx is missing`);
    }
    if (orders.size > 1) {
      problems.push(
        `lessons/*/${slug}.mdx: "order" differs between locales (${[...row]
          .map(([loc, l]) => `${loc}=${l.data.order}`)
          .join(", ")})`,
      );
    }
  }
  return problems;
}
