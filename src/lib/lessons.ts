/**
 * Pure helpers over lesson entries: where a lesson lives, its slug, its place in the course
 * (the course file's list, `src/lib/course.ts`), its siblings.
 */
import { isLocale, type Locale, locales } from "./locales.ts";
import { sitePath, siteBase, withoutBase } from "./site-path.ts";

/** What the site needs to know about a lesson entry to place it. */
export interface LessonRef {
  /** The collection id: `<locale>/<slug>`, from the file's path under `lessons/`. */
  id: string;
  data: { title: string };
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
 * The lessons of one locale that the course lists, in its order (`order`: the course file's
 * `lessons`, slugs). Lessons it does not list (drafts, others) are left out.
 * @example lessonsOf(lessons, "lt", ["hello-flask", "routing"]).map((l) => l.id) // ["lt/hello-flask", "lt/routing"]
 */
export function lessonsOf<T extends LessonRef>(
  lessons: readonly T[],
  locale: Locale,
  order: readonly string[],
): T[] {
  const place = (l: T) => order.indexOf(parseLessonId(l.id).slug);
  return lessons
    .filter((l) => parseLessonId(l.id).locale === locale && place(l) >= 0)
    .sort((a, b) => place(a) - place(b));
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

/** The lessons before and after one lesson in its locale's course order (none for a draft). */
export function neighbours<T extends LessonRef>(
  lessons: readonly T[],
  id: string,
  order: readonly string[],
): { previous: T | undefined; next: T | undefined } {
  const { locale } = parseLessonId(id);
  const ordered = lessonsOf(lessons, locale, order);
  const index = ordered.findIndex((l) => l.id === id);
  return {
    previous: index > 0 ? ordered[index - 1] : undefined,
    next: index >= 0 ? ordered[index + 1] : undefined,
  };
}

/**
 * Lists what the built locales lack compared with each other: every slug must exist in every
 * built locale. Returns readable problems, each naming the file.
 */
export function missingTranslations(
  lessons: readonly LessonRef[],
  built: readonly Locale[] = locales,
): string[] {
  const bySlug = new Map<string, Set<Locale>>();
  for (const lesson of lessons) {
    const { locale, slug } = parseLessonId(lesson.id);
    if (!built.includes(locale)) continue;
    let row = bySlug.get(slug);
    if (!row) {
      row = new Set();
      bySlug.set(slug, row);
    }
    row.add(locale);
  }
  const problems: string[] = [];
  for (const [slug, row] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    for (const locale of built) {
      if (!row.has(locale)) problems.push(`lessons/${locale}/${slug}.mdx is missing`);
    }
  }
  return problems;
}
